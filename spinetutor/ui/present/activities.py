"""Present-mode activities beside the slides: compare two lesions, ask the class a question.

A mixin of PresentMode. Class questions come from the quizzes of the lesson on screen (or the
whole pack when the lesson has none); Space/PageDown walks asked -> answer -> explanation ->
back to the slide, so a clicker alone runs the question too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from spinetutor.core.quizzes import Question
from spinetutor.ui.i18n import translate
from spinetutor.ui.present.compare_picker import PickerDialog, lesson_pairs
from spinetutor.ui.present.question_view import is_diagram
from spinetutor.ui.present.stage import move_into

if TYPE_CHECKING:
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
        return [(q, quiz.title) for quiz in quizzes for q in quiz.questions]

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
