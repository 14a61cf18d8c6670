"""Modes registered with a factory appear in the menu at once and are built on first use."""

from __future__ import annotations

import pytest

from spinetutor.ui.app import build_window
from spinetutor.ui.modes.base import Mode


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
