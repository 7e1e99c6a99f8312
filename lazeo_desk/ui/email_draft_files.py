"""Where an answer by e-mail is written: a ``.eml`` draft the DPO opens in the mail program to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from lazeo_desk.ui.translation import translate


def choose_eml_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save an e-mail draft (Qt's file dialog); None when the DPO cancels. Tests replace this."""
    drafts = translate("EmailDraftFiles", "E-mail drafts (*.eml)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), drafts)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".eml" else path.with_name(path.name + ".eml")
