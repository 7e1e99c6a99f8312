"""A paragraph without markup is set from the style's own fragment instead of being parsed: it must break into the
same lines, with the same fonts, as ReportLab's parser would give it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from lazeo_desk.letters.layout import _Paragraph, make_styles

STYLES = make_styles(False)


def _lines(paragraph: Paragraph, width: float) -> list[object]:
    """Each line's words and the space left on it (what justification spreads)."""
    paragraph.wrap(width, 10_000)
    return [
        (line[0], list(line[1])) if isinstance(line, tuple) else (line.extraSpace, [f.text for f in line.words])
        for line in paragraph.blPara.lines
    ]


def _fragment(paragraph: Paragraph) -> dict[str, object]:
    fragment = paragraph.frags[0]
    return {name: getattr(fragment, name) for name in ("text", "fontName", "fontSize", "textColor", "rise")}


@given(st.text(alphabet=st.sampled_from("abcdéèçÖ Łł'’-.,;:!?«»\u00a0\n\t0123456789"), min_size=1, max_size=400))
def test_a_plain_paragraph_breaks_as_the_parser_would_break_it(text: str) -> None:
    for style in (STYLES.body, STYLES.sender, STYLES.small):
        ours, parsed = _Paragraph(text, style), Paragraph(text, style)
        assert [f.text for f in ours.frags] == [f.text for f in parsed.frags]
        if parsed.frags:
            assert _fragment(ours) == _fragment(parsed)
        for width in (80.0, 300.0):
            assert ours.wrap(width, 10_000) == parsed.wrap(width, 10_000)
            assert _lines(ours, width) == _lines(parsed, width)


def test_markup_and_escaped_text_still_go_through_the_parser() -> None:
    bold = _Paragraph("<b>Objet</b> : votre demande", STYLES.body)
    assert [f.fontName for f in bold.frags] != [STYLES.body.fontName] * len(bold.frags)
    escaped = _Paragraph("Dupont &amp; Fils &lt;SA&gt;", STYLES.body)
    assert "".join(f.text for f in escaped.frags) == "Dupont & Fils <SA>"
