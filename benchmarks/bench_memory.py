"""Memory: peak RSS of `spinetutor --self-test` against a bare PySide6 QMainWindow process.

Each child reports its own peak RSS (VmHWM) at exit. Target: at most 1.5x the floor. For scale,
the bare window drawing only the bundled plate SVG (see bench_startup) is reported too, and the
app's window at 1920x1080 once its plate has rendered every highlight picture in idle time (the
self-test closes before that warm-up starts; a user's app holds those pictures).
Run: python benchmarks/bench_memory.py [--quick] [--json]
"""

from __future__ import annotations

import sys

from _common import emit, median, parser, row, run_child
from bench_startup import run_three

TARGET = 1.5

WARM_APP_SCRIPT = """
import sys
sys.path.insert(0, 'benchmarks')
import _plate
from spinetutor.ui.app import build_window
_plate.app()
window = build_window()
_plate.size_view(window, window.view)
_plate.wait_for_warmup(window)
window.close()
"""


def measure(quick: bool = False) -> list[dict[str, object]]:
    samples = run_three(2 if quick else 5)
    floor_mib, app_mib, plate_mib = (median([rss for _, rss in samples[k]])
                                     for k in ("floor", "app", "plate"))
    warm_mib = median([run_child([sys.executable, "-c", WARM_APP_SCRIPT])[1]
                       for _ in range(1 if quick else 3)])
    return [
        row("memory: --self-test peak RSS", app_mib, "MiB", floor_mib,
            f"<= {TARGET}x floor", app_mib <= TARGET * floor_mib),
        row("for scale: bare window drawing only the plate SVG", plate_mib, "MiB", floor_mib),
        row("for scale: the app at 1920x1080 after the picture warm-up", warm_mib, "MiB",
            floor_mib),
    ]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("memory", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process"])


if __name__ == "__main__":
    main()
