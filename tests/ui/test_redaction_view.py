"""The redaction view: a box drawn with the mouse on a page is emitted in PDF points; terms are listed and removed."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lazeo_desk.letters.redaction import Box
from lazeo_desk.ui.redaction_view import RedactionView

WIDTH, HEIGHT = A4  # 595.3 × 841.9 points


def _two_pages() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for number in (1, 2):
        canvas.drawString(72, 760, f"Page {number}: accompanied by her brother Jérôme Vandenbroucke.")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def view(qtbot: QtBot) -> RedactionView:
    widget = RedactionView()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.set_pdf(_two_pages())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drag(qtbot: QtBot, view: RedactionView, page_index: int, start: QPoint, end: QPoint) -> None:
    page = view.page(page_index)
    view.pages_area.ensureWidgetVisible(page)
    qtbot.mousePress(page, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page, end)
    qtbot.mouseRelease(page, Qt.MouseButton.LeftButton, pos=end)


def test_the_pages_of_the_pdf_are_shown_to_draw_on(view: RedactionView) -> None:
    assert view.page_count() == 2
    page = view.page(0)
    assert page.width() == 620
    assert page.height() == pytest.approx(620 * HEIGHT / WIDTH, abs=2)


def test_a_box_drawn_on_the_second_page_is_emitted_in_pdf_points(qtbot: QtBot, view: RedactionView) -> None:
    page = view.page(1)
    scale = page.width() / WIDTH  # pixels per point
    # From 100 pt from the left and 50 pt from the top, 200 pt wide and 100 pt high.
    start = QPoint(round(100 * scale), round(50 * scale))
    end = QPoint(round(300 * scale), round(150 * scale))
    with qtbot.waitSignal(view.marks_changed, timeout=2000) as emitted:
        _drag(qtbot, view, 1, start, end)
    boxes, terms = emitted.args
    (box,) = boxes
    assert terms == ()
    assert isinstance(box, Box) and box.page == 1
    tolerance = 2 / scale  # two pixels
    assert box.x == pytest.approx(100, abs=tolerance)
    # PDF points count from the bottom of the page: the top of the box is 50 pt below the top edge.
    assert box.y + box.height == pytest.approx(HEIGHT - 50, abs=tolerance)
    assert box.width == pytest.approx(200, abs=tolerance)
    assert box.height == pytest.approx(100, abs=tolerance)
    assert view.boxes_list.count() == 1 and view.boxes_list.item(0).text().startswith("Page 2:")


def test_a_click_without_dragging_draws_no_box(qtbot: QtBot, view: RedactionView) -> None:
    _drag(qtbot, view, 0, QPoint(50, 50), QPoint(51, 51))
    assert view.boxes() == ()


def test_a_box_is_removed_from_the_list(qtbot: QtBot, view: RedactionView) -> None:
    _drag(qtbot, view, 0, QPoint(40, 40), QPoint(140, 90))
    _drag(qtbot, view, 1, QPoint(40, 40), QPoint(140, 90))
    assert [box.page for box in view.boxes()] == [0, 1]
    view.boxes_list.setCurrentRow(0)
    with qtbot.waitSignal(view.marks_changed, timeout=2000) as emitted:
        qtbot.mouseClick(view.remove_box_button, Qt.MouseButton.LeftButton)
    assert [box.page for box in emitted.args[0]] == [1]
    assert view.boxes_list.count() == 1


def test_terms_are_typed_into_the_list_once_and_removed(qtbot: QtBot, view: RedactionView) -> None:
    # QTest types ASCII only: the accented spelling is pasted.
    view.term_edit.insert("Jérôme  Vandenbroucke ")
    with qtbot.waitSignal(view.marks_changed, timeout=2000) as emitted:
        qtbot.keyClick(view.term_edit, Qt.Key.Key_Return)
    assert emitted.args[1] == ("Jérôme Vandenbroucke",)
    view.term_edit.insert("jérôme vandenbroucke")
    qtbot.mouseClick(view.add_term_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.term_edit, "02 555 01 23")
    qtbot.mouseClick(view.add_term_button, Qt.MouseButton.LeftButton)
    assert view.terms() == ("Jérôme Vandenbroucke", "02 555 01 23")
    assert not view.remove_term_button.isEnabled()
    view.terms_list.setCurrentRow(0)
    with qtbot.waitSignal(view.marks_changed, timeout=2000) as emitted:
        qtbot.mouseClick(view.remove_term_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [(), ("02 555 01 23",)]


def test_a_file_that_is_not_a_pdf_is_said_in_one_line_and_shows_no_page(view: RedactionView) -> None:
    view.set_pdf(b"not a pdf")
    assert view.page_count() == 0
    assert not view.problem.isHidden()
    assert "cannot be read" in view.problem.text()
