"""The vocabularies a sentence kept in the timeline may name, each under a stable key.

A kept sentence stores a word as its key and value (``{"word": "Status", "value": "closed"}``): the key is part of
the stored format, so it never follows a class that is renamed or moved. The store reads words back through
:func:`word_class`, and the window shows them through one label per key; a test checks that every key has one.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from lazeo_desk.domain.case import Channel, Jurisdiction, Language, OutcomeKind, Relationship
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status

# Loaded with the register: the words of every case.
CASE_WORDS: dict[str, type[Enum]] = {
    "Status": Status,
    "Right": Right,
    "Jurisdiction": Jurisdiction,
    "Language": Language,
    "Channel": Channel,
    "Relationship": Relationship,
    "OutcomeKind": OutcomeKind,
    "LetterKind": LetterKind,
}
IDENTITY_KEYS = ("Check", "CheckResult", "IntakeRoute", "Outcome")


@cache
def sentence_words() -> dict[str, type[Enum]]:
    """Every key and its vocabulary (the identity words are loaded here, when a sentence names one, not at start)."""
    from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, Outcome

    identity: tuple[type[Enum], ...] = (Check, CheckResult, IntakeRoute, Outcome)
    return {**CASE_WORDS, **dict(zip(IDENTITY_KEYS, identity, strict=True))}


@cache
def _keys() -> dict[type[Enum], str]:
    return {cls: key for key, cls in sentence_words().items()}


def word_key(value: Enum) -> str | None:
    """The stable key of ``value``'s vocabulary; None for an enum no sentence keeps as a word."""
    for key, cls in CASE_WORDS.items():
        if type(value) is cls:
            return key
    if type(value).__module__ != "lazeo_desk.domain.identity":
        return None
    return _keys().get(type(value))


def word_class(key: str) -> type[Enum]:
    """The vocabulary kept under ``key``; raises KeyError for a key this program does not know."""
    return CASE_WORDS.get(key) or sentence_words()[key]


# How a request came, as a phrase of its own after the date ("received on 1 November 2026, in person"): a channel's
# label is a noun for a list ("In person", "Post") and reads wrongly glued into a sentence.
_CHANNEL_PHRASES: dict[Channel, Message] = {
    Channel.POST: said("by post"),
    Channel.EMAIL: said("by e-mail"),
    Channel.IN_PERSON: said("in person"),
    Channel.WEB_FORM: said("through the website's form"),
    Channel.PHONE: said("by phone"),
    Channel.DOCTOLIB: said("through Doctolib"),
}


def channel_phrase(channel: Channel) -> Message:
    """The phrase saying how a request came, for a sentence: "by post", "in person", "through Doctolib"."""
    return _CHANNEL_PHRASES[channel]
