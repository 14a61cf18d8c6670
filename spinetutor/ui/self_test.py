"""`spinetutor --self-test`: prove an installed or bundled app can start and find its content.

Starts the main window offscreen the way the app starts (atlas, plate, study mode with the
bundled lessons), paints it, then checks what that start loaded: the atlas answers a
disc question, every bundled lesson validates, the reasoning aid ranks a classic picture, and
the bundled files are present. Checking the window's own content (not a second load) keeps the
self-test a measure of start-up; it prints what it checked and names what is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spinetutor.paths import assets_dir

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow

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


class _Started:
    """The window the window check started, shared with the checks that read its content."""

    window: MainWindow | None = None


def _check_files(_started: _Started) -> str:
    root = assets_dir().parent
    missing = [name for name in REQUIRED_FILES if not (root / name).is_file()]
    if missing:
        raise FileNotFoundError("missing bundled files: " + ", ".join(missing))
    return f"{len(REQUIRED_FILES)} bundled files present"


def _check_window(started: _Started) -> str:
    from spinetutor.ui.app import build_window, ensure_app

    app = ensure_app(offscreen=True)
    window = build_window()
    started.window = window
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.selection.select("disc:L4-L5")
    image = window.grab().toImage()
    if image.isNull() or image.width() < 100:
        raise AssertionError("the main window did not render")
    return f"main window rendered at {image.width()}x{image.height()}"


def _window(started: _Started) -> Any:
    if started.window is None:
        raise RuntimeError("not checked: the main window did not start")
    return started.window


def _check_atlas(started: _Started) -> str:
    atlas = _window(started).atlas
    h = atlas.highlight("disc:L4-L5")
    if list(h.roots) != ["L5"]:
        raise AssertionError(f"disc:L4-L5 should select L5, got {list(h.roots)}")
    return f"atlas: {len(atlas.vertebrae)} vertebrae, {len(atlas.patches())} skin patches"


def _check_lessons(started: _Started) -> str:
    pack = _window(started).study.pack
    if pack.problems:
        raise AssertionError(f"{len(pack.problems)} problems in the bundled lessons, first: "
                             f"{pack.problems[0].format()}")
    if not pack.lessons:
        raise AssertionError("no lessons found in the bundled course")
    # The pack's YAML may have come from the parse cache of an earlier run: parse one file
    # here, so the bundled YAML parser itself is proven to work.
    from spinetutor.core.yaml_source import load_yaml_file

    first = pack.lessons[0]
    data = load_yaml_file(pack.files[f"lesson:{first.id}"]).data
    if not isinstance(data, dict) or data.get("lesson", {}).get("id") != first.id:
        raise AssertionError(f"parsing the lesson file of '{first.id}' gave other data")
    return f"lessons: {len(pack.lessons)} lessons, {pack.question_count} questions"


def _check_reasoning(_started: _Started) -> str:
    from spinetutor.core.reasoning import localize

    result = localize({"side": "left", "weak": ["ankle_plantarflexion"],
                       "reflex": {"achilles": "absent"}})
    if not result.candidates or result.candidates[0].lesion != "S1":
        raise AssertionError("reasoning aid did not rank S1 first for a classic S1 picture")
    return "reasoning aid: patterns loaded"


CHECKS: tuple[tuple[str, Callable[[_Started], str]], ...] = (
    ("bundled files", _check_files),
    ("window", _check_window),
    ("atlas", _check_atlas),
    ("lessons", _check_lessons),
    ("reasoning", _check_reasoning),
)


def run_self_test(out=sys.stdout) -> int:
    failures = 0
    started = _Started()
    for name, check in CHECKS:
        try:
            detail = check(started)
        except Exception as exc:  # noqa: BLE001 - report every failure by name, never a traceback
            failures += 1
            print(f"FAIL {name}: {exc}", file=out)
        else:
            print(f"ok   {detail}", file=out)
    if started.window is not None:
        started.window.close()
    print("self-test passed" if not failures else f"self-test FAILED ({failures})", file=out)
    return 0 if not failures else 1
