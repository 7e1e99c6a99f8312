"""Every number, date and text the command line and the JSON case format take has bounds (exit 2 naming the
field, nothing written), and nothing printed from the data can command the terminal."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.cli import main, terminal_text
from lazeo_desk.domain import validation
from lazeo_desk.domain.clock import FixedClock

CASE: dict[str, object] = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05", "rights": ["access"],
    "subject": {"name": "Ëlodie Vercammen", "address": ["Kerkstraat 12", "9000 Gent"]},
}


@pytest.fixture
def run(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> object:
    monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")
    database = tmp_path / "desk.sqlite3"

    def call(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--db", str(database), "--create", *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    call.database = database  # type: ignore[attr-defined]
    return call


def _refused(result: tuple[int, str, str], field: str) -> str:
    code, out, err = result
    assert (code, out) == (2, ""), err
    assert len(err.splitlines()) == 1 and field in err, err
    return err


@pytest.mark.parametrize(
    ("args", "field", "detail"),
    [
        (["seed", "--cases", "1000000000"], "--cases", "1000000000 is not between 0 and 1000000"),
        (["seed", "--cases", "-3"], "--cases", "-3 is not between 0 and 1000000"),
        (["seed", "--cases", "1", "--seed", str(2**70)], "--seed", "is not between"),
        (["case", "list", "--limit", "-1"], "--limit", "-1 is not between 1 and"),
        (["case", "list", "--limit", "0"], "--limit", "0 is not between 1 and"),
        (["deadline", "--received", "9999-12-31", "--jurisdiction", "BE"], "--received",
         "9999-12-31 is not between 1900 and 2200"),
        (["deadline", "--received", "1899-12-31", "--jurisdiction", "FR"], "--received", "1899-12-31"),
        (["deadline", "--received", "2026-03-05", "--jurisdiction", "FR", "--closure-day", "2201-01-01"],
         "--closure-day", "2201-01-01"),
        (["letter", "DSAR-2026-0001", "acknowledgement", "--out", "x.pdf", "--tracking", "R" * 301], "--tracking",
         "301 characters, more than the 300 allowed"),
        (["letter", "DSAR-2026-0001", "refusal", "--out", "x.pdf", "--reason", "x" * 100_001], "--reason",
         "100001 characters"),
    ],
    ids=["huge-seed", "negative-seed", "seed-beyond-64-bits", "limit-minus-one", "limit-zero", "year-9999",
         "year-1899", "closure-2201", "long-tracking", "long-reason"],
)
def test_numbers_dates_and_texts_of_the_command_line_are_bounded(
    run: object, args: list[str], field: str, detail: str
) -> None:
    err = _refused(run(*args), field)  # type: ignore[operator]
    assert detail in err
    assert not run.database.exists()  # type: ignore[attr-defined]


def test_the_limit_keeps_the_first_cases_and_never_drops_the_last(run: object) -> None:
    assert run("seed", "--cases", "3")[0] == 0  # type: ignore[operator]
    code, out, _ = run("case", "list", "--json")  # type: ignore[operator]
    everything = [row["reference"] for row in json.loads(out)]
    assert len(everything) == 3
    code, out, _ = run("case", "list", "--json", "--limit", "2")  # type: ignore[operator]
    assert [row["reference"] for row in json.loads(out)] == everything[:2]


def _with_subject(**fields: object) -> str:
    subject = dict(CASE["subject"])  # type: ignore[call-overload]
    subject.update(fields)
    return json.dumps({**CASE, "subject": subject})


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (_with_subject(birth_date="0001-01-01"), "subject.birth_date: 0001-01-01 is not between 1900 and 2200"),
        (_with_subject(birth_date="1899-12-31"), "subject.birth_date: 1899-12-31 is not between 1900 and 2200"),
        (_with_subject(birth_date="2026-03-11"), "subject.birth_date: 2026-03-11 is in the future"),
        (_with_subject(name="N" * 1_000_000), "subject.name: 1000000 characters, more than the 300 allowed"),
        (_with_subject(address=["line"] * 11), "subject.address: 11 lines, more than the 10 allowed"),
        (_with_subject(address=["x" * 301]), "subject.address[0]: 301 characters"),
        (json.dumps({**CASE, "notes": "n" * 100_001}), "notes: 100001 characters"),
        (json.dumps({**CASE, "received": "9999-12-31"}), "received: 9999-12-31 is not between 1900 and 2200"),
        (json.dumps({**CASE, "requester": {"relationship": "mandatary", "name": "M", "proof": "p" * 2001}}),
         "requester.proof: 2001 characters"),
        (_with_subject(family_name="F" * 301), "subject.family_name: 301 characters"),
        (json.dumps({**CASE, "requester": {"relationship": "heir", "name": "H", "purpose": "defend-memory",
                                           "purpose_explanation": "e" * 2001}}),
         "requester.purpose_explanation: 2001 characters"),
        (json.dumps({**CASE, "requester": {"relationship": "heir", "name": "H",
                                           "designated_practitioner": {"name": "D" * 301, "address": []}}}),
         "requester.designated_practitioner.name: 301 characters"),
    ],
    ids=["year-1", "year-1899", "born-tomorrow", "million-character-name", "eleven-address-lines",
         "long-address-line", "long-notes", "received-9999", "long-proof", "long-family-name",
         "long-purpose-explanation", "long-practitioner-name"],
)
def test_the_json_case_format_is_bounded_and_nothing_is_written(run: object, content: str, field: str) -> None:
    _refused(run("case", "add", "--json", "-", stdin=content), field)  # type: ignore[operator]
    assert not run.database.exists()  # type: ignore[attr-defined]


def test_a_case_file_larger_than_any_case_is_not_read(run: object, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (17 * 1024 * 1024))
    _refused(run("case", "add", "--json", str(huge)), "json")  # type: ignore[operator]


def test_a_birth_date_in_1900_and_a_hundred_year_old_patient_are_accepted(run: object) -> None:
    code, out, err = run("case", "add", "--json", "-", stdin=_with_subject(birth_date="1900-01-01"))  # type: ignore[operator]
    assert (code, err) == (0, "")


HOSTILE = "Eve\x1b]0;pwned\x07\x1b[2J\x9b31m\u202egnp.exe\u2066x\x7f"


def test_names_cannot_command_the_terminal_in_case_list_and_case_show(run: object) -> None:
    code, out, err = run("case", "add", "--json", "-", stdin=_with_subject(name=HOSTILE))  # type: ignore[operator]
    assert code == 0, err
    reference = out.strip()
    for args in (("case", "list"), ("case", "show", reference)):
        code, out, _ = run(*args)  # type: ignore[operator]
        assert code == 0
        assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out and "\x07" not in out
        assert "Eve\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202egnp.exe\\u2066x\\u007f" in out
    code, out, _ = run("case", "list", "--json")  # type: ignore[operator]
    # In JSON the characters are escaped the JSON way: the name read back is the name stored.
    assert "\x9b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["subject"] == HOSTILE


def test_a_line_break_in_a_name_does_not_forge_a_line_of_the_listing(run: object) -> None:
    code, _, err = run("case", "add", "--json", "-", stdin=_with_subject(name="Ann\nDSAR-2026-9999  new"))  # type: ignore[operator]
    assert code == 0, err
    code, out, _ = run("case", "list")  # type: ignore[operator]
    assert len(out.splitlines()) == 1


@given(st.text())
def test_terminal_text_leaves_no_character_a_terminal_obeys(text: str) -> None:
    shown = terminal_text(text)
    for char in shown:
        assert char in "\n\t" or unicodedata.category(char) != "Cc"
        assert char not in "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    if all(char in "\n\t" or (unicodedata.category(char) != "Cc" and char not in "\u061c\u200e\u200f\u2028\u2029"
                              and not "\u202a" <= char <= "\u202e" and not "\u2066" <= char <= "\u2069")
           for char in text):
        assert shown == text


def test_the_domain_bounds_are_one_rule_each() -> None:
    assert validation.date_problem("received", date(2200, 12, 31)) is None
    assert validation.date_problem("received", date(2201, 1, 1)) == "received: 2201-01-01 is not between 1900 and 2200"
    assert validation.birth_date_problem(date(1900, 1, 1), date(2026, 3, 10)) is None
    assert validation.birth_date_problem(date(1, 1, 1), date(2026, 3, 10)) == (
        "subject.birth_date: 0001-01-01 is before 1900"
    )
    assert validation.text_problem("notes", "x" * validation.LONG_TEXT_MAX, validation.LONG_TEXT_MAX) is None
    assert validation.count_problem("cases", 1_000_000, 0, validation.SEED_CASES_MAX) is None
