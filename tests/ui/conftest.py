"""Fixtures that build the real main window once per test, shown offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.i18n import install_language
from spinetutor.ui.main_window import MainWindow


def show_window(qtbot, win: MainWindow, size: tuple[int, int] = (1600, 1000)) -> MainWindow:
    """Register, size and show a main window offscreen, with the plate fitted."""
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit_to_window()
    return win


@pytest.fixture
def window(qtbot):
    return show_window(qtbot, MainWindow(load_atlas()))


@pytest.fixture
def app(qapp):
    """The QApplication, with its look put back afterwards so other tests see the default."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QStyleFactory

    from spinetutor.ui import themes

    palette, sheet, font = QPalette(qapp.palette()), qapp.styleSheet(), QFont(qapp.font())
    style = qapp.style().name()
    yield qapp
    themes.apply_type_scale(qapp, 100)
    controller = qapp.findChild(themes.ThemeController, "spinetutor-theme-controller")
    if controller is not None:
        controller.setParent(None)
        controller.deleteLater()
    qapp.setProperty(themes._BASE_SIZE_PROPERTY, None)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def spanish(qapp):
    """Spanish installed for one test; English (the default) put back afterwards."""
    assert install_language("es")
    yield qapp
    install_language("en")


@pytest.fixture
def consult(qtbot):
    """The real main window with the consultation mode added and switched on."""
    from spinetutor.ui.consult.mode import ConsultMode

    win = MainWindow(load_atlas())
    mode = ConsultMode(win)
    win.add_mode(mode)
    show_window(qtbot, win)
    win.set_mode("consult")
    win.view.fit_to_window()
    return win, mode


def start_presenting(qtbot, root: Path):
    """A main window presenting the pack at `root` (not full screen); returns (window, mode)."""
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.ui.present.mode import PresentMode

    atlas = load_atlas()
    pack = load_pack(root, atlas.knows)
    assert not pack.problems, pack.problems
    win = MainWindow(atlas)
    mode = PresentMode(win, lambda: (pack, root), full_screen=False)
    win.add_mode(mode)
    show_window(qtbot, win, (1400, 900))
    win.set_mode("present")
    return win, mode


def click_scene_point(qtbot, view, point: QPointF) -> None:
    """Click the viewport where a scene point is drawn, as a user's pointer would."""
    view.ensureVisible(point.x(), point.y(), 1, 1, 40, 40)
    pos = view.mapFromScene(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
