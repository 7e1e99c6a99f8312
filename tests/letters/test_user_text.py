"""Whatever a user types in a name or an address never breaks a letter, and reaches the page whole."""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from letter_cases import LETTER_DAY, make_case, pdf_text
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from lazeo_desk.domain.case import DataSubject, Language, Relationship, Requester
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.letters import LetterExtras, compose_letter, render_letter
from lazeo_desk.letters.fonts import BOLD, REGULAR

# Characters the shipped font draws: Latin letters with their accents, digits, punctuation and markup signs.
LATIN = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Nd", "Pd", "Po", "Ps", "Pe", "Sm"),
    max_codepoint=0x017F,
) | st.sampled_from(list("<>&'\"/;#@éèçàùïüößøåœæĳŁłŠšŽžČčŘřĞğİıŞş"))
WORD = st.text(LATIN, min_size=1, max_size=30)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
# Anything at all: emoji, other scripts, control characters, markup, very long runs.
ANY_LINE = st.text(max_size=300)

SAFE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def squeeze(text: str) -> str:
    """No whitespace at all: the page may break a long word or line anywhere."""
    return re.sub(r"\s+", "", text)


@SAFE
@given(name=LINE, address=st.lists(LINE, min_size=1, max_size=5))
def test_typed_latin_names_and_addresses_reach_the_page_whole(name: str, address: list[str]) -> None:
    case = make_case(subject=DataSubject(name=name, address=tuple(address)))
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    page = squeeze(pdf_text(pdf))
    assert squeeze(name) in page
    for line in address:
        assert squeeze(line) in page


@SAFE
@given(
    name=ANY_LINE,
    address=st.lists(ANY_LINE, max_size=9),
    free=st.lists(ANY_LINE, max_size=3),
    enclosures=st.lists(ANY_LINE, max_size=3),
    language=st.sampled_from(list(Language)),
)
def test_any_text_in_any_field_never_raises(
    name: str, address: list[str], free: list[str], enclosures: list[str], language: Language
) -> None:
    case = make_case(
        subject=DataSubject(name="Patient", address=("1 rue A", "75001 PARIS")),
        requester=Requester(relationship=Relationship.MANDATARY, name=name, address=tuple(address)),
    )
    extras = LetterExtras(free_paragraphs=tuple(free), enclosures=tuple(enclosures))
    pdf = render_letter(
        LetterKind.ACCESS_RESPONSE, case, language=language, profile=DEFAULT_PROFILE, today=LETTER_DAY, extras=extras
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


@SAFE
@given(name=ANY_LINE, address=st.lists(ANY_LINE, max_size=9))
def test_every_typed_line_is_kept_in_the_window_block(name: str, address: list[str]) -> None:
    case = make_case(subject=DataSubject(name=name, address=tuple(address)))
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=Language.EN, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    assert len(letter.recipient) <= 6
    for typed in (name, *address):
        for line in typed.splitlines():
            if line.strip():
                assert any(line.strip() in block_line for block_line in letter.recipient)


def test_a_very_long_name_and_address_wrap_inside_the_page() -> None:
    name = "Marie-Antoinette-Joséphine " * 12 + "Supercalifragilisticexpialidocious" * 4
    address = ("Résidence " + "des Grands Chênes Verts " * 8, "Bâtiment " * 20, "75016 PARIS")
    case = make_case(subject=DataSubject(name=name, address=address))
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    assert squeeze(name) in squeeze(pdf_text(pdf))
    right_edges: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, object] | None, size: float) -> None:
        if text.strip() and font is not None:
            face = BOLD if "Bold" in str(font["/BaseFont"]) else REGULAR
            width = stringWidth(text.rstrip("\n"), face, size) * tm[0]
            right_edges.append(cm[0] * (tm[4] + width) + cm[4])

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    page.extract_text(visitor_text=visit)
    assert len(right_edges) > 10
    # Nothing runs past the right margin (20 mm), wherever it was typed.
    assert max(right_edges) <= float(page.mediabox.width) - 20 * mm + 1
