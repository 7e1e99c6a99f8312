"""The package of a stored case: the answer letter listing the enclosures, then the index and the enclosures."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from enclosure_samples import BOOKINGS_CSV, pdf_with_pages, scan
from pypdf import PdfReader

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters.redaction import Box
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosures import EnclosureService
from lazeo_desk.services.package import Hiding, PackageRefused, PackageService


def _open(service: CaseService, language: Language) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=language, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Anaïs Peeters", email="anais@example.be",
                                address=("Kerkstraat 12 bus 3", "9000 Gent", "België")),
        )
    )


def _texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("language", list(Language))
def test_the_package_starts_with_the_answer_letter_which_lists_the_enclosures(
    service: CaseService, language: Language
) -> None:
    ref = _open(service, language)
    enclosures = EnclosureService(service.place)
    enclosures.add(ref, "dossier.pdf", pdf_with_pages(2), title="Dossier médical 2025", source="Logiciel")
    enclosures.add(ref, "scan.jpg", scan(), title="Photo du 3 février")
    enclosures.add(ref, "actes.csv", BOOKINGS_CSV, title="Actes facturés")
    result = PackageService(service.place).build_package(ref)
    texts = _texts(result.pdf)
    assert result.pages == len(texts)
    assert result.sha256 == hashlib.sha256(result.pdf).hexdigest()
    assert result.language is language and result.refusals == ()
    assert [line.title for line in result.index] == ["Dossier médical 2025", "Photo du 3 février", "Actes facturés"]
    letter_pages = result.index[0].first_page - 2
    letter_text = " ".join(texts[:letter_pages])
    assert "Anaïs Peeters" in letter_text
    for line in result.index:
        assert line.title in letter_text
    assert all(f"{ref} — {number}/{result.pages}" in text for number, text in enumerate(texts, 1))
    assert PdfReader(io.BytesIO(result.pdf)).attachments == {"actes.csv": [BOOKINGS_CSV]}


def test_the_letter_may_be_written_in_another_language(service: CaseService) -> None:
    ref = _open(service, Language.NL)
    EnclosureService(service.place).add(ref, "dossier.pdf", pdf_with_pages(1))
    result = PackageService(service.place).build_package(ref, language=Language.FR)
    assert result.language is Language.FR
    assert "Liste des documents joints" in " ".join(_texts(result.pdf))


def test_a_case_without_enclosures_has_no_package(service: CaseService) -> None:
    ref = _open(service, Language.EN)
    with pytest.raises(PackageRefused, match="has no enclosure: with nothing to enclose, the answer is the no-data"):
        PackageService(service.place).build_package(ref)


def test_a_letter_that_carries_no_enclosures_makes_no_package(service: CaseService) -> None:
    ref = _open(service, Language.EN)
    EnclosureService(service.place).add(ref, "dossier.pdf", pdf_with_pages(1))
    with pytest.raises(PackageRefused, match="not with the letter"):
        PackageService(service.place).build_package(ref, kind=LetterKind.ACKNOWLEDGEMENT)


def test_a_removed_enclosure_is_not_in_the_package(service: CaseService) -> None:
    ref = _open(service, Language.EN)
    enclosures = EnclosureService(service.place)
    kept = enclosures.add(ref, "a.pdf", pdf_with_pages(1), title="Kept")
    removed = enclosures.add(ref, "b.pdf", pdf_with_pages(4), title="Removed")
    enclosures.remove(ref, removed.id)
    result = PackageService(service.place).build_package(ref)
    assert [line.title for line in result.index] == [kept.title]


def test_the_redaction_hook_changes_the_enclosure_pages(service: CaseService) -> None:
    ref = _open(service, Language.EN)
    EnclosureService(service.place).add(ref, "a.pdf", pdf_with_pages(2, words="Secret name"))
    result = PackageService(service.place).build_package(
        ref, redaction=lambda pdf: pdf_with_pages(len(PdfReader(io.BytesIO(pdf)).pages), words="Hidden")
    )
    text = " ".join(_texts(result.pdf))
    assert "Secret name" not in text and "Hidden 2" in text


# passages hidden from the copy (GDPR Art 15(4)) ---------------------------------------------------------------------

def _with_a_third_party(service: CaseService) -> str:
    ref = _open(service, Language.FR)
    enclosures = EnclosureService(service.place)
    enclosures.add(ref, "dossier.pdf", pdf_with_pages(3, words="Consultation avec son frère Paul Wagner-Muller"),
                   title="Dossier")
    enclosures.add(ref, "contacts.csv", b"nom;lien\nPaul Wagner-Muller;frere\n", title="Contacts")
    enclosures.add(ref, "actes.csv", BOOKINGS_CSV, title="Actes facturés")
    return ref


def test_a_term_hidden_from_the_package_is_in_no_page_and_the_index_says_how_many_passages(
    service: CaseService,
) -> None:
    ref = _with_a_third_party(service)
    result = PackageService(service.place).build_package(ref, hiding=Hiding(terms=("Paul Wagner-Muller",)))
    texts = _texts(result.pdf)
    assert not any("Wagner" in text for text in texts)
    assert result.hidden is not None and result.hidden.passages >= 4  # three pages and the contacts table
    index = texts[result.index[0].first_page - 2]  # the page before the first enclosure
    assert "Actes facturés" in index and "Contacts" in index
    assert result.hidden.summary("fr") in index
    assert "ont été masqués (art. 15, par. 4, RGPD)" in index
    # The export holding the name is not attached; the other one is, and the index says so only for it.
    assert PdfReader(io.BytesIO(result.pdf)).attachments == {"actes.csv": [BOOKINGS_CSV]}
    assert "contacts.csv" not in index and "actes.csv" in index
    # The case's record keeps what was hidden, where and why.
    record = result.record()
    assert record["hidden"]["reason"] == "other-persons"  # type: ignore[index]
    assert {item["term"] for item in record["hidden"]["where"]} == {"Paul Wagner-Muller"}  # type: ignore[index]


def test_an_area_hidden_by_hand_attaches_no_export_and_keeps_the_other_pages(service: CaseService) -> None:
    ref = _with_a_third_party(service)
    box = Box(page=0, x=0, y=0, width=600, height=850)
    result = PackageService(service.place).build_package(ref, hiding=Hiding(boxes=(box,)))
    texts = _texts(result.pdf)
    first_enclosure_page = result.index[0].first_page - 1
    assert "Paul Wagner-Muller" not in texts[first_enclosure_page]
    assert "Paul Wagner-Muller" in texts[first_enclosure_page + 1]
    assert PdfReader(io.BytesIO(result.pdf)).attachments == {}
    assert result.hidden is not None and result.hidden.passages == 1


def test_nothing_to_hide_found_changes_no_page_and_says_nothing_in_the_index(service: CaseService) -> None:
    ref = _with_a_third_party(service)
    result = PackageService(service.place).build_package(ref, hiding=Hiding(terms=("Zébulon Inconnu",)))
    assert result.hidden is not None and result.hidden.passages == 0
    assert "masqué" not in " ".join(_texts(result.pdf))
    assert set(PdfReader(io.BytesIO(result.pdf)).attachments) == {"contacts.csv", "actes.csv"}
