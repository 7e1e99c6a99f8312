"""The JSON case format: every documented field read, every error naming its field."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction, Relationship
from lazeo_desk.domain.case_json import CaseFormatError, case_from_dict, case_from_json, case_to_dict
from lazeo_desk.domain.rights import Right

README_EXAMPLE = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05",
    "rights": ["access", "erasure"],
    "subject": {"name": "Ëlodie Vercammen", "email": "elodie@example.be",
                "address": ["Kerkstraat 12 bus 3", "9000 Gent", "België"], "birth_date": "1987-02-14"},
    "requester": {"relationship": "self"},
}


def test_the_readme_example_reads_into_a_case() -> None:
    case = case_from_dict(README_EXAMPLE)
    assert case.jurisdiction is Jurisdiction.BE
    assert case.rights == (Right.ACCESS, Right.ERASURE)
    assert case.subject.birth_date == date(1987, 2, 14)
    assert case.subject.address[0] == "Kerkstraat 12 bus 3"
    assert case.requester.relationship is Relationship.SELF


def test_a_case_survives_writing_and_reading_back() -> None:
    case = case_from_dict(README_EXAMPLE)
    again = case_from_dict(case_to_dict(case))
    assert again == case


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"jurisdiction": "DE"}, "jurisdiction"),
        ({"received": "2026-02-31"}, "received"),
        ({"rights": ["access", "telepathy"]}, "rights[1]"),
        ({"rights": []}, "rights"),
        ({"channel": "pigeon"}, "channel"),
        ({"subject": {"name": "X", "birth_date": "14/02/1987"}}, "subject.birth_date"),
        ({"requester": {"relationship": "cousin"}}, "requester.relationship"),
        ({"subject": "Ëlodie"}, "subject"),
    ],
)
def test_bad_input_names_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(CaseFormatError) as caught:
        case_from_dict({**README_EXAMPLE, **change})
    assert str(caught.value).startswith(f"{field}:")


def test_a_missing_required_field_is_named() -> None:
    data = dict(README_EXAMPLE)
    del data["received"]
    with pytest.raises(CaseFormatError, match="^received: this field is required"):
        case_from_dict(data)


def test_malformed_json_says_where() -> None:
    with pytest.raises(CaseFormatError, match="malformed JSON at line 1"):
        case_from_json('{"jurisdiction": "BE",')


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.sampled_from(sorted(README_EXAMPLE) + ["extension", "outcomes", "completed"]), json_values))
def test_arbitrary_json_either_reads_or_is_refused_cleanly(patch: dict[str, object]) -> None:
    try:
        case_from_dict({**README_EXAMPLE, **patch})
    except CaseFormatError as error:
        assert ":" in str(error)


@given(st.text(max_size=200))
def test_arbitrary_text_never_escapes_as_another_error(text: str) -> None:
    try:
        case_from_json(text)
    except CaseFormatError:
        pass


def test_case_json_is_plain_json() -> None:
    json.dumps(case_to_dict(case_from_dict(README_EXAMPLE)))


HEIR_EXAMPLE = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-10-12",
    "rights": ["medical-record"],
    "subject": {"name": "Maria Claes", "title": "mrs", "family_name": "Claes", "death_date": "2026-08-03"},
    "requester": {
        "relationship": "heir", "name": "Sofie Claes", "title": "mrs", "family_name": "Claes",
        "address": ["Kasteelpleinstraat 20", "2000 Antwerpen"], "purpose": "assert-rights",
        "purpose_explanation": "de nalatenschap",
        "designated_practitioner": {"name": "Dr. Pieter Wouters", "address": ["Lange Leemstraat 5", "2018 Antwerpen"]},
    },
}  # fmt: skip


def test_titles_family_names_and_an_heirs_purpose_and_practitioner_are_read_and_written_back() -> None:
    from lazeo_desk.domain.case import HeirPurpose, Practitioner, Title

    case = case_from_dict(HEIR_EXAMPLE)
    assert (case.subject.title, case.subject.family_name) == (Title.MRS, "Claes")
    assert (case.requester.title, case.requester.family_name) == (Title.MRS, "Claes")
    assert case.requester.purpose is HeirPurpose.ASSERT_RIGHTS
    assert case.requester.designated_practitioner == Practitioner(
        "Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen"), Title.DR
    )
    written = case_to_dict(case)
    assert written["requester"]["title"] == "mrs"
    assert written["requester"]["designated_practitioner"]["name"] == "Dr. Pieter Wouters"
    assert case_from_dict(written) == case


def test_a_lawyer_is_read_from_maitre_or_its_french_abbreviation() -> None:
    from lazeo_desk.domain.case import Title

    for spelling in ("maitre", "Maître", "Me"):
        data = {**README_EXAMPLE, "requester": {"relationship": "mandatary", "name": "Hélène Roux", "title": spelling}}
        assert case_from_dict(data).requester.title is Title.MAITRE


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        ("subject", {"name": "X", "title": "sir"}, "subject.title"),
        ("requester", {"relationship": "mandatary", "title": 3}, "requester.title"),
        ("requester", {"relationship": "heir", "purpose": "curiosity"}, "requester.purpose"),
        ("requester", {"relationship": "heir", "designated_practitioner": "Dr. X"},
         "requester.designated_practitioner"),
        ("requester", {"relationship": "heir", "designated_practitioner": {"address": []}},
         "requester.designated_practitioner.name"),
        ("subject", {"name": "X", "family_name": ["Roux"]}, "subject.family_name"),
    ],
)  # fmt: skip
def test_a_bad_title_purpose_or_practitioner_is_refused_naming_the_field(where: str, value: object, field: str) -> None:
    with pytest.raises(CaseFormatError) as error:
        case_from_dict({**README_EXAMPLE, where: value})
    assert str(error.value).startswith(f"{field}:")


def test_mr_with_a_full_stop_is_mister_not_the_dutch_abbreviation_of_meester() -> None:
    from lazeo_desk.domain.case import Title

    data = {**README_EXAMPLE, "subject": {"name": "John Smith", "title": "Mr."}}
    assert case_from_dict(data).subject.title is Title.MR
