"""Reading a scanned letter on the workstation: its pages drawn, straightened and recognised by Tesseract.

Tesseract was chosen by measurement on generated French, Dutch and English letters (benchmarks/bench_ocr.py):
its Debian packages carry the three languages, it runs without a network, and as a separate process it can be
stopped when a page takes too long. The hostile files a scanner never produces — a decompression bomb, thousands
of pages, a damaged TIFF — are refused before any page is drawn.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import warnings
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageSequence, UnidentifiedImageError

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.services.email_reading import IntakeRefused
from lazeo_desk.services.scan_intake import Scan

# A letter is a few pages; a file of more is not a letter, and reading it would hold the workstation for hours.
MAX_PAGES = 50
# Pages are recognised at this resolution: Tesseract reads body text best between 250 and 300 dpi.
RENDER_DPI = 300
# An A4 page at 300 dpi is 8.7 million pixels; an A3 at 400 dpi 31 million. Beyond this a page is a bomb, and
# Tesseract's memory grows with the pixels it is given.
MAX_PAGE_PIXELS = 40_000_000
# Tesseract is stopped on a page that takes longer than this (a page of dense small print takes a few seconds).
PAGE_TIMEOUT_SECONDS = 60
# French, Dutch and English: the languages of the letters the clinics receive.
LANGUAGES = ("fra", "nld", "eng")
# A page whose words Tesseract reads below this mean confidence (0-100) is tried again turned upright.
_UPRIGHT_CONFIDENCE = 45
_MIN_WORDS = 5
# Words read below this confidence are read a second time, alone and enlarged (at most so many a page).
_SECOND_LOOK_BELOW = 60
_SECOND_LOOK_WORDS = 40

ENGINE_MISSING = said(
    "the text recognition engine Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra "
    "tesseract-ocr-nld): the scan is kept, its fields are typed by hand"
)


class EngineMissing(Explained, RuntimeError):
    """Tesseract, or all its French, Dutch and English data, is missing on this workstation."""


@dataclass(frozen=True)
class ReadWord:
    """A word as Tesseract read it, with its confidence from 0 to 100 and its box on the page image (left, top,
    width, height in pixels)."""

    text: str
    confidence: float
    box: tuple[int, int, int, int] = (0, 0, 0, 0)


@dataclass(frozen=True)
class ReadLine:
    """A line of a page (numbered from 1 in reading order), with the layout block it belongs to."""

    page: int
    number: int
    block: int
    words: tuple[ReadWord, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def confidence(self) -> float:
        """The least sure word of the line: one misread letter spoils a name or a number."""
        return min((word.confidence for word in self.words), default=0.0)


@dataclass(frozen=True)
class PageReading:
    """What was read on one page; ``problem`` says why a page gave no usable text."""

    number: int
    lines: tuple[ReadLine, ...] = ()
    problem: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ScanReading:
    """A scan read page by page."""

    pages: tuple[PageReading, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def lines(self) -> tuple[ReadLine, ...]:
        return tuple(line for page in self.pages for line in page.lines)

    @property
    def text(self) -> str:
        """The text of every page, pages separated by a form feed (as a printer would)."""
        return "\n\f\n".join(page.text for page in self.pages)

    @property
    def has_text(self) -> bool:
        return any(page.lines for page in self.pages)


Progress = Callable[[int, int], None]
# Runs PDFium's work: PDFium is not thread-safe, so a program that also draws PDFs on other threads (the window's
# letter previews) passes the lock it holds for them.
Guard = Callable[[Callable[[], Any]], Any]


def unguarded(work: Callable[[], Any]) -> Any:
    return work()


def _too_many_pages(count: int) -> IntakeRefused:
    return IntakeRefused(
        said("the scan has {count} pages; the limit is {limit}: a letter is a few pages", count=count,
             limit=MAX_PAGES)
    )


def _too_many_pixels(width: int, height: int) -> IntakeRefused:
    return IntakeRefused(
        said(
            "a page of the scan is {width} × {height} pixels; the limit is {limit} million: the file may be built "
            "to exhaust memory",
            width=width,
            height=height,
            limit=MAX_PAGE_PIXELS // 1_000_000,
        )
    )


_DAMAGED = said("the scan cannot be read: the file is damaged or not an image")
_BOMB = said(
    "a page of the scan is larger than {limit} million pixels: the file may be built to exhaust memory",
    limit=MAX_PAGE_PIXELS // 1_000_000,
)


@contextlib.contextmanager
def _strict_pillow() -> Iterator[None]:
    """Pillow's warnings about a file (corrupt EXIF, truncated data) raised as errors: a scan that needs excuses
    is damaged. The decompression-bomb warning is left out: this module's stricter pixel limit applies."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


