"""What makes a case's data coherent before it is stored."""

from __future__ import annotations

from datetime import date

from lazeo_desk.domain.case import Case, OutcomeKind, Relationship
from lazeo_desk.domain.messages import Problem, said
from lazeo_desk.domain.status import Status


def problems(case: Case, today: date) -> list[Problem]:
    """Every inconsistency in ``case``, each as "field: what is wrong"; empty when the case can be stored."""
    found: list[Problem] = []
    if not case.subject.name.strip():
        found.append(Problem("subject.name", said("the data subject's name is required")))
    if not case.rights:
        found.append(Problem("rights", said("at least one right must be invoked")))
    if len(set(case.rights)) != len(case.rights):
        found.append(Problem("rights", said("a right is listed twice")))
    if case.received > today:
        found.append(Problem("received", said("{day} is in the future", day=case.received)))
    for name in ("completed", "answered", "closed", "awaiting_since", "info_requested"):
        value = getattr(case, name)
        if value is not None and value > today:
            found.append(Problem(name, said("{day} is in the future", day=value)))
    if case.completed is not None and case.completed < case.received:
        found.append(Problem("completed", said("a request cannot be complete before it is received")))
    if case.answered is not None and case.answered < case.received:
        found.append(Problem("answered", said("the answer cannot precede the request")))
    if case.closed is not None and case.closed < case.received:
        found.append(Problem("closed", said("a case cannot be closed before it is received")))
    if case.status is Status.AWAITING_REQUESTER and case.awaiting_since is None:
        found.append(
            Problem("awaiting_since", said("a case awaiting the requester needs the day the information was asked for"))
        )
    if case.awaiting_since is not None and case.awaiting_since < case.received:
        found.append(
            Problem("awaiting_since", said("the information cannot be asked for before the request was received"))
        )
    if case.status in (Status.ANSWERED, Status.REFUSED, Status.REFERRED) and case.answered is None:
        found.append(
            Problem("answered", said("a case that is {status} needs the date it was answered", status=case.status))
        )
    if case.status is Status.CLOSED and case.closed is None:
        found.append(Problem("closed", said("a closed case needs the date it was closed")))
    if case.extension is not None and case.extension.notice_date < case.received:
        found.append(
            Problem("extension.notice_date", said("the extension cannot be notified before the request was received"))
        )
    birth = case.subject.birth_date
    if birth is not None and birth > case.received:
        found.append(Problem("subject.birth_date", said("the person is born after the request was received")))
    if case.subject.death_date is not None:
        if not case.subject.deceased:
            found.append(
                Problem("subject.death_date", said("a date of death is given but the person is not marked deceased"))
            )
        if birth is not None and case.subject.death_date < birth:
            found.append(Problem("subject.death_date", said("the person died before being born")))
    if case.requester.is_representative and not case.requester.name.strip():
        found.append(
            Problem("requester.name", said("the name of the person asking on the subject's behalf is required"))
        )
    if case.requester.relationship is Relationship.HEIR and not case.subject.deceased:
        found.append(
            Problem("requester.relationship", said("an heir asks for a deceased person; mark the subject deceased"))
        )
    if case.extension is not None and not case.extension.reason.strip():
        found.append(Problem("extension.reason", said("an extension needs its reasons (GDPR Art 12(3))")))
    for right, outcome in case.outcomes.items():
        if right not in case.rights:
            found.append(Problem(f"outcomes.{right.value}", said("an outcome for a right that was not invoked")))
        if outcome.kind is not OutcomeKind.GRANTED and not outcome.ground.strip():
            found.append(
                Problem(
                    f"outcomes.{right.value}",
                    said("a refusal or partial grant needs its ground (GDPR Art 12(4))"),
                )
            )
    return found
