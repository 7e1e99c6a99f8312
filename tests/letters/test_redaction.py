"""Redaction hides for good: after it, neither the text nor the images of a hidden passage can be extracted."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from lazeo_desk.letters.redaction import Box, RedactionError, redact

THIRD_PARTY = "Jérôme Vandenbroucke"
PHONE = "02/555.01.23"
PATIENT_LINE = "Consultation of Marie Dubois on 3 March 2026: knee pain, physiotherapy advised."
# A colour no rendering of text produces: the embedded image is recognised by it.
IMAGE_COLOUR = (12, 200, 34)
IMAGE_AT = (300.0, 400.0, 120.0, 90.0)  # x, y, width, height in points


def _image() -> ImageReader:
    picture = Image.new("RGB", (240, 180), IMAGE_COLOUR)
    data = io.BytesIO()
    picture.save(data, format="PNG")
    return ImageReader(io.BytesIO(data.getvalue()))


def _medical_file(*, attachments: dict[str, bytes] | None = None) -> bytes:
    """Three pages: a relative's name, a phone number and a photo on the first, the patient alone on the second,
    the relative's name cut over two lines on the third; the author (a member of staff) in the metadata."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setAuthor("Dr Nadia Oumarou")
    canvas.setTitle(f"Notes mentioning {THIRD_PARTY}")
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, f"Accompanied by her brother {THIRD_PARTY}, who asked to be called back.")
    canvas.drawString(72, 740, f"Brother's phone: {PHONE}")
    canvas.drawString(72, 720, PATIENT_LINE)
    canvas.drawImage(_image(), *IMAGE_AT)
    canvas.showPage()
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "Follow-up of Marie Dubois on 17 March 2026: better, exercises continued.")
    canvas.drawImage(_image(), *IMAGE_AT)
    canvas.showPage()
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "The patient came with her brother Jérôme")
    canvas.drawString(72, 746, "VANDENBROUCKE and her daughter.")
    canvas.showPage()
    canvas.save()
    if not attachments:
        return out.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))
    for name, contents in attachments.items():
        writer.add_attachment(name, contents)
    written = io.BytesIO()
    writer.write(written)
    return written.getvalue()


def _folded(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _pypdf_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _pdfium_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def _image_colours(pdf: bytes) -> list[set[tuple[int, int, int]]]:
    """For each page, the colours of every image it holds (the first pixel of each)."""
    colours = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found = set()
        for image in page.images:
            found.add(image.image.convert("RGB").getpixel((0, 0)))
        colours.append(found)
    return colours


def _rendered(pdf: bytes, page_index: int, scale: float = 1.0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
        return image
    finally:
        document.close()


def test_the_pdf_made_for_these_tests_holds_the_name_the_phone_and_the_image() -> None:
    pdf = _medical_file()
    texts = " ".join(_pypdf_texts(pdf))
    assert THIRD_PARTY in texts and PHONE in texts and "Marie Dubois" in texts
    assert IMAGE_COLOUR in _image_colours(pdf)[0]
    assert PdfReader(io.BytesIO(pdf)).metadata.author == "Dr Nadia Oumarou"


def test_a_name_is_found_whatever_its_case_and_accents_and_no_extraction_finds_it_afterwards() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=["JEROME vandenbroucke"], reason="other-persons")
    for texts in (_pypdf_texts(redacted.pdf), _pdfium_texts(redacted.pdf)):
        folded = _folded(" ".join(texts))
        assert "vandenbroucke" not in folded
        assert "jerome" not in folded
    assert [(item.page, item.what, item.count) for item in redacted.report.hidden] == [
        (0, "term", 1), (2, "term", 1),
    ]


def test_a_redacted_page_keeps_no_text_and_no_original_image_while_an_untouched_page_keeps_both() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="other-persons")
    pypdf_texts = _pypdf_texts(redacted.pdf)
    pdfium_texts = _pdfium_texts(redacted.pdf)
    # The whole first page is now a picture: even the patient's own line is no longer text there.
    assert pypdf_texts[0].strip() == "" and pdfium_texts[0].strip() == ""
    assert "Follow-up of Marie Dubois on 17 March 2026" in pypdf_texts[1]
    assert "Follow-up of Marie Dubois on 17 March 2026" in pdfium_texts[1]
    colours = _image_colours(redacted.pdf)
    assert IMAGE_COLOUR not in colours[0]
    assert len(PdfReader(io.BytesIO(redacted.pdf)).pages[0].images) == 1
    assert colours[1] == {IMAGE_COLOUR}


