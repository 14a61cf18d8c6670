"""Which words of a lesson and its quizzes have no translation in a language.

A translation left half done shows a learner a lesson in two languages; the tests use this to
fail on any lesson that carries a language but misses a title, a section, a question, an
option or a piece of feedback in it. Speaker notes (presenter only) are not required.
"""

from __future__ import annotations

from collections.abc import Iterable

from spinetutor.core.lessons import Lesson
from spinetutor.core.quizzes import Quiz


def missing_lesson_words(lesson: Lesson, language: str) -> list[str]:
    """The lesson fields a reader sees that have no words in `language` (as paths)."""
    words = lesson.translations.get(language)
    where = f"{lesson.id}: translations.{language}"
    if words is None:
        return [where]
    missing = [f"{where}.{name}" for name, own in (
        ("title", lesson.title), ("topic", lesson.topic), ("summary", lesson.summary),
        ("objectives", lesson.objectives)) if own and not getattr(words, name)]
    for section in lesson.sections:
        given = words.sections.get(section.id)
        missing += [f"{where}.sections.{section.id}.{name}" for name in ("title", "text")
                    if given is None or not getattr(given, name)]
    return missing


def missing_quiz_words(quiz: Quiz, language: str) -> list[str]:
    """The quiz fields a learner reads that have no words in `language` (as paths)."""
    words = quiz.translations.get(language)
    where = f"{quiz.id}: translations.{language}"
    if words is None:
        return [where]
    missing = [] if words.title else [f"{where}.title"]
    for question in quiz.questions:
        path = f"{where}.questions.{question.id}"
        given = words.questions.get(question.id)
        if given is None:
            missing.append(path)
            continue
        missing += [f"{path}.{name}" for name in ("prompt", "explanation", "case", "findings",
                                                  "items")
                    if getattr(question, name, None) and not getattr(given, name)]
        for option in getattr(question, "options", ()):
            mine = given.options.get(option.id)
            for name in ("text", "feedback"):
                if getattr(option, name) and (mine is None or not getattr(mine, name)):
                    missing.append(f"{path}.options.{option.id}.{name}")
    return missing


def topic_names(lessons: Iterable[Lesson], language: str) -> dict[str, str]:
    """Each lesson topic -> its name in `language`, where a lesson of that topic gives one.

    Lessons are grouped by their original topic, so a topic some of whose lessons are not
    translated yet still forms one group, under its translated name."""
    names: dict[str, str] = {}
    for lesson in lessons:
        words = lesson.translations.get(language)
        if words is not None and words.topic and lesson.topic not in names:
            names[lesson.topic] = words.topic
    return names
