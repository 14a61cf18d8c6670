"""A panel's body that scrolls vertically only, so large text grows a panel downwards
(scrolling) instead of clipping it at the right edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def vertical_scroll(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area that follows its width and never scrolls sideways."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll
