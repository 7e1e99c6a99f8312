"""The case pane speaks only the window's language: in French and Dutch, no English phrase reaches it, whatever the
state of the case (new, paused, extended, answered, refused, closed, with or without a national clock)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Jurisdiction
from lazeo_desk.domain.deadlines import DEFAULT_MEDICAL_RECORD_CLOCKS, LU_PATIENT_LAW, MedicalRecordClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.ui.language import install_language
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.settings_language import UiLanguage

CaseFactory = Callable[..., Case]
WindowFactory = Callable[..., MainWindow]

# Phrases of the English window and of the English records below it; none may show in French or Dutch.
ENGLISH_PHRASES = (
    "no shorter deadline", "no shorter national deadline", "(empty)", "days left", "days overdue", "Due date",
    "Clock starts", "GDPR one month", "Medical file", "Strict date", "Extension", "not extended", "Countdown",
    "Timeline", "Request received", "received on", " by post", " by e-mail", "in person", "rights:",
    "checks:", "Send the", "Verify", "Answer due", "Close the case", "Waiting for the requester", "Overdue",
    "Awaiting requester", "In progress", "Answered", "Refused", "Withdrawn", "Referred", "Closed", "the day the",
    "is not counted", "counted from", "Easter", "Access", "Erasure", "Medical record", "Save", "Add a note",
)
_ENGLISH = re.compile("|".join(re.escape(phrase) for phrase in ENGLISH_PHRASES))


@dataclass(frozen=True)
class Situation:
    name: str
    jurisdiction: Jurisdiction
    rights: tuple[Right, ...]
    received: date
    moves: tuple[Status, ...] = ()
    extend: bool = False


SITUATIONS = (
    Situation("new", Jurisdiction.BE, (Right.ACCESS, Right.MEDICAL_RECORD), date(2026, 3, 5)),
    Situation("verifying", Jurisdiction.FR, (Right.MEDICAL_RECORD,), date(2026, 3, 6), (Status.VERIFYING_IDENTITY,)),
    Situation("awaiting", Jurisdiction.LU, (Right.MEDICAL_RECORD,), date(2026, 3, 2), (Status.AWAITING_REQUESTER,)),
    Situation("in progress", Jurisdiction.LU, (Right.ERASURE,), date(2026, 3, 2), (Status.IN_PROGRESS,)),
    Situation("extended", Jurisdiction.BE, (Right.ACCESS,), date(2026, 3, 2), (Status.IN_PROGRESS,), extend=True),
    Situation("overdue", Jurisdiction.FR, (Right.ACCESS,), date(2026, 1, 5), (Status.IN_PROGRESS,)),
    Situation("answered", Jurisdiction.BE, (Right.ACCESS,), date(2026, 3, 2), (Status.IN_PROGRESS, Status.ANSWERED)),
    Situation("refused", Jurisdiction.FR, (Right.ERASURE,), date(2026, 3, 2), (Status.REFUSED,)),
    Situation("withdrawn", Jurisdiction.LU, (Right.ACCESS,), date(2026, 3, 2), (Status.WITHDRAWN,)),
    Situation("referred", Jurisdiction.BE, (Right.ACCESS,), date(2026, 3, 2), (Status.REFERRED,)),
    Situation(
        "closed", Jurisdiction.BE, (Right.ACCESS,), date(2026, 3, 2),
        (Status.IN_PROGRESS, Status.ANSWERED, Status.CLOSED),
    ),
)


def texts_shown(pane: QWidget) -> list[str]:
    """Every text the pane shows of its own: labels, buttons, titles, tabs, list entries and table cells (not what
    the DPO typed into its fields)."""
    found: list[str] = []
    for widget in pane.findChildren(QWidget):
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _cells(widget.model())
    return [text for text in found if text]


def _cells(model: QAbstractItemModel) -> list[str]:
    cells = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column).data()
            if isinstance(value, str):
                cells.append(value)
    return cells


@pytest.fixture(params=["fr", "nl"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_language(qapp, code)
    yield code
    install_language(qapp, UiLanguage.ENGLISH)


def test_the_case_pane_shows_no_english_phrase_in_any_state(
    language: str, qtbot: QtBot, open_window: WindowFactory, service: CaseService, make_case: CaseFactory
) -> None:
    references = {}
    for situation in SITUATIONS:
        reference = service.open_case(
            make_case(jurisdiction=situation.jurisdiction, rights=situation.rights, received=situation.received)
        )
        for status in situation.moves:
            service.change_status(reference, status)
        if situation.extend:
            service.extend(reference, "C-154/21")
        references[situation.name] = reference
    window = open_window(search_delay_ms=20)
    window.refresh()
    leaks: dict[str, list[str]] = {}
    for name, reference in references.items():
        assert window.open_reference(reference)
        detail = window.detail
        assert detail is not None
        qtbot.waitUntil(window.background_idle)
        shown = texts_shown(detail)
        assert len(shown) > 30, f"{name}: too few texts seen to be trusted"
        found = sorted({match.group(0) for text in shown for match in _ENGLISH.finditer(text)})
        if found:
            leaks[name] = found
    assert not leaks, f"English in the {language} case pane: {leaks}"


def test_the_luxembourg_medical_file_line_names_its_source_without_english(
    language: str, qtbot: QtBot, open_window: WindowFactory, service: CaseService, make_case: CaseFactory
) -> None:
    reference = service.open_case(make_case(jurisdiction=Jurisdiction.LU, rights=(Right.MEDICAL_RECORD,)))
    window = open_window(search_delay_ms=20)
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    [medical] = [text for _, text in window.detail.deadline.lines() if LU_PATIENT_LAW in text]
    assert f"({LU_PATIENT_LAW})" in medical
    assert "no shorter" not in medical and "GDPR" not in medical


def test_a_luxembourg_clock_stored_by_an_earlier_version_loses_its_english_remark() -> None:
    stored = DEFAULT_MEDICAL_RECORD_CLOCKS[Jurisdiction.LU].to_dict() | {
        "source": f"{LU_PATIENT_LAW} (no shorter deadline)"
    }
    assert MedicalRecordClock.from_dict(stored).source == LU_PATIENT_LAW
    edited = stored | {"source": "Loi du 24 juillet 2014 (as the DPO reads it)"}
    assert MedicalRecordClock.from_dict(edited).source == "Loi du 24 juillet 2014 (as the DPO reads it)"
