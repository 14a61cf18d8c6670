"""A measurement hook for start-up benchmarks: with SPINETUTOR_STARTUP_PROBE=FILE set, the real
GUI (the same start a user gets, first-start dialog included) writes FILE when the plate has
first been painted in the main window, then ends the process at once.

FILE gets one line of JSON: seconds since the process started (from /proc, so interpreter
start-up counts), the peak resident memory so far (VmHWM) and the plate's painted size.

With SPINETUTOR_STARTUP_PROBE_UNTIL=lessons as well, the process goes on after the first paint
until the lesson pack is shown (the start builds Study after the first paint), and FILE also
gets `lessons_s`, the process's age at that moment.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "SPINETUTOR_STARTUP_PROBE"
UNTIL = "SPINETUTOR_STARTUP_PROBE_UNTIL"
_first: dict[str, object] = {}


def _process_age() -> float:
    """Seconds since this process was started (Linux); 0 where /proc is missing."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _peak_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaint(QObject):
    def __init__(self, viewport: QWidget, target: Path) -> None:
        super().__init__(viewport)
        self.target = target
        self.fired = False
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            size = watched.size() if isinstance(watched, QWidget) else None
            QTimer.singleShot(0, lambda: self._report(size))   # after this paint finished
        return False

    def _report(self, size: object) -> None:
        record = {"first_paint_s": round(_process_age(), 4), "peak_rss_kib": _peak_kib(),
                  # the start builds Study after this paint: its lesson models are not loaded
                  "lesson_models_loaded": any(name in sys.modules for name in (
                      "spinetutor.core.lessons", "pydantic", "markdown_it")),
                  "wall_clock": time.time(),
                  "plate_px": [size.width(), size.height()] if size is not None else None}
        if os.environ.get(UNTIL):
            _first.update(record, target=str(self.target))
            return
        _write(self.target, record)


def _write(target: Path, record: dict[str, object]) -> None:
    target.write_text(json.dumps(record) + "\n", encoding="utf-8")
    os._exit(0)  # a measurement: nothing of the session needs saving


def reached(stage: str) -> None:
    """The start reached `stage` ("lessons"); ends a probe that was waiting for it."""
    if _first and os.environ.get(UNTIL) == stage:
        record = {key: value for key, value in _first.items() if key != "target"}
        record[f"{stage}_s"] = round(_process_age(), 4)
        record[f"{stage}_peak_rss_kib"] = _peak_kib()
        _write(Path(str(_first["target"])), record)


def install(viewport: QWidget) -> None:
    """Watch the plate's viewport when the probe is asked for (no cost otherwise)."""
    target = os.environ.get(ENV)
    if target:
        _FirstPaint(viewport, Path(target))
