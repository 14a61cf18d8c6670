"""Lesson loading: load and validate synthetic packs of 100, 1,000 and 5,000 lessons.

Each synthetic lesson file holds one lesson (two sections) and a quiz of 10 questions, copied
from the shipped course with new ids (so every question type and check is exercised), written
into a temporary folder. `load_pack` parses, validates against the schema and checks atlas
targets, exactly as the app does. The sizes run interleaved; the figure is the median.
Targets: 1,000 lessons <= 1 s; 5,000 lessons <= 5.5x the 1,000 figure (the median of each run's
5,000 / 1,000 ratio: the two sizes run back to back, so a slow spell of the machine moves both
and not the ratio; 5 runs). Floor: reading the same
files' bytes (what any loader must pay). Three more rows split the 1,000 figure: parsing the
YAML of every file and validating the parsed data against the schema, each timed on its own in
the same runs, and the rest of load_pack (atlas, link, picture and answer checks, ids, paths)
as the 1,000 median less those two medians, so it also takes up their noise. load_pack turns
the garbage collector off while it builds objects; the young-generation collection that puts
off (paid on the next allocations after it returns) is timed right after each load and
reported as its own row, not hidden.

Reopened: the app keeps each pack's parsed YAML between runs (core/tree_cache.py, keyed by
the files' bytes; schema and checks still run on every load). The same packs are loaded with
that cache after a first load wrote it: the figure for opening a pack the app has opened
before, with the same targets. The first load's cost of writing the cache is its own row.
Run: python benchmarks/bench_lessons.py [--quick] [--json]
"""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path

import yaml
from _common import ROOT, emit, median, parser, row

SIZES = (100, 1000, 5000)
QUESTIONS = 10


class _NoAliases(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: object) -> bool:
        return True


def _shipped() -> tuple[list[dict], list[dict]]:
    lessons, questions = [], []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for file in sorted((ROOT / "lessons").glob("*.yaml")):
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
        if "lesson" in data:
            lessons.append(data["lesson"])
        questions += data.get("quiz", {}).get("questions", [])
    return lessons, questions


def write_pack(folder: Path, lessons: int) -> Path:
    """A pack of `lessons` files, each a lesson with a 10-question quiz."""
    shipped, questions = _shipped()
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(lessons):
        lesson_id = f"synthetic-{n:05d}"
        picked = [dict(questions[(n * QUESTIONS + k) % len(questions)]) for k in range(QUESTIONS)]
        for k, question in enumerate(picked):
            question["id"] = f"{lesson_id}-q{k}"
        base = shipped[n % len(shipped)]
        lesson = dict(base, id=lesson_id, order=n, title=f"Synthetic lesson {n}",
                      sections=base["sections"][:2])
        doc = {
            "lesson": lesson,
            "quiz": {"id": f"{lesson_id}-quiz", "title": f"Synthetic quiz {n}", "mode": "test",
                     "pass_mark": 70, "questions": picked},
        }
        text = yaml.dump(doc, Dumper=_NoAliases, sort_keys=False, allow_unicode=True)
        (folder / f"{lesson_id}.yaml").write_text(text, encoding="utf-8")
    return folder


def _load(folder: Path, cache: Path | None = None) -> tuple[float, int, float]:
    """(seconds in load_pack, lessons loaded, seconds of the GC pass it deferred); with
    `cache`, through the parsed-YAML cache in that folder, as the app opens a pack (the
    time includes reading the cache file and writing it when it changed)."""
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.core.tree_cache import TreeCache

    atlas = load_atlas()
    gc.collect()
    start = time.perf_counter()
    trees = TreeCache.for_pack(folder, cache) if cache is not None else None
    pack = load_pack(folder, known_targets=atlas.knows, suggestions=atlas.targets(),
                     trees=trees)
    if trees is not None:
        trees.save()
    took = time.perf_counter() - start
    start = time.perf_counter()
    gc.collect(0)   # what the first allocations after load_pack would trigger
    deferred = time.perf_counter() - start
    if pack.problems:
        raise RuntimeError(f"synthetic pack has problems, first: {pack.problems[0].format()}")
    return took, len(pack.lessons), deferred


