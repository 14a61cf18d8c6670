"""The disc herniation toolbar moves to a second row only when the first cannot hold it.

Qt does not wrap toolbars: one that does not fit is squeezed behind a "»" button, which hid
the "Central" toggle at 1366 px in Spanish. This keeps the herniation toggles all visible:
on the first row beside the modes and the plate tools when they fit (most screens at 100 %
text), on a row of their own when not (200 % text). It re-checks when the window is resized,
the text size or language changes, or a mode restores its remembered layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar

TOP = Qt.ToolBarArea.TopToolBarArea
_WATCHED = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LanguageChange,
            QEvent.Type.StyleChange, QEvent.Type.Show)


class ToolbarWrap(QObject):
    """Keeps `wrapping` on the row of `before` when they fit side by side, else below."""

    def __init__(self, window: QMainWindow, before: list[QToolBar], wrapping: QToolBar) -> None:
        super().__init__(window)
        self.window = window
        self.before = before
        self.wrapping = wrapping
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.update)
        window.installEventFilter(self)
        for bar in (*before, wrapping):
            bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() in _WATCHED or event.type() == QEvent.Type.LayoutRequest \
                and watched is not self.window:
            self._timer.start()
        return False

    def needed_width(self) -> int:
        """The width the top row needs for every toolbar on it, the herniation one included."""
        bars = [b for b in (*self.before, self.wrapping)
                if not b.isHidden() and self.window.toolBarArea(b) == TOP]
        spacing = 8 * len(bars)   # the handles and separators Qt puts between toolbars
        return sum(b.sizeHint().width() for b in bars) + spacing

    def update(self) -> None:
        """Put the herniation toolbar on the first row or the second, whichever fits."""
        window = self.window
        if window.toolBarArea(self.wrapping) != TOP or self.wrapping.isHidden():
            return   # the person moved it elsewhere: leave it there
        wrap = self.needed_width() > window.width()
        if wrap != window.toolBarBreak(self.wrapping):
            if wrap:
                window.insertToolBarBreak(self.wrapping)
            else:
                window.removeToolBarBreak(self.wrapping)
