"""Fuzzing the pack loader: any bytes give problems in one-line file:line:column form, quickly.

Hypothesis writes lesson files from hostile pieces (control characters, brackets, HTML,
percent-escapes, picture names, YAML syntax) and flips bytes of a real lesson; the loader must
never raise, never print a multi-line problem, and stay within its per-example deadline. The
run is bounded (a few seconds) so it belongs in the normal suite.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinetutor.core.lesson_pack import load_pack
from tests.core._hostile_pack import picture_lesson, png_bytes
from tests.core._pack_helpers import TARGETS

ONE_LINE = re.compile(r"^[^\n\r]*:(\d+):(\d+): [^\n\r]+$")
PIECES = ["[", "]", "(", ")", "![", "](", "]:", "<", ">", "<img src='/etc/x.png'>", "`", "```",
          "\\", "%2e", "%2e%2e/", "../", "/", "images/", "ok.png", "x.svg", "spinetutor:",
          "root:L5", "https://", ":", "- ", "\n", "\t", "\x00", "\x0b", "\x1b", "\x85",
          "\u2028", "\ufeff", "'", '"', "&", "*", "{", "}", "#", "!", "a", "é", " "]
SETTINGS = settings(max_examples=40, deadline=timedelta(seconds=3), database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _check(pack: Path) -> None:
    source_lines = max(1, (pack / "lesson.yaml").read_bytes().count(b"\n") + 1)
    loaded = load_pack(pack, TARGETS.__contains__)
    for problem in loaded.problems:
        text = problem.format()
        match = ONE_LINE.match(text)
        assert match, text
        assert 1 <= int(match.group(1)) <= source_lines + 1, text
        assert int(match.group(2)) >= 1, text


def _pack(tmp_path: Path, name: str) -> Path:
    pack = tmp_path / name
    (pack / "images").mkdir(parents=True, exist_ok=True)
    (pack / "images" / "ok.png").write_bytes(png_bytes(3, 2))
    return pack


markdown = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@SETTINGS
@given(text=markdown, title=markdown, picture=markdown)
def test_hostile_markdown_and_titles_never_break_the_loader(tmp_path_factory, text, title,
                                                            picture):
    """Any mix of hostile pieces in a lesson's text, title and picture name loads or is
    reported, one line per problem."""
    pack = _pack(tmp_path_factory.mktemp("fuzz"), "pack")
    lesson = picture_lesson("fuzz", [picture or "images/ok.png"], [picture])
    lesson = lesson.replace("title: One", f"title: {json.dumps(title)}")
    lesson = lesson.replace('"![picture]', json.dumps(text)[:-1] + ' ![picture]', 1)
    (pack / "lesson.yaml").write_text(lesson, encoding="utf-8", errors="surrogatepass")
    _check(pack)


@SETTINGS
@given(data=st.data())
def test_flipped_bytes_in_a_real_lesson_never_break_the_loader(tmp_path_factory, data):
    """Random byte changes in a good lesson file give located, one-line problems."""
    original = bytearray(picture_lesson("fuzz", ["images/ok.png"], ["images/ok.png"]).encode())
    for _ in range(data.draw(st.integers(1, 8))):
        index = data.draw(st.integers(0, len(original) - 1))
        original[index] = data.draw(st.integers(0, 255))
    pack = _pack(tmp_path_factory.mktemp("flip"), "pack")
    (pack / "lesson.yaml").write_bytes(bytes(original))
    _check(pack)
