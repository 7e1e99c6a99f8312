"""The rules the code applies are described in the repository: a citation names a section of docs/rules.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "docs" / "rules.md"
_CITATION = re.compile(r"docs/rules\.md,\s+\"?([^:;,)\"]+)")


def _headings() -> list[str]:
    return [
        line.lstrip("#").strip().lower()
        for line in RULES.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]


def _sources() -> list[Path]:
    return sorted((ROOT / "lazeo_desk").rglob("*.py"))


def test_no_docstring_cites_a_file_outside_the_repository() -> None:
    citing = [path.name for path in _sources() if "DOMAIN.md" in path.read_text(encoding="utf-8")]
    assert citing == []


def test_every_section_the_code_cites_is_a_heading_of_the_rules() -> None:
    headings = _headings()
    cited = {
        " ".join(match.group(1).split())
        for path in _sources()
        for match in _CITATION.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(cited) >= 10
    missing = sorted(section for section in cited if not any(section.lower() in heading for heading in headings))
    assert missing == []
