"""`spinetutor validate PATH...`: check lesson packs and report every problem, never a traceback.

Output is one ``file:line:column: message`` line per problem (editors and CI can jump to it)
and a last line ``N lessons, M questions, K problems``; the exit code is 1 when K > 0.
With ``--slides WIDTHxHEIGHT`` every section that would need more than one slide at that
screen size is a problem too (how many slides, how much text too much), measured by the same
text fitting the Present mode uses (Qt, offscreen: no display needed).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Collection
from typing import TextIO

from spinetutor.core.lesson_pack import load_pack

TargetPredicate = Callable[[str], bool]


def _default_atlas() -> tuple[TargetPredicate | None, Collection[str], str | None]:
    """The app's atlas if it loads; otherwise no id checks and a note saying so."""
    try:
        from spinetutor.core.atlas import load_atlas  # noqa: PLC0415 (optional, lazy)

        atlas = load_atlas()
        return atlas.knows, atlas.targets(), None
    except Exception as exc:  # noqa: BLE001 - any atlas failure only disables id checks
        return None, (), f"note: atlas not available ({exc}); atlas ids were not checked"


def run_validate(
    paths: list[str],
    *,
    known_targets: TargetPredicate | None = None,
    suggestions: Collection[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    slides: tuple[int, int] | None = None,
) -> int:
    """Validate each pack folder or lesson file in ``paths``; return the exit code.

    Output closed early (``spinetutor validate | head``) ends the run quietly, not with a
    BrokenPipeError traceback.
    """
    out = out or sys.stdout
    try:
        return _validate(paths, known_targets, suggestions, out, err or sys.stderr, slides)
    except BrokenPipeError:
        if out is sys.stdout:  # Python would fail again flushing stdout at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return 1


def _validate(
    paths: list[str],
    known_targets: TargetPredicate | None,
    suggestions: Collection[str] | None,
    out: TextIO,
    err: TextIO,
    slides: tuple[int, int] | None,
) -> int:
    if known_targets is None:
        known_targets, default_suggestions, note = _default_atlas()
        if note:
            print(note, file=err)
        if suggestions is None:
            suggestions = default_suggestions
    lessons = questions = problems = 0
    for path in paths or ["."]:
        try:
            pack = load_pack(path, known_targets, suggestions or ())
        except Exception as exc:  # noqa: BLE001 - a bug must still not show a traceback
            print(f"{path}:1:1: could not be checked: {exc}", file=out)
            problems += 1
            continue
        for problem in pack.problems:
            print(problem.format(), file=out)
        if slides is not None and pack.lessons:
            from spinetutor.ui.present.slide_check import long_sections  # noqa: PLC0415 (Qt)

            root = path if os.path.isdir(path) else os.path.dirname(path) or "."
            for long in long_sections(pack, slides, root):
                print(long.format(slides), file=out)
                problems += 1
        lessons += len(pack.lessons)
        questions += pack.question_count
        problems += len(pack.problems)
    print(", ".join(_count(n, word) for n, word in ((lessons, "lesson"),
                                                     (questions, "question"),
                                                     (problems, "problem"))), file=out)
    return 1 if problems else 0


def _count(n: int, word: str) -> str:
    """'1 problem', '2 problems'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python -m spinetutor.validate_cli PATH...``."""
    return run_validate(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
