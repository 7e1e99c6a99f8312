"""Every text of the window that carries case data shows it as written: markup in a name is never rendered.

A case whose every text field holds ``<b>…</b><font …>IDENTITY VERIFIED</font><img src=…>&amp;`` is opened, and
each window, pane, page and dialog is walked widget by widget: whatever Qt would draw for a label, a button, a
group box, a tab, a text box, a tooltip, a model's cell or a window title must show the markup character for
character (its ``<b>``, ``<font`` and ``&amp;`` visible), so no fake badge is drawn and no image is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QImage, QMouseEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from lazeo_desk.app import build_main_window
from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    OutcomeKind,
    Relationship,
    Requester,
    RightOutcome,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import find_matches, propose_case, read_message, store_draft
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.scan_intake import check_scan
from lazeo_desk.services.settings import SettingsService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.about_dialog import AboutDialog
from lazeo_desk.ui.case_detail import TAB_CASE, TAB_LETTERS, TAB_RIGHTS, TAB_TIMELINE, CaseDetail
from lazeo_desk.ui.intake_dialog import MessageIntakeDialog, ScanIntakeDialog, render_scan
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.plain_text import make_plain, plain_tooltip
from lazeo_desk.ui.settings_dialog import SettingsDialog
from lazeo_desk.ui.unlock_dialog import Mode, PassphraseDialog

MARKUP = '<b>MRKR</b><font color=red size=7>IDENTITY VERIFIED</font><img src="file:///etc/passwd">&amp;'
# What must stay visible wherever the data is shown: drawn as rich text, each of these would vanish.
LITERAL = ("<b>MRKR</b>", "<font color=red size=7>", "&amp;")
ACTOR = "Brigitte Perez"


def marked(text: str) -> str:
    return f"{text} {MARKUP}"


@dataclass(frozen=True)
class Shown:
    """A text the window shows: where, as held by the widget, and as Qt draws it."""

    where: str
    held: str
    drawn: str
    document: bool = False  # a text document keeps no trace of what was put in, only what it shows


def _as_rich(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _drawn(text: str, text_format: Qt.TextFormat) -> str:
    """What Qt draws for ``text`` in ``text_format`` (AutoText: rich when the text looks like HTML)."""
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        return _as_rich(text)
    return text


def _mnemonic(text: str) -> str:
    """A button's, tab's or menu entry's text as drawn: ``&x`` underlines x, ``&&`` is one ``&``."""
    return re.sub(r"&(.)", r"\1", text)


def _tooltip(where: str, text: str) -> Shown:
    return Shown(f"{where} tooltip", text, _drawn(text, Qt.TextFormat.AutoText))


def _count(method: Callable[..., int]) -> int:
    # Qt's own models take no parent from Python; some of ours insist on one.
    try:
        return method()
    except TypeError:
        return method(QModelIndex())


def _columns(model: QAbstractItemModel) -> int:
    # A list model has one column, and Qt keeps its columnCount() private.
    return 1 if isinstance(model, QAbstractListModel) else _count(model.columnCount)


def _model_texts(where: str, model: QAbstractItemModel) -> Iterator[Shown]:
    if model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    columns = _columns(model)
    for column in range(columns):
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            tip = model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield _tooltip(f"{where} header {column}", tip)
    for row in range(_count(model.rowCount)):
        for column in range(columns):
            index = model.index(row, column)
            display = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):
                yield Shown(f"{where} cell {row},{column}", display, display)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield _tooltip(f"{where} cell {row},{column}", tip)


