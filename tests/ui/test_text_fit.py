"""No text is cut off in the window a person launches: every mode, in English and Spanish, at
1366x768 and 1920x1080, at 100 % and 200 % text (the composition of run_gui, settings in a
temporary file)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from spinetutor.ui.i18n import install_language
from spinetutor.ui.text_fit import cut_off_text
from tests.ui.test_layouts import SIZES, composed


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def longest_answers(window) -> None:
    """Every examination drop-down set to its longest answer, as a thorough examiner might."""
    for combo in window.findChildren(QComboBox):
        if combo.isVisible() and not combo.isEditable() and combo.count() > 1:
            width = combo.fontMetrics().horizontalAdvance
            combo.setCurrentIndex(max(range(combo.count()),
                                      key=lambda i: width(combo.itemText(i))))


def problems_in_every_mode(window, size) -> list[str]:
    found = []
    window.setGeometry(0, 0, *size)
    window.set_mode("study")
    window.layouts.reset()
    settle()
    found += [f"study: {p}" for p in cut_off_text([window])]
    window.set_mode("consult")
    window.layouts.reset()
    settle()
    found += [f"consultation: {p}" for p in cut_off_text([window])]
    longest_answers(window)
    settle()
    found += [f"consultation, answered: {p}" for p in cut_off_text([window])]
    window.modes["consult"].forget_patient()   # leaving with a patient asks first
    present = window.modes["present"]
    present.full_screen = False   # the test screen is smaller than the sizes tried
    window.set_mode("present")
    settle()
    found += [f"present: {p}" for p in cut_off_text([window])]
    window.set_mode("study")
    return [f"{size[0]}x{size[1]} {p}" for p in found]


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["en", "es"])
def test_no_text_is_cut_off_in_any_mode(app, qtbot, tmp_path, language, scale):
    """Labels, buttons, check boxes, drop-downs and text areas show all their text (or
    scroll to it) in Study, Consultation and Present, at both screen sizes."""
    try:
        window = composed(qtbot, tmp_path, language=language, scale=scale)
        found = []
        for size in SIZES:
            found += problems_in_every_mode(window, size)
    finally:
        install_language("en")
    assert found == []


def test_the_checker_sees_cut_off_text(qtbot):
    """The check itself: a label, a button and a drop-down too narrow for their words fail."""
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Nothing due for review today", box)
    button = QPushButton("Start the first lesson", box)
    combo = QComboBox(box)
    combo.addItem("Symmetric numbness of both feet in a stocking pattern")
    for widget, y in ((label, 0), (button, 40), (combo, 80)):
        widget.setGeometry(0, y, 60, 30)
    box.resize(100, 120)
    box.show()
    qtbot.waitExposed(box)
    found = cut_off_text([box])
    assert len(found) == 3, found


def test_the_checker_sees_text_cut_off_by_its_panel_and_squeezed_tabs(qtbot):
    """The check itself: a label reaching past its panel's edge (a dock narrower than what it
    holds) and a tab title scrolled out of a narrow tab bar fail."""
    from PySide6.QtWidgets import QTabWidget

    box = QWidget()
    qtbot.addWidget(box)
    panel = QWidget(box)
    panel.setGeometry(0, 0, 120, 40)
    label = QLabel("Note for the handout:", panel)
    label.setGeometry(0, 0, 200, 30)
    tabs = QTabWidget(box)
    tabs.addTab(QWidget(), "What it suggests")
    tabs.addTab(QWidget(), "Explain a condition")
    tabs.setGeometry(0, 50, 150, 80)
    box.resize(220, 140)
    box.show()
    qtbot.waitExposed(box)
    found = cut_off_text([box])
    assert any("cut off by its panel" in p and "Note for" in p for p in found), found
    assert any(p.startswith("tab") and "Explain a condition" in p for p in found), found


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_first_start_dialog_shows_all_its_text(app, qtbot, tmp_path, language, scale):
    """The learner chooser a first start shows (opened as run_gui opens it, over the launched
    window) shows every label and button whole and fits on a 1366x768 or 1920x1080 screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from spinetutor.ui.progress.profiles_dialog import choose_profile

    found: list[str] = []
    seen: list[str] = []
    try:
        window = composed(qtbot, tmp_path, language=language, scale=scale)
        for size in SIZES:
            window.setGeometry(0, 0, *size)
            settle()

            def inspect(size=size) -> None:
                dialogs = [w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QDialog) and w.isVisible()]
                for dialog in dialogs:
                    seen.append(dialog.windowTitle())
                    frame = dialog.frameGeometry()
                    if frame.width() > size[0] or frame.height() > size[1]:
                        found.append(f"{size}: dialog {frame.width()}x{frame.height()} does "
                                     f"not fit the screen")
                    found.extend(f"{size}: {p}" for p in cut_off_text([dialog]))
                    dialog.reject()

            QTimer.singleShot(50, inspect)
            choose_profile(window.progress, window,
                           start_consultation=lambda: window.set_mode("consult"))
    finally:
        install_language("en")
    assert len(seen) == len(SIZES)   # the chooser appeared at each size
    assert found == []
