"""The plain-text helpers: data reaches a label, a tooltip or the window's own rich text as the characters it holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazeo_desk.ui.form_problems import Problem
from lazeo_desk.ui.plain_text import escaped, make_plain, plain_label, plain_tooltip
from lazeo_desk.ui.problem_banner import ProblemBanner

BADGE = '<font color=red size=7>IDENTITY VERIFIED</font><img src="file:///etc/passwd">&amp;'

# What a name, an address or a note can hold, line breaks and tabs included; the other control characters and
# Unicode's own line and paragraph separators are not text a person types.
_TYPED = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from("\n\t<>&;\"'/ ="),
    max_size=60,
)
# Texts that hold a tag somewhere: Qt would take most of them for HTML.
_TAGS = st.sampled_from(["<b>", "</b>", "<font color=red size=7>", "<img src='file:///etc/passwd'>", "<br>"])
_MARKED = st.tuples(_TYPED, _TAGS, _TYPED).map("".join)
_LINE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from("\t<>&;\"'/ ="))


def drawn_as(text: str) -> str:
    # toPlainText() writes a no-break space as a space: so does the expectation.
    return text.replace("\xa0", " ")


def as_tooltip(text: str) -> str:
    """What Qt draws for ``text`` as a tooltip: rich text when it looks like HTML, else the text itself."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_a_plain_label_shows_a_name_that_looks_like_html_as_written(qtbot: QtBot) -> None:
    label = plain_label(f"Ëlodie {BADGE}")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.setText(f"Marc {BADGE}")
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == f"Marc {BADGE}"


def test_labels_made_plain_stay_plain_for_every_later_text(qtbot: QtBot) -> None:
    first, second = QLabel(), QLabel()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    make_plain(first, second)
    assert [first.textFormat(), second.textFormat()] == [Qt.TextFormat.PlainText] * 2


@given(_TYPED | _MARKED)
def test_a_tooltip_reads_exactly_as_the_text_it_was_given(text: str) -> None:
    assert as_tooltip(plain_tooltip(text)) == (drawn_as(text) if GuiQt.mightBeRichText(text) else text)


def test_a_tooltip_that_does_not_look_like_html_is_left_as_it_is() -> None:
    assert plain_tooltip("Belgium — Gent\nAsked by: Marc") == "Belgium — Gent\nAsked by: Marc"


def test_a_tooltip_with_markup_keeps_its_line_breaks_and_draws_no_badge() -> None:
    shown = as_tooltip(plain_tooltip(f"Data subject: Ëlodie {BADGE}\r\nAsked by: Marc"))
    assert shown == f"Data subject: Ëlodie {BADGE}\nAsked by: Marc"


@given(_LINE)
def test_escaped_data_inside_the_windows_own_markup_shows_as_written(text: str) -> None:
    document = QTextDocument()
    document.setHtml(f"<p style='white-space:pre-wrap'><b>Name</b>: {escaped(text)}</p>")
    assert document.toPlainText() == drawn_as(f"Name: {text}")


def test_the_problem_banner_lists_problems_that_quote_markup_as_written(qtbot: QtBot) -> None:
    banner = ProblemBanner()
    qtbot.addWidget(banner)
    banner.show_problems(
        [Problem("subject.name", f"“Ëlodie {BADGE}” is not on the file"), Problem("", "Nothing was saved")],
        lambda key: "Name" if key else "",
    )
    document = QTextDocument()
    document.setHtml(banner.text())
    shown = document.toPlainText().splitlines()
    assert shown == [f"• Name: “Ëlodie {BADGE}” is not on the file", "• Nothing was saved"]
