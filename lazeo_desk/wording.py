"""The words a lawyer reviews, in one home: ``resources/wording/<language>.toml``, one file per language.

Each text has a key (``identity.checks.parental-authority.ask``), its wording, and ``serves``: the rule or article it
applies, so that a reviewer can read the texts against the law (``lazeo-desk wording --export``). A text that says
the same thing as another names it with ``same_as`` instead of being worded twice.

Importable by the domain: no Qt, no Babel. Each language is read once, the first time it is asked for.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import tomllib
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from lazeo_desk.domain.messages import said
from lazeo_desk.resources import ResourceError, resources_root

LANGUAGES = ("nl", "fr", "en")


@dataclass(frozen=True)
class Wording:
    """One text: its key, its words, the rule or article it serves, and the key it repeats (``same_as``), if any."""

    key: str
    text: str
    serves: str
    same_as: str = ""


def wording_path(language: str) -> Path:
    """``resources/wording/<language>.toml``."""
    return resources_root() / "wording" / f"{language}.toml"


@functools.cache
def entries(language: str) -> Mapping[str, Wording]:
    """Every text of ``language``, by key, in the order of its file."""
    path = wording_path(language)
    if not path.is_file():
        raise ResourceError(said("the application's resources were not found (looked in: {folders})", folders=path))
    with path.open("rb") as file:
        raw: dict[str, dict[str, str]] = tomllib.load(file)
    texts: dict[str, Wording] = {}
    for key, fields in raw.items():
        same_as = fields.get("same_as", "")
        texts[key] = Wording(key=key, text=fields.get("text", ""), serves=fields.get("serves", ""), same_as=same_as)
    for key, entry in texts.items():
        if entry.same_as:
            texts[key] = dataclasses.replace(entry, text=texts[entry.same_as].text)
    return texts


def text(language: str, key: str) -> str:
    """The words of ``key`` in ``language``."""
    return entries(language)[key].text


# ----------------------------------------------------------------------------------------------------------------
# Dates


def long_date(day: date, language: str) -> str:
    """A date written out, as letters and the case summary write it: "5 maart 2026", "1er avril 2026",
    "5 March 2026" (French writes the first of the month as an ordinal)."""
    words = entries(language)
    day_text = words["date.first_day"].text if day.day == 1 else str(day.day)
    return words["date.long"].text.format(day=day_text, month=words[f"date.months.{day.month}"].text, year=day.year)


# ----------------------------------------------------------------------------------------------------------------
# Tables: a frozen dataclass of texts filled from the keys under a prefix

T = TypeVar("T")


def _under(words: Mapping[str, Wording], prefix: str) -> Iterator[tuple[str, str]]:
    start = prefix + "."
    for key, entry in words.items():
        if key.startswith(start):
            yield key[len(start) :], entry.text


def _key_part(kind: Any, part: str) -> Any:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        # Keys are written as the member's value (a number for an IntEnum).
        return next(member for member in kind if str(member.value) == part)
    return part


def _value(kind: Any, words: Mapping[str, Wording], prefix: str) -> Any:
    origin = typing.get_origin(kind)
    if kind is str:
        return words[prefix].text
    if dataclasses.is_dataclass(kind):
        return table(typing.cast(type[Any], kind), words, prefix)
    if origin is tuple:
        # Items are numbered from 1, in order; a list with no items has no keys.
        items: list[str] = []
        while f"{prefix}.{len(items) + 1}" in words:
            items.append(words[f"{prefix}.{len(items) + 1}"].text)
        return tuple(items)
    if origin in (Mapping, dict) or origin is typing.get_origin(Mapping[str, str]):
        key_kind, value_kind = typing.get_args(kind)
        key_parts = typing.get_args(key_kind) if typing.get_origin(key_kind) is tuple else (key_kind,)
        result: dict[Any, Any] = {}
        for rest, _ in _under(words, prefix):
            parts = rest.split(".")
            if key_kind is str:
                # Free-text keys never contain a dot; a table value's own fields follow it.
                parts = [parts[0]]
            key_words = parts[: len(key_parts)]
            key = tuple(_key_part(k, p) for k, p in zip(key_parts, key_words, strict=True))
            mapping_key = key if len(key_parts) > 1 else key[0]
            if mapping_key not in result:
                result[mapping_key] = _value(value_kind, words, f"{prefix}.{'.'.join(key_words)}")
        if typing.get_origin(value_kind) is tuple and isinstance(key_kind, type) and issubclass(key_kind, enum.Enum):
            for member in key_kind:
                result.setdefault(member, ())
        return result
    raise TypeError(f"no wording for a field of type {kind!r}")


def table(cls: type[T], words: Mapping[str, Wording], prefix: str) -> T:
    """An instance of the dataclass ``cls`` whose every field is read from the keys ``<prefix>.<field>…``."""
    hints = typing.get_type_hints(cls)
    values = {
        field.name: _value(hints[field.name], words, f"{prefix}.{field.name}")
        for field in dataclasses.fields(typing.cast(Any, cls))
        if f"{prefix}.{field.name}" in words or any(True for _ in _under(words, f"{prefix}.{field.name}"))
    }
    return cls(**values)


class ByLanguage(Mapping[Any, T]):
    """A table per language, built from the wording the first time that language is asked for."""

    def __init__(self, cls: type[T], prefix: str) -> None:
        self._cls = cls
        self._prefix = prefix
        self._built: dict[str, T] = {}

    def __getitem__(self, language: Any) -> T:
        key = str(language)
        if key not in self._built:
            self._built[key] = table(self._cls, entries(key), self._prefix)
        return self._built[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)
