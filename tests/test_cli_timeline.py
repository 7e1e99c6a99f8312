"""`case show` prints each timeline entry as its sentences joined on one line: no empty segment, no repeat."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database


def test_case_show_joins_an_entry_s_lines_without_empty_segments(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "cli.sqlite3"
    database = Database(f"sqlite:///{path}", plain=True)
    service = CaseService(Workplace(database, clock, "Brigitte Perez"))
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.IN_PERSON, received=date(2026, 3, 2),
        rights=(Right.ACCESS,), subject=DataSubject("Lotte Maes"),
    ))
    # A note pasted from a letter: blank lines between its paragraphs, trailing spaces.
    service.add_note(reference, "Geachte,\n\n   \nIk vraag inzage.\n\nMet vriendelijke groeten,  \n\n")
    database.dispose()
    monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")
    capsys.readouterr()
    assert main(["--db", str(path), "case", "show", reference], clock=clock) == 0
    out = capsys.readouterr().out
    [opened] = [line for line in out.splitlines() if ": opened: " in line]
    assert opened.endswith("Request received on 2026-03-02, in person; rights: access")
    [note] = [line for line in out.splitlines() if ": note: " in line]
    assert note.endswith("note: Geachte,; Ik vraag inzage.; Met vriendelijke groeten,")
    assert "; ;" not in out and not any(line.rstrip().endswith(";") for line in out.splitlines())
