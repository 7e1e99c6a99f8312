"""The late-request limit is the DPO's setting, in the identity wizard as in the case pane (EDPB 01/2022 §159)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Requester
from lazeo_desk.domain.identity import Outcome
from lazeo_desk.domain.settings_registry import INFO_REQUEST_LIMIT_DAYS
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database
from lazeo_desk.ui.case_detail import CaseDetail
from lazeo_desk.ui.identity_wizard import IdentityWizard, PageId
from lazeo_desk.ui.main_window import MainWindow

Store = Callable[..., str]

# The test clock's today is 10 March 2026: a request received on 6 March is asked about four days later.
RECEIVED = date(2026, 3, 6)


def _open(window: MainWindow, reference: str) -> CaseDetail:
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    return window.detail


def _to_outcome(qtbot: QtBot, wizard: IdentityWizard) -> None:
    for _ in range(10):
        if wizard.currentId() == PageId.OUTCOME:
            return
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    raise AssertionError("the wizard never reached its outcome page")


def _late_warning(wizard: IdentityWizard) -> str:
    label = wizard.currentPage().findChild(QLabel, "late-warning")
    assert label is not None
    return label.text() if not label.isHidden() else ""


@pytest.mark.parametrize(("limit", "flagged"), [(3, True), (4, False)])
def test_the_wizard_flags_a_late_request_by_the_dpo_limit_as_the_case_pane_does(
    qtbot: QtBot, window: MainWindow, stored: Store, db: Database, limit: int, flagged: bool
) -> None:
    with db.transaction() as session:
        store_settings.write(session, INFO_REQUEST_LIMIT_DAYS, limit)
    # Written from an address the file does not know: the wizard asks for more before anything else.
    reference = stored(
        received=RECEIVED, email="elodie.vercammen@example.be", requester=Requester(email="e.v.1987@example.net")
    )
    detail = _open(window, reference)

    wizard = detail.verify_identity()
    assert wizard is not None
    _to_outcome(qtbot, wizard)
    asking = wizard.currentPage().findChild(QRadioButton, f"outcome:{Outcome.MORE_INFORMATION_NEEDED.value}")
    assert asking is not None and asking.isChecked()
    warning = _late_warning(wizard)
    assert ("4 days after receipt" in warning) is flagged
    wizard.reject()

    dialog = detail.await_requester()
    assert dialog is not None
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    pane = detail.deadline.warning()
    assert (f"more than {limit} days after receipt" in pane) is flagged
