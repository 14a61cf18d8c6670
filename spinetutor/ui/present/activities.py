"""Present-mode activities beside the slides: compare two lesions, ask the class a question.

A mixin of PresentMode. Class questions come from the quizzes of the lesson on screen (or the
whole pack when the lesson has none); Space/PageDown walks asked -> answer -> explanation ->
back to the slide, so a clicker alone runs the question too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spinetutor.core.classroom_poll import is_plate_question, poll_for
from spinetutor.core.quizzes import Question
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.present.compare_picker import PickerDialog, lesson_pairs
from spinetutor.ui.present.question_view import is_diagram
from spinetutor.ui.present.stage import move_into

if TYPE_CHECKING:
    from spinetutor.ui.present.class_panel import ClassPanel
    from spinetutor.ui.present.class_session import ClassSession
    from spinetutor.ui.present.slides import SlideCursor
    from spinetutor.ui.present.stage import Stage


class Activities:
    window: Any
    stage: Stage | None
    cursor: SlideCursor | None

    def __init__(self) -> None:
        self.pair_index = -1
        self.picker: PickerDialog | None = None
        self.question_index = -1
        self._question_lesson = ""
        self.class_session: ClassSession | None = None
        self.class_panel: ClassPanel | None = None
        self.class_port: int | None = None          # None: the usual port (tests pass 0)
        self.class_addresses: Any = None            # None: this laptop's addresses

    # ---- compare ------------------------------------------------------------------
    def compare_pairs(self) -> list[tuple[str, str]]:
        """The lesson's own `compare:` pairs, then the classic ones."""
        return lesson_pairs(self.cursor.lesson if self.cursor is not None else None)

    def cmd_compare(self) -> None:
        """First press: the lesson's first pair; each further press: the next pair."""
        if self.stage is None:
            return
        pairs = self.compare_pairs()
        if self.stage.page != "compare":
            self.pair_index = 0
        else:
            self.pair_index = (self.pair_index + 1) % len(pairs)
        self.compare_pair(*pairs[self.pair_index])

    def cmd_compare_pick(self) -> None:
        """A picker of any two structures (and the suggested pairs); choosing shows them."""
        if self.stage is None:
            return
        dialog = PickerDialog(self.window.atlas, self.compare_pairs(), self.window)
        dialog.picked.connect(self.compare_pair)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.picker = dialog

    def compare_pair(self, target_a: str, target_b: str) -> None:
        if self.stage is None:
            return
        self.stop_reveal()  # type: ignore[attr-defined]
        self.close_class()
        page = self.stage.compare
        page.scale = self.stage.slide.scale
        self.stage.set_page("compare")
        self.slide_key = ("compare", f"{target_a}|{target_b}")
        self.refresh_annotations()  # type: ignore[attr-defined]
        page.show_pair(target_a, target_b, self.window.selection.herniation)

    # ---- class question -------------------------------------------------------------
    def class_questions(self) -> list[tuple[Question, str]]:
        """(question, quiz title) for the lesson on screen, else for the whole pack."""
        if self.cursor is None:
            return []
        pack = self.cursor.pack
        quizzes = pack.quizzes_for(self.cursor.lesson.id) or pack.quizzes
        language = content_language()
        return [(q, quiz.title) for quiz in (z.localized(language) for z in quizzes)
                for q in quiz.questions]

    def cmd_question(self) -> None:
        """Show the next class question (answers hidden)."""
        questions = self.class_questions()
        if self.stage is None or not questions:
            self.toast(translate("Present", "No quiz questions in this pack"))  # type: ignore[attr-defined]
            return
        lesson = self.cursor.lesson.id if self.cursor else ""
        if lesson != self._question_lesson:
            self._question_lesson, self.question_index = lesson, -1
        self.question_index = (self.question_index + 1) % len(questions)
        question, title = questions[self.question_index]
        self.stop_reveal()  # type: ignore[attr-defined]
        self.close_class()
        page = self.stage.question
        page.scale = self.stage.slide.scale
        self.stage.set_page("question")
        page.show_question(question, self.question_index + 1, len(questions), title)
        self.slide_key = ("question", question.id)   # drawings stay with the question
        self.refresh_annotations()  # type: ignore[attr-defined]
        move_into(self.window.view, page.plate_slot)
        self.window.selection.clear()
        zoom = getattr(question, "zoom", None) if is_diagram(question) else None
        self.window.view.zoom_to_area(zoom or "all")

    def cmd_answer(self) -> None:
        if self.stage is None or self.stage.page != "question":
            return
        self.stage.question.reveal_answer()
        answer = self.stage.question.diagram_answer()
        if answer is not None:
            kind, ids = answer
            if kind == "select":
                try:
                    self.window.selection.select(ids[0])
                except KeyError:
                    return
            else:
                self.window.selection.show_regions(ids)
        if self.class_session is not None:
            self.class_session.set_reveal(True)

    def cmd_explain(self) -> None:
        if self.stage is None or self.stage.page != "question":
            return
        self.cmd_answer()
        self.stage.question.reveal_explanation()

    def question_step(self) -> None:
        """Clicker forward inside a question: answer, then explanation, then the slide."""
        if self.stage is None:
            return
        stage = self.stage.question.stage
        if stage == 0:
            self.cmd_answer()
        elif stage == 1:
            self.cmd_explain()
        else:
            self.show_slide()  # type: ignore[attr-defined]

    # ---- open to the class ----------------------------------------------------------
    def cmd_open_class(self) -> None:
        """Serve the question on screen to the room's phones (again: stop serving)."""
        if self.stage is None or self.stage.page != "question" \
                or self.stage.question.question is None:
            self.toast(translate("Present", "Show a class question first (Q)"))  # type: ignore[attr-defined]
            return
        if self.class_session is not None:
            self.close_class()
            return
        from spinetutor.ui.present.class_panel import ClassPanel
        from spinetutor.ui.present.class_session import (
            DEFAULT_PORT,
            ClassSession,
            laptop_addresses,
        )

        page = self.stage.question
        question = page.question
        language = content_language()
        atlas = self.window.atlas
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            picture, tap_map = b"", None
            if is_plate_question(question):
                from spinetutor.ui.diagram.scene import PlateScene
                from spinetutor.ui.present.plate_picture import plate_picture

                # a scene of its own: the picture never shows a revealed answer or a hover
                picture, tap_map = plate_picture(PlateScene(atlas), question)
            poll = poll_for(question, lambda t: atlas.name_of(t, language=language), language,
                            picture, tap_map)
            if self.class_panel is None:
                self.class_panel = ClassPanel(page)
            # beside the plate for a plate question, else in the plate's place
            slot = page.side_class_slot if is_diagram(question) else page.class_slot
            slot.addWidget(self.class_panel)
            self.class_panel.scale = page.scale
            addresses = (self.class_addresses or laptop_addresses)()
            port = DEFAULT_PORT if self.class_port is None else self.class_port
            session = ClassSession(self.class_panel, poll, language, addresses, port)
            session.reveal = page.stage >= 1
            session.start()
        except OSError as problem:
            self.toast(translate("Present", "Could not open to the class: {problem}").format(
                problem=problem.strerror or problem))  # type: ignore[attr-defined]
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.class_session = session
        self.class_panel.show()
        page.set_class_open(True)
        if not is_diagram(question):
            self.window.view.hide()   # the chart takes the plate's place
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_class, Qt.ConnectionType.UniqueConnection)

    def close_class(self) -> None:
        """Stop serving (the question closed, another opened, or presenting ended)."""
        session, self.class_session = self.class_session, None
        if session is not None:
            session.stop()
            session.deleteLater()
        if self.class_panel is not None:
            self.class_panel.hide()
        if self.stage is not None:
            self.stage.question.set_class_open(False)
            if self.stage.page == "question":
                self.window.view.show()