def _read_all(folder: Path) -> float:
    start = time.perf_counter()
    for file in sorted(folder.glob("*.yaml")):
        file.read_bytes()
    return time.perf_counter() - start


def _phases(folder: Path) -> tuple[float, float]:
    """Seconds to parse every file's YAML, then to validate the parsed data (no checks)."""
    from spinetutor.core.lessons import LessonFile
    from spinetutor.core.yaml_source import load_yaml_file

    files = sorted(folder.glob("*.yaml"))
    was_enabled = gc.isenabled()
    gc.disable()  # as load_pack does
    try:
        start = time.perf_counter()
        docs = [load_yaml_file(file) for file in files]
        parsed = time.perf_counter()
        for doc in docs:
            LessonFile.model_validate(doc.data)
        return parsed - start, time.perf_counter() - parsed
    finally:
        if was_enabled:
            gc.enable()


def _size_rows(what: str, times: dict[int, list[float]],
               floors: dict[int, list[float]]) -> list[dict[str, object]]:
    """One row per pack size, with the targets on the 1,000 and 5,000 rows."""
    rows = []
    for size in SIZES:
        value = median(times[size])
        target, met = "", None
        if size == 1000:
            target, met = "<= 1 s", value <= 1.0
        if size == 5000:
            ratio = median([big / small for big, small in zip(times[5000], times[1000],
                                                               strict=True)])
            target, met = f"<= 5.5x 1,000 ({ratio:.2f}x)", ratio <= 5.5
        rows.append(row(what.format(size=size), value, "s", median(floors[size]), target, met))
    return rows


def measure(quick: bool = False) -> list[dict[str, object]]:
    runs = 1 if quick else 5
    times: dict[int, list[float]] = {size: [] for size in SIZES}
    floors: dict[int, list[float]] = {size: [] for size in SIZES}
    parse: list[float] = []
    schema: list[float] = []
    deferred_gc: list[float] = []
    reopened: dict[int, list[float]] = {size: [] for size in SIZES}
    writing: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folders = {size: write_pack(Path(tmp) / f"pack{size}", size) for size in SIZES}
        _load(folders[100])  # imports and atlas, not counted
        for run in range(runs):
            for size in SIZES:
                floors[size].append(_read_all(folders[size]))
                took, count, deferred = _load(folders[size])
                if count != size:
                    raise RuntimeError(f"loaded {count} of {size} lessons")
                times[size].append(took)
                if size == 1000:
                    deferred_gc.append(deferred)
                cache = Path(tmp) / f"cache{size}-{run}"
                first, _, _ = _load(folders[size], cache)  # parses and writes the cache
                if size == 1000:
                    writing.append(first)
                took, count, _ = _load(folders[size], cache)
                if count != size:
                    raise RuntimeError(f"reopened {count} of {size} lessons")
                reopened[size].append(took)
            took_parse, took_schema = _phases(folders[1000])
            parse.append(took_parse)
            schema.append(took_schema)
    rows = _size_rows(f"lessons: {{size:,}} x {QUESTIONS} questions", times, floors)
    rows += _size_rows("lessons reopened (parsed YAML kept): {size:,}", reopened, floors)
    rows.append(row("  1,000: first load writing that cache", median(writing), "s",
                    median(floors[1000])))
    floor, total = median(floors[1000]), median(times[1000])
    rows.append(row("  1,000: YAML parse", median(parse), "s", floor))
    rows.append(row("  1,000: schema (pydantic)", median(schema), "s", floor))
    rest = total - median(parse) - median(schema)
    rows.append(row("  1,000: rest (difference)", rest, "s", floor))
    rows.append(row("  1,000: GC pass deferred by load_pack, after it", median(deferred_gc), "s",
                    floor))
    return rows


def main() -> None:
    args = parser(__doc__).parse_args()
    emit("lesson loading", measure(args.quick), args.json,
         ["floor: reading the same files' bytes; value: load_pack (parse, validate, check)"])


if __name__ == "__main__":
    main()
