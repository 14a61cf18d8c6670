"""Start-up: `spinetutor --self-test` wall time against a bare PySide6 QMainWindow process.

All run as fresh processes offscreen, interleaved (floor, app, reference, then rotated), at least
ten of each; the figure is the ratio of the medians. Target: at most 1.5x the floor.

A third process is reported for scale, not as a target: the same bare window showing only the
bundled plate SVG in a QGraphicsView, fitted and painted once (no atlas, no lessons, no
interaction). It is what drawing the plate alone costs on top of the floor.
Run: python benchmarks/bench_startup.py [--quick] [--json]
"""

from __future__ import annotations

import sys

from _common import (
    ROOT,
    emit,
    floor_argv,
    interleave_children,
    median,
    parser,
    row,
    self_test_argv,
)

TARGET = 1.5

PLATE_ONLY_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
scene = QGraphicsScene()
plate = QGraphicsSvgItem(sys.argv[1])
scene.addItem(plate)
view = QGraphicsView(scene)
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
view.fitInView(plate, Qt.AspectRatioMode.KeepAspectRatio)
app.processEvents()
view.viewport().repaint()
window.close()
"""


def plate_only_argv() -> list[str]:
    """A bare window drawing only the bundled plate: what the picture alone costs."""
    return [sys.executable, "-c", PLATE_ONLY_SCRIPT, str(ROOT / "assets" / "plate" / "plate.svg")]


def run_three(runs: int) -> dict[str, list[tuple[float, float]]]:
    """`runs` rounds of floor, self-test and plate-only (see interleave_children)."""
    return interleave_children([("floor", floor_argv()), ("app", self_test_argv()),
                                ("plate", plate_only_argv())], runs)


def measure(quick: bool = False) -> list[dict[str, object]]:
    runs = 3 if quick else 12
    run_three(1)  # warm the file cache and the plate cache; not counted
    samples = run_three(runs)
    floor_ms, app_ms, plate_ms = (median([wall for wall, _ in samples[k]]) * 1000
                                  for k in ("floor", "app", "plate"))
    return [
        row(f"start-up: --self-test wall time (median of {runs})", app_ms, "ms", floor_ms,
            f"<= {TARGET}x floor", app_ms <= TARGET * floor_ms),
        row("for scale: bare window drawing only the plate SVG", plate_ms, "ms", floor_ms),
    ]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("start-up", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process"])


if __name__ == "__main__":
    main()
