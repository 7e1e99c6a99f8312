"""The letter fonts: what Carlito lacks is set in the bundled DejaVu Sans, what no font has is named, never dropped."""

from __future__ import annotations

import io
from datetime import date

import pytest
from letter_cases import make_case, pdf_text
from pypdf import PdfReader

from lazeo_desk.domain.case import DataSubject, Relationship, Requester
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.letters import LetterExtras, render_letter
from lazeo_desk.letters.fonts import drawable, undrawable
from lazeo_desk.letters.markup import bold, data


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("王小明", ["U+738B 王", "U+5C0F 小", "U+660E 明"]),
        ("Louise 🦄", ["U+1F984 🦄"]),
        ("דוד", ["U+05D3 ד", "U+05D5 ו"]),  # right to left: ReportLab would print it backwards
        ("Anaïs O'Brien-<Zoë> & Fils", []),
        ("Zoe\u0301 ნინო Σοφία Наталья", []),
    ],
)
def test_undrawable_names_each_character_no_shipped_font_prints_once(text: str, named: list[str]) -> None:
    assert undrawable([text, text]) == named


def test_latin_text_is_escaped_as_before_and_other_scripts_are_set_in_the_fallback() -> None:
    assert data("Anaïs O'Brien-<Zoë> & Fils") == "Anaïs O'Brien-&lt;Zoë&gt; &amp; Fils"
    assert data("Nino ნინო <x>") == 'Nino <font face="DejaVuSans">ნინო</font> &lt;x&gt;'
    assert bold("ნინო") == '<b><font face="DejaVuSans-Bold">ნინო</font></b>'
    assert data("Zoe\u0301") == "Zoé"  # composed: Carlito has the accented letter
    assert drawable("\u0303") and not drawable("王")


def test_a_georgian_name_is_printed_whole_with_the_fallback_embedded() -> None:
    # Written to a lawyer, the subject line names the patient in bold: the bold fallback face is used there.
    lawyer = Requester(relationship=Relationship.MANDATARY, name="Hélène Roux", address=("1 rue A", "69002 LYON"))
    case = make_case(subject=DataSubject(name="ნინო ბერიძე", address=("3 rue Lepic", "75018 PARIS")), requester=lawyer)
    pdf = render_letter(
        LetterKind.MEDICAL_RECORD_COVER, case, language=case.language, profile=DEFAULT_PROFILE,
        today=date(2026, 4, 20), extras=LetterExtras(enclosures=("Copie",)),
    )
    assert "ნინო ბერიძე" in pdf_text(pdf)
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"Carlito", "DejaVuSans", "DejaVuSans-Bold"} <= fonts


def test_reportlab_sets_letters_with_its_c_accelerators() -> None:
    """rl_accel is a dependency: without it ReportLab measures every word in pure Python."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"


def test_a_letter_whose_lines_mix_fonts_keeps_each_run_in_its_face() -> None:
    from lazeo_desk.letters.markup import data

    # Georgian is drawn by the fallback face only; the Latin around it stays in the letter font, escaped.
    assert data("Nino ნინო & <Co>") == 'Nino <font face="DejaVuSans">ნინო</font> &amp; &lt;Co&gt;'
