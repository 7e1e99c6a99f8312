"""Every kind of letter, in every language, for varied cases: what reaches the printed page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from letter_cases import (
    LETTER_DAY,
    TRICKY_NAME,
    flat,
    full_extras,
    make_case,
    pdf_pages,
    pdf_text,
    varied_cases,
    with_language,
)
from pypdf import PdfReader

from lazeo_desk.domain.case import (
    DataSubject,
    Extension,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
)
from lazeo_desk.domain.heirs import heir_letter_refusal
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE, WindowSide
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import (
    ComposedLetter,
    LetterExtras,
    LetterInputError,
    RefusalGround,
    compose_letter,
    render_letter,
    render_pdf,
)
from lazeo_desk.letters.layout import LetterDocument

CASES = varied_cases()

AUTHORITY_MARKERS = {
    (Jurisdiction.FR, Language.FR): ("Commission nationale de l'informatique et des libertés", "75334 Paris Cedex 07"),
    (Jurisdiction.FR, Language.EN): ("Commission nationale de l'informatique et des libertés", "75334 Paris Cedex 07"),
    (Jurisdiction.FR, Language.NL): ("Commission nationale de l'informatique et des libertés", "75334 Paris Cedex 07"),
    (Jurisdiction.BE, Language.NL): ("Gegevensbeschermingsautoriteit", "Drukpersstraat 35"),
    (Jurisdiction.BE, Language.FR): ("Autorité de protection des données", "Rue de la Presse 35"),
    (Jurisdiction.BE, Language.EN): ("Data Protection Authority", "Drukpersstraat 35 / Rue de la Presse 35"),
    (Jurisdiction.LU, Language.EN): ("Commission nationale pour la protection des données", "L-4370 Belvaux"),
    (Jurisdiction.LU, Language.FR): ("Commission nationale pour la protection des données", "L-4370 Belvaux"),
    (Jurisdiction.LU, Language.NL): ("Commission nationale pour la protection des données", "L-4370 Belvaux"),
}

LETTER_DATES = {
    Language.FR: "Paris, le 20 avril 2026",
    Language.NL: "Parijs, 20 april 2026",
    Language.EN: "Paris, 20 April 2026",
}


def render(kind: LetterKind, case_key: str, language: Language, extras: LetterExtras | None = None) -> bytes:
    case = with_language(CASES[case_key], language)
    return render_letter(
        kind, case, language=language, profile=DEFAULT_PROFILE, today=LETTER_DAY, extras=extras or full_extras()
    )


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("case_key", sorted(CASES))
def test_every_kind_prints_recipient_date_and_reference_verbatim(
    case_key: str, kind: LetterKind, language: Language
) -> None:
    case = CASES[case_key]
    refusal = heir_letter_refusal(case, kind)
    if refusal is not None:
        with pytest.raises(LetterInputError, match=re.escape(refusal)):
            render(kind, case_key, language)
        return
    pdf = render(kind, case_key, language)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    addressee: object = case.requester if case.requester.is_representative else case.subject
    if kind is LetterKind.PRACTITIONER_COVER:
        addressee = case.requester.designated_practitioner
    assert isinstance(addressee, DataSubject | Requester | Practitioner)
    assert flat(addressee.name) in text
    for line in addressee.address:
        assert flat(line) in text
    assert LETTER_DATES[language] in text
    assert "DSAR-2026-0042" in text


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", [LetterKind.REFUSAL, LetterKind.ERASURE_PARTLY_REFUSED, LetterKind.ACCESS_RESPONSE])
@pytest.mark.parametrize("case_key", sorted(CASES))
def test_letters_name_the_authority_of_the_centres_country(case_key: str, kind: LetterKind, language: Language) -> None:
    if heir_letter_refusal(CASES[case_key], kind) is not None:
        with pytest.raises(LetterInputError, match="recital 27"):
            render(kind, case_key, language)
        return
    text = pdf_text(render(kind, case_key, language))
    name, address = AUTHORITY_MARKERS[(CASES[case_key].jurisdiction, language)]
    assert name in text
    assert address in text
    others = {j for j in Jurisdiction} - {CASES[case_key].jurisdiction}
    for other in others:
        assert AUTHORITY_MARKERS[(other, language)][1] not in text


@pytest.mark.parametrize("language", list(Language))
def test_refusal_gives_reasons_complaint_and_judicial_remedy(language: Language) -> None:
    text = pdf_text(render(LetterKind.REFUSAL, "fr-self", language))
    article = {Language.FR: "article 79 du RGPD", Language.NL: "artikel 79 AVG", Language.EN: "Article 79 GDPR"}
    identity = {Language.FR: "11.2 et 12.2", Language.NL: "11.2 en 12.2", Language.EN: "11(2) and 12(2)"}
    assert article[language] in text
    assert identity[language] in text
    assert "La copie transmise était illisible." in text


@pytest.mark.parametrize(
    ("ground", "marker"),
    [(RefusalGround.MANIFESTLY_UNFOUNDED, "manifestly unfounded"), (RefusalGround.EXCESSIVE, "excessive")],
)
def test_refusal_states_the_ground_chosen(ground: RefusalGround, marker: str) -> None:
    extras = replace(full_extras(), refusal_ground=ground)
    text = pdf_text(render(LetterKind.REFUSAL, "lu-self", Language.EN, extras=extras))
    assert marker in text
    assert "Article 12(5) GDPR" in text


ART_15_LABELS = {
    Language.EN: ["(a) Purpose and legal basis", "(b) Data", "(c) Recipients", "(d) Retention", "(e) Your rights",
                  "(f) Complaint", "(g) Source of the data", "(h) Automated decisions", "Article 15(2) GDPR"],
    Language.FR: ["(a) Finalité et base légale", "(b) Données", "(c) Destinataires", "(d) Conservation",
                  "(e) Vos droits", "(f) Réclamation", "(g) Source des données", "(h) Décision automatisée",
                  "article 15.2 du RGPD"],
    Language.NL: ["(a) Doel en rechtsgrond", "(b) Gegevens", "(c) Ontvangers", "(d) Bewaartermijn", "(e) Uw rechten",
                  "(f) Klacht", "(g) Bron van de gegevens", "(h) Geautomatiseerde besluitvorming",
                  "artikel 15.2 AVG"],
}  # fmt: skip


@pytest.mark.parametrize("language", list(Language))
def test_access_response_lists_every_article_15_item_and_the_enclosures(language: Language) -> None:
    text = pdf_text(render(LetterKind.ACCESS_RESPONSE, "be-self", language))
    for label in ART_15_LABELS[language]:
        assert label in text
    # Actual recipients are named (CJEU C-154/21), the safeguard for transfers too (Art 15(2)).
    assert "Doctolib SAS" in text
    assert "PlanetHoster" in text
    clauses = {
        Language.EN: "standard contractual clauses",
        Language.FR: "clauses contractuelles types",
        Language.NL: "standaardcontractbepalingen",
    }
    assert clauses[language] in text
    assert "HDS" in text
    assert "Copie du dossier patient (12 pages)" in text
    assert "Historique des rendez-vous (CSV)" in text


def test_access_response_runs_over_pages_numbered_n_of_total_with_the_reference_on_each() -> None:
    pages = pdf_pages(render(LetterKind.ACCESS_RESPONSE, "fr-self", Language.FR))
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, start=1):
        assert f"{number}/{total}" in page
        assert "DSAR-2026-0042" in page


def test_a_one_page_letter_carries_no_page_number() -> None:
    pages = pdf_pages(render(LetterKind.OBJECTION_UPHELD, "fr-self", Language.FR, extras=LetterExtras()))
    assert len(pages) == 1
    assert "1/1" not in pages[0]


def test_erasure_partly_refused_states_the_computed_end_of_retention_scenario_2() -> None:
    case = make_case(rights=(Right.ERASURE, Right.OBJECTION), received=date(2026, 4, 8))
    pdf = render_letter(
        LetterKind.ERASURE_PARTLY_REFUSED, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    text = pdf_text(pdf)
    assert "jusqu'au 3 novembre 2045" in text
    assert "17.3.b et 17.3.c" in text
    assert "CNIL" in text


def test_erasure_partly_refused_keeps_a_french_minors_file_until_the_28th_birthday() -> None:
    case = replace(varied_cases()["be-minor-parent"], jurisdiction=Jurisdiction.FR)
    pdf = render_letter(
        LetterKind.ERASURE_PARTLY_REFUSED, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    # Seen at 4 in March 2021: twenty years end in 2041, the 28th birthday is 1 May 2044.
    assert "jusqu'au 1er mai 2044" in pdf_text(pdf)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.FR, "jusqu'au 1er mars 2051 : 30 ans à compter de la dernière consultation"),
        (Language.NL, "bewaard tot 1 maart 2051: 30 jaar na de laatste raadpleging"),
        (Language.EN, "kept until 1 March 2051: 30 years after the last consultation"),
    ],
)
def test_a_belgian_erasure_partly_refused_keeps_the_file_thirty_years(language: Language, expected: str) -> None:
    # Belgian law (22 April 2019, art. 35) requires at least 30 years, longer than the French rules of the policy.
    text = pdf_text(render(LetterKind.ERASURE_PARTLY_REFUSED, "be-minor-parent", language))
    assert expected in text
    assert "2041" not in text and "2044" not in text


def test_an_heir_gets_no_gdpr_erasure_letter_about_the_deceased() -> None:
    with pytest.raises(LetterInputError, match="recital 27"):
        render(LetterKind.ERASURE_PARTLY_REFUSED, "fr-deceased-heir", Language.EN)


def test_extension_notice_gives_reasons_and_the_date_three_months_from_receipt_scenario_7() -> None:
    case = make_case(
        rights=(Right.ACCESS,),
        received=date(2026, 1, 31),
        extension=Extension(reason="Cinq années de dossiers dans trois centres.", notice_date=date(2026, 2, 20)),
    )
    letter = compose_letter(
        LetterKind.EXTENSION_NOTICE, case, language=Language.FR, profile=DEFAULT_PROFILE, today=date(2026, 2, 20)
    )
    text = flat(letter.plain_text())
    assert "au plus tard le 30 avril 2026" in text
    assert "Cinq années de dossiers dans trois centres." in text
    assert letter.mention == "Lettre recommandée avec accusé de réception"
    assert not any("extension notice had to go out" in warning for warning in letter.warnings)


def test_a_late_extension_notice_is_still_written_but_warns_the_dpo() -> None:
    case = make_case(received=date(2026, 1, 31), extension=Extension("Volume.", date(2026, 3, 5)))
    letter = compose_letter(
        LetterKind.EXTENSION_NOTICE, case, language=Language.EN, profile=DEFAULT_PROFILE, today=date(2026, 3, 5)
    )
    assert any("2026-03-02" in warning for warning in letter.warnings)


def test_acknowledgement_gives_the_governing_belgian_patient_law_date_scenario_1() -> None:
    text = pdf_text(render(LetterKind.ACKNOWLEDGEMENT, "be-self", Language.NL))
    assert "uiterlijk op 20 maart 2026" in text
    assert "Gent" in text


def test_medical_record_cover_says_the_first_copy_is_free_and_cites_the_national_law() -> None:
    text = pdf_text(render(LetterKind.MEDICAL_RECORD_COVER, "be-self", Language.NL))
    assert "C-307/22" in text
    assert "wet van 22 augustus 2002" in text


def test_referral_explains_doctolib_is_controller_for_the_account() -> None:
    text = pdf_text(render(LetterKind.REFERRAL_DOCTOLIB, "fr-self", Language.FR))
    assert "Un compte Doctolib relève de la responsabilité de Doctolib" in text


def test_a_representatives_letter_goes_to_the_representative_and_names_the_data_subject() -> None:
    letter = compose_letter(
        LetterKind.MEDICAL_RECORD_COVER,
        CASES["fr-lawyer"],
        language=Language.FR,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        extras=full_extras(),
    )
    assert letter.recipient[0] == "Maître Claire Dubois-Lefèvre"
    assert ("Personne concernée", TRICKY_NAME) in letter.references
    text = flat(letter.plain_text())
    # French elides "de" before a vowel: "au nom d'Anaïs".
    assert f"au nom d'{TRICKY_NAME}" in text
    assert f"Copie du dossier médical d'{TRICKY_NAME}" in text
    assert "mandataire" in text


def test_registered_mention_follows_the_kind_and_can_be_switched_off() -> None:
    refusal = compose_letter(
        LetterKind.REFUSAL,
        CASES["lu-self"],
        language=Language.EN,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        extras=full_extras(),
    )
    plain = compose_letter(
        LetterKind.REFUSAL,
        CASES["lu-self"],
        language=Language.EN,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        extras=replace(full_extras(), registered_mention=False),
    )
    assert refusal.mention == "By registered post"
    assert plain.mention == ""


def test_a_refusal_without_a_ground_is_refused_with_a_clear_message() -> None:
    with pytest.raises(LetterInputError, match="ground"):
        render(LetterKind.REFUSAL, "fr-self", Language.FR, extras=LetterExtras())


def test_an_extension_notice_without_reasons_is_refused_with_a_clear_message() -> None:
    with pytest.raises(LetterInputError, match="reasons"):
        render(LetterKind.EXTENSION_NOTICE, "fr-self", Language.FR, extras=LetterExtras())


def test_identity_request_suggests_proof_of_authority_for_an_heir_when_nothing_was_typed() -> None:
    text = pdf_text(render(LetterKind.IDENTITY_REQUEST, "fr-deceased-heir", Language.FR, extras=LetterExtras()))
    assert "acte de décès" in text
    assert "acte de notoriété" in text


def test_identity_request_prints_the_items_typed() -> None:
    extras = LetterExtras(items_requested=("Votre date de naissance", "Le numéro de votre dossier <P-12>"))
    text = pdf_text(render(LetterKind.IDENTITY_REQUEST, "fr-self", Language.FR, extras=extras))
    assert "Le numéro de votre dossier <P-12>" in text


def test_free_paragraphs_are_printed_verbatim_and_marked_editable() -> None:
    extras = LetterExtras(free_paragraphs=("Premier <b>paragraphe</b> & suite.", "  ", "Second."))
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT,
        CASES["fr-self"],
        language=Language.FR,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
        extras=extras,
    )
    assert letter.free_paragraphs == ("Premier <b>paragraphe</b> & suite.", "Second.")
    text = pdf_text(render(LetterKind.ACKNOWLEDGEMENT, "fr-self", Language.FR, extras=extras))
    assert "Premier <b>paragraphe</b> & suite." in text


def _embedded_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return sorted(fonts.items())


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_font_in_the_pdf_is_embedded(kind: LetterKind) -> None:
    case_key = "fr-self" if heir_letter_refusal(CASES["fr-self"], kind) is None else "be-deceased-relative"
    fonts = _embedded_fonts(render(kind, case_key, Language.FR))
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts


def test_the_page_is_a4() -> None:
    page = PdfReader(io.BytesIO(render(LetterKind.ACKNOWLEDGEMENT, "fr-self", Language.FR))).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def _x_of(pdf: bytes, needle: str) -> float:
    """Where on the first page (points from the left) the text run containing ``needle`` starts."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if needle in text:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert found, needle
    return found[0]


