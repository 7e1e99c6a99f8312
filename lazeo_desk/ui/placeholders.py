"""Qt's numbered placeholders (%1, %2…) filled in one pass, so that a value holding "%2" stays as typed."""

from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def fill(text: str, *values: str) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass: a value holding "%2" stays as typed.

    A marker with no value (``%3`` when two are given) is left as it is.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if number <= len(values) else match.group(0)

    return _MARKER.sub(value, text)
