"""The words a lawyer reviews, as one printable HTML page: Dutch, French and English side by side.

Every text of ``resources/wording`` with its key and the rule or article it serves, then every letter template of
``resources/letters``, whose first comment line names the rule the letter applies.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters.resources import template_path
from lazeo_desk.wording import Wording, entries

LANGUAGE_NAMES = {Language.NL: "Nederlands", Language.FR: "Français", Language.EN: "English"}

# The sections of the page, in reading order: a key's first part, and the heading it is printed under.
SECTIONS: Sequence[tuple[str, str]] = (
    ("identity", "Identity verification: the checks, their reasons, the demands and the case summary"),
    ("letter", "Letters: the fixed phrases filled from the case"),
    ("heir", "Letters to relatives and heirs of a deceased patient"),
    ("organisation", "The controller and its DPO"),
    ("authority", "The supervisory authorities"),
    ("register", "The processing register given with an access response"),
    ("redaction", "Passages hidden in the copy of the data, as the package's index says it"),
    ("email", "Answers by e-mail: the subject, the notes on the attachments and the password given separately"),
    ("package", "The answer package: the index of the enclosed documents and the notes on exported files"),
    ("date", "Dates"),
)

_BLANK = re.compile(r"\{[a-z_]+\}")

_STYLE = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; }
h2 { font-size: 11.5pt; margin: 7mm 0 2mm 0; break-after: avoid; }
p.intro { margin: 0 0 3mm 0; max-width: 240mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #999; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
tr { break-inside: avoid; }
col.key { width: 19%; }
td.key code { font-size: 7.5pt; word-break: break-all; }
td.key .serves { margin-top: 1mm; color: #333; font-style: italic; }
td.text { white-space: pre-wrap; }
.blank { background: #fff1b8; font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; }
.same { color: #555; font-style: italic; }
"""


@dataclass(frozen=True)
class _Row:
    key: str
    serves: str
    cells: tuple[str, ...]


def _cell(text: str) -> str:
    """The text escaped, its blanks marked; a text that is only blanks or spaces shows them."""
    escaped = html.escape(text)
    marked = _BLANK.sub(lambda blank: f'<span class="blank">{blank.group(0)}</span>', escaped)
    if not text.strip():
        return f'<span class="blank">“{escaped}”</span>'
    return marked


def _wording_cell(entry: Wording) -> str:
    if entry.same_as:
        return f'<span class="same">Same words as <code>{html.escape(entry.same_as)}</code>:</span>\n' + _cell(
            entry.text
        )
    return _cell(entry.text)


def _wording_rows(namespace: str) -> list[_Row]:
    tables = {language: entries(language) for language in Language}
    english = tables[Language.EN]
    return [
        _Row(key, english[key].serves, tuple(_wording_cell(tables[language][key]) for language in Language))
        for key in english
        if key.split(".", 1)[0] == namespace
    ]


def _without_comments(template: str) -> str:
    lines = template.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines)


def _template_rows() -> list[_Row]:
    rows = []
    for kind in LetterKind:
        texts = {language: template_path(kind, language).read_text(encoding="utf-8") for language in Language}
        first = texts[Language.EN].splitlines()[0] if texts[Language.EN] else ""
        serves = first.lstrip("# ").strip()
        # The "(English)" that closes each template's comment says which file it is, not what it serves.
        serves = re.sub(r"\s*\((English|anglais)\)\.?$", "", serves)
        # The comment lines speak to the DPO who edits the file; the letter is what follows them.
        bodies = tuple(_cell(_without_comments(texts[language])) for language in Language)
        rows.append(_Row(f"resources/letters/*/{kind.value}.txt", serves, bodies))
    return rows


def _table(rows: Iterable[_Row]) -> str:
    # Widths as attributes too, for readers that ignore the style sheet's columns.
    head = "".join(f'<th width="27%">{html.escape(LANGUAGE_NAMES[language])}</th>' for language in Language)
    body = "\n".join(
        "<tr>"
        f'<td class="key"><code>{html.escape(row.key)}</code>'
        f'<div class="serves">{html.escape(row.serves)}</div></td>'
        + "".join(f'<td class="text">{cell}</td>' for cell in row.cells)
        + "</tr>"
        for row in rows
    )
    columns = '<col class="key">' + "<col>" * len(Language)
    return (
        # The border attribute draws the grid where a reader ignores the style sheet.
        f'<table border="1" cellspacing="0" cellpadding="4"><colgroup>{columns}</colgroup>'
        f'<thead><tr><th width="19%">Key and the rule it serves</th>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody></table>"
    )


def review_html(today: date) -> str:
    """The whole review page."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>LAZEO Desk: the words for review</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>LAZEO Desk: the words a requester reads, for review</h1>",
        '<p class="intro">'
        + html.escape(
            f"Printed on {today.isoformat()}. Each row is one text in Dutch, French and English, with its key and "
            "the rule or article it serves. Words in braces, such as {name}, are filled in from the case; "
            "a text marked “same words as” is worded once and used in both places. The letter templates "
            "at the end are edited by the DPO."
        )
        + "</p>",
    ]
    for namespace, heading in SECTIONS:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(_table(_wording_rows(namespace)))
    parts.append("<h2>Letter templates</h2>")
    parts.append(_table(_template_rows()))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
