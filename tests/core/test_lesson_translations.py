"""Lessons and quizzes in Spanish: a translated lesson is translated all through."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.lesson_translations import (
    missing_lesson_words,
    missing_quiz_words,
    topic_names,
)
from spinetutor.core.quizzes import Quiz
from spinetutor.paths import lessons_dir
from spinetutor.ui.progress.tags import tag_label


@pytest.fixture(scope="module")
def course():
    atlas = load_atlas()
    return load_pack(lessons_dir(), atlas.knows, atlas.targets())


def test_every_shipped_lesson_has_all_its_spanish(course):
    """A Spanish-speaking student never meets a half-translated lesson or quiz: every lesson
    of the course has its title, topic, summary, objectives, sections, questions, options and
    feedback in Spanish."""
    missing: list[str] = []
    for lesson in course.lessons:
        missing += missing_lesson_words(lesson, "es")
        for quiz in course.quizzes_for(lesson.id):
            missing += missing_quiz_words(quiz, "es")
    assert len(course.lessons) == 19
    assert missing == []


def test_a_topic_has_one_spanish_name(course):
    """Lessons that share a topic give it the same Spanish name, so the list shows one group."""
    names: dict[str, set[str]] = {}
    for lesson in course.lessons:
        names.setdefault(lesson.topic, set()).add(lesson.translations["es"].topic or "")
    assert {topic: spanish for topic, spanish in names.items() if len(spanish) != 1} == {}


def test_lessons_and_quizzes_read_in_spanish_with_the_same_answers(course):
    """Every lesson and its quiz open in Spanish; ids, targets and right answers unchanged."""
    by_id = {lesson.id: lesson for lesson in course.lessons}
    for lesson_id in by_id:
        english, spanish = by_id[lesson_id], by_id[lesson_id].localized("es")
        assert spanish.title != english.title and spanish.topic != english.topic
        assert all(a.text != b.text for a, b in zip(spanish.sections, english.sections,
                                                    strict=True))
        for quiz in course.quizzes_for(lesson_id):
            es = quiz.localized("es")
            assert es.title != quiz.title
            for a, b in zip(es.questions, quiz.questions, strict=True):
                assert a.id == b.id and a.about == b.about and a.prompt != b.prompt
                assert a.correct_option_ids() == b.correct_option_ids()
    screening = by_id["serious-pathology-screening"].localized("es")
    assert "síndrome de cola de caballo" in screening.sections[0].text
    exam = next(iter(course.quizzes_for("how-to-examine"))).localized("es")
    order = next(q for q in exam.questions if q.id == "examine-q-order")
    assert order.items[0] == "Ninguna contracción"


def _quiz(**extra: object) -> Quiz:
    return Quiz.model_validate({
        "id": "q", "title": "Roots", "questions": [
            {"id": "a", "type": "single_choice", "prompt": "Which root?", "explanation": "L5.",
             "about": ["root:L5"], "options": [{"id": "l5", "text": "L5", "correct": True},
                                               {"id": "s1", "text": "S1", "feedback": "No."}]},
            {"id": "b", "type": "order_pathway", "prompt": "Order", "explanation": "x",
             "about": ["root:L5"], "items": ["Root", "Nerve"]}],
        **extra})


def test_quiz_translations_change_words_never_answers():
    """The Spanish quiz shows Spanish words; ids, right answers and targets stay the same,
    and anything left out stays in English."""
    quiz = _quiz(translations={"es": {"title": "Raíces", "questions": {
        "a": {"prompt": "¿Qué raíz?", "options": {"s1": {"feedback": "No, S1 no."}}},
        "b": {"items": ["Raíz", "Nervio"]}}}})
    es = quiz.localized("es")
    assert es.title == "Raíces" and quiz.localized("en") is quiz
    first = es.questions[0]
    assert first.prompt == "¿Qué raíz?" and first.explanation == "L5."
    assert [(o.id, o.text, o.correct, o.feedback) for o in first.options] == [
        ("l5", "L5", True, None), ("s1", "S1", False, "No, S1 no.")]
    assert es.questions[1].items == ["Raíz", "Nervio"]
    assert missing_quiz_words(quiz, "es") == [
        "q: translations.es.questions.a.explanation",
        "q: translations.es.questions.a.options.l5.text",
        "q: translations.es.questions.a.options.s1.text",
        "q: translations.es.questions.b.prompt", "q: translations.es.questions.b.explanation"]


def test_a_translation_naming_what_is_not_there_is_refused():
    """Typos in question or option ids, or a step list of the wrong length, are reported."""
    with pytest.raises(ValidationError, match="no question"):
        _quiz(translations={"es": {"questions": {"z": {"prompt": "x"}}}})
    with pytest.raises(ValidationError, match="no option"):
        _quiz(translations={"es": {"questions": {"a": {"options": {"zz": {"text": "x"}}}}}})
    with pytest.raises(ValidationError, match="give all 2"):
        _quiz(translations={"es": {"questions": {"b": {"items": ["Raíz"]}}}})


def test_topics_keep_one_group_under_their_translated_name(course):
    """Lessons 13, 14 and 16 share a topic; its Spanish name comes from lesson 16, so the list
    and the dashboard name the group once, in Spanish."""
    names = topic_names(course.lessons, "es")
    assert names["Red flags and investigations"] == "Señales de alarma y pruebas"
    assert names["Treatment"] == "Tratamiento"
    assert topic_names(course.lessons, "en") == {}
    assert tag_label("topic:Treatment", lambda t: names[t.removeprefix("topic:")]) == \
        "Tratamiento"
    assert tag_label("topic:Treatment") == "Treatment"


def test_grader_speaks_the_words_it_is_given():
    """The grader's sentences come from the templates it is handed (the UI's translation)."""
    from spinetutor.core.grading import MESSAGES, grade

    quiz = _quiz()
    spanish = dict(MESSAGES, chosen="{right} de {total}.", steps="{good} de {pairs} pasos.")
    order = quiz.questions[1]
    assert grade(order, ["Nerve", "Root"], spanish).feedback == ("0 de 1 pasos.",)
    assert grade(order, ["Nerve", "Root"]).feedback == ("0 of 1 steps follow on correctly.",)
