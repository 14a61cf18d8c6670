"""Start-up: `spinetutor --self-test` wall time against a bare PySide6 QMainWindow process.

Both run as fresh processes offscreen, interleaved (floor, app, app, floor, ...), at least ten
of each; the figure is the ratio of the medians. Target: at most 1.5x the floor.
Run: python benchmarks/bench_startup.py [--quick] [--json]
"""

from __future__ import annotations

from _common import emit, interleave_children, median, parser, row

TARGET = 1.5


def measure(quick: bool = False) -> list[dict[str, object]]:
    runs = 3 if quick else 12
    interleave_children(1)  # warm the file cache; not counted
    floor, app = interleave_children(runs)
    floor_s = median([wall for wall, _ in floor]) * 1000
    app_s = median([wall for wall, _ in app]) * 1000
    return [row(f"start-up: --self-test wall time (median of {runs})", app_s, "ms", floor_s,
                f"<= {TARGET}x floor", app_s <= TARGET * floor_s)]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("start-up", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process"])


if __name__ == "__main__":
    main()
