"""`lazeo-desk letter`: a letter the rules stop exits 2 with one line and writes nothing; warnings go to stderr."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_cli import README_CASE, Cli

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import LetterRow


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path
) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def _letters_logged(cli: Cli) -> int:
    database = Database(f"sqlite:///{cli.db_path}", plain=True)
    try:
        with database.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(LetterRow)) or 0)
    finally:
        database.dispose()


def _case(cli: Cli, **changes: object) -> str:
    data = copy.deepcopy(README_CASE)
    subject = dict(data["subject"])  # type: ignore[arg-type]
    subject.update(changes.pop("subject", {}))  # type: ignore[arg-type]
    data.update(changes, subject=subject)
    return cli.add(data)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["refusal", "--refusal-ground", "excessive"], "must state its reasons"),
        (["access-response"], "no-data-held"),
        (["acknowledgement", "--on", "2026-04-08"], "a date already passed"),
    ],
    ids=["art-12-5-refusal-without-reasons", "access-response-without-enclosures", "acknowledgement-too-late"],
)
def test_a_refused_letter_exits_2_with_one_line_and_writes_and_records_nothing(
    cli: Cli, tmp_path: Path, args: list[str], named: str
) -> None:
    reference = _case(cli)
    out = tmp_path / "letter.pdf"
    code, stdout, stderr = cli("letter", reference, *args, "--out", str(out), "--sent-by", "post")
    assert code == 2
    assert stdout == ""
    assert len(stderr.strip().splitlines()) == 1 and named in stderr
    assert not out.exists()
    assert _letters_logged(cli) == 0


def test_a_name_no_font_can_draw_is_refused_naming_its_characters(cli: Cli, tmp_path: Path) -> None:
    reference = _case(cli, subject={"name": "王小明"})
    out = tmp_path / "letter.pdf"
    code, _stdout, stderr = cli("letter", reference, "acknowledgement", "--out", str(out))
    assert code == 2
    assert "U+738B 王" in stderr and "U+660E 明" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_late_answer_is_written_with_a_warning_on_stderr(cli: Cli, tmp_path: Path) -> None:
    reference = _case(cli)
    out = tmp_path / "erasure.pdf"
    code, stdout, stderr = cli("letter", reference, "erasure-done", "--on", "2026-05-20", "--out", str(out))
    assert code == 0
    assert out.exists() and str(out) in stdout
    assert "warning: this answer was due on 2026-04-07" in stderr


def test_the_no_data_held_letter_is_listed_and_written(cli: Cli, tmp_path: Path) -> None:
    code, stdout, _stderr = cli("letter", "--list-kinds")
    assert code == 0 and "no-data-held\tNo personal data held" in stdout
    reference = _case(cli)
    out = tmp_path / "nothing.pdf"
    code, _stdout, stderr = cli("letter", reference, "no-data-held", "--out", str(out), "--sent-by", "email")
    assert code == 0, stderr
    assert out.exists() and _letters_logged(cli) == 1


def test_a_refusal_of_an_objection_needs_the_dpos_word_that_it_is_not_about_marketing(
    cli: Cli, tmp_path: Path
) -> None:
    reference = _case(cli, rights=["objection"])
    out = tmp_path / "refusal.pdf"
    refusal = ["refusal", "--refusal-ground", "identity-not-established", "--reason", "Signature illisible."]
    code, _, stderr = cli("letter", reference, *refusal, "--on", "2026-03-20", "--out", str(out))
    assert code == 2 and "marketing" in stderr and len(stderr.strip().splitlines()) == 1
    assert not out.exists()
    code, stdout, _ = cli(
        "letter", reference, *refusal, "--objection-not-marketing", "--on", "2026-03-20", "--out", str(out)
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF") and "refusal" in stdout
