"""The life of a case: its statuses and the moves allowed between them."""

from __future__ import annotations

from lazeo_desk.domain.messages import Explained, Message, said
from lazeo_desk.domain.vocabulary import Vocabulary


class Status(Vocabulary, noun="status"):
    """Where a case stands."""

    NEW = "new"
    VERIFYING_IDENTITY = "verifying-identity"
    AWAITING_REQUESTER = "awaiting-requester"
    IN_PROGRESS = "in-progress"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    REFERRED = "referred"

    @property
    def is_open(self) -> bool:
        """Whether the controller still owes an answer (the deadline runs or is paused)."""
        return self in OPEN_STATUSES

    @property
    def label(self) -> str:
        """The English label (the UI shows its translated copy)."""
        return self.value.replace("-", " ")


OPEN_STATUSES = frozenset({Status.NEW, Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER, Status.IN_PROGRESS})


class TransitionError(Explained, ValueError):
    """A status move that the rules forbid; the message names the rule."""


# Each allowed move, with the reason a lawyer would give for it.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset(
        {
            Status.VERIFYING_IDENTITY,
            Status.AWAITING_REQUESTER,
            Status.IN_PROGRESS,
            Status.REFUSED,
            Status.WITHDRAWN,
            Status.REFERRED,
        }
    ),
    Status.VERIFYING_IDENTITY: frozenset(
        {Status.AWAITING_REQUESTER, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN, Status.REFERRED}
    ),
    Status.AWAITING_REQUESTER: frozenset(
        {Status.VERIFYING_IDENTITY, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.IN_PROGRESS: frozenset(
        {Status.AWAITING_REQUESTER, Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN, Status.REFERRED}
    ),
    Status.ANSWERED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.REFUSED: frozenset({Status.CLOSED}),
    Status.WITHDRAWN: frozenset({Status.CLOSED}),
    Status.REFERRED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}

_WHY_NOT: dict[Status, Message] = {
    Status.NEW: said("a new case must be verified or worked on before it is answered or closed"),
    Status.VERIFYING_IDENTITY: said(
        "identity must be settled (verified, awaited or refused) before the case is answered"
    ),
    Status.AWAITING_REQUESTER: said(
        "while the requester's reply is awaited the case can only resume, "
        "be refused or be withdrawn (GDPR Art 12(2), 12(6))"
    ),
    Status.IN_PROGRESS: said("a case in progress cannot be closed before it is answered"),
    Status.ANSWERED: said("an answered case can only be closed, or reopened to work on it again"),
    Status.REFUSED: said("a refused request can only be closed; a new request opens a new case"),
    Status.WITHDRAWN: said("a withdrawn request can only be closed"),
    Status.REFERRED: said("a referred request can only be closed"),
    Status.CLOSED: said("a closed case is final: a new request opens a new case"),
}


def allowed_moves(current: Status) -> frozenset[Status]:
    """The statuses a case in ``current`` may move to."""
    return TRANSITIONS[current]


def check_transition(current: Status, target: Status) -> None:
    """Raise :class:`TransitionError` unless ``current`` → ``target`` is an allowed move."""
    if target == current:
        raise TransitionError(said("the case is already '{status}'", status=current))
    if target not in TRANSITIONS[current]:
        raise TransitionError(
            said(
                "cannot move a case from '{current}' to '{target}': {why}",
                current=current,
                target=target,
                why=_WHY_NOT[current],
            )
        )


def closing_moves(current: Status) -> tuple[Status, ...]:
    """The moves that close a case in ``current``: a case in progress is answered first, then closed.

    A case may be closed once the controller has answered, refused, or no longer owes an answer (withdrawn,
    referred); a case still new, being verified or awaiting the requester has not been answered (GDPR Art 12(3))
    and cannot be closed. Raises :class:`TransitionError` naming the rule.
    """
    if current is Status.IN_PROGRESS:
        return (Status.ANSWERED, Status.CLOSED)
    if current.is_open:
        check_transition(current, Status.ANSWERED)
    check_transition(current, Status.CLOSED)
    return (Status.CLOSED,)


def may_close(current: Status) -> bool:
    """Whether a case in ``current`` can be closed (see :func:`closing_moves`)."""
    try:
        closing_moves(current)
    except TransitionError:
        return False
    return True
