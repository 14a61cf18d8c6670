"""Hostile lesson packs for the security tests (no tests here).

Each builder writes a pack into ``root / "pack"`` and keeps the files it must never open in
``root`` itself (outside the pack): ``secret.png``, ``secret.svg``, ``outside.yaml``. A test
watches ``root`` (see ``tests/ui/_file_watch.py``) and fails when one of them is opened.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path


def png_bytes(width: int, height: int, grey: int = 200) -> bytes:
    """A real grey PNG of any size, written without Qt (a huge one compresses to little)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes([grey]) * width
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts))
            + chunk(b"IEND", b""))


def outside_files(root: Path) -> dict[str, Path]:
    """The files beside the pack that nothing may read."""
    root.mkdir(parents=True, exist_ok=True)
    files = {"png": root / "secret.png", "svg": root / "secret.svg",
             "yaml": root / "outside.yaml"}
    files["png"].write_bytes(png_bytes(40, 30, 10))
    files["svg"].write_text("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>")
    files["yaml"].write_text("lesson:\n  id: secret-words\n  title: SECRET FROM OUTSIDE\n")
    return files


def html_title(root: Path) -> str:
    """A title that names an outside picture as HTML: it must be shown as these characters."""
    return f"<img src='{root / 'secret.png'}'> L5"


def _q(text: str) -> str:
    return json.dumps(text)


def titles_lesson(root: Path) -> str:
    """A valid lesson and test quiz whose every title-like field is HTML naming a file."""
    t = _q(html_title(root))
    return f"""\
lesson:
  id: hostile-titles
  title: {t}
  topic: {t}
  level: intro
  minutes: 5
  summary: {t}
  objectives: [{t}]
  sources:
    - title: {t}
  sections:
    - id: one
      title: {t}
      text: "The section text `<img src='{root / 'secret.png'}'>` in code."
    - id: two
      title: {t}
      text: Second section.
quiz:
  id: hostile-quiz
  title: {t}
  mode: test
  pass_mark: 50
  questions:
    - id: hostile-q
      type: single_choice
      prompt: "Which root? `<img src='x'>`"
      explanation: Because.
      about: [root:L5]
      options:
        - {{id: a, text: {t}, correct: true}}
        - {{id: b, text: S1}}
"""


def write_titles_pack(root: Path) -> Path:
    """A pack of one lesson with HTML in its titles (it passes validation: titles are text)."""
    outside_files(root)
    pack = root / "pack"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "hostile.yaml").write_text(titles_lesson(root))
    return pack


def picture_lesson(lesson_id: str, pictures: list[str], text_pictures: list[str] = ()) -> str:
    """A lesson listing ``pictures`` under its section and naming others in its Markdown."""
    images = "".join(f"\n        - file: {_q(p)}\n          alt: picture" for p in pictures)
    text = " ".join(f"![picture]({p})" for p in text_pictures) or "No pictures in the text."
    return f"""\
lesson:
  id: {lesson_id}
  title: Pictures {lesson_id}
  topic: Pictures
  level: intro
  minutes: 5
  objectives: [See a picture.]
  sources: [Test source]
  sections:
    - id: one
      title: One
      text: {_q(text)}
      images:{images or " []"}
"""


def symlink(link: Path, target: Path) -> bool:
    """Make a symlink; False where the platform refuses (then the test is skipped)."""
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError):
        return False
    return True


_BIG_PNG: dict[tuple[int, int], bytes] = {}


def big_png(width: int = 8000, height: int = 7990) -> bytes:
    """An 8000 x 7990 PNG (about 76 KB), made once per test run (it takes a second or two)."""
    if (width, height) not in _BIG_PNG:
        _BIG_PNG[(width, height)] = png_bytes(width, height)
    return _BIG_PNG[(width, height)]


def write_picture_attack_pack(root: Path) -> Path:
    """A pack holding every picture attack, each in its own lesson file, plus good lessons.

    Expected: ``good.yaml`` and ``titles.yaml`` load; every other file is one problem.
    ``broken.png`` (a sound header, damaged pixels) passes validation and shows a crossed box;
    a file of the same name waits in ``root`` for Qt's retry in the working folder.
    """
    pack = write_titles_pack(root)
    (pack / "hostile.yaml").rename(pack / "titles.yaml")
    images = pack / "images"
    images.mkdir()
    (images / "ok.png").write_bytes(png_bytes(30, 20, 120))
    good = png_bytes(30, 20, 0)
    (pack / "broken.png").write_bytes(good[:33] + b"garbage where the pixels should be")
    (root / "broken.png").write_bytes(png_bytes(30, 20, 0))
    decoy = images / "%2e%2e" / "%2e%2e"
    decoy.mkdir(parents=True)
    (decoy / "secret.png").write_bytes(png_bytes(3, 3))
    (images / "evil.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'>"
        f"<image href='{root / 'secret.png'}' width='20' height='20'/></svg>")
    (images / "fake.png").write_text(  # an SVG in disguise: never given to the SVG loader
        "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'>"
        f"<image href='{root / 'secret.svg'}' width='20' height='20'/></svg>")
    files = {
        "good.yaml": picture_lesson("good", ["images/ok.png"], ["images/ok.png"]),
        "broken.yaml": picture_lesson("broken-picture", ["broken.png"], ["broken.png"]),
        "fake.yaml": picture_lesson("fake-picture", ["images/fake.png"]),
        "dots.yaml": picture_lesson("dots", [], ["images/%2e%2e/%2e%2e/secret.png"]),
        "absolute.yaml": picture_lesson("absolute", [str(root / "secret.png")]),
        "svg.yaml": picture_lesson("svg", ["images/evil.svg"]),
        "linked.yaml": picture_lesson("linked", ["images/link.png"]),
    }
    for name, text in files.items():
        (pack / name).write_text(text)
    symlink(images / "link.png", root / "secret.png")
    symlink(pack / "outside.yaml", root / "outside.yaml")
    return pack
