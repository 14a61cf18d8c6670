"""A pack's questions flattened for export to other systems (Anki, Moodle XML, GIFT).

Each question becomes a prompt, its choices (with the atlas names of a case's lesions) and its
explanation, in the lesson's order. A format that cannot express a question says so with a
`Skipped` entry: nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.quizzes import (
    CaseVignette,
    ClickDiagram,
    MarkRegions,
    MultipleChoice,
    OrderPathway,
    Question,
    Quiz,
    SingleChoice,
    TrueFalse,
)


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str | None = None


@dataclass(frozen=True)
class ExportQuestion:
    """One question with what every format needs, already in plain data."""

    lesson_id: str
    lesson_title: str
    quiz: Quiz
    question: Question
    prompt: str                      # Markdown: a case's story and findings, then its question
    choices: tuple[Choice, ...]      # choice types and cases; empty otherwise

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def kind(self) -> str:
        return self.question.type

    @property
    def uses_plate(self) -> bool:
        return isinstance(self.question, ClickDiagram | MarkRegions)


@dataclass(frozen=True)
class Skipped:
    """A question a format cannot express, and why, for the exporter's report."""

    question_id: str
    lesson_id: str
    reason: str

    def format(self) -> str:
        return f"{self.lesson_id} / {self.question_id}: {self.reason}"


def export_questions(pack: LoadedPack, name_of: Callable[[str], str]) -> list[ExportQuestion]:
    """Every question of the pack in lesson order (quizzes without a lesson come last)."""
    order = {lesson.id: index for index, lesson in enumerate(pack.lessons)}
    titles = {lesson.id: lesson.title for lesson in pack.lessons}
    quizzes = sorted(pack.quizzes, key=lambda quiz: order.get(quiz.lesson or "", len(order)))
    items = []
    for quiz in quizzes:
        lesson_id = quiz.lesson or quiz.id
        title = titles.get(lesson_id, quiz.title)
        for question in quiz.questions:
            items.append(ExportQuestion(lesson_id, title, quiz, question, _prompt(question),
                                        _choices(question, name_of)))
    return items


def _prompt(question: Question) -> str:
    if isinstance(question, CaseVignette):
        findings = "\n".join(f"- {finding}" for finding in question.findings)
        return f"{question.case}\n\n{findings}\n\n{question.prompt}"
    return question.prompt


def _choices(question: Question, name_of: Callable[[str], str]) -> tuple[Choice, ...]:
    if isinstance(question, SingleChoice | MultipleChoice):
        return tuple(Choice(o.text, o.correct, o.feedback) for o in question.options)
    if isinstance(question, CaseVignette):
        return tuple(Choice(o.text or name_of(o.lesion), o.correct, o.feedback)
                     for o in question.options)
    if isinstance(question, TrueFalse):
        return (Choice("True", question.answer), Choice("False", not question.answer))
    return ()


def ordered_steps(item: ExportQuestion) -> list[str]:
    """The steps of an order_pathway question in their right order (empty for other types)."""
    question = item.question
    return list(question.items) if isinstance(question, OrderPathway) else []
