"""The record of processing activities (GDPR Art 30): what each entry must hold, and what changed between versions.

The register (:class:`~lazeo_desk.domain.organisation.ProcessingRegister`) is both the record the controller keeps
for the supervisory authority (Art 30(1), 30(4)) and the source of every access response (Art 15(1)(a)-(h), 15(2)).
Each rule below names, for every activity and every letter language, the element that is missing; a register with
problems is not saved, imported or printed as the record (docs/rules.md, Processing register).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.messages import Message, Problem, said
from lazeo_desk.domain.organisation import LocalText, ProcessingActivity, ProcessingRegister

# The element each text field holds, as a problem or a change names it.
ELEMENTS: dict[str, Message] = {
    "purpose": said("the purpose (Art 30(1)(b))"),
    "legal_basis": said("the legal basis (Art 6(1))"),
    "data_categories": said("the categories of personal data (Art 30(1)(c))"),
    "data_subjects": said("the categories of data subjects (Art 30(1)(c))"),
    "recipients": said("the recipients (Art 30(1)(d))"),
    "transfers": said("the transfers to third countries and their safeguards (Art 30(1)(e))"),
    "retention": said("the time limits for erasure (Art 30(1)(f))"),
    "health_data": said("whether health data are processed (Art 9(1))"),
    "doctolib_is_controller": said("whether Doctolib is the controller"),
    "sources": said("the source of the data (Art 15(1)(g))"),
    "storage": said("where the data are stored"),
    "register_transfers": said("the safeguards for transfers outside the EU (Art 15(2))"),
    "automated_decisions": said("automated decisions and profiling (Art 15(1)(h))"),
    "retention_note": said("the note on the medical files' retention"),
    "security_measures": said("the technical and organisational security measures (Art 30(1)(g))"),
}

# "Art. 9(2)(h)", "art. 9.2.h", "article 9, paragraphe 2": how the three languages cite the Art 9(2) conditions.
_ARTICLE_9_2 = re.compile(r"\b9\s*(?:\(\s*2\s*\)|\.\s*2|,\s*(?:paragraphe|lid|paragraph)\s*2)", re.IGNORECASE)

_REGISTER_TEXTS = ("sources", "storage", "transfers", "automated_decisions")


def _field(activity: ProcessingActivity, name: str, language: Language) -> str:
    return f"activities.{activity.key}.{name}.{language.value}"


def _blank_in(text: LocalText) -> list[Language]:
    return [language for language in Language if not text.get(language).strip()]


def _missing(activity: ProcessingActivity, *names: str) -> list[Problem]:
    return [
        Problem(
            _field(activity, name, language),
            said("{activity}: no text for {element} in {language}", element=ELEMENTS[name],
                 activity=activity.key, language=language),
        )
        for name in names
        for language in _blank_in(getattr(activity, name))
    ]


def purpose_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 30(1)(b): the record states the purposes of the processing."""
    return _missing(activity, "purpose")


def legal_basis_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 6(1) (Art 13(1)(c)): every processing has its lawful basis; health data (Art 9(1)) are processed
    only under one of the conditions of Art 9(2), which the basis must then cite."""
    problems = _missing(activity, "legal_basis")
    if activity.health_data:
        problems += [
            Problem(
                _field(activity, "legal_basis", language),
                said("{activity} processes health data: its legal basis must cite a condition of Art 9(2) "
                     "(in {language})", activity=activity.key, language=language),
            )
            for language in Language
            if activity.legal_basis.get(language).strip()
            and not _ARTICLE_9_2.search(activity.legal_basis.get(language))
        ]
    return problems


def categories_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 30(1)(c): the categories of data subjects and the categories of personal data."""
    return _missing(activity, "data_subjects", "data_categories")


def recipients_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 30(1)(d): the categories of recipients, named where known (Art 15(1)(c); CJEU C-154/21)."""
    return _missing(activity, "recipients")


def transfers_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 30(1)(e): transfers to a third country, the country and the safeguards (Art 46, 49(1)); where there
    are none, the record says so."""
    return _missing(activity, "transfers")


def retention_problems(activity: ProcessingActivity) -> list[Problem]:
    """GDPR Art 30(1)(f): where possible, the envisaged time limits for erasure (Art 15(1)(d))."""
    return _missing(activity, "retention")


def security_problems(register: ProcessingRegister) -> list[Problem]:
    """GDPR Art 30(1)(g): where possible, a general description of the technical and organisational security
    measures of Art 32(1)."""
    return [
        Problem(
            f"security_measures.{language.value}",
            said("no text for {element} in {language}", element=ELEMENTS["security_measures"], language=language),
        )
        for language in _blank_in(register.security_measures)
    ]


