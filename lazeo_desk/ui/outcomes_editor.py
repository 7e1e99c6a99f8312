"""The rights a case invokes, each with its outcome and, when not fully granted, the ground."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from lazeo_desk.domain.case import OutcomeKind, RightOutcome
from lazeo_desk.domain.rights import Right
from lazeo_desk.ui import labels
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.plain_text import escaped


class OutcomesEditor(QWidget):
    """One row per right: name and article, outcome, ground. Signal ``changed()`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(2, 1)
        self.kinds: dict[Right, EnumCombo[OutcomeKind]] = {}
        self.grounds: dict[Right, QLineEdit] = {}
        self._loading = False

    def set_rights(self, rights: Sequence[Right], outcomes: Mapping[Right, RightOutcome]) -> None:
        self._loading = True
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.kinds.clear()
        self.grounds.clear()
        captions = (self.tr("Right"), self.tr("Outcome"), self.tr("Ground (when not fully granted)"))
        for header, text in enumerate(captions):
            caption = QLabel(text, self)
            caption.setStyleSheet("color: #5F6B76; font-weight: 600;")
            self._grid.addWidget(caption, 0, header)
        for row, right in enumerate(rights, start=1):
            name = QLabel(
                f"{escaped(labels.right_label(right))}  "
                f"<span style='color:#8A9199'>{escaped(labels.right_article(right))}</span>",
                self,
            )
            name.setTextFormat(Qt.TextFormat.RichText)
            self._grid.addWidget(name, row, 0)
            kind = EnumCombo(OutcomeKind, self)
            kind.add_none(self.tr("— to decide —"))
            for choice in OutcomeKind:
                kind.add(labels.outcome_label(choice), choice)
            ground = QLineEdit(self)
            ground.setPlaceholderText(self.tr("e.g. GDPR Art 17(3)(b): medical file retention"))
            outcome = outcomes.get(right)
            if outcome is not None:
                kind.select(outcome.kind)
                ground.setText(outcome.ground)
            kind.currentIndexChanged.connect(lambda _i, r=right: self._kind_changed(r))
            ground.textEdited.connect(self._edited)
            self._grid.addWidget(kind, row, 1)
            self._grid.addWidget(ground, row, 2)
            self.kinds[right] = kind
            self.grounds[right] = ground
            self._update_ground(right)
        self._loading = False

    def _kind_changed(self, right: Right) -> None:
        self._update_ground(right)
        self._edited()

    def _update_ground(self, right: Right) -> None:
        kind = self.kinds[right].current()
        self.grounds[right].setEnabled(kind is not None and kind is not OutcomeKind.GRANTED)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def outcomes(self) -> dict[Right, RightOutcome]:
        """The outcomes decided so far (rights still "to decide" are left out)."""
        found: dict[Right, RightOutcome] = {}
        for right, combo in self.kinds.items():
            kind = combo.current()
            if kind is not None:
                ground = self.grounds[right].text().strip() if kind is not OutcomeKind.GRANTED else ""
                found[right] = RightOutcome(kind, ground)
        return found

    def undecided(self) -> list[Right]:
        return [right for right, combo in self.kinds.items() if combo.current() is None]

    def set_all(self, kind: OutcomeKind) -> None:
        """Set every undecided right to ``kind``."""
        for right in self.undecided():
            self.kinds[right].select(kind)
