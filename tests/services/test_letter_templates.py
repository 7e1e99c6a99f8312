"""The DPO's letter templates: checked before they are kept, used by every letter, and undone by going back."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import PLACEHOLDERS, TemplateError, default_template
from lazeo_desk.letters.context import letter_addressee
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letter_templates import (
    LetterTemplateService,
    placeholders_used,
    sample_case,
    sample_extras,
)
from lazeo_desk.services.letters import LetterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow

ADDED = "Our offices are closed on Saturdays."


@pytest.fixture
def templates(db: Database, clock: FixedClock) -> LetterTemplateService:
    return LetterTemplateService(Workplace(db, clock, "Brigitte Perez"))


def _with_sentence(kind: LetterKind, language: Language, sentence: str = ADDED) -> str:
    return default_template(kind, language).rstrip("\n") + f"\n\n{sentence}\n"


def _open(service: CaseService) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.LU, language=Language.EN, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="John Smith", address=("15 rue de Hollerich", "L-1741 Luxembourg", "Luxembourg")),
        )
    )


def test_the_default_is_in_force_until_the_dpo_keeps_a_version(templates: LetterTemplateService) -> None:
    shown = templates.template(LetterKind.ACKNOWLEDGEMENT, Language.EN)
    assert not shown.adapted
    assert shown.text == shown.default == default_template(LetterKind.ACKNOWLEDGEMENT, Language.EN)


def test_a_saved_version_is_what_letters_are_written_from(
    templates: LetterTemplateService, service: CaseService
) -> None:
    text = _with_sentence(LetterKind.ACKNOWLEDGEMENT, Language.EN)
    kept = templates.save(LetterKind.ACKNOWLEDGEMENT, Language.EN, text)
    assert kept.adapted and kept.text == text
    assert templates.template(LetterKind.ACKNOWLEDGEMENT, Language.EN).text == text
    reference = _open(service)
    draft = LetterService(service).draft(reference, LetterKind.ACKNOWLEDGEMENT)
    assert ADDED in draft.letter.plain_text()
    other_language = LetterService(service).draft(reference, LetterKind.ACKNOWLEDGEMENT, language=Language.FR)
    assert ADDED not in other_language.letter.plain_text()


@pytest.mark.parametrize(
    ("kind", "change", "problem"),
    [
        (LetterKind.ACKNOWLEDGEMENT, lambda t: t + "\nSee {recipient_nmae}.\n", "did you mean {recipient_name}"),
        (LetterKind.REFUSAL, lambda t: t.replace("{judicial_remedy}", ""), "must contain {judicial_remedy}"),
        (LetterKind.ACKNOWLEDGEMENT, lambda t: t.replace("---", ""), "'---'"),
        (LetterKind.ACKNOWLEDGEMENT, lambda t: t + "\nA { brace.\n", "is not closed"),
    ],
)
def test_a_template_with_problems_is_refused_whole(
    templates: LetterTemplateService, kind: LetterKind, change: object, problem: str
) -> None:
    text = change(default_template(kind, Language.EN))  # type: ignore[operator]
    assert any(problem in line for line in templates.problems(kind, text))
    with pytest.raises(TemplateError) as raised:
        templates.save(kind, Language.EN, text)
    assert any(problem in line for line in raised.value.problems)
    assert templates.overrides() == {}


def test_back_to_default_removes_the_dpo_version(templates: LetterTemplateService) -> None:
    templates.save(LetterKind.REFUSAL, Language.NL, _with_sentence(LetterKind.REFUSAL, Language.NL))
    templates.save(LetterKind.REFUSAL, Language.FR, _with_sentence(LetterKind.REFUSAL, Language.FR))
    back = templates.reset(LetterKind.REFUSAL, Language.NL)
    assert not back.adapted and back.text == default_template(LetterKind.REFUSAL, Language.NL)
    assert list(templates.overrides()) == [(LetterKind.REFUSAL, Language.FR)]


def test_saving_the_shipped_text_again_keeps_no_adapted_version(templates: LetterTemplateService) -> None:
    templates.save(LetterKind.REFUSAL, Language.EN, _with_sentence(LetterKind.REFUSAL, Language.EN))
    again = templates.save(LetterKind.REFUSAL, Language.EN, default_template(LetterKind.REFUSAL, Language.EN))
    assert not again.adapted
    assert templates.overrides() == {}


def test_windows_line_ends_are_kept_as_unix_ones(templates: LetterTemplateService) -> None:
    text = _with_sentence(LetterKind.ACKNOWLEDGEMENT, Language.EN)
    kept = templates.save(LetterKind.ACKNOWLEDGEMENT, Language.EN, text.replace("\n", "\r\n"))
    assert kept.text == text and "\r" not in templates.overrides()[(LetterKind.ACKNOWLEDGEMENT, Language.EN)]


def test_saving_a_template_is_signed_in_the_audit_trail(templates: LetterTemplateService, db: Database) -> None:
    templates.save(LetterKind.ACKNOWLEDGEMENT, Language.EN, _with_sentence(LetterKind.ACKNOWLEDGEMENT, Language.EN))
    with db.transaction() as session:
        last = session.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
        assert last is not None
        assert last.actor == "Brigitte Perez" and ADDED in last.detail


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_previews_on_the_sample_case_without_warnings(
    templates: LetterTemplateService, kind: LetterKind, language: Language
) -> None:
    preview = templates.preview(kind, language, default_template(kind, language))
    assert preview.pdf.startswith(b"%PDF")
    assert preview.letter.warnings == ()
    addressee = letter_addressee(sample_case(language, date(2026, 3, 10), kind), kind)
    assert any(addressee.name in line for line in preview.letter.recipient)


def test_the_preview_uses_the_text_being_edited_not_the_stored_one(templates: LetterTemplateService) -> None:
    templates.save(LetterKind.ACKNOWLEDGEMENT, Language.EN, _with_sentence(LetterKind.ACKNOWLEDGEMENT, Language.EN))
    edited = _with_sentence(LetterKind.ACKNOWLEDGEMENT, Language.EN, "We also answer by telephone.")
    text = templates.preview(LetterKind.ACKNOWLEDGEMENT, Language.EN, edited).letter.plain_text()
    assert "We also answer by telephone." in text and ADDED not in text


def test_a_preview_of_a_text_with_problems_says_what_they_are(templates: LetterTemplateService) -> None:
    with pytest.raises(TemplateError, match="unknown placeholder"):
        templates.preview(LetterKind.ACKNOWLEDGEMENT, Language.EN, "subject: Hello {who}\n---\nBody.\n")


def test_the_sample_extras_speak_the_letters_language() -> None:
    assert sample_extras(Language.FR).free_paragraphs != sample_extras(Language.NL).free_paragraphs
    assert sample_case(Language.NL, date(2026, 3, 10)).jurisdiction is Jurisdiction.BE


names = st.sampled_from(sorted(PLACEHOLDERS))


@given(inline=st.lists(names, max_size=6), filler=st.text(alphabet="abc ,.", max_size=12))
def test_placeholders_used_finds_exactly_the_names_written(inline: list[str], filler: str) -> None:
    body = filler.join(f"{{{name}}}" for name in inline)
    text = f"subject: Re {{reference}}\n---\nDear {{{{x}}}} {body}\n"  # "{{x}}" prints braces: not a name
    assert placeholders_used(text) == frozenset({"reference", *inline})
