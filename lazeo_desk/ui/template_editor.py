"""The letter template editor: the text of one kind of letter in one language, checked as it is typed, with the
letter it gives on a sample case, and a way back to the default."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import PLACEHOLDERS, ComposedLetter, LetterInputError, TemplateError
from lazeo_desk.letters.resources import ResourceError
from lazeo_desk.services.letter_templates import LetterTemplateService, TemplateInForce, TemplatePreview, normalised
from lazeo_desk.store.database import StoreError
from lazeo_desk.ui import labels, message_boxes
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.letter_labels import kind_label
from lazeo_desk.ui.letter_preview import LetterPreview, PreviewRunner, Rendered
from lazeo_desk.ui.pdf_pages import PdfNotShown
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text, sentence_text

PREVIEW_DELAY_MS = 350
PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 1

_OK_STYLE = "background:#E9F6EC; border-left:4px solid #2E8B47; padding:6px 10px; color:#143D1F;"
_PROBLEM_STYLE = "background:#FDECEA; border-left:4px solid #C0392B; padding:6px 10px; color:#5A1A13;"


class TemplateEditor(QDialog):
    """Edit the template of a kind of letter in a language.

    Save stays disabled while the text has problems (or is unchanged); "Back to default" removes the DPO's
    version. Signals: ``saved(str, str)`` — the kind's key and the language's code whose template changed.
    Attributes for tests: ``editor`` (the text), ``problems`` (the list shown), ``preview``, the buttons.
    """

    saved = Signal(str, str)

    def __init__(
        self,
        *,
        templates: LetterTemplateService,
        kind: LetterKind = LetterKind.ACKNOWLEDGEMENT,
        language: Language = Language.FR,
        preview_delay_ms: int = PREVIEW_DELAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._kind = kind
        self._language = language
        self._in_force: TemplateInForce | None = None
        self._problems: list[str] = []
        self._shown: TemplatePreview | None = None
        self._runner = PreviewRunner(self, delay_ms=preview_delay_ms)
        self._runner.ready.connect(self._preview_ready)
        self._runner.failed.connect(self._preview_failed)
        self.setWindowTitle(self.tr("Letter template"))
        self.resize(1320, 880)
        self._build()
        self._load(kind, language)

    # building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = EnumCombo(LetterKind, self)
        for kind in LetterKind:
            self.kind_combo.add(kind_label(kind), kind)
        self.language_combo = EnumCombo(Language, self)
        for language in Language:
            self.language_combo.add(labels.language_label(language), language)
        self.kind_combo.currentIndexChanged.connect(self._selection_changed)
        self.language_combo.currentIndexChanged.connect(self._selection_changed)
        self.origin = QLabel(self)
        self.origin.setStyleSheet("color:#4A5560;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter"), self))
        top.addWidget(self.kind_combo, 2)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.origin, 2)

        help_text = QLabel(
            self.tr(
                "The lines before “---” give the subject and the closing; the letter follows. A blank line starts a "
                "new paragraph, “- ” starts a list item, {name} is filled in from the case (double-click a name "
                "below to insert it), {{ and }} print braces. A name that does not exist is refused here, never "
                "printed blank."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color:#4A5560;")

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor.setFont(fixed)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._text_changed)

        self.problems = QLabel(self)
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeholder_model = QStandardItemModel(self)
        for placeholder in PLACEHOLDERS.values():
            item = QStandardItem(f"{{{placeholder.name}}} — {sentence_text(placeholder.description)}")
            item.setData(placeholder.name, PLACEHOLDER_ROLE)
            item.setToolTip(fill(self.tr("Double-click to insert {%1} at the cursor"), placeholder.name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren)
            self.placeholder_model.appendRow(item)
        self.placeholders = QListView(self)
        self.placeholders.setModel(self.placeholder_model)
        self.placeholders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholders.setMaximumHeight(170)
        self.placeholders.doubleClicked.connect(self._insert_placeholder)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(help_text)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.problems)
        left_layout.addWidget(QLabel(self.tr("Names that can be used"), self))
        left_layout.addWidget(self.placeholders)

        self.sample_note = QLabel(self.tr("The letter as this text gives it, on a sample case:"), self)
        self.sample_note.setStyleSheet("color:#4A5560;")
        self.preview = LetterPreview(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.sample_note)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 700])

        self.default_button = QPushButton(self.tr("Back to default"), self)
        self.default_button.setToolTip(self.tr("Remove your version: letters use the text shipped with the program"))
        self.default_button.clicked.connect(self.back_to_default)
        self.status = QLabel(self)
        self.status.setStyleSheet("color:#2E6B3A;")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # state --------------------------------------------------------------------------------------------------
    @property
    def kind(self) -> LetterKind:
        return self._kind

    @property
    def language(self) -> Language:
        return self._language

    def text(self) -> str:
        return self.editor.toPlainText()

    def problem_lines(self) -> list[str]:
        return list(self._problems)

    def is_adapted(self) -> bool:
        """Whether the stored template in force is the DPO's own version."""
        return self._in_force is not None and self._in_force.adapted

    def has_unsaved_changes(self) -> bool:
        return self._in_force is not None and normalised(self.text()) != self._in_force.text

    def preview_busy(self) -> bool:
        return self._runner.busy()

    @property
    def shown_letter(self) -> ComposedLetter | None:
        """The sample letter on screen (None while the text has problems)."""
        return self._shown.letter if self._shown is not None else None

    # loading ------------------------------------------------------------------------------------------------
    def _load(self, kind: LetterKind, language: Language) -> None:
        self._show_selection(kind, language)
        self._kind, self._language = kind, language
        self.setWindowTitle(
            fill(self.tr("Letter template — %1 (%2)"), kind_label(kind), labels.language_label(language))
        )
        try:
            in_force = self._templates.template(kind, language)
        except (StoreError, ResourceError) as error:
            self._in_force = None
            self.editor.setEnabled(False)
            self.preview.show_problem(error_text(error))
            self._update_buttons()
            return
        self._in_force = in_force
        self.editor.setEnabled(True)
        self.editor.blockSignals(True)
        self.editor.setPlainText(in_force.text)
        self.editor.blockSignals(False)
        self._text_changed(now=True)

    def _selection_changed(self) -> None:
        kind = self.kind_combo.current() or self._kind
        language = self.language_combo.current() or self._language
        if (kind, language) == (self._kind, self._language):
            return
        if self.has_unsaved_changes() and not message_boxes.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this template are not saved. Leave them?"),
            yes=self.tr("Leave them"),
            no=self.tr("Keep editing"),
        ):
            self._show_selection(self._kind, self._language)
            return
        self.status.clear()
        self._load(kind, language)

    def select(self, kind: LetterKind, language: Language) -> None:
        """Show the template of ``kind`` in ``language`` (asks first when changes are not saved)."""
        self._show_selection(kind, language)
        self._selection_changed()

    def _show_selection(self, kind: LetterKind, language: Language) -> None:
        """Set both combo boxes without reacting to it."""
        self.kind_combo.blockSignals(True)
        self.kind_combo.select(kind)
        self.kind_combo.blockSignals(False)
        self.language_combo.blockSignals(True)
        self.language_combo.select(language)
        self.language_combo.blockSignals(False)

    # checking and previewing --------------------------------------------------------------------------------
    def _text_changed(self, *, now: bool = False) -> None:
        if self._in_force is None:
            return
        text = self.text()
        self._problems = self._templates.problems(self._kind, text)
        if self._problems:
            self.problems.setText(
                self.tr("This text cannot be saved yet:")
                + "\n"
                + "\n".join(f"• {sentence_text(problem)}" for problem in self._problems)
            )
            self.problems.setStyleSheet(_PROBLEM_STYLE)
            self._runner.cancel()
            self._shown = None
            self.preview.set_busy(False)
            self.preview.show_problem(self.tr("Correct the problems listed under the text to see the letter."))
        else:
            self.problems.setText(self.tr("No problem: this text can be used for letters."))
            self.problems.setStyleSheet(_OK_STYLE)
            templates, kind, language = self._templates, self._kind, self._language

            def work() -> TemplatePreview:  # runs on a worker thread: it reads nothing from the widgets
                return templates.preview(kind, language, text)

            self._runner.request(work, (kind, language, text), now=now)
            self.preview.set_busy(True)
        self._update_buttons()

    def _preview_ready(self, rendered: Rendered) -> None:
        preview = rendered.value
        assert isinstance(preview, TemplatePreview)
        self._shown = preview
        self.preview.show_pages(rendered.pages, rendered.page_count)
        self.preview.show_warnings(preview.letter.warnings)
        self.preview.set_busy(self._runner.busy())

    def _preview_failed(self, error: BaseException, _token: object) -> None:
        self._shown = None
        self.preview.set_busy(self._runner.busy())
        if isinstance(error, TemplateError):
            text = "; ".join(sentence_text(problem) for problem in error.problems)
        elif isinstance(error, LetterInputError | StoreError | ResourceError | PdfNotShown):
            text = error_text(error)
        else:
            text = fill(self.tr("The letter could not be made (%1: %2)."), type(error).__name__, error_text(error))
        self.preview.show_problem(text)

    def _update_buttons(self) -> None:
        loaded = self._in_force is not None
        if self._in_force is None:
            self.origin.clear()
        elif self._in_force.adapted:
            self.origin.setText(self.tr("In force: your version"))
        else:
            self.origin.setText(self.tr("In force: the default text"))
        self.save_button.setEnabled(loaded and not self._problems and self.has_unsaved_changes())
        differs_from_default = self._in_force is not None and (
            self._in_force.adapted or normalised(self.text()) != self._in_force.default
        )
        self.default_button.setEnabled(loaded and differs_from_default)

    def _insert_placeholder(self, index: QModelIndex) -> None:
        name = index.data(PLACEHOLDER_ROLE)
        if name:
            self.editor.insertPlainText(f"{{{name}}}")
            self.editor.setFocus()

    # actions ------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Keep the text as the template of this kind and language (refused while it has problems)."""
        if self._in_force is None or self._problems:
            return False
        try:
            self._in_force = self._templates.save(self._kind, self._language, self.text())
        except TemplateError as error:
            message_boxes.error(
                self, self.tr("The template was not saved"), "\n".join(sentence_text(p) for p in error.problems)
            )
            return False
        except (StoreError, ResourceError) as error:
            message_boxes.error(self, self.tr("The template was not saved"), error_text(error))
            return False
        self.status.setText(
            self.tr("Saved: letters now use your version.") if self._in_force.adapted
            else self.tr("Saved: this is the default text, so letters use the default.")
        )
        self._update_buttons()
        self.saved.emit(self._kind.value, self._language.value)
        return True

    def back_to_default(self) -> bool:
        """Remove the DPO's version (after asking): the shipped text is in force again."""
        if self._in_force is None:
            return False
        if not message_boxes.confirm(
            self,
            self.tr("Back to the default text"),
            self.tr("Letters of this kind in this language will use the text shipped with the program; your "
                    "version is removed. Go back to the default?"),
            yes=self.tr("Back to default"),
            no=self.tr("Cancel"),
        ):
            return False
        try:
            self._in_force = self._templates.reset(self._kind, self._language)
        except (StoreError, ResourceError) as error:
            message_boxes.error(self, self.tr("The template was not changed"), error_text(error))
            return False
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._in_force.text)
        self.editor.blockSignals(False)
        self._text_changed(now=True)
        self.status.setText(self.tr("Back to the default text."))
        self.saved.emit(self._kind.value, self._language.value)
        return True

    def done(self, result: int) -> None:
        if self.has_unsaved_changes() and not message_boxes.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this template are not saved. Close all the same?"),
            yes=self.tr("Close without saving"),
            no=self.tr("Keep editing"),
        ):
            return
        self._runner.shutdown()
        super().done(result)
