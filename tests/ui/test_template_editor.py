"""The template editor: problems listed as the DPO types, Save only for a usable text, a preview, and a way back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import PLACEHOLDERS, default_template
from lazeo_desk.services.letter_templates import LetterTemplateService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.template_editor import TemplateEditor

Open = Callable[..., TemplateEditor]


@pytest.fixture
def templates(db: Database, clock: FixedClock) -> LetterTemplateService:
    return LetterTemplateService(Workplace(db, clock, "Brigitte Perez"))


@pytest.fixture
def open_editor(qtbot: QtBot, templates: LetterTemplateService) -> Iterator[Open]:
    opened: list[TemplateEditor] = []

    def build(kind: LetterKind = LetterKind.ACKNOWLEDGEMENT, language: Language = Language.EN) -> TemplateEditor:
        editor = TemplateEditor(templates=templates, kind=kind, language=language, preview_delay_ms=0)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: not editor.preview_busy())
        opened.append(editor)
        return editor

    yield build
    for editor in opened:
        editor.done(0)


def _type_at_end(qtbot: QtBot, editor: TemplateEditor, text: str) -> None:
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.editor, line)
    qtbot.waitUntil(lambda: not editor.preview_busy())


def test_the_template_in_force_is_shown_with_its_sample_letter(open_editor: Open) -> None:
    editor = open_editor(LetterKind.REFUSAL, Language.FR)
    assert editor.text() == default_template(LetterKind.REFUSAL, Language.FR)
    assert editor.problem_lines() == [] and not editor.is_adapted()
    assert not editor.save_button.isEnabled()  # nothing changed yet
    assert not editor.default_button.isEnabled()  # already the default
    letter = editor.shown_letter
    assert letter is not None and "CNIL" in letter.plain_text()
    assert editor.preview.page_count() >= 1


def test_an_unknown_placeholder_is_listed_and_save_is_disabled(qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor()
    _type_at_end(qtbot, editor, "\nSee {recipient_nmae} soon.\n")
    assert any("unknown placeholder {recipient_nmae}" in line for line in editor.problem_lines())
    assert any("did you mean {recipient_name}" in line for line in editor.problem_lines())
    assert "unknown placeholder {recipient_nmae}" in editor.problems.text()
    assert not editor.save_button.isEnabled()
    assert editor.shown_letter is None and editor.preview.problem_text()
    editor.editor.setPlainText(editor.text().replace("{recipient_nmae}", "{recipient_name}"))
    qtbot.waitUntil(lambda: not editor.preview_busy())
    assert editor.problem_lines() == [] and editor.save_button.isEnabled()


def test_removing_what_the_law_requires_is_a_problem(qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor(LetterKind.REFUSAL, Language.EN)
    editor.editor.setPlainText(editor.text().replace("{judicial_remedy}", ""))
    assert any("must contain {judicial_remedy}" in line for line in editor.problem_lines())
    assert not editor.save_button.isEnabled()


def test_the_preview_follows_the_text_being_typed(qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor()
    _type_at_end(qtbot, editor, "\nWe also answer by telephone.\n")
    letter = editor.shown_letter
    assert letter is not None and "We also answer by telephone." in letter.plain_text()


def test_saving_keeps_the_version_and_tells_who_listens(
    qtbot: QtBot, open_editor: Open, templates: LetterTemplateService
) -> None:
    editor = open_editor(LetterKind.ACKNOWLEDGEMENT, Language.NL)
    _type_at_end(qtbot, editor, "\nOok op zaterdag bereikbaar.\n")
    with qtbot.waitSignal(editor.saved, timeout=2000) as signal:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["acknowledgement", "nl"]
    assert editor.is_adapted() and not editor.save_button.isEnabled()
    assert editor.default_button.isEnabled()
    assert "Ook op zaterdag bereikbaar." in templates.template(LetterKind.ACKNOWLEDGEMENT, Language.NL).text


def test_back_to_default_restores_the_shipped_text(
    qtbot: QtBot, open_editor: Open, templates: LetterTemplateService, recorded_messages: Any
) -> None:
    templates.save(
        LetterKind.REFUSAL, Language.NL, default_template(LetterKind.REFUSAL, Language.NL) + "\nExtra zin.\n"
    )
    editor = open_editor(LetterKind.REFUSAL, Language.NL)
    assert editor.is_adapted() and "Extra zin." in editor.text()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(editor.default_button, Qt.MouseButton.LeftButton)
    assert len(recorded_messages.questions) == 1
    assert editor.text() == default_template(LetterKind.REFUSAL, Language.NL)
    assert not editor.is_adapted() and not editor.default_button.isEnabled()
    assert templates.overrides() == {}


def test_back_to_default_does_nothing_when_the_dpo_says_no(
    open_editor: Open, templates: LetterTemplateService, recorded_messages: Any
) -> None:
    templates.save(
        LetterKind.REFUSAL, Language.NL, default_template(LetterKind.REFUSAL, Language.NL) + "\nExtra zin.\n"
    )
    editor = open_editor(LetterKind.REFUSAL, Language.NL)
    recorded_messages.answers.append(False)
    assert not editor.back_to_default()
    assert editor.is_adapted() and list(templates.overrides()) == [(LetterKind.REFUSAL, Language.NL)]


def test_another_letter_is_opened_only_once_unsaved_changes_are_given_up(
    qtbot: QtBot, open_editor: Open, recorded_messages: Any
) -> None:
    editor = open_editor()
    _type_at_end(qtbot, editor, "\nNot kept.\n")
    recorded_messages.answers.append(False)
    editor.select(LetterKind.REFUSAL, Language.EN)
    assert editor.kind is LetterKind.ACKNOWLEDGEMENT and editor.kind_combo.current() is LetterKind.ACKNOWLEDGEMENT
    assert "Not kept." in editor.text()
    editor.select(LetterKind.REFUSAL, Language.FR)  # the recorder answers yes
    qtbot.waitUntil(lambda: not editor.preview_busy())
    assert (editor.kind, editor.language) == (LetterKind.REFUSAL, Language.FR)
    assert editor.text() == default_template(LetterKind.REFUSAL, Language.FR)


def test_double_clicking_a_name_inserts_its_placeholder(qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor()
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    row = list(PLACEHOLDERS).index("dpo_email")
    index = editor.placeholder_model.index(row, 0)
    editor.placeholders.scrollTo(index)
    rect = editor.placeholders.visualRect(index)
    qtbot.mouseClick(editor.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text().endswith("{dpo_email}")
