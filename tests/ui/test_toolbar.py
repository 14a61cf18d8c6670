"""The toolbar a person sees: every herniation toggle and plate tool on screen (never behind
the toolbar's "»" overflow button) at 1366x768 and 1920x1080, in English and Spanish, at
100 % and 200 % text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QToolBar

from spinetutor.ui.i18n import install_language
from tests.ui.test_keyboard_access import focus_chain, spoken_name
from tests.ui.test_layouts import SIZES, composed


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def hidden_tools(window) -> list[str]:
    """Toolbar items a person cannot see: squeezed behind "»" or past the window's edge."""
    found = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = bar.widgetForAction(action)
            name = action.text() or (spoken_name(widget) if widget is not None else "")
            if widget is None or not widget.isVisible():
                found.append(f"{bar.objectName()}: {name!r} behind the overflow button")
                continue
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not window.rect().contains(rect):
                found.append(f"{bar.objectName()}: {name!r} past the window's edge")
    return found


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_herniation_toggle_is_visible_and_reachable(app, qtbot, tmp_path, language,
                                                          scale):
    """All three herniation toggles (and the zoom tools and find box) are on screen in
    Study and Consultation, and Tab reaches each herniation toggle."""
    try:
        window = composed(qtbot, tmp_path, language=language, scale=scale)
        problems = []
        for size in SIZES:
            window.setGeometry(0, 0, *size)
            for mode in ("study", "consult"):
                window.set_mode(mode)
                settle()
                where = f"{size[0]}x{size[1]} {mode}"
                problems += [f"{where}: {p}" for p in hidden_tools(window)]
                chain = focus_chain(window)
                for key, action in window.herniation_actions.items():
                    button = window.herniation_toolbar.widgetForAction(action)
                    if button not in chain:
                        problems.append(f"{where}: Tab does not reach {key}")
        window.set_mode("study")
    finally:
        install_language("en")
    assert problems == []


def test_the_herniation_toggles_share_the_first_row_when_it_has_room(app, qtbot, tmp_path):
    """At 1366x768 with 100 % text the herniation toggles sit beside the modes and the plate
    tools (no second row taking the plate's height); at 200 % they move to a row of their
    own rather than hiding."""
    window = composed(qtbot, tmp_path)
    settle()
    assert not window.toolBarBreak(window.herniation_toolbar)
    assert window.herniation_toolbar.y() == window.mode_toolbar.y()
    from spinetutor.ui import themes

    themes.apply_type_scale(app, 200)
    settle()
    assert window.toolBarBreak(window.herniation_toolbar)
    assert window.herniation_toolbar.y() > window.mode_toolbar.y()
    assert hidden_tools(window) == []
    themes.apply_type_scale(app, 100)
    settle()
    assert not window.toolBarBreak(window.herniation_toolbar)


def test_the_herniation_choice_is_also_in_the_view_menu(app, qtbot, tmp_path):
    """View > Disc herniation lists the three types, the current one checked; choosing one
    there checks its toolbar toggle too."""
    window = composed(qtbot, tmp_path)
    menu = window.herniation_menu
    assert [a.text() for a in menu.actions()] == [
        "Posterolateral", "Far-lateral / foraminal", "Central (cauda equina)"]
    menu.actions()[2].trigger()
    assert window.selection.herniation == "central"
    button = window.herniation_toolbar.widgetForAction(window.herniation_actions["central"])
    assert button.isChecked()
