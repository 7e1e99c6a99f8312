"""What is wrong in a form: each field's key (as the domain names it) with the sentence to show beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PROBLEM_SPLIT = re.compile(r";\s+(?=[a-z_]+(?:\.[a-z_-]+)?:\s)")
_PROBLEM_KEY = re.compile(r"^([a-z_]+(?:\.[a-z_-]+)?):\s+(.*)$", re.DOTALL)


def split_problems(message: str) -> list[tuple[str, str]]:
    """The ("field", "what is wrong") pairs of a rule message such as "subject.name: …; rights: …".

    A part without a field name comes back with the key "".
    """
    found: list[tuple[str, str]] = []
    for part in _PROBLEM_SPLIT.split(message.strip()):
        match = _PROBLEM_KEY.match(part)
        found.append((match.group(1), match.group(2)) if match else ("", part))
    return found


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the form: the field's key (as the domain names it) and the message."""

    key: str
    message: str


class FormProblems(ValueError):
    """The form cannot be read into a case; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.key}: {p.message}" for p in problems))
        self.problems = list(problems)
