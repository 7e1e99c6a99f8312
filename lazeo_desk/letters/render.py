"""The one call that turns a case into a letter PDF."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_REGISTER, OrganisationProfile, ProcessingRegister
from lazeo_desk.letters.compose import compose_letter
from lazeo_desk.letters.context import LetterExtras
from lazeo_desk.letters.layout import render_pdf
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
