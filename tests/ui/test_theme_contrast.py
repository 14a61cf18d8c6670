"""Every text and control of the launched window stands out from what is behind it (WCAG
4.5:1), measured on the painted pixels of the real themed widgets, in each theme."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

from spinetutor.ui import themes
from spinetutor.ui.i18n import install_language
from spinetutor.ui.settings_store import SettingsStore
from tests.ui.test_layouts import composed


def ink_contrast(widget) -> float:
    """Contrast of the strongest ink on the widget against its commonest colour (its ground)."""
    image = widget.grab().toImage()
    step = 2 if image.width() * image.height() < 60000 else 4
    colours = Counter(image.pixel(x, y) for y in range(0, image.height(), step)
                      for x in range(0, image.width(), step))
    if not colours:
        return 21.0
    ground = colours.most_common(1)[0][0]
    return max(themes.contrast(f"#{ground & 0xFFFFFF:06x}", f"#{c & 0xFFFFFF:06x}")
               for c in colours)


def faint(window) -> list[str]:
    found = []
    for kind in (QLabel, QAbstractButton, QComboBox):
        for widget in window.findChildren(kind):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if not widget.isVisible() or not widget.isEnabled() or not text.strip() \
                    or widget.visibleRegion().isEmpty() or widget.width() < 8:
                continue
            if isinstance(widget, QLabel) and widget.pixmap() is not None \
                    and not widget.pixmap().isNull():
                continue
            ratio = ink_contrast(widget)
            if ratio < 4.5:
                found.append(f"{type(widget).__name__} {text[:40]!r}: {ratio:.2f}")
    return found


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_text_and_controls_stand_out_in_every_theme(app, qtbot, tmp_path, theme):
    """Labels, buttons, check boxes and drop-downs in Study and Consultation reach 4.5:1."""
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    store.theme = theme
    try:
        window = composed(qtbot, tmp_path, settings=store)
        found = [f"study: {p}" for p in faint(window)]
        window.set_mode("consult")
        for _ in range(4):
            QApplication.processEvents()
        found += [f"consultation: {p}" for p in faint(window)]
    finally:
        install_language("en")
    assert found == []


def test_the_measure_catches_faint_text(qtbot):
    """The check itself: light grey words on white are too faint, black ones are not."""
    faint_label, dark_label = QLabel("Nothing due for review today"), QLabel("Study this")
    for label, ink in ((faint_label, "#BBBBBB"), (dark_label, "#1A1A1A")):
        label.setStyleSheet(f"color: {ink}; background: #FFFFFF;")
        qtbot.addWidget(label)
        label.show()
    assert ink_contrast(faint_label) < 4.5 <= ink_contrast(dark_label)
