"""The register as the Art 30 record: each missing element named per activity and language, old stored registers
still read, and the changes between two versions said element by element."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, LocalText, ProcessingActivity, ProcessingRegister
from lazeo_desk.domain.processing import (
    activity_problems,
    legal_basis_problems,
    register_changes,
    register_problems,
    security_problems,
)

BLANK = LocalText.same("")


def _care() -> ProcessingActivity:
    found = DEFAULT_REGISTER.activity("care")
    assert found is not None
    return found


def _replaced(**changes: object) -> ProcessingRegister:
    activities = tuple(
        dataclasses.replace(a, **changes) if a.key == "care" else a  # type: ignore[arg-type]
        for a in DEFAULT_REGISTER.activities
    )
    return dataclasses.replace(DEFAULT_REGISTER, activities=activities)


def test_the_policys_register_is_a_complete_art_30_record() -> None:
    assert register_problems(DEFAULT_REGISTER) == []


@pytest.mark.parametrize(
    ("element", "field"),
    [
        ("purpose", "purpose"),
        ("legal_basis", "legal_basis"),
        ("data_subjects", "data_subjects"),
        ("data_categories", "data_categories"),
        ("recipients", "recipients"),
        ("transfers", "transfers"),
        ("retention", "retention"),
    ],
)
def test_each_missing_element_is_named_with_its_activity_and_every_language(element: str, field: str) -> None:
    activity = dataclasses.replace(_care(), **{element: BLANK})
    problems = activity_problems(activity)
    assert [p.field for p in problems] == [f"activities.care.{field}.{language.value}" for language in Language]
    assert "Art" in str(problems[0]) and "care" in str(problems[0])


def test_a_text_missing_in_one_language_only_is_named_in_that_language() -> None:
    activity = dataclasses.replace(_care(), recipients=dataclasses.replace(_care().recipients, fr=" "))
    assert [p.field for p in activity_problems(activity)] == ["activities.care.recipients.fr"]


@pytest.mark.parametrize(
    "basis",
    ["consent (Art. 9(2)(a) GDPR)", "consentement (art. 9.2.a RGPD)", "article 9, paragraphe 2, point h"],
)
def test_health_data_need_a_legal_basis_citing_article_9_2(basis: str) -> None:
    activity = dataclasses.replace(_care(), legal_basis=LocalText.same(basis))
    assert legal_basis_problems(activity) == []


def test_health_data_on_an_article_6_basis_alone_are_refused_in_each_language() -> None:
    activity = dataclasses.replace(_care(), legal_basis=LocalText.same("legitimate interest (Art. 6(1)(f))"))
    problems = legal_basis_problems(activity)
    assert [p.field for p in problems] == [f"activities.care.legal_basis.{language.value}" for language in Language]
    assert "Art 9(2)" in str(problems[0])
    assert legal_basis_problems(dataclasses.replace(activity, health_data=False)) == []


def test_missing_security_measures_are_named() -> None:
    register = dataclasses.replace(DEFAULT_REGISTER, security_measures=LocalText(nl="x", fr="", en="y"))
    assert [p.field for p in security_problems(register)] == ["security_measures.fr"]


def test_keys_are_unique_and_the_doctolib_account_is_not_checked_as_the_controllers() -> None:
    care = _care()
    doubled = dataclasses.replace(DEFAULT_REGISTER, activities=(*DEFAULT_REGISTER.activities, care))
    assert any("used twice" in problem for problem in register_problems(doubled))
    doctolib = dataclasses.replace(
        DEFAULT_REGISTER.activities[-1], transfers=BLANK, data_subjects=BLANK
    )
    register = dataclasses.replace(DEFAULT_REGISTER, activities=(*DEFAULT_REGISTER.activities[:-1], doctolib))
    assert register_problems(register) == []


def test_a_register_stored_before_the_art_30_elements_reads_them_from_the_policy() -> None:
    stored = json.loads(json.dumps(DEFAULT_REGISTER.to_dict()))
    del stored["security_measures"]
    for activity in stored["activities"]:
        for name in ("data_subjects", "transfers", "health_data"):
            del activity[name]
    assert ProcessingRegister.from_dict(stored) == DEFAULT_REGISTER


def test_an_activity_of_the_dpos_own_without_the_new_elements_is_incomplete() -> None:
    stored = DEFAULT_REGISTER.to_dict()
    own = {"key": "newsletter", "purpose": "Newsletter", "legal_basis": "consent (Art. 6(1)(a))",
           "data_categories": "e-mail", "recipients": "Brevo SAS", "retention": "until unsubscribed"}
    stored["activities"] = [*stored["activities"], own]  # type: ignore[misc]
    register = ProcessingRegister.from_dict(stored)
    fields = {problem.field for problem in register_problems(register)}
    assert fields == {f"activities.newsletter.{name}.{language.value}"
                      for name in ("data_subjects", "transfers") for language in Language}


def test_a_flag_that_is_not_true_or_false_is_a_clear_error() -> None:
    stored = DEFAULT_REGISTER.to_dict()
    activities = stored["activities"]
    assert isinstance(activities, list)
    activities[0] = {**activities[0], "health_data": "yes"}
    with pytest.raises(ValueError, match="appointments.health_data"):
        ProcessingRegister.from_dict(stored)


def test_changes_name_the_activity_the_elements_and_the_languages() -> None:
    new_recipients = dataclasses.replace(_care().recipients, en="the LAZEO doctors; Cegedim (hosting)")
    changed = _replaced(recipients=new_recipients)
    assert register_changes(DEFAULT_REGISTER, changed) == (
        "activity care: the recipients (Art 30(1)(d)) (en) changed",
    )


def test_activities_added_removed_and_register_texts_are_each_said() -> None:
    added = dataclasses.replace(_care(), key="teleconsultation")
    edited = dataclasses.replace(
        DEFAULT_REGISTER,
        activities=(*DEFAULT_REGISTER.activities[1:], added),
        security_measures=dataclasses.replace(DEFAULT_REGISTER.security_measures, nl="Versleuteling."),
    )
    assert register_changes(DEFAULT_REGISTER, edited) == (
        "activity teleconsultation added",
        "activity appointments removed",
        "the technical and organisational security measures (Art 30(1)(g)) (nl) changed",
    )
    assert register_changes(DEFAULT_REGISTER, DEFAULT_REGISTER) == ()


_texts = st.builds(LocalText, nl=st.text(max_size=40), fr=st.text(max_size=40), en=st.text(max_size=40))
_activities = st.builds(
    ProcessingActivity,
    key=st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True),
    purpose=_texts, legal_basis=_texts, data_categories=_texts, recipients=_texts, retention=_texts,
    doctolib_is_controller=st.booleans(), data_subjects=_texts, transfers=_texts, health_data=st.booleans(),
)
_registers = st.builds(
    ProcessingRegister,
    activities=st.lists(_activities, max_size=5, unique_by=lambda activity: activity.key).map(tuple),
    sources=_texts, storage=_texts, transfers=_texts, automated_decisions=_texts, retention_note=_texts,
    security_measures=_texts,
)


@given(register=_registers)
def test_any_register_reads_back_as_stored_and_is_unchanged_from_itself(register: ProcessingRegister) -> None:
    stored = json.loads(json.dumps(register.to_dict()))
    assert ProcessingRegister.from_dict(stored) == register
    assert register_changes(register, register) == ()


@given(old=_registers, new=_registers)
def test_two_registers_that_differ_always_have_a_change_to_say(
    old: ProcessingRegister, new: ProcessingRegister
) -> None:
    assert bool(register_changes(old, new)) == (old != new)
