"""Letter templates: the defaults are sound, edits are checked while typed, overrides are used, never blanks."""

from __future__ import annotations

import pytest
from letter_cases import LETTER_DAY, full_extras, make_case, pdf_text

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.letters import (
    PLACEHOLDERS,
    REQUIRED_PLACEHOLDERS,
    TemplateError,
    compose_letter,
    default_template,
    render_letter,
    template_text,
    validate_template,
)
from lazeo_desk.letters.resources import template_path
from lazeo_desk.letters.templates import parse_template

MINIMAL = "subject: Hello {subject_name}\nclosing: Bye,\n---\nDear {recipient_name},\n\nBody text.\n"


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_default_template_is_valid_for_its_kind(kind: LetterKind, language: Language) -> None:
    text = default_template(kind, language)
    assert validate_template(text, kind) == []
    parsed, problems = parse_template(text)
    assert problems == []
    assert parsed.subject
    assert parsed.closing


def test_the_default_is_the_file_in_resources() -> None:
    path = template_path(LetterKind.REFUSAL, Language.NL)
    assert path.parent.name == "nl"
    assert default_template(LetterKind.REFUSAL, Language.NL) == path.read_text(encoding="utf-8")


def test_a_valid_minimal_template_has_no_problem() -> None:
    assert validate_template(MINIMAL) == []


def test_an_unknown_placeholder_is_reported_with_a_suggestion() -> None:
    problems = validate_template(MINIMAL.replace("{recipient_name}", "{recipent_name}"))
    assert problems == ["paragraph 1: unknown placeholder {recipent_name} (did you mean {recipient_name}?)"]


def test_an_unknown_placeholder_in_the_subject_is_reported() -> None:
    problems = validate_template(MINIMAL.replace("{subject_name}", "{patient}"))
    assert any(problem.startswith("subject: unknown placeholder {patient}") for problem in problems)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Text { not closed", "a '{' is not closed"),
        ("Text } stray", "a '}' has no opening brace"),
        ("Text {Recipient Name}", "is not a placeholder name"),
        ("Text {0}", "is not a placeholder name"),
        ("Text {recipient_name:>10}", "is not a placeholder name"),
    ],
)
def test_malformed_braces_are_reported(body: str, expected: str) -> None:
    problems = validate_template(MINIMAL + "\n" + body + "\n")
    assert any(expected in problem for problem in problems), problems


def test_doubled_braces_print_a_brace() -> None:
    overrides = {(LetterKind.ACKNOWLEDGEMENT, Language.EN): MINIMAL + "\nSet {{braces}} here.\n"}
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT,
        make_case(),
        language=Language.EN,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        template_overrides=overrides,
    )
    assert "Set {braces} here." in letter.plain_text()


def test_a_block_placeholder_inside_a_sentence_is_reported() -> None:
    problems = validate_template(MINIMAL + "\nSee {access_information} below.\n")
    assert problems == ["paragraph 3: {access_information} is a block and must stand alone in its paragraph"]


def test_missing_separator_and_subject_are_reported() -> None:
    problems = validate_template("Dear {recipient_name},\n")
    assert any("'---'" in problem for problem in problems)
    assert any("subject line is missing" in problem for problem in problems)


def test_an_unknown_header_line_is_reported() -> None:
    problems = validate_template("subject: S\nsignature: X\n---\nBody\n")
    assert any("header line 2" in problem for problem in problems)


def test_an_empty_body_is_reported() -> None:
    assert "the letter body is empty" in validate_template("subject: S\n---\n\n# only a comment\n")


@pytest.mark.parametrize("kind", sorted(REQUIRED_PLACEHOLDERS))
def test_removing_what_the_law_requires_is_reported_for_that_kind(kind: LetterKind) -> None:
    text = default_template(kind, Language.EN)
    for name in REQUIRED_PLACEHOLDERS[kind]:
        stripped = text.replace("{" + name + "}", "")
        problems = validate_template(stripped, kind)
        assert any(f"must contain {{{name}}}" in problem for problem in problems)


def test_every_required_placeholder_is_a_known_one() -> None:
    for names in REQUIRED_PLACEHOLDERS.values():
        assert names <= set(PLACEHOLDERS)


def test_an_override_is_used_instead_of_the_default() -> None:
    custom = (
        "subject: Reçu pour {reference}\nclosing: Cordialement,\n---\nMadame, Monsieur,\n\n"
        "Texte adapté par la déléguée pour {subject_name}.\n"
    )
    overrides = {(LetterKind.ACKNOWLEDGEMENT, Language.FR): custom}
    text, is_override = template_text(LetterKind.ACKNOWLEDGEMENT, Language.FR, overrides)
    assert is_override
    assert text == custom
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT,
        make_case(),
        language=Language.FR,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        template_overrides=overrides,
    )
    page = pdf_text(pdf)
    assert "Texte adapté par la déléguée" in page
    assert "Reçu pour DSAR-2026-0042" in page


def test_going_back_to_the_default_is_dropping_the_override() -> None:
    overrides = {(LetterKind.ACKNOWLEDGEMENT, Language.FR): MINIMAL}
    text, is_override = template_text(LetterKind.ACKNOWLEDGEMENT, Language.NL, overrides)
    assert not is_override
    assert text == default_template(LetterKind.ACKNOWLEDGEMENT, Language.NL)


def test_an_invalid_override_stops_the_letter_instead_of_printing_a_blank() -> None:
    overrides = {(LetterKind.REFUSAL, Language.EN): MINIMAL.replace("{recipient_name}", "{nonsense}")}
    with pytest.raises(TemplateError) as raised:
        render_letter(
            LetterKind.REFUSAL,
            make_case(),
            language=Language.EN,
            profile=DEFAULT_PROFILE,
            today=LETTER_DAY,
            extras=full_extras(),
            template_overrides=overrides,
        )
    message = str(raised.value)
    assert "refusal (en)" in message
    assert "{nonsense}" in message
    assert "must contain {complaint}" in message


def test_bullet_lines_in_a_template_become_a_list() -> None:
    overrides = {(LetterKind.ACKNOWLEDGEMENT, Language.EN): MINIMAL + "\nWe need:\n- one thing\n- another\n  thing\n"}
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT,
        make_case(),
        language=Language.EN,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        template_overrides=overrides,
    )
    bullets = [block for block in letter.body if block.items]
    assert bullets[-1].items == ("one thing", "another thing")


def test_crlf_line_ends_from_a_windows_editor_are_accepted() -> None:
    assert validate_template(MINIMAL.replace("\n", "\r\n")) == []