class ScanPages:
    """The pages of a scan, checked when opened (page count, pixels, readability) and drawn one at a time, so
    that a long scan never sits whole in memory."""

    def __init__(self, scan: Scan, guard: Guard = unguarded) -> None:
        self._scan = scan
        self._guard = guard
        if scan.media_type == "application/pdf":
            self.count = self._check_pdf()
        else:
            self.count = self._check_image()

    def _check_pdf(self) -> int:
        def count_pages() -> int:
            try:
                document = pdfium.PdfDocument(self._scan.content)
            except pdfium.PdfiumError as error:
                raise IntakeRefused(_DAMAGED) from error
            try:
                return len(document)
            finally:
                document.close()

        count: int = self._guard(count_pages)
        if count == 0:
            raise IntakeRefused(said("the PDF has no page"))
        if count > MAX_PAGES:
            raise _too_many_pages(count)
        return count

    def _open_image(self) -> Image.Image:
        try:
            with _strict_pillow():
                return Image.open(io.BytesIO(self._scan.content))
        except Image.DecompressionBombError as error:
            # Pillow's own limit (far above ours) stops the worst before their size can even be asked.
            raise IntakeRefused(_BOMB) from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Warning) as error:
            raise IntakeRefused(_DAMAGED) from error

    def _check_image(self) -> int:
        image = self._open_image()
        count = 0
        try:
            with _strict_pillow():
                # Each frame's header is read to count and measure it; no pixel is decoded yet.
                for frame in ImageSequence.Iterator(image):
                    count += 1
                    if count > MAX_PAGES:
                        raise _too_many_pages(getattr(image, "n_frames", count))
                    width, height = frame.size
                    if width * height > MAX_PAGE_PIXELS:
                        raise _too_many_pixels(width, height)
                    if width < 1 or height < 1:
                        raise IntakeRefused(_DAMAGED)
        except IntakeRefused:
            raise
        except Image.DecompressionBombError as error:
            raise IntakeRefused(_BOMB) from error
        except (OSError, SyntaxError, ValueError, EOFError, Warning) as error:
            raise IntakeRefused(_DAMAGED) from error
        finally:
            image.close()
        return count

    def images(self) -> Generator[Image.Image, None, None]:
        """Each page in greyscale, at :data:`RENDER_DPI` for a PDF; ``IntakeRefused`` if a page turns out
        damaged once decoded."""
        if self._scan.media_type == "application/pdf":
            yield from self._pdf_images()
            return
        image = self._open_image()
        try:
            for index in range(self.count):
                try:
                    with _strict_pillow():
                        image.seek(index)
                        page = image.convert("L")
                except (OSError, SyntaxError, ValueError, EOFError, Warning) as error:
                    raise IntakeRefused(_DAMAGED) from error
                yield page
        finally:
            image.close()

    def _pdf_images(self) -> Generator[Image.Image, None, None]:
        for index in range(self.count):
            image: Image.Image = self._guard(partial(self._pdf_page, index))
            yield image

    def _pdf_page(self, index: int) -> Image.Image:
        # The document is opened for each page: between two pages PDFium is free for other work (a letter's
        # preview), and PDFium must not be used from two threads at once.
        try:
            document = pdfium.PdfDocument(self._scan.content)
            try:
                page = document[index]
                try:
                    width, height = page.get_size()
                    scale = RENDER_DPI / 72
                    pixels = width * height * scale * scale
                    if pixels > MAX_PAGE_PIXELS:
                        # A poster-sized page is drawn smaller rather than refused: its text is still large.
                        scale *= (MAX_PAGE_PIXELS / pixels) ** 0.5
                    bitmap = page.render(scale=scale, grayscale=True)
                    try:
                        return bitmap.to_pil().convert("L")
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            finally:
                document.close()
        except pdfium.PdfiumError as error:
            raise IntakeRefused(_DAMAGED) from error


def first_page_png(scan: Scan) -> bytes:
    """The first page of a TIFF scan as a PNG, for the window's preview (Qt's own TIFF reader has been seen to
    crash on TIFF files that Pillow reads without fault); ``IntakeRefused`` when the file is hostile or damaged."""
    pages = ScanPages(scan)
    images = pages.images()
    try:
        first = next(images)
    except StopIteration:
        raise IntakeRefused(_DAMAGED) from None
    finally:
        images.close()
    out = io.BytesIO()
    first.save(out, "PNG")
    return out.getvalue()


