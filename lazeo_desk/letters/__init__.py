"""Formal letters to data subjects: texts from templates, laid out as A4 PDFs. No Qt, no database."""

from lazeo_desk.letters.compose import compose_letter
from lazeo_desk.letters.context import LetterExtras, LetterInputError, RefusalGround, suggested_identity_items
from lazeo_desk.letters.layout import render_pdf
from lazeo_desk.letters.letter import BlockKind, ComposedLetter, LetterBlock
from lazeo_desk.letters.render import glyph_findings, render_letter
from lazeo_desk.letters.templates import (
    PLACEHOLDERS,
    REQUIRED_PLACEHOLDERS,
    TemplateError,
    TemplateOverrides,
    default_template,
    template_text,
    validate_template,
)

__all__ = [
    "PLACEHOLDERS",
    "REQUIRED_PLACEHOLDERS",
    "BlockKind",
    "ComposedLetter",
    "LetterBlock",
    "LetterExtras",
    "LetterInputError",
    "RefusalGround",
    "TemplateError",
    "TemplateOverrides",
    "compose_letter",
    "default_template",
    "glyph_findings",
    "render_letter",
    "render_pdf",
    "suggested_identity_items",
    "template_text",
    "validate_template",
]
