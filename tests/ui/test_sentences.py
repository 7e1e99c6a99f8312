"""The rules' sentences reach the window in the reader's language, with dates and statuses in their words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, TimelineEvent
from lazeo_desk.domain.identity import Check, CheckResult, texts
from lazeo_desk.domain.messages import Explained, Problem, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError, check_transition
from lazeo_desk.services.cases import CaseService
from lazeo_desk.ui.date_field import DateField
from lazeo_desk.ui.language import install_language
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.sentences import SAID_CONTEXT, error_text, problems_in, sentence_text
from lazeo_desk.ui.settings_language import UiLanguage
from lazeo_desk.ui.timeline_model import COL_TEXT, TimelineModel


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(qapp, UiLanguage.ENGLISH)


def _forbidden_move() -> TransitionError:
    try:
        check_transition(Status.CLOSED, Status.NEW)
    except TransitionError as error:
        return error
    raise AssertionError("closed → new must be refused")


def test_a_forbidden_move_is_said_in_french_with_french_status_names(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    text = error_text(_forbidden_move())
    assert text.startswith("impossible de passer une demande de «\u202fClôturée\u202f» à «\u202fNouvelle\u202f»"), text
    assert "une nouvelle demande ouvre un nouveau dossier" in text


def test_a_forbidden_move_is_said_in_dutch(qapp: QApplication) -> None:
    install_language(qapp, "nl")
    text = error_text(_forbidden_move())
    assert "een verzoek kan niet van" in text
    assert "definitief" in text


def test_a_date_in_a_sentence_is_written_as_the_reader_writes_dates(qapp: QApplication) -> None:
    sentence = said("{day} is in the future", day=date(2026, 3, 11))
    install_language(qapp, "fr")
    assert sentence_text(sentence) == "le 11 mars 2026 est dans le futur"
    install_language(qapp, "en")
    assert sentence_text(sentence) == "11 Mar 2026 is in the future"


def test_form_problems_keep_their_field_and_translate_their_sentence(qapp: QApplication) -> None:
    install_language(qapp, "nl")
    error = Explained(Problem("subject.name", said("the data subject's name is required")), said("the note is empty"))
    found = problems_in(error)
    assert [(p.key, p.message) for p in found] == [
        ("subject.name", "de naam van de betrokkene is verplicht"),
        ("", "de notitie is leeg"),
    ]


def test_a_sentence_without_translation_is_shown_in_english(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    assert sentence_text(said("a sentence no catalogue knows about {n}", n="DSAR-1")) == (
        "a sentence no catalogue knows about DSAR-1"
    )


def test_a_plain_error_and_an_old_style_field_message_still_show(qapp: QApplication) -> None:
    assert error_text(OSError("disk full")) == "disk full"
    found = problems_in(ValueError("subject.name: typed; rights: missing"))
    assert [(p.key, p.message) for p in found] == [("subject.name", "typed"), ("rights", "missing")]


class _BrokenTranslation(QTranslator):
    """A catalogue whose translator lost a field of the template."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context == SAID_CONTEXT and source == "{reference} is already extended":
            return "{référence} est déjà prolongée"
        return ""


def test_a_translation_that_lost_a_field_falls_back_to_english(qapp: QApplication) -> None:
    broken = _BrokenTranslation()
    QCoreApplication.installTranslator(broken)
    try:
        shown = sentence_text(said("{reference} is already extended", reference="DSAR-2026-0007"))
    finally:
        QCoreApplication.removeTranslator(broken)
    assert shown == "DSAR-2026-0007 is already extended"


def _type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_the_new_case_dialog_refuses_a_future_date_in_french(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    install_language(qapp, "fr")
    dialog = window.new_case()
    form = dialog.form
    qtbot.keyClicks(form.jurisdiction, "F")
    _type_date(qtbot, form.received, "11/03/2026")
    qtbot.keyClicks(form.subject_name, "Camille Martin")
    qtbot.keyClick(form.right_boxes[Right.ERASURE], Qt.Key.Key_Space)
    dialog.accept()
    assert dialog.isVisible()
    assert any("le 11 mars 2026 est dans le futur" in line for line in dialog.banner.lines()), dialog.banner.lines()
    assert not any("in the future" in line for line in dialog.banner.lines())


def _timeline_texts(model: TimelineModel) -> list[str]:
    return [str(model.index(row, COL_TEXT).data()) for row in range(model.rowCount())]


def test_the_timeline_says_its_entries_in_dutch_with_the_catalogue_shipped(
    qapp: QApplication, service: CaseService
) -> None:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.ACCESS, Right.ERASURE), subject=DataSubject("Lotte Maes"),
    ))
    loaded = service.load(reference)
    edited = loaded.case
    edited.channel = Channel.EMAIL
    edited.subject.minor = True
    service.save(edited, expected_version=loaded.version)
    install_language(qapp, "nl")
    model = TimelineModel()
    model.set_events(service.load(reference).case.timeline)
    change, opening = _timeline_texts(model)  # the newest entry first
    assert opening == "Verzoek ontvangen op 2 maart 2026, per post; rechten: Inzage, Wissing"
    assert change.splitlines() == ["kanaal: Post → E-mail", "minderjarig: nee → ja"]


def test_an_entry_kept_before_sentences_existed_shows_its_english_record(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    model = TimelineModel()
    model.set_events([TimelineEvent(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "DPO", "note", "an old entry")])
    assert _timeline_texts(model) == ["an old entry"]


def test_identity_words_in_a_sentence_come_from_the_identity_texts(qapp: QApplication) -> None:
    install_language(qapp, "nl")
    check = next(iter(Check))
    shown = sentence_text(said("{check}: {result}", check=check, result=CheckResult.MATCHES))
    dutch = texts(Language.NL)
    assert shown == f"{dutch.checks[check].label}: {dutch.results[CheckResult.MATCHES]}"


def test_every_word_a_sentence_may_keep_has_a_label_in_the_window() -> None:
    from lazeo_desk.domain.sentence_words import sentence_words
    from lazeo_desk.ui.sentences import WORD_LABELS, identity_word_labels

    assert set(WORD_LABELS) | set(identity_word_labels()) == set(sentence_words())


def test_a_language_named_in_a_french_sentence_is_written_in_lower_case(qapp: QApplication) -> None:
    sentence = said("no text for {element} in {language}", element="the purpose", language=Language.EN)
    install_language(qapp, "fr")
    assert sentence_text(sentence).endswith(" en anglais"), sentence_text(sentence)
    install_language(qapp, "nl")
    assert sentence_text(sentence).endswith(" in het Engels"), sentence_text(sentence)
    install_language(qapp, "en")
    assert sentence_text(sentence) == "no text for the purpose in English"
