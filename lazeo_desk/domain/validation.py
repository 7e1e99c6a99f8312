"""What makes a case's data coherent before it is stored."""

from __future__ import annotations

from datetime import date

from lazeo_desk.domain.case import Case, OutcomeKind, Relationship
from lazeo_desk.domain.status import Status


def problems(case: Case, today: date) -> list[str]:
    """Every inconsistency in ``case``, each as "field: what is wrong"; empty when the case can be stored."""
    found: list[str] = []
    if not case.subject.name.strip():
        found.append("subject.name: the data subject's name is required")
    if not case.rights:
        found.append("rights: at least one right must be invoked")
    if len(set(case.rights)) != len(case.rights):
        found.append("rights: a right is listed twice")
    if case.received > today:
        found.append(f"received: {case.received.isoformat()} is in the future")
    for name in ("completed", "answered", "closed", "awaiting_since", "info_requested"):
        value = getattr(case, name)
        if value is not None and value > today:
            found.append(f"{name}: {value.isoformat()} is in the future")
    if case.completed is not None and case.completed < case.received:
        found.append("completed: a request cannot be complete before it is received")
    if case.answered is not None and case.answered < case.received:
        found.append("answered: the answer cannot precede the request")
    if case.closed is not None and case.closed < case.received:
        found.append("closed: a case cannot be closed before it is received")
    if case.status is Status.AWAITING_REQUESTER and case.awaiting_since is None:
        found.append("awaiting_since: a case awaiting the requester needs the day the information was asked for")
    if case.awaiting_since is not None and case.awaiting_since < case.received:
        found.append("awaiting_since: the information cannot be asked for before the request was received")
    if case.status in (Status.ANSWERED, Status.REFUSED, Status.REFERRED) and case.answered is None:
        found.append(f"answered: a case that is {case.status.label} needs the date it was answered")
    if case.status is Status.CLOSED and case.closed is None:
        found.append("closed: a closed case needs the date it was closed")
    if case.extension is not None and case.extension.notice_date < case.received:
        found.append("extension.notice_date: the extension cannot be notified before the request was received")
    birth = case.subject.birth_date
    if birth is not None and birth > case.received:
        found.append("subject.birth_date: the person is born after the request was received")
    if case.subject.death_date is not None:
        if not case.subject.deceased:
            found.append("subject.death_date: a date of death is given but the person is not marked deceased")
        if birth is not None and case.subject.death_date < birth:
            found.append("subject.death_date: the person died before being born")
    if case.requester.is_representative and not case.requester.name.strip():
        found.append("requester.name: the name of the person asking on the subject's behalf is required")
    if case.requester.relationship is Relationship.HEIR and not case.subject.deceased:
        found.append("requester.relationship: an heir asks for a deceased person; mark the subject deceased")
    if case.extension is not None and not case.extension.reason.strip():
        found.append("extension.reason: an extension needs its reasons (GDPR Art 12(3))")
    for right, outcome in case.outcomes.items():
        if right not in case.rights:
            found.append(f"outcomes.{right.value}: an outcome for a right that was not invoked")
        if outcome.kind is not OutcomeKind.GRANTED and not outcome.ground.strip():
            found.append(f"outcomes.{right.value}: a refusal or partial grant needs its ground (GDPR Art 12(4))")
    return found