def test_the_patient_text_beside_a_hidden_name_still_shows_on_the_redacted_page() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="other-persons")
    page = _rendered(redacted.pdf, 0, scale=2)
    # The patient's line (baseline 720 pt from the bottom) still shows in dark ink, not blacked out.
    band = page.crop((72 * 2, (842 - 729) * 2, 450 * 2, (842 - 718) * 2)).convert("L")
    histogram = band.histogram()
    dark = sum(histogram[:80])
    assert 0 < dark < band.width * band.height / 3


def test_a_name_cut_over_two_lines_is_found() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="other-persons")
    assert 2 in redacted.report.pages
    assert "daughter" not in _pypdf_texts(redacted.pdf)[2]


def test_a_phone_number_is_found_written_with_other_separators() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=["02 555 01 23"], reason="other-persons")
    assert [(item.page, item.term, item.count) for item in redacted.report.hidden] == [(0, "02 555 01 23", 1)]
    assert "555" not in " ".join(_pypdf_texts(redacted.pdf))


def test_a_box_burns_black_over_the_image_and_takes_it_out_of_the_file() -> None:
    x, y, width, height = IMAGE_AT
    redacted = redact(
        _medical_file(), boxes=[Box(1, x - 2, y - 2, width + 4, height + 4)], terms=[], reason="other-persons"
    )
    assert [(item.page, item.what, item.count) for item in redacted.report.hidden] == [(1, "box", 1)]
    assert IMAGE_COLOUR not in _image_colours(redacted.pdf)[1]
    page = _rendered(redacted.pdf, 1)
    inside = page.crop((round(x), round(842 - y - height), round(x + width), round(842 - y)))
    assert inside.getextrema() == ((0, 0), (0, 0), (0, 0))
    # The other pages are untouched: their text and the first page's image are still there.
    assert IMAGE_COLOUR in _image_colours(redacted.pdf)[0]
    assert THIRD_PARTY in _pypdf_texts(redacted.pdf)[0]


def test_a_term_never_found_gives_an_empty_report_and_keeps_every_page() -> None:
    original = _medical_file()
    redacted = redact(original, boxes=[], terms=["Tartempion"], reason="other-persons")
    assert redacted.report.hidden == ()
    assert redacted.report.passages == 0
    assert redacted.report.summary("en") == ""
    assert _pypdf_texts(redacted.pdf) == _pypdf_texts(original)


def test_the_metadata_of_the_document_is_gone() -> None:
    redacted = redact(_medical_file(), boxes=[], terms=["Tartempion"], reason="other-persons")
    reader = PdfReader(io.BytesIO(redacted.pdf))
    assert not reader.metadata
    assert "/Metadata" not in reader.trailer["/Root"]
    assert b"Nadia" not in redacted.pdf and b"Vandenbroucke" not in redacted.pdf


def test_an_attached_export_that_names_the_person_is_removed_and_another_is_kept() -> None:
    pdf = _medical_file(attachments={
        "contacts.csv": "name;phone\nJérôme Vandenbroucke;02 555 01 23\n".encode(),
        "bookings.csv": b"date;centre\n2026-03-03;Liege\n",
    })
    redacted = redact(pdf, boxes=[], terms=["Jerome Vandenbroucke"], reason="other-persons")
    assert redacted.report.removed_attachments == ("contacts.csv",)
    assert set(PdfReader(io.BytesIO(redacted.pdf)).attachments) == {"bookings.csv"}


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", "1 passage concerning another person was hidden (Art 15(4) GDPR).",
         "3 passages concerning other persons were hidden (Art 15(4) GDPR)."),
        ("fr", "1 passage concernant une autre personne a été masqué (art. 15, par. 4, RGPD).",
         "3 passages concernant d'autres personnes ont été masqués (art. 15, par. 4, RGPD)."),
        ("nl", "1 passage over een andere persoon werd onleesbaar gemaakt (art. 15, lid 4, AVG).",
         "3 passages over andere personen werden onleesbaar gemaakt (art. 15, lid 4, AVG)."),
    ],
)
def test_the_summary_for_the_index_counts_the_passages_in_the_packages_language(
    language: str, one: str, three: str
) -> None:
    single = redact(_medical_file(), boxes=[], terms=[PHONE], reason="other-persons")
    assert single.report.summary(language) == one
    several = redact(
        _medical_file(), boxes=[Box(1, 10, 10, 50, 50)], terms=[THIRD_PARTY], reason="other-persons"
    )
    assert several.report.passages == 3
    assert several.report.summary(language) == three


