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


def unnamed(chain: list[QWidget]) -> list[str]:
    """Controls a screen reader would announce without saying what they are."""
    found = []
    for widget in chain:
        if not isinstance(widget, CONTROLS):
            continue
        name = spoken_name(widget)
        value = widget.currentText() if isinstance(widget, QComboBox) else ""
        if not name or (value and name == value):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return found


@pytest.fixture
def window(app, qtbot, tmp_path):
    yield composed(qtbot, tmp_path)
    install_language("en")


@pytest.mark.parametrize("mode", ["study", "consult"])
def test_every_control_in_the_focus_chain_says_what_it_is(window, mode):
    """Tab visits the mode's controls; each is named by what it does, and an examination
    drop-down is named by its movement, not by its value "Not tested"."""
    window.set_mode(mode)
    settle()
    chain = focus_chain(window)
    assert len(chain) > 10
    assert unnamed(chain) == []
    names = {spoken_name(w) for w in chain}
    assert {"Posterolateral", "Far-lateral / foraminal"} <= names   # herniation toggles
    if mode == "consult":
        assert "Lift the big toe" in " ".join(names) or any(
            "big toe" in n.lower() for n in names)


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


def test_urgent_panel_has_a_name_and_the_sentences(window):
    """When red flags appear, the panel's accessible name is its heading and its description
    holds the advice, so a screen reader reads it out."""
    window.set_mode("consult")
    mode = window.modes["consult"]
    mode.findings_panel.exam.set_value("history", "saddle_sensation", "reduced")
    settle()
    panel = mode.side.red_flags
    assert panel.isVisible()
    assert "urgent" in spoken_name(panel).lower() or "soon" in spoken_name(panel).lower()
    face = QAccessible.queryAccessibleInterface(panel)
    assert panel.sentences[0][:20] in face.text(QAccessible.Text.Description)
