"""Intake refusals and notes, template problems, letter warnings and identity endings reach the window in French."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.identity import Check, CheckResult
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import find_matches, read_message
from lazeo_desk.services.letter_templates import LetterTemplateService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.identity_wizard import IdentityWizard, PageId
from lazeo_desk.ui.intake_controller import IntakeController
from lazeo_desk.ui.intake_dialog import MessageIntakeDialog
from lazeo_desk.ui.letter_preview import LetterPreview
from lazeo_desk.ui.template_editor import TemplateEditor

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"
NB = "\u00a0"

# The French of a few sentences of this area, as the catalogue gives them.
FRENCH = {
    "not an e-mail: no From, To, Subject or Date header at the top of the file": (
        f"ce n'est pas un e-mail{NB}: aucun en-tête From, To, Subject ou Date au début du fichier"
    ),
    "no case {reference} to link to": "aucune demande {reference} à laquelle rattacher le fichier",
    "the message is dated {dated}, in the future: received date set to today ({today}); correct it": (
        f"le message est daté du {{dated}}, dans le futur{NB}: la date de réception est fixée à aujourd'hui "
        "({today})\u202f; corrigez-la"
    ),
    "{where}: {problem}": f"{{where}}{NB}: {{problem}}",
    "paragraph {number}": "paragraphe {number}",
    "unknown placeholder {placeholder} (did you mean {suggestion}?)": (
        "nom inconnu {placeholder} (vouliez-vous dire {suggestion}\u202f?)"
    ),
    "the extension notice had to go out by {day} (within the first month, GDPR Art 12(3))": (
        "l'avis de prolongation devait partir au plus tard le {day} (dans le premier mois, art. 12, par. 3, RGPD)"
    ),
    "the recipient has no name": "le destinataire n'a pas de nom",
    "the person who decided must be recorded": "la personne qui a décidé doit être indiquée",
}


@pytest.fixture
def french(french_with: Callable[[Mapping[str, str]], None]) -> None:
    french_with(FRENCH)


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def message_dialog(qtbot: QtBot, service: CaseService, name: str) -> MessageIntakeDialog:
    draft = read_message(SAMPLES / name, clock=service.clock)
    dialog = MessageIntakeDialog(service, service.rules(), draft, matches=find_matches(service.db, draft))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# intake ----------------------------------------------------------------------------------------------------------


def test_a_refused_file_is_listed_with_its_reason_in_french(
    french: None, qtbot: QtBot, service: CaseService, summer: FixedClock, tmp_path: Path, recorded_messages: Any
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    controller = IntakeController(service, parent=host)
    notes = tmp_path / "notes.txt"
    notes.write_text("Rappeler Mme Peeters.\n", encoding="utf-8")
    with qtbot.waitSignal(controller.batchFinished):
        controller.import_files([notes])
    controller.shutdown()
    [(_title, text)] = recorded_messages.errors
    assert text.startswith("• notes.txt")
    assert text.endswith(FRENCH["not an e-mail: no From, To, Subject or Date header at the top of the file"])


def test_a_link_to_a_missing_case_is_refused_in_french(
    french: None, qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "03-en-portability-luxembourg.eml")
    qtbot.mouseClick(dialog.choice_link, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.link_target, "dsar-2026-9999")
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    [line] = dialog.banner.lines()
    assert line.endswith("aucune demande DSAR-2026-9999 à laquelle rattacher le fichier"), line


def test_what_to_check_is_said_in_french_with_dates_as_the_reader_writes_them(
    french: None, qtbot: QtBot, service: CaseService, clock: FixedClock
) -> None:
    # The clock says 10 March 2026; the message is dated 8 April.
    dialog = message_dialog(qtbot, service, "02-fr-erasure-marketing-paris.eml")
    shown = dialog.findChild(QLabel, "intakeNotes")
    assert shown is not None
    expected = (
        f"le message est daté du {format_date(date(2026, 4, 8))}, dans le futur{NB}: la date de réception est fixée "
        f"à aujourd'hui ({format_date(date(2026, 3, 10))})\u202f; corrigez-la"
    )
    assert expected in shown.accessibleDescription().splitlines()
    assert any("in the future" in note for note in dialog.notes)  # the notes themselves stay as the program said them


# letters ---------------------------------------------------------------------------------------------------------


def test_a_template_problem_is_listed_in_french(
    french: None, qtbot: QtBot, db: Database, clock: FixedClock
) -> None:
    templates = LetterTemplateService(Workplace(db, clock, "Brigitte Perez"))
    editor = TemplateEditor(
        templates=templates, kind=LetterKind.ACKNOWLEDGEMENT, language=Language.FR, preview_delay_ms=0
    )
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.preview_busy())
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, "{recipient_nmae}")
    qtbot.waitUntil(lambda: bool(editor.problem_lines()))
    wanted = re.compile(
        r"• paragraphe \d+\xa0: nom inconnu \{recipient_nmae\} \(vouliez-vous dire \{recipient_name\}\u202f\?\)"
    )
    assert wanted.search(editor.problems.text()), editor.problems.text()
    editor.done(0)


def test_letter_warnings_are_shown_in_french(french: None, qtbot: QtBot) -> None:
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show()
    late = date(2026, 3, 2)
    preview.show_warnings(
        [
            said("the recipient has no name"),
            said("the extension notice had to go out by {day} (within the first month, GDPR Art 12(3))", day=late),
            "a warning the window wrote itself",
        ]
    )
    # Each warning is shown alone, so it starts with a capital.
    assert preview.warning_lines() == [
        "Le destinataire n'a pas de nom",
        f"L'avis de prolongation devait partir au plus tard le {format_date(late)} (dans le premier mois, art. 12, "
        "par. 3, RGPD)",
        "A warning the window wrote itself",
    ]


# identity --------------------------------------------------------------------------------------------------------


def test_an_ending_the_rules_refuse_is_explained_in_french_without_the_field_name(french: None, qtbot: QtBot) -> None:
    case = Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject("Ëlodie Vercammen", date(1987, 2, 14), email="e.v@example.be"),
        reference="DSAR-2026-0001",
    )
    wizard = IdentityWizard(case, today=date(2026, 3, 5), actor=" ", info_request_limit_days=7, language=Language.FR)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() != PageId.OUTCOME:
        page = wizard.currentPage()
        for check in (Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.EMAIL_ON_RECORD):
            button = page.findChild(QWidget, f"check:{check.value}:{CheckResult.MATCHES.value}")
            if button is not None:
                button.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    error = wizard.currentPage().findChild(QLabel, "error")
    assert error is not None and not error.isHidden()
    assert error.text() == "la personne qui a décidé doit être indiquée"
