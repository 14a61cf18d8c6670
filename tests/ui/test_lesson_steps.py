"""Lessons show what they say: a section's steps add up on the real plate, in Study and Present,
the herniation type never leaks into the next section, and snapshots render an instructor's
own pack with each section's own herniation."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from spinetutor.ui.app import build_window, prepare_snapshot
from tests.ui.conftest import start_presenting
from tests.ui.test_study_support import click, open_study

PACK = textwrap.dedent("""\
    lesson:
      id: steps-demo
      title: Steps add up
      topic: Demo
      level: intro
      minutes: 5
      objectives: [See every step]
      sources: ["Gray's Anatomy, 42nd ed."]
      sections:
        - id: two-roots
          title: Two roots at one disc
          text: The disc and both roots.
          actions:
            - clear: true
            - select: disc:L4-L5
            - select: root:L4
            - select: root:L5
        - id: central
          title: Central
          text: A central herniation.
          actions:
            - clear: true
            - select: disc:L4-L5
            - herniation: central
            - highlight_regions: [saddle]
        - id: levels
          title: Which levels?
          text: The two lowest discs.
          actions:
            - clear: true
            - select: disc:L4-L5
            - select: disc:L5-S1
        - id: far
          title: Far lateral
          text: The same disc, far lateral.
          actions:
            - clear: true
            - select: disc:L4-L5
            - herniation: far_lateral
    """)


def write_pack(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "steps.yaml").write_text(PACK, encoding="utf-8")
    return root


def lit(window, target: str) -> bool:
    return any(item.states for item in window.scene.items_for(target))


def test_study_shows_every_step_and_no_herniation_leaks(window, qtbot, tmp_path):
    """Reading the lesson with the Next button: both roots light with the disc, the central
    section adds the saddle, and the next section is back to posterolateral."""
    study = open_study(qtbot, window, write_pack(tmp_path / "pack"))
    study.open_lesson("steps-demo", 0)
    qtbot.waitUntil(lambda: lit(window, "root:L5"))
    assert lit(window, "root:L4") and lit(window, "root:L5") and lit(window, "disc:L4-L5")
    card = window.card.toPlainText()
    assert "Also shown on the plate" in card and "L4 nerve root" in card
    click(qtbot, study.lesson_view.next)
    assert window.selection.herniation == "central"
    assert lit(window, "disc:L4-L5") and lit(window, "region:saddle")
    assert lit(window, "root:S1")  # the central disc still lights every root below
    click(qtbot, study.lesson_view.next)
    assert window.selection.herniation == "posterolateral"
    assert lit(window, "disc:L4-L5") and lit(window, "disc:L5-S1")
    assert lit(window, "root:L5") and lit(window, "root:S1") and not lit(window, "root:S3")
    click(qtbot, study.lesson_view.previous)
    assert window.selection.herniation == "central"  # going back shows the section as written


def test_present_slides_show_every_step(qtbot, tmp_path):
    """Presenting with clicker keys: every slide shows all its steps, whichever way it is
    reached."""
    window, mode = start_presenting(qtbot, write_pack(tmp_path / "pack"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def key(name: str) -> None:
        qtbot.keyClick(window.focusWidget() or window.view, getattr(Qt.Key, f"Key_{name}"))

    try:
        assert mode.go("steps-demo", "levels")
        assert lit(window, "disc:L4-L5") and lit(window, "disc:L5-S1")
        key("PageUp")
        assert mode.cursor.key == ("steps-demo", "central")
        assert lit(window, "region:saddle") and lit(window, "disc:L4-L5")
        key("PageUp")
        assert window.selection.herniation == "posterolateral"
        assert lit(window, "root:L4") and lit(window, "root:L5")
    finally:
        mode.leave()


def test_snapshot_section_keeps_its_own_herniation(qtbot, tmp_path):
    """Rendering one section of an instructor's pack shows that section's far-lateral disc."""
    window = build_window(write_pack(tmp_path / "pack"))
    qtbot.addWidget(window)
    prepare_snapshot(window, None, None, mode="study", lesson="steps-demo", section="far")
    assert window.selection.herniation == "far_lateral"
    assert lit(window, "root:L4") and not lit(window, "root:L5")
    window.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spinetutor", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_snapshot_renders_from_the_instructors_pack(tmp_path):
    """`snapshot --lessons PACK` finds a lesson that exists only in that pack; a missing
    pack is named."""
    pack = write_pack(tmp_path / "pack")
    out = tmp_path / "slide.png"
    result = _run("snapshot", "--lessons", str(pack), "--mode", "present", "--lesson",
                  "steps-demo", "--section", "far", "--out", str(out), "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    missing = _run("snapshot", "--lessons", str(tmp_path / "nope"), "--out", str(out))
    assert missing.returncode == 2 and "no lesson pack at" in missing.stderr
