"""Memory: peak RSS of `spinetutor --self-test` against a bare PySide6 QMainWindow process.

Peak RSS of each child comes from os.wait4 (that process alone, not the largest child so far).
Target: at most 1.5x the floor.
Run: python benchmarks/bench_memory.py [--quick] [--json]
"""

from __future__ import annotations

from _common import emit, interleave_children, median, parser, row

TARGET = 1.5


def measure(quick: bool = False) -> list[dict[str, object]]:
    runs = 2 if quick else 5
    floor, app = interleave_children(runs)
    floor_mib = median([rss for _, rss in floor])
    app_mib = median([rss for _, rss in app])
    return [row("memory: --self-test peak RSS", app_mib, "MiB", floor_mib,
                f"<= {TARGET}x floor", app_mib <= TARGET * floor_mib)]


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("memory", measure(args.quick), args.json,
         ["floor: bare QMainWindow shown offscreen and closed, in a fresh process"])


if __name__ == "__main__":
    main()
