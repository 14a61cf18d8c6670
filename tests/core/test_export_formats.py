"""Exporting the course to Moodle XML and GIFT: what an LMS imports, and what it cannot."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.export_gift import escape, to_gift
from spinetutor.core.export_items import ExportQuestion, export_questions
from spinetutor.core.export_moodle import to_moodle_xml
from spinetutor.core.lesson_pack import load_pack
from spinetutor.paths import lessons_dir

# The grade fractions Moodle accepts for an answer (question/format/xml: it rounds to these).
MOODLE_FRACTIONS = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0}
PLATE_TYPES = {"click_diagram", "mark_regions"}


@cache
def course() -> tuple[ExportQuestion, ...]:
    atlas = load_atlas()
    pack = load_pack(lessons_dir(), atlas.knows, atlas.targets())
    assert not pack.problems
    return tuple(export_questions(pack, atlas.name_of))


def test_moodle_xml_holds_every_question_it_can_and_lists_the_rest() -> None:
    """The whole course parses as Moodle XML; every non-plate question is in it with one
    right answer (or fractions adding to 100 %), and every plate question is listed."""
    items = list(course())
    data, skipped = to_moodle_xml(items, "spinetutor-course")
    root = ET.fromstring(data)
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    plate = [i for i in items if i.kind in PLATE_TYPES]
    assert len(questions) + len(skipped) == len(items) == 201
    assert {s.question_id for s in skipped} == {i.id for i in plate}
    assert all("clicking the plate" in s.reason for s in skipped)
    names = [q.findtext("name/text") for q in questions]
    assert len(set(names)) == len(names)
    for question in questions:
        assert question.findtext("questiontext/text").strip()
        assert question.findtext("idnumber").startswith("urn:spinetutor:pack:spinetutor-course")
        if question.get("type") != "multichoice":
            continue
        fractions = [float(a.get("fraction")) for a in question.findall("answer")]
        assert all(abs(f) in MOODLE_FRACTIONS for f in fractions), fractions
        if question.findtext("single") == "true":
            assert fractions.count(100) == 1
        else:
            assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=0.001)
    kinds = {q.get("type") for q in questions}
    assert kinds == {"multichoice", "truefalse", "matching"}


def test_moodle_matching_keeps_the_pathway_order() -> None:
    """An ordering question becomes matching: each step paired with its place."""
    items = [i for i in course() if i.kind == "order_pathway"]
    data, _ = to_moodle_xml(items[:1], "spinetutor-course")
    question = ET.fromstring(data).find("question[@type='matching']")
    pairs = [(s.findtext("text"), s.findtext("answer/text"))
             for s in question.findall("subquestion")]
    assert [place for _, place in pairs][:3] == ["1st", "2nd", "3rd"]
    assert [text for text, _ in pairs] == list(items[0].question.items)


def _unescaped(text: str, char: str) -> int:
    return len(re.findall(r"(?<!\\)" + re.escape(char), text))


def test_gift_has_one_well_formed_entry_per_expressible_question() -> None:
    """Every GIFT entry has its id title and exactly one answer block; special characters in
    the text are escaped so an LMS does not cut a question short."""
    items = list(course())
    text, skipped = to_gift(items)
    entries = [line for line in text.splitlines() if line.startswith("::")]
    assert len(entries) + len(skipped) == len(items)
    for entry in entries:
        assert _unescaped(entry, "{") == 1 and _unescaped(entry, "}") == 1, entry[:120]
        assert entry.rstrip().endswith("}")
    assert sum(line.startswith("$CATEGORY:") for line in text.splitlines()) >= 10


def test_gift_escapes_its_special_characters() -> None:
    """A prompt with GIFT's markup characters arrives as the author wrote it."""
    assert escape("a = b {c} ~d #e: f\\g") == "a \\= b \\{c\\} \\~d \\#e\\: f\\\\g"
    assert escape("two\nlines") == "two lines"


def test_a_pack_of_my_own_exports_with_its_own_ids(tmp_path: Path) -> None:
    """An instructor's pack keeps its own name in the ids, so two packs never collide."""
    from spinetutor.core.activity_ids import pack_slug

    assert pack_slug(None) == "spinetutor-course"
    assert pack_slug(lessons_dir()) == "spinetutor-course"
    assert pack_slug(tmp_path / "My Class Pack") == "my-class-pack"
    assert pack_slug(tmp_path / "week 3.yaml") == "week-3"


def test_anki_notes_keep_the_same_guid_in_every_export() -> None:
    """Re-exporting after a course update updates a learner's cards instead of adding copies:
    a question's note guid depends only on its pack and id."""
    import genanki

    from spinetutor.core.activity_ids import question_id

    first = genanki.guid_for(question_id("spinetutor-course", "redflags-q-pvr"))
    assert first == genanki.guid_for(question_id("spinetutor-course", "redflags-q-pvr"))
    assert first != genanki.guid_for(question_id("my-pack", "redflags-q-pvr"))
