"""The About dialog: the version, the database in use, and the components shipped with their licences."""

from __future__ import annotations

import platform
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk import __version__
from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Component:
    """A component shipped with the program: its name, its version (None when unknown) and its licence."""

    name: str
    licence: str
    version: str | None


@dataclass(frozen=True)
class _Known:
    name: str
    licence: str
    distributions: tuple[str, ...] = ()
    optional: bool = False


# The licences as their authors state them. Optional components are listed only when installed.
_KNOWN: tuple[_Known, ...] = (
    _Known("PySide6 (Qt for Python)", "LGPL-3.0", ("PySide6-Essentials", "PySide6")),
    _Known("Shiboken6", "LGPL-3.0", ("shiboken6",)),
    _Known("SQLAlchemy", "MIT", ("SQLAlchemy",)),
    _Known("Alembic", "MIT", ("alembic",)),
    _Known("Mako", "MIT", ("Mako",)),
    _Known("ReportLab", "BSD", ("reportlab",)),
    _Known("Pillow", "MIT-CMU", ("pillow",)),
    _Known("charset-normalizer", "MIT", ("charset-normalizer",), optional=True),
    _Known("holidays", "MIT", ("holidays",)),
    _Known("python-dateutil", "Apache-2.0 / BSD-3-Clause", ("python-dateutil",), optional=True),
    _Known("Babel", "BSD-3-Clause", ("babel",)),
    _Known("platformdirs", "MIT", ("platformdirs",)),
    _Known("pypdfium2 (PDFium)", "Apache-2.0 / BSD-3-Clause", ("pypdfium2",), optional=True),
    _Known(
        "sqlcipher3 (SQLCipher)", "zlib / BSD-style",
        ("sqlcipher3-binary", "sqlcipher3", "sqlcipher3-wheels"), optional=True,
    ),
    _Known("argon2-cffi", "MIT", ("argon2-cffi",), optional=True),
)


def _version_of(distributions: Iterable[str]) -> str | None:
    for distribution in distributions:
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return None


def bundled_components() -> list[Component]:
    """Python, Qt, the installed libraries and the letter font, each with its version where it can be read."""
    found = [
        Component("Python", "PSF-2.0", platform.python_version()),
        Component("Qt", "LGPL-3.0", qVersion()),
    ]
    for known in _KNOWN:
        version = _version_of(known.distributions)
        if version is None and known.optional:
            continue
        found.append(Component(known.name, known.licence, version))
    found.append(Component("Carlito font", "OFL-1.1", None))
    return found


COL_NAME = 0
COL_VERSION = 1
COL_LICENCE = 2

_HEADERS = (
    QT_TRANSLATE_NOOP("ComponentsModel", "Component"),
    QT_TRANSLATE_NOOP("ComponentsModel", "Version"),
    QT_TRANSLATE_NOOP("ComponentsModel", "Licence"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class ComponentsModel(QAbstractTableModel):
    """The components, one per row: name, version, licence."""

    def __init__(self, components: Sequence[Component], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._components = list(components)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802  (Qt's signature)
        return 0 if parent.isValid() else len(self._components)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802  (Qt's signature)
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._components):
            return None
        component = self._components[index.row()]
        if index.column() == COL_NAME:
            return component.name
        if index.column() == COL_VERSION:
            return component.version or "—"
        if index.column() == COL_LICENCE:
            return component.licence
        return None

    def headerData(  # noqa: N802  (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return translate("ComponentsModel", _HEADERS[section])
        return None

    def components(self) -> list[Component]:
        return list(self._components)


class AboutDialog(QDialog):
    """Version, database location and the licences of the components; ``location`` is the database shown."""

    def __init__(
        self, *, location: str, components: Sequence[Component] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LAZEO Desk"))
        title = QLabel(self.tr("LAZEO Desk"), self)
        title.setObjectName("aboutTitle")
        title.setStyleSheet("QLabel#aboutTitle { font-size: 16pt; font-weight: 600; color: #0B4F8A; }")
        purpose = QLabel(
            self.tr("Data subject requests, legal deadlines, identity checks and letters for the Data "
                    "Protection Officer of the LAZEO clinics."),
            self,
        )
        purpose.setWordWrap(True)
        self.version = QLabel(__version__, self)
        self.location = QLabel(location, self)
        self.location.setWordWrap(True)
        make_plain(self.location)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Version"), self.version)
        facts.addRow(self.tr("Database"), self.location)

        self.model = ComponentsModel(components if components is not None else bundled_components(), self)
        self.view = QTableView(self)
        self.view.setObjectName("components")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VERSION, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)

        notes = QLabel(self._licence_notes(), self)
        notes.setWordWrap(True)
        notes.setObjectName("licenceNotes")
        notes.setStyleSheet("QLabel#licenceNotes { color: #5F6B76; }")
        notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Components shipped with the program"), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def _licence_notes(self) -> str:
        lines = [
            self.tr("Qt and PySide6 are used under the GNU Lesser General Public License version 3: they can "
                    "be replaced by another build of the same version."),
        ]
        try:
            font_licence = resources_root() / "fonts" / "OFL.txt"
        except ResourceError:
            font_licence = None
        if font_licence is not None and font_licence.is_file():
            text = self.tr("The Carlito font's licence (SIL Open Font License 1.1): %1")
            lines.append(fill(text, str(font_licence)))
        return "\n".join(lines)
