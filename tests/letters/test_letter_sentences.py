"""What the letters tell the DPO (template problems, missing input, warnings) are sentences the window translates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from letter_cases import make_case

from lazeo_desk.domain.case import Extension, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Explained, Message, Problem
from lazeo_desk.domain.organisation import DEFAULT_PROFILE, OrganisationProfile, ProfileError
from lazeo_desk.letters import PLACEHOLDERS, LetterExtras, LetterInputError, TemplateError, compose_letter
from lazeo_desk.letters.addresses import address_warnings
from lazeo_desk.letters.templates import load_template, validate_template

MINIMAL = "subject: Hello {subject_name}\nclosing: Bye,\n---\nDear {recipient_name},\n\nBody text.\n"


def test_a_problem_in_a_paragraph_names_the_paragraph_in_a_sentence_of_its_own() -> None:
    [problem] = validate_template(MINIMAL.replace("{recipient_name}", "{recipent_name}"))
    assert isinstance(problem, Message) and problem.template == "{where}: {problem}"
    where, what = problem.values["where"], problem.values["problem"]
    assert isinstance(where, Message) and (where.template, where.values["number"]) == ("paragraph {number}", 1)
    assert isinstance(what, Message)
    assert what.template == "unknown placeholder {placeholder} (did you mean {suggestion}?)"
    assert dict(what.values) == {"placeholder": "{recipent_name}", "suggestion": "{recipient_name}"}


def test_braces_are_values_so_that_a_translation_cannot_lose_their_doubling() -> None:
    [problem] = validate_template(MINIMAL.replace("Body text.", "Body { text."))
    assert problem == "paragraph 2: a '{' is not closed (write '{{' for a brace)"
    inner = problem.values["problem"]  # type: ignore[attr-defined]
    assert isinstance(inner, Message) and dict(inner.values) == {"brace": "{", "escaped": "{{"}


def test_a_missing_required_placeholder_names_the_kind_and_describes_what_it_gives() -> None:
    problems = validate_template(MINIMAL, LetterKind.REFUSAL)
    required = [p for p in problems if isinstance(p, Message) and p.template.startswith("a {kind} letter")]
    assert {p.values["placeholder"] for p in required} == {"{refusal_reasons}", "{complaint}", "{judicial_remedy}"}
    assert all(p.values["kind"] is LetterKind.REFUSAL for p in required)
    assert all(isinstance(p.values["description"], Message) for p in required)


def test_every_placeholder_description_is_a_sentence_for_the_window() -> None:
    assert all(isinstance(placeholder.description, Message) for placeholder in PLACEHOLDERS.values())


def test_a_template_error_is_explained_by_its_problems_and_still_names_the_template_in_english() -> None:
    overrides = {(LetterKind.ACKNOWLEDGEMENT, Language.FR): MINIMAL.replace("{subject_name}", "{xyz}")}
    with pytest.raises(TemplateError) as raised:
        load_template(LetterKind.ACKNOWLEDGEMENT, Language.FR, overrides)
    error = raised.value
    assert isinstance(error, Explained) and isinstance(error, ValueError)
    assert error.sentences == tuple(error.problems)
    assert str(error) == "template acknowledgement (fr): subject: unknown placeholder {xyz}"


def test_a_refusal_without_a_ground_says_so_in_a_sentence() -> None:
    with pytest.raises(LetterInputError) as raised:
        compose_letter(
            LetterKind.REFUSAL, make_case(), language=Language.FR, profile=DEFAULT_PROFILE, today=date(2026, 4, 20),
            extras=LetterExtras(),
        )
    assert isinstance(raised.value, Explained)
    [sentence] = raised.value.sentences
    assert isinstance(sentence, Message) and sentence.template.startswith("a refusal must state its ground")


def test_a_late_extension_notice_warns_with_the_last_day_as_a_date() -> None:
    case = make_case(received=date(2026, 1, 31), extension=Extension("Volume.", date(2026, 3, 5)))
    letter = compose_letter(
        LetterKind.EXTENSION_NOTICE, case, language=Language.EN, profile=DEFAULT_PROFILE, today=date(2026, 3, 5)
    )
    [late] = [w for w in letter.warnings if isinstance(w, Message) and "{day}" in w.template]
    assert late.values["day"] == date(2026, 3, 2)


def test_address_warnings_carry_counts_and_the_country_as_values() -> None:
    warnings = address_warnings("An Peeters", ["Kerkstraat 12"] * 7 + ["9000 Gent"], Jurisdiction.BE)
    by_template = {w.template: w for w in warnings if isinstance(w, Message)}
    joined = by_template["the address has {count} lines; at most {most} fit (NF Z10-011): lines were joined"]
    assert dict(joined.values) == {"count": 9, "most": 6}
    abroad = next(w for t, w in by_template.items() if t.startswith("the centre is in {country}"))
    assert abroad.values["country"] is Jurisdiction.BE
    assert abroad.startswith("the centre is in BE:")


def test_an_unreadable_logo_is_named_with_its_path(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    profile = OrganisationProfile(**{**DEFAULT_PROFILE.__dict__, "logo_path": logo})
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=profile, today=date(2026, 4, 20)
    )
    [warning] = [w for w in letter.warnings if isinstance(w, Message) and w.template.startswith("the logo image")]
    assert warning.values["path"] == logo


def test_a_damaged_stored_profile_names_the_field_beside_its_sentence() -> None:
    with pytest.raises(ProfileError) as raised:
        OrganisationProfile.from_dict({"window_side": "top"})
    [problem] = raised.value.sentences
    assert isinstance(problem, Problem) and problem.field == "window_side"
    assert problem.message.template == "unknown window side {value} (known: {known})"
    assert str(raised.value) == "window_side: unknown window side 'top' (known: left, right)"
