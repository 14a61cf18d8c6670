"""The consultation's large type reaches everything a patient reads in its panels, including
what appears later (the marked-areas list), in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

from spinetutor.ui.settings_store import SettingsStore
from tests.ui.test_layouts import composed


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_marked_areas_list_is_in_the_consultations_large_type(app, qtbot, tmp_path, theme):
    """After two skin marks, the rows of the marked-areas list (their words and Remove
    buttons) are as large as the rest of the consultation's words, never the 9 pt app font."""
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    store.theme = theme
    window = composed(qtbot, tmp_path, settings=store)
    window.set_mode("consult")
    mode = window.modes["consult"]
    panel = mode.findings_panel
    panel.toggle_region("dorsum_of_foot")
    panel.set_symptom("numbness")
    panel.toggle_region("great_toe")
    for _ in range(3):
        QApplication.processEvents()
    base = app.font().pointSizeF()
    large = panel.font().pointSizeF()
    assert large >= 1.25 * base
    assert len(panel.mark_rows) == 2
    shown = [w for row in panel.mark_rows
             for w in row.findChildren(QLabel) + row.findChildren(QAbstractButton)
             if w.isVisible() and w.text()]
    assert len(shown) == 4   # two descriptions and two Remove buttons
    for widget in shown:
        assert widget.fontInfo().pointSizeF() >= large - 0.5, widget.text()
    # and everything else with words in the findings panel
    for widget in panel.findChildren(QLabel) + panel.findChildren(QAbstractButton) \
            + panel.findChildren(QComboBox):
        if widget.isVisible() and (widget.text() if not isinstance(widget, QComboBox)
                                   else widget.currentText()):
            assert widget.font().pointSizeF() >= 1.25 * base, type(widget).__name__
    mode.forget_patient()
