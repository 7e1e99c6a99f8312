"""Numbered placeholders are filled in one pass: a name holding "%1" or "%2" is shown exactly as it was typed."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Relationship, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import find_matches, propose_case, read_message, store_draft
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.intake_dialog import MessageIntakeDialog
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.register_model import COL_SUBJECT, RegisterModel

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"
PACKAGE = Path(__file__).resolve().parents[2] / "lazeo_desk"

# Names a person may well type: percent signs followed by a digit, as Qt's placeholders are written.
SUBJECT = "Dupont %4 %2 Durand"
REQUESTER = "Maître %1 & %2 Martin"


def test_fill_puts_each_value_in_its_place_once() -> None:
    assert fill("%1 (via %2)", SUBJECT, REQUESTER) == "Dupont %4 %2 Durand (via Maître %1 & %2 Martin)"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %3", "a", "b") == "a and %3"


@given(first=st.text(), second=st.text())
def test_fill_never_reads_a_value_as_a_placeholder(first: str, second: str) -> None:
    assert fill("%1|%2", first, second) == f"{first}|{second}"


def test_the_register_shows_a_name_with_a_percent_sign_as_typed(
    service: CaseService, make_case: Callable[..., Case], db: Database, clock: FixedClock
) -> None:
    representative = Requester(relationship=Relationship.MANDATARY, name=REQUESTER, address=("1 rue Haute",))
    reference = service.open_case(make_case(name=SUBJECT, requester=representative))
    model = RegisterModel(RegisterService(Workplace(db, clock)))
    model.reload()
    row = model.row_of(reference)
    assert row is not None
    assert model.index(row, COL_SUBJECT).data() == f"{SUBJECT} (via {REQUESTER})"


def test_the_case_pane_shows_the_requesters_name_with_a_percent_sign_as_typed(
    window: MainWindow, service: CaseService, make_case: Callable[..., Case]
) -> None:
    representative = Requester(relationship=Relationship.MANDATARY, name=REQUESTER, address=("1 rue Haute",))
    reference = service.open_case(make_case(name=SUBJECT, requester=representative))
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    subtitle = window.detail.subtitle.text()
    assert subtitle.startswith(f"{SUBJECT} · asked by {REQUESTER} (")


def test_the_follow_up_warning_shows_the_earlier_name_with_a_percent_sign_as_typed(
    qtbot: QtBot, service: CaseService, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    first = read_message(SAMPLES / "01-nl-access-gent.eml", clock=clock)
    case = propose_case(first).case
    case = replace(case, subject=replace(case.subject, name=SUBJECT))
    reference = store_draft(service.db, first, case, clock=clock, actor="Brigitte Perez").reference
    draft = read_message(SAMPLES / "06-nl-reminder.eml", clock=clock)
    dialog = MessageIntakeDialog(service, service.rules(), draft, matches=find_matches(service.db, draft))
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"{reference} — {SUBJECT}, " in dialog.match_text()


def _placeholder_replaces(tree: ast.Module) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and node.args[0].value.startswith("%")
    ]


def test_no_window_fills_a_placeholder_with_replace() -> None:
    # Chained .replace("%1", a).replace("%2", b) reads a "%2" inside a as a placeholder: fill() does one pass.
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in [*sorted((PACKAGE / "ui").glob("*.py")), PACKAGE / "app.py"]
        for line in _placeholder_replaces(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_check_for_replace_finds_a_chain() -> None:
    tree = ast.parse('text = self.tr("%1 (via %2)").replace("%1", a).replace("%2", b)')
    assert _placeholder_replaces(tree) == [1, 1]
