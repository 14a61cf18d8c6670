"""Broken lesson files each give file:line:column and plain words; good files still load."""

from __future__ import annotations

from pathlib import Path

import pytest
from _hostile_pack import png_bytes
from _pack_helpers import TARGETS, write

from spinetutor.core.lesson_pack import LoadedPack, load_pack

HEAD = """\
lesson:
  id: l5
  title: L5
  topic: Roots
  level: intro
  minutes: 5
  objectives: [Know L5]
  sources: [Gray's Anatomy]
  sections:
    - id: s1
      title: Intro
"""  # the next line written is line 12

QUIZ = """\
quiz:
  id: q
  lesson: l5
  title: Quiz
  questions:
    - id: q1
      type: single_choice
      prompt: Which root?
      explanation: Because.
      about: [root:L5]
      options:
"""  # the next line written is line 12


def load(folder: Path) -> LoadedPack:
    return load_pack(folder, TARGETS.__contains__, TARGETS)


def only_problem(folder: Path) -> str:
    pack = load(folder)
    assert len(pack.problems) == 1, [p.format() for p in pack.problems]
    return pack.problems[0].format()


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "ok.png").write_bytes(png_bytes(2, 2))  # a real picture
    return tmp_path


BROKEN = {
    "bad_syntax": (HEAD + "      text: [unclosed\n", "bad_syntax.yaml:13:1", "YAML syntax error"),
    "unknown_id": (
        HEAD + "      text: Hi\n      actions:\n        - select: root:L7\n",
        "unknown_id.yaml:14:19", "unknown atlas id 'root:L7'",
    ),
    "unknown_link": (
        HEAD + "      text: See [it](spinetutor:nerve:surl).\n",
        "unknown_link.yaml:12:22",
        "link to unknown atlas id 'nerve:surl'; did you mean 'spinetutor:nerve:sural'?",
    ),
    "missing_image": (
        HEAD + "      text: |\n        Look:\n\n        ![foot](images/foot.png)\n",
        "missing_image.yaml:15:17", "image 'images/foot.png' not found",
    ),
    "dotdot_image": (
        HEAD + "      text: Hi\n      images:\n        - {file: ../secret.png, alt: x}\n",
        "dotdot_image.yaml:14:18", "image path '../secret.png' uses '..'",
    ),
    "absolute_image": (
        HEAD + "      text: '![x](/etc/passwd.png)'\n",
        "absolute_image.yaml:12:19", "image path '/etc/passwd.png' is absolute",
    ),
    "remote_image": (
        HEAD + "      text: '![x](https://example.org/a.png)'\n",
        "remote_image.yaml:12:19", "web addresses are never loaded",
    ),
    "alias_bomb": (
        'a: &a ["lol","lol"]\nb: &b [*a,*a]\n', "alias_bomb.yaml:1:4", "anchors ('&a')",
    ),
    "duplicate_key": (
        HEAD + "      text: Hi\n      title: Again\n",
        "duplicate_key.yaml:13:7", "duplicate key 'title' (first given on line 11)",
    ),
    "python_tag": (
        HEAD + "      text: !!python/object/apply:os.system [ls]\n",
        "python_tag.yaml:12:13", "tag '!!python/object/apply:os.system' is not allowed",
    ),
    "wrong_type": (
        HEAD.replace("minutes: 5", "minutes: ten") + "      text: Hi\n",
        "wrong_type.yaml:6:12", "'minutes' must be a whole number, not 'ten'",
    ),
    "too_deep": (
        HEAD + "      text: Hi\n      images: " + "[" * 25 + "]" * 25 + "\n",
        "too_deep.yaml:13:", "nesting is deeper than 20 levels",
    ),
    "html": (
        HEAD + "      text: |\n        Fine line.\n        Then <span style='x'>raw</span>.\n",
        "html.yaml:14:14", "raw HTML is not allowed in lesson text",
    ),
    "no_correct_answer": (
        QUIZ + "        - {id: a, text: L4}\n        - {id: b, text: L5}\n",
        "no_correct_answer.yaml:12:9", "the answer must be exactly one of the options",
    ),
    "answer_key": (
        QUIZ.replace("      options:\n", "      answer: c\n      options:\n")
        + "        - {id: a, text: L4}\n        - {id: b, text: L5}\n",
        "answer_key.yaml:11:7",
        "unknown field 'answer'; mark the right option(s) with 'correct: true' instead",
    ),
    "unknown_field": (
        HEAD.replace("  minutes:", "  sumary: x\n  minutes:") + "      text: Hi\n",
        "unknown_field.yaml:6:3", "unknown field 'sumary'; did you mean 'summary'?",
    ),
    "missing_field": (HEAD, "missing_field.yaml:10:7", "missing 'text'"),
    "bad_level": (
        HEAD.replace("level: intro", "level: beginner") + "      text: Hi\n",
        "bad_level.yaml:5:10", "'level' is 'beginner', but must be one of intro",
    ),
    "bad_type": (
        QUIZ.replace("single_choice", "single") + "        - {id: a, text: L4}\n",
        "bad_type.yaml:7:13", "unknown question type 'single'; did you mean 'single_choice'?",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_gives_location_and_plain_message(pack: Path, name: str) -> None:
    """Each broken file is reported as file:line:column with a plain message, no traceback."""
    text, where, words = BROKEN[name]
    write(pack, f"{name}.yaml", text)
    problem = only_problem(pack)
    assert problem.startswith(where + ("" if where.endswith(":") else ":")), problem
    assert words in problem


def test_oversized_file_is_a_problem(pack: Path) -> None:
    """A huge lesson file is reported (line 1) instead of being parsed."""
    write(pack, "big.yaml", HEAD + "      text: '" + "x" * (1024 * 1024) + "'\n")
    assert only_problem(pack).startswith("big.yaml:1:1: file is larger than")


def test_duplicate_question_id_names_both_places(pack: Path) -> None:
    """Two questions sharing an id across files are reported with both locations."""
    options = "        - {id: a, text: L5, correct: true}\n        - {id: b, text: L4}\n"
    write(pack, "a.yaml", HEAD + "      text: Hi\n")
    write(pack, "b.yaml", QUIZ + options)
    write(pack, "c.yaml", QUIZ.replace("id: q\n", "id: q2\n") + options)
    assert only_problem(pack) == (
        "c.yaml:6:11: duplicate question id 'q1' (also used at b.yaml:6:11); "
        "give this question a new id"
    )


def test_duplicate_lesson_id_names_both_places(pack: Path) -> None:
    """Two lessons with one id: the second is reported with the first's place."""
    write(pack, "a.yaml", HEAD + "      text: Hi\n")
    write(pack, "sub/b.yaml", HEAD + "      text: Hi\n")
    problem = only_problem(pack)
    assert problem.startswith(f"{Path('sub/b.yaml')}:2:7: duplicate lesson id 'l5'")
    assert "also used at a.yaml:2:7" in problem


def test_one_broken_file_never_stops_the_others(pack: Path) -> None:
    """Good lessons load even when a neighbour is broken, and the problem is listed."""
    write(pack, "good.yaml", HEAD + "      text: Hi ![ok](images/ok.png)\n")
    write(pack, "bad.yaml", "lesson: [\n")
    loaded = load(pack)
    assert [lesson.id for lesson in loaded.lessons] == ["l5"]
    assert [p.location() for p in loaded.problems] == ["bad.yaml:2:1"]


def test_html_in_code_span_is_not_flagged(pack: Path) -> None:
    """Writing about `<b>` inside backticks is allowed: it is shown, not rendered."""
    write(pack, "ok.yaml", HEAD + "      text: 'Use `<b>` never; and 3 < 4 > 2.'\n")
    assert load(pack).problems == ()


def test_quiz_in_own_file_joins_its_lesson(pack: Path) -> None:
    """A quiz in its own file attaches to the lesson it names."""
    write(pack, "a.yaml", HEAD + "      text: Hi\n")
    write(pack, "b.yaml", QUIZ + "        - {id: a, text: L5, correct: yes}\n"
          "        - {id: b, text: L4}\n")
    loaded = load(pack)
    assert loaded.problems == ()
    assert [q.id for q in loaded.quizzes_for("l5")] == ["q"]
    assert loaded.question_count == 1


def test_quiz_for_unknown_lesson_is_a_problem(pack: Path) -> None:
    """A quiz naming a lesson that does not exist is reported with a suggestion."""
    write(pack, "a.yaml", HEAD.replace("id: l5", "id: l5-root") + "      text: Hi\n")
    write(pack, "b.yaml", QUIZ.replace("lesson: l5", "lesson: l5-rot")
          + "        - {id: a, text: L5, correct: true}\n        - {id: b, text: L4}\n")
    problem = only_problem(pack)
    assert problem.startswith("b.yaml:3:11: quiz belongs to unknown lesson 'l5-rot'")
    assert "did you mean 'l5-root'?" in problem


def test_missing_folder_and_empty_folder_are_problems(tmp_path: Path) -> None:
    """Pointing at a wrong or empty folder says so instead of loading nothing silently."""
    assert "no such file" in load(tmp_path / "nope").problems[0].message
    assert "no lesson files" in load(tmp_path).problems[0].message


def test_without_atlas_ids_are_not_checked(pack: Path) -> None:
    """With no atlas given, well-formed but unknown targets are accepted (format still checked)."""
    write(pack, "a.yaml", HEAD + "      text: Hi\n      actions:\n        - select: root:L9\n")
    assert load_pack(pack).problems == ()


def test_unknown_zoom_area_is_named_at_its_line(tmp_path) -> None:
    """'zoom: legs' and 'zoom: axial_L4-L5' are accepted; 'zoom: knee' is reported at its
    line with the areas an author may use."""
    from spinetutor.core.lesson_pack import load_lesson_file

    path = tmp_path / "zoom.yaml"
    path.write_text(
        "lesson:\n  id: zooms\n  title: Zooms\n  topic: Plate\n  level: intro\n  minutes: 5\n"
        "  objectives: [See the legs]\n  sources: ['Gray']\n  sections:\n"
        "    - id: a\n      title: A\n      text: Legs.\n      actions:\n"
        "        - zoom: legs\n        - zoom: axial_L4-L5\n        - zoom: foot\n"
        "        - zoom: knee\n", encoding="utf-8")
    result = load_lesson_file(path, tmp_path, lambda target: True)
    problems = [p.format() for p in result.problems]
    assert len(problems) == 1, problems
    assert "zoom.yaml:17:17:" in problems[0] and "'knee'" in problems[0]
    assert "legs" in problems[0] and "axial_L4-L5" in problems[0]
