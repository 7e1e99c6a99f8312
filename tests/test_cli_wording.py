"""``lazeo-desk wording --export FILE.html``: every text in three languages side by side, for a lawyer's review."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_cli import Cli

from lazeo_desk import wording
from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import wording_review


class _Rows(HTMLParser):
    """The page's table rows as the text of their cells; fails on a tag left open."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.open: list[str] = []
        self.headings: list[str] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"meta", "col", "br"}:
            return
        self.open.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in {"td", "th"}:
            self._cell = []
        elif tag == "h2":
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag
        if tag in {"td", "th"} and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None
        elif tag == "h2" and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._heading is not None:
            self._heading.append(data)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock: FixedClock, tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, clock, tmp_path / "cli.sqlite3")


def _export(cli: Cli, tmp_path: Path) -> _Rows:
    target = tmp_path / "wording.html"
    code, out, err = cli("wording", "--export", str(target), db=False)
    assert (code, out) == (0, "")
    assert str(target) in err
    parser = _Rows()
    parser.feed(target.read_text(encoding="utf-8"))
    parser.close()
    assert parser.open == []
    return parser


def test_the_export_puts_every_text_in_three_languages_beside_its_key_and_rule(cli: Cli, tmp_path: Path) -> None:
    page = _export(cli, tmp_path)
    by_head = {row[0]: row[1:] for row in page.rows}
    for key, english in wording.entries("en").items():
        # The key's cell: the key, then the rule it serves.
        cells = by_head[key + english.serves]
        assert len(cells) == 3
        for cell, language in zip(cells, [Language.NL, Language.FR, Language.EN], strict=True):
            assert cell.endswith(wording.entries(language)[key].text), key
    first = next(row for row in page.rows if row[0].startswith("identity.checks.signed-letter.why"))
    assert "GDPR Art 12(6)" in first[0]


def test_the_export_says_which_texts_are_worded_once_and_used_twice(cli: Cli, tmp_path: Path) -> None:
    page = _export(cli, tmp_path)
    parent = next(row for row in page.rows if row[0].startswith("letter.identity_items.parent.1"))
    assert all("identity.checks.parental-authority.ask" in cell for cell in parent[1:])


def test_the_export_ends_with_every_letter_template_without_its_editing_comments(cli: Cli, tmp_path: Path) -> None:
    page = _export(cli, tmp_path)
    assert page.headings[-1] == "Letter templates"
    templates = [row for row in page.rows if row[0].startswith("resources/letters/")]
    assert len(templates) == len(LetterKind)
    refusal = next(row for row in templates if "refusal.txt" in row[0])
    assert "Article 12(4)" in refusal[0]
    assert refusal[2].startswith("subject:")
    assert "{refusal_reasons}" in refusal[3]


def test_every_namespace_of_the_wording_has_a_section_on_the_page() -> None:
    namespaces = {key.split(".", 1)[0] for key in wording.entries("en")}
    assert namespaces == {namespace for namespace, _ in wording_review.SECTIONS}


def test_a_text_with_markup_characters_is_shown_as_written() -> None:
    cell = wording_review._cell('<b>Art 15 & 16</b> "{name}"')
    assert "<b>" not in cell
    assert "&lt;b&gt;Art 15 &amp; 16&lt;/b&gt;" in cell
    assert '<span class="blank">{name}</span>' in cell


def test_an_export_to_a_missing_folder_is_refused_in_one_line_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "wording.html"
    code, out, err = cli("wording", "--export", str(target), db=False)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "export" in err
    assert not target.parent.exists()
