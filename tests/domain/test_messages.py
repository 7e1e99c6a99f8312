"""Sentences for the person using the program: English as strings, with their template and values kept apart."""

from __future__ import annotations

import pickle
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.messages import Explained, Message, Problem, said
from lazeo_desk.domain.status import Status, TransitionError, check_transition


def test_a_sentence_reads_as_its_english_text_with_dates_in_iso_form() -> None:
    sentence = said("{day} is in the future", day=date(2026, 3, 11))
    assert sentence == "2026-03-11 is in the future"
    assert sentence.template == "{day} is in the future"
    assert sentence.values == {"day": date(2026, 3, 11)}


def test_a_vocabulary_value_reads_as_its_english_label() -> None:
    assert said("the case is already '{status}'", status=Status.IN_PROGRESS) == "the case is already 'in progress'"


def test_a_problem_reads_field_first_and_keeps_its_sentence() -> None:
    problem = Problem("subject.name", said("the data subject's name is required"))
    assert problem == "subject.name: the data subject's name is required"
    assert problem.field == "subject.name"
    assert problem.message.template == "the data subject's name is required"


def test_a_problem_given_a_plain_string_still_has_a_sentence() -> None:
    problem = Problem("note", "typed by hand")
    assert isinstance(problem.message, Message)
    assert problem.message.template == "typed by hand"


def test_an_explained_error_joins_its_sentences_in_english_and_keeps_them() -> None:
    first = Problem("rights", said("at least one right must be invoked"))
    second = said("{reference} is already extended", reference="DSAR-2026-0001")
    error = Explained(first, second)
    assert str(error) == "rights: at least one right must be invoked; DSAR-2026-0001 is already extended"
    assert error.sentences == (first, second)


def test_a_forbidden_move_names_both_statuses_and_the_rule_as_a_nested_sentence() -> None:
    try:
        check_transition(Status.CLOSED, Status.NEW)
    except TransitionError as error:
        (sentence,) = error.sentences
        assert isinstance(sentence, Message)
        assert sentence.values["current"] is Status.CLOSED
        assert sentence.values["target"] is Status.NEW
        assert isinstance(sentence.values["why"], Message)
        assert str(error).startswith("cannot move a case from 'closed' to 'new': a closed case is final")
    else:
        raise AssertionError("closed → new must be refused")


def test_sentences_survive_pickling_with_their_values() -> None:
    problem = Problem("received", said("{day} is in the future", day=date(2030, 1, 2)))
    copy = pickle.loads(pickle.dumps(problem))
    assert copy == problem
    assert copy.field == "received"
    assert copy.message.values == {"day": date(2030, 1, 2)}


@given(st.text(max_size=40))
def test_any_value_text_is_kept_whole_in_the_english_sentence(value: str) -> None:
    sentence = said("the name {name} is kept", name=value)
    assert sentence == f"the name {value} is kept"
    assert sentence.values["name"] == value