def access_facts_problems(register: ProcessingRegister) -> list[Problem]:
    """GDPR Art 15(1)(g), 15(1)(h) and 15(2): what every access response says beside the activities — the source,
    automated decisions, the transfer safeguards and where the data are kept."""
    names = {"transfers": "register_transfers"}
    return [
        Problem(
            f"{name}.{language.value}",
            said("no text for {element} in {language}", element=ELEMENTS[names.get(name, name)], language=language),
        )
        for name in _REGISTER_TEXTS
        for language in _blank_in(getattr(register, name))
    ]


def key_problems(register: ProcessingRegister) -> list[Problem]:
    """GDPR Art 30(1): the record lists each processing activity once; a key names one activity."""
    problems: list[Problem] = []
    if not register.answerable():
        problems.append(Problem("activities", said("the register has no processing activity of the controller")))
    seen: set[str] = set()
    for activity in register.activities:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", activity.key):
            problems.append(Problem(
                "activities.key",
                said("{key} is not a usable key (lower-case letters, digits and hyphens)", key=repr(activity.key)),
            ))
        if activity.key in seen:
            problems.append(Problem("activities.key", said("{key} is used twice", key=activity.key)))
        seen.add(activity.key)
    return problems


_ACTIVITY_RULES: tuple[Callable[[ProcessingActivity], list[Problem]], ...] = (
    purpose_problems,
    legal_basis_problems,
    categories_problems,
    recipients_problems,
    transfers_problems,
    retention_problems,
)


def activity_problems(activity: ProcessingActivity) -> list[Problem]:
    """Every element of Art 30(1)(b)-(f) the activity lacks, in each language."""
    return [problem for rule in _ACTIVITY_RULES for problem in rule(activity)]


def register_problems(register: ProcessingRegister) -> list[Problem]:
    """Everything the register lacks to be the Art 30 record and the source of an access response; empty when
    complete. The Doctolib account is Doctolib's processing (it is only referred to), so the rules of
    Art 30(1)(b)-(f) are not applied to it."""
    problems = key_problems(register)
    for activity in register.answerable():
        problems += activity_problems(activity)
    problems += access_facts_problems(register)
    problems += security_problems(register)
    return problems


# changes -----------------------------------------------------------------------------------------------------
_ACTIVITY_FIELDS = (
    "purpose", "legal_basis", "health_data", "data_categories", "data_subjects", "recipients", "transfers",
    "retention", "doctolib_is_controller",
)
_REGISTER_FIELDS = (
    ("sources", "sources"), ("storage", "storage"), ("transfers", "register_transfers"),
    ("automated_decisions", "automated_decisions"), ("retention_note", "retention_note"),
    ("security_measures", "security_measures"),
)


def _changed_languages(old: object, new: object) -> tuple[Language, ...]:
    if isinstance(old, LocalText) and isinstance(new, LocalText):
        return tuple(language for language in Language if old.get(language) != new.get(language))
    return ()


def _element_change(element: Message, old: object, new: object) -> Message:
    languages = _changed_languages(old, new)
    if languages:
        return said("{element} ({languages})", element=element, languages=languages)
    return element


def register_changes(old: ProcessingRegister, new: ProcessingRegister) -> tuple[Message, ...]:
    """What changed from ``old`` to ``new``, one sentence per activity added, removed or changed (naming the
    elements and the languages changed) and one for the register's own texts: the summary of a new version."""
    lines: list[Message] = []
    before = {activity.key: activity for activity in old.activities}
    after = {activity.key: activity for activity in new.activities}
    for activity in new.activities:
        previous = before.get(activity.key)
        if previous is None:
            lines.append(said("activity {activity} added", activity=activity.key))
            continue
        changed = [
            _element_change(ELEMENTS[name], getattr(previous, name), getattr(activity, name))
            for name in _ACTIVITY_FIELDS
            if getattr(previous, name) != getattr(activity, name)
        ]
        if changed:
            lines.append(said("activity {activity}: {elements} changed", activity=activity.key, elements=changed))
    lines += [said("activity {activity} removed", activity=key) for key in before if key not in after]
    kept_order = [key for key in before if key in after]
    if kept_order != [key for key in after if key in before]:
        lines.append(said("the order of the activities changed"))
    register_changed = [
        _element_change(ELEMENTS[element], getattr(old, name), getattr(new, name))
        for name, element in _REGISTER_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]
    if register_changed:
        lines.append(said("{elements} changed", elements=register_changed))
    return tuple(lines)

