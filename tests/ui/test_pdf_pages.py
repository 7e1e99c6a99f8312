"""PDF pages drawn with PDFium: every page of a real PDF, bounded in number and size, and a clear sentence when not."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from io import BytesIO

import pytest
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lazeo_desk.ui.letter_preview import LetterPreview, PreviewRunner
from lazeo_desk.ui.pdf_pages import PdfNotShown, PdfProblem, problem_text, render_pdf


def pdf(pages: int, size: tuple[float, float] = A4) -> bytes:
    out = BytesIO()
    document = canvas.Canvas(out, pagesize=size)
    for number in range(1, pages + 1):
        document.drawString(72, size[1] - 72, f"Page {number}")
        document.showPage()
    document.save()
    return out.getvalue()


def test_every_page_of_a_pdf_is_drawn_at_the_width_asked() -> None:
    drawn = render_pdf(pdf(3), width_px=500, max_pages=10)
    assert drawn.problem is None and drawn.all_drawn
    assert drawn.page_count == 3 and len(drawn.images) == 3
    assert [image.width() for image in drawn.images] == [500, 500, 500]
    assert all(image.height() > image.width() for image in drawn.images)  # A4, upright


def test_only_the_first_pages_are_drawn_and_the_count_says_how_many_there_are() -> None:
    drawn = render_pdf(pdf(5), width_px=200, max_pages=2)
    assert (len(drawn.images), drawn.page_count) == (2, 5)
    assert not drawn.all_drawn and drawn.problem is None


def test_a_very_tall_page_is_drawn_smaller_rather_than_as_a_huge_picture() -> None:
    roll = (200.0, 20_000.0)  # a receipt roll: 100 times taller than wide
    drawn = render_pdf(pdf(1, roll), width_px=900, max_pages=1, max_height_px=3000)
    image = drawn.images[0]
    assert image.height() <= 3000 and image.width() < 900


@pytest.mark.parametrize(
    "content", [b"%PDF-1.7\nthis is no PDF at all", b"", pdf(2)[:200]], ids=["garbage", "empty", "truncated"]
)
def test_a_broken_pdf_comes_back_with_a_sentence_not_an_exception(content: bytes) -> None:
    drawn = render_pdf(content, width_px=400, max_pages=3)
    assert drawn.problem is PdfProblem.UNREADABLE and drawn.images == ()
    assert drawn.detail and "\n" not in drawn.detail
    assert problem_text(drawn) == f"The PDF cannot be shown here: {drawn.detail}."


def test_without_pdfium_the_pdf_is_not_drawn_and_the_sentence_names_the_component(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if it were not installed
    drawn = render_pdf(pdf(1), width_px=400, max_pages=1)
    assert drawn.problem is PdfProblem.NO_RENDERER
    assert "pypdfium2" in problem_text(drawn)


def test_a_drawn_pdf_has_no_problem_sentence() -> None:
    assert problem_text(render_pdf(pdf(1), width_px=100, max_pages=1)) == ""


@dataclass(frozen=True)
class Made:
    pdf: bytes


def test_the_letter_preview_says_why_a_letter_it_cannot_draw_is_not_shown(qtbot: QtBot) -> None:
    runner = PreviewRunner(delay_ms=0)
    try:
        with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
            runner.request(lambda: Made(b"%PDF-1.7\nbroken"), "token", now=True)
    finally:
        runner.shutdown()
    error, token = failed.args
    assert isinstance(error, PdfNotShown) and token == "token"
    assert str(error).startswith("The PDF cannot be shown here: ")


def test_the_letter_preview_draws_a_real_letter_and_counts_its_pages(qtbot: QtBot) -> None:
    runner = PreviewRunner(delay_ms=0)
    try:
        with qtbot.waitSignal(runner.ready, timeout=10_000) as ready:
            runner.request(lambda: Made(pdf(2)), now=True)
    finally:
        runner.shutdown()
    rendered = ready.args[0]
    assert (len(rendered.pages), rendered.page_count) == (2, 2)
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show_pages(rendered.pages, rendered.page_count)
    assert preview.page_count() == 2 and preview.caption.text() == "Pages: 2"


def test_the_caption_says_when_only_the_first_pages_of_a_long_letter_are_shown(qtbot: QtBot) -> None:
    drawn = render_pdf(pdf(3), width_px=100, max_pages=3)
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show_pages(drawn.images, 55)
    assert preview.caption.text() == "Pages: 55 (the first 3 shown)"
