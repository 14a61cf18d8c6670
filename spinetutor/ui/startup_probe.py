"""A measurement hook for start-up benchmarks: with SPINETUTOR_STARTUP_PROBE=FILE set, the real
GUI (the same start a user gets, first-start dialog included) writes FILE when the plate has
first been painted in the main window, then ends the process at once.

FILE gets one line of JSON: seconds since the process started (from /proc, so interpreter
start-up counts), the peak resident memory so far (VmHWM) and the plate's painted size.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "SPINETUTOR_STARTUP_PROBE"


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
                  "wall_clock": time.time(),
                  "plate_px": [size.width(), size.height()] if size is not None else None}
        self.target.write_text(json.dumps(record) + "\n", encoding="utf-8")
        os._exit(0)  # a measurement: nothing of the session needs saving


def install(viewport: QWidget) -> None:
    """Watch the plate's viewport when the probe is asked for (no cost otherwise)."""
    target = os.environ.get(ENV)
    if target:
        _FirstPaint(viewport, Path(target))
