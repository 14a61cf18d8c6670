"""Start-up: the real GUI's first paint and `spinetutor --self-test` against a bare window.

The GUI row is the start a user gets (`spinetutor`, theme, settings, docks and the first-start
dialog as it appears), stopped by the SPINETUTOR_STARTUP_PROBE hook at the first paint of the
plate in the main window; its peak memory (VmHWM) is read at that moment. It is compared with
the plate-only window below (target: at most 1.25x its wall time and 1.5x its peak memory),
interleaved in one run; "later start" keeps a HOME between runs (caches warm, the usual case),
"first start" gives every run a new empty HOME.

All run as fresh processes offscreen, interleaved (floor, app, reference, then rotated), at least
ten of each; the figure is the ratio of the medians. Target: at most 1.5x the floor.

A third process is reported for scale, not as a target: the same bare window showing only the
bundled plate SVG in a QGraphicsView, fitted and painted once (no atlas, no lessons, no
interaction). It is what drawing the plate alone costs on top of the floor.
Run: python benchmarks/bench_startup.py [--quick] [--json]
"""

from __future__ import annotations

import compileall
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    ROOT,
    emit,
    floor_argv,
    interleave_children,
    median,
    offscreen_env,
    parser,
    row,
    run_child,
    self_test_argv,
)

TARGET = 1.5
GUI_TARGET = 1.25      # first paint, x the plate-only window's wall time
GUI_RSS_TARGET = 1.5   # peak RSS at first paint, x the plate-only window's

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


def _gui(home: Path, args: list[str], until: str = "") -> tuple[float, dict[str, float]]:
    """Start `spinetutor ARGS` with the probe: (wall s, the probe's record)."""
    probe = home / "probe.json"
    probe.unlink(missing_ok=True)
    env = {**offscreen_env(), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "SPINETUTOR_STARTUP_PROBE": str(probe),
           "SPINETUTOR_STARTUP_PROBE_UNTIL": until}
    env.pop("SPINETUTOR_CACHE_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "spinetutor", *args], env=env, cwd=ROOT, timeout=300,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, json.loads(probe.read_text())


def run_gui_child(home: Path) -> tuple[float, float]:
    """The real GUI to its first paint: (wall s, peak RSS MiB at that paint)."""
    wall, record = _gui(home, [])
    return wall, record["peak_rss_kib"] / 1024


def lesson_rows(runs: int) -> list[dict[str, object]]:
    """A 50-lesson pack the app has never opened, from the window's first paint to the
    lessons shown (a HOME kept between runs, so only the pack is new); the course too."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_lessons import write_pack

    fresh: list[float] = []
    course: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        home.mkdir()
        _gui(home, [])   # fills the plate cache; not counted
        for index in range(runs):
            pack = write_pack(Path(folder) / f"pack{index}", 50)
            _, record = _gui(home, ["--lessons", str(pack)], until="lessons")
            fresh.append(record["lessons_s"] - record["first_paint_s"])
            _, record = _gui(home, [], until="lessons")
            course.append(record["lessons_s"] - record["first_paint_s"])
    return [
        row(f"50-lesson pack opened for the first time: first paint -> lessons shown "
            f"(median of {runs})", median(fresh), "s", None, "<= 0.3 s", median(fresh) <= 0.3),
        row("the course at a later start: first paint -> lessons shown", median(course), "s",
            None),
    ]


def run_gui_rounds(runs: int) -> dict[str, list[tuple[float, float]]]:
    """Plate-only, later-start GUI and first-start GUI, rotated each round.

    The package's bytecode is compiled first, as installing the wheel does: a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    compileall.compile_dir(str(ROOT / "spinetutor"), quiet=1)
    out: dict[str, list[tuple[float, float]]] = {"plate": [], "later": [], "first": []}
    with tempfile.TemporaryDirectory() as folder:
        kept = Path(folder) / "kept-home"
        kept.mkdir()
        run_gui_child(kept)  # the first start of the kept HOME: fills its caches, not counted
        kinds = [("plate", lambda: run_child(plate_only_argv())),
                 ("later", lambda: run_gui_child(kept)),
                 ("first", lambda: run_gui_child(Path(tempfile.mkdtemp(dir=folder))))]
        for index in range(runs):
            turn = index % len(kinds)
            for name, run in [*kinds[turn:], *kinds[:turn]]:
                out[name].append(run())
    return out


def gui_rows(runs: int) -> list[dict[str, object]]:
    samples = run_gui_rounds(runs)
    plate_ms, later_ms, first_ms = (median([w for w, _ in samples[k]]) * 1000
                                    for k in ("plate", "later", "first"))
    plate_mib, later_mib, first_mib = (median([m for _, m in samples[k]])
                                       for k in ("plate", "later", "first"))
    return [
        row(f"GUI first paint, later start (median of {runs})", later_ms, "ms", plate_ms,
            f"<= {GUI_TARGET}x plate-only", later_ms <= GUI_TARGET * plate_ms),
        row("GUI first paint, first start (new HOME: first-start dialog, no caches)",
            first_ms, "ms", plate_ms),
        row("peak RSS at first paint, later start", later_mib, "MiB", plate_mib,
            f"<= {GUI_RSS_TARGET}x plate-only", later_mib <= GUI_RSS_TARGET * plate_mib),
        row("peak RSS at first paint, first start", first_mib, "MiB", plate_mib),
    ]


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
        *gui_rows(runs),
        *lesson_rows(runs),
        row(f"start-up: --self-test wall time (median of {runs})", app_ms, "ms", floor_ms,
            f"<= {TARGET}x floor", app_ms <= TARGET * floor_ms),
        row("for scale: bare window drawing only the plate SVG", plate_ms, "ms", floor_ms),
    ]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("start-up", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process; the GUI "
          "rows' floor is the plate-only window"])


if __name__ == "__main__":
    main()
