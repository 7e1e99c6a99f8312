"""Every text of the window has its French and Dutch translation, and the compiled catalogues are those sources.

The catalogues (``resources/translations/lazeo_desk_<lang>.ts``) are checked three ways: each message is
translated, with its placeholders and shortcut letter intact; lupdate run over the code finds no text they lack;
and the windows, built in each language, ask for no text the compiled catalogue cannot give.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.processing import ProcessingService
from lazeo_desk.services.sample_data import SampleDataService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.settings import SettingsService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.about_dialog import AboutDialog
from lazeo_desk.ui.first_run import FirstRunWizard
from lazeo_desk.ui.help_window import HelpWindow
from lazeo_desk.ui.language import CATALOGUE, install_language, translations_folder
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.processing_view import ProcessingRegisterDialog
from lazeo_desk.ui.settings_dialog import SettingsDialog
from lazeo_desk.ui.settings_language import UiLanguage

PROJECT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "nl")
# The options the catalogues are kept with (see resources/translations/README.md).
LUPDATE_OPTIONS = [
    "-silent", "-extensions", "py", "-locations", "none", "-source-language", "en",
    "-tr-function-alias", "QT_TR_NOOP+=said",
]

_PLACEHOLDER = re.compile(r"%\d|\{[A-Za-z_]+\}|\{\{|\}\}")
CaseFactory = Callable[..., Case]
WindowFactory = Callable[..., MainWindow]

# Qt's own classes ask for their texts (standard buttons, context menus) from Qt's catalogue, not ours.
_QT_CONTEXT = re.compile(r"^Q[A-Z]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    comment: str = ""

    def __str__(self) -> str:
        # lupdate reads tr("context", "text") (tr() given a context) as the text "context" with a comment.
        return f"[{self.context}] {self.source!r}" + (f" (comment {self.comment!r})" if self.comment else "")


def read_catalogue(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without translation element in {name}"
            messages.append(Message(
                name, message.findtext("source") or "", translation.text or "", translation.get("type") or "",
                message.findtext("comment") or "",
            ))
    return messages


def current(messages: list[Message]) -> list[Message]:
    """The messages the code still has (lupdate keeps the vanished ones, with their translation, for later)."""
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


def catalogue(language: str) -> Path:
    return translations_folder() / f"{CATALOGUE}_{language}.ts"


def qt_tool(name: str) -> Path:
    """lupdate and lrelease, shipped inside PySide6 (the pyside6-lupdate script runs the same program)."""
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", Path(sys.executable).parent / f"pyside6-{name}"):
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.fail(f"{name} was not found with PySide6 ({folder}): the catalogues cannot be checked")
    return Path(found)


def run_tool(*arguments: str | Path, cwd: Path = PROJECT) -> None:
    finished = subprocess.run(
        [str(a) for a in arguments], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr


# the catalogues ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_the_catalogue_is_translated(language: str) -> None:
    messages = current(read_catalogue(catalogue(language)))
    assert messages, f"the {language} catalogue is empty"
    untranslated = [str(m) for m in messages if m.kind == "unfinished" or not m.translation.strip()]
    assert not untranslated, f"{len(untranslated)} texts without a {language} translation: {untranslated}"


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders_shortcut_letters_and_edge_spaces(language: str) -> None:
    wrong = []
    for m in current(read_catalogue(catalogue(language))):
        if sorted(_PLACEHOLDER.findall(m.translation)) != sorted(_PLACEHOLDER.findall(m.source)):
            wrong.append(f"{m}: placeholders differ in {m.translation!r}")
        if _accelerators(m.translation) != _accelerators(m.source) or _accelerators(m.translation) > 1:
            wrong.append(f"{m}: shortcut letter (&) differs in {m.translation!r}")
        if m.translation.count("&&") != m.source.count("&&"):
            wrong.append(f"{m}: a literal && is lost in {m.translation!r}")
        # " days" is a suffix after a number; "(demo data)" follows the title: the spaces belong to the text.
        if m.source[:1].isspace() != m.translation[:1].isspace() or m.source[-1:].isspace() != m.translation[
            -1:
        ].isspace():
            wrong.append(f"{m}: leading or trailing space differs in {m.translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_window_menu_has_distinct_shortcut_letters(language: str) -> None:
    """Alt+letter reaches one entry: the menu bar's titles and each form's labels keep their letters apart."""
    translated = {(m.context, m.source): m.translation for m in current(read_catalogue(catalogue(language)))}
    groups = {
        "menu bar": [("MainWindow", "&File"), ("MainWindow", "&Case"), ("MainWindow", "&View"),
                     ("MainWindow", "&Help")],
        "case form": [("CaseForm", s) for s in (
            "&Received on", "C&ountry", "Cen&tre", "&Language", "C&hannel", "Co&mplete on", "Re&quest", "&Name",
            "&Born on", "&E-mail", "&Patient number", "&Address", "Asked &by")],
    }
    for group, keys in groups.items():
        present = [translated[key] for key in keys if key in translated]
        letters = [text[text.index("&") + 1].lower() for text in present if "&" in text]
        assert len(letters) == len(set(letters)), f"{language} {group}: shortcut letters repeat in {present}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_has_every_text_the_code_marks_for_translation(language: str, tmp_path: Path) -> None:
    """lupdate, run over the code into a copy of the catalogue, finds no new or changed text to translate."""
    copy = tmp_path / catalogue(language).name
    shutil.copyfile(catalogue(language), copy)
    run_tool(qt_tool("lupdate"), *LUPDATE_OPTIONS, "-target-language", language, "lazeo_desk", "-ts", copy)
    missing = [str(m) for m in current(read_catalogue(copy)) if m.kind == "unfinished" or not m.translation]
    assert not missing, (
        f"{len(missing)} texts of the code are not in lazeo_desk_{language}.ts (update it as "
        f"resources/translations/README.md says, then translate them): {missing}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_built_from_its_source(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"{CATALOGUE}_{language}.qm"
    run_tool(qt_tool("lrelease"), "-silent", catalogue(language), "-qm", built)
    shipped = translations_folder() / built.name
    assert shipped.read_bytes() == built.read_bytes(), f"{shipped.name} is older than its .ts: run lrelease"


# the windows, built in each language ------------------------------------------------------------------------


class LookupRecorder(QTranslator):
    """Installed last, so asked first: notes every text looked up, then lets the real catalogues answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source_text and not _QT_CONTEXT.match(context or ""):
            self.asked.add((context or "", source_text))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name)
        return False


