"""Hostile lesson packs: every attack is refused with one clear line naming file:line:column.

The attacks are the ones a probe of the app found (pictures reaching outside the pack through
percent-escapes, links or SVG references, a lesson file that is a link to a file elsewhere,
control characters, problem floods, quadratic Markdown).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.markdown_scan import code_masked, html_tags, links, reference_urls
from spinetutor.core.pack_pictures import (
    PictureRefused,
    pixel_problem,
    read_picture,
    resolve_picture,
    svg_problem,
)
from spinetutor.core.yaml_source import ContentError
from tests.core._hostile_pack import outside_files, picture_lesson, png_bytes, symlink
from tests.core._pack_helpers import TARGETS

ONE_LINE = re.compile(r"^[^\n\r]+:\d+:\d+: [^\n\r\x00-\x1f]+$")


def _pack(tmp_path: Path, lesson: str, name: str = "lesson.yaml") -> Path:
    outside_files(tmp_path)
    pack = tmp_path / "pack"
    (pack / "images").mkdir(parents=True, exist_ok=True)
    (pack / "images" / "ok.png").write_bytes(png_bytes(4, 3))
    (pack / name).write_text(lesson)
    return pack


def _problems(pack: Path) -> list[str]:
    loaded = load_pack(pack, TARGETS.__contains__)
    lines = [problem.format() for problem in loaded.problems]
    for line in lines:
        assert ONE_LINE.match(line), line
    return lines


def test_a_good_picture_loads(tmp_path):
    """A picture inside the pack, named plainly, passes (the checks refuse only attacks)."""
    pack = _pack(tmp_path, picture_lesson("good", ["images/ok.png"], ["images/ok.png"]))
    assert _problems(pack) == []


def test_percent_escaped_dots_cannot_climb_out_of_the_pack(tmp_path):
    """`images/%2e%2e/%2e%2e/secret.png` is refused as '..' even when folders with those
    literal names exist in the pack (Qt would decode the URL and open the outside file)."""
    pack = _pack(tmp_path, picture_lesson("dots", ["images/%2e%2e/%2e%2e/secret.png"],
                                          ["images/%2e%2e/%2e%2e/secret.png"]))
    decoy = pack / "images" / "%2e%2e" / "%2e%2e"
    decoy.mkdir(parents=True)
    (decoy / "secret.png").write_bytes(png_bytes(2, 2))
    problems = _problems(pack)
    assert len(problems) == 2
    assert all("uses '..'" in p and "lesson.yaml:" in p for p in problems)
    assert problems[0].split(":")[1] != "1"  # located at the picture, not the file's start


@pytest.mark.parametrize("name", ["/etc/passwd.png", "file:///etc/x.png", "..\\x.png",
                                  "images/../../secret.png", "C:/x.png", "%2fetc/x.png",
                                  "images/%252e%252e/%252e%252e/secret.png", "qrc:/x.png",
                                  ":/x.png", "images/\x00.png"])
def test_picture_names_that_leave_the_pack_are_refused(tmp_path, name):
    """Absolute, addressed, '..' and doubly-encoded names never resolve to a file."""
    _pack(tmp_path, "")
    with pytest.raises(PictureRefused):
        resolve_picture(os.path.realpath(tmp_path / "pack"), str(tmp_path / "pack"), name)


def test_a_picture_reached_through_a_symlink_is_refused(tmp_path):
    """A link inside the pack to a picture outside is refused, naming the line."""
    pack = _pack(tmp_path, picture_lesson("linked", ["images/link.png"]))
    if not symlink(pack / "images" / "link.png", tmp_path / "secret.png"):
        pytest.skip("no symlinks here")
    problems = _problems(pack)
    assert len(problems) == 1 and "symbolic link" in problems[0]
    folder = pack / "linked-folder"
    symlink(folder, tmp_path)
    with pytest.raises(PictureRefused, match="symbolic link"):
        resolve_picture(os.path.realpath(pack), str(pack), "linked-folder/secret.png")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_picture_is_refused_without_waiting(tmp_path):
    """A FIFO would block the reader for ever: it is not a regular file, so never opened."""
    pack = _pack(tmp_path, picture_lesson("fifo", ["images/pipe.png"]))
    os.mkfifo(pack / "images" / "pipe.png")
    problems = _problems(pack)
    assert len(problems) == 1 and "not a regular file" in problems[0]


@pytest.mark.parametrize("svg", [
    "<svg xmlns='http://www.w3.org/2000/svg'><image href='{secret}'/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
    "<image xlink:href='file://{secret}'/></svg>",
    "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file://{secret}'>]><svg>&x;</svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url({secret})'/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><style>@import '{secret}';</style></svg>",
    "<?xml-stylesheet href='{secret}'?><svg xmlns='http://www.w3.org/2000/svg'/>",
    "<svg xmlns='http://www.w3.org/2000/svg'><image href='data:image/svg+xml;base64,AA=='/>"
    "</svg>",
])
def test_svg_pictures_that_refer_outside_themselves_are_refused(tmp_path, svg):
    """An SVG naming a file, an address or an entity is refused at validation."""
    pack = _pack(tmp_path, picture_lesson("svg", ["images/evil.svg"]))
    (pack / "images" / "evil.svg").write_text(svg.format(secret=tmp_path / "secret.png"))
    problems = _problems(pack)
    assert len(problems) == 1 and "lesson.yaml:" in problems[0] and "SVG" in problems[0]


def test_a_self_contained_svg_is_accepted():
    """Fragments (#id) and embedded raster pictures are fine."""
    svg = (b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
           b"<defs><path id='p' d='M0 0L1 1'/></defs><use xlink:href='#p'/>"
           b"<rect style='fill:url(#g)'/><image href='data:image/png;base64,AAAA'/></svg>")
    assert svg_problem(svg) is None


def test_pictures_too_large_in_pixels_are_refused_from_their_header(tmp_path):
    """A 20,000 x 20,000 PNG (a few KB on disk) is refused before anything decodes it."""
    header_only = png_bytes(1, 1)[:16] + (20000).to_bytes(4, "big") * 2 + png_bytes(1, 1)[24:]
    assert "20000 x 20000 pixels" in (pixel_problem(header_only) or "")
    assert pixel_problem(png_bytes(8000, 7990)) is None  # big but allowed: scaled to show
    pack = _pack(tmp_path, picture_lesson("huge", ["images/huge.png"]))
    (pack / "images" / "huge.png").write_bytes(header_only)
    problems = _problems(pack)
    assert len(problems) == 1 and "pixels" in problems[0]


def test_read_picture_refuses_a_file_swapped_for_a_link(tmp_path):
    """The bytes are read without following a link, so a swap after checking is caught."""
    target = tmp_path / "real.png"
    target.write_bytes(png_bytes(2, 2))
    if not symlink(tmp_path / "swapped.png", target):
        pytest.skip("no symlinks here")
    with pytest.raises(PictureRefused):
        read_picture(str(tmp_path / "swapped.png"))


def test_a_yaml_link_to_a_file_outside_is_not_read(tmp_path):
    """`evil.yaml -> ../outside.yaml` is one problem line; the outside words never appear."""
    pack = _pack(tmp_path, picture_lesson("fine", []))
    if not symlink(pack / "evil.yaml", tmp_path / "outside.yaml"):
        pytest.skip("no symlinks here")
    problems = _problems(pack)
    assert len(problems) == 1
    assert "evil.yaml:1:1:" in problems[0] and "symbolic link" in problems[0]
    assert "SECRET" not in problems[0]


@pytest.mark.parametrize("char", ["\x00", "\x0b", "\x1b", "\x85", "\u2028", "\x7f"])
def test_control_characters_are_located_on_one_line(tmp_path, char):
    """NUL, vertical tab, ESC... are reported at their own line and column, in one line."""
    text = f"lesson:\n  id: x\n  title: \"ab{char}c\"\n"
    pack = _pack(tmp_path, text)
    problems = _problems(pack)
    assert len(problems) == 1
    assert problems[0].startswith(f"{os.path.relpath(pack / 'lesson.yaml')}:3:13: ") or \
        ":3:13: " in problems[0]
    assert f"U+{ord(char):04X}" in problems[0]


def test_a_problem_message_is_always_one_line():
    """A message or file name holding a line break is written with escapes."""
    problem = ContentError("a\nb.yaml", 2, 3, "bad\nvalue\x1b[31m", "fix\rit")
    assert problem.format() == "a\\nb.yaml:2:3: bad\\nvalue\\x1b[31m; fix\\rit"


@pytest.mark.parametrize("form", ["root:X{i}", "rootX{i}"])  # unknown id; not an id at all
def test_forty_thousand_unknown_ids_list_a_hundred_and_count_the_rest(tmp_path, form):
    """A flood of mistakes lists the first 100 and says how many more there are (the
    checker and the salvage of a refused file both stay linear: this took minutes)."""
    ids = "\n".join("        - " + form.format(i=i) for i in range(40000))
    quiz = ("quiz:\n  id: q\n  lesson: x\n  title: Q\n  mode: practice\n  questions:\n"
            "    - id: q1\n      type: click_diagram\n      prompt: P\n      explanation: E\n"
            f"      about: [root:L5]\n      accepted:\n{ids}\n")
    pack = _pack(tmp_path, quiz)
    problems = _problems(pack)
    assert len(problems) == 101
    assert "39900 more problems in this file are not listed" in problems[-1]


def test_markdown_scanners_find_links_pictures_and_html_outside_code():
    """Links, pictures and tags in code are text; the rest is found with its address."""
    text = ("See [L5](spinetutor:root:L5) and ![a [nested] alt](images/x.png \"t\").\n"
            "`[code](nowhere)` and <b>bold</b>\n```\n<i>fenced</i> [x](y)\n```\n"
            "[ref]: <images/r.png>\n")
    masked = code_masked(text)
    assert len(masked) == len(text)
    found = [(link.image, link.url) for link in links(masked)]
    assert found == [(False, "spinetutor:root:L5"), (True, "images/x.png")]
    assert [m.group() for m in html_tags(masked)] == ["<b>", "</b>"]
    assert [url for url, _ in reference_urls(masked)] == ["images/r.png"]


def test_long_texts_are_refused_before_any_scan(tmp_path):
    """A section over 20,000 characters is one problem telling the author to split it."""
    pack = _pack(tmp_path, picture_lesson("long", []).replace(
        "No pictures in the text.", "[" * 30000))
    problems = _problems(pack)
    assert len(problems) == 1 and "30,000 characters" in problems[0]


def test_validate_piped_into_head_prints_no_traceback(tmp_path):
    """`spinetutor validate | head -1` ends quietly when head stops reading."""
    pack = tmp_path / "pack"
    pack.mkdir()
    for index in range(400):
        (pack / f"f{index}.yaml").write_text("lesson: [broken\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "spinetutor", "validate", str(pack)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in error and "BrokenPipeError" not in error


def test_speaker_notes_and_translations_follow_the_text_rules(tmp_path):
    """A picture escaping the pack in notes or a translated text is refused like in 'text'."""
    lesson = picture_lesson("notes", []).replace(
        "      images: []\n",
        "      images: []\n      notes: '![x](images/%2e%2e/%2e%2e/secret.png)'\n")
    lesson += ("  translations:\n    es:\n      sections:\n        one:\n"
               "          text: '![x](/etc/secret.png)'\n")
    pack = _pack(tmp_path, lesson)
    problems = _problems(pack)
    assert len(problems) == 2
    assert "uses '..'" in problems[0] and "is absolute" in problems[1]
