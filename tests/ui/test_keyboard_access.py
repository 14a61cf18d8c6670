"""Everything is reachable with the keyboard and named for a screen reader, in the window a
person launches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from spinetutor.ui.i18n import install_language
from tests.ui.test_layouts import composed

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def focus_chain(window) -> list[QWidget]:
    """The widgets Tab visits, in order, from the window's first one round to it again."""
    seen, chain = set(), []
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is window:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says the control is. A drop-down's own name is its value on Linux
    (AT-SPI reads the question from the label relation), so its accessible name is asked."""
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return widget.accessibleName().strip()
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def says_what_it_is(name: str, value: str = "") -> bool:
    """A name a listener understands: words (not empty, not a lone symbol such as "»" or
    "x", not an internal object name) and not just the control's current value."""
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 3 and not name.startswith(("qt_", "dock-", "toolbar-")) \
        and not (value and name == value)


def unnamed(chain: list[QWidget]) -> list[str]:
    """Controls a screen reader would announce without saying what they are: every widget
    Tab reaches, whatever its kind (buttons, drop-downs, text fields, lists, tabs, the plate,
    date fields, slides)."""
    found = []
    for widget in chain:
        name = spoken_name(widget)
        value = widget.currentText() if isinstance(widget, QComboBox) else ""
        if not says_what_it_is(name, value):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return found


@pytest.fixture
def window(app, qtbot, tmp_path):
    yield composed(qtbot, tmp_path)
    install_language("en")


@pytest.mark.parametrize("mode", ["study", "consult", "present"])
def test_every_control_in_the_focus_chain_says_what_it_is(window, mode):
    """Tab visits the mode's controls; each is named by what it does, and an examination
    drop-down is named by its movement, not by its value "Not tested"."""
    if mode == "present":
        window.modes["present"].full_screen = False   # the test screen is small
    window.set_mode(mode)
    settle()
    chain = focus_chain(window)
    assert len(chain) >= (1 if mode == "present" else 10)
    assert unnamed(chain) == []
    names = {spoken_name(w) for w in chain}
    if mode != "present":
        assert {"Posterolateral", "Far-lateral / foraminal", "Central (cauda equina)"} <= names
        assert {"Zoom in", "Zoom out", "Fit to window", "Clear selection"} <= {
            spoken_name(window.plate_toolbar.widgetForAction(a))
            for a in window.tool_actions.values()}
    if mode == "consult":
        assert "Lift the big toe" in " ".join(names) or any(
            "big toe" in n.lower() for n in names)
    window.set_mode("study")


def test_ctrl_f_goes_to_the_find_box_and_mode_keys_switch(window, qtbot):
    """Ctrl+F puts the cursor in "Find a structure"; Ctrl+2 opens Consultation, Ctrl+1 Study."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_box.lineEdit().hasFocus() or window.find_box.hasFocus()
    qtbot.keyClick(window.find_box.lineEdit(), Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.mode.name == "consult"
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.mode.name == "study"


def test_tab_leaves_the_handout_note_and_remove_comes_before_print(window, qtbot):
    """In Consultation, Tab moves on from the handout note (no tab typed into it), and a
    mark's Remove button is reached before the handout's Print."""
    window.set_mode("consult")
    mode = window.modes["consult"]
    mode.findings_panel.toggle_region("great_toe")
    settle()
    note = mode.side.note
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert "\t" not in note.toPlainText()
    assert not note.hasFocus()
    chain = focus_chain(window)
    removes = [w for w in chain if isinstance(w, QAbstractButton) and w.text() == "Remove"]
    assert removes
    assert chain.index(removes[0]) < chain.index(mode.side.print_button)


def test_urgent_panel_is_announced_to_screen_readers(window, monkeypatch):
    """"Seek urgent care today" is read out when it appears: Qt is handed an alert event and
    an assertive announcement of the heading and advice (AT-SPI's Announcement signal, which
    Orca speaks), also when "see a doctor soon" advice was already showing; the box a screen
    reader lands on is named by its heading and described by the advice."""
    events = []
    real = QAccessible.updateAccessibility

    def listen(event):
        kind = event.type()
        message = event.message() if kind == QAccessible.Event.Announcement else ""
        politeness = event.politeness() if kind == QAccessible.Event.Announcement else None
        events.append((kind, event.object(), message, politeness))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    window.set_mode("consult")
    mode = window.modes["consult"]
    panel = mode.side.red_flags
    exam = mode.findings_panel.exam
    exam.set_value("tests", "babinski", "positive")   # "see a doctor soon" first
    settle()
    soon = [e for e in events if e[0] == QAccessible.Event.Announcement]
    assert len(soon) == 1 and soon[0][1] is panel.soon_box
    assert soon[0][2].startswith("Please get medical advice soon")
    assert soon[0][3] == QAccessible.AnnouncementPoliteness.Polite
    events.clear()
    exam.set_value("history", "saddle_sensation", "reduced")   # now an emergency
    settle()
    said = [e for e in events if e[1] is panel.today]
    assert [e[0] for e in said] == [QAccessible.Event.Alert, QAccessible.Event.Announcement]
    kind, box, message, politeness = said[1]
    assert message.startswith("Seek urgent care today")
    assert panel.emergency[0][:30] in message
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive
    # what a screen reader gets when it reaches the box
    face = QAccessible.queryAccessibleInterface(panel.today)
    assert face.text(QAccessible.Text.Name) == "Seek urgent care today"
    assert panel.emergency[0][:30] in face.text(QAccessible.Text.Description)
    assert not face.state().invisible
    whole = QAccessible.queryAccessibleInterface(panel)
    assert "urgent" in whole.text(QAccessible.Text.Name).lower()
    events.clear()
    exam.set_value("tests", "ankle_clonus", "positive")   # more findings: no repeat
    settle()
    assert not [e for e in events if e[0] == QAccessible.Event.Announcement]
    mode.forget_patient()
