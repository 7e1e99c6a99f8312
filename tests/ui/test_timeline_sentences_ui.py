"""The timeline says what letters, intake and sample data recorded in the reader's language, dates as they read them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import find_matches, propose_case, read_message, store_draft
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.sample_data import SampleDataService
from lazeo_desk.services.scan_intake import ScanCaseFields, import_scan
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.documents import sha256_hex
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.intake_dialog import MessageIntakeDialog
from lazeo_desk.ui.labels import right_label
from lazeo_desk.ui.letter_labels import kind_label
from lazeo_desk.ui.sentences import language_in_sentence, long_date
from lazeo_desk.ui.timeline_model import COL_TEXT, TimelineModel

NB = "\u00a0"
NNB = "\u202f"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# The French of the timeline sentences these tests show, as the catalogue gives them.
FRENCH = {
    "letter {kind} ({language}) sent by {method} (tracking {tracking}); SHA-256 {sha256}": (
        f"courrier «{NNB}{{kind}}{NNB}» ({{language}}) envoyé par {{method}} (suivi {{tracking}}){NNB}; "
        "SHA-256 {sha256}"
    ),
    "registered-post": "courrier recommandé",
    "Request received {day} by post (scanned letter)": "Demande reçue le {day} par courrier (lettre numérisée)",
    "Rights: {rights}": f"Droits{NB}: {{rights}}",
    "Kept: {filename} (SHA-256 {sha256}…)": f"Conservé{NB}: {{filename}} (SHA-256 {{sha256}}…)",
    "Sample case (demo data): received on {day}, {how}": (
        f"Demande d'exemple (données de démonstration){NB}: reçue le {{day}}, {{how}}"
    ),
    "by phone": "par téléphone",
}


@pytest.fixture
def french(french_with: Callable[[Mapping[str, str]], None]) -> None:
    french_with(FRENCH)


def shown_details(service: CaseService, reference: str) -> list[str]:
    """The "Details" column of the case's timeline, newest first, as the window shows it."""
    model = TimelineModel()
    model.set_events(service.load(reference).case.timeline)
    return [model.index(row, COL_TEXT).data() for row in range(model.rowCount())]


def test_a_letter_sent_by_registered_post_is_shown_in_french(french: None, service: CaseService) -> None:
    letters = LetterService(service)
    reference = service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=(Right.ACCESS,), subject=DataSubject("Ëlodie Vercammen", email="e.v@example.be",
                                                        address=("Kerkstraat 12", "9000 Gent", "België")),
        )
    )
    draft = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT)
    letters.send(reference, draft, method=SendMethod.REGISTERED_POST, tracking_number="RR123456789BE")
    kind, language = kind_label(LetterKind.ACKNOWLEDGEMENT), language_in_sentence(Language.NL)
    assert (kind, language) != ("Acknowledgement of receipt", "Dutch")  # the vocabulary speaks French too
    assert shown_details(service, reference)[0] == (
        f"courrier «{NNB}{kind}{NNB}» ({language}) envoyé par courrier recommandé (suivi RR123456789BE){NNB}; "
        f"SHA-256 {draft.sha256}"
    )
    # The record itself stays in English.
    assert service.load(reference).case.timeline[-1].text.startswith("letter acknowledgement (nl) sent by")


def test_a_scanned_letter_is_shown_received_on_a_day_written_in_french(
    french: None, service: CaseService, clock: FixedClock, tmp_path: Path
) -> None:
    scan = tmp_path / "lettre.pdf"
    scan.write_bytes(PDF)
    fields = ScanCaseFields(
        subject=DataSubject(name="Camille Moreau"), jurisdiction=Jurisdiction.FR, language=Language.FR,
        rights=(Right.ACCESS, Right.ERASURE), received=date(2026, 3, 9),
    )
    result = import_scan(service.db, scan, clock=clock, actor=service.actor, case_fields=fields)
    [opened] = shown_details(service, result.reference)
    assert format_date(date(2026, 3, 9)) == "9 mars 2026"
    rights = f"{right_label(Right.ACCESS)}, {right_label(Right.ERASURE)}"
    assert opened.splitlines() == [
        "Demande reçue le 9 mars 2026 par courrier (lettre numérisée)",
        f"Droits{NB}: {rights}",
        f"Conservé{NB}: lettre.pdf (SHA-256 {sha256_hex(PDF)[:16]}…)",
    ]


