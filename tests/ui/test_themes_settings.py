"""Themes, type scale, remembered settings and the content-error report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow

from spinetutor.ui import themes
from spinetutor.ui.report_error import ReportContext, ReportErrorDialog, format_report
from spinetutor.ui.settings_store import SettingsStore

Role = QPalette.ColorRole


@pytest.fixture
def settings(tmp_path):
    """A QSettings in a temp INI file: tests never read or write the real user config."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _lightness(colour: QColor) -> float:
    return colour.lightnessF()


def test_dark_theme_makes_the_window_dark(app):
    """Choosing Dark turns window backgrounds dark and text light."""
    assert themes.apply_theme(app, "dark") == "dark"
    palette = app.palette()
    assert _lightness(palette.color(Role.Window)) < 0.2
    assert _lightness(palette.color(Role.WindowText)) > 0.8
    assert themes.apply_theme(app, "light") == "light"
    assert _lightness(app.palette().color(Role.Window)) > 0.9


def test_high_contrast_is_pure_black_and_white_with_thick_focus(app):
    """High contrast shows pure black text on pure white, selections inverted, 4 px focus rings."""
    themes.apply_theme(app, "high_contrast")
    palette = app.palette()
    assert palette.color(Role.Window) == QColor("#FFFFFF")
    assert palette.color(Role.WindowText) == QColor("#000000")
    assert palette.color(Role.Text) == QColor("#000000")
    assert palette.color(Role.Highlight) == QColor("#000000")
    assert palette.color(Role.HighlightedText) == QColor("#FFFFFF")
    assert "4px solid #000000" in app.styleSheet()


def test_every_theme_has_a_focus_ring_for_keyboard_users(app):
    """Tabbing to a button, field, list or the plate shows a coloured border in every theme."""
    for name in ("light", "dark", "high_contrast"):
        sheet = themes.build_style_sheet(name)
        look = themes.LOOKS[name]
        assert "QAbstractScrollArea:focus" in sheet and "QPushButton:focus" in sheet
        assert f"{look.focus_border}px solid {look.focus}" in sheet
        assert look.focus_border >= 3


def test_system_theme_follows_the_desktop(app, monkeypatch):
    """With "Follow the system", a desktop switch to dark turns the app dark without a restart."""
    hints = app.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Light)
    assert themes.apply_theme(app, "system") == "light"
    seen: list[str] = []
    themes.theme_controller(app).theme_changed.connect(seen.append)
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert seen == ["dark"]
    assert _lightness(app.palette().color(Role.Window)) < 0.2


def test_unknown_theme_is_refused(app):
    """A misspelt theme name is an error, not a silently half-applied look."""
    with pytest.raises(ValueError, match="unknown theme"):
        themes.apply_theme(app, "sepia")


def test_type_scale_200_doubles_the_text(app, qtbot):
    """At 200% every label's text is twice its normal size; back at 100% it is normal again."""
    base = app.font().pointSizeF()
    label = QLabel("L5 nerve root")
    qtbot.addWidget(label)
    assert themes.apply_type_scale(app, 200) == pytest.approx(base * 2)
    assert app.font().pointSizeF() == pytest.approx(base * 2)
    app.processEvents()  # existing widgets get the new font through a posted event
    assert label.font().pointSizeF() == pytest.approx(base * 2)
    themes.apply_type_scale(app, 150)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)  # from the base, not compounding
    themes.apply_type_scale(app, 400)
    assert app.font().pointSizeF() == pytest.approx(base * 2)  # clamped to 200%
    themes.apply_type_scale(app, 100)
    assert app.font().pointSizeF() == pytest.approx(base)


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("plate"))
    dock = QDockWidget("Information", window)
    dock.setObjectName("dock-information")
    dock.setWidget(QLabel("card"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    qtbot.addWidget(window)
    return window


def test_settings_round_trip_window_mode_theme(qtbot, settings):
    """Size, docks, mode, lesson, theme, type scale and language are as the user left them."""
    first = _window(qtbot)
    first.resize(700, 500)  # inside the 800x600 offscreen screen
    first.show()
    first.findChild(QDockWidget).hide()
    store = SettingsStore(settings)
    store.save_window(first)
    store.mode = "consult"
    store.set_last_place("05-sciatica", "What sciatica is")
    store.theme = "high_contrast"
    store.type_scale = 175
    store.language = "es"
    store.sync()

    again = SettingsStore(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    second = _window(qtbot)
    assert again.restore_window(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.findChild(QDockWidget).isHidden()
    assert again.mode == "consult"
    assert (again.last_lesson, again.last_section) == ("05-sciatica", "What sciatica is")
    assert (again.theme, again.type_scale, again.language) == ("high_contrast", 175, "es")


def test_reset_settings_forgets_everything(qtbot, settings):
    """After "Reset settings" the next start uses the default window, theme and language."""
    store = SettingsStore(settings)
    store.save_window(_window(qtbot))
    store.mode = "study"
    store.theme = "dark"
    store.type_scale = 150
    store.language = "es"
    store.set_last_place("01-spine-anatomy", "Vertebrae")
    store.reset()
    assert not store.restore_window(_window(qtbot))
    assert store.mode is None and store.last_lesson is None and store.last_section is None
    assert (store.theme, store.type_scale, store.language) == ("system", 100, "en")
    assert settings.allKeys() == []


def test_damaged_settings_fall_back_to_defaults(settings):
    """A hand-edited settings file with nonsense values still starts with a sensible look."""
    settings.setValue("look/theme", "sepia")
    settings.setValue("look/type_scale", "huge")
    settings.setValue("look/language", "xx")
    store = SettingsStore(settings)
    assert (store.theme, store.type_scale, store.language) == ("system", 100, "en")
    with pytest.raises(ValueError):
        store.theme = "sepia"


def test_report_dialog_writes_the_prefilled_report(qtbot, tmp_path: Path):
    """The saved report names the selected structure, lesson and section and what seems wrong."""
    context = ReportContext(structure="root:L5", structure_name="L5 nerve root",
                            lesson="05 Sciatica", section="Where the pain goes")
    dialog = ReportErrorDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.structure_edit.text() == "L5 nerve root (root:L5)"
    assert dialog.lesson_edit.text() == "05 Sciatica"
    assert dialog.section_edit.text() == "Where the pain goes"
    assert not dialog.save_button.isEnabled()  # nothing described yet
    dialog.problem_edit.setPlainText("The card says the big toe is L4.")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.report_saved) as saved:
        path = dialog.save_to(tmp_path / "report.txt")
    assert saved.args == [str(path)]
    text = path.read_text(encoding="utf-8")
    assert "Structure: L5 nerve root (root:L5)" in text
    assert "Lesson: 05 Sciatica" in text
    assert "Section: Where the pain goes" in text
    assert "The card says the big toe is L4." in text
    assert "nothing was sent anywhere" in text
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_report_text_without_a_selection_says_so():
    """A report made with nothing selected says "(none selected)" rather than leaving blanks."""
    text = format_report(ReportContext(), "Typo in the About box", "about, not abuot",
                         now=datetime(2026, 1, 2, 3, 4))
    assert "Date: 2026-01-02 03:04" in text
    assert "Structure: (none selected)" in text and "Lesson: (none)" in text
    assert "Suggested correction or source:\nabout, not abuot" in text


def test_app_icon_has_every_size(qapp: QApplication):
    """The window and taskbar icon is the SpineTutor mark, sharp from 16 to 512 pixels."""
    icon = themes.app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 64, 128, 256, 512} <= sizes
