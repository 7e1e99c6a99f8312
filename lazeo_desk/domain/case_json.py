"""The JSON case format of ``lazeo-desk case add`` (documented in the README), read strictly.

Every error names the field ("subject.birth_date: 2026-02-31 is not a valid date") so that a person can fix it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    HeirPurpose,
    Jurisdiction,
    Language,
    OutcomeKind,
    Practitioner,
    Relationship,
    Requester,
    RightOutcome,
    Title,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.validation import bound_problems

T = TypeVar("T")


class CaseFormatError(ValueError):
    """The JSON does not describe a valid case; the message names the field."""


def _date(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise CaseFormatError(f"{where}: expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CaseFormatError(f"{where}: {value!r} is not a valid date (YYYY-MM-DD)") from None


def _optional_date(data: Mapping[str, Any], key: str, where: str) -> date | None:
    value = data.get(key)
    return None if value in (None, "") else _date(value, f"{where}{key}")


def _text(data: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise CaseFormatError(f"{where}{key}: expected text, got {value!r}")
    return value


def _bool(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise CaseFormatError(f"{where}{key}: expected true or false, got {value!r}")
    return value


def _lines(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        return tuple(line for line in value.splitlines())
    if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
        raise CaseFormatError(f"{where}{key}: expected a list of address lines")
    return tuple(value)


def _enum(parse: Callable[[str], T], value: object, where: str) -> T:
    if not isinstance(value, str):
        raise CaseFormatError(f"{where}: expected text, got {value!r}")
    try:
        return parse(value)
    except ValueError as error:
        raise CaseFormatError(f"{where}: {error}") from None


def _optional_enum(parse: Callable[[str], T], data: Mapping[str, Any], key: str, where: str) -> T | None:
    value = data.get(key)
    return None if value in (None, "") else _enum(parse, value, f"{where}{key}")


def _practitioner(value: object, where: str) -> Practitioner | None:
    """The practitioner a relative designates: ``{"name": …, "address": [lines]}`` (title "dr" unless given)."""
    if value is None:
        return None
    data = _object(value, where)
    name = _text(data, "name", f"{where}.").strip()
    if not name:
        raise CaseFormatError(f"{where}.name: the designated practitioner needs a name")
    title = _optional_enum(Title.parse, data, "title", f"{where}.") if "title" in data else Title.DR
    return Practitioner(
        name=name,
        address=_lines(data, "address", f"{where}."),
        title=title,
        family_name=_text(data, "family_name", f"{where}."),
    )


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise CaseFormatError(f"{where}: expected an object")
    return value


def case_from_dict(data: object) -> Case:
    """A :class:`Case` from the JSON object of the documented format."""
    try:
        _check_text(data, "")
    except RecursionError:
        raise CaseFormatError("the JSON is nested too deeply to be a case") from None
    top = _object(data, "case")
    for key in ("jurisdiction", "language", "channel", "received", "rights", "subject"):
        if key not in top:
            raise CaseFormatError(f"{key}: this field is required")
    rights_raw = top["rights"]
    if not isinstance(rights_raw, list) or not rights_raw:
        raise CaseFormatError("rights: expected a non-empty list such as [\"access\"]")
    rights = tuple(_enum(Right.parse, r, f"rights[{i}]") for i, r in enumerate(rights_raw))
    subject_raw = _object(top["subject"], "subject")
    birth = _optional_date(subject_raw, "birth_date", "subject.")
    death = _optional_date(subject_raw, "death_date", "subject.")
    subject = DataSubject(
        name=_text(subject_raw, "name", "subject."),
        birth_date=birth,
        email=_text(subject_raw, "email", "subject."),
        address=_lines(subject_raw, "address", "subject."),
        title=_optional_enum(Title.parse, subject_raw, "title", "subject."),
        family_name=_text(subject_raw, "family_name", "subject."),
        patient_number=_text(subject_raw, "patient_number", "subject."),
        centre=_text(subject_raw, "centre", "subject."),
        minor=_bool(subject_raw, "minor", "subject."),
        deceased=_bool(subject_raw, "deceased", "subject.") or death is not None,
        death_date=death,
        last_consultation=_optional_date(subject_raw, "last_consultation", "subject."),
    )
    requester_raw = _object(top.get("requester", {"relationship": "self"}), "requester")
    requester = Requester(
        relationship=_enum(
            Relationship.parse, requester_raw.get("relationship", "self"), "requester.relationship"
        ),
        name=_text(requester_raw, "name", "requester."),
        address=_lines(requester_raw, "address", "requester."),
        email=_text(requester_raw, "email", "requester."),
        proof=_text(requester_raw, "proof", "requester."),
        title=_optional_enum(Title.parse, requester_raw, "title", "requester."),
        family_name=_text(requester_raw, "family_name", "requester."),
        purpose=_optional_enum(HeirPurpose.parse, requester_raw, "purpose", "requester."),
        purpose_explanation=_text(requester_raw, "purpose_explanation", "requester."),
        designated_practitioner=_practitioner(
            requester_raw.get("designated_practitioner"), "requester.designated_practitioner"
        ),
    )
    extension = None
    if top.get("extension") is not None:
        ext = _object(top["extension"], "extension")
        extension = Extension(
            reason=_text(ext, "reason", "extension."),
            notice_date=_date(ext.get("notice_date"), "extension.notice_date"),
        )
    outcomes: dict[Right, RightOutcome] = {}
    for key, value in _object(top.get("outcomes", {}), "outcomes").items():
        right = _enum(Right.parse, key, f"outcomes.{key}")
        entry = _object(value, f"outcomes.{key}")
        outcomes[right] = RightOutcome(
            kind=_enum(OutcomeKind, entry.get("kind"), f"outcomes.{key}.kind"),
            ground=_text(entry, "ground", f"outcomes.{key}."),
        )
    case = Case(
        jurisdiction=_enum(Jurisdiction.parse, top["jurisdiction"], "jurisdiction"),
        language=_enum(Language.parse, top["language"], "language"),
        channel=_enum(Channel.parse, top["channel"], "channel"),
        received=_date(top["received"], "received"),
        rights=rights,
        subject=subject,
        requester=requester,
        status=_enum(Status.parse, top.get("status", "new"), "status"),
        completed=_optional_date(top, "completed", ""),
        answered=_optional_date(top, "answered", ""),
        closed=_optional_date(top, "closed", ""),
        awaiting_since=_optional_date(top, "awaiting_since", ""),
        info_requested=_optional_date(top, "info_requested", ""),
        extension=extension,
        records_older_than_5_years=_bool(top, "records_older_than_5_years", ""),
        outcomes=outcomes,
        request_text=_text(top, "request_text", ""),
        notes=_text(top, "notes", ""),
    )
    # Dates outside 1900-2200 and texts beyond their length are refused here, with the field named.
    out_of_bounds = bound_problems(case)
    if out_of_bounds:
        raise CaseFormatError(out_of_bounds[0])
    return case


def _check_text(value: object, where: str) -> None:
    """Refuse text that cannot be stored: lone surrogates are not characters (they come from broken encodings)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CaseFormatError(f"{where}: contains characters that are not valid text") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where)
            _check_text(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, f"{where}[{index}]")