def skew_angle(image: Image.Image, *, search: float = 4.0) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's lines of text horizontal, by projection
    profile: turned right, the rows of ink alternate sharply with white rows, and the squared differences
    between successive row sums are largest. Measured on a small copy: a fraction of a second per page."""
    small = image.convert("L")
    small.thumbnail((900, 900))
    ink = small.point(lambda value: 255 if value < 160 else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum((b - a) * (b - a) for a, b in zip(rows, rows[1:], strict=False)))

    best = max((step / 2 for step in range(int(-search * 2), int(search * 2) + 1)), key=sharpness)
    return max((best + step / 10 for step in range(-4, 5)), key=sharpness)


def straightened(image: Image.Image) -> Image.Image:
    """The page turned so that its lines are horizontal (left as it is when already within a quarter degree)."""
    angle = skew_angle(image)
    if abs(angle) < 0.25:
        return image
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)


class TesseractEngine:
    """Tesseract run as a separate process per page through pytesseract, stopped after the page time limit."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES) -> None:
        import pytesseract

        self._tesseract = pytesseract
        if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
            raise EngineMissing(ENGINE_MISSING)
        try:
            installed = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError) as error:
            raise EngineMissing(ENGINE_MISSING) from error
        chosen = [language for language in languages if language in installed]
        if not chosen:
            raise EngineMissing(ENGINE_MISSING)
        self.languages = "+".join(chosen)
        self.missing = tuple(language for language in languages if language not in installed)
        # Tesseract's own threads would compete with the window and with each other on a two-core workstation:
        # one page at a time on one core measured faster overall.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def read_page(self, image: Image.Image, page: int) -> tuple[ReadLine, ...]:
        """The lines of one page image; ``TimeoutError`` when Tesseract takes longer than the limit."""
        try:
            data = self._tesseract.image_to_data(
                image,
                lang=self.languages,
                config="--psm 3",
                timeout=PAGE_TIMEOUT_SECONDS,
                output_type=self._tesseract.Output.DICT,
            )
        except RuntimeError as error:
            if "timeout" in str(error).lower():
                raise TimeoutError(str(error)) from error
            raise
        lines = [
            (key, _tidy(words)) for key, words in _words_by_line(data).items()
        ]
        return tuple(
            ReadLine(page, number, key[0], tuple(words))
            for number, (key, words) in enumerate((line for line in lines if line[1]), start=1)
        )

    def second_look(self, image: Image.Image, lines: tuple[ReadLine, ...]) -> tuple[ReadLine, ...]:
        """The lines with their doubtful words read a second time, alone and enlarged: where both readings give
        the same word, the surer confidence stands (two readings agreeing is better evidence than either). All
        doubtful words of a page go to Tesseract at once, one under the other."""
        doubtful = [
            (line_index, word_index, word)
            for line_index, line in enumerate(lines)
            for word_index, word in enumerate(line.words)
            if word.confidence < _SECOND_LOOK_BELOW and sum(c.isalnum() for c in word.text) >= 2 and word.box[2]
        ][:_SECOND_LOOK_WORDS]
        if not doubtful:
            return lines
        crops = []
        for _line, _word, word in doubtful:
            left, top, width, height = word.box
            crop = image.crop((left - 4, top - 4, left + width + 4, top + height + 4))
            crops.append(crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS))
        gap = 40
        strip = Image.new("L", (max(c.width for c in crops) + 2 * gap, sum(c.height + gap for c in crops) + gap), 255)
        y = gap
        for crop in crops:
            strip.paste(crop, (gap, y))
            y += crop.height + gap
        data = self._tesseract.image_to_data(
            strip, lang=self.languages, config="--psm 6", timeout=PAGE_TIMEOUT_SECONDS,
            output_type=self._tesseract.Output.DICT,
        )
        again = [_tidy(words) for words in _words_by_line(data).values()]
        if len(again) != len(doubtful):
            return lines  # the strip was not read one word a line: nothing can be compared
        words = [list(line.words) for line in lines]
        for (line_index, word_index, word), second in zip(doubtful, again, strict=True):
            if " ".join(w.text for w in second) == word.text:
                surer = max(word.confidence, min(w.confidence for w in second))
                words[line_index][word_index] = ReadWord(word.text, surer, word.box)
        return tuple(
            ReadLine(line.page, line.number, line.block, tuple(words[index])) for index, line in enumerate(lines)
        )

    def upright_turn(self, image: Image.Image) -> int:
        """The clockwise turn (0, 90, 180, 270) that Tesseract's orientation detection says the page needs."""
        try:
            osd = self._tesseract.image_to_osd(
                image, config="--psm 0", timeout=PAGE_TIMEOUT_SECONDS, output_type=self._tesseract.Output.DICT
            )
        except (self._tesseract.TesseractError, RuntimeError):
            return 0
        return int(osd.get("rotate", 0)) % 360


