"""A red banner that lists what is wrong with what was typed, in place of a crash or a message box."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from lazeo_desk.ui.form_problems import Problem
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import escaped


class ProblemBanner(QLabel):
    """Hidden while all is well; otherwise one line per problem, the field's name first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#problemBanner { background: #FDECEA; color: #8E1B1B; border: 1px solid #F2B8B5;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self._lines: list[str] = []
        self.hide()

    def lines(self) -> list[str]:
        """The problems shown, as plain text (for tests and screen readers)."""
        return list(self._lines)

    def show_problems(self, problems: Iterable[Problem], label_of: Callable[[str], str]) -> None:
        lines = []
        for problem in problems:
            label = label_of(problem.key)
            # The field's name, then what is wrong with it ("%1 : %2" in French typography).
            shown = fill(self.tr("%1: %2"), label, problem.message)
            lines.append(shown if label else problem.message)
        self._show(lines)

    def show_message(self, text: str) -> None:
        self._show([text])

    def _show(self, lines: list[str]) -> None:
        self._lines = lines
        if not lines:
            self.clear_problems()
            return
        self.setText("<br>".join(f"• {escaped(line)}" if len(lines) > 1 else escaped(line) for line in lines))
        self.setAccessibleDescription("\n".join(lines))
        self.show()

    def clear_problems(self) -> None:
        self._lines = []
        self.clear()
        self.hide()