def case_from_json(text: str) -> Case:
    try:
        data = json.loads(text)
    except RecursionError:
        raise CaseFormatError("the JSON is nested too deeply to be a case") from None
    except json.JSONDecodeError as error:
        raise CaseFormatError(f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    return case_from_dict(data)


def _practitioner_dict(practitioner: Practitioner | None) -> dict[str, Any] | None:
    if practitioner is None:
        return None
    return {
        "name": practitioner.name,
        "address": list(practitioner.address),
        "title": practitioner.title.value if practitioner.title else None,
        "family_name": practitioner.family_name,
    }


def case_to_dict(case: Case) -> dict[str, Any]:
    """The documented JSON object of ``case`` (with its reference and timeline when it has them)."""

    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    s, r = case.subject, case.requester
    return {
        "reference": case.reference,
        "jurisdiction": case.jurisdiction.value,
        "language": case.language.value,
        "channel": case.channel.value,
        "status": case.status.value,
        "received": case.received.isoformat(),
        "completed": iso(case.completed),
        "answered": iso(case.answered),
        "closed": iso(case.closed),
        "awaiting_since": iso(case.awaiting_since),
        "info_requested": iso(case.info_requested),
        "rights": [right.value for right in case.rights],
        "records_older_than_5_years": case.records_older_than_5_years,
        "subject": {
            "name": s.name,
            "birth_date": iso(s.birth_date),
            "email": s.email,
            "address": list(s.address),
            "title": s.title.value if s.title else None,
            "family_name": s.family_name,
            "patient_number": s.patient_number,
            "centre": s.centre,
            "minor": s.minor,
            "deceased": s.deceased,
            "death_date": iso(s.death_date),
            "last_consultation": iso(s.last_consultation),
        },
        "requester": {
            "relationship": r.relationship.value,
            "name": r.name,
            "address": list(r.address),
            "email": r.email,
            "proof": r.proof,
            "title": r.title.value if r.title else None,
            "family_name": r.family_name,
            "purpose": r.purpose.value if r.purpose else None,
            "purpose_explanation": r.purpose_explanation,
            "designated_practitioner": _practitioner_dict(r.designated_practitioner),
        },
        "extension": (
            {"reason": case.extension.reason, "notice_date": case.extension.notice_date.isoformat()}
            if case.extension
            else None
        ),
        "outcomes": {k.value: {"kind": v.kind.value, "ground": v.ground} for k, v in case.outcomes.items()},
        "request_text": case.request_text,
        "notes": case.notes,
        "assignee": case.assignee or None,
        "timeline": [
            {"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind, "text": e.text} for e in case.timeline
        ],
    }
