"""Memory: peak RSS of `spinetutor --self-test` against a bare PySide6 QMainWindow process.

Each child reports its own peak RSS (VmHWM) at exit. Target: at most 1.5x the floor. For scale,
the bare window drawing only the bundled plate SVG (see bench_startup) is reported too.
Run: python benchmarks/bench_memory.py [--quick] [--json]
"""

from __future__ import annotations

from _common import emit, median, parser, row
from bench_startup import run_three

TARGET = 1.5


def measure(quick: bool = False) -> list[dict[str, object]]:
    samples = run_three(2 if quick else 5)
    floor_mib, app_mib, plate_mib = (median([rss for _, rss in samples[k]])
                                     for k in ("floor", "app", "plate"))
    return [
        row("memory: --self-test peak RSS", app_mib, "MiB", floor_mib,
            f"<= {TARGET}x floor", app_mib <= TARGET * floor_mib),
        row("for scale: bare window drawing only the plate SVG", plate_mib, "MiB", floor_mib),
    ]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("memory", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process"])


if __name__ == "__main__":
    main()
