"""GIFT, the plain-text question format Moodle (and other LMSs) import.

single_choice, case_vignette -> one right answer; multiple_choice -> weighted answers;
true_false -> {T}/{F}; order_pathway -> matching (each step to its place). Plate questions
(click_diagram, mark_regions) need the picture and cannot be written in GIFT: they are listed.
"""

from __future__ import annotations

from spinetutor.core.export_items import ExportQuestion, Skipped, ordered_steps
from spinetutor.core.export_text import to_html
from spinetutor.core.quizzes import MultipleChoice, OrderPathway, TrueFalse

_SPECIAL = "\\~=#{}:"
PLACES = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
          "11th", "12th")
PLATE_REASON = "answered by clicking the plate, which this format cannot show"


def escape(text: str) -> str:
    """Backslash GIFT's special characters and keep the text on one line."""
    for char in _SPECIAL:
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def percent(value: float) -> str:
    """A Moodle grade fraction as GIFT writes it (100, 50, 33.33333, -25 ...)."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def to_gift(items: list[ExportQuestion]) -> tuple[str, list[Skipped]]:
    """The GIFT text of `items` (grouped by lesson as categories) and what it could not hold."""
    lines: list[str] = []
    skipped: list[Skipped] = []
    category = None
    for item in items:
        body = _body(item)
        if isinstance(body, Skipped):
            skipped.append(body)
            continue
        if item.lesson_title != category:
            category = item.lesson_title
            lines.append(f"$CATEGORY: $course$/SpineTutor/{escape(category).replace('/', '-')}")
            lines.append("")
        lines.append(f"// {item.id}")
        lines.append(f"::{escape(item.id)}::[html]{escape(to_html(item.prompt))} {body}")
        lines.append("")
    return "\n".join(lines), skipped


def _body(item: ExportQuestion) -> str | Skipped:
    question = item.question
    general = f"####{escape(to_html(question.explanation))}"
    if item.uses_plate:
        return Skipped(item.id, item.lesson_id, PLATE_REASON)
    if isinstance(question, TrueFalse):
        return "{" + ("T" if question.answer else "F") + general + "}"
    if isinstance(question, OrderPathway):
        steps = ordered_steps(item)
        if not 3 <= len(steps) <= len(PLACES) or len(set(steps)) != len(steps):
            return Skipped(item.id, item.lesson_id,
                           "an ordering question needs 3 to 12 different steps to become a "
                           "matching question")
        pairs = " ".join(f"={escape(step)} -> {PLACES[index]}"
                         for index, step in enumerate(steps))
        return "{" + pairs + general + "}"
    answers = []
    if isinstance(question, MultipleChoice):
        right = sum(choice.correct for choice in item.choices)
        wrong = len(item.choices) - right
        for choice in item.choices:
            weight = 100 / right if choice.correct else (-100 / wrong if wrong else 0)
            answers.append(f"~%{percent(weight)}%{_answer(choice.text, choice.feedback)}")
    else:
        for choice in item.choices:
            mark = "=" if choice.correct else "~"
            answers.append(mark + _answer(choice.text, choice.feedback))
    return "{" + " ".join(answers) + general + "}"


def _answer(text: str, feedback: str | None) -> str:
    out = escape(to_html(text))
    if feedback:
        out += f"#{escape(to_html(feedback))}"
    return out
