"""PresentMode: the main window becomes a projector slide show driven by a clicker.

Activating hides every dock, toolbar, menu and status bar (restored afterwards), moves the
shared plate view into the slide, and goes full screen on the second screen when there is
one (the presenter view then takes the laptop screen). Keys are window actions built from
keys.KEYS and enabled only while presenting; actions of other modes that use the same keys
are switched off meanwhile, so nothing is ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QWidget

from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.scenes import load_present_data
from spinetutor.core.section_picture import SectionPicture, lesson_picture, section_picture
from spinetutor.core.yaml_source import ContentError
from spinetutor.ui.i18n import translate
from spinetutor.ui.modes.base import Mode
from spinetutor.ui.present.activities import Activities
from spinetutor.ui.present.chrome import WindowChrome, projector_screen
from spinetutor.ui.present.classroom import Classroom
from spinetutor.ui.present.framing import frame, label_px
from spinetutor.ui.present.keys import KEYS
from spinetutor.ui.present.presenter import PresenterView
from spinetutor.ui.present.slides import SlideCursor
from spinetutor.ui.present.stage import Stage, move_into
from spinetutor.ui.study.mode import stale_notice

PackProvider = Callable[[], tuple[LoadedPack, Path] | None]
MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.6, 2.2, 1.12


class PresentMode(Classroom, Activities, Mode):
    name = "present"
    title = QT_TRANSLATE_NOOP("Modes", "Present")  # shown translated
    slide_shown = Signal(str, str)   # lesson id, section id
    presenting_ended = Signal(str, str)   # the lesson and section on screen when leaving

    def __init__(self, window: QWidget, pack_provider: PackProvider,
                 full_screen: bool = True) -> None:
        Mode.__init__(self, window)  # type: ignore[arg-type]
        self.pack_provider = pack_provider
        self.full_screen = full_screen
        self.stage: Stage | None = None
        self.cursor: SlideCursor | None = None
        self.pack_root: Path | None = None
        self.presenter: PresenterView | None = None
        self.scale = 1.0
        # built on first use, possibly while the window is leaving another mode for this one
        current = getattr(window, "mode", None)
        self.previous_mode = current.name if current is not None else ""
        self.chrome = WindowChrome(self.window)
        self.actions: dict[str, QAction] = {}
        Classroom.__init__(self)
        Activities.__init__(self)
        for command, _group, text, keys in KEYS:
            action = QAction(translate("Present", text), self.window)
            action.setObjectName(f"present-{command}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(command == "toggle")
            action.triggered.connect(getattr(self, f"cmd_{command}"))
            self.window.addAction(action)
            self.actions[command] = action
        self.window.mode_changed.connect(self._on_window_mode_changed)
        self.frame_area: str | None = None
        self.framed = True   # False while a saved scene's own zoom is on screen
        self.window.view.viewport().installEventFilter(self)

    # ---- activation ---------------------------------------------------------------
    def activate(self) -> None:
        window = self.window
        provided = self.pack_provider()
        if provided is None or not provided[0].lessons:
            window.statusBar().showMessage(
                translate("Present", "Present: no lessons to show (open a lesson pack)"))
        if self.stage is None:
            self.stage = Stage(window.atlas)
            self.stage.question.open_button.clicked.connect(self.cmd_open_class)
            self.build_overlays()
        self.chrome.hide()
        window.takeCentralWidget()
        window.setCentralWidget(self.stage)
        self.stage.show()
        self._set_actions(True)
        if provided is not None and provided[0].lessons:
            pack, root = provided
            if self.cursor is None or self.cursor.pack is not pack:
                self.cursor = SlideCursor(pack)
            self.pack_root = Path(root)
            self._load_saved()
        self.overlays_visible(True)
        self.slide_key = ("", "")   # run the slide's diagram steps again
        if self.presenter is not None:
            self.presenter.restart_clock()
        if self.full_screen:
            self.chrome.full_screen(projector_screen())
        self.show_slide()
        if len(QGuiApplication.screens()) > 1:
            self.toggle_presenter(True)
        window.view.setFocus()

    def deactivate(self) -> None:
        window = self.window
        self.close_class()
        self.stop_reveal()
        self.overlays_visible(False)
        self.annotation_input.set_tool("none")
        self.toggle_presenter(False)
        if self.stage is not None:
            self.stage.set_blank(False)
            self.stage.hide()
        window.view.set_min_label_px(0)
        window.restore_plate_area()
        if self.sheet is not None:
            self.sheet.close()
        self._set_actions(False)
        self.chrome.restore(self.full_screen)
        window.view.fit_to_window()
        if self.cursor is not None:
            self.presenting_ended.emit(*self.cursor.key)

    def projector_screen(self) -> QScreen:
        return projector_screen()

    def _set_actions(self, on: bool) -> None:
        mine = set(self.actions.values())
        keys = {seq.toString() for a in mine for seq in a.shortcuts()} - {"F5"}
        if on:
            self._muted = [a for a in self.window.findChildren(QAction)
                           if a not in mine and a.isEnabled()
                           and any(s.toString() in keys for s in a.shortcuts())]
            for action in self._muted:
                action.setEnabled(False)
        else:
            for action in getattr(self, "_muted", []):
                action.setEnabled(True)
            self._muted = []
        for command, action in self.actions.items():
            action.setEnabled(on or command == "toggle")

    def _load_saved(self) -> None:
        if self.pack_root is None:
            return
        try:
            data = load_present_data(self.pack_root, known_target=self.window.atlas.knows)
        except (ContentError, OSError, ValueError) as problem:
            self.toast(translate("Present", "Saved scenes not loaded: {problem}").format(
                problem=problem))
            return
        self.saved_scenes = list(data.scenes)
        merged = dict(data.annotations)
        # what this session drew or cleared wins over the file: a slide cleared with X stays
        # clear when presenting starts again (until the file is saved or the app restarts)
        merged.update(self.annotations.strokes)
        self.annotations.replace_all(merged)

    # ---- slides -------------------------------------------------------------------
    def presenting(self) -> bool:
        return self.window.mode is self

    def show_slide(self) -> None:
        """Show the cursor's slide and run its diagram actions."""
        stage = self.stage
        if stage is None:
            return
        self.stop_reveal()
        self.close_class()
        stage.set_page("slide")
        move_into(self.window.view, stage.slide.plate_slot)
        if self.cursor is None:
            stage.slide.show_title(translate("Present", "No lessons to present"))
            return
        lesson_file = self.cursor.pack.files.get(f"lesson:{self.cursor.lesson.id}")
        stage.slide.text.pack_root = str(self.pack_root) if self.pack_root else None
        stage.slide.show_slide(self.cursor, lesson_file.parent if lesson_file else None)
        if self.slide_key != self.cursor.key:   # a follow-on page keeps the plate
            self.run_actions(self.cursor.section.actions, lesson_picture(
                self.cursor.lesson.sections, self.cursor.section_index))
            notice = stale_notice(self.cursor.pack, self.cursor.lesson.id)
            if notice:   # mid-class edit with a mistake: the last good slide stays up
                self.toast(notice)
        self.slide_key = self.cursor.key
        self.refresh_annotations()
        self.refresh_footer()
        self._update_presenter()
        self.slide_shown.emit(*self.cursor.key)

    def run_actions(self, actions: list, picture: SectionPicture | None = None) -> None:
        """Show everything a slide's diagram steps add up to (steps never replace each other)."""
        selection, view = self.window.selection, self.window.view
        picture = picture or section_picture(actions)
        title = self.cursor.section.title if self.cursor is not None else "regions"
        problems = selection.show_picture(picture, title)
        self.frame_area = None
        if picture.zoom:
            try:
                view.zoom_to_area(picture.zoom)
                self.frame_area = picture.zoom
            except (KeyError, ValueError) as problem:
                problems.append(str(problem))
        self.framed = True
        self.frame_plate()
        for problem in problems:
            self.toast(translate("Present", "Diagram step skipped: {problem}").format(
                problem=problem))

    def go(self, lesson_id: str, section_id: str | None = None) -> bool:
        if self.cursor is None or not self.cursor.go(lesson_id, section_id):
            return False
        self.show_slide()
        return True

    def _move(self, moved: bool) -> None:
        if moved:
            self.show_slide()
        elif self.stage is not None:
            self.toast(translate("Present", "End of the course") if self.cursor
                       else translate("Present", "No lessons"))

    def cmd_next(self) -> None:
        if self.stage is not None and self.stage.page == "question":
            self.question_step()
        elif self.cursor is not None:
            self._move(self.cursor.step(1))

    def cmd_previous(self) -> None:
        if self.stage is not None and self.stage.page != "slide":
            self.show_slide()
        elif self.cursor is not None:
            self._move(self.cursor.step(-1))

    def cmd_first(self) -> None:
        if self.cursor is not None:
            self.cursor.set_section(0)
            self.show_slide()

    def cmd_last(self) -> None:
        if self.cursor is not None:
            self.cursor.set_section(len(self.cursor.lesson.sections) - 1)
            self.show_slide()

    def cmd_next_lesson(self) -> None:
        if self.cursor is not None:
            self._move(self.cursor.step_lesson(1))

    def cmd_previous_lesson(self) -> None:
        if self.cursor is not None:
            self._move(self.cursor.step_lesson(-1))

    def cmd_blank(self) -> None:
        if self.stage is not None:
            self.stage.set_blank(not self.stage.blanked)

    def cmd_bigger(self) -> None:
        self.set_scale(self.scale * SCALE_STEP)

    def cmd_smaller(self) -> None:
        self.set_scale(self.scale / SCALE_STEP)

    def set_scale(self, scale: float) -> None:
        self.scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        if self.stage is not None:
            self.stage.set_scale(self.scale)

    def cmd_fit(self) -> None:
        self.framed = True
        self.frame_plate()

    def frame_plate(self) -> None:
        """Zoom the plate onto the slide's subject with labels legible from the back."""
        stage = self.stage
        if stage is None or not self.presenting() or stage.page != "slide":
            return
        self.window.view.set_min_label_px(label_px(stage.height()))
        if self.framed:
            frame(self.window.view, self.frame_area, stage.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The plate is framed again when its space changes (full screen, a new window size)."""
        if event.type() == QEvent.Type.Resize and self.presenting():
            QTimer.singleShot(0, self.frame_plate)
        return False

    def cmd_back(self) -> None:
        if self.stage is not None and self.stage.blanked:
            self.stage.set_blank(False)
        elif self.stage is not None and self.stage.page != "slide":
            self.show_slide()
        else:
            self.leave()

    def cmd_toggle(self) -> None:
        if self.presenting():
            self.leave()
        else:
            self.window.set_mode(self.name)

    def leave(self) -> None:
        """Back to the mode used before presenting (or to the plain window)."""
        window = self.window
        if self.previous_mode and self.previous_mode in window.modes:
            window.set_mode(self.previous_mode)
            return
        self.deactivate()
        window.mode = None
        group = window.mode_group
        group.setExclusive(False)
        window.mode_actions[self.name].setChecked(False)
        group.setExclusive(True)

    def _on_window_mode_changed(self, name: str) -> None:
        if name != self.name:
            self.previous_mode = name

    # ---- presenter view -----------------------------------------------------------
    def cmd_presenter(self) -> None:
        self.toggle_presenter(self.presenter is None or not self.presenter.isVisible())

    def toggle_presenter(self, on: bool) -> None:
        if not on:
            if self.presenter is not None:
                self.presenter.hide()
            return
        if self.presenter is None:
            self.presenter = PresenterView(self.window, self.actions.values())
            self.presenter.restart_clock()
        primary = QGuiApplication.primaryScreen()
        if primary is not self.projector_screen():
            geometry: QRect = primary.availableGeometry()
            self.presenter.setGeometry(geometry.adjusted(40, 40, -40, -40))
        self.presenter.show()   # without taking the focus: the clicker stays with the slides
        self._update_presenter()

    def _update_presenter(self) -> None:
        if self.presenter is None or not self.presenter.isVisible() or self.cursor is None:
            return
        c = self.cursor
        lesson_file = c.pack.files.get(f"lesson:{c.lesson.id}")
        self.presenter.notes.pack_root = str(self.pack_root) if self.pack_root else None
        self.presenter.show_slide(c.lesson, c.section, c.section_index + 1,
                                  len(c.lesson.sections), max(c.page, 0), c.pages, c.peek(),
                                  lesson_file.parent if lesson_file else None)
