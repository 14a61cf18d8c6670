"""Shared helpers for the benchmark scripts: statistics, child processes, tables and JSON.

Every figure is reported next to a floor measured in the same run (interleaved with it), so a
busy machine slows both and the ratio stays meaningful.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (nearest rank), the value 95% of the samples stay at or under."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def parser(doc: str | None) -> argparse.ArgumentParser:
    """The common command line: --quick for a smoke run, --json for machine-readable output."""
    out = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    out.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    out.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return out


def offscreen_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("PYTHONHASHSEED", "0")
    return env


# Linux carries ru_maxrss across fork and exec, so a child of a big benchmark process would
# report the parent's size: each child reports its own high-water mark (VmHWM) at exit instead.
_WRAP = """
import atexit, runpy, sys
out, mode, target = sys.argv[1:4]
def report():
    with open('/proc/self/status') as status:
        hwm = [line.split()[1] for line in status if line.startswith('VmHWM')]
    with open(out, 'w') as file:
        file.write(hwm[0] if hwm else '0')
atexit.register(report)
sys.argv = [target, *sys.argv[4:]]
if mode == '-m':
    runpy.run_module(target, run_name='__main__', alter_sys=True)
else:
    exec(compile(target, '<floor>', 'exec'), {'__name__': '__main__'})
"""


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run `python -m module args` or `python -c code` to its end: (wall s, peak RSS MiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        command = [argv[0], "-c", _WRAP, report.name, *argv[1:]]
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env or offscreen_env(), cwd=ROOT, check=False)
        wall = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:3])} exited with {result.returncode}")
        return wall, int(report.read() or 0) / 1024  # VmHWM is in KiB


FLOOR_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.close()
"""


def floor_argv() -> list[str]:
    """A bare PySide6 QMainWindow process, shown offscreen and closed: the start-up floor."""
    return [sys.executable, "-c", FLOOR_SCRIPT]


def self_test_argv() -> list[str]:
    """`spinetutor --self-test` run from this checkout with the same interpreter."""
    return [sys.executable, "-m", "spinetutor", "--self-test"]


def interleave_children(kinds: Sequence[tuple[str, list[str]]],
                        runs: int) -> dict[str, list[tuple[float, float]]]:
    """`runs` rounds of each named child process, rotating which one goes first."""
    out: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in kinds}
    for index in range(runs):
        turn = index % len(kinds)
        for name, argv in [*kinds[turn:], *kinds[:turn]]:
            out[name].append(run_child(argv))
    return out


def machine() -> dict[str, object]:
    """Where the figures came from."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "missing"
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram": ram, "os": platform.platform(),
            "python": platform.python_version(), "pyside6": pyside}


def emit(name: str, rows: list[dict[str, object]], as_json: bool,
         notes: Sequence[str] = ()) -> None:
    """Print rows as an aligned table (or JSON). Each row: what, value, floor, ratio, target."""
    if as_json:
        print(json.dumps({"benchmark": name, "rows": rows, "notes": list(notes)}, indent=2))
        return
    print(table(name, rows))
    for note in notes:
        print(f"  {note}")


def table(name: str, rows: list[dict[str, object]]) -> str:
    columns = ["what", "value", "floor", "ratio", "target", "met"]
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [max(len(col), *(len(r[i]) for r in cells)) for i, col in enumerate(columns)]
    lines = [f"== {name} ==", "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if value is True:
        return "yes"
    if value is False:
        return "NO"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def row(what: str, value: float, unit: str, floor: float | None = None,
        target: str = "", met: bool | None = None) -> dict[str, object]:
    """One table row; value and floor in `unit`, the ratio computed when a floor is given."""
    out: dict[str, object] = {"what": what, "value": f"{value:.2f} {unit}", "raw": value,
                              "unit": unit}
    if floor is not None:
        out["floor"] = f"{floor:.2f} {unit}"
        out["floor_raw"] = floor
        out["ratio"] = round(value / floor, 2) if floor else None
    if target:
        out["target"] = target
    if met is not None:
        out["met"] = met
    return out
