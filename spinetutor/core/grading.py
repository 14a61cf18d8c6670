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
The feedback sentences are the templates of MESSAGES; the UI passes them translated
(``words=``) so a learner reads them in the app's language.
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
# The grader's own sentences (same keys and placeholders in every language).
MESSAGES = {
    "not_answered": NOT_ANSWERED,
    "not_an_option": "'{option}' is not one of the options.",
    "chosen": "{right} of {total} right answers chosen.",
    "chosen_wrong": "{right} of {total} right answers chosen, {wrong} wrong.",
    "true": "The statement is true.",
    "false": "The statement is false.",
    "found": "Found {found} of {total} regions.",
    "missed": "Missed: {regions}.",
    "extra": "Not part of it: {regions}.",
    "each_once": "Use each step exactly once.",
    "steps": "{good} of {pairs} steps follow on correctly.",
}
Words = Mapping[str, str]


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


def _unanswered(question: Question, words: Words = MESSAGES) -> Grade:
    return Grade(question.id, 0.0, False, (words["not_answered"],))


def grade_choice(question: SingleChoice | CaseVignette, option_id: str | None,
                 words: Words = MESSAGES) -> Grade:
    """One option picked: full marks for the correct option, its feedback either way."""
    if option_id is None:
        return _unanswered(question, words)
    option = next((o for o in question.options if o.id == option_id), None)
    if option is None:
        return Grade(question.id, 0.0, False, (words["not_an_option"].format(option=option_id),))
    feedback = (option.feedback,) if option.feedback else ()
    return Grade(question.id, 1.0 if option.correct else 0.0, option.correct, feedback)


def grade_multiple_choice(question: MultipleChoice, picked: Collection[str] | None,
                          words: Words = MESSAGES) -> Grade:
    """All that apply: partial credit by overlap, feedback of each picked option."""
    if picked is None:
        return _unanswered(question, words)
    chosen = set(picked)
    expected = set(question.correct_option_ids())
    score = _overlap_score(chosen, expected)
    lines = [o.feedback for o in question.options if o.id in chosen and o.feedback]
    missed = len(expected - chosen)
    wrong = len(chosen - expected)
    if missed or wrong:
        lines.append(words["chosen_wrong" if wrong else "chosen"].format(
            right=len(chosen & expected), total=len(expected), wrong=wrong))
    return Grade(question.id, score, chosen == expected, tuple(lines))


def grade_true_false(question: TrueFalse, answer: bool | None,
                     words: Words = MESSAGES) -> Grade:
    if answer is None:
        return _unanswered(question, words)
    right = bool(answer) == question.answer
    truth = words["true" if question.answer else "false"]
    return Grade(question.id, 1.0 if right else 0.0, right, (truth,))


def grade_click(question: ClickDiagram, target: str | None,
                words: Words = MESSAGES) -> Grade:
    """A click on the plate is right when it hits one of the accepted targets."""
    if target is None:
        return _unanswered(question, words)
    right = target in question.accepted
    return Grade(question.id, 1.0 if right else 0.0, right, ())


def _region(value: str) -> str:
    return value.removeprefix("region:")


def grade_mark_regions(question: MarkRegions, marked: Collection[str] | None,
                       words: Words = MESSAGES) -> Grade:
    """Regions marked on the plate: partial credit by overlap, naming missed and extra ones."""
    if marked is None:
        return _unanswered(question, words)
    chosen = {_region(r) for r in marked}
    expected = set(question.expected)
    score = _overlap_score(chosen, expected)
    lines = [words["found"].format(found=len(chosen & expected), total=len(expected))]
    if missing := sorted(expected - chosen):
        lines.append(words["missed"].format(regions=", ".join(missing)))
    if extra := sorted(chosen - expected):
        lines.append(words["extra"].format(regions=", ".join(extra)))
    return Grade(question.id, score, chosen == expected, tuple(lines))


def grade_order(question: OrderPathway, order: Sequence[str] | None,
                words: Words = MESSAGES) -> Grade:
    """Order the steps: credit for each neighbouring pair placed in the right order."""
    if order is None:
        return _unanswered(question, words)
    items = list(question.items)
    if sorted(order) != sorted(items):
        return Grade(question.id, 0.0, False, (words["each_once"],))
    position = {item: index for index, item in enumerate(items)}
    pairs = len(items) - 1
    good = sum(
        1 for first, second in zip(order, order[1:], strict=False)
        if position[second] == position[first] + 1
    )
    right = list(order) == items
    lines = () if right else (words["steps"].format(good=good, pairs=pairs),)
    return Grade(question.id, good / pairs if pairs else 1.0, right, lines)


def grade(question: Question, response: object, words: Words = MESSAGES) -> Grade:
    """Grade any question type (see the module docstring for the response of each)."""
    match question:
        case SingleChoice() | CaseVignette():
            return grade_choice(question, response, words)  # type: ignore[arg-type]
        case MultipleChoice():
            return grade_multiple_choice(question, response, words)  # type: ignore[arg-type]
        case TrueFalse():
            return grade_true_false(question, response, words)  # type: ignore[arg-type]
        case ClickDiagram():
            return grade_click(question, response, words)  # type: ignore[arg-type]
        case MarkRegions():
            return grade_mark_regions(question, response, words)  # type: ignore[arg-type]
        case OrderPathway():
            return grade_order(question, response, words)  # type: ignore[arg-type]
    raise TypeError(f"unknown question type: {type(question).__name__}")


def grade_quiz(quiz: Quiz, responses: Mapping[str, object],
               words: Words = MESSAGES) -> QuizResult:
    """Grade every question (missing responses count as unanswered); pass/fail for tests."""
    grades = tuple(grade(q, responses.get(q.id), words) for q in quiz.questions)
    score = sum(g.score for g in grades) / len(grades) if grades else 0.0
    passed = None
    if quiz.mode == "test":
        passed = score * 100 >= (quiz.pass_mark or 100) - 1e-9
    return QuizResult(quiz.id, grades, score, passed)
