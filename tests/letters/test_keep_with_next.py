"""The signature never stands alone on a last page: the last paragraphs and the closing formula go with it."""

from __future__ import annotations

from datetime import date

from letter_cases import make_case, pdf_pages

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.letters import LetterExtras, render_letter

LAST_PARAGRAPH = "Pour toute question sur votre demande"
CLOSING = "Nous vous prions d'agréer"


def _pages(fillers: int) -> list[str]:
    paragraphs = tuple(
        f"Paragraphe libre numéro {n} : il occupe à peu près une ligne entière de la lettre." for n in range(fillers)
    )
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=DEFAULT_PROFILE,
        today=date(2026, 4, 20), extras=LetterExtras(free_paragraphs=paragraphs),
    )
    return pdf_pages(pdf)


def _page_of(pages: list[str], text: str) -> int:
    (page,) = [number for number, content in enumerate(pages) if text in " ".join(content.split())]
    return page


def test_a_body_that_just_fills_page_one_takes_its_last_paragraphs_to_page_two_with_the_signature() -> None:
    moved = []
    for fillers in range(4, 30):
        pages = _pages(fillers)
        last = len(pages) - 1
        # Whatever the length, the last paragraph, the closing and the signature share the last page ...
        assert _page_of(pages, LAST_PARAGRAPH) == _page_of(pages, CLOSING) == last
        assert "Brigitte PEREZ" in pages[last]
        # ... and the paragraph before goes with them: a last page never holds one paragraph and the signature.
        assert _page_of(pages, f"numéro {fillers - 1} ") == last
        if last == 1 and f"numéro {fillers - 2} " in " ".join(pages[0].split()):
            moved.append(fillers)
    # Some lengths leave room on page one for more text but not for the signature block.
    assert moved
