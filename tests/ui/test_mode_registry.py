"""Modes registered with a factory appear in the menu at once and are built on first use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from spinetutor.ui.app import build_window
from spinetutor.ui.modes.base import Mode
from tests.ui.conftest import show_window


def test_consult_and_present_are_built_when_first_used(qtbot) -> None:
    window = build_window()
    qtbot.addWidget(window)
    assert not window.modes.is_built("consult")
    assert not window.modes.is_built("present")
    assert [a.text() for a in window.mode_menu.actions()] == ["Study", "Consultation", "Present"]
    assert [m.name for m in window.modes.built()] == ["study"]
    window.mode_actions["consult"].trigger()
    assert window.mode.name == "consult"
    assert window.modes.is_built("consult")
    assert window.modes["consult"] is window.mode


def test_present_built_by_f5_returns_to_the_mode_it_left(qtbot) -> None:
    window = build_window()
    qtbot.addWidget(window)
    [start] = [a for a in window.actions() if a.objectName() == "present-start"]
    assert not window.modes.is_built("present")
    start.trigger()
    assert window.mode.name == "present"
    assert all(a.objectName() != "present-start" for a in window.actions())
    window.modes["present"].actions["toggle"].trigger()   # F5 again: back where it started
    assert window.mode.name == "study"


def test_a_failing_factory_can_be_retried(qtbot) -> None:
    window = build_window()
    qtbot.addWidget(window)
    calls: list[int] = []

    class Later(Mode):
        name = "later"

    def factory() -> Mode:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("first build fails")
        return Later(window)

    window.add_mode_factory("later", "Later", factory)
    with pytest.raises(RuntimeError, match="first build fails"):
        window.modes["later"]
    assert "later" in window.modes and not window.modes.is_built("later")
    assert window.modes["later"].name == "later"
    assert len(calls) == 2


def test_f5_presents_after_present_was_first_opened_from_the_menu(qtbot) -> None:
    """Opening Present from the Mode menu first must not leave two F5 actions (Qt would
    treat the key as ambiguous and do nothing)."""
    window = show_window(qtbot, build_window())
    window.mode_actions["present"].trigger()
    assert window.mode.name == "present"
    present = window.modes["present"]
    present.actions["toggle"].trigger()
    assert window.mode.name == "study"
    qtbot.wait(1)  # the retired stand-in's deleteLater
    qtbot.keyClick(window.focusWidget() or window.view, Qt.Key.Key_F5)
    assert window.mode.name == "present"
    f5 = [a for a in window.findChildren(QAction)
          if QKeySequence("F5") in a.shortcuts() and a.isEnabled()]
    assert f5 == [present.actions["toggle"]]
