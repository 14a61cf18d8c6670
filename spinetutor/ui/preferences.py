"""Theme, text size, reset, "report a content error", and remembering where the user was.

Kept out of main_window.py so the window stays about layout; this module turns the settings
store and the theme functions into menu actions and restores the last session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication

from spinetutor.ui import themes
from spinetutor.ui.i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    content_language,
    install_language,
    translate,
)
from spinetutor.ui.report_error import ReportContext, report_content_error
from spinetutor.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow


def install_preferences(window: MainWindow, settings: SettingsStore) -> None:
    """Add View > Theme / Text size / Language, File > Reset settings and Help > Report."""
    window.settings = settings  # type: ignore[attr-defined]
    theme_menu = window.view_menu.addMenu(translate("Preferences", "&Theme"))
    group = QActionGroup(window)
    for name in themes.THEMES:
        action = QAction(translate("Themes", themes.THEME_LABELS[name]), window, checkable=True)
        action.setChecked(name == settings.theme)
        action.triggered.connect(lambda _=False, n=name: _choose_theme(settings, n))
        group.addAction(action)
        theme_menu.addAction(action)
    size_menu = window.view_menu.addMenu(translate("Preferences", "Text &size"))
    sizes = QActionGroup(window)
    for percent in themes.TYPE_SCALES:
        action = QAction(f"{percent}%", window, checkable=True)
        action.setChecked(percent == settings.type_scale)
        action.triggered.connect(lambda _=False, p=percent: _choose_size(settings, p))
        sizes.addAction(action)
        size_menu.addAction(action)
    languages = _language_menu(window, settings)
    reset = QAction(translate("Preferences", "&Reset settings"), window)
    reset.triggered.connect(lambda: _reset(window, settings, group, sizes, languages))
    window.file_menu.insertAction(window.file_menu.actions()[-1], reset)
    report = QAction(translate("Preferences", "Report a content &error\u2026"), window)
    report.triggered.connect(lambda: report_content_error(window, current_context(window)))
    window.help_menu.addAction(report)


def _language_menu(window: MainWindow, settings: SettingsStore) -> QActionGroup:
    """View > Language: each language named in its own words, so anyone can find theirs."""
    menu = window.view_menu.addMenu(translate("Preferences", "&Language"))
    menu.menuAction().setObjectName("menu-language")
    group = QActionGroup(window)
    current = content_language()
    for code in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[code], window, checkable=True)
        action.setObjectName(f"language-{code}")
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, settings, c))
        group.addAction(action)
        menu.addAction(action)
    return group


def choose_language(window: MainWindow, settings: SettingsStore | None, language: str) -> None:
    """Switch language: saved for the next start, and the consultation mode switches now."""
    if settings is not None:
        settings.language = language
    if language == content_language():
        return
    install_language(language)
    for mode in window.modes.built():  # modes built later start in the new language
        set_language = getattr(mode, "set_language", None)
        if set_language is not None:
            set_language(language)
    window.show_message(translate(
        "Preferences", "Language: {name}. The consultation mode uses it now; restart SpineTutor "
        "to see the menus and the other panels in {name}.").format(name=LANGUAGE_NAMES[language]))


def current_context(window: MainWindow) -> ReportContext:
    """What is on screen now: the selected structure and the open lesson section."""
    target = window.selection.target
    study = getattr(window, "study", None)
    view = getattr(study, "lesson_view", None)
    lesson = getattr(view, "lesson", None)
    section = getattr(view, "section", None)
    return ReportContext(
        structure=target, structure_name=window.atlas.name_of(target) if target else "",
        lesson=lesson.title if lesson else "", section=section.title if section else "")


def _choose_theme(settings: SettingsStore, name: str) -> None:
    themes.apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
    settings.theme = name


def _choose_size(settings: SettingsStore, percent: int) -> None:
    themes.apply_type_scale(QApplication.instance(), percent)  # type: ignore[arg-type]
    settings.type_scale = percent


def _reset(window: MainWindow, settings: SettingsStore, theme_group: QActionGroup,
           sizes: QActionGroup, languages: QActionGroup) -> None:
    settings.reset()
    app = QApplication.instance()
    themes.apply_theme(app, "system")  # type: ignore[arg-type]
    themes.apply_type_scale(app, 100)  # type: ignore[arg-type]
    theme_group.actions()[0].setChecked(True)
    sizes.actions()[0].setChecked(True)
    languages.actions()[0].setChecked(True)
    choose_language(window, None, "en")


def restore_layout(window: MainWindow, settings: SettingsStore) -> None:
    """The window's size and each mode's remembered layout (before the window shows).

    A first start fills the screen (the layouts are designed from 1366x768 up); the mode's
    panels are then laid out for that size.
    """
    keeper = getattr(window, "layouts", None)
    if not settings.restore_geometry(window):
        screen = window.screen() or QGuiApplication.primaryScreen()
        # a screen the layouts are designed for (1280 px wide and up) is filled; on a smaller
        # one the window keeps its default size, which is larger than the docks' minimum
        if screen is not None and screen.availableGeometry().width() >= 1280:
            window.setGeometry(screen.availableGeometry())
    if keeper is not None:
        keeper.states.update(settings.layouts())


def restore_place(window: MainWindow, settings: SettingsStore) -> None:
    """The last mode (Study when none, or when the saved one is gone) and lesson section;
    from then on both are remembered as they change, and the session is saved at quit.

    A mode the person already chose while the app was starting is kept."""
    if window.mode is None:
        window.set_mode(settings.mode if settings.mode in window.modes else "study")
    study = getattr(window, "study", None)
    if study is not None and settings.last_lesson:
        lesson = study.pack.lesson(settings.last_lesson)
        if lesson is not None:
            ids = [s.id for s in lesson.sections]
            index = ids.index(settings.last_section) if settings.last_section in ids else 0
            study.open_lesson(lesson.id, index, show=window.mode is study)
    window.mode_changed.connect(lambda name: setattr(settings, "mode", name))
    if study is not None:
        study.lesson_view.section_shown.connect(
            lambda section: settings.set_last_place(study.lesson_view.lesson.id, section.id))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: save_session(window, settings))


def save_session(window: MainWindow, settings: SettingsStore) -> None:
    """At quit: the window's size and place, and each mode's layout."""
    settings.save_geometry(window)
    keeper = getattr(window, "layouts", None)
    if keeper is not None:
        keeper.save_current()
        settings.save_layouts(keeper.states)
