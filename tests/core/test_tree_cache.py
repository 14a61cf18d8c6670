"""Reopening a lesson pack takes its parsed YAML from the last run; nothing else changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import LoadedPack, load_pack
from spinetutor.core.tree_cache import TreeCache
from spinetutor.paths import lessons_dir


def _open(root: Path, cache: Path | None) -> tuple[LoadedPack, TreeCache]:
    trees = TreeCache.for_pack(root, cache)
    atlas = load_atlas()
    pack = load_pack(root, atlas.knows, atlas.targets(), trees=trees)
    trees.save()
    return pack, trees


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    shutil.copytree(lessons_dir(), root)
    return root


def _messages(pack: LoadedPack) -> list[str]:
    return [problem.format() for problem in pack.problems]


def test_a_reopened_pack_is_not_parsed_again_and_loads_the_same(course: Path, tmp_path: Path):
    first, trees = _open(course, tmp_path / "cache")
    assert trees.hits == 0 and trees.misses > 10
    again, trees = _open(course, tmp_path / "cache")
    assert trees.misses == 0 and trees.hits == len(list(course.rglob("*.yaml")))
    assert again.lessons == first.lessons and again.quizzes == first.quizzes
    assert _messages(again) == _messages(first)


def test_an_edited_file_is_parsed_again(course: Path, tmp_path: Path):
    first, _ = _open(course, tmp_path / "cache")
    lesson = first.lessons[0]
    file = first.files[f"lesson:{lesson.id}"]
    text = file.read_text(encoding="utf-8")
    assert f"title: {lesson.title}" in text
    file.write_text(text.replace(f"title: {lesson.title}", "title: Edited title", 1),
                    encoding="utf-8")
    again, trees = _open(course, tmp_path / "cache")
    assert trees.misses == 1
    assert again.lesson(lesson.id).title == "Edited title"


def test_problems_read_the_same_from_a_reopened_pack(course: Path, tmp_path: Path):
    """A refused file is never kept; a file that parses but fails validation is, and its
    problems still name the same lines (marks come from parsing its source again)."""
    (course / "broken.yaml").write_text("lesson:\n  id: [unclosed\n", encoding="utf-8")
    lesson = next(course.rglob("*.yaml"))
    text = lesson.read_text(encoding="utf-8")
    (course / "zz_wrong_target.yaml").write_text(
        text.replace("id: ", "id: copy_", 1).replace("disc:L4-L5", "disc:L9-L10"),
        encoding="utf-8")
    first, _ = _open(course, tmp_path / "cache")
    assert any("broken.yaml:" in m for m in _messages(first))
    assert any("zz_wrong_target.yaml:" in m for m in _messages(first))
    again, trees = _open(course, tmp_path / "cache")
    assert trees.misses == 1  # the refused file, parsed (and refused) again
    assert _messages(again) == _messages(first)


def test_a_damaged_cache_file_is_ignored_and_written_again(course: Path, tmp_path: Path):
    first, trees = _open(course, tmp_path / "cache")
    assert trees.file is not None and trees.file.is_file()
    trees.file.write_bytes(b"\x00 not a cache \xff" * 10)
    again, trees = _open(course, tmp_path / "cache")
    assert trees.hits == 0 and again.lessons == first.lessons
    _, trees = _open(course, tmp_path / "cache")
    assert trees.misses == 0


def test_without_a_cache_folder_nothing_is_written(course: Path, tmp_path: Path):
    before = sorted(tmp_path.rglob("*"))
    pack, trees = _open(course, None)
    assert pack.lessons and trees.file is None
    assert sorted(tmp_path.rglob("*")) == before


def test_the_cache_file_lives_in_the_cache_folder_and_keeps_only_present_files(
        course: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    _open(course, cache)
    written = [p for p in cache.rglob("*") if p.is_file()]
    assert len(written) == 1 and written[0].suffix == ".bin"
    removed = sorted(course.rglob("*.yaml"))[-1]
    removed.unlink()
    _open(course, cache)
    _, trees = _open(course, cache)
    assert trees.misses == 0 and trees.hits == len(list(course.rglob("*.yaml")))