def test_a_sample_case_is_shown_opened_in_french(french: None, service: CaseService, clock: FixedClock) -> None:
    [reference] = SampleDataService(Workplace(service.db, clock)).load(1, seed=3)
    case = service.load(reference).case
    [opened] = shown_details(service, reference)
    assert case.channel is Channel.PHONE
    assert opened == (
        f"Demande d'exemple (données de démonstration){NB}: reçue le {long_date(case.received)}, par téléphone"
    )
    assert long_date(date(2025, 11, 15)) == "15 novembre 2025"
    assert not opened.startswith("Sample case")


# the intake dialog, with the catalogue's own French -----------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"


def intake_dialog(qtbot: QtBot, service: CaseService, name: str) -> MessageIntakeDialog:
    draft = read_message(SAMPLES / name, clock=service.clock)
    dialog = MessageIntakeDialog(service, service.rules(), draft, matches=find_matches(service.db, draft))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored_through(qtbot: QtBot, dialog: MessageIntakeDialog, button: QPushButton) -> str:
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    reference: str = stored.args[0].reference
    return reference


def test_a_message_opened_as_a_case_through_the_intake_dialog_has_its_corrections_in_french(
    qtbot: QtBot, french_with: Callable[[Mapping[str, str]], None], service: CaseService, clock: FixedClock
) -> None:
    french_with({})
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    dialog = intake_dialog(qtbot, service, "01-nl-access-gent.eml")
    dialog.form.language.select(Language.FR)
    reference = stored_through(qtbot, dialog, dialog.create_button)
    [opened] = shown_details(service, reference)
    lines = opened.splitlines()
    corrected = [line for line in lines if line.startswith("corrigé")]
    dutch, french = language_in_sentence(Language.NL), language_in_sentence(Language.FR)
    assert corrected == [f"corrigé par le DPO{NB}: langue{NB}: {dutch} → {french}"]
    assert lines[0].startswith("Demande reçue le ")
    # The record itself stays in English.
    assert "corrected by the DPO: language: nl → fr" in service.load(reference).case.timeline[0].text


def test_a_message_linked_through_the_intake_dialog_says_why_in_french(
    qtbot: QtBot, french_with: Callable[[Mapping[str, str]], None], service: CaseService, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    first = read_message(SAMPLES / "01-nl-access-gent.eml", clock=clock)
    reference = store_draft(service.db, first, propose_case(first).case, clock=clock, actor=service.actor).reference
    assert reference is not None
    french_with({})
    dialog = intake_dialog(qtbot, service, "06-nl-reminder.eml")
    assert dialog.choice_link.isChecked() and dialog.link_reference() == reference
    assert stored_through(qtbot, dialog, dialog.link_button) == reference
    linked = shown_details(service, reference)[0].splitlines()
    assert linked[0].startswith("Message reçu le ")
    assert linked[1] == f"rattaché par le DPO à {reference}{NB}: même adresse e-mail"


def test_a_message_opened_despite_a_resemblance_says_which_case_in_french(
    qtbot: QtBot, french_with: Callable[[Mapping[str, str]], None], service: CaseService, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    first = read_message(SAMPLES / "01-nl-access-gent.eml", clock=clock)
    earlier = store_draft(service.db, first, propose_case(first).case, clock=clock, actor=service.actor).reference
    french_with({})
    dialog = intake_dialog(qtbot, service, "06-nl-reminder.eml")
    qtbot.mouseClick(dialog.choice_new, Qt.MouseButton.LeftButton)
    reference = stored_through(qtbot, dialog, dialog.create_button)
    assert reference != earlier
    [opened] = shown_details(service, reference)
    assert f"ouverte comme nouvelle demande bien qu'elle ressemble à {earlier} (même adresse e-mail)" in (
        opened.splitlines()
    )
