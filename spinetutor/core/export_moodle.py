"""Moodle XML, the question-bank format Moodle imports with every setting kept.

single_choice and case_vignette -> multichoice (one answer); multiple_choice -> multichoice
(several, partial credit, wrong choices cost); true_false -> truefalse; order_pathway ->
matching (each step to its place). Plate questions need the picture and clicking: they are
listed, not dropped. Each question's idnumber is its stable id, so a re-import is recognised.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from spinetutor.core.activity_ids import question_id
from spinetutor.core.export_gift import PLACES, PLATE_REASON, percent
from spinetutor.core.export_items import ExportQuestion, Skipped, ordered_steps
from spinetutor.core.export_text import to_html
from spinetutor.core.quizzes import MultipleChoice, OrderPathway, TrueFalse


def to_moodle_xml(items: list[ExportQuestion], pack_slug: str) -> tuple[bytes, list[Skipped]]:
    """The Moodle XML document of `items`, one category per lesson, and what it could not hold."""
    quiz = ET.Element("quiz")
    skipped: list[Skipped] = []
    category = None
    for item in items:
        if item.uses_plate:
            skipped.append(Skipped(item.id, item.lesson_id, PLATE_REASON))
            continue
        if isinstance(item.question, OrderPathway) and not _orderable(item):
            skipped.append(Skipped(item.id, item.lesson_id,
                                   "an ordering question needs 3 to 12 different steps to "
                                   "become a matching question"))
            continue
        if item.lesson_title != category:
            category = item.lesson_title
            node = ET.SubElement(quiz, "question", type="category")
            _text(ET.SubElement(node, "category"),
                  f"$course$/top/SpineTutor/{category.replace('/', '-')}")
        quiz.append(_question(item, pack_slug))
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True), skipped


def _orderable(item: ExportQuestion) -> bool:
    steps = ordered_steps(item)
    return 3 <= len(steps) <= len(PLACES) and len(set(steps)) == len(steps)


def _text(parent: ET.Element, value: str) -> ET.Element:
    ET.SubElement(parent, "text").text = value
    return parent


def _html(parent: ET.Element, tag: str, markdown: str) -> ET.Element:
    return _text(ET.SubElement(parent, tag, format="html"), to_html(markdown))


def _question(item: ExportQuestion, slug: str) -> ET.Element:
    question = item.question
    kind = ("truefalse" if isinstance(question, TrueFalse)
            else "matching" if isinstance(question, OrderPathway) else "multichoice")
    node = ET.Element("question", type=kind)
    _text(ET.SubElement(node, "name"), item.id)
    _html(node, "questiontext", item.prompt)
    _html(node, "generalfeedback", question.explanation)
    ET.SubElement(node, "defaultgrade").text = "1"
    ET.SubElement(node, "penalty").text = "0.3333333"
    ET.SubElement(node, "hidden").text = "0"
    ET.SubElement(node, "idnumber").text = question_id(slug, item.id)[:100]
    tags = ET.SubElement(node, "tags")
    for target in question.about:
        _text(ET.SubElement(tags, "tag"), target)
    if isinstance(question, TrueFalse):
        for value in (True, False):
            answer = ET.SubElement(node, "answer", fraction="100" if value == question.answer
                                   else "0", format="moodle_auto_format")
            _text(answer, "true" if value else "false")
            _text(ET.SubElement(answer, "feedback", format="html"), "")
        return node
    if isinstance(question, OrderPathway):
        ET.SubElement(node, "shuffleanswers").text = "true"
        for index, step in enumerate(ordered_steps(item)):
            sub = _html(node, "subquestion", step)
            _text(ET.SubElement(sub, "answer"), PLACES[index])
        return node
    several = isinstance(question, MultipleChoice)
    ET.SubElement(node, "single").text = "false" if several else "true"
    ET.SubElement(node, "shuffleanswers").text = "true"
    ET.SubElement(node, "answernumbering").text = "abc"
    right = sum(choice.correct for choice in item.choices)
    wrong = len(item.choices) - right
    for choice in item.choices:
        if several:
            weight = 100 / right if choice.correct else (-100 / wrong if wrong else 0)
        else:
            weight = 100 if choice.correct else 0
        answer = _html(node, "answer", choice.text)
        answer.set("fraction", percent(weight))
        _html(answer, "feedback", choice.feedback or "")
    return node
