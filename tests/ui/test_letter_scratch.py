"""A letter sent, opened in the PDF viewer, is written to a private folder of this run under the user's runtime
folder, never to the shared temporary folder, and nothing of it outlives the run."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.services import file_output
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.ui import letter_log
from lazeo_desk.ui.letter_log import LetterLogView

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run-user"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setattr(file_output, "_scratch", None)
    return folder


def test_the_pdf_opened_from_the_log_is_in_a_private_folder_of_the_runtime_folder(
    qtbot: QtBot, service: CaseService, make_case: Callable[..., Case], runtime: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letters = LetterService(service)
    reference = service.open_case(make_case())
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    opened: list[Path] = []
    monkeypatch.setattr(letter_log, "open_file", lambda path: opened.append(path) or True)
    view = LetterLogView(letters=letters)
    qtbot.addWidget(view)
    view.show_case(reference)
    view.select_row(0)
    path = view.open_selected()
    assert path is not None and opened == [path]
    assert path.parent == runtime / "lazeo-desk" / f"letters-{os.getpid()}"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((runtime / "lazeo-desk").stat().st_mode) == 0o700
    assert path.read_bytes().startswith(b"%PDF")


_RUN = """
import sys
from lazeo_desk.services.file_output import private_scratch_folder
folder = private_scratch_folder()
(folder / "letter.pdf").write_bytes(b"%PDF-1.7")
print(folder, flush=True)
if sys.argv[1] == "crash":
    import os
    os._exit(9)
"""


def _run(how: str, runtime: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, how], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(PROJECT), "XDG_RUNTIME_DIR": str(runtime)},
    )
    return Path(done.stdout.strip())


def test_the_folder_is_removed_at_exit_and_after_a_crash_at_the_next_start(runtime: Path) -> None:
    assert not _run("exit", runtime).exists()
    crashed = _run("crash", runtime)
    assert (crashed / "letter.pdf").exists()
    assert file_output.clear_stale_scratch() == [crashed]
    assert not crashed.exists()


def test_a_runtime_folder_prepared_by_someone_else_is_refused(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (runtime / "lazeo-desk").symlink_to(elsewhere)
    with pytest.raises(PermissionError):
        file_output.private_scratch_folder()
    assert list(elsewhere.iterdir()) == []
