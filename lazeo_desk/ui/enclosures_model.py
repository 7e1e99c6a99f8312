"""The enclosures of a case as a table: title, source, date, pages and size, in the order of the package."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lazeo_desk.services.enclosures import EnclosureInfo
from lazeo_desk.ui.dates import display_locale, format_date
from lazeo_desk.ui.intake_dialog import data_size
from lazeo_desk.ui.rows_model import RowsModel
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP

COL_TITLE = 0
COL_SOURCE = 1
COL_DATE = 2
COL_PAGES = 3
COL_SIZE = 4

HEADERS = (
    QT_TRANSLATE_NOOP("EnclosuresModel", "Title"),
    QT_TRANSLATE_NOOP("EnclosuresModel", "Source"),
    QT_TRANSLATE_NOOP("EnclosuresModel", "Date"),
    QT_TRANSLATE_NOOP("EnclosuresModel", "Pages"),
    QT_TRANSLATE_NOOP("EnclosuresModel", "Size"),
)

EnclosureIdRole = Qt.ItemDataRole.UserRole
_MUTED = QColor("#5F6B76")


class EnclosuresModel(RowsModel[EnclosureInfo]):
    """The enclosures of one case in the order they were added; :meth:`set_enclosures` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("EnclosuresModel", HEADERS, parent)

    def set_enclosures(self, items: Sequence[EnclosureInfo]) -> None:
        self.set_rows(items)

    def enclosure_at(self, row: int) -> EnclosureInfo:
        return self.row_at(row)

    def row_data(self, item: EnclosureInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_TITLE: item.title,
                COL_SOURCE: item.source,
                COL_DATE: format_date(item.document_date),
                COL_PAGES: display_locale().toString(item.pages),
                COL_SIZE: data_size(item.size),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return f"{item.filename}\nSHA-256 {item.sha256}"
            return None
        if role == EnclosureIdRole:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PAGES, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_DATE, COL_SIZE):
            return _MUTED
        return None
