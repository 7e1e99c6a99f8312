"""The recipient block of a letter: the name and postal address exactly as typed, fitted to at most six lines.

NF Z10-011 (and UPU S42) allow at most six lines, the postcode and town on the last one (before the country
when it is abroad). Nothing typed is dropped or rewritten: surplus complement lines are joined with commas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.messages import said

MAX_LINES = 6
NF_Z10_011_LINE_LENGTH = 38
_COUNTRY_WORDS = {
    "FRANCE", "FRANKRIJK", "FRANKREICH",
    "BELGIQUE", "BELGIË", "BELGIE", "BELGIUM", "BELGIEN",
    "LUXEMBOURG", "LUXEMBURG",
}  # fmt: skip
_POSTCODE_LINE = {
    Jurisdiction.FR: re.compile(r"^\d{5}\s+\S"),
    Jurisdiction.BE: re.compile(r"^(B-)?\d{4}\s+\S", re.IGNORECASE),
    Jurisdiction.LU: re.compile(r"^(L-)?\d{4}\s+\S", re.IGNORECASE),
}


def clean_lines(lines: Sequence[str]) -> list[str]:
    """Each typed line, split at line breaks, with surrounding spaces and empty lines removed."""
    cleaned: list[str] = []
    for line in lines:
        for part in line.splitlines():
            part = part.strip()
            if part:
                cleaned.append(part)
    return cleaned


def recipient_lines(name: str, address: Sequence[str]) -> tuple[str, ...]:
    """The block printed in the envelope window: the name, then the address, in at most six lines.

    When there are more, the first complement lines are joined with ", " so that the street, the postcode and
    town (and a country) keep their own lines, last as the standard wants them.
    """
    lines = clean_lines([name, *address])
    if len(lines) <= MAX_LINES:
        return tuple(lines)
    head, rest = lines[0], lines[1:]
    surplus = len(lines) - MAX_LINES
    merged = ", ".join(rest[: surplus + 1])
    return (head, merged, *rest[surplus + 1 :])


def _has_country_line(lines: Sequence[str]) -> bool:
    return bool(lines) and lines[-1].strip().upper() in _COUNTRY_WORDS


def address_warnings(name: str, address: Sequence[str], jurisdiction: Jurisdiction) -> list[str]:
    """What a postal clerk would object to, for the DPO to fix before printing (the letter is printed anyway).

    Checks NF Z10-011: at most six lines of 38 characters; and a postcode before the town on the last line (or
    the line before a country name).
    """
    warnings: list[str] = []
    lines = clean_lines([name, *address])
    if not clean_lines([name]):
        warnings.append(said("the recipient has no name"))
    if len(lines) <= 1:
        warnings.append(said("the recipient has no postal address: the letter cannot go by post"))
        return warnings
    if len(lines) > MAX_LINES:
        warnings.append(
            said(
                "the address has {count} lines; at most {most} fit (NF Z10-011): lines were joined",
                count=len(lines),
                most=MAX_LINES,
            )
        )
    long_lines = [line for line in lines if len(line) > NF_Z10_011_LINE_LENGTH]
    if long_lines:
        warnings.append(
            said("1 address line longer than {length} characters (NF Z10-011)", length=NF_Z10_011_LINE_LENGTH)
            if len(long_lines) == 1
            else said(
                "{count} address lines longer than {length} characters (NF Z10-011)",
                count=len(long_lines),
                length=NF_Z10_011_LINE_LENGTH,
            )
        )
    town_line = lines[-2] if _has_country_line(lines) and len(lines) > 2 else lines[-1]
    if not any(pattern.match(town_line) for pattern in _POSTCODE_LINE.values()):
        warnings.append(
            said("the last line should start with the postcode, then the town: {line}", line=repr(town_line))
        )
    if jurisdiction is not Jurisdiction.FR and not _has_country_line(lines):
        warnings.append(
            said(
                "the centre is in {country}: a letter posted from France to a recipient abroad needs the country on "
                "the last line",
                country=jurisdiction,
            )
        )
    return warnings
