"""Grading: each question type scores the learner's answer, with fair partial credit."""

from __future__ import annotations

import pytest

from spinetutor.core.grading import NOT_ANSWERED, grade, grade_quiz
from spinetutor.core.quizzes import Quiz

COMMON = {"prompt": "p", "explanation": "e", "about": ["root:L5"]}
QUESTIONS = [
    {"id": "single", "type": "single_choice", **COMMON, "options": [
        {"id": "a", "text": "L4", "feedback": "L4 exits above."},
        {"id": "b", "text": "L5", "correct": True, "feedback": "Yes: the traversing root."}]},
    {"id": "multi", "type": "multiple_choice", **COMMON, "options": [
        {"id": "a", "text": "x", "correct": True}, {"id": "b", "text": "y", "correct": True},
        {"id": "c", "text": "z", "feedback": "z is S1."}, {"id": "d", "text": "w"}]},
    {"id": "tf", "type": "true_false", **COMMON, "answer": False},
    {"id": "click", "type": "click_diagram", **COMMON, "accepted": ["disc:L4-L5"]},
    {"id": "regions", "type": "mark_regions", **COMMON,
     "expected": ["dorsum_of_foot", "great_toe", "first_web_space", "lateral_leg"]},
    {"id": "case", "type": "case_vignette", **COMMON, "case": "c", "findings": ["f"],
     "options": [{"id": "r", "lesion": "root:L5", "correct": True},
                 {"id": "n", "lesion": "nerve:common_peroneal", "feedback": "Hip is weak."}]},
    {"id": "order", "type": "order_pathway", **COMMON,
     "items": ["root", "plexus", "nerve", "branch", "region"]},
]


def quiz(mode: str = "practice", pass_mark: int | None = None) -> Quiz:
    return Quiz.model_validate({"id": "q", "title": "t", "mode": mode, "pass_mark": pass_mark,
                                "questions": QUESTIONS})


def question(qid: str):
    return next(q for q in quiz().questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "response", "score", "correct"),
    [
        ("single", "b", 1.0, True),
        ("single", "a", 0.0, False),
        ("single", "zz", 0.0, False),
        ("multi", ["a", "b"], 1.0, True),
        ("multi", ["a"], 0.5, False),
        ("multi", ["a", "c"], 0.0, False),
        ("multi", ["a", "b", "c"], 0.5, False),
        ("multi", ["a", "b", "c", "d"], 0.0, False),
        ("tf", False, 1.0, True),
        ("tf", True, 0.0, False),
        ("click", "disc:L4-L5", 1.0, True),
        ("click", "disc:L5-S1", 0.0, False),
        ("regions", ["dorsum_of_foot", "great_toe", "first_web_space", "lateral_leg"], 1.0, True),
        ("regions", ["region:dorsum_of_foot", "great_toe", "first_web_space"], 0.75, False),
        ("regions", ["dorsum_of_foot", "great_toe", "heel"], 0.25, False),
        ("regions", ["heel", "sole"], 0.0, False),
        ("case", "r", 1.0, True),
        ("case", "n", 0.0, False),
        ("order", ["root", "plexus", "nerve", "branch", "region"], 1.0, True),
        ("order", ["plexus", "root", "nerve", "branch", "region"], 0.5, False),
        ("order", ["region", "branch", "nerve", "plexus", "root"], 0.0, False),
        ("order", ["root", "plexus"], 0.0, False),
    ],
)
def test_each_type_scores_the_answer(qid: str, response: object, score: float,
                                     correct: bool) -> None:
    """Right answers score 1, wrong 0, partly right answers a fair share."""
    result = grade(question(qid), response)
    assert result.score == pytest.approx(score)
    assert result.correct is correct


def test_option_feedback_is_shown_for_the_pick() -> None:
    """The learner sees the feedback written for the option they chose."""
    assert grade(question("single"), "a").feedback == ("L4 exits above.",)
    assert grade(question("case"), "n").feedback == ("Hip is weak.",)
    multi = grade(question("multi"), ["a", "c"]).feedback
    assert multi == ("z is S1.", "1 of 2 right answers chosen, 1 wrong.")


def test_mark_regions_feedback_names_missed_and_extra_regions() -> None:
    """After marking regions the learner is told which were missed and which do not belong."""
    lines = grade(question("regions"), ["dorsum_of_foot", "heel"]).feedback
    assert lines == ("Found 1 of 4 regions.", "Missed: first_web_space, great_toe, lateral_leg.",
                     "Not part of it: heel.")


@pytest.mark.parametrize("qid", [q["id"] for q in QUESTIONS])
def test_unanswered_scores_nothing(qid: str) -> None:
    """Skipping a question gives no credit and says so."""
    result = grade(question(qid), None)
    assert (result.score, result.correct, result.feedback) == (0.0, False, (NOT_ANSWERED,))


def test_test_mode_passes_at_the_pass_mark() -> None:
    """A test passes when the percentage reaches the pass mark, and lists missed questions."""
    right = {"single": "b", "multi": ["a", "b"], "tf": False, "click": "disc:L4-L5",
             "regions": QUESTIONS[4]["expected"], "case": "r"}
    result = grade_quiz(quiz("test", 85), right)  # 6 of 7 = 85.7 %
    assert result.percent == pytest.approx(85.7)
    assert result.passed is True
    assert result.missed == ("order",)
    assert grade_quiz(quiz("test", 90), right).passed is False


def test_practice_mode_has_no_pass_or_fail() -> None:
    """A practice quiz reports a score but never 'failed'."""
    result = grade_quiz(quiz(), {"single": "b"})
    assert result.passed is None
    assert result.score == pytest.approx(1 / 7)
