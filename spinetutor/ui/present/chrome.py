"""The main window dressed for a projector and undressed afterwards.

Everything presenting hides or changes (toolbars, docks of other modes, menu and status bar,
window state and geometry, the plate's frame and scroll bars) is recorded here and put back
exactly, so leaving the Present mode returns the window the user had.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar


def projector_screen() -> QScreen:
    """The second screen when there is one (the projector), else the only one."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return others[0] if others else primary


class WindowChrome:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._saved: dict[str, object] = {}

    def hide(self) -> None:
        window = self.window
        bars = [w for w in window.findChildren(QToolBar) if w.isVisible()]
        docks = [w for w in window.findChildren(QDockWidget) if w.isVisible()]
        view = window.view  # type: ignore[attr-defined]
        self._saved = {"bars": bars, "docks": docks, "menu": window.menuBar().isVisible(),
                       "status": window.statusBar().isVisible(),
                       "state": window.windowState(), "geometry": window.geometry(),
                       "view": (view.frameShape(), view.horizontalScrollBarPolicy(),
                                view.verticalScrollBarPolicy())}
        for widget in [*bars, *docks]:
            widget.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        view.setFrameShape(view.Shape.NoFrame)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def full_screen(self, screen: QScreen) -> None:
        handle = self.window.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()

    def restore(self, was_full_screen: bool) -> None:
        window, saved = self.window, self._saved
        if not saved:
            return
        if was_full_screen:
            window.setWindowState(saved["state"])  # type: ignore[arg-type]
            if not (window.windowState() & Qt.WindowState.WindowMaximized):
                window.setGeometry(saved["geometry"])  # type: ignore[arg-type]
        for widget in [*saved["bars"], *saved["docks"]]:  # type: ignore[misc]
            widget.show()
        window.menuBar().setVisible(bool(saved["menu"]))
        window.statusBar().setVisible(bool(saved["status"]))
        view = window.view  # type: ignore[attr-defined]
        frame, horizontal, vertical = saved["view"]  # type: ignore[misc]
        view.setFrameShape(frame)
        view.setHorizontalScrollBarPolicy(horizontal)
        view.setVerticalScrollBarPolicy(vertical)
        self._saved = {}
