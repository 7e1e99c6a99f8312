"""A combo box whose choices are the members of one of the domain's enums (or "none")."""

from __future__ import annotations

import enum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=enum.Enum)


class EnumCombo(QComboBox, Generic[E]):
    """Each item carries its member's value as item data (Qt keeps str subclasses only as plain strings);
    :meth:`current` gives the member back."""

    def __init__(self, kind: type[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind

    def add_none(self, label: str) -> None:
        """An item that stands for "no choice" (``current()`` is None)."""
        self.addItem(label, None)

    def add(self, label: str, member: E) -> None:
        self.addItem(label, member.value)

    def current(self) -> E | None:
        value = self.currentData()
        return None if value is None else self._kind(value)

    def select(self, member: E | None) -> None:
        """Show ``member`` (None: the "none" item, or no item at all when there is none)."""
        wanted = None if member is None else member.value
        for index in range(self.count()):
            if self.itemData(index) == wanted:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)
