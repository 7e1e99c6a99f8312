"""A case walked through every step reads, in its timeline, as sentences a person would write, in en, fr and nl."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind, TimelineEvent
from lazeo_desk.domain.identity import (
    Check,
    CheckResult,
    ItemRequest,
    Outcome,
    Situation,
    VerificationResult,
    summarise,
)
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.timeline_lines import EMPTY
from lazeo_desk.letters.context import LetterExtras, RefusalGround
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.sample_data import SampleDataService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.ui.language import install_language
from lazeo_desk.ui.settings_language import UiLanguage
from lazeo_desk.ui.timeline_model import COL_TEXT, COL_WHAT, TimelineModel

NB = "\u00a0"
NNB = "\u202f"
ENCLOSED = LetterExtras(enclosures=("C-307/22",))
# Words that only an English sentence has: none may reach a French or Dutch line.
ENGLISH = re.compile(
    r"\b(received|by|rights|empty|checks?|none|letter|sent|outcome|clock|ask(ed)?|set to|cleared|request|the|and|"
    r"in person|phone|no value|information)\b",
    re.IGNORECASE,
)


def walk_through_everything(service: CaseService, language: Language) -> list[str]:
    """Cases taken through every kind of timeline entry; the identity summary in ``language``, as the verification
    wizard writes it in the window's language. Everything typed is a name or a number (no language of its own)."""
    letters = LetterService(service)
    today = service.clock.today()
    walked = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.IN_PERSON, received=date(2026, 3, 1),
        rights=(Right.ACCESS, Right.ERASURE),
        subject=DataSubject("Ëlodie Vercammen", email="e.v@example.be", address=("Kerkstraat 12", "9000 Gent")),
    ))
    loaded = service.load(walked)
    edited = copy.deepcopy(loaded.case)
    edited.subject.patient_number = "P-123"
    edited.centre = "Gent"
    edited.channel = Channel.EMAIL
    service.save(edited, expected_version=loaded.version)
    situation = Situation.of(service.load(walked).case)
    asked = (ItemRequest((Check.BIRTH_DATE_MATCHES,)),)
    summary = summarise(
        Outcome.MORE_INFORMATION_NEEDED, situation, (), asked, decided_on=today, by="Brigitte Perez", language=language
    )
    record_verification(service, walked, VerificationResult(
        Outcome.MORE_INFORMATION_NEEDED, situation.route, (), asked, summary, today, "Brigitte Perez"
    ))
    letters.send(walked, letters.draft(walked, LetterKind.IDENTITY_REQUEST), method=SendMethod.EMAIL)
    service.resume(walked, received_on=today)
    checks = ((Check.NAME_MATCHES, CheckResult.MATCHES), (Check.BIRTH_DATE_MATCHES, CheckResult.MATCHES))
    summary = summarise(
        Outcome.VERIFIED, situation, checks, (), decided_on=today, by="Brigitte Perez", language=language
    )
    record_verification(service, walked, VerificationResult(
        Outcome.VERIFIED, situation.route, checks, (), summary, today, "Brigitte Perez"
    ))
    service.extend(walked, "C-154/21")
    service.add_note(walked, "+32 9 123 45 67")
    service.record_outcome(walked, Right.ERASURE, OutcomeKind.PARTLY_GRANTED, "R.1112-7")
    response = letters.draft(walked, LetterKind.ACCESS_RESPONSE, extras=ENCLOSED)
    letters.send(walked, response, method=SendMethod.REGISTERED_POST, tracking_number="RR1BE", extras=ENCLOSED)
    service.close(walked)

    paused = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.MEDICAL_RECORD,), subject=DataSubject("Camille Moreau"),
    ))
    service.mark_awaiting_requester(paused, items="Doctolib")
    service.change_status(paused, Status.IN_PROGRESS)
    service.change_status(paused, Status.ANSWERED)
    refused = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.WEB_FORM, received=date(2026, 3, 3),
        rights=(Right.ACCESS,), subject=DataSubject("Léa Martin", address=("1 rue de la Paix", "75002 PARIS")),
    ))
    refusal = LetterExtras(refusal_ground=RefusalGround.MANIFESTLY_UNFOUNDED, refusal_reason="C-307/22")
    letters.send(refused, letters.draft(refused, LetterKind.REFUSAL, extras=refusal), method=SendMethod.POST,
                 extras=refusal)
    nothing_held = service.open_case(Case(
        jurisdiction=Jurisdiction.LU, language=Language.FR, channel=Channel.DOCTOLIB, received=date(2026, 3, 4),
        rights=(Right.ACCESS,), subject=DataSubject("Luc Schmit", address=("1 rue de Hollerich", "L-1111 Luxembourg")),
    ))
    notice = LetterExtras(extension_reason="C-154/21")
    letters.send(nothing_held, letters.draft(nothing_held, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    letters.send(nothing_held, letters.draft(nothing_held, LetterKind.EXTENSION_NOTICE, extras=notice),
                 method=SendMethod.EMAIL, extras=notice)
    letters.send(nothing_held, letters.draft(nothing_held, LetterKind.NO_DATA_HELD),
                 method=SendMethod.HAND_DELIVERY)
    samples = SampleDataService(Workplace(service.db, service.clock)).load(3, seed=5)
    return [walked, paused, refused, nothing_held, *samples]


def shown(service: CaseService, reference: str) -> list[tuple[str, str]]:
    """(event, details) of each timeline entry, oldest first, as the window shows them."""
    model = TimelineModel()
    model.set_events(service.load(reference).case.timeline)
    return [
        (model.index(row, COL_WHAT).data(), model.index(row, COL_TEXT).data())
        for row in reversed(range(model.rowCount()))
    ]


Speak = Callable[[str], None]


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Speak]:
    def speak(code: str) -> None:
        install_language(qapp, code)

    yield speak
    install_language(qapp, UiLanguage.ENGLISH)


LANGUAGES = {"en": Language.EN, "fr": Language.FR, "nl": Language.NL}


@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_every_kind_of_entry_reads_as_whole_sentences(code: str, speaking: Speak, service: CaseService) -> None:
    references = walk_through_everything(service, LANGUAGES[code])
    speaking(code)
    kinds: set[str] = set()
    for reference in references:
        for event, details in shown(service, reference):
            kinds.add(event)
            lines = details.splitlines()
            assert lines, f"{reference} {event}: no text"
            assert len(lines) == len(set(lines)), f"{reference} {event} repeats a line: {details!r}"
            for line in lines:
                assert line.strip(), f"{reference} {event}: an empty line in {details!r}"
                assert "; ;" not in line and not line.rstrip().endswith(";"), line
                assert "_" not in line, f"a key, not a word: {line!r}"
                assert "(empty)" not in line and "(vide)" not in line and "(leeg)" not in line, line
                assert "Sept" not in line and not re.search(r"\b\d{4}-\d\d-\d\d\b", line), f"a short date: {line!r}"
                if code != "en":
                    found = ENGLISH.search(line.replace("SHA-256", ""))
                    assert found is None, f"English {found.group(0)!r} in a {code} line: {line!r}"
    # Every kind of entry the services write by hand was seen (intake entries have their own tests).
    assert len(kinds) >= 9, kinds


@pytest.mark.parametrize(
    ("code", "opened", "cleared", "dated"),
    [
        ("en", "Request received on 1 March 2026, in person; rights: Access, Erasure",
         "no longer awaiting the requester (since 10 March 2026)", ["awaiting the requester since 10 March 2026",
                                                        "answered on 10 March 2026", "closed on 10 March 2026"]),
        ("fr", f"Demande reçue le 1er mars 2026, en main propre{NNB}; droits{NB}: Accès, Effacement",
         "fin de l'attente du demandeur (commencée le 10 mars 2026)",
         ["en attente du demandeur depuis le 10 mars 2026", "répondue le 10 mars 2026", "clôturée le 10 mars 2026"]),
        ("nl", "Verzoek ontvangen op 1 maart 2026, persoonlijk afgegeven; rechten: Inzage, Wissing",
         "wacht niet meer op de verzoeker (sinds 10 maart 2026)",
         ["wacht sinds 10 maart 2026 op de verzoeker", "beantwoord op 10 maart 2026", "afgesloten op 10 maart 2026"]),
    ],
)
def test_the_opening_names_the_channel_as_its_own_phrase_and_a_field_set_or_emptied_says_so(
    code: str, opened: str, cleared: str, dated: list[str], speaking: Speak, service: CaseService
) -> None:
    [walked, *_] = walk_through_everything(service, LANGUAGES[code])
    speaking(code)
    entries = shown(service, walked)
    assert entries[0][1] == opened
    lines = "\n".join(details for _, details in entries).splitlines()
    assert cleared in lines
    assert all(line in lines for line in dated), lines


@pytest.mark.parametrize(
    ("code", "refused"),
    [
        ("en", "outcome Access: Refused (manifestly unfounded request: C-307/22)"),
        ("fr", f"décision pour le droit «{NNB}Accès{NNB}»{NB}: Refusée (demande manifestement infondée{NB}: C-307/22)"),
        ("nl", "beslissing voor het recht ‘Inzage’: Geweigerd (kennelijk ongegrond verzoek: C-307/22)"),
    ],
)
def test_a_refusal_names_its_ground_in_words(code: str, refused: str, speaking: Speak, service: CaseService) -> None:
    [_, _, reference, *_] = walk_through_everything(service, LANGUAGES[code])
    speaking(code)
    [letter] = [details for event, details in shown(service, reference) if details.startswith(("letter", "courrier",
                                                                                               "brief"))]
    assert refused in letter.splitlines()


def test_a_verification_is_said_once_in_the_summary_beside_its_status_change(
    speaking: Speak, service: CaseService
) -> None:
    [walked, *_] = walk_through_everything(service, Language.FR)
    speaking("fr")
    identity = [details.splitlines() for event, details in shown(service, walked) if event == "Identité"]
    asked, verified = identity
    assert asked[0].startswith("Informations complémentaires nécessaires") or "nécessaire" in asked[0]
    assert sum("Brigitte Perez" in line for line in asked) == 1, asked
    assert not any(line.startswith("vérifications") for line in asked + verified)
    assert len(verified) == 1 and "Brigitte Perez" in verified[0]


def test_an_entry_kept_by_an_earlier_version_reads_with_the_sentences_of_today(
    speaking: Speak, service: CaseService
) -> None:
    old = [
        said("Request received {day} by {channel}; rights: {rights}", day=date(2026, 11, 1),
             channel=Channel.IN_PERSON, rights=(Right.ACCESS,)),
        said("{field}: {old} → {new}", field=said("awaiting since"), old=said(EMPTY), new=date(2026, 11, 2)),
        said("{field}: {old} → {new}", field=said("notes"), old=said(EMPTY), new=said(EMPTY)),
        "",
        said("letter {kind} ({language}) sent by {method}; SHA-256 {sha256}", kind=LetterKind.ACKNOWLEDGEMENT,
             language=Language.NL, method=said("registered-post"), sha256="ab12"),
    ]
    event = TimelineEvent(service.clock.now(), "DPO", "opened", "\n".join(old), tuple(old))
    model = TimelineModel()
    model.set_events([event])
    speaking("en")
    assert model.index(0, COL_TEXT).data().splitlines() == [
        "Request received on 1 November 2026, in person; rights: Access",
        "awaiting the requester since 2 November 2026",
        "letter Acknowledgement of receipt (Dutch) sent by registered post; SHA-256 ab12",
    ]
    speaking("fr")
    assert model.index(0, COL_TEXT).data().splitlines()[0] == (
        f"Demande reçue le 1er novembre 2026, en main propre{NNB}; droits{NB}: Accès"
    )
    speaking("nl")
    assert model.index(0, COL_TEXT).data().splitlines()[:2] == [
        "Verzoek ontvangen op 1 november 2026, persoonlijk afgegeven; rechten: Inzage",
        "wacht sinds 2 november 2026 op de verzoeker",
    ]
