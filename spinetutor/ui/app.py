"""Composition root: the QApplication, the content, the window and their wiring."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.main_window import MainWindow


def ensure_app(offscreen: bool = False) -> QApplication:
    """The process's QApplication, created offscreen when asked or when there is no display."""
    if offscreen or (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                     and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("SpineTutor")
        app.setOrganizationName("SpineTutor")
    return app  # type: ignore[return-value]


def build_window(lessons: Path | None = None) -> MainWindow:
    """The main window with every panel wired; shared by the GUI, snapshots and self-test."""
    window = MainWindow(load_atlas())
    return window


def run_gui(lessons: Path | None = None) -> int:
    app = ensure_app()
    window = build_window(lessons)
    window.show()
    return app.exec()


def snapshot(out: Path, select: str | None, herniation: str, size: tuple[int, int]) -> None:
    """Render the main window offscreen with a selection to a PNG."""
    app = ensure_app(offscreen=True)
    window = build_window()
    window.resize(*size)
    if herniation:
        window.selection.set_herniation(herniation)
    if select:
        window.selection.select(select)
    window.show()
    app.processEvents()
    window.view.fit_to_window()
    app.processEvents()
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    window.close()
