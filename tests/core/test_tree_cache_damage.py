"""The parsed-lesson cache is a hint: a tampered or damaged file is never shown to a learner.

A changed title and right answer in the old marshal file were shown while validation reported
0 problems; now the file's SHA-256 is checked before anything is unmarshalled, the pack is
parsed from its YAML again and the reset is noted for the start-up line.
"""

from __future__ import annotations

import hashlib
import marshal
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinetutor.core import resets, tree_cache
from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import LoadedPack, load_pack
from spinetutor.core.tree_cache import TreeCache
from spinetutor.paths import lessons_dir


def _open(root: Path, cache: Path) -> tuple[LoadedPack, TreeCache]:
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


def test_a_tampered_title_in_the_cache_is_not_shown(course: Path, tmp_path: Path):
    """Someone edits the cached title (same length, checksum left as it was): the learner
    sees the title in the YAML, and the start says the lesson cache was reset."""
    first, trees = _open(course, tmp_path / "cache")
    title = first.lessons[0].title
    assert trees.file is not None
    blob = trees.file.read_bytes()
    fake = "X" * len(title.encode("utf-8"))
    assert title.encode("utf-8") in blob
    trees.file.write_bytes(blob.replace(title.encode("utf-8"), fake.encode("utf-8"), 1))
    resets.take()
    again, trees = _open(course, tmp_path / "cache")
    assert again.lessons[0].title == title and trees.hits == 0
    assert resets.take() == [resets.LESSON_CACHE]
    _, trees = _open(course, tmp_path / "cache")          # rebuilt: used again, nothing said
    assert trees.misses == 0 and resets.take() == []


def test_flipped_bits_never_change_what_is_loaded(course: Path, tmp_path: Path):
    """A seeded loop of 1-3 flipped bits over the cache file: the loaded pack is always the
    one in the YAML files."""
    first, trees = _open(course, tmp_path / "cache")
    assert trees.file is not None
    good = trees.file.read_bytes()
    rng = random.Random(14)
    for _ in range(12):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        trees.file.write_bytes(bytes(damaged))
        again, trees = _open(course, tmp_path / "cache")
        assert again.lessons == first.lessons and again.quizzes == first.quizzes
        assert trees.hits == 0


def test_a_huge_cache_file_is_not_read_whole(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(tree_cache, "MAX_FILE", 1000)
    payload = marshal.dumps({b"k" * 20: "x" * 5000})
    blob = tree_cache._HEADER + hashlib.sha256(payload).digest() + payload
    with pytest.raises(ValueError):
        tree_cache.parse_file(blob)


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=4096), st.booleans())
def test_fuzz_the_reader_gives_data_or_refuses(raw, with_header):
    """Any bytes (with or without the right header) give kept data, {} or ValueError; bytes
    whose checksum is wrong are never unmarshalled."""
    blob = tree_cache._HEADER + raw if with_header else raw
    try:
        found = tree_cache.parse_file(blob)
    except ValueError:
        return
    assert isinstance(found, dict)
    if found:
        assert hashlib.sha256(blob[len(tree_cache._HEADER) + 32:]).digest() == \
            blob[len(tree_cache._HEADER):len(tree_cache._HEADER) + 32]


@settings(max_examples=200, deadline=None, database=None)
@given(st.one_of(st.binary(max_size=512),
                 st.dictionaries(st.binary(min_size=18, max_size=22),
                                 st.recursive(st.none() | st.text() | st.integers(),
                                              lambda inner: st.lists(inner, max_size=4)),
                                 max_size=4).map(marshal.dumps)))
def test_fuzz_checksummed_payloads_keep_only_maps_of_file_digests(payload):
    """Even a payload with a right checksum is kept only as a map of 20-byte file digests."""
    blob = tree_cache._HEADER + hashlib.sha256(payload).digest() + payload
    try:
        found = tree_cache.parse_file(blob)
    except ValueError:
        return
    assert all(isinstance(key, bytes) and len(key) == 20 for key in found)


def test_an_older_format_file_of_the_pack_is_removed_when_the_new_one_is_written(
        course: Path, tmp_path: Path):
    """The old marshal-only cache file of the same pack does not linger in the cache folder."""
    trees = TreeCache.for_pack(course, tmp_path / "cache")
    assert trees.file is not None
    old = trees.file.with_name(trees.file.name.replace(f"-v{tree_cache.FORMAT}.bin", "-v1.bin"))
    old.parent.mkdir(parents=True)
    old.write_bytes(marshal.dumps((("spinetutor-yaml-trees", 1), {})))
    _open(course, tmp_path / "cache")
    assert sorted(p.name for p in old.parent.iterdir()) == [trees.file.name]
