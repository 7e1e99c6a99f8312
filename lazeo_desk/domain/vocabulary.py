"""Closed vocabularies (rights, statuses, channels …) read leniently from files and the command line."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, TypeVar

V = TypeVar("V", bound="Vocabulary")


class Vocabulary(enum.StrEnum):
    """An enum whose values are the keys written in files; :meth:`parse` reads a key as people type it.

    A subclass names itself for error messages and may take other spellings:
    ``class Channel(Vocabulary, noun="channel", aliases={"e-mail": "email"})``. Keys are compared in lower case
    with spaces and underscores as hyphens, or in upper case with ``upper=True`` (country codes).
    """

    _noun: str
    _upper: bool
    _aliases: Mapping[str, str]

    def __init_subclass__(
        cls, *, noun: str = "value", upper: bool = False, aliases: Mapping[str, str] | None = None, **other: Any
    ) -> None:
        super().__init_subclass__(**other)
        cls._noun = noun
        cls._upper = upper
        cls._aliases = dict(aliases or {})

    @classmethod
    def normalise(cls, text: str) -> str:
        key = text.strip()
        if cls._upper:
            return key.upper()
        key = key.lower().replace(" ", "-").replace("_", "-")
        return cls._aliases.get(key, key)

    @classmethod
    def parse(cls: type[V], text: str) -> V:
        """The member named by ``text``; ``ValueError`` names the known keys otherwise."""
        try:
            return cls(cls.normalise(text))
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise ValueError(f"unknown {cls._noun} {text!r} (known: {known})") from None