# Marks that a fold, a staple or speckle add at the ends of a line ("„Boulevard", "~ Chloé", "Antwerpen —").
_STRAY = "„“”‘’\"~|_—–•·«»"


def _tidy(words: list[ReadWord]) -> list[ReadWord]:
    """The words of a line without the marks that stand at its ends on their own or stuck to its first and
    last words."""
    words = list(words)
    while words and not any(c.isalnum() for c in words[0].text):
        words.pop(0)
    while words and not any(c.isalnum() for c in words[-1].text):
        words.pop()
    if words:
        first = words[0]
        words[0] = ReadWord(first.text.lstrip(_STRAY + ".,:;"), first.confidence, first.box)
        last = words[-1]
        words[-1] = ReadWord(last.text.rstrip(_STRAY), last.confidence, last.box)
    return words


def _words_by_line(data: dict[str, list[object]]) -> dict[tuple[int, int, int], list[ReadWord]]:
    """Tesseract's word table grouped by (block, paragraph, line), in reading order."""
    lines: dict[tuple[int, int, int], list[ReadWord]] = {}
    for index, raw in enumerate(data["text"]):
        text = str(raw).strip()
        confidence = float(str(data["conf"][index]))
        if confidence < 0 or not text:
            continue
        key = (int(str(data["block_num"][index])), int(str(data["par_num"][index])), int(str(data["line_num"][index])))
        box = (
            int(str(data["left"][index])), int(str(data["top"][index])),
            int(str(data["width"][index])), int(str(data["height"][index])),
        )
        lines.setdefault(key, []).append(ReadWord(text, confidence, box))
    return lines


def _mean_confidence(lines: tuple[ReadLine, ...]) -> float:
    words = [word.confidence for line in lines for word in line.words]
    return sum(words) / len(words) if words else 0.0


def read_scan_text(
    scan: Scan, *, engine: TesseractEngine | None = None, progress: Progress | None = None, guard: Guard = unguarded
) -> ScanReading:
    """Every page of ``scan`` drawn, straightened and recognised, in order.

    Raises ``IntakeRefused`` for a hostile or damaged file and :class:`EngineMissing` when Tesseract is not
    installed. A page that gives no text, or takes longer than :data:`PAGE_TIMEOUT_SECONDS`, is kept with the
    reason in ``problem`` (handwriting is read as well as it can be; the image is kept whatever happens).
    """
    pages = ScanPages(scan, guard)
    engine = engine or TesseractEngine()
    read: list[PageReading] = []
    for number, image in enumerate(pages.images(), start=1):
        if progress is not None:
            progress(number, pages.count)
        page = straightened(image)
        try:
            lines = engine.read_page(page, number)
            if _mean_confidence(lines) < _UPRIGHT_CONFIDENCE or len(lines) < 2:
                turn = engine.upright_turn(page)
                if turn:
                    turned = engine.read_page(page.rotate(-turn, expand=True), number)
                    if _mean_confidence(turned) > _mean_confidence(lines):
                        lines = turned
                        page = page.rotate(-turn, expand=True)
            lines = engine.second_look(page, lines)
        except TimeoutError:
            read.append(
                PageReading(number, problem=said("page {page}: reading took longer than {seconds} s and was "
                                                 "stopped", page=number, seconds=PAGE_TIMEOUT_SECONDS))
            )
            continue
        words = sum(len(line.words) for line in lines)
        if words < _MIN_WORDS:
            read.append(PageReading(number, lines, said("page {page}: no usable text", page=number)))
        else:
            read.append(PageReading(number, lines))
        image.close()
    notes = [page.problem for page in read if page.problem]
    if engine.missing:
        notes.append(said("Tesseract lacks the language data {languages}: reading may be poorer",
                          languages=", ".join(engine.missing)))
    return ScanReading(tuple(read), tuple(notes))
