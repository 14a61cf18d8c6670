"""The start-up benchmark's hook: the real GUI, started as a user starts it, reports its first
paint of the plate and stops; without the variable nothing changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_real_gui_reports_its_first_paint_and_stops(tmp_path: Path) -> None:
    """With SPINETUTOR_STARTUP_PROBE set, a first start (empty HOME, first-start dialog) paints
    the plate, writes when and how much memory it took, and exits by itself."""
    probe = tmp_path / "probe.json"
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".data"),
           "XDG_CACHE_HOME": str(home / ".cache"), "SPINETUTOR_STARTUP_PROBE": str(probe)}
    result = subprocess.run([sys.executable, "-m", "spinetutor"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(probe.read_text())
    assert record["first_paint_s"] > 0 and record["peak_rss_kib"] > 50_000
    width, height = record["plate_px"]
    assert width > 200 and height > 200   # the plate's view, laid out in the real window


def test_the_plate_is_painted_before_the_lessons_are_loaded(tmp_path: Path) -> None:
    """The real start paints the plate before it imports the lesson models or reads the pack,
    then shows the lessons; the probe can wait for that second moment."""
    probe = tmp_path / "probe.json"
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".data"),
           "XDG_CACHE_HOME": str(home / ".cache"), "SPINETUTOR_STARTUP_PROBE": str(probe),
           "SPINETUTOR_STARTUP_PROBE_UNTIL": "lessons"}
    result = subprocess.run([sys.executable, "-m", "spinetutor"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(probe.read_text())
    assert record["lesson_models_loaded"] is False
    assert record["lessons_s"] > record["first_paint_s"] > 0
