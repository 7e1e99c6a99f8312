"""The fixed wording of letters in Dutch, French and English: labels, legal sentences, dates and lists.

The DPO adapts the letter texts in the templates; these phrases are filled from data (the Art 15 information,
the authority, the retention date) and must stay exact, so they are not a template. Their words are in
``resources/wording/<language>.toml`` under ``letter.``, beside the identity texts, for one review by a lawyer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from babel.lists import format_list

from lazeo_desk.domain.case import Jurisdiction, Language, Relationship
from lazeo_desk.domain.retention import RetentionRule
from lazeo_desk.domain.rights import Right
from lazeo_desk.wording import ByLanguage, long_date

__all__ = ["PHRASES", "Phrases", "join_list", "long_date", "phrases", "place_and_date", "with_name"]


@dataclass(frozen=True)
class Phrases:
    """Every fixed phrase of one letter language. ``{name}``-style fields are filled by ``str.format``."""

    locale: str
    subject_label: str
    our_reference_label: str
    your_request_label: str
    data_subject_label: str
    deceased_label: str
    enclosures_label: str
    enclosures_intro: str
    registered_mention: str
    place_and_date: str
    continued: str
    rights: Mapping[Right, str]
    on_behalf: str
    your_data: str
    others_data: str
    your_file: str
    others_file: str
    of_your_data: str
    of_others_data: str
    of_your_file: str
    of_others_file: str
    the_late: str
    representation: Mapping[Relationship, str]
    access_heading: str
    access_intro: str
    register_columns: tuple[str, str, str, str]
    access_items: Mapping[str, str]
    rights_reminder: str
    complaint: str
    doctolib_note: str
    copy_note: str
    judicial_remedy: str
    recipients_notified_generic: str
    recipients_notified_named: str
    refusal_grounds: Mapping[str, str]
    refusal_reason_intro: str
    retention_kept_until: str
    retention_no_date: str
    retention_rules: Mapping[RetentionRule, str]
    retention_ground: str
    medical_retention_cell: str
    medical_retention_notes: Mapping[Jurisdiction, str]
    national_deadline_note: str
    answer_by: str
    extension_possible: str
    file_by: str
    rest_by: str
    rest_extension_possible: str
    earliest_release_note: str
    first_copy_free: str
    identity_items: Mapping[Relationship, tuple[str, ...]]
    identity_item_id_copy: str
    verification: str
    national_laws: Mapping[Jurisdiction, str]


PHRASES: Mapping[Language, Phrases] = ByLanguage(Phrases, "letter")


def phrases(language: Language) -> Phrases:
    return PHRASES[language]


_FRENCH_VOWELS = frozenset("AEIOUYÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouyàâäæéèêëîïôöœùûü")


def with_name(phrase: str, name: str, language: Language) -> str:
    """``phrase`` with ``{name}`` filled in, eliding French "de" before a vowel: "au nom d'Anaïs Martin"."""
    if language is Language.FR and name[:1] in _FRENCH_VOWELS:
        phrase = phrase.replace("de {name}", "d'{name}")
    return phrase.format(name=name)


def place_and_date(place: str, day: date, language: Language) -> str:
    """The line above the subject: "Paris, le 5 mars 2026", "Parijs, 5 maart 2026", "Paris, 5 March 2026"."""
    return PHRASES[language].place_and_date.format(place=place, date=long_date(day, language))


def join_list(items: Sequence[str], language: Language) -> str:
    """Items joined as the language does it: "a, b et c"."""
    if not items:
        return ""
    return format_list(list(items), locale=PHRASES[language].locale)
