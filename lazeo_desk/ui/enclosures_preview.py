"""The answer package shown before it goes out: built and drawn off the GUI thread, in the letter preview; passages
hidden from the enclosures (GDPR Art 15(4)); then saved, written as an e-mail draft, or printed for the post."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from lazeo_desk.domain.status import TransitionError
from lazeo_desk.letters import LetterExtras, LetterInputError
from lazeo_desk.services import printing
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.email_draft import EmailDraft, EmailDraftService, password_note
from lazeo_desk.services.file_output import write_atomically
from lazeo_desk.services.letters import LetterRefused, LetterService, SendMethod
from lazeo_desk.services.package import Hiding, PackageResult, PackageService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.cases import CaseNotFound
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import email_draft_files, letter_preview, message_boxes
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.hiding_dialog import HidingDialog
from lazeo_desk.ui.letter_dialog import choose_printer
from lazeo_desk.ui.letter_preview import LetterPreview, documents_folder, file_error_text
from lazeo_desk.ui.password_dialog import PasswordDialog
from lazeo_desk.ui.pdf_pages import locked, render_pdf
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text, sentence_text
from lazeo_desk.ui.translation import translate

# Pages drawn in the window: enough to check the letter, the index and the first enclosures; a package of several
# hundred scanned pages drawn whole would take a gigabyte of images. The saved PDF has every page.
PREVIEW_PAGES = 30
PREVIEW_WIDTH = 800


@dataclass(frozen=True)
class PreviewedPackage:
    result: PackageResult
    pages: tuple[QImage, ...]


def build_and_draw(place: Workplace, reference: str, hiding: Hiding | None = None) -> PreviewedPackage:
    """The package of ``reference`` and the images of its first pages (a plain function, run off the GUI thread)."""
    # ReportLab and PDFium keep state of their own: one letter or package is laid out at a time.
    result: PackageResult = locked(lambda: PackageService(place).build_package(reference, hiding=hiding))
    return PreviewedPackage(result, render_pdf(result.pdf, width_px=PREVIEW_WIDTH, max_pages=PREVIEW_PAGES).images)


def enclosure_pages(place: Workplace, reference: str) -> bytes:
    """The enclosures' pages alone, as one PDF, before anything is hidden: the pages boxes are drawn on (run off the
    GUI thread). They are caught on their way into the package, so they are exactly the pages a :class:`Hiding`
    numbers."""
    caught: list[bytes] = []

    def catch(pdf: bytes) -> bytes:
        caught.append(pdf)
        return pdf

    locked(lambda: PackageService(place).build_package(reference, redaction=catch))
    return caught[0]


@dataclass(frozen=True)
class WrittenDraft:
    written: EmailDraft
    extras: LetterExtras
    path: Path


def ask_tracking_number(parent: QWidget | None) -> str | None:
    """The registered-post tracking number, typed from the post office receipt; None when the DPO cancels. Tests
    replace this."""
    text, ok = QInputDialog.getText(
        parent,
        translate("PackagePreviewDialog", "Sent by registered post"),
        translate("PackagePreviewDialog", "Tracking number of the registered letter:"),
    )
    return text.strip() if ok else None


class PackagePreviewDialog(QDialog):
    """The package of one case: its pages, what the letter's checks say, "Hide passages…", "Save the package…",
    "Write the e-mail draft…" and "Print the package…".

    Signals: ``ready()`` once the pages are shown, or the reason they cannot be; ``sent(str)`` once the answer is
    recorded as sent (by e-mail draft or registered post), with the case's reference.
    """

    ready = Signal()
    sent = Signal(str)
    emailed = Signal()

    def __init__(self, *, place: Workplace, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Package of %1"), reference))
        self.resize(900, 900)
        self._place = place
        self._reference = reference
        self._tasks = BackgroundTasks(self, threads=1)
        self.package: PackageResult | None = None
        self.hiding: Hiding | None = None
        self.hiding_dialog: HidingDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self._busy = False
        self._sent = False

        self.preview = LetterPreview(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # File paths, case references and the reasons the services give are shown as written, never as markup.
        make_plain(self.summary, self.status)
        self.hide_button = QPushButton(self.tr("Hide passages…"), self)
        self.hide_button.setToolTip(self.tr("Hide what must not reach the person: a third party's name, another "
                                            "patient's data"))
        self.hide_button.clicked.connect(lambda: self.hide_passages())
        self.save_button = QPushButton(self.tr("Save the package…"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.email_button = QPushButton(self.tr("Write the e-mail draft…"), self)
        self.email_button.setToolTip(self.tr("An e-mail draft for the mail program, the package attached encrypted"))
        self.email_button.clicked.connect(lambda: self.write_email_draft())
        self.print_button = QPushButton(self.tr("Print the package…"), self)
        self.print_button.setToolTip(self.tr("Print the whole package, then record it as sent by registered post"))
        self.print_button.clicked.connect(lambda: self.print_package())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.hide_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.email_button)
        actions.addWidget(self.print_button)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addLayout(actions)

        self._set_busy(True)
        self._tasks.submit(lambda: build_and_draw(place, reference), self._shown, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.preview.set_busy(busy)
        # What the letter's checks refuse does not go out (docs/rules.md, Before a letter goes out); an answer
        # recorded as sent is not sent a second time from here.
        blocked = self.package is None or bool(self.package.refusals) or self._sent
        # After a failed rebuild the marks can still be changed: hiding stays open.
        self.hide_button.setEnabled(not busy and (self.package is not None or self.hiding_dialog is not None))
        self.save_button.setEnabled(not busy and self.package is not None)
        for button in (self.email_button, self.print_button):
            button.setEnabled(not busy and not blocked)

    def is_busy(self) -> bool:
        """The package is being built, or a draft written: nothing may leave until it is done."""
        return self._busy

    def _shown(self, value: object) -> None:
        assert isinstance(value, PreviewedPackage)
        self.package = value.result
        self.preview.show_warnings([*value.result.refusals, *value.result.cautions])
        self.preview.show_pages(list(value.pages))
        text = fill(self.tr("%1 pages, %2 enclosures."), str(value.result.pages), str(len(value.result.index)))
        if value.result.hidden is not None:
            passages = value.result.hidden.passages
            if passages == 0:
                # The terms do not occur on the pages: worth knowing before the package goes out.
                text += " " + self.tr("Nothing to hide was found in the enclosures.")
            elif passages == 1:
                text += " " + self.tr("One passage hidden.")
            else:
                text += " " + fill(self.tr("%1 passages hidden."), str(passages))
        if value.result.pages > len(value.pages):
            text += " " + fill(
                self.tr("The first %1 pages are shown; the saved package has them all."), str(len(value.pages))
            )
        self.summary.setText(text)
        self._set_busy(False)
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        self.preview.show_problem(error_text(error))
        self.summary.clear()
        self._set_busy(False)
        self.ready.emit()

    # hiding -------------------------------------------------------------------------------------------------
    def hide_passages(self) -> HidingDialog | None:
        """Open the enclosures' pages to draw boxes and list terms on (laid out off the GUI thread the first
        time); on OK the package is built again with them hidden. Returns the dialog, shown without blocking."""
        if self.hiding_dialog is None:
            if self.package is None:
                return None
            dialog = HidingDialog(self)
            dialog.accepted.connect(self._hiding_chosen)
            self.hiding_dialog = dialog
            self._tasks.submit(
                lambda: enclosure_pages(self._place, self._reference), self._pages_ready, self._pages_failed
            )
        self.hiding_dialog.open()
        return self.hiding_dialog

    def _pages_ready(self, value: object) -> None:
        assert isinstance(value, bytes)
        if self.hiding_dialog is not None:
            self.hiding_dialog.set_pages(value)

    def _pages_failed(self, error: BaseException) -> None:
        if self.hiding_dialog is not None:
            self.hiding_dialog.show_problem(error_text(error))

    def _hiding_chosen(self) -> None:
        assert self.hiding_dialog is not None
        hiding = Hiding(terms=self.hiding_dialog.terms(), boxes=self.hiding_dialog.boxes())
        self.hiding = hiding if hiding else None
        self.package = None
        self.status.clear()
        self._set_busy(True)
        chosen = self.hiding
        self._tasks.submit(lambda: build_and_draw(self._place, self._reference, chosen), self._shown, self._failed)

    # going out ----------------------------------------------------------------------------------------------
    def save(self) -> Path | None:
        """Ask where, write the package whole (or not at all), and record that it left the program (with what was
        hidden, where and why)."""
        if self.package is None:
            return None
        suggested = documents_folder() / f"{self._reference}-package.pdf"
        path = letter_preview.choose_save_path(self, self.tr("Save the package"), suggested)
        if path is None:
            return None
        try:
            write_atomically(path, self.package.pdf)
        except OSError as error:
            message_boxes.error(self, self.tr("The package was not saved"), file_error_text(path, error))
            return None
        self._record(self.tr("The package was not saved"), "saved", {**self.package.record(), "file": str(path)})
        self.status.setText(fill(self.tr("Saved to %1."), str(path)))
        return path

    def _record(self, title: str, action: str, detail: dict[str, object]) -> bool:
        try:
            CaseService(self._place).record_access(self._reference, action, detail)
        except (StoreError, CaseNotFound) as error:
            message_boxes.error(self, title, error_text(error))
            return False
        return True

    def _extras(self, package: PackageResult) -> LetterExtras:
        # The letter lists what the package encloses, as the package's own letter does.
        return LetterExtras(enclosures=tuple(line.title for line in package.index))

    def _cautions_accepted(self, package: PackageResult) -> bool:
        if not package.cautions:
            return True
        return message_boxes.confirm(
            self,
            self.tr("Send this answer despite the warning?"),
            fill(
                self.tr("%1\n\nRecord it as sent all the same?"),
                "\n".join(f"• {sentence_text(finding)}" for finding in package.cautions),
            ),
            yes=self.tr("Record it"),
            no=self.tr("Cancel"),
        )

    def write_email_draft(self) -> bool:
        """Ask where, write the answer as an e-mail draft with the package attached encrypted (off the GUI
        thread), record it as sent by e-mail, and show the attachment's password once."""
        package = self.package
        if package is None or package.refusals or not self._cautions_accepted(package):
            return False
        suggested = documents_folder() / f"{self._reference}-{package.kind.value}.eml"
        path = email_draft_files.choose_eml_path(self, self.tr("Save the e-mail draft"), suggested)
        if path is None:
            return False
        extras = self._extras(package)
        letters = LetterService(CaseService(self._place))

        def work() -> WrittenDraft:  # runs on a worker thread: it reads nothing from the widgets
            written = locked(
                lambda: EmailDraftService(letters).write(
                    self._reference, package.kind, package=package.pdf, extras=extras
                )
            )
            write_atomically(path, written.eml)
            return WrittenDraft(written, extras, path)

        self._set_busy(True)
        self._tasks.submit(
            work, lambda value: self._email_written(package, value), lambda error: self._email_failed(path, error)
        )
        return True

    def _email_failed(self, path: Path, error: BaseException) -> None:
        self._set_busy(False)
        text = file_error_text(path, error) if isinstance(error, OSError) else error_text(error)
        message_boxes.error(self, self.tr("The e-mail draft was not written"), text)
        self.emailed.emit()

    def _email_written(self, package: PackageResult, value: object) -> None:
        assert isinstance(value, WrittenDraft)
        self._set_busy(False)
        written = value.written
        try:
            EmailDraftService(LetterService(CaseService(self._place))).record(
                self._reference, written, file=str(value.path), extras=value.extras
            )
        except (CaseRuleError, TransitionError, LetterInputError, StoreError, CaseNotFound) as error:
            message_boxes.error(self, self.tr("The e-mail draft was not recorded"), error_text(error))
            self.emailed.emit()
            return
        self._record(
            self.tr("The e-mail draft was not recorded"), "saved",
            {**package.record(), "file": str(value.path), "encrypted_sha256": written.attachment_sha256},
        )
        self.status.setText(
            fill(self.tr("E-mail draft to %1 saved to %2: open it in the mail program to send it."),
                 written.to, str(value.path))
        )
        self._went_out()
        if written.password:
            note = password_note(written.letter.language.value, self._reference, written.password)
            dialog = PasswordDialog(password=written.password, note=note, parent=self)
            self.password_dialog = dialog
            dialog.open()
        self.emailed.emit()

    def print_package(self) -> bool:
        """Choose a printer and the copies, hand the whole package to CUPS as it is, then ask for the
        registered-post tracking number and record the answer as sent by registered post with it."""
        package = self.package
        if package is None or package.refusals:
            return False
        title = fill(self.tr("Package of %1"), self._reference)
        choice = choose_printer(self, title)
        if choice is None:
            return False
        try:
            job = printing.print_pdf(package.pdf, printer=choice.printer or None, title=title, copies=choice.copies)
        except printing.PrintError as error:
            message_boxes.error(self, self.tr("The package was not printed"), error_text(error))
            return False
        self._record(
            self.tr("The database cannot be written"), "printed",
            {**package.record(), "printer": job.printer, "copies": choice.copies},
        )
        printed = fill(self.tr("Sent to the printer %1 (%2 copies, job %3)."), job.printer, str(choice.copies),
                       job.job_id or "?")
        self.status.setText(printed)
        tracking = ask_tracking_number(self)
        while tracking is not None and not tracking.strip():
            message_boxes.error(
                self, self.tr("Tracking number needed"),
                self.tr("A letter sent by registered post is recorded with its tracking number: type the number "
                        "from the post office receipt."),
            )
            tracking = ask_tracking_number(self)
        if tracking is None or not self._cautions_accepted(package):
            self.status.setText(printed + " " + self.tr("Not recorded as sent."))
            return False
        tracking = tracking.strip()
        letters = LetterService(CaseService(self._place))
        extras = self._extras(package)
        try:
            draft = locked(lambda: letters.draft(self._reference, package.kind, language=package.language,
                                                 extras=extras))
            letters.send(self._reference, draft, method=SendMethod.REGISTERED_POST, tracking_number=tracking,
                         extras=extras)
        except (CaseRuleError, TransitionError, LetterInputError, LetterRefused) as error:
            message_boxes.error(self, self.tr("The letter was not recorded"), error_text(error))
            return False
        except (StoreError, CaseNotFound) as error:
            message_boxes.error(self, self.tr("The database cannot be written"), error_text(error))
            return False
        self.status.setText(
            printed + " " + fill(self.tr("Recorded as sent by registered post (%1)."), tracking)
        )
        self._went_out()
        return True

    def _went_out(self) -> None:
        self._sent = True
        self._set_busy(False)
        self.sent.emit(self._reference)

    def done(self, result: int) -> None:
        self._tasks.shutdown()
        super().done(result)
