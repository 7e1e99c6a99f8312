"""Bad input never crashes: the JSON import, every text field of a case and its dates, fuzzed with hypothesis.

Whatever comes in is either stored and read back unchanged, or refused with a message naming the field
(:class:`CaseFormatError` for the import, :class:`CaseRuleError` for the rules); nothing else may escape.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.case_json import CaseFormatError, case_from_dict, case_from_json, case_to_dict
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.validation import LINE_MAX, PROOF_MAX, REQUEST_TEXT_MAX
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.store.audit import verify_chain

# The database is shared by the examples of a test: each example only adds a case.
uses_the_database = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])

VALID = {
    "jurisdiction": "BE", "language": "nl", "channel": "post", "received": "2026-03-05",
    "rights": ["access", "medical-record"],
    "subject": {"name": "Ëlodie Vercammen", "email": "elodie@example.be", "address": ["Kerkstraat 12"]},
    "requester": {"relationship": "self"},
}
TOP_FIELDS = (
    "jurisdiction", "language", "channel", "received", "completed", "answered", "closed", "awaiting_since",
    "info_requested", "rights", "subject", "requester", "extension", "outcomes", "status",
    "records_older_than_5_years", "request_text", "notes",
)
SUBJECT_FIELDS = (
    "name", "birth_date", "email", "address", "patient_number", "centre", "minor", "deceased", "death_date",
    "last_consultation",
)
REQUESTER_FIELDS = ("relationship", "name", "address", "email", "proof")

# Texts a DPO really meets, and texts meant to break things.
AWKWARD = (
    "Anaïs O'Brien-<Zoë> & Fils",
    "<script>alert('x')</script>",
    "\"quoted\" & 'single' `back`",
    "\x00nul\x01\x07\x1b[31m\x7f",
    "tab\tand\rcarriage",
    "\u202eright-to-left override",
    "zero\u200bwidth",
    "emoji 😀👩‍⚕️",
    "DROP TABLE cases; --",
    "%_\\ like wildcards",
    "  leading and trailing  ",
    "ß" * 300,
)
any_text = st.one_of(st.text(), st.sampled_from(AWKWARD))
one_line = any_text.map(lambda text: text.replace("\n", " "))
json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), any_text,
    st.dates().map(date.isoformat),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3),
    max_leaves=8,
)


def _accepts_or_names_the_problem(read: Any, *args: object) -> Case | None:
    try:
        case = read(*args)
    except CaseFormatError as error:
        assert str(error).strip(), "a refusal must say what is wrong"
        return None
    assert isinstance(case, Case)
    return case


@given(st.text())
@example("")
@example("{")
@example("[]")
@example('{"rights": {}}')
@example("1e999999")
def test_any_text_is_read_as_a_case_or_refused_with_a_message(text: str) -> None:
    _accepts_or_names_the_problem(case_from_json, text)


@given(
    top=st.dictionaries(st.sampled_from(TOP_FIELDS), json_value, max_size=4),
    subject=st.dictionaries(st.sampled_from(SUBJECT_FIELDS), json_value, max_size=4),
    requester=st.dictionaries(st.sampled_from(REQUESTER_FIELDS), json_value, max_size=3),
    dropped=st.lists(st.sampled_from(TOP_FIELDS), max_size=2),
)
def test_a_case_document_with_any_value_in_any_field_is_read_or_refused(
    top: dict[str, Any], subject: dict[str, Any], requester: dict[str, Any], dropped: list[str]
) -> None:
    data: dict[str, Any] = {
        **VALID, "subject": {**VALID["subject"], **subject}, "requester": {**VALID["requester"], **requester},
    }
    data.update(top)
    for key in dropped:
        data.pop(key, None)
    _accepts_or_names_the_problem(case_from_dict, data)
    _accepts_or_names_the_problem(case_from_json, json.dumps(data))


def _dates_near(day: date) -> st.SearchStrategy[date]:
    return st.dates(min_value=day - timedelta(days=365 * 120), max_value=day + timedelta(days=365 * 70))


@uses_the_database
@given(
    dates=st.fixed_dictionaries({
        key: st.none() | _dates_near(date(2026, 3, 10))
        for key in ("completed", "answered", "closed", "birth_date", "death_date", "last_consultation")
    }),
    received=_dates_near(date(2026, 3, 10)),
    deceased=st.booleans(),
)
def test_any_dates_are_stored_or_refused_by_a_rule(
    service: CaseService, received: date, dates: dict[str, date | None], deceased: bool
) -> None:
    case = Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=received,
        rights=(Right.ACCESS, Right.MEDICAL_RECORD), completed=dates["completed"], answered=dates["answered"],
        closed=dates["closed"],
        subject=DataSubject("Léa Martin", birth_date=dates["birth_date"], death_date=dates["death_date"],
                            deceased=deceased, last_consultation=dates["last_consultation"]),
    )
    try:
        reference = service.open_case(case)
    except CaseRuleError as error:
        assert ": " in str(error), "a refusal names the field"
        return
    stored = service.load(reference).case
    assert (stored.received, stored.completed, stored.answered, stored.closed) == (
        received, dates["completed"], dates["answered"], dates["closed"]
    )
    assert stored.subject.birth_date == dates["birth_date"]


@uses_the_database
@given(
    name=any_text, email=any_text, patient_number=any_text, centre=any_text, request_text=any_text,
    notes=any_text, address=st.lists(one_line, max_size=6), requester_name=any_text,
    requester_address=st.lists(one_line, max_size=4), requester_email=any_text, proof=any_text,
)
def test_every_text_field_comes_back_as_typed(
    service: CaseService, name: str, email: str, patient_number: str, centre: str, request_text: str,
    notes: str, address: list[str], requester_name: str, requester_address: list[str], requester_email: str,
    proof: str,
) -> None:
    case = Case(
        jurisdiction=Jurisdiction.BE, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), request_text=request_text, notes=notes,
        subject=DataSubject(name, email=email, address=tuple(address), patient_number=patient_number,
                            centre=centre),
        requester=Requester(Relationship.MANDATARY, name=requester_name, address=tuple(requester_address),
                            email=requester_email, proof=proof),
    )
    try:
        reference = service.open_case(case)
    except CaseRuleError as error:
        too_long = any(len(text) > LINE_MAX for text in (name, email, patient_number, centre, requester_name,
                                                          requester_email)) or len(proof) > PROOF_MAX
        assert not name.strip() or not requester_name.strip() or too_long
        assert ": " in str(error)
        return
    stored = service.load(reference).case
    assert (stored.subject.name, stored.subject.patient_number, stored.subject.centre) == (
        name, patient_number, centre
    )
    assert (stored.request_text, stored.notes) == (request_text, notes)
    assert (stored.requester.name, stored.requester.proof) == (requester_name, proof)
    # Addresses are kept as lines; e-mail addresses may be stored without surrounding blanks or capitals.
    assert "\n".join(stored.subject.address) == "\n".join(address)
    assert "\n".join(stored.requester.address) == "\n".join(requester_address)
    assert stored.subject.email.lower() == email.strip().lower()
    assert stored.requester.email.lower() == requester_email.strip().lower()
    again = case_from_json(json.dumps(case_to_dict(stored)))
    assert (again.subject.name, again.notes, again.requester.proof) == (name, notes, proof)
    with service.db.transaction() as session:
        assert verify_chain(session).ok


def test_texts_as_long_as_their_bounds_are_stored_whole(service: CaseService) -> None:
    long_request = ("Je demande l'accès à mon dossier médical. " * 30_000)[:REQUEST_TEXT_MAX]
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), request_text=long_request, subject=DataSubject("Ö" * LINE_MAX),
    ))
    stored = service.load(reference).case
    assert stored.request_text == long_request
    assert stored.subject.name == "Ö" * LINE_MAX


def test_texts_beyond_their_bounds_are_refused_naming_the_field(service: CaseService) -> None:
    # The attack found: a name of ten million characters took 48 seconds to put in a letter.
    case = Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject("Ö" * 10_000_000),
    )
    with pytest.raises(CaseRuleError, match=r"^subject.name: 10000000 characters, more than the 300 allowed$"):
        service.open_case(case)


def test_a_completion_date_at_the_end_of_the_calendar_is_refused_by_a_rule(service: CaseService) -> None:
    case = Case(jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST,
                received=date(2026, 3, 5), completed=date(9999, 12, 20), rights=(Right.ACCESS,),
                subject=DataSubject("Léa Martin"))
    with pytest.raises(CaseRuleError, match="completed"):
        service.open_case(case)


def test_a_lone_surrogate_in_imported_json_is_refused_with_a_message() -> None:
    document = json.dumps(VALID, ensure_ascii=False).replace("Ëlodie", "\\ud800lodie")
    with pytest.raises(CaseFormatError, match="subject.name"):
        case_from_json(document)


def test_deeply_nested_json_is_refused_with_a_message() -> None:
    with pytest.raises(CaseFormatError):
        case_from_json("[" * 100_000)


@uses_the_database
@given(st.dates(min_value=date(2026, 3, 11)))
def test_a_request_received_in_the_future_is_refused(service: CaseService, received: date) -> None:
    with pytest.raises(CaseRuleError, match="received"):
        service.open_case(Case(
            jurisdiction=Jurisdiction.LU, language=Language.EN, channel=Channel.EMAIL, received=received,
            rights=(Right.PORTABILITY,), subject=DataSubject("Jean Weber"),
        ))
