"""Files written for the DPO are whole or absent, and a device is never replaced by a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lazeo_desk.services.file_output import write_atomically


def test_the_file_is_written_whole_and_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_writing_to_a_device_writes_through_it_instead_of_replacing_it() -> None:
    write_atomically(Path(os.devnull), b"%PDF-discarded")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
