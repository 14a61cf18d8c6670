"""Lesson and quiz models: authors' text stays text, the schema ships in sync, the example works."""

from __future__ import annotations

import json
import random
from pathlib import Path

from _pack_helpers import TARGETS, write

from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.lesson_schema import build_schema, schema_text
from spinetutor.core.quizzes import QUESTION_TYPES, OrderPathway, display_order

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "example-pack"

LESSON = """\
lesson:
  id: strings
  title: NO
  topic: 3.10
  level: intro
  minutes: 012
  objectives: [yes, 'off']
  sources: [012]
  sections:
    - id: s1
      title: yes
      text: 3.10
      actions:
        - highlight_regions: [region:heel, sole]
        - clear: yes
quiz:
  id: strings-quiz
  title: on
  questions:
    - id: q1
      type: single_choice
      prompt: NO
      explanation: n
      about: [root:L5]
      options:
        - {id: a, text: yes, correct: yes}
        - {id: b, text: 012}
"""


def test_yaml_11_words_and_numbers_stay_text_in_text_fields(tmp_path: Path) -> None:
    """'NO', 'yes', '012', '3.10' appear in lessons exactly as typed; numbers where wanted."""
    write(tmp_path, "a.yaml", LESSON)
    pack = load_pack(tmp_path, TARGETS.__contains__, TARGETS)
    assert pack.problems == ()
    lesson, quiz = pack.lessons[0], pack.quizzes[0]
    assert (lesson.title, lesson.topic, lesson.minutes) == ("NO", "3.10", 12)
    assert lesson.objectives == ["yes", "off"]
    assert lesson.sources == ["012"]
    section = lesson.sections[0]
    assert (section.title, section.text) == ("yes", "3.10")
    assert [a.kind for a in section.actions] == ["highlight_regions", "clear"]
    assert section.actions[0].value == ["heel", "sole"]
    question = quiz.questions[0]
    assert quiz.title == "on" and question.prompt == "NO"
    assert [o.text for o in question.options] == ["yes", "012"]
    assert question.correct_option_ids() == {"a"}
    assert quiz.lesson == "strings"


def test_shipped_schema_matches_the_models() -> None:
    """Editors' completion (lessons/schema.json) matches what the app accepts."""
    shipped = (ROOT / "lessons" / "schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: python -m spinetutor.core.lesson_schema > " \
        "lessons/schema.json"


def test_schema_lists_every_question_type_and_forbids_typos() -> None:
    """The schema offers every question type and flags unknown keys in the editor."""
    schema = build_schema()
    text = json.dumps(schema)
    for kind in QUESTION_TYPES:
        assert f'"const": "{kind}"' in text
    assert schema["$defs"]["Lesson"]["additionalProperties"] is False


def test_example_pack_validates_with_the_real_atlas() -> None:
    """The example pack in docs/ loads with no problems and uses every question type."""
    from spinetutor.core.atlas import load_atlas

    atlas = load_atlas()
    pack = load_pack(EXAMPLE, atlas.knows, atlas.targets())
    assert [p.format() for p in pack.problems] == []
    assert len(pack.lessons) == 1
    used = {q.type for quiz in pack.quizzes for q in quiz.questions}
    assert used == set(QUESTION_TYPES)
    for path in EXAMPLE.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../lessons/schema.json"


def test_order_pathway_is_never_shown_in_the_right_order() -> None:
    """The learner never sees the pathway already solved."""
    question = OrderPathway(
        type="order_pathway", id="p", prompt="p", explanation="e", about=["root:L5"],
        items=["a", "b"],
    )
    for seed in range(20):
        assert display_order(question, random.Random(seed), False) == ["b", "a"]


NOTES_AND_PAIRS = """\
lesson:
  id: pairs
  title: Pairs
  topic: T
  level: intro
  minutes: 5
  objectives: [o]
  sources: [s]
  sections:
    - id: s1
      title: S
      text: Slide text.
      notes: |
        Ask the room **first**.
  compare:
    - {a: root:S1, b: nerve:sural}
    - {a: root:L5, b: nerve:sciatc}
    - {a: root:L4, b: root:L4}
  translations:
    es:
      sections:
        s1: {notes: Pregunte primero.}
"""


def test_notes_and_compare_pairs_load_and_bad_pairs_are_located(tmp_path: Path) -> None:
    """Speaker notes and compare pairs load; a mistyped target or a structure compared with
    itself is reported at its own line, with a suggestion for the typo."""
    write(tmp_path, "a.yaml", NOTES_AND_PAIRS)
    pack = load_pack(tmp_path, TARGETS.__contains__, TARGETS)
    messages = [p.format() for p in pack.problems]
    assert any(":18:" in m and "not itself" in m for m in messages), messages
    write(tmp_path, "a.yaml", NOTES_AND_PAIRS.replace("    - {a: root:L4, b: root:L4}\n", ""))
    pack = load_pack(tmp_path, TARGETS.__contains__, TARGETS)
    [problem] = pack.problems
    assert problem.line == 17 and "unknown atlas id 'nerve:sciatc'" in problem.format()
    assert "nerve:sciatic" in problem.format()
    fixed = NOTES_AND_PAIRS.replace("sciatc", "sciatic").replace(
        "    - {a: root:L4, b: root:L4}\n", "")
    write(tmp_path, "a.yaml", fixed)
    pack = load_pack(tmp_path, TARGETS.__contains__, TARGETS)
    assert pack.problems == ()
    lesson = pack.lessons[0]
    assert lesson.sections[0].notes == "Ask the room **first**.\n"
    assert [(p.a, p.b) for p in lesson.compare] == [("root:S1", "nerve:sural"),
                                                    ("root:L5", "nerve:sciatic")]
    assert lesson.localized("es").sections[0].notes == "Pregunte primero."
    assert lesson.localized("es").sections[0].text == "Slide text."
