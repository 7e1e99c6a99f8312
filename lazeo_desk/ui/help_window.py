"""The Help window: the short guide (workflow, deadline rules) in English, French or Dutch, read offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QTextBrowser, QVBoxLayout, QWidget

from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.settings_language import UiLanguage, effective_language


def help_file(language: UiLanguage) -> Path:
    """``resources/help/<en|fr|nl>.html`` for ``language`` (the system's language resolved first)."""
    return resources_root() / "help" / f"{effective_language(language).value}.html"


class GuideBrowser(QTextBrowser):
    """A text browser that follows the guide's own anchors and loads nothing else: no remote content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def _follow(self, url: QUrl) -> None:
        # Only links within the page are followed; the guide has no other, and a web page is never fetched.
        if url.hasFragment() and not url.scheme() and not url.path():
            self.scrollToAnchor(url.fragment())

    def loadResource(self, kind: int, name: QUrl | str, /) -> object:  # noqa: N802  (Qt's name)
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() not in ("", "file", "qrc"):
            return None
        return super().loadResource(kind, name)


class HelpWindow(QWidget):
    """The guide in a window of its own, with a choice of language.

    ``language`` is the window's language (UiLanguage.SYSTEM follows the system, English when it is none of
    the three). The window stays open beside the main window (it is not modal).
    """

    def __init__(self, *, language: UiLanguage = UiLanguage.SYSTEM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window of its own even when the main window is its parent (which closes it on exit).
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("LAZEO Desk guide"))
        self.language: EnumCombo[UiLanguage] = EnumCombo(UiLanguage, self)
        # Each language is named in itself.
        self.language.add("English", UiLanguage.ENGLISH)
        self.language.add("Français", UiLanguage.FRENCH)
        self.language.add("Nederlands", UiLanguage.DUTCH)
        self.language.setMaximumWidth(240)
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guide")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        top = QFormLayout()
        top.addRow(self.tr("Language of the guide"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 760)
        self.language.currentIndexChanged.connect(lambda _index: self._show_current())
        self.show_language(language)

    def show_language(self, language: UiLanguage) -> None:
        """Show the guide in ``language`` (the system's resolved to English, French or Dutch)."""
        wanted = effective_language(language)
        if self.language.current() is wanted:
            self._show_current()
        else:
            self.language.select(wanted)

    def current_language(self) -> UiLanguage:
        return self.language.current() or UiLanguage.ENGLISH

    def _show_current(self) -> None:
        language = self.current_language()
        try:
            path = help_file(language)
            text = path.read_text(encoding="utf-8")
        except (ResourceError, OSError):
            self.browser.setPlainText(
                self.tr("The guide could not be found with the program's files. Reinstall LAZEO Desk.")
            )
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setHtml(text)
