"""Work deferred until the window is on screen runs once, after its first paint, and not before."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazeo_desk.ui.first_paint import after_first_paint


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    label = QLabel("register")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    assert calls == []
    label.show()
    qtbot.waitUntil(lambda: calls == [1])
    label.repaint()
    label.update()
    qtbot.wait(50)
    assert calls == [1]


def test_a_window_never_shown_never_runs_the_work(qtbot: QtBot) -> None:
    label = QLabel("hidden")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    qtbot.wait(50)
    assert calls == []