@pytest.mark.parametrize(("side", "left_mm"), [(WindowSide.RIGHT, 110), (WindowSide.LEFT, 25)])
def test_the_recipient_sits_in_the_envelope_window_on_the_chosen_side(side: WindowSide, left_mm: int) -> None:
    profile = replace(DEFAULT_PROFILE, window_side=side)
    case = make_case(subject=DataSubject(name="Zacharie Window", address=("1 rue Test", "75001 PARIS")))
    pdf = render_letter(LetterKind.ACKNOWLEDGEMENT, case, language=Language.FR, profile=profile, today=LETTER_DAY)
    assert _x_of(pdf, "Zacharie Window") == pytest.approx(left_mm * 72 / 25.4, abs=2)


def test_same_input_gives_the_same_bytes_so_the_stored_hash_is_stable() -> None:
    first = render(LetterKind.ACKNOWLEDGEMENT, "fr-self", Language.FR)
    assert render(LetterKind.ACKNOWLEDGEMENT, "fr-self", Language.FR) == first


def test_a_missing_address_is_a_warning_not_a_crash() -> None:
    case = make_case(
        requester=Requester(relationship=Relationship.GUARDIAN, name="Tuteur sans adresse"),
    )
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    )
    assert any("no postal address" in warning for warning in letter.warnings)
    assert render_letter(
        LetterKind.ACKNOWLEDGEMENT, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY
    ).startswith(b"%PDF")


def test_a_letter_for_an_unsaved_case_warns_that_it_has_no_reference() -> None:
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT,
        make_case(reference=None),
        language=Language.EN,
        profile=DEFAULT_PROFILE,
        today=LETTER_DAY,
    )
    assert any("no reference" in warning for warning in letter.warnings)


def test_an_unreadable_logo_or_signature_falls_back_to_the_brand_and_a_space_to_sign(tmp_path: Path) -> None:
    (tmp_path / "broken.png").write_bytes(b"not an image")
    profile = replace(DEFAULT_PROFILE, logo_path=tmp_path / "broken.png", signature_path=tmp_path / "missing.png")
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=profile, today=LETTER_DAY
    )
    assert any("logo" in warning for warning in letter.warnings)
    assert any("signature" in warning for warning in letter.warnings)
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=profile, today=LETTER_DAY
    )
    assert "LAZEO" in pdf_text(pdf)


def test_a_logo_and_a_scanned_signature_are_placed_on_the_page(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (400, 120), (30, 60, 90)).save(tmp_path / "logo.png")
    Image.new("RGB", (300, 100), (10, 10, 10)).save(tmp_path / "signature.png")
    profile = replace(DEFAULT_PROFILE, logo_path=tmp_path / "logo.png", signature_path=tmp_path / "signature.png")
    letter = compose_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=profile, today=LETTER_DAY
    )
    assert letter.warnings == ()
    pdf = render_letter(
        LetterKind.ACKNOWLEDGEMENT, make_case(), language=Language.FR, profile=profile, today=LETTER_DAY
    )
    images = PdfReader(io.BytesIO(pdf)).pages[0].images
    assert len(images) == 2


def test_an_heir_gets_no_gdpr_access_response_about_the_deceased_recital_27() -> None:
    with pytest.raises(LetterInputError, match="recital 27"):
        render(LetterKind.ACCESS_RESPONSE, "fr-deceased-heir", Language.EN)


def test_a_letter_that_just_spills_over_is_set_tighter_to_keep_one_page() -> None:
    def letter_with(lines: int) -> ComposedLetter:
        extras = LetterExtras(free_paragraphs=tuple(f"Ligne ajoutée numéro {n}." for n in range(lines)))
        return compose_letter(
            LetterKind.ACKNOWLEDGEMENT,
            CASES["fr-self"],
            language=Language.FR,
            profile=DEFAULT_PROFILE,
            today=LETTER_DAY,
            extras=extras,
        )

    def pages(letter: ComposedLetter, compact: bool) -> int:
        document = LetterDocument(letter, DEFAULT_PROFILE, compact=compact)
        document.build()
        return document.pages

    spilling = next(
        letter for letter in map(letter_with, range(40)) if pages(letter, False) == 2 and pages(letter, True) == 1
    )
    assert len(PdfReader(io.BytesIO(render_pdf(spilling, DEFAULT_PROFILE))).pages) == 1


def test_a_signature_block_led_by_the_authoritys_address_stays_on_the_page_it_fits() -> None:
    """The last paragraphs kept with the signature include the authority's address, itself kept with the sentence
    that introduces it: the block must still go where it fits, not to a new page leaving a hole."""
    extras = LetterExtras(
        refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED,
        refusal_reason="La copie transmise était illisible.",
        enclosures=("Copie du dossier patient", "Historique des rendez-vous (CSV)"),
    )
    pdf = render_letter(
        LetterKind.REFUSAL, make_case(), language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY,
        extras=extras,
    )
    pages = [" ".join(page.split()) for page in pdf_pages(pdf)]
    assert len(pages) == 1
    assert "Commission nationale de l'informatique et des libertés" in pages[0]
    assert "Brigitte PEREZ" in pages[0]


@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.REFUSAL, LetterKind.ERASURE_PARTLY_REFUSED])
def test_the_tighter_layout_is_left_untried_only_when_it_cannot_save_a_page(kind: LetterKind) -> None:
    """Over letters of every length around a page break, the bound that spares the second layout never stands
    between a letter and the page the tighter layout saves, and never claims more than that layout took off."""
    case = make_case(rights=(Right.ERASURE,)) if kind is LetterKind.ERASURE_PARTLY_REFUSED else make_case()
    saved = skipped = 0
    for lines in range(0, 48, 1):
        words = " ".join(["mot"] * (3 + 7 * (lines % 5)))
        extras = LetterExtras(
            free_paragraphs=tuple(f"Paragraphe {n} : {words}." for n in range(lines)),
            refusal_ground=RefusalGround.EXCESSIVE,
            refusal_reason="Cinq demandes identiques en un mois.",
        )
        letter = compose_letter(kind, case, language=Language.FR, profile=DEFAULT_PROFILE, today=LETTER_DAY,
                                extras=extras)
        normal = LetterDocument(letter, DEFAULT_PROFILE)
        normal.lay_out()
        tight = LetterDocument(letter, DEFAULT_PROFILE, compact=True)
        tight.lay_out()
        assert normal.least_compact_height(tight.pages) <= tight.placed_height + 1e-6
        if tight.pages < normal.pages:
            saved += 1
            assert normal.compact_could_save_a_page()
        elif normal.pages > 1 and not normal.compact_could_save_a_page():
            skipped += 1
    # The lengths cover both: letters the tighter layout saves a page of, and letters it is spared for.
    assert saved and skipped


@pytest.mark.parametrize(
    "brand", ["Clinique <Lazeo> & Fils", "Centre de médecine esthétique et de dermatologie de la région lyonnaise"]
)
def test_the_brand_is_printed_as_written_on_one_line_or_wrapped_when_too_long(brand: str) -> None:
    profile = replace(DEFAULT_PROFILE, brand=brand, website="https://lazeo.example/<fr>&nl")
    pdf = render_letter(
        LetterKind.ACCESS_RESPONSE, make_case(), language=Language.FR, profile=profile, today=LETTER_DAY
    )
    text = " ".join(pdf_text(pdf).split())
    assert brand in text
    assert "https://lazeo.example/<fr>&nl" in text
