"""Reading a scan: hostile files refused in one line before any page is drawn, pages read one by one in order,
a page without text said so, a crooked page straightened, and no Tesseract said in one line."""

from __future__ import annotations

import io
import struct
import zlib

import pypdfium2 as pdfium
import pytest
from ocr_letters import Degradation, letter_pdf, make_letter, scanned
from PIL import Image

from lazeo_desk.services import scan_reading
from lazeo_desk.services.email_reading import IntakeRefused
from lazeo_desk.services.scan_intake import check_scan
from lazeo_desk.services.scan_reading import (
    MAX_PAGES,
    EngineMissing,
    ScanPages,
    TesseractEngine,
    read_scan_text,
    skew_angle,
)


def png_header(width: int, height: int) -> bytes:
    """A PNG that announces ``width`` × ``height`` pixels and carries a few bytes: what a decompression bomb
    looks like before it is decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b""
    )


def pdf_of_pages(count: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(count):
        document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def tiff_of(*pages: Image.Image) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=list(pages[1:]), compression="tiff_deflate")
    return out.getvalue()


class NoEngine(TesseractEngine):
    """Fails the test if a page is ever recognised: hostile files must be refused before."""

    def __init__(self) -> None:
        self.languages, self.missing = "fra", ()

    def read_page(self, image: Image.Image, page: int) -> tuple[scan_reading.ReadLine, ...]:
        raise AssertionError("a hostile file reached the engine")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bomb.png", png_header(10_000, 10_000), "a page of the scan is 10000 × 10000 pixels; the limit is 40 million"),
        ("bigger-bomb.png", png_header(60_000, 60_000), "a page of the scan is larger than 40 million pixels"),
        ("thick.pdf", pdf_of_pages(2000), "the scan has 2000 pages; the limit is 50"),
        ("broken.tif", b"II*\x00" + b"\xff" * 200, "the scan cannot be read: the file is damaged"),
        ("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "the scan cannot be read: the file is"),
        ("no-page.pdf", pdf_of_pages(0), "the scan cannot be read"),
    ],
)
def test_a_hostile_scan_is_refused_in_one_line_before_any_page_is_read(name: str, content: bytes, reason: str) -> None:
    scan = check_scan(content, source=name)
    with pytest.raises(IntakeRefused) as refused:
        read_scan_text(scan, engine=NoEngine())
    assert str(refused.value).startswith(reason)
    assert "\n" not in str(refused.value)


def test_a_tiff_of_more_pages_than_a_letter_has_is_refused() -> None:
    page = Image.new("L", (20, 20), 255)
    scan = check_scan(tiff_of(*[page] * (MAX_PAGES + 1)), source="many.tiff")
    with pytest.raises(IntakeRefused, match="the limit is 50"):
        ScanPages(scan)


def test_a_tiff_cut_short_is_refused_as_damaged_when_its_page_is_drawn() -> None:
    whole = tiff_of(Image.effect_noise((400, 400), 80).convert("L"))
    scan = check_scan(whole[: len(whole) // 2], source="cut.tif")
    with pytest.raises(IntakeRefused, match="the file is damaged"):
        read_scan_text(scan, engine=NoEngine())


def test_an_empty_file_is_refused_before_reading() -> None:
    with pytest.raises(IntakeRefused, match=r"the file is empty \(0 bytes\)"):
        check_scan(b"", source="empty.png")


@pytest.mark.parametrize("angle", [-3.0, -1.2, 0.0, 2.0, 3.0])
def test_a_crooked_page_is_measured_to_within_half_a_degree(angle: float) -> None:
    page = scanned(letter_pdf(make_letter(5)), Degradation(dpi=150, angle=angle))
    assert skew_angle(page) == pytest.approx(-angle, abs=0.5)


def test_without_tesseract_reading_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nowhere/tesseract")
    with pytest.raises(EngineMissing) as missing:
        TesseractEngine()
    assert str(missing.value).startswith("the text recognition engine Tesseract is not installed")
    assert "\n" not in str(missing.value)


@pytest.fixture(scope="module")
def engine() -> TesseractEngine:
    return TesseractEngine()


def test_every_page_of_a_multi_page_tiff_is_read_in_order_and_a_blank_page_says_so(engine: TesseractEngine) -> None:
    letter = make_letter(11)
    page = scanned(letter_pdf(letter), Degradation(dpi=200, angle=1.5))
    blank = Image.new("L", page.size, 255)
    progress: list[tuple[int, int]] = []
    reading = read_scan_text(
        check_scan(tiff_of(page, blank), source="post.tiff"), engine=engine,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert [p.number for p in reading.pages] == [1, 2]
    assert letter.name in reading.pages[0].text
    assert letter.postcode_line in reading.pages[0].text
    assert reading.pages[1].problem == "page 2: no usable text"
    assert "page 2: no usable text" in reading.notes
    assert progress[0] == (1, 2) and progress[-1] == (2, 2)
    assert "\f" in reading.text


def test_every_page_of_a_scanned_pdf_is_drawn_and_read(engine: TesseractEngine) -> None:
    first, second = make_letter(12), make_letter(13)
    pages = [scanned(letter_pdf(letter), Degradation(dpi=200)).convert("RGB") for letter in (first, second)]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200)
    reading = read_scan_text(check_scan(out.getvalue(), source="scan.pdf"), engine=engine)
    assert len(reading.pages) == 2
    assert first.name in reading.pages[0].text and second.name in reading.pages[1].text
    assert all(line.page == 2 for line in reading.pages[1].lines)
    assert all(0 <= word.confidence <= 100 for line in reading.lines for word in line.words)


def _page_with_words(engine: TesseractEngine) -> tuple[Image.Image, tuple[scan_reading.ReadLine, ...]]:
    """A printed letter's page, and the reading Tesseract gives of it."""
    page = scanned(letter_pdf(make_letter(14)), Degradation(dpi=200))
    return page, engine.read_page(page, 1)


def test_a_doubtful_word_read_the_same_a_second_time_keeps_the_surer_confidence(engine: TesseractEngine) -> None:
    page, lines = _page_with_words(engine)
    first = lines[0].words[0]
    assert first.confidence > 80 and first.box[2] > 0
    doubted = scan_reading.ReadWord(first.text, 10.0, first.box)
    wrong = scan_reading.ReadWord(first.text + "x", 10.0, first.box)
    looked = engine.second_look(
        page, (scan_reading.ReadLine(1, 1, 1, (doubted,)), scan_reading.ReadLine(1, 2, 1, (wrong,)))
    )
    assert looked[0].words[0].text == first.text and looked[0].words[0].confidence > 80
    # A second reading that disagrees proves nothing: the doubt stays.
    assert looked[1].words[0] == wrong


def test_marks_at_the_ends_of_a_line_are_not_part_of_its_words() -> None:
    tidy = scan_reading._tidy(
        [scan_reading.ReadWord("~", 20.0), scan_reading.ReadWord("„Chloé", 90.0),
         scan_reading.ReadWord("Boulanger", 95.0), scan_reading.ReadWord("—", 0.0)]
    )
    assert [w.text for w in tidy] == ["Chloé", "Boulanger"]
    assert [w.confidence for w in tidy] == [90.0, 95.0]
