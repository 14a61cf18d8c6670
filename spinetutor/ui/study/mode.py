"""Study mode: the lesson list on the left, the lesson or quiz on the right, the plate following.

The mode owns the lesson pack (loading, live reload) and is the only study object that
touches the window: it runs section actions on the selection and view, forwards plate clicks
to plate questions, and re-emits answers for the progress layer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QStackedWidget

from spinetutor import paths
from spinetutor.core.last_good import keep_last_good
from spinetutor.core.lesson_pack import LoadedPack, PackCache, load_pack
from spinetutor.core.lessons import Section
from spinetutor.core.quizzes import ClickDiagram, MarkRegions, Question, Quiz
from spinetutor.core.section_picture import lesson_picture, section_picture
from spinetutor.core.tree_cache import TreeCache
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.modes.base import Mode
from spinetutor.ui.plain_text import plain
from spinetutor.ui.study.lesson_browser import LessonBrowser
from spinetutor.ui.study.lesson_view import LessonView
from spinetutor.ui.study.pack_progress import PackProgress
from spinetutor.ui.study.pack_watcher import PackWatcher
from spinetutor.ui.study.quiz_panel import QuizPanel
from spinetutor.ui.study.quiz_session import (
    QuizSession,
    adhoc_quiz,
    find_question,
    nearest_section,
    section_for,
)
from spinetutor.ui.study.result_view import ResultView

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow
    from spinetutor.ui.present.compare_picker import CompareWindow

LESSON_PAGE, QUIZ_PAGE, RESULT_PAGE, EMPTY_PAGE = range(4)
EMPTY_TEXT = QT_TRANSLATE_NOOP(   # shown through translate("Study", ...)
    "Study", "<h3>No lessons here yet</h3><p>Open a lesson pack with <b>File \u2192 Open "
    "lesson pack\u2026</b>, or fix the problems listed on the left.</p>")


class StudyMode(Mode):
    name = "study"
    title = QT_TRANSLATE_NOOP("Modes", "Study")  # shown translated
    records_progress = True

    answer_submitted = Signal(str, object)   # question id, core Grade
    quiz_finished = Signal(object)           # core QuizResult
    pack_loaded = Signal(object)             # LoadedPack, after every (re)load
    quiz_started = Signal(object)            # Quiz, at its first question

    def __init__(self, window: MainWindow, pack_path: str | Path | None = None) -> None:
        super().__init__(window)
        self.pack_root = Path(pack_path) if pack_path else paths.lessons_dir()
        self.pack = LoadedPack((), (), ())
        self.cache = PackCache()
        self.rng_factory: Callable[[], random.Random] = random.Random
        self.quiz: Quiz | None = None
        atlas = window.atlas
        targets = sorted(t for t in window.scene.targets() if not t.startswith("patch:"))
        self.browser = LessonBrowser()
        self.lesson_view = LessonView()
        def names(target: str) -> str:
            return atlas.name_of(target, language=content_language())

        self.quiz_panel = QuizPanel(names, targets, sorted(atlas.region_ids()))
        self.result_view = ResultView(self._locate, names)
        empty = QLabel(translate("Study", EMPTY_TEXT))
        empty.setWordWrap(True)
        plain(empty)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        empty.setMargin(16)
        self.stack = QStackedWidget()
        for page in (self.lesson_view, self.quiz_panel, self.result_view, empty):
            self.stack.addWidget(page)
        self.lessons_dock: QDockWidget | None = None
        self.study_dock: QDockWidget | None = None
        self.open_action = QAction(translate("Study", "Open &lesson pack\u2026"), self)
        self.open_action.setShortcut("Ctrl+L")
        self.open_action.setVisible(False)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.compare_action = QAction(translate("Study", "&Compare two structures\u2026"), self)
        self.compare_action.setObjectName("study-compare")
        self.compare_action.setShortcut("Ctrl+Shift+C")
        self.compare_action.setVisible(False)
        self.compare_action.triggered.connect(self._on_compare_action_triggered)
        self.compare_window: CompareWindow | None = None
        self.watcher = PackWatcher(self)
        self.browser.lesson_chosen.connect(self._on_browser_lesson_chosen)
        self.lesson_view.section_shown.connect(self._on_lesson_view_section_shown)
        self.lesson_view.target_link_clicked.connect(self._on_lesson_view_target_link_clicked)
        self.lesson_view.quiz_requested.connect(self._on_lesson_view_quiz_requested)
        self.quiz_panel.answer_submitted.connect(self.answer_submitted)
        self.quiz_panel.question_shown.connect(self._on_quiz_panel_question_shown)
        self.quiz_panel.picked_changed.connect(self._on_quiz_panel_picked_changed)
        self.quiz_panel.session_completed.connect(self._on_quiz_panel_session_completed)
        self.quiz_panel.quit_requested.connect(self._on_back_requested)
        self.result_view.review_requested.connect(self._on_result_view_review_requested)
        self.result_view.retry_requested.connect(self._on_result_view_retry_requested)
        self.result_view.back_requested.connect(self._on_back_requested)
        self.watcher.pack_changed.connect(self._on_watcher_pack_changed)
        self.load()

    # ---- mode --------------------------------------------------------------------
    def activate(self) -> None:
        """Show the lesson list and the lesson/quiz panel (ui/layouts.py places them)."""
        win = self.window
        if self.lessons_dock is None:
            self.lessons_dock = win.add_dock(self.browser, translate("Study", "Lessons"),
                                             Qt.DockWidgetArea.LeftDockWidgetArea, name="lessons")
            self.study_dock = win.add_dock(self.stack, translate("Modes", "Study"),
                                           Qt.DockWidgetArea.RightDockWidgetArea, name="study")
            first = win.file_menu.actions()[0] if win.file_menu.actions() else None
            win.file_menu.insertAction(first, self.open_action)
            win.view_menu.addAction(self.compare_action)
        assert self.study_dock is not None
        self.lessons_dock.show()
        self.study_dock.show()
        self.open_action.setVisible(True)
        self.compare_action.setVisible(True)
        if self._on_window_plate_clicked not in win.plate_click_handlers:
            win.plate_click_handlers.append(self._on_window_plate_clicked)
        if self.stack.currentIndex() == LESSON_PAGE and self.lesson_view.section is not None:
            self._run_actions(self.lesson_view.section)

    def deactivate(self) -> None:
        for dock in (self.lessons_dock, self.study_dock):
            if dock is not None:
                dock.hide()
        self.open_action.setVisible(False)
        self.compare_action.setVisible(False)
        if self._on_window_plate_clicked in self.window.plate_click_handlers:
            self.window.plate_click_handlers.remove(self._on_window_plate_clicked)
        self.window.scene.set_focus_target("")

    # ---- packs -------------------------------------------------------------------
    def open_pack(self, path: str | Path) -> LoadedPack:
        """Open another lesson pack (folder or file) and show its first lesson."""
        self.pack_root = Path(path)
        self.cache = PackCache()
        self.pack = LoadedPack((), (), ())   # nothing of the old pack is kept as "last good"
        self.lesson_view.lesson = None
        return self.load()

    def load(self) -> LoadedPack:
        """(Re)load the pack, keeping the learner's lesson and section when they still exist."""
        view = self.lesson_view
        place = (view.lesson.id, view.section.id, view.index) if view.lesson and view.section \
            else None
        atlas = self.window.atlas
        # The first load of a pack takes parsed YAML from earlier runs; reloads after an edit
        # re-read only the changed files anyway (self.cache).
        trees = TreeCache.for_pack(self.pack_root, paths.cache_dir()) if not self.cache else None
        progress = PackProgress(self.window)
        try:
            loaded = load_pack(self.pack_root, atlas.knows, atlas.targets(), self.cache, trees,
                               progress=progress.report)
        finally:
            progress.close()
        self.pack = keep_last_good(loaded, self.pack)
        if trees is not None:
            trees.save()
        self.watcher.watch(self.pack_root)
        default = self.pack_root.resolve() == paths.lessons_dir().resolve()
        # the bundled course needs no folder name ("lessons · 15 lessons" said it twice)
        self.browser.show_pack(self.pack, "" if default else
                               (self.pack_root.name or str(self.pack_root)))
        lesson = self.pack.lesson(place[0]) if place else None
        if lesson is None and self.pack.lessons:
            lesson = self.pack.lessons[0]
        if lesson is None:
            self.stack.setCurrentIndex(EMPTY_PAGE)
        else:
            index = nearest_section(lesson, place[1], place[2]) if place and \
                place[0] == lesson.id else 0
            showing = self.stack.currentIndex() in (LESSON_PAGE, EMPTY_PAGE)
            self.open_lesson(lesson.id, index, show=showing)
        self.pack_loaded.emit(self.pack)
        return self.pack

    def open_lesson(self, lesson_id: str, index: int = 0, show: bool = True) -> None:
        """Show a lesson at a section; with show=False only refresh it behind a running quiz."""
        lesson = self.pack.lesson(lesson_id)
        if lesson is None:
            return
        file = self.pack.files.get(f"lesson:{lesson_id}")
        base = file.parent if file else None
        root = self.pack_root if self.pack_root.is_dir() else self.pack_root.parent
        self.lesson_view.text.pack_root = str(root)
        self.browser.select_lesson(lesson_id, emit=False)
        if show:
            self.stack.setCurrentIndex(LESSON_PAGE)
        self.lesson_view.blockSignals(not show)
        self.lesson_view.show_lesson(lesson.localized(content_language()), base,
                                     tuple(q.localized(content_language())
                                           for q in self.pack.quizzes_for(lesson_id)), index)
        self.lesson_view.set_notice(stale_notice(self.pack, lesson_id))
        self.lesson_view.blockSignals(False)

    def show_section(self, lesson_id: str, section_id: str) -> None:
        """Open this lesson at this section (after presenting it), unless a quiz is running."""
        lesson = self.pack.lesson(lesson_id)
        if lesson is None or self.stack.currentIndex() not in (LESSON_PAGE, EMPTY_PAGE):
            return
        ids = [s.id for s in lesson.sections]
        self.open_lesson(lesson_id, ids.index(section_id) if section_id in ids else 0)

    # ---- quizzes -----------------------------------------------------------------
    def start_quiz(self, quiz: Quiz) -> None:
        self.quiz = quiz
        self.stack.setCurrentIndex(QUIZ_PAGE)
        self.quiz_panel.start(quiz.localized(content_language()), self.rng_factory())
        self.quiz_started.emit(quiz)

    def quiz_running(self) -> bool:
        """A quiz is on screen with questions still to answer."""
        session = self.quiz_panel.session
        return self.stack.currentIndex() == QUIZ_PAGE and session is not None \
            and not (session.at_end and self.quiz_panel.answered)

    def start_questions(self, question_ids: list[str], title: str) -> bool:
        """An ad-hoc practice quiz over pack questions (spaced review, "study this topic")."""
        found = [find_question(self.pack, qid) for qid in question_ids]
        language = content_language()
        questions = [next(q for q in hit[1].localized(language).questions if q.id == hit[0].id)
                     for hit in found if hit is not None]
        if not questions:
            return False
        self.start_quiz(adhoc_quiz(title, questions))
        return True

    def _locate(self, question: Question) -> tuple[str, str, str] | None:
        """The lesson section to reread after missing a question."""
        hit = find_question(self.pack, question.id)
        lesson = self.pack.lesson(hit[1].lesson or "") if hit else None
        if lesson is None:
            return None
        lesson = lesson.localized(content_language())
        section = section_for(lesson, question)
        same = self.quiz is not None and self.quiz.lesson == lesson.id
        return lesson.id, section.id, section.title if same else \
            f"{lesson.title} \u2014 {section.title}"

    def _run_actions(self, section: Section) -> None:
        """Show everything the section's diagram steps add up to; a bad step is reported."""
        selection, view = self.window.selection, self.window.view
        self.window.scene.set_focus_target("")
        lesson, index = self.lesson_view.lesson, self.lesson_view.index
        if lesson is not None and lesson.sections[index].id == section.id:
            picture = lesson_picture(lesson.sections, index)
        else:
            picture = section_picture(section.actions)
        problems = selection.show_picture(picture, section.title)
        if picture.zoom:
            try:
                view.zoom_to_area(picture.zoom)
            except (KeyError, ValueError) as exc:
                problems.append(str(exc))
        if problems:
            self.window.statusBar().showMessage(
                translate("Study", "Diagram step skipped: {problem}").format(
                    problem="; ".join(problems)), 5000)

    # ---- slots -------------------------------------------------------------------
    def _on_window_plate_clicked(self, target: str) -> bool:
        if self.stack.currentIndex() != QUIZ_PAGE:
            return False
        return self.quiz_panel.plate_clicked(target)

    def _on_browser_lesson_chosen(self, lesson_id: str) -> None:
        self.open_lesson(lesson_id, self.browser.section_for(lesson_id))

    def _on_lesson_view_section_shown(self, section: Section) -> None:
        if self.window.mode is self:
            self._run_actions(section)

    def _on_lesson_view_target_link_clicked(self, target: str) -> None:
        try:
            self.window.selection.select(target)
        except KeyError:
            self.window.statusBar().showMessage(
                translate("Study", "Not on the diagram: {target}").format(target=target), 5000)

    def _on_lesson_view_quiz_requested(self, quiz_id: str) -> None:
        quiz = next((q for q in self.pack.quizzes if q.id == quiz_id), None)
        if quiz is not None:
            self.start_quiz(quiz)

    def _on_quiz_panel_question_shown(self, question: Question) -> None:
        self.window.selection.clear()
        self.window.scene.set_focus_target("")
        zoom = getattr(question, "zoom", None)
        if isinstance(question, ClickDiagram | MarkRegions):
            self.window.view.zoom_to_area(zoom or "all")

    def _on_quiz_panel_picked_changed(self, picked: object) -> None:
        if isinstance(picked, str):
            self.window.scene.set_focus_target(picked)
        elif isinstance(picked, list) and picked:
            self.window.selection.show_regions(picked, translate("Study", "your answer"))
        else:
            self.window.selection.clear()

    def _on_quiz_panel_session_completed(self, session: QuizSession) -> None:
        self.window.scene.set_focus_target("")
        self.window.selection.clear()
        result = self.result_view.show_result(session)
        self.stack.setCurrentIndex(RESULT_PAGE)
        self.result_view.back.setFocus()
        self.quiz_finished.emit(result)

    def _on_result_view_review_requested(self, lesson_id: str, section_id: str) -> None:
        lesson = self.pack.lesson(lesson_id)
        if lesson is not None:
            self.open_lesson(lesson_id, nearest_section(lesson, section_id, 0))

    def _on_result_view_retry_requested(self) -> None:
        if self.quiz is not None:
            self.start_quiz(self.quiz)

    def _on_back_requested(self) -> None:
        self.window.scene.set_focus_target("")
        if self.lesson_view.lesson is None:
            self.stack.setCurrentIndex(EMPTY_PAGE)
            return
        self.stack.setCurrentIndex(LESSON_PAGE)
        self.lesson_view.show_section(self.lesson_view.index)

    def _on_compare_action_triggered(self) -> None:
        """The comparison window, offering the open lesson's `compare:` pairs first."""
        from spinetutor.ui.present.compare_picker import CompareWindow  # noqa: PLC0415 (lazy)

        if self.compare_window is None:
            self.compare_window = CompareWindow(self.window.atlas, self.window)
        self.compare_window.set_lesson(self.lesson_view.lesson)
        self.compare_window.show()
        self.compare_window.raise_()

    def _on_open_action_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Study", "Open lesson pack"), str(self.pack_root))
        if folder:
            self.open_pack(folder)

    def _on_watcher_pack_changed(self) -> None:
        self.load()


def stale_notice(pack: LoadedPack, lesson_id: str) -> str:
    """The words shown while a lesson is kept in its last good version ("" when it is not)."""
    problem = pack.stale.get(lesson_id)
    if problem is None:
        return ""
    return translate("Study", "The file of this lesson has a problem ({problem}). Showing the "
                     "last good version until it is fixed.").format(problem=problem.format())
