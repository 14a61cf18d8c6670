"""A lesson section's diagram steps add up to one picture, the same however it is reached."""

from __future__ import annotations

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.lessons import SectionAction
from spinetutor.core.section_picture import (
    SectionPicture,
    lesson_picture,
    picture_highlight,
    section_picture,
)
from spinetutor.paths import lessons_dir


def steps(*raw: dict) -> list[SectionAction]:
    return [SectionAction(**r) for r in raw]


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture(scope="module")
def course():
    atlas = load_atlas()
    return load_pack(lessons_dir(), atlas.knows, atlas.targets())


def _section(course, lesson_id, section_id):
    lesson = course.lesson(lesson_id)
    index = [s.id for s in lesson.sections].index(section_id)
    return lesson, index


def test_two_selects_show_both(atlas):
    """'select: root:L4' then 'select: root:L5' lights both roots, not only the last."""
    picture = section_picture(steps({"select": "root:L4"}, {"select": "root:L5"}))
    highlight, problems = picture_highlight(atlas, picture)
    assert not problems
    assert [p.target for p in highlight.parts] == ["root:L4", "root:L5"]
    assert highlight.target == "root:L5"  # the card describes the last one


def test_regions_add_to_a_selection(atlas):
    """highlight_regions after a select keeps the selection and adds the skin."""
    picture = section_picture(steps({"select": "root:L5"},
                                    {"highlight_regions": ["dorsum_of_foot"]}))
    highlight, _ = picture_highlight(atlas, picture)
    assert [p.kind for p in highlight.parts] == ["root", "regions"]


def test_herniation_step_changes_the_disc_already_selected(atlas):
    """A central herniation written after the disc still makes that disc central."""
    picture = section_picture(steps({"select": "disc:L4-L5"}, {"herniation": "central"},
                                    {"select": "landmark:cauda_equina"}))
    highlight, _ = picture_highlight(atlas, picture)
    disc = highlight.parts[0]
    assert disc.herniation == "central" and len(disc.roots) > 3


def test_clear_resets_the_herniation():
    """clear: true empties the picture and puts the herniation back to posterolateral."""
    picture = section_picture(steps({"herniation": "central"}, {"clear": True},
                                    {"select": "disc:L4-L5"}))
    assert picture == SectionPicture((("select", "disc:L4-L5"),), "posterolateral", None)


def test_a_section_that_selects_starts_from_an_empty_plate():
    """A section with its own select does not inherit the previous section's herniation."""
    before = SectionPicture((("select", "disc:L4-L5"),), "central", "saddle")
    picture = section_picture(steps({"select": "disc:L4-L5"}), before)
    assert picture.herniation == "posterolateral"
    assert picture.shown == (("select", "disc:L4-L5"),)


def test_a_herniation_only_section_re_views_the_previous_one():
    """A section of only 'herniation: far_lateral' shows the previous section's disc far-lateral."""
    before = SectionPicture((("select", "disc:L4-L5"),), "posterolateral", "lumbar_detail")
    picture = section_picture(steps({"herniation": "far_lateral"}), before)
    assert picture.shown == before.shown and picture.herniation == "far_lateral"


@pytest.mark.parametrize(("lesson_id", "section_id", "targets"), [
    ("disc-level-vs-root", "two-roots", {"disc:L4-L5", "root:L4", "root:L5"}),
    ("dermatomes-myotomes", "maps-disagree", {"root:L4", "root:L5", "root:S1"}),
    ("root-to-foot", "peroneal",
     {"nerve:common_peroneal", "nerve:deep_peroneal", "nerve:superficial_peroneal"}),
    ("root-to-foot", "tibial", {"nerve:tibial", "nerve:sural"}),
])
def test_shipped_sections_show_every_step(course, atlas, lesson_id, section_id, targets):
    """The sections the review named show every structure their steps select."""
    lesson, index = _section(course, lesson_id, section_id)
    highlight, problems = picture_highlight(atlas, lesson_picture(lesson.sections, index))
    assert not problems
    assert {p.target for p in highlight.parts} == targets


def test_which_levels_does_not_inherit_the_central_herniation(course):
    """Lesson 4's 'Which levels?' comes after 'Central' and shows posterolateral discs."""
    lesson, index = _section(course, "disc-level-vs-root", "levels")
    assert lesson.sections[index - 1].id == "central"
    assert lesson_picture(lesson.sections, index).herniation == "posterolateral"


def test_every_shipped_section_can_be_shown(course, atlas):
    """No step of the course is skipped: every section's picture builds without a problem."""
    for lesson in course.lessons:
        for index, section in enumerate(lesson.sections):
            _, problems = picture_highlight(atlas, lesson_picture(lesson.sections, index))
            assert not problems, (lesson.id, section.id, problems)