def _actions(where: str, actions: Iterable[QAction]) -> Iterator[Shown]:
    for action in actions:
        text = action.text()
        yield Shown(f"{where} action {text!r}", text, _mnemonic(text))
        yield _tooltip(f"{where} action {text!r}", action.toolTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _actions(f"{where} menu {text!r}", menu.actions())


def _texts_of(widget: QWidget) -> Iterator[Shown]:
    where = f"{type(widget).__name__} {widget.objectName()!r}"
    yield Shown(f"{where} window title", widget.windowTitle(), widget.windowTitle())
    yield _tooltip(where, widget.toolTip())
    yield _tooltip(f"{where} what's this", widget.whatsThis())
    yield from _actions(where, widget.actions())
    if isinstance(widget, QLabel):
        yield Shown(where, widget.text(), _drawn(widget.text(), widget.textFormat()))
    elif isinstance(widget, QAbstractButton):
        yield Shown(where, widget.text(), _mnemonic(widget.text()))
        menu = widget.menu() if isinstance(widget, QPushButton | QToolButton) else None
        if menu is not None:
            yield from _actions(where, menu.actions())
    elif isinstance(widget, QGroupBox):
        yield Shown(where, widget.title(), _mnemonic(widget.title()))
    elif isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield Shown(f"{where} tab {tab}", widget.tabText(tab), _mnemonic(widget.tabText(tab)))
            yield _tooltip(f"{where} tab {tab}", widget.tabToolTip(tab))
    elif isinstance(widget, QTextEdit):
        # A document: what went in is gone, what it shows is its plain text (judged by the rules below).
        yield Shown(where, widget.toPlainText(), widget.toPlainText(), document=True)
    elif isinstance(widget, QPlainTextEdit):
        yield Shown(where, widget.toPlainText(), widget.toPlainText())
    elif isinstance(widget, QLineEdit):
        yield Shown(where, widget.text(), widget.text())
    elif isinstance(widget, QComboBox):
        yield from _model_texts(where, widget.model())
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        yield from _model_texts(where, widget.model())


def _as_written(shown: Shown) -> bool:
    """The marked data in ``shown`` is drawn as its characters: each marker still behind its ``<b>`` (in a
    document, every marker: it came from the case), every piece of markup held still visible, and no picture
    (an ``<img>`` drawn leaves an object character)."""
    tagged = shown.drawn.count("MRKR") if shown.document else shown.held.count("<b>MRKR")
    return (
        shown.drawn.count("<b>MRKR") >= tagged
        and all(piece in shown.drawn for piece in LITERAL if piece in shown.held)
        and "\ufffc" not in shown.drawn
    )


def rendered_as_markup(widgets: Iterable[QWidget]) -> list[str]:
    """Every text among ``widgets`` that holds the marked data but would not show it as written."""
    bad: list[str] = []
    for widget in widgets:
        for shown in _texts_of(widget):
            if "MRKR" in shown.held and not _as_written(shown):
                bad.append(f"{shown.where}: holds {shown.held!r}, draws {shown.drawn!r}")
    return bad


def marked_texts(widgets: Iterable[QWidget]) -> list[str]:
    """The walked texts that hold the marked data (so that a walk that sees nothing cannot pass)."""
    return [shown.where for widget in widgets for shown in _texts_of(widget) if "MRKR" in shown.held]


def walk(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def assert_shown_literally(root: QWidget, *, expect: int = 1) -> None:
    widgets = walk(root)
    bad = rendered_as_markup(widgets)
    assert not bad, "\n".join(bad)
    assert len(marked_texts(widgets)) >= expect


def test_the_walk_flags_a_rich_label_a_rich_tooltip_and_a_document_fed_markup(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label, document, fine = QLabel(marked("Ëlodie"), page), QTextEdit(page), QLabel(page)
    label.setObjectName("rich")
    document.setObjectName("document")
    document.setHtml(marked("Ëlodie"))
    fine.setToolTip(marked("Ëlodie"))
    fine.setObjectName("tip")
    bad = rendered_as_markup(walk(page))
    assert [line.split(":", 1)[0] for line in bad] == ["QLabel 'rich'", "QTextEdit 'document'", "QLabel 'tip' tooltip"]
    make_plain(label)
    document.setPlainText(marked("Ëlodie"))
    fine.setToolTip(plain_tooltip(marked("Ëlodie")))
    assert rendered_as_markup(walk(page)) == []


# the case -------------------------------------------------------------------------------------------------------
def marked_case() -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.POST,
        received=date(2026, 3, 5),
        rights=(Right.ACCESS, Right.MEDICAL_RECORD, Right.RECTIFICATION),
        subject=DataSubject(
            name=marked("Ëlodie Vercammen"),
            birth_date=date(1987, 2, 14),
            email="elodie.vercammen@example.be",
            address=(marked("Kerkstraat 12 bus 3"), marked("9000 Gent")),
            patient_number=marked("P-1234"),
            centre=marked("Gent"),
        ),
        requester=Requester(
            relationship=Relationship.PARENT,
            name=marked("Marc Vercammen"),
            address=(marked("Veldstraat 1"), marked("9000 Gent")),
            email="marc.vercammen@example.be",
            proof=marked("Birth certificate"),
        ),
        request_text=marked("I ask for my file"),
        notes=marked("Called twice"),
        outcomes={Right.RECTIFICATION: RightOutcome(OutcomeKind.REFUSED, marked("Art 16: the record is right"))},
    )


@pytest.fixture
def marked_reference(service: CaseService) -> str:
    """The marked case, with a note on its timeline and a letter sent with a marked paragraph and tracking number."""
    reference = service.open_case(marked_case())
    service.add_note(reference, marked("Phoned the patient"))
    letters = LetterService(service)
    extras = LetterExtras(free_paragraphs=(marked("Paragraph"),))
    draft = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT, extras=extras)
    letters.send(reference, draft, method=SendMethod.REGISTERED_POST, tracking_number="1A23<b>MRKR</b>", extras=extras)
    return reference


def _open(window: MainWindow, reference: str) -> CaseDetail:
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    return window.detail


# the case pane --------------------------------------------------------------------------------------------------
def test_a_name_that_looks_like_html_is_shown_literally_in_the_case_header(
    window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    assert detail.subtitle.textFormat() == Qt.TextFormat.PlainText
    assert "Ëlodie Vercammen <b>MRKR</b><font color=red size=7>IDENTITY VERIFIED</font>" in detail.subtitle.text()
    assert detail.subtitle.isVisible()


def test_no_text_of_the_window_with_a_marked_case_open_is_drawn_as_markup(
    qtbot: QtBot, window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    assert_shown_literally(window, expect=10)
    for tab in (TAB_CASE, TAB_RIGHTS, TAB_TIMELINE, TAB_LETTERS):
        detail.tabs.setCurrentIndex(tab)
        qtbot.wait(1)
        assert_shown_literally(detail.tabs.currentWidget())


def test_the_timeline_and_the_letter_log_show_marked_entries_literally(
    window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    timeline = list(_model_texts("timeline", detail.timeline_model))
    note_tips = [shown for shown in timeline if "tooltip" in shown.where and "Phoned the patient" in shown.held]
    assert [shown.drawn for shown in note_tips] == [marked("Phoned the patient")]
    assert not rendered_as_markup([detail.timeline])
    log = list(_model_texts("letter log", detail.letter_log.model))
    assert "1A23<b>MRKR</b>" in [shown.drawn for shown in log]
    assert not rendered_as_markup(walk(detail.letter_log))


def test_every_action_dialog_of_a_marked_case_shows_it_literally(
    qtbot: QtBot, window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    for open_dialog in (detail.add_note, detail.await_requester, detail.extend, detail.close_case):
        dialog = open_dialog()
        assert dialog is not None
        bad = rendered_as_markup(walk(dialog))
        dialog.reject()
        assert not bad, "\n".join(bad)


def test_the_letter_dialog_of_a_marked_case_shows_it_literally(
    qtbot: QtBot, window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    dialog = detail.write_letter(LetterKind.REFUSAL)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready() or bool(dialog.preview.problem_text()))
    dialog.free_paragraphs.setPlainText(marked("Free text"))
    dialog.tracking.setText("<b>MRKR</b>")
    qtbot.waitUntil(lambda: not dialog.preview_busy())
    assert_shown_literally(dialog, expect=3)
    dialog.reject()


def _press_on(qtbot: QtBot, wizard: QWizard) -> bool:
    """Answers the checks of the page as matching and goes to the next page; False on the last page."""
    for button in wizard.currentPage().findChildren(QRadioButton):
        if button.objectName().startswith("check:") and button.objectName().endswith(":matches"):
            button.setChecked(True)
    following = wizard.button(QWizard.WizardButton.NextButton)
    if not (following.isVisible() and following.isEnabled()):
        return False
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    return True


def test_every_page_of_the_identity_wizard_shows_a_marked_case_literally(
    qtbot: QtBot, window: MainWindow, marked_reference: str
) -> None:
    detail = _open(window, marked_reference)
    wizard = detail.verify_identity()
    assert wizard is not None
    pages = 0
    while True:
        pages += 1
        bad = rendered_as_markup(walk(wizard))
        assert not bad, f"page {wizard.currentId()}:\n" + "\n".join(bad)
        if not _press_on(qtbot, wizard) or pages > 10:
            break
    assert pages >= 3
    assert marked_texts(walk(wizard))
    wizard.reject()


# the intake dialog ----------------------------------------------------------------------------------------------
def marked_email(folder: Path) -> Path:
    message = EmailMessage()
    message["From"] = Address(display_name=marked("Ëlodie Vercammen"), addr_spec="elodie.vercammen@example.be")
    message["To"] = "dpo@lazeo.com"
    message["Subject"] = marked("Verzoek tot inzage")
    message["Date"] = "Thu, 05 Mar 2026 09:12:00 +0100"
    message.set_content(
        "Geachte heer, mevrouw,\n\n"
        "Ik was patiënte in het LAZEO-centrum in Gent. Op grond van artikel 15 van de AVG vraag ik inzage in mijn "
        f"medisch dossier. {MARKUP}\n\nMet vriendelijke groeten,\n{marked('Ëlodie Vercammen')}\n"
        f"{marked('Kerkstraat 12 bus 3')}, 9000 Gent\nGeboren op 14/02/1987\n"
    )
    message.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename=marked("id") + ".pdf")
    path = folder / "marked.eml"
    path.write_bytes(bytes(message))
    return path


def test_the_intake_dialog_shows_an_emails_markup_literally(
    qtbot: QtBot, service: CaseService, clock: FixedClock, tmp_path: Path
) -> None:
    earlier = read_message(marked_email(tmp_path), clock=clock)
    store_draft(service.db, earlier, propose_case(earlier).case, clock=clock, actor=ACTOR)
    draft = read_message(marked_email(tmp_path), clock=clock)
    dialog = MessageIntakeDialog(service, service.rules(), draft, matches=find_matches(service.db, draft))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.match_banner.isVisible()
    assert_shown_literally(dialog, expect=5)


def test_a_scan_whose_file_name_looks_like_html_is_named_literally(
    qtbot: QtBot, service: CaseService, clock: FixedClock
) -> None:
    scan = check_scan(b"%PDF-1.4\n%%EOF\n", source="<b>MRKR<font color=red size=7>&amp;.pdf")
    dialog = ScanIntakeDialog(service, service.rules(), scan, render_scan(scan))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_progress(2, 3)
    assert "MRKR" in dialog.windowTitle()
    assert_shown_literally(dialog, expect=2)


# settings and message boxes -------------------------------------------------------------------------------------
def test_the_settings_dialog_shows_marked_centres_literally(
    qtbot: QtBot, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    service = SettingsService(Workplace(db, clock, ACTOR), image_folder=tmp_path / "letter-images")
    dialog = SettingsDialog(
        service=service, ui_settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        today=clock.today(), backup_folder_default=tmp_path / "default-backups",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.centres
    dialog.tabs.setCurrentWidget(page)
    for _ in range(2):  # twice: the second is refused beside the field, naming the first
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.name, marked("Namur"))
        qtbot.keyClicks(page.address, marked("Rue de Fer 1"))
    logo = QImage(300, 90, QImage.Format.Format_RGB32)
    logo.fill(QColor("#0B4F8A"))
    logo_path = tmp_path / "<b>MRKR<font color=red size=7>&amp;.png"
    assert logo.save(str(logo_path))
    assert dialog.letters.logo.set_file(logo_path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert_shown_literally(dialog, expect=4)
    assert "<b>MRKR<font" in dialog.letters.logo.name.text()


@dataclass(frozen=True)
class SeenBox:
    text: str
    text_format: Qt.TextFormat
    drawn_as_markup: list[str]


def _boxes_seen(qtbot: QtBot, show: Callable[[], object]) -> list[SeenBox]:
    """Shows the real message box, notes what it shows and closes it."""
    seen: list[SeenBox] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(SeenBox(box.text(), box.textFormat(), rendered_as_markup(walk(box))))
        box.done(0)

    QTimer.singleShot(0, answer)
    show()
    return seen


@pytest.mark.parametrize("kind", ["error", "info", "confirm"])
def test_a_message_box_naming_a_marked_case_shows_the_name_literally(qtbot: QtBot, kind: str) -> None:
    presenter = message_boxes.QtMessages()
    text = f"DSAR-2026-0001 — {marked('Ëlodie Vercammen')} could not be saved."
    if kind == "confirm":
        seen = _boxes_seen(qtbot, lambda: presenter.confirm(None, "Case", text, yes="Reload", no="Keep"))
    else:
        seen = _boxes_seen(qtbot, lambda: getattr(presenter, kind)(None, "Case", text))
    assert len(seen) == 1
    assert seen[0].text_format == Qt.TextFormat.PlainText
    assert seen[0].text == text
    assert seen[0].drawn_as_markup == []


# file names and folders -----------------------------------------------------------------------------------------
@pytest.fixture
def marked_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "<b>MRKR<font color=red size=7>&amp;"  # no "/" in a file name: no closing tags
    folder.mkdir()
    return folder


def test_a_database_in_a_folder_named_like_html_is_named_literally(
    qtbot: QtBot, clock: FixedClock, ui_settings: QSettings, marked_folder: Path
) -> None:
    database = Database(f"sqlite:///{marked_folder / 'cases.sqlite3'}", plain=True)
    window = build_main_window(database, clock=clock, settings=ui_settings)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(window.background_idle)
        assert_shown_literally(window)
        about = AboutDialog(location=database.location, parent=window)
        unlock = PassphraseDialog(mode=Mode.UNLOCK, location=database.location, attempt=lambda _p: None)
        qtbot.addWidget(unlock)
        assert_shown_literally(about)
        assert_shown_literally(unlock)
    finally:
        window.shutdown()
        database.dispose()


# the week's summary and the reports -------------------------------------------------------------------------------
def test_the_week_summary_names_a_marked_case_due_this_week_literally(
    qtbot: QtBot, service: CaseService, window: MainWindow
) -> None:
    # Received 2026-02-12: its month ends 2026-03-12, two days after the tests' today, so it is "due soon".
    service.open_case(replace(marked_case(), received=date(2026, 2, 12), rights=(Right.ACCESS,), outcomes={}))
    window.refresh()
    qtbot.waitUntil(window.background_idle)
    assert window.due_panel.case_buttons
    assert_shown_literally(window.due_panel)


def test_the_reports_window_names_a_marked_centre_literally_in_its_charts(
    qtbot: QtBot, window: MainWindow, marked_reference: str
) -> None:
    window.reports_action.trigger()
    view = window.reports
    assert view is not None
    qtbot.waitExposed(view)
    view.resize(1100, 860)
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_computing())  # the figures are computed on a worker thread
    chart = view.centres
    assert any("MRKR" in category for category in chart.categories)
    chart.grab()  # paints it, which places the bars
    index = next(i for i, category in enumerate(chart.categories) if "MRKR" in category)
    rect = chart.bar_rect(index)
    point = QPointF(rect.center().x(), rect.bottom() - 2)
    hover = QMouseEvent(
        QEvent.Type.MouseMove, point, chart.mapToGlobal(point), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, hover)
    assert "MRKR" in chart.toolTip()
    assert_shown_literally(view)


def test_the_enclosures_and_package_labels_show_markup_as_written(qtbot: QtBot, service: CaseService) -> None:
    """Names, paths and refusals reach these labels from files and services: a <b> or <img> shows as typed."""
    from lazeo_desk.ui.enclosures_view import EnclosuresView
    from lazeo_desk.ui.letter_preview import LetterPreview
    from lazeo_desk.ui.password_dialog import PasswordDialog

    preview = LetterPreview()
    dialog = PasswordDialog(password="<b>AB12</b>", note="<img src=x>")
    view = EnclosuresView(cases=service)
    for widget in (preview, dialog, view):
        qtbot.addWidget(widget)
    labels = [preview.caption, dialog.password, view.empty_label, view.busy_label]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert dialog.password.text() == "<b>AB12</b>"
