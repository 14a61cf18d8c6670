"""Render a slide of the Present mode to PNG (for `spinetutor snapshot --mode present`).

The window must already have a PresentMode added (the composition root does that); this only
drives it: no full screen, the window sized as asked, the slide shown, the window grabbed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow


def render_present_snapshot(window: QMainWindow, lesson_id: str | None, section_id: str | None,
                            out: str | Path, size: tuple[int, int] = (1600, 1000),
                            reveal: int = 0) -> None:
    """Show ``lesson_id``/``section_id`` (first slide when None) in Present mode and save a PNG.

    ``reveal`` > 0 presses R that many times (pathway steps), pausing mid-pulse.
    Raises KeyError for an unknown lesson or when no Present mode is installed, OSError when
    the PNG cannot be written.
    """
    from spinetutor.ui.present.mode import PresentMode

    mode = window.modes.get("present")  # type: ignore[attr-defined]
    if not isinstance(mode, PresentMode):
        raise KeyError("the window has no Present mode: add PresentMode(window, provider) first")
    app = QApplication.instance()
    mode.full_screen = False
    window.resize(*size)
    window.show()
    window.set_mode("present")  # type: ignore[attr-defined]
    if lesson_id is not None and not mode.go(lesson_id, section_id):
        raise KeyError(f"no lesson '{lesson_id}' in the pack")
    for _ in range(reveal):
        mode.cmd_reveal()
    if reveal and mode.pulse is not None:
        mode.pulse.animation.pause()
        mode.pulse.animation.setCurrentTime(int(mode.pulse.animation.duration() * 0.55))
    if app is not None:
        app.processEvents()
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
