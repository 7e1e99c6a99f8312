"""``lazeo-desk case list --search TEXT``: the window's search on the command line, on an indexed database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ocr_letters import generated_scan

from lazeo_desk.cli import main
from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.passphrase import create_database
from lazeo_desk.store.encryption import KdfParams

CASE = {
    "jurisdiction": "FR",
    "language": "fr",
    "channel": "post",
    "received": "2026-03-05",
    "rights": ["access"],
    "subject": {"name": "Hélène Lefèvre", "email": "helene@exemple.fr", "address": ["12 rue des Écoles"]},
    "requester": {"relationship": "self"},
}


class Cli:
    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, path: Path,
        passphrase: str,
    ) -> None:
        self.capsys, self.monkeypatch, self.clock, self.path = capsys, monkeypatch, clock, path
        self.passphrase = passphrase

    def __call__(self, *args: str) -> tuple[int, str, str]:
        # Each command reads the variable once and removes it, as a started program would.
        self.monkeypatch.setenv("LAZEO_DESK_PASSPHRASE", self.passphrase)
        self.capsys.readouterr()
        code = main(["--db", str(self.path), *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path,
    fast_kdf: KdfParams, db_passphrase: str,
) -> Cli:
    """An encrypted database (the one the index serves), opened by the commands with its passphrase."""
    path = tmp_path / "searched.sqlite3"
    create_database(f"sqlite:///{path}", db_passphrase, kdf=fast_kdf).dispose()
    return Cli(capsys, monkeypatch, clock, path, db_passphrase)


def add(cli: Cli, tmp_path: Path, **changes: object) -> str:
    source = tmp_path / "case.json"
    source.write_text(json.dumps({**CASE, **changes}), encoding="utf-8")
    code, out, err = cli("case", "add", "--json", str(source))
    assert code == 0, err
    return out.strip()


def test_case_list_search_finds_an_accented_name_typed_without_accents(cli: Cli, tmp_path: Path) -> None:
    wanted = add(cli, tmp_path)
    add(cli, tmp_path, subject={"name": "Wout Claes", "email": "wout@example.be"})
    code, out, err = cli("case", "list", "--search", "lefevre", "--json")
    assert code == 0, err
    assert [item["reference"] for item in json.loads(out)] == [wanted]


def test_case_list_search_as_text_counts_the_matches(cli: Cli, tmp_path: Path) -> None:
    wanted = add(cli, tmp_path)
    code, out, err = cli("case", "list", "--search", "ecoles")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [wanted]
    assert err == "1 case\n"


def test_case_list_search_combines_with_the_other_filters(cli: Cli, tmp_path: Path) -> None:
    add(cli, tmp_path)
    code, out, _ = cli("case", "list", "--search", "lefevre", "--status", "closed", "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize("typed", ['NEAR("a" *', "-lef", "x:y)", '"', "AND OR NOT"])
def test_case_list_search_takes_query_syntax_as_plain_text(cli: Cli, tmp_path: Path, typed: str) -> None:
    add(cli, tmp_path)
    # "--search=TEXT": a text starting with "-" would otherwise read as an option.
    code, out, err = cli("case", "list", f"--search={typed}", "--json")
    assert (code, json.loads(out)) == (0, []), err


@pytest.mark.parametrize(("typed", "said"), [
    ("", "give some text to look for"),
    ("  \t ", "give some text to look for"),
    ("x" * 1001, "1001 characters, more than the 1000 allowed"),
])
def test_case_list_search_without_text_is_refused_in_one_line(cli: Cli, typed: str, said: str) -> None:
    code, out, err = cli("case", "list", "--search", typed)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert said in err


def test_case_list_search_finds_a_scanned_letter_by_the_words_read_on_it(cli: Cli, tmp_path: Path) -> None:
    letter, png = generated_scan(4, language=Language.FR)
    (tmp_path / "lettre.png").write_bytes(png)
    code, out, err = cli("import-scan", str(tmp_path / "lettre.png"))
    assert code == 0, out + err
    scanned = out.split(": ", 1)[1].split()[0]
    typed = add(cli, tmp_path)
    # Read on the letter only (its closing formula), in none of the fields the register searches.
    code, out, err = cli("case", "show", scanned, "--json")
    shown = json.loads(out)
    assert "salutations" not in json.dumps([shown[k] for k in ("reference", "subject", "requester", "notes")])
    for search, found in [
        ("salutations distinguées", [scanned]),
        (f"salutations {letter.family}", [scanned]),  # one word in the letter, the others in the name
        ("salutations lefevre", []),
        ("lefevre", [typed]),
    ]:
        code, out, err = cli("case", "list", "--search", search, "--json")
        assert code == 0, err
        assert [item["reference"] for item in json.loads(out)] == found, search
