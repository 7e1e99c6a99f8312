"""What to hide from the enclosures of an answer package (GDPR Art 15(4)): their pages to draw boxes on, and the
terms hidden on every page.

The pages shown are the enclosures' alone, numbered as :class:`lazeo_desk.services.package.Hiding` numbers them
(the letter and the index are not counted), so a box drawn here lands on the same page of the package.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from lazeo_desk.letters.redaction import Box
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.redaction_view import RedactionView


class HidingDialog(QDialog):
    """A :class:`RedactionView` on the enclosures' pages with OK and Cancel; kept by its owner between openings,
    so that the boxes and terms chosen stay until the pages change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hide passages from the enclosures"))
        self.resize(1100, 850)
        self.waiting = QLabel(self.tr("Laying out the enclosures' pages…"), self)
        make_plain(self.waiting)  # it also shows why the pages could not be laid out
        self.view = RedactionView(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(
            self.tr("Hide in the package"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def set_pages(self, pdf: bytes) -> None:
        """Show the enclosures' pages (``pdf`` holds them alone)."""
        self.waiting.hide()
        self.view.set_pdf(pdf)
        self.ok_button.setEnabled(True)

    def show_problem(self, text: str) -> None:
        self.waiting.setText(text)
        self.waiting.show()

    def boxes(self) -> tuple[Box, ...]:
        return self.view.boxes()

    def terms(self) -> tuple[str, ...]:
        return self.view.terms()
