"""The course teaches what a physiotherapy curriculum expects, each topic sourced and quizzed,
every new section fits one slide, and every section has speaker notes."""

from __future__ import annotations

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.lesson_search import matching_sections, search_lesson
from spinetutor.paths import lessons_dir

# what a learner searches for -> the lesson that must teach it
TOPICS = {
    "red flags framework": "serious-pathology-screening",
    "steroids fracture": "serious-pathology-screening",
    "spondyloarthritis NSAID": "serious-pathology-screening",
    "Babinski": "serious-pathology-screening",
    "Hoffmann": "serious-pathology-screening",
    "sustained clonus": "serious-pathology-screening",
    "MRC grade": "how-to-examine",
    "reinforce reflex": "how-to-examine",
    "pinprick light touch": "how-to-examine",
    "other side": "how-to-examine",
    "Meyerding": "slips-and-curves",
    "Wiltse isthmic": "slips-and-curves",
    "step-off": "slips-and-curves",
    "one-leg hyperextension": "slips-and-curves",
    "scoliometer": "slips-and-curves",
    "Risser": "slips-and-curves",
    "structural functional": "slips-and-curves",
    "bracing Schroth": "slips-and-curves",
    "Modic": "degeneration-prognosis-rehab",
    "facet arthritis": "degeneration-prognosis-rehab",
    "yellow flags": "degeneration-prognosis-rehab",
    "STarT Back": "degeneration-prognosis-rehab",
    "directional preference": "degeneration-prognosis-rehab",
    "neural mobilisation": "degeneration-prognosis-rehab",
    "RMDQ": "degeneration-prognosis-rehab",
    "ODI": "degeneration-prognosis-rehab",
}


@pytest.fixture(scope="module")
def course():
    atlas = load_atlas()
    return load_pack(lessons_dir(), atlas.knows, atlas.targets())


def test_the_course_loads_clean(course):
    """The shipped course, new lessons included, has no problem for `validate`."""
    assert not course.problems, course.problems


@pytest.mark.parametrize(("query", "lesson_id"), sorted(TOPICS.items()))
def test_each_curriculum_topic_is_taught(course, query, lesson_id):
    """Searching the topic finds the lesson that teaches it in a section's text."""
    lesson = course.lesson(lesson_id)
    assert lesson is not None
    assert search_lesson(lesson, course.quizzes_for(lesson_id), query) is not None, query
    assert matching_sections(lesson, query), query


@pytest.mark.parametrize("lesson_id", sorted(set(TOPICS.values())))
def test_new_lessons_are_sourced_and_quizzed(course, lesson_id):
    """Each new lesson names its sources and has a quiz of at least five questions."""
    lesson = course.lesson(lesson_id)
    assert len(lesson.sources) >= 4
    assert sum(len(q.questions) for q in course.quizzes_for(lesson_id)) >= 5


def test_every_shipped_section_has_speaker_notes(course):
    """An instructor presenting the course finds notes of their own on the presenter view for
    every section (not the slide's text again), each with a timing hint."""
    missing = [(lesson.id, section.id) for lesson in course.lessons
               for section in lesson.sections
               if not section.notes or section.notes.strip() == section.text.strip()
               or "minute" not in section.notes]
    assert missing == []


def test_translated_sections_have_speaker_notes_in_that_language(course):
    """A Spanish-speaking instructor presenting a lesson that is in Spanish reads Spanish
    notes, with the timing hint, for every section it translates."""
    missing = [(lesson.id, language, section_id)
               for lesson in course.lessons
               for language, words in lesson.translations.items()
               for section_id, section in words.sections.items()
               if section.text and (not section.notes
                                    or (language == "es" and "minutos" not in section.notes))]
    assert missing == []
    assert any(lesson.translations for lesson in course.lessons)
