"""The register header's menu: every column but the reference can be hidden and shown again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView


def column_menu(view: QTableView) -> QMenu:
    """A menu with one checkable entry per column of ``view``; the first column (the reference) always stays."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(header)
    for column in range(1, model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        action = menu.addAction(str(title))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    return menu


def install_column_menu(view: QTableView) -> None:
    """Right-clicking the header offers :func:`column_menu`; hidden columns are kept with the header's state."""
    header: QHeaderView = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(position: QPoint) -> None:
        menu = column_menu(view)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(position))

    header.customContextMenuRequested.connect(show_menu)
