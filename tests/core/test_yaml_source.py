"""Strict YAML: unsafe or ambiguous lesson files are refused with the line, text stays text."""

from __future__ import annotations

import pytest

from spinetutor.core.yaml_source import (
    MAX_BYTES,
    MAX_DEPTH,
    ContentError,
    load_yaml_bytes,
    load_yaml_file,
    load_yaml_text,
)


def refused(text: str) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_yaml_text(text, "f.yaml")
    return info.value


def test_yes_no_and_numbers_stay_strings() -> None:
    """An author's 'NO', 'yes', '012' and '3.10' appear exactly as typed, not as False or 10."""
    doc = load_yaml_text("a: NO\nb: yes\nc: 012\nd: 3.10\ne: ~\nf: 'null'\n", "f.yaml")
    assert doc.data == {"a": "NO", "b": "yes", "c": "012", "d": "3.10", "e": None, "f": "null"}


def test_marks_point_at_values_and_keys() -> None:
    """Problems point at the exact line and column of the value or key in the file."""
    doc = load_yaml_text("quiz:\n  questions:\n    - id: a\n    - id: b\n      answer: x\n", "f")
    assert doc.mark(("quiz", "questions", 1, "answer")) == (5, 15)
    assert doc.mark(("quiz", "questions", 1, "answer"), key=True) == (5, 7)
    assert doc.mark(("quiz", "questions", 1, "missing")) == (4, 7)


def test_line_inside_block_text_is_found() -> None:
    """An error inside a multi-line Markdown block names the line where it is written."""
    doc = load_yaml_text("text: |\n  one\n  two <b>x</b>\n", "f")
    assert doc.find_in_value(("text",), "<b>") == (3, 7)


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("a: &x 1\nb: *x\n", "f.yaml:1:4", "anchors"),
        ("a: [1]\nb: *x\n", "f.yaml:2:4", "aliases ('*x') are not allowed"),
        ("a: 1\nb: 2\na: 3\n", "f.yaml:3:1", "duplicate key 'a' (first given on line 1)"),
        ("a: !!python/object/apply:os.system [ls]\n", "f.yaml:1:4", "'!!python/object"),
        ("a: !custom 1\n", "f.yaml:1:4", "tag '!custom' is not allowed"),
        ("a: [1, 2\nb: 3\n", "f.yaml:2:2", "YAML syntax error"),
        ("a: b: c\n", "f.yaml:1:5", "YAML syntax error"),
        ("a: 1\n---\nb: 2\n", "f.yaml:2:1", "more than one YAML document"),
        ("x:\n  y: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n", "f.yaml:2:",
         "nesting is deeper"),
        ("a: 1\n! b: 2\n", "f.yaml:2:1", "a key must be a plain word"),
        ("a: 1\n&k b: 2\n", "f.yaml:2:1", "anchors ('&k') are not allowed"),
        ("a: 1\n[b]: 2\n", "f.yaml:2:1", "a key must be a plain word"),
        ("a: 1\nb: *nowhere\n", "f.yaml:2:4", "aliases ('*nowhere') are not allowed"),
        ("a:\n  - x\n  - !!null y\n  - &n z\n", "f.yaml:4:5", "anchors ('&n')"),
        ("a: 1\n---\n", "f.yaml:2:1", "more than one YAML document"),
        ("x: " + "[" * 50_000 + "]" * 50_000 + "\n", "f.yaml:1:", "nesting is deeper"),
    ],
)
def test_unsafe_or_broken_yaml_is_refused_with_location(text: str, where: str, words: str) -> None:
    """Each unsafe or broken construct is refused with file:line:column and plain words."""
    error = refused(text)
    assert error.format().startswith(where)
    assert words in error.message


def test_alias_bomb_is_refused_before_expanding() -> None:
    """A 'billion laughs' file is refused at its first anchor instead of freezing the app."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev, cur = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    error = refused("\n".join(lines) + "\n")
    assert error.location() == "f.yaml:1:4"


def test_oversized_file_is_refused_before_parsing(tmp_path) -> None:
    """A file over the size limit is refused at once (line 1) rather than parsed."""
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: '" + b"x" * MAX_BYTES + b"'\n")
    with pytest.raises(ContentError) as info:
        load_yaml_file(path, "big.yaml")
    assert info.value.location() == "big.yaml:1:1"
    assert "larger than" in info.value.message


def test_invalid_utf8_names_the_line() -> None:
    """A file saved in the wrong encoding says which line holds the bad byte."""
    with pytest.raises(ContentError) as info:
        load_yaml_bytes(b"a: 1\nb: caf" + b"\xe9\n", "f.yaml")
    assert info.value.location() == "f.yaml:2:7"
    assert "not valid UTF-8" in info.value.message


def test_standard_str_tag_is_allowed() -> None:
    """An explicit '!!str' (a common way to force text) is accepted."""
    assert load_yaml_text("a: !!str 10\n", "f").data == {"a": "10"}


def test_unreadable_file_is_a_problem_not_a_traceback(tmp_path) -> None:
    """A path that cannot be read becomes a located problem."""
    with pytest.raises(ContentError) as info:
        load_yaml_file(tmp_path / "nope.yaml", "nope.yaml")
    assert info.value.location() == "nope.yaml:1:1"


def test_location_inside_text_with_accents_is_exact() -> None:
    """Accented letters before a problem do not shift the reported column."""
    doc = load_yaml_text("a: ééééé\nb: éé <b>\n", "f")
    assert doc.find_in_value(("b",), "<b>") == (2, 7)


def test_marks_of_a_clean_file_match_those_of_a_refused_one() -> None:
    """Marks found later for a clean file are where a refusal of the same spot would point."""
    clean = load_yaml_text("quiz:\n  questions:\n    - id: a\n      text: 'x'\n", "f")
    refused_at = refused("quiz:\n  questions:\n    - id: a\n      text: &t 'x'\n")
    assert clean.mark(("quiz", "questions", 0, "text")) == (refused_at.line, refused_at.column)
    assert clean.mark(("quiz", "questions", 0, "text"), key=True) == (4, 7)
    assert clean.mark(("quiz", "questions", 0)) == (3, 7)


def test_tagged_file_keeps_its_data_and_marks() -> None:
    """A file with a standard tag (parsed the careful way) still gives data and exact marks."""
    doc = load_yaml_text("a: !!str 10\nb:\n  - ~\n  - ! x\n  - !!null y\n", "f")
    assert doc.data == {"a": "10", "b": [None, "x", None]}
    assert doc.mark(("b", 1)) == (4, 5)
    assert doc.mark(("a",), key=True) == (1, 1)


def test_nulls_and_quoted_text() -> None:
    """Only unquoted null, ~ or nothing are None; quoted they stay text."""
    doc = load_yaml_text("a:\nb: ~\nc: 'null'\nd: [null, '~', '']\ne: Null\nf: \"\"\n", "f")
    assert doc.data == {"a": None, "b": None, "c": "null", "d": [None, "~", ""], "e": None,
                        "f": ""}


def test_file_at_the_size_limit_is_read_whole(tmp_path) -> None:
    """A file of exactly the allowed size loads in full (nothing cut off at the end)."""
    path = tmp_path / "full.yaml"
    path.write_bytes(b"a: '" + b"x" * (MAX_BYTES - 6) + b"'\n")
    assert len(load_yaml_file(path, "full.yaml").data["a"]) == MAX_BYTES - 6
