"""Pure grading of every question type: response in, Grade (score 0-1, correct, feedback) out.

Responses, by type:
  single_choice, case_vignette  -> option id (str)
  multiple_choice               -> option ids picked (any collection of str)
  true_false                    -> bool
  click_diagram                 -> the atlas target clicked, e.g. "disc:L4-L5"
  mark_regions                  -> region ids marked ("heel" or "region:heel")
  order_pathway                 -> the items in the learner's order
``None`` means not answered (score 0).

Partial credit rules (documented for authors in docs/AUTHORING.md):
  * multiple_choice and mark_regions: (right picks - wrong picks) / number of right answers,
    clamped to 0..1. Picking everything therefore earns nothing; correct only when exact.
  * order_pathway: the share of neighbouring pairs the learner put next to each other in the
    right order (n items -> n-1 pairs); correct only when the whole order is right.
The question's ``explanation`` is not repeated in ``feedback``: the UI shows it beside.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

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

NOT_ANSWERED = "Not answered."


@dataclass(frozen=True)
class Grade:
    """The result of one answer."""

    question_id: str
    score: float
    correct: bool
    feedback: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuizResult:
    """A whole quiz: per-question grades, overall score and (tests only) pass or fail."""

    quiz_id: str
    grades: tuple[Grade, ...]
    score: float
    passed: bool | None

    @property
    def percent(self) -> float:
        return round(self.score * 100, 1)

    @property
    def missed(self) -> tuple[str, ...]:
        """Ids of questions not fully right, for the review list."""
        return tuple(grade.question_id for grade in self.grades if not grade.correct)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _overlap_score(picked: set[str], expected: set[str]) -> float:
    hits = len(picked & expected)
    wrong = len(picked - expected)
    return _clamp((hits - wrong) / len(expected)) if expected else 0.0


def _unanswered(question: Question) -> Grade:
    return Grade(question.id, 0.0, False, (NOT_ANSWERED,))


def grade_choice(question: SingleChoice | CaseVignette, option_id: str | None) -> Grade:
    """One option picked: full marks for the correct option, its feedback either way."""
    if option_id is None:
        return _unanswered(question)
    option = next((o for o in question.options if o.id == option_id), None)
    if option is None:
        return Grade(question.id, 0.0, False, (f"'{option_id}' is not one of the options.",))
    feedback = (option.feedback,) if option.feedback else ()
    return Grade(question.id, 1.0 if option.correct else 0.0, option.correct, feedback)


def grade_multiple_choice(question: MultipleChoice, picked: Collection[str] | None) -> Grade:
    """All that apply: partial credit by overlap, feedback of each picked option."""
    if picked is None:
        return _unanswered(question)
    chosen = set(picked)
    expected = set(question.correct_option_ids())
    score = _overlap_score(chosen, expected)
    lines = [o.feedback for o in question.options if o.id in chosen and o.feedback]
    missed = len(expected - chosen)
    wrong = len(chosen - expected)
    if missed or wrong:
        lines.append(f"{len(chosen & expected)} of {len(expected)} right answers chosen"
                     + (f", {wrong} wrong" if wrong else "") + ".")
    return Grade(question.id, score, chosen == expected, tuple(lines))


def grade_true_false(question: TrueFalse, answer: bool | None) -> Grade:
    if answer is None:
        return _unanswered(question)
    right = bool(answer) == question.answer
    truth = "true" if question.answer else "false"
    return Grade(question.id, 1.0 if right else 0.0, right, (f"The statement is {truth}.",))


def grade_click(question: ClickDiagram, target: str | None) -> Grade:
    """A click on the plate is right when it hits one of the accepted targets."""
    if target is None:
        return _unanswered(question)
    right = target in question.accepted
    return Grade(question.id, 1.0 if right else 0.0, right, ())


def _region(value: str) -> str:
    return value.removeprefix("region:")


def grade_mark_regions(question: MarkRegions, marked: Collection[str] | None) -> Grade:
    """Regions marked on the plate: partial credit by overlap, naming missed and extra ones."""
    if marked is None:
        return _unanswered(question)
    chosen = {_region(r) for r in marked}
    expected = set(question.expected)
    score = _overlap_score(chosen, expected)
    lines = [f"Found {len(chosen & expected)} of {len(expected)} regions."]
    if missing := sorted(expected - chosen):
        lines.append("Missed: " + ", ".join(missing) + ".")
    if extra := sorted(chosen - expected):
        lines.append("Not part of it: " + ", ".join(extra) + ".")
    return Grade(question.id, score, chosen == expected, tuple(lines))


def grade_order(question: OrderPathway, order: Sequence[str] | None) -> Grade:
    """Order the steps: credit for each neighbouring pair placed in the right order."""
    if order is None:
        return _unanswered(question)
    items = list(question.items)
    if sorted(order) != sorted(items):
        return Grade(question.id, 0.0, False, ("Use each step exactly once.",))
    position = {item: index for index, item in enumerate(items)}
    pairs = len(items) - 1
    good = sum(
        1 for first, second in zip(order, order[1:], strict=False)
        if position[second] == position[first] + 1
    )
    right = list(order) == items
    lines = () if right else (f"{good} of {pairs} steps follow on correctly.",)
    return Grade(question.id, good / pairs if pairs else 1.0, right, lines)


def grade(question: Question, response: object) -> Grade:
    """Grade any question type (see the module docstring for the response of each)."""
    match question:
        case SingleChoice() | CaseVignette():
            return grade_choice(question, response)  # type: ignore[arg-type]
        case MultipleChoice():
            return grade_multiple_choice(question, response)  # type: ignore[arg-type]
        case TrueFalse():
            return grade_true_false(question, response)  # type: ignore[arg-type]
        case ClickDiagram():
            return grade_click(question, response)  # type: ignore[arg-type]
        case MarkRegions():
            return grade_mark_regions(question, response)  # type: ignore[arg-type]
        case OrderPathway():
            return grade_order(question, response)  # type: ignore[arg-type]
    raise TypeError(f"unknown question type: {type(question).__name__}")


def grade_quiz(quiz: Quiz, responses: Mapping[str, object]) -> QuizResult:
    """Grade every question (missing responses count as unanswered); pass/fail for tests."""
    grades = tuple(grade(q, responses.get(q.id)) for q in quiz.questions)
    score = sum(g.score for g in grades) / len(grades) if grades else 0.0
    passed = None
    if quiz.mode == "test":
        passed = score * 100 >= (quiz.pass_mark or 100) - 1e-9
    return QuizResult(quiz.id, grades, score, passed)
