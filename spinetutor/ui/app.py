"""Composition root: the QApplication, the content, the window, its modes and their wiring."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from spinetutor.ui.consult.mode import ConsultMode
    from spinetutor.ui.present.mode import PresentMode
    from spinetutor.ui.progress.store_service import StoreService
    from spinetutor.ui.settings_store import SettingsStore
    from spinetutor.ui.study import StudyMode


def ensure_app(offscreen: bool = False) -> QApplication:
    """The process's QApplication, created offscreen when asked or when there is no display."""
    if offscreen or (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                     and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        # The plate paints small regions from cached images; handing each to Qt's GUI thread
        # pool cost more in thread start-up and waiting than the work (40-75% of a plate
        # paint in py-spy). Without it a selection click repaints in 4.4-4.8 ms instead of
        # 8.9-12.3 ms (median, 2 cores). Read once, when the QApplication is created.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("SpineTutor")
        app.setOrganizationName("SpineTutor")
    return app  # type: ignore[return-value]


def build_window(lessons: Path | None = None, store_path: Path | None = None,
                 with_progress: bool = False) -> MainWindow:
    """The main window with every mode wired; shared by the GUI, snapshots and self-test.

    Progress is only opened for the interactive app (or a test that passes a store path), so
    snapshots and the self-test never write into a learner's data folder.
    """
    window = build_shell(lessons)
    study = window.modes["study"]   # builds it: the lesson models and the pack
    if with_progress or store_path is not None:
        _wire_progress(window, study, store_path)  # type: ignore[arg-type]
    window.set_mode("study")
    return window


def build_shell(lessons: Path | None = None) -> MainWindow:
    """What the first paint needs: the window with the plate, the card, the menus and an entry
    for every mode. No mode is built yet (Study's lesson models and pack come later)."""
    from spinetutor.ui.layouts import LayoutKeeper

    window = MainWindow(load_atlas())
    _add_modes(window, lessons)
    window.layouts = LayoutKeeper(window)  # type: ignore[attr-defined]
    return window


def _add_modes(window: MainWindow, lessons: Path | None) -> None:
    """Every mode's menu entry now; each mode is built (and imported) on first use."""
    def study() -> StudyMode:
        from spinetutor.ui.study import StudyMode

        mode = StudyMode(window, lessons)
        window.study = mode  # type: ignore[attr-defined]
        return mode

    window.add_mode_factory("study", QT_TRANSLATE_NOOP("Modes", "Study"), study)
    _add_later_modes(window)


def _add_later_modes(window: MainWindow) -> None:
    """Consultation and Present: menu entries now, built (and imported) on first use."""
    # F5 starts presenting from anywhere; until Present exists this stand-in builds it. Present
    # brings its own F5 action, so building it (by any path) retires the stand-in: two
    # actions on one key would make Qt ignore the key as ambiguous.
    start = QAction(window)
    start.setObjectName("present-start")
    start.setShortcut(QKeySequence("F5"))
    start.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    start.triggered.connect(
        lambda: window.modes["present"].actions["toggle"].trigger())  # type: ignore[attr-defined]
    window.addAction(start)

    def consult() -> ConsultMode:
        from spinetutor.ui.consult.mode import ConsultMode

        return ConsultMode(window)

    def present() -> PresentMode:
        from spinetutor.ui.present.mode import PresentMode

        study: StudyMode = window.modes["study"]  # type: ignore[assignment]
        mode = PresentMode(window, lambda: (study.pack, study.pack_root))
        mode.presenting_ended.connect(study.show_section)   # Study follows the class
        window.removeAction(start)
        start.deleteLater()
        return mode

    window.add_mode_factory("consult", QT_TRANSLATE_NOOP("Modes", "Consultation"), consult)
    window.add_mode_factory("present", QT_TRANSLATE_NOOP("Modes", "Present"), present)


def open_store(window: MainWindow, store_path: Path | None) -> StoreService:
    """The learner's progress store, as `window.progress` (before the dashboard exists, so the
    learner chooser can open while the lessons load)."""
    from spinetutor.ui.progress.store_service import StoreService

    service = StoreService(store_path, parent=window)
    window.progress = service  # type: ignore[attr-defined]
    if window.mode is not None:   # opened after the start chose its mode
        service.set_recording_enabled(window.mode.records_progress)
    service.notice.connect(window.show_message)
    return service


def _wire_progress(window: MainWindow, study: StudyMode, store_path: Path | None) -> None:
    from spinetutor.core.lesson_translations import topic_names
    from spinetutor.ui.progress.dashboard import ProgressDashboard
    from spinetutor.ui.progress.profiles_dialog import choose_profile
    from spinetutor.ui.progress.tags import question_prompts, question_tags

    service = getattr(window, "progress", None) or open_store(window, store_path)
    def name_of(target: str) -> str:   # atlas names and topics in the language of the moment
        if target.startswith("topic:"):
            topic = target.removeprefix("topic:")
            return topic_names(study.pack.lessons, content_language()).get(topic, topic)
        return window.atlas.name_of(target, language=content_language())

    dashboard = ProgressDashboard(service, question_tags(study.pack), name_of=name_of)
    window.dashboard = dashboard  # type: ignore[attr-defined]
    dock = window.add_dock(dashboard, translate("App", "Progress"),
                           Qt.DockWidgetArea.RightDockWidgetArea, name="progress")
    study.answer_submitted.connect(
        lambda qid, grade: service.record(qid, grade.score, grade.correct))
    study.pack_loaded.connect(lambda pack: dashboard.set_question_tags(question_tags(pack)))

    def in_test() -> bool:
        return study.quiz_running() and study.quiz is not None and study.quiz.mode == "test"

    study.stack.currentChanged.connect(lambda _page: dashboard.set_held(in_test()))
    study.quiz_started.connect(lambda _quiz: dashboard.set_held(in_test()))

    def study_questions(ids: list[str], title: str) -> None:
        if study.quiz_running() and QMessageBox.question(
                window, translate("App", "Leave the quiz?"),
                translate("App", "A quiz is in progress. Leave it and start these questions? "
                          "The answers given so far are kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        window.set_mode("study")
        if not study.start_questions(service.study_order(ids), title):
            window.show_message(
                translate("App", "Those questions are not in the open lesson pack."))

    dashboard.review_requested.connect(
        lambda ids: study_questions(ids, translate("App", "Review")))
    dashboard.study_requested.connect(
        lambda ids: study_questions(ids, translate("App", "Study this topic")))
    def start_first_lesson() -> None:
        window.set_mode("study")
        if study.pack.lessons:
            study.open_lesson(study.pack.lessons[0].id)

    dashboard.start_requested.connect(start_first_lesson)
    window.mode_changed.connect(
        lambda name: service.set_recording_enabled(window.modes[name].records_progress))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(service.close)
    menu = window.menuBar().addMenu(translate("App", "&Progress"))
    for text, slot in (
        (translate("App", "Switch &learner\u2026"), lambda: choose_profile(service, window)),
        (translate("App", "&Export my results as CSV\u2026"),
         lambda: _export_my_results(service, window)),
        (translate("App", "&Class results from CSV files\u2026"),
         lambda: _open_class_view(window, study)),
        (translate("App", "Show &dashboard"), lambda: show_dashboard(window, dock)),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
    from spinetutor.ui.progress.xapi_wiring import wire_xapi

    window.xapi = wire_xapi(window, service, menu, study)  # type: ignore[attr-defined]

    def _export_my_results(service: StoreService, win: MainWindow) -> None:
        from spinetutor.ui.progress.class_view import export_my_results

        export_my_results(service, win)

    def _open_class_view(win: MainWindow, mode: StudyMode) -> None:
        from spinetutor.ui.progress.class_view import ClassView

        view = ClassView(question_tags(mode.pack), question_prompts(mode.pack),
                         name_of, parent=win)
        view.service = service
        view.setWindowFlag(Qt.WindowType.Window)
        view.resize(900, 560)
        view.show()
        view.open_files()


def show_dashboard(window: MainWindow, dock: QDockWidget) -> None:
    """Progress is a tab beside the lesson in Study: go there and bring it to the front."""
    window.set_mode("study")
    dock.show()
    dock.raise_()


def run_gui(lessons: Path | None = None) -> int:
    """The app as a person starts it: the window with the plate first, then the learner chooser
    (first-start dialog) while the lessons and the rest are built behind it."""
    from spinetutor.ui.settings_store import SettingsStore

    app = ensure_app()
    window: MainWindow | None = None

    def choose_learner() -> None:
        from spinetutor.ui.progress.profiles_dialog import choose_profile

        assert window is not None
        choose_profile(window.progress, window,  # type: ignore[attr-defined]
                       start_consultation=lambda: window.set_mode("consult"))

    window = start_window(SettingsStore(), lessons, staged=True, learner=choose_learner)
    return app.exec()


def start_window(settings: SettingsStore, lessons: Path | None = None,
                 store_path: Path | None = None, staged: bool = False,
                 ready: Callable[[], None] | None = None,
                 learner: Callable[[], None] | None = None) -> MainWindow:
    """Start as the app starts: look, language, the window at its saved size with its panels
    in place, then the modes, progress, last place and a line on what damaged cache or setting
    was reset (if any); `ready` runs when all of that is done. `learner` (the learner chooser)
    runs as soon as the progress store is open; when staged, the rest goes on building behind
    its dialog.

    `staged` (the real start) shows the window with the plate first and builds the rest after
    its first paint, one step per pass of the event loop; the panels not built yet say they
    are opening (ui/staged_start.py). Otherwise everything is built before the window shows.
    """
    from spinetutor.ui import startup_probe, themes
    from spinetutor.ui.i18n import install_language
    from spinetutor.ui.preferences import install_preferences, restore_layout, restore_place
    from spinetutor.ui.reset_notice import announce_resets
    from spinetutor.ui.staged_start import (
        WAITING,
        add_waiting_panels,
        after_first_paint,
        run_steps,
    )

    app = ensure_app()
    app.setWindowIcon(themes.app_icon())
    themes.apply_theme(app, settings.theme)
    install_language(settings.language)
    themes.apply_type_scale(app, settings.type_scale)
    window = build_shell(lessons)
    first = settings.mode if settings.mode in WAITING else "study"
    add_waiting_panels(window, first)
    window.mode_actions[first].setChecked(True)   # the toolbar shows where the start is going
    restore_layout(window, settings)
    window.layouts.lay_out(first)  # type: ignore[attr-defined]
    startup_probe.install(window.view.viewport())

    def progress() -> None:
        _wire_progress(window, window.modes["study"], store_path)  # type: ignore[arg-type]
        window.layouts.keep_to_mode()  # type: ignore[attr-defined]

    def chooser() -> None:
        if learner is not None:
            QTimer.singleShot(0, learner)   # its dialog's own loop runs the steps after it

    steps = [   # the store and the learner chooser, then the lessons: what a person came for
        lambda: open_store(window, store_path),
        chooser,
        lambda: window.modes["study"],
        lambda: restore_place(window, settings),
        lambda: startup_probe.reached("lessons"),
        progress,
        lambda: install_preferences(window, settings),
        lambda: announce_resets(window),
    ]
    if not staged:
        for step in steps:
            step()
        window.show()
        if ready is not None:
            ready()
        return window
    window.show()
    after_first_paint(window.view.viewport(), lambda: run_steps(steps, ready))
    return window


def snapshot(out: Path, select: str | None, herniation: str | None, size: tuple[int, int],
             mode: str = "plate", lesson: str | None = None, section: str | None = None,
             reveal: int = 0, pathology: str | None = None,
             lessons: Path | None = None) -> None:
    """Render the main window offscreen (the plate, or a whole mode) to a PNG; `pathology`
    draws that condition (core/pathology.py) after any selection.

    `lessons` is the pack to render from (an instructor's own); a lesson section shows its own
    herniation type unless `herniation` is given."""
    ensure_app(offscreen=True)
    window = build_window(lessons)
    window.resize(*size)
    if mode == "present":
        from spinetutor.ui.present.snapshot import render_present_snapshot

        render_present_snapshot(window, lesson, section, out, size, reveal=reveal)
        window.close()
        return
    prepare_snapshot(window, select, herniation, mode, lesson, section, pathology)
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    window.close()


def prepare_snapshot(window: MainWindow, select: str | None, herniation: str | None,
                     mode: str = "plate", lesson: str | None = None,
                     section: str | None = None, pathology: str | None = None) -> None:
    """Put a built window in the state `snapshot` renders (shown, painted)."""
    app = ensure_app(offscreen=True)
    if mode == "plate":
        for dock in window.findChildren(QDockWidget):
            dock.setVisible(dock is window.card_dock)
    else:
        window.set_mode(mode)
        if lesson:
            _open_lesson_section(window, lesson, section)
    if herniation:
        window.selection.set_herniation(herniation)
    if select:
        window.selection.select(select)
    if pathology:
        window.selection.show_pathology(pathology)
    window.show()
    app.processEvents()
    if mode == "plate":
        window.view.fit_to_window()
        app.processEvents()


def _open_lesson_section(window: MainWindow, lesson_id: str, section_id: str | None) -> None:
    study = window.study  # type: ignore[attr-defined]
    lesson = study.pack.lesson(lesson_id)
    if lesson is None:
        raise KeyError(f"no lesson '{lesson_id}' in the lesson pack")
    ids = [s.id for s in lesson.sections]
    if section_id is not None and section_id not in ids:
        raise KeyError(f"lesson '{lesson_id}' has no section '{section_id}'")
    window.set_mode("study")
    study.open_lesson(lesson_id, ids.index(section_id) if section_id else 0)
