"""Run every benchmark and print one table (or --json): start-up, selection, hover, lessons,
review queue and memory, with the machine they ran on.

Run: python benchmarks/run_all.py [--quick] [--json]   (--quick: fewer repetitions, a smoke run)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_hover  # noqa: E402
import bench_lessons  # noqa: E402
import bench_memory  # noqa: E402
import bench_selection  # noqa: E402
import bench_startup  # noqa: E402
from _common import machine, parser, row, table  # noqa: E402

REVIEW_TARGET_MS = 50.0


def review_rows(quick: bool) -> list[dict[str, object]]:
    """bench_review's learner (100,000 answers, 5,000 questions): today's due list."""
    import bench_review

    from spinetutor.core.progress import ProgressStore

    answers = 20_000 if quick else bench_review.ANSWERS
    bench_review.ANSWERS = answers
    with tempfile.TemporaryDirectory() as folder:
        store = ProgressStore(Path(folder) / "progress.db")
        now = bench_review.build(store, datetime(2025, 1, 1, tzinfo=UTC))
        due, floor = [], []
        for _ in range(7):
            start = time.perf_counter()
            store.due_questions("ann", now)
            due.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()  # floor: reading every card row
            store._conn.execute("SELECT question_id, due FROM cards").fetchall()
            floor.append((time.perf_counter() - start) * 1000)
        store.close()
    value = statistics.median(due)
    return [row(f"review queue: due list, {answers:,} answers / 5,000 questions", value, "ms",
                statistics.median(floor), f"<= {REVIEW_TARGET_MS:g} ms",
                value <= REVIEW_TARGET_MS)]


def main() -> None:
    args = parser(__doc__).parse_args()
    sections = [
        ("start-up", lambda: bench_startup.measure(args.quick)),
        ("selection", lambda: bench_selection.measure(args.quick)),
        ("hover", lambda: bench_hover.measure(args.quick)[0]),
        ("lesson loading", lambda: bench_lessons.measure(args.quick)),
        ("review queue", lambda: review_rows(args.quick)),
        ("memory", lambda: bench_memory.measure(args.quick)),
    ]
    results = {}
    for name, measure in sections:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = measure()
    info = machine()
    command = "python benchmarks/run_all.py" + (" --quick" if args.quick else "")
    if args.json:
        print(json.dumps({"machine": info, "command": command, "results": results}, indent=2))
        return
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    print(f"command: {command}\n")
    for name, rows in results.items():
        print(table(name, rows) + "\n")


if __name__ == "__main__":
    main()
