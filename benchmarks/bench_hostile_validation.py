"""Validating hostile lessons: time of `load_pack` on Markdown built to make checkers backtrack.

A lesson pack is untrusted. Each shape below is a section text that made the old link regex,
reference regex or "did you mean" suggestions slow (13 s for a 27 KB lesson of '[').
Each shape is written as one lesson file of about 27 KB and of about 1 MiB (the file size
limit), its text split into sections of at most 15,000 characters (longer texts are refused
at once, which would hide the scanners' speed), and loaded with the real atlas. Floor:
reading the same file's bytes and parsing its YAML (what any check must pay).

Run: python benchmarks/bench_hostile_validation.py [--quick] [--json]
Copy this script and _common.py into another checkout's benchmarks/ to measure its code.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from _common import emit, median, parser, row

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.yaml_source import load_yaml_file

SECTION = 15_000
SIZES = {"27k": ("27 KB", 27_000), "1m": ("1 MiB", 1024 * 1024 - 4096)}
SHAPES = {
    "open brackets '[' after one '](' ": lambda n: "](" + "[" * n,
    "picture starts '!['": lambda n: "](" + "![" * (n // 2),
    "unclosed links '[x]('": lambda n: "[x](" * (n // 4),
    "escaped brackets '[\\]'": lambda n: "](" + "[\\]" * (n // 3),
    "reference lines '[a'": lambda n: "]:\n" + "[a\n" * (n // 3),
    "tags '<a '": lambda n: "<a " * (n // 3),
    "code spans '`x'": lambda n: "](" + "`x" * (n // 2),
}


def lesson(text: str, size: int) -> str:
    """A lesson whose sections repeat ``text`` (cut to SECTION chars) up to ``size`` bytes."""
    head = ("lesson:\n  id: hostile\n  title: Hostile\n  topic: T\n  level: intro\n"
            "  minutes: 5\n  objectives: [x]\n  sources: [{title: s}]\n  sections:\n")
    body, index = [], 0
    chunk = json.dumps(text[:SECTION])
    total = len(head)
    while total < size - 100:
        part = f"    - id: s{index}\n      title: S\n      text: {chunk[: size - total - 60]}"
        if not part.endswith('"') or part.endswith('\\"'):
            part = part.rstrip("\\") + '"'
        body.append(part + "\n")
        total += len(body[-1])
        index += 1
    return head + "".join(body)


def main() -> None:
    options = parser(__doc__)
    options.add_argument("--size", choices=("27k", "1m", "all"), default="all")
    options.add_argument("--shape", type=int, help="only this shape (0-based)")
    args = options.parse_args()
    sizes = list(SIZES.values()) if args.size == "all" else [SIZES[args.size]]
    atlas = load_atlas()
    runs = 1 if args.quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, (name, make) in enumerate(SHAPES.items()):
            if args.shape is not None and number != args.shape:
                continue
            for label, size in sizes:
                folder = Path(tmp, f"{len(rows)}")
                folder.mkdir()
                file = folder / "hostile.yaml"
                file.write_text(lesson(make(SECTION), size))
                took, floor = [], []
                for _ in range(runs):
                    start = time.perf_counter()
                    pack = load_pack(folder, atlas.knows, atlas.targets())
                    took.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    load_yaml_file(file)
                    floor.append(time.perf_counter() - start)
                kb = file.stat().st_size / 1024
                rows.append(row(f"{name} ({label}: {kb:.0f} KiB, {len(pack.problems)} problems)",
                                median(took), "s", floor=median(floor)))
    emit("Validating hostile lessons (median of runs)", rows, args.json)


if __name__ == "__main__":
    main()
