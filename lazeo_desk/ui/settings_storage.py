"""Settings page: the lock, the daily backups and how long closed case files are kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.services.settings import (
    AUTO_LOCK_RANGE,
    BACKUP_KEEP_RANGE,
    RETENTION_YEARS_RANGE,
    BusinessSettings,
    Field,
    SettingProblem,
)
from lazeo_desk.ui.settings_fields import FieldWithMessage, page_intro, problem_text, section_title

# Asked for a folder: (parent, caption) -> the chosen folder, or None when the person cancelled.
FolderChooser = Callable[[QWidget, str], Path | None]


def choose_folder(parent: QWidget, caption: str) -> Path | None:
    """The system's folder dialog."""
    name = QFileDialog.getExistingDirectory(parent, caption)
    return Path(name) if name else None


class StoragePage(QWidget):
    """Auto-lock delay, backup folder and count, retention of closed case files."""

    FIELDS = frozenset({Field.AUTO_LOCK, Field.BACKUP_FOLDER, Field.BACKUP_KEEP, Field.RETENTION_YEARS})

    def __init__(
        self, *, default_backup_folder: Path, folder_chooser: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chooser = folder_chooser or choose_folder
        self.auto_lock = self._spin(AUTO_LOCK_RANGE, self.tr(" minutes"))
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setPlaceholderText(str(default_backup_folder))
        self.backup_folder.setToolTip(self.tr("Empty: the default folder, shown greyed"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.backup_keep = self._spin(BACKUP_KEEP_RANGE, self.tr(" copies"))
        self.retention_years = self._spin(RETENTION_YEARS_RANGE, self.tr(" years"))

        folder = QWidget(self)
        folder_layout = QHBoxLayout(folder)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.backup_folder, 1)
        folder_layout.addWidget(self.browse_button)

        self.rows = {
            Field.AUTO_LOCK: FieldWithMessage(
                self.auto_lock, self,
                hint=self.tr("The window locks after this long without use; the passphrase opens it again."),
            ),
            Field.BACKUP_FOLDER: FieldWithMessage(
                folder, self,
                hint=self.tr("The first start of each day copies the database here. Prefer a drive other "
                             "than the computer's own disk."),
            ),
            Field.BACKUP_KEEP: FieldWithMessage(self.backup_keep, self),
            Field.RETENTION_YEARS: FieldWithMessage(
                self.retention_years, self,
                hint=self.tr("A closed case file is kept this long after closure, to show how the request "
                             "was answered (GDPR Art 5(2)), then purged; five years is the limitation period "
                             "for civil claims in France and Belgium."),
            ),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Lock"), self))
        lock = QFormLayout()
        lock.addRow(self.tr("Lock after"), self.rows[Field.AUTO_LOCK])
        layout.addLayout(lock)
        layout.addWidget(section_title(self.tr("Backups"), self))
        backups = QFormLayout()
        backups.addRow(self.tr("Backup folder"), self.rows[Field.BACKUP_FOLDER])
        backups.addRow(self.tr("Daily copies kept"), self.rows[Field.BACKUP_KEEP])
        layout.addLayout(backups)
        layout.addWidget(section_title(self.tr("Retention"), self))
        retention = QFormLayout()
        retention.addRow(self.tr("Keep closed case files"), self.rows[Field.RETENTION_YEARS])
        layout.addLayout(retention)
        layout.addWidget(page_intro(
            self.tr("These settings are kept in the database, so that they travel with its backups."), self
        ))
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)

    def _spin(self, bounds: tuple[int, int], suffix: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(*bounds)
        box.setSuffix(suffix)
        box.setMaximumWidth(160)
        return box

    def _browse(self) -> None:
        chosen = self._chooser(self, self.tr("Choose the backup folder"))
        if chosen is not None:
            self.backup_folder.setText(str(chosen))

    def load(self, settings: BusinessSettings) -> None:
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.backup_folder.setText(str(settings.backup_folder) if settings.backup_folder is not None else "")
        self.backup_keep.setValue(settings.backup_keep)
        self.retention_years.setValue(settings.retention_years)

    def apply(self, settings: BusinessSettings) -> BusinessSettings:
        folder = self.backup_folder.text().strip()
        return replace(
            settings,
            auto_lock_minutes=self.auto_lock.value(),
            backup_folder=Path(folder).expanduser() if folder else None,
            backup_keep=self.backup_keep.value(),
            retention_years=self.retention_years.value(),
        )

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.clear_problem()

    def show_problems(self, problems: list[SettingProblem]) -> QWidget | None:
        first: QWidget | None = None
        for problem in problems:
            row = self.rows.get(problem.field)
            if row is None:
                continue
            row.show_problem(problem_text(problem))
            first = first or (self.backup_folder if problem.field is Field.BACKUP_FOLDER else row.field)
        return first
