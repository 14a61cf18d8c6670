"""A panel's body that scrolls vertically only, so large text grows a panel downwards
(scrolling) instead of clipping it at the right edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def vertical_scroll(body: QWidget, name: str = "") -> QScrollArea:
    """`body` in a frameless scroll area that follows its width and never scrolls sideways;
    `name` is what a screen reader says when Tab reaches it (the panel's title)."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll
