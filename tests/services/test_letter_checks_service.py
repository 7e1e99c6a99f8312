"""Letters checked before they go out, through the service the window and the command line share."""

from __future__ import annotations

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind, proposed_kinds
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras, RefusalGround
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterRefused, LetterService, SendMethod


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def _open(
    service: CaseService,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    received: date = date(2026, 3, 5),
    *,
    jurisdiction: Jurisdiction = Jurisdiction.FR,
    language: Language = Language.FR,
    name: str = "Louise Martin",
    request_text: str = "",
) -> str:
    return service.open_case(
        Case(
            jurisdiction=jurisdiction, language=language, channel=Channel.EMAIL, received=received, rights=rights,
            subject=DataSubject(name=name, email="louise@example.fr", address=("12 rue des Lilas", "75016 PARIS")),
            request_text=request_text,
        )
    )


@pytest.fixture
def letters(service: CaseService) -> LetterService:
    return LetterService(service)


def test_scenario_11_nothing_held_is_answered_by_the_no_data_held_letter_due_3_december(
    service: CaseService, letters: LetterService, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Europe/Paris")))
    ref = _open(service, received=date(2026, 11, 3), name="Camille Durand")
    service.change_status(ref, Status.IN_PROGRESS)
    loaded = service.load(ref)
    assert loaded.deadline.due == date(2026, 12, 3)
    assert LetterKind.NO_DATA_HELD in proposed_kinds(loaded.case)
    draft = letters.draft(ref, LetterKind.NO_DATA_HELD, on=date(2026, 11, 20))
    assert draft.findings == ()
    text = _text(draft.pdf)
    assert "Camille Durand" in text
    assert "nous vous confirmons que BS GROUPE ne traite pas vos données personnelles" in text
    assert "Commission nationale de l'informatique et des libertés" in text
    assert "recours juridictionnel effectif (article 79 du RGPD)" in text
    assert "copie est jointe" not in text
    letters.send(ref, draft, method=SendMethod.EMAIL)
    case = service.load(ref).case
    assert case.status is Status.ANSWERED
    assert case.outcomes[Right.ACCESS].kind is OutcomeKind.GRANTED


@pytest.mark.parametrize(
    ("jurisdiction", "language", "confirmation", "authority"),
    [
        (Jurisdiction.BE, Language.NL, "bevestigen wij dat BS GROUPE uw persoonsgegevens niet verwerkt",
         "Gegevensbeschermingsautoriteit"),
        (Jurisdiction.BE, Language.FR, "ne traite pas vos données personnelles", "Autorité de protection des données"),
        (Jurisdiction.LU, Language.EN, "we confirm that BS GROUPE does not process your personal data", "CNPD"),
    ],
)
def test_the_no_data_held_letter_names_the_authority_of_the_centres_country(
    service: CaseService, letters: LetterService, jurisdiction: Jurisdiction, language: Language,
    confirmation: str, authority: str,
) -> None:
    ref = _open(service, jurisdiction=jurisdiction, language=language)
    text = _text(letters.draft(ref, LetterKind.NO_DATA_HELD, on=date(2026, 3, 10)).pdf)
    assert confirmation in text
    assert authority in text


def test_a_refused_letter_cannot_be_recorded_as_sent_and_nothing_is_logged(
    service: CaseService, letters: LetterService
) -> None:
    ref = _open(service)
    service.change_status(ref, Status.IN_PROGRESS)
    draft = letters.draft(ref, LetterKind.ACCESS_RESPONSE)
    assert [finding.rule for finding in draft.refusals] == ["access-without-enclosures"]
    with pytest.raises(LetterRefused, match="no-data-held"):
        letters.send(ref, draft, method=SendMethod.POST)
    assert letters.log(ref) == []
    assert service.load(ref).case.status is Status.IN_PROGRESS


def test_an_excessive_refusal_without_reasons_is_refused_and_with_them_prints_them_verbatim(
    service: CaseService, letters: LetterService
) -> None:
    ref = _open(service)
    service.change_status(ref, Status.IN_PROGRESS)
    bare = LetterExtras(refusal_ground=RefusalGround.EXCESSIVE)
    assert [f.rule for f in letters.draft(ref, LetterKind.REFUSAL, extras=bare).refusals] == [
        "refusal-without-reasons"
    ]
    reasons = "Cinquième demande identique depuis le 2 février 2026 ; chacune a reçu une réponse complète."
    given = LetterExtras(refusal_ground=RefusalGround.EXCESSIVE, refusal_reason=reasons)
    draft = letters.draft(ref, LetterKind.REFUSAL, extras=given)
    assert draft.refusals == ()
    assert reasons in _text(draft.pdf)


def test_a_late_answer_is_warned_and_may_still_go_out(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ERASURE,), received=date(2026, 1, 5))
    service.change_status(ref, Status.IN_PROGRESS)
    draft = letters.draft(ref, LetterKind.ERASURE_DONE)
    assert [f.rule for f in draft.cautions] == ["answer-late"]
    assert draft.refusals == ()
    letters.send(ref, draft, method=SendMethod.POST)
    loaded = service.load(ref)
    assert loaded.case.status is Status.ANSWERED
    assert loaded.countdown.state.value == "closed-late"


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("王小明", "U+738B 王"),
        ("Louise Martin 🦄", "U+1F984 🦄"),
        ("سارة", "U+0633 س"),
    ],
)
def test_a_name_the_fonts_cannot_draw_refuses_the_letter_naming_the_characters(
    service: CaseService, letters: LetterService, name: str, named: str
) -> None:
    ref = _open(service, name=name)
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT)
    (refusal,) = draft.refusals
    assert refusal.rule == "undrawable-characters"
    assert named in refusal.said()
    with pytest.raises(LetterRefused):
        letters.send(ref, draft, method=SendMethod.POST)


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Anaïs O'Brien-<Zoë> & Fils", "Anaïs O'Brien-<Zoë> & Fils"),
        ("Zoe\u0301 Ne\u0301el", "Zoé Néel"),
        ("Σοφία Παπαδοπούλου", "Σοφία Παπαδοπούλου"),
        ("Наталья Иванова", "Наталья Иванова"),
        # Carlito has no Georgian, Armenian or lone combining tilde: the bundled DejaVu Sans sets them.
        ("ნინო ბერიძე", "ნინო ბერიძე"),
        ("Արամ Պետրոսյան", "Արամ Պետրոսյան"),
        ("Josẽ q̃", "Josẽ q̃"),
    ],
)
def test_a_name_in_latin_greek_cyrillic_georgian_or_armenian_or_with_a_combining_accent_prints_whole(
    service: CaseService, letters: LetterService, name: str, printed: str
) -> None:
    ref = _open(service, name=name)
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT)
    assert draft.refusals == ()
    assert printed in _text(draft.pdf)
