"""`spinetutor --self-test`: prove an installed or bundled app can start and find its content.

Starts offscreen, loads the atlas, the reasoning patterns and every lesson, renders the main
window once and checks the bundled files; prints what it checked and names what is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from spinetutor.paths import assets_dir, lessons_dir

REQUIRED_FILES = (
    "assets/plate/plate.svg",
    "assets/plate/plate.es.svg",
    "assets/atlas/sources.yaml",
    "assets/atlas/skin_patches.yaml",
    "assets/atlas/roots.yaml",
    "assets/atlas/nerves.yaml",
    "assets/atlas/spine.yaml",
    "assets/atlas/vocabulary.yaml",
    "assets/atlas/dermatome_maps.yaml",
    "assets/reasoning/lesions.yaml",
    "assets/reasoning/vocabulary.yaml",
    "lessons/schema.json",
)


def _check_files() -> str:
    root = assets_dir().parent
    missing = [name for name in REQUIRED_FILES if not (root / name).is_file()]
    if missing:
        raise FileNotFoundError("missing bundled files: " + ", ".join(missing))
    return f"{len(REQUIRED_FILES)} bundled files present"


def _check_atlas() -> str:
    from spinetutor.core.atlas import load_atlas

    atlas = load_atlas()
    h = atlas.highlight("disc:L4-L5")
    if list(h.roots) != ["L5"]:
        raise AssertionError(f"disc:L4-L5 should select L5, got {list(h.roots)}")
    return f"atlas: {len(atlas.vertebrae)} vertebrae, {len(atlas.patches())} skin patches"


def _check_reasoning() -> str:
    from spinetutor.core.reasoning import localize

    result = localize({"side": "left", "weak": ["ankle_plantarflexion"],
                       "reflex": {"achilles": "absent"}})
    if not result.candidates or result.candidates[0].lesion != "S1":
        raise AssertionError("reasoning aid did not rank S1 first for a classic S1 picture")
    return "reasoning aid: patterns loaded"


def _check_lessons() -> str:
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.lesson_pack import load_pack

    atlas = load_atlas()
    pack = load_pack(lessons_dir(), known_targets=atlas.knows, suggestions=atlas.targets())
    if pack.problems:
        raise AssertionError(f"{len(pack.problems)} problems in the bundled lessons, first: "
                             f"{pack.problems[0].format()}")
    if not pack.lessons:
        raise AssertionError("no lessons found in the bundled course")
    return f"lessons: {len(pack.lessons)} lessons, {pack.question_count} questions"


def _check_window() -> str:
    from spinetutor.ui.app import build_window, ensure_app

    app = ensure_app(offscreen=True)
    window = build_window()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.selection.select("disc:L4-L5")
    image = window.grab().toImage()
    window.close()
    if image.isNull() or image.width() < 100:
        raise AssertionError("the main window did not render")
    return f"main window rendered at {image.width()}x{image.height()}"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("bundled files", _check_files),
    ("atlas", _check_atlas),
    ("reasoning", _check_reasoning),
    ("lessons", _check_lessons),
    ("window", _check_window),
)


def run_self_test(out=sys.stdout) -> int:
    failures = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - report every failure by name, never a traceback
            failures += 1
            print(f"FAIL {name}: {exc}", file=out)
        else:
            print(f"ok   {detail}", file=out)
    print("self-test passed" if not failures else f"self-test FAILED ({failures})", file=out)
    return 0 if not failures else 1


