"""Fixtures that build the real main window once per test, shown offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow(load_atlas())
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit_to_window()
    return win


def click_scene_point(qtbot, view, point: QPointF) -> None:
    """Click the viewport where a scene point is drawn, as a user's pointer would."""
    view.ensureVisible(point.x(), point.y(), 1, 1, 40, 40)
    pos = view.mapFromScene(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
