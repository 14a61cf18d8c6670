"""What a start found damaged and quietly put back to its default, to be told once.

Caches and settings are hints: a damaged one is dropped and rebuilt, never an error. The
learner should still learn that it happened (a look that reset itself is otherwise a mystery),
so each reader notes what it dropped here and the window shows one line after it appears.
Kept Qt-free: the lesson cache in the core notes into it too.
"""

from __future__ import annotations

SETTINGS = "settings"            # one or more saved preferences were out of range
WINDOW_LAYOUT = "window-layout"  # the saved dock and window arrangement failed its check
PLATE_CACHE = "plate-cache"      # the parsed plate kept between runs was damaged
LESSON_CACHE = "lesson-cache"    # the parsed lesson files kept between runs were damaged

_noted: list[str] = []


def note(what: str) -> None:
    """Remember that `what` (one of the names above) was damaged and reset; once each."""
    if what not in _noted:
        _noted.append(what)


def take() -> list[str]:
    """Everything noted since the last call, in the order noted; the list is emptied."""
    found = list(_noted)
    _noted.clear()
    return found
