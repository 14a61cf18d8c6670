"""One run through a quiz, without widgets: question order, option order, answers, grades.

Kept apart from the panel so the order a learner sees (seeded RNG) and the grading are easy to
test and the panel only draws. Also finds the lesson section a question is about.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from spinetutor.core.grading import Grade, QuizResult, grade, grade_quiz
from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.lessons import Lesson, Section
from spinetutor.core.quizzes import Question, Quiz, display_order
from spinetutor.ui.study.grading_words import grading_words

_LINK = re.compile(r"\]\(spinetutor:([^)\s]+)\)")


@dataclass
class QuizSession:
    """Questions in the order asked, each with its option/item order, and the answers given."""

    quiz: Quiz
    rng: random.Random
    questions: list[Question] = field(init=False)
    orders: dict[str, list[str]] = field(init=False)
    responses: dict[str, object] = field(default_factory=dict)
    grades: dict[str, Grade] = field(default_factory=dict)
    index: int = 0

    def __post_init__(self) -> None:
        self.questions = self.quiz.question_order(self.rng)
        self.orders = {
            q.id: display_order(q, self.rng, self.quiz.shuffle_options) for q in self.questions
        }

    @property
    def practice(self) -> bool:
        return self.quiz.mode == "practice"

    @property
    def current(self) -> Question:
        return self.questions[self.index]

    @property
    def at_end(self) -> bool:
        return self.index >= len(self.questions) - 1

    def submit(self, response: object) -> Grade:
        """Record and grade the answer to the current question."""
        question = self.current
        self.responses[question.id] = response
        result = grade(question, response, grading_words())
        self.grades[question.id] = result
        return result

    def advance(self) -> bool:
        """Move to the next question; False when there is none."""
        if self.at_end:
            return False
        self.index += 1
        return True

    def result(self) -> QuizResult:
        return grade_quiz(self.quiz, self.responses, grading_words())


def adhoc_quiz(title: str, questions: list[Question]) -> Quiz:
    """A practice quiz over questions gathered from anywhere in the pack (review, topics)."""
    return Quiz(id="adhoc-practice", title=title, mode="practice", questions=questions)


def find_question(pack: LoadedPack, question_id: str) -> tuple[Question, Quiz] | None:
    for quiz in pack.quizzes:
        for question in quiz.questions:
            if question.id == question_id:
                return question, quiz
    return None


def section_targets(section: Section) -> dict[str, int]:
    """Atlas targets a section is about, weighted: shown on the plate 2, linked in the text 1."""
    targets = dict.fromkeys(_LINK.findall(section.text), 1)
    for action in section.actions:
        if action.select:
            targets[action.select] = 2
        for region in action.highlight_regions or ():
            targets[f"region:{region}"] = 2
    return targets


def question_targets(question: Question) -> set[str]:
    """What a question is about, including its answers (accepted targets, regions, lesions)."""
    wanted = set(question.about) | set(getattr(question, "accepted", ()))
    wanted |= {f"region:{r}" for r in getattr(question, "expected", ())}
    wanted |= {o.lesion for o in getattr(question, "options", ()) if getattr(o, "lesion", None)
               and o.correct}
    return wanted


def section_for(lesson: Lesson, question: Question) -> Section:
    """The section most about the same targets as a question (the lesson start if none)."""
    wanted = question_targets(question)
    best, best_score = lesson.sections[0], 0
    for section in lesson.sections:
        score = sum(w for t, w in section_targets(section).items() if t in wanted)
        if score > best_score:
            best, best_score = section, score
    return best


def nearest_section(lesson: Lesson, section_id: str, old_index: int) -> int:
    """Index of the section with this id, else the one now at the old position."""
    for index, section in enumerate(lesson.sections):
        if section.id == section_id:
            return index
    return max(0, min(old_index, len(lesson.sections) - 1))
