"""Statuses move only along the allowed transitions; a forbidden move names the rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.status import (
    OPEN_STATUSES,
    TRANSITIONS,
    Status,
    TransitionError,
    check_transition,
    closing_moves,
    may_close,
)


def test_a_closed_case_cannot_be_reopened_and_the_error_names_the_rule() -> None:
    with pytest.raises(TransitionError, match="a closed case is final"):
        check_transition(Status.CLOSED, Status.IN_PROGRESS)


def test_a_new_case_cannot_be_closed_directly() -> None:
    with pytest.raises(TransitionError, match="from 'new' to 'closed'"):
        check_transition(Status.NEW, Status.CLOSED)


def test_awaiting_the_requester_can_resume_work() -> None:
    check_transition(Status.AWAITING_REQUESTER, Status.IN_PROGRESS)


def test_every_status_can_eventually_reach_closed() -> None:
    for start in Status:
        seen, frontier = {start}, [start]
        while frontier:
            for nxt in TRANSITIONS[frontier.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert Status.CLOSED in seen


@given(st.sampled_from(list(Status)), st.sampled_from(list(Status)))
def test_check_transition_accepts_exactly_the_table(current: Status, target: Status) -> None:
    if target in TRANSITIONS[current] and target != current:
        check_transition(current, target)
    else:
        with pytest.raises(TransitionError):
            check_transition(current, target)


def test_open_statuses_are_those_where_an_answer_is_still_owed() -> None:
    assert OPEN_STATUSES == {Status.NEW, Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER, Status.IN_PROGRESS}


@pytest.mark.parametrize("text", ["in progress", "IN_PROGRESS", "in-progress"])
def test_status_keys_are_read_leniently(text: str) -> None:
    assert Status.parse(text) is Status.IN_PROGRESS


def test_only_answered_or_settled_cases_and_cases_in_progress_may_be_closed() -> None:
    closable = {status for status in Status if may_close(status)}
    assert closable == {Status.IN_PROGRESS, Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN, Status.REFERRED}


def test_a_case_in_progress_is_answered_on_its_way_to_closed() -> None:
    assert closing_moves(Status.IN_PROGRESS) == (Status.ANSWERED, Status.CLOSED)
    assert closing_moves(Status.REFUSED) == (Status.CLOSED,)


@given(st.sampled_from(Status))
def test_every_closing_path_is_made_of_allowed_moves(status: Status) -> None:
    if not may_close(status):
        with pytest.raises(TransitionError):
            closing_moves(status)
        return
    current = status
    for target in closing_moves(status):
        check_transition(current, target)
        current = target
    assert current is Status.CLOSED