def _encrypted(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt("secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "boxes", "terms", "message"),
    [
        (lambda: b"", [], ["Dubois"], "cannot be read"),
        (lambda: b"%PDF-1.4\n garbage", [], ["Dubois"], "cannot be read"),
        (lambda: _encrypted(_medical_file()), [], ["Dubois"], "cannot be read"),
        (_medical_file, [Box(3, 0, 0, 10, 10)], [], "box on page 4: the PDF has 3 pages"),
        (_medical_file, [Box(0, 0, 0, 0, 10)], [], "box on page 1: it has no area"),
        (_medical_file, [], ["a"], "term a: too short to hide"),
        (_medical_file, [], ["x" * 201], "longer than 200 characters"),
    ],
)
def test_what_cannot_be_redacted_is_refused_in_one_line(make, boxes, terms, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RedactionError, match=message) as raised:
        redact(make(), boxes=boxes, terms=terms, reason="other-persons")
    assert "\n" not in str(raised.value)


def test_an_unknown_reason_is_refused() -> None:
    with pytest.raises(RedactionError, match="reason"):
        redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="because")


def test_a_page_count_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from lazeo_desk.letters import redaction

    monkeypatch.setattr(redaction, "MAX_PAGES", 2)
    with pytest.raises(RedactionError, match="more than 2 pages"):
        redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="other-persons")


def test_an_oversized_page_is_rendered_within_the_pixel_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from lazeo_desk.letters import redaction

    monkeypatch.setattr(redaction, "MAX_PAGE_PIXELS", 200_000)
    redacted = redact(_medical_file(), boxes=[Box(0, 0, 0, 100, 100)], terms=[], reason="other-persons")
    image = PdfReader(io.BytesIO(redacted.pdf)).pages[0].images[0].image
    assert image.width * image.height <= 200_000
    assert _pypdf_texts(redacted.pdf)[0].strip() == ""


def _rotated(pdf: bytes, degrees: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        page.rotate(degrees)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_a_box_drawn_on_the_shown_page_covers_the_same_place_whatever_the_pages_rotation(degrees: int) -> None:
    from lazeo_desk.letters.redaction import page_frames

    pdf = _rotated(_medical_file(), degrees)
    shown = _rendered(pdf, 1)
    # Where the green picture shows on the page as displayed, in fractions of the shown page.
    green = [
        (x, y) for x in range(0, shown.width, 2) for y in range(0, shown.height, 2)
        if shown.getpixel((x, y)) == IMAGE_COLOUR
    ]
    xs, ys = [x for x, _ in green], [y for _, y in green]
    frame = page_frames(pdf)[1]
    box = frame.box(1, (min(xs) - 3) / shown.width, (min(ys) - 3) / shown.height,
                    (max(xs) + 4) / shown.width, (max(ys) + 4) / shown.height)
    x, y, width, height = IMAGE_AT
    assert box.x == pytest.approx(x, abs=5) and box.y == pytest.approx(y, abs=5)
    assert box.width == pytest.approx(width, abs=8) and box.height == pytest.approx(height, abs=8)
    redacted = redact(pdf, boxes=[box], terms=[], reason="other-persons")
    assert _greenish(_rendered(pdf, 1)) > 1000
    assert _greenish(_rendered(redacted.pdf, 1)) == 0


def _greenish(image: Image.Image) -> int:
    """How many pixels look like the embedded picture (allowing for JPEG's approximations)."""
    colours = image.getcolors(maxcolors=10_000_000) or []
    return sum(count for count, (red, green, blue) in colours if green > 150 and red < 70 and blue < 90)


def test_a_redaction_that_runs_out_of_time_is_stopped_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from lazeo_desk.letters import redaction

    monkeypatch.setattr(redaction, "MAX_SECONDS", -1.0)
    with pytest.raises(RedactionError, match="took longer than"):
        redact(_medical_file(), boxes=[], terms=[THIRD_PARTY], reason="other-persons")


_LATIN = "abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöûüç"


@settings(max_examples=15, deadline=None)
@given(
    first=st.text(alphabet=_LATIN, min_size=2, max_size=9),
    last=st.text(alphabet=_LATIN, min_size=2, max_size=12),
    shout=st.booleans(),
)
def test_a_name_written_in_any_case_and_accents_is_found_by_its_plain_spelling(
    first: str, last: str, shout: bool
) -> None:
    written = f"{first.capitalize()} {last.upper() if shout else last.capitalize()}"
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.drawString(72, 760, f"Seen with {written} today.")
    canvas.drawString(72, 740, "Patient line that stays.")
    canvas.showPage()
    canvas.save()
    plain = _folded(f"{first} {last}")
    redacted = redact(out.getvalue(), boxes=[], terms=[plain], reason="other-persons")
    assert redacted.report.pages == (0,)
    assert plain not in _folded(" ".join(_pdfium_texts(redacted.pdf)))
