"""`spinetutor validate` reports every problem of a file, and says syntax errors in plain words.

An instructor who plants five mistakes in one file gets five lines, each at its own line of the
file; a mis-indented line is explained by its columns, not by the parser's jargon."""

from __future__ import annotations

import io
from pathlib import Path

from spinetutor.core.atlas import load_atlas
from spinetutor.validate_cli import run_validate

FIVE = """\
lesson:
  id: five
  title: Five mistakes
  titel: typo
  topic: Demo
  level: intro
  minutes: 5
  objectives: [One]
  sources: ["Gray's Anatomy"]
  sections:
    - id: a
      title: A
      text: "See ![x](../outside.png) here."
      actions:
        - select: root:L7
        - zoom: nowhere
quiz:
  id: five-quiz
  title: Q
  questions:
    - id: q1
      type: single_choice
      prompt: P
      explanation: E
      about: [root:L9]
      options:
        - {id: a, text: A, correct: true}
        - {id: b, text: B}
"""


def validate(path: Path) -> tuple[int, list[str]]:
    atlas = load_atlas()
    out = io.StringIO()
    code = run_validate([str(path)], known_targets=atlas.knows, suggestions=atlas.targets(),
                        out=out)
    return code, out.getvalue().splitlines()


def test_five_planted_mistakes_give_five_messages(tmp_path):
    """A typo'd field, a picture outside the pack, two unknown atlas ids and a bad zoom: each
    is reported at its own line, not only the first one pydantic meets."""
    path = tmp_path / "five.yaml"
    path.write_text(FIVE, encoding="utf-8")
    code, lines = validate(path)
    problems = lines[:-1]
    assert code == 1 and lines[-1].endswith("5 problems"), lines
    assert [int(line.split(":")[1]) for line in problems] == [4, 13, 15, 16, 25]
    joined = "\n".join(problems)
    for words in ("unknown field 'titel'", "uses '..'", "unknown atlas id 'root:L7'",
                  "'zoom' is 'nowhere'", "unknown atlas id 'root:L9'"):
        assert words in joined


def test_a_later_question_is_checked_after_a_broken_one(tmp_path):
    """A question with an unknown type does not hide the next question's unknown atlas id."""
    text = FIVE.replace("  titel: typo\n", "").replace("../outside.png", "x.png").replace(
        "root:L7", "root:L5").replace("zoom: nowhere", "zoom: all").replace(
        "root:L9", "root:L5") + """\
    - id: q2
      type: single
      prompt: P
    - id: q3
      type: true_false
      prompt: P
      explanation: E
      about: [nerve:surral]
      answer: true
"""
    path = tmp_path / "later.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    _, lines = validate(path)
    joined = "\n".join(lines)
    assert "unknown question type 'single'" in joined
    assert "unknown atlas id 'nerve:surral'" in joined


def _syntax(tmp_path, text: str) -> str:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    _, lines = validate(path)
    assert len(lines) == 2, lines
    return lines[0]


def test_a_line_indented_too_far_is_explained_by_its_columns(tmp_path):
    """One extra space before 'topic:' is named as such, with the column to use."""
    line = _syntax(tmp_path, "lesson:\n  id: x\n  title: T\n   topic: Demo\n")
    assert line.startswith(f"{tmp_path / 'bad.yaml'}:4:") or ":4:" in line
    assert "line 4 starts 1 space further in than the line above" in line
    assert "start it in column 3" in line


def test_a_line_matching_no_block_names_the_right_column(tmp_path):
    """A section field indented one space short points at its siblings' column."""
    line = _syntax(tmp_path, "lesson:\n  id: x\n  sections:\n    - id: a\n"
                             "      title: A\n     text: hi\n")
    assert "line 6 starts in column 6, which lines up with no block above" in line
    assert "column 7" in line


def test_a_tab_and_an_unquoted_colon_are_named(tmp_path):
    """A tab and 'Note: ...' without quotes each get their own plain explanation."""
    assert "line 2 is indented with a tab" in _syntax(tmp_path, "lesson:\n\tid: x\n")
    colon = _syntax(tmp_path, "lesson:\n  id: x\n  title: Note: this breaks\n")
    assert "holds text with ': '" in colon and "quotes" in colon


def test_missing_fields_are_reported_once_and_never_as_odd_values(tmp_path):
    """A lesson missing most fields gets one 'missing' line per field, and no puzzling
    complaint about a value the author never wrote."""
    path = tmp_path / "bare.yaml"
    path.write_text("lesson:\n  titel: x\n", encoding="utf-8")
    _, lines = validate(path)
    joined = "\n".join(lines)
    assert "unknown field 'titel'" in joined and "missing 'level'" in joined
    assert "'x'" not in joined.replace("titel: x", "")
    assert len(lines) == len(set(lines))
