"""Slides that fit: long text continues on a follow-on slide in legible type, never clipped,
and `spinetutor validate --slides` names the sections that need more than one slide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from spinetutor.ui.present.fit import min_body_px
from tests.ui.conftest import start_presenting
from tests.ui.test_present import key

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPH = ("The **L5 root** leaves below the L5 vertebra and reaches the top of the foot "
             "through the sciatic and common peroneal nerves; a disc at L4-L5 presses on it. ")
LONG = "\n\n".join(f"Point {n}. " + PARAGRAPH * 2 for n in range(1, 13))
PACK = f"""\
lesson:
  id: long-class
  title: A long class
  topic: Roots
  level: intro
  minutes: 10
  objectives: [Follow the L5 root]
  sources: ["Textbook"]
  sections:
    - id: short
      title: Short
      text: One line.
    - id: long
      title: A very long section
      text: |
{chr(10).join('        ' + line for line in LONG.splitlines())}
      actions:
        - select: root:L5
    - id: after
      title: After
      text: The end.
"""


def write_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "long.yaml").write_text(PACK, encoding="utf-8")
    return folder


def test_long_text_continues_on_a_follow_on_slide_in_legible_type(qtbot, tmp_path):
    """Page Down shows the long section as 1/2 then 2/2 (or more), each page whole and in body
    type no smaller than the legible floor; Page Up goes back a page, then on to the next."""
    window, mode = start_presenting(qtbot, write_pack(tmp_path / "pack"))
    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    slide = mode.stage.slide
    qtbot.waitUntil(lambda: slide.height() == 720)
    key(qtbot, window, "PageDown")
    assert mode.cursor.key == ("long-class", "long")
    count = mode.cursor.pages
    assert count >= 2
    words = []
    for page in range(count):
        assert slide.title.text() == f"A very long section  ({page + 1}/{count})"
        doc = slide.text.document()
        assert doc.size().height() <= slide.text.viewport().height()
        assert slide.text.font().pixelSize() >= round(min_body_px(720))
        words.append(doc.toPlainText())
        if page < count - 1:
            key(qtbot, window, "PageDown")
    shown = " ".join(words)
    assert all(f"Point {n}." in shown for n in range(1, 13))   # nothing dropped
    key(qtbot, window, "PageUp")
    assert slide.title.text() == f"A very long section  ({count - 1}/{count})"
    key(qtbot, window, "PageDown")
    key(qtbot, window, "PageDown")
    assert mode.cursor.key == ("long-class", "after") and slide.title.text() == "After"
    key(qtbot, window, "PageUp")   # back into the long section: its last page
    assert slide.title.text() == f"A very long section  ({count}/{count})"


def _validate(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "spinetutor", "validate", *args],
                          capture_output=True, text=True, check=False, timeout=120, env=env,
                          cwd=ROOT)


def test_validate_slides_names_each_long_section_with_file_and_line(tmp_path):
    """Without a display, `validate --slides 1280x720` names the long section's file:line and
    how many slides it needs, and exits 1 so an author can fix it before class."""
    pack = write_pack(tmp_path / "pack")
    result = _validate("--slides", "1280x720", str(pack))
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stdout.splitlines() if "needs" in line]
    assert len(lines) == 1, result.stdout
    line_of_text = PACK.splitlines().index("      text: |") + 1
    assert lines[0].startswith(f"{pack / 'long.yaml'}:{line_of_text}:")
    assert "section 'long'" in lines[0] and "at 1280x720" in lines[0]
    assert "Traceback" not in result.stderr
    assert _validate(str(pack)).returncode == 0   # without --slides length is no problem


def test_shipped_course_needs_one_slide_per_section_at_720p():
    """The shipped course has no section that needs a follow-on slide on a 1280x720 projector."""
    result = _validate("--slides", "1280x720", "lessons")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("0 problems")
