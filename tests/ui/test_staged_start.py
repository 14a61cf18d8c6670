"""The real start shows the window with the plate first and fills its panels after the first
paint: the plate is there at once, the waiting panels say they are opening, and nothing moves
when the real panels arrive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar

from spinetutor.ui.app import start_window
from spinetutor.ui.i18n import install_language
from spinetutor.ui.settings_store import SettingsStore
from spinetutor.ui.staged_start import is_waiting


@pytest.fixture
def settings(tmp_path):
    yield SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    install_language("en")


class FirstPaint:
    """What the window looked like when its plate was first painted."""

    def __init__(self) -> None:
        self.seen = False

    def take(self, window) -> None:
        self.seen = True
        self.study_built = window.modes.is_built("study")
        self.checked_modes = [name for name, action in window.mode_actions.items()
                              if action.isChecked()]
        self.plate = window.view.geometry()   # the view (a zoom may add scroll bars inside)
        self.plate_on_screen = window.view.mapTo(window, window.view.rect().topLeft())
        self.waiting = {d.objectName(): d.widget().findChild(QLabel).text()
                        for d in window.findChildren(QDockWidget)
                        if is_waiting(d) and d.isVisible()}
        self.docks = {d.objectName(): d.geometry() for d in window.findChildren(QDockWidget)
                      if d.isVisible()}


def staged(qtbot, settings, tmp_path, monkeypatch) -> tuple[object, FirstPaint]:
    """Start as `spinetutor` does; record the first paint; wait until the start is done."""
    from spinetutor.ui import staged_start

    seen = FirstPaint()
    windows = []
    original = staged_start.after_first_paint

    def spy(widget, then):
        def at_paint():
            seen.take(windows[0])
            then()
        original(widget, at_paint)

    monkeypatch.setattr(staged_start, "after_first_paint", spy)
    ready = []
    window = start_window(settings, store_path=tmp_path / "progress.sqlite3", staged=True,
                          ready=lambda: ready.append(True))
    windows.append(window)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    qtbot.wait(50)
    return window, seen


def test_the_plate_is_painted_before_the_lessons_are_loaded(qtbot, settings, tmp_path,
                                                            monkeypatch):
    """At the first paint the plate is there and the lesson panels say they are opening; then
    the lessons, the lesson panel and Progress fill in and nothing says "opening" any more."""
    window, seen = staged(qtbot, settings, tmp_path, monkeypatch)
    assert seen.seen and not seen.study_built
    assert seen.checked_modes == ["study"]   # the toolbar already shows where it is going
    assert {"dock-lessons", "dock-study"} <= set(seen.waiting)
    assert all(text == "Opening\u2026" for text in seen.waiting.values())
    assert window.mode is not None and window.mode.name == "study"
    assert window.study.pack.lessons, "the course was loaded"
    assert not [d for d in window.findChildren(QDockWidget) if is_waiting(d)]
    assert not [bar for bar in window.findChildren(QProgressBar)
                if bar.maximum() == 0 and bar.isVisible()], "a busy bar is left on screen"
    lessons = window.findChild(QDockWidget, "dock-lessons")
    assert lessons.isVisible() and lessons.widget() is window.study.browser


def test_the_plate_does_not_move_when_the_panels_arrive(qtbot, settings, tmp_path,
                                                        monkeypatch):
    """The panels that were opening sit where the real ones go: the plate keeps its place and
    size, and so do the docks."""
    window, seen = staged(qtbot, settings, tmp_path, monkeypatch)
    view = window.view
    assert view.geometry().size() == seen.plate.size()
    assert view.mapTo(window, view.rect().topLeft()) == seen.plate_on_screen
    for name in ("dock-lessons", "dock-information", "dock-study"):
        assert window.findChild(QDockWidget, name).geometry() == seen.docks[name], name


def test_a_start_in_consultation_waits_with_its_own_panels(qtbot, settings, tmp_path,
                                                           monkeypatch):
    """Someone who left the app in Consultation sees its two panels opening, in Spanish when
    that is their language, and then the consultation itself."""
    settings.mode, settings.language = "consult", "es"
    window, seen = staged(qtbot, settings, tmp_path, monkeypatch)
    assert set(seen.waiting) == {"dock-patient findings", "dock-what it may mean"}
    assert set(seen.waiting.values()) == {"Abriendo\u2026"}
    assert seen.checked_modes == ["consult"]
    assert window.mode.name == "consult"
    findings = window.findChild(QDockWidget, "dock-patient findings")
    assert findings.isVisible() and not is_waiting(findings)
    assert findings.geometry() == seen.docks["dock-patient findings"]


def test_the_learner_chooser_opens_while_the_lessons_load(qtbot, settings, tmp_path):
    """The first-start dialog comes up right after the plate, not after every panel is built,
    and the lessons finish loading behind it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    windows: list = []
    ready: list[bool] = []
    at_chooser: list[bool] = []
    closed_after_ready: list[bool] = []

    def learner() -> None:
        window = windows[0]
        at_chooser.append(window.modes.is_built("study"))
        dialog = QDialog(window)
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ready and dialog.accept())
        timer.start(20)
        dialog.exec()   # modal, like the learner chooser
        closed_after_ready.append(bool(ready))

    window = start_window(settings, store_path=tmp_path / "progress.sqlite3", staged=True,
                          ready=lambda: ready.append(True), learner=learner)
    windows.append(window)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(closed_after_ready), timeout=30000)
    assert at_chooser == [False], "the chooser waited for the lessons"
    assert window.progress is not None and window.study.pack.lessons


def test_asking_for_study_while_it_is_being_built_switches_once_it_exists(qtbot, settings,
                                                                         tmp_path, monkeypatch):
    """A click or key that asks for Study while the start is still building it (a progress
    dialog's loop delivers it) does not break the start: Study opens with its lessons."""
    from spinetutor.ui.study import pack_progress

    windows: list = []
    asked: list[bool] = []
    original = pack_progress.PackProgress.report

    def report(self, done, total):
        if windows and not asked:
            asked.append(True)
            windows[0].set_mode("study")
        original(self, done, total)

    monkeypatch.setattr(pack_progress.PackProgress, "report", report)
    ready: list[bool] = []
    window = start_window(settings, store_path=tmp_path / "progress.sqlite3", staged=True,
                          ready=lambda: ready.append(True))
    windows.append(window)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    qtbot.waitUntil(lambda: window.mode is not None and window.mode.name == "study")
    assert asked
    assert not [d for d in window.findChildren(QDockWidget) if is_waiting(d)]
    lessons = window.findChild(QDockWidget, "dock-lessons")
    assert lessons.widget() is window.study.browser and window.study.pack.lessons
