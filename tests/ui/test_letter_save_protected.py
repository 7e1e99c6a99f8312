"""The letter dialog's Save PDF never writes over the database it works on, nor one of its files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database
from lazeo_desk.ui.letter_dialog import LetterDialog


@pytest.mark.parametrize("suffix", ["", "-wal", ".keyparams"])
def test_saving_the_letter_over_the_database_or_its_files_is_refused_with_a_message(
    qtbot: QtBot, service: CaseService, db: Database, make_case: Callable[..., Case], recorded_messages: Any,
    suffix: str,
) -> None:
    case = make_case()
    case.subject.address = ("Kerkstraat 12 bus 3", "9000 Gent", "België")
    reference = service.open_case(case)
    dialog = LetterDialog(case_service=service, reference=reference, preview_delay_ms=0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    database = Path(db.url.removeprefix("sqlite:///"))
    target = database.with_name(database.name + suffix)
    existed = target.exists()
    assert dialog.save_pdf(target) is None
    ((title, text),) = recorded_messages.errors
    assert title == "The PDF was not saved"
    assert f"{target} could not be written: it is the database in use or one of its files." in text
    assert target.exists() == existed
    assert not (existed and target.read_bytes().startswith(b"%PDF"))
    dialog.close()