@pytest.fixture
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, LookupRecorder]]:
    """The interface installed in the language of the test's parameter, with a recorder of the texts asked."""
    language = str(request.param)
    install_language(qapp, language)
    recorder = LookupRecorder()
    QCoreApplication.installTranslator(recorder)
    yield language, recorder
    QCoreApplication.removeTranslator(recorder)
    install_language(qapp, UiLanguage.ENGLISH)


@pytest.fixture
def many_cases(db: Database, clock: FixedClock) -> None:
    """Cases in every state, so that every countdown and status is shown."""
    seed_cases(db, 60, seed=7, clock=clock)


def _build_every_window(
    qtbot: QtBot, window: MainWindow, db: Database, clock: FixedClock, service: CaseService, tmp_path: Path,
    make_case: CaseFactory,
) -> None:
    reference = service.open_case(
        make_case(rights=(Right.ACCESS, Right.MEDICAL_RECORD, Right.ERASURE), email="e.vercammen@example.be")
    )
    window.refresh()
    qtbot.waitUntil(window.background_idle)
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
    for open_dialog in (window.new_case, detail.write_letter, detail.verify_identity, detail.add_note,
                        detail.extend, detail.await_requester):
        # Children of the window, which the test closes; some delete themselves once closed.
        dialog = open_dialog()
        if dialog is not None:
            dialog.close()
    settings_service = SettingsService(Workplace(db, clock, "Brigitte Perez"), image_folder=tmp_path / "images")
    others = [
        SettingsDialog(service=settings_service, ui_settings=QSettings(str(tmp_path / "ui.ini"),
                       QSettings.Format.IniFormat), today=clock.today(), backup_folder_default=tmp_path / "backups"),
        FirstRunWizard(settings_service=settings_service, sample_service=SampleDataService(Workplace(db, clock))),
        AboutDialog(location=db.location),
        HelpWindow(language=UiLanguage.SYSTEM),
        ProcessingRegisterDialog(service=ProcessingService(Workplace(db, clock, "Brigitte Perez"))),
    ]
    for widget in others:
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(window.background_idle)


@pytest.mark.parametrize("spoken", LANGUAGES, indirect=True)
def test_the_windows_ask_for_no_text_their_catalogue_lacks(
    qtbot: QtBot, spoken: tuple[str, LookupRecorder], many_cases: None, open_window: WindowFactory, db: Database,
    clock: FixedClock, service: CaseService, tmp_path: Path, make_case: CaseFactory,
) -> None:
    """Catches texts lupdate cannot see (a helper around translate(), a context held in a variable) and texts
    asked in another context than the one they were marked in (PySide's tr() uses the class of the object)."""
    language, recorder = spoken
    window = open_window(search_delay_ms=20)
    _build_every_window(qtbot, window, db, clock, service, tmp_path, make_case)
    ours = QTranslator()
    assert ours.load(str(translations_folder() / f"{CATALOGUE}_{language}.qm"))
    assert len(recorder.asked) > 100, "the recorder saw too few texts to be trusted"
    missing = sorted(f"[{c}] {s!r}" for c, s in recorder.asked if not ours.translate(c, s))
    assert not missing, f"{len(missing)} texts shown without a {language} translation: {missing}"

