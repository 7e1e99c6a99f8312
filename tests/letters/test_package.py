"""The answer package: the letter, the index, the enclosures as pages, every page stamped, the exports attached."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from enclosure_samples import BOOKINGS_CSV, BOOKINGS_JSON, INVOICES_XML, multi_page_tiff, pdf_with_pages, scan
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from lazeo_desk import wording
from lazeo_desk.letters.enclosure_pages import (
    EnclosureUnreadable,
    TableData,
    image_pages,
    read_table,
)
from lazeo_desk.letters.package import PackageEnclosure, compose_package

REFERENCE = "DSAR-2026-0042"


def _enclosures() -> list[PackageEnclosure]:
    day = date(2026, 2, 1)
    return [
        PackageEnclosure("Dossier médical", "Dossier patient (logiciel du centre)", day, "application/pdf",
                         "dossier.pdf", pdf_with_pages(3)),
        PackageEnclosure("Photo avant traitement", "Scan", day, "image/jpeg", "photo.jpg", scan((1200, 900))),
        PackageEnclosure("Consentement", "Scan", day, "image/tiff", "consent.tif", multi_page_tiff(2)),
        PackageEnclosure("Rendez-vous", "Doctolib", day, "application/json", "doctolib.json", BOOKINGS_JSON),
        PackageEnclosure("Actes", "Logiciel du centre", day, "text/csv", "actes.csv", BOOKINGS_CSV),
        PackageEnclosure("Factures", "Comptabilité", day, "application/xml", "factures.xml", INVOICES_XML),
    ]


@pytest.fixture(scope="module")
def letter() -> bytes:
    return pdf_with_pages(2, words="Answer letter page")


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_package_counts_every_page_and_stamps_each_with_the_reference_and_n_of_n(
    language: str, letter: bytes
) -> None:
    package = compose_package(reference=REFERENCE, letter_pdf=letter, enclosures=_enclosures(), language=language)
    texts = _texts(package.pdf)
    # 2 letter pages, 1 index page, 3 + 1 + 2 scan and PDF pages, 3 tables of one page each.
    assert package.pages == len(texts) == 2 + 1 + 3 + 1 + 2 + 3
    for number, page_text in enumerate(texts, 1):
        assert f"{REFERENCE} — {number}/{package.pages}" in page_text, number
    assert "Answer letter page 1" in texts[0] and "Dossier page 3" in texts[5]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_index_lists_each_enclosure_with_its_source_date_pages_and_first_page(
    language: str, letter: bytes
) -> None:
    package = compose_package(reference=REFERENCE, letter_pdf=letter, enclosures=_enclosures(), language=language)
    # Cells wrap: the words are compared with single spaces.
    index_text = " ".join(_texts(package.pdf)[2].split())
    assert wording.text(language, "package.index.title") in index_text
    assert wording.long_date(date(2026, 2, 1), language) in index_text
    for item in _enclosures():
        assert item.title in index_text and item.source in index_text
    assert [(line.pages, line.first_page) for line in package.index] == [
        (3, 4), (1, 7), (2, 8), (1, 10), (1, 11), (1, 12),
    ]
    assert [line.attached for line in package.index] == ["", "", "", "doctolib.json", "actes.csv", "factures.xml"]


def test_the_exports_are_attached_as_the_original_bytes(letter: bytes) -> None:
    package = compose_package(reference=REFERENCE, letter_pdf=letter, enclosures=_enclosures(), language="fr")
    attachments = PdfReader(io.BytesIO(package.pdf)).attachments
    assert attachments["actes.csv"] == [BOOKINGS_CSV]
    assert attachments["doctolib.json"] == [BOOKINGS_JSON]
    assert attachments["factures.xml"] == [INVOICES_XML]
    assert set(attachments) == {"actes.csv", "doctolib.json", "factures.xml"}


def test_two_exports_of_the_same_name_are_both_attached(letter: bytes) -> None:
    day = date(2026, 2, 1)
    twice = [
        PackageEnclosure("2025", "A", day, "text/csv", "export.csv", BOOKINGS_CSV),
        PackageEnclosure("2026", "B", day, "text/csv", "export.csv", b"x;y\n1;2\n"),
    ]
    package = compose_package(reference=REFERENCE, letter_pdf=letter, enclosures=twice, language="en")
    attachments = PdfReader(io.BytesIO(package.pdf)).attachments
    assert attachments == {"export.csv": [BOOKINGS_CSV], "2-export.csv": [b"x;y\n1;2\n"]}


def test_tables_show_their_cells_on_the_page(letter: bytes) -> None:
    package = compose_package(reference=REFERENCE, letter_pdf=letter, enclosures=_enclosures(), language="en")
    texts = _texts(package.pdf)
    assert "Document 4: Rendez-vous" in texts[9] and "Dr Claes" in texts[9] and "practitioner" in texts[9]
    assert "Laser Ë" in texts[10]
    assert "F-2" in texts[11] and "80.00" in texts[11]


def test_scans_are_set_on_a4_in_the_orientation_of_the_image() -> None:
    portrait = PdfReader(io.BytesIO(image_pages(scan((1240, 1754))))).pages[0]
    landscape = PdfReader(io.BytesIO(image_pages(scan((1754, 1240), image_format="PNG")))).pages[0]
    assert (round(float(portrait.mediabox.width)), round(float(portrait.mediabox.height))) == (595, 842)
    assert (round(float(landscape.mediabox.width)), round(float(landscape.mediabox.height))) == (842, 595)
    assert round(A4[0]) == 595


def test_a_redaction_filter_receives_the_enclosure_pages_and_the_originals_are_not_attached(letter: bytes) -> None:
    seen: list[int] = []

    def redaction(pdf: bytes) -> bytes:
        seen.append(len(PdfReader(io.BytesIO(pdf)).pages))
        return pdf_with_pages(seen[0], words="Redacted page")

    package = compose_package(
        reference=REFERENCE, letter_pdf=letter, enclosures=_enclosures(), language="nl", redaction=redaction
    )
    texts = _texts(package.pdf)
    assert seen == [9]
    assert all("Redacted page" in page_text for page_text in texts[3:])
    assert not any("Dossier page" in page_text for page_text in texts)
    assert PdfReader(io.BytesIO(package.pdf)).attachments == {}
    assert all(re.search(rf"{REFERENCE} — \d+/12", page_text) for page_text in texts)


@pytest.mark.parametrize(
    ("content", "media_type", "table"),
    [
        (b"a,b\n1,2\n", "text/csv", TableData(("a", "b"), (("1", "2"),))),
        (b"a;b\n1\n", "text/csv", TableData(("a", "b"), (("1", ""),))),
        (b'[{"a": 1}, {"b": [1, 2]}]', "application/json", TableData(("a", "b"), (("1", ""), ("", "[1, 2]")))),
        (b'{"name": "Jan", "age": 40}', "application/json", TableData(("", ""), (("name", "Jan"), ("age", "40")))),
        (b"<r><x>1</x><y>2</y></r>", "application/xml", TableData(("", ""), (("x", "1"), ("y", "2")))),
    ],
)
def test_exports_are_read_into_rows(content: bytes, media_type: str, table: TableData) -> None:
    assert read_table(content, media_type, max_rows=100, max_columns=10) == table


def test_an_export_with_too_many_columns_is_unreadable() -> None:
    with pytest.raises(EnclosureUnreadable, match="more than 3 columns"):
        read_table(b"a,b,c,d\n", "text/csv", max_rows=10, max_columns=3)
