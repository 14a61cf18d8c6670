"""The new curriculum lessons are written for class: every section fits one slide."""

from __future__ import annotations

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.paths import lessons_dir
from tests.core.test_curriculum_depth import TOPICS


def test_new_sections_fit_one_slide(qapp):
    """Every section of the new lessons fits one Present slide at 1280x720."""
    from spinetutor.ui.present.slide_check import long_sections

    atlas = load_atlas()
    course = load_pack(lessons_dir(), atlas.knows, atlas.targets())
    new = set(TOPICS.values())
    long = [s for s in long_sections(course, (1280, 720), str(lessons_dir()))
            if s.lesson in new]
    assert not long, [s.format((1280, 720)) for s in long]
