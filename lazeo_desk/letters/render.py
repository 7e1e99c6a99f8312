"""The one call that turns a case into a letter PDF, and the check that every character of it can be printed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.letter_checks import Finding, Severity
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, OrganisationProfile, ProcessingRegister
from lazeo_desk.letters.compose import compose_letter
from lazeo_desk.letters.context import LetterExtras
from lazeo_desk.letters.fonts import undrawable
from lazeo_desk.letters.layout import render_pdf
from lazeo_desk.letters.letter import ComposedLetter
from lazeo_desk.letters.templates import TemplateOverrides


def render_letter(
    kind: LetterKind,
    case: Case,
    *,
    language: Language,
    profile: OrganisationProfile,
    today: date,
    extras: LetterExtras | None = None,
    template_overrides: TemplateOverrides | None = None,
    closure_days: Iterable[date] = (),
    register: ProcessingRegister = DEFAULT_REGISTER,
) -> bytes:
    """The PDF bytes of a letter of ``kind`` for ``case`` (see :func:`compose_letter` for the errors raised)."""
    letter = compose_letter(
        kind,
        case,
        language=language,
        profile=profile,
        today=today,
        extras=extras,
        template_overrides=template_overrides,
        closure_days=closure_days,
        register=register,
    )
    return render_pdf(letter, profile)


def glyph_findings(letter: ComposedLetter) -> list[Finding]:
    """A letter holding characters no shipped font can draw is refused, naming them, instead of printing a gap.

    docs/rules.md, Letters: names and addresses are printed exactly as typed; a name that would silently lose its
    characters on paper would reach nobody. The DPO types a transliteration in the Latin alphabet instead.
    """
    texts = (
        letter.plain_text(), *letter.sender, *letter.footer, letter.signatory_organisation, letter.continued_label,
    )
    missing = undrawable(texts)
    if not missing:
        return []
    return [
        Finding(
            "undrawable-characters",
            Severity.REFUSE,
            said(
                "the letter font cannot print {characters}: type the name or address in Latin letters "
                "(a transliteration) instead",
                characters=", ".join(missing),
            ),
        )
    ]
