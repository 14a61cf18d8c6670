"""What the app remembers between runs: window layout, last place in the course, look, language.

A thin, typed wrapper over QSettings so the rest of the UI never spells a key or parses a
QVariant. QSettings already writes its file safely (temp file and rename on Unix) and is the
platform's normal place (registry on Windows, plist on macOS, ~/.config on Linux).

Tests must not touch the real user configuration: pass a ``QSettings(path, IniFormat)``, or
call ``QStandardPaths.setTestModeEnabled(True)`` before the default constructor runs.
Learning progress is *not* kept here: it lives in the SQLite progress store.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from spinetutor.ui.themes import THEMES

# Bump when a saved dock layout from an older window no longer fits (restoreState refuses
# layouts saved with another version and leaves the default layout in place).
LAYOUT_VERSION = 1
LANGUAGES = ("en", "es")

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_MODE = "session/mode"
KEY_LESSON = "session/lesson"
KEY_SECTION = "session/section"
KEY_THEME = "look/theme"
KEY_TYPE_SCALE = "look/type_scale"
KEY_LANGUAGE = "look/language"


class SettingsStore:
    """Typed get/set for each remembered value; bad or missing values fall back to defaults."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings("SpineTutor",
                                                                        "SpineTutor")

    # ---- window --------------------------------------------------------------------------
    def save_window(self, window: QMainWindow) -> None:
        """Remember size, position and the arrangement of docks and toolbars."""
        self.settings.setValue(KEY_GEOMETRY, window.saveGeometry())
        self.settings.setValue(KEY_STATE, window.saveState(LAYOUT_VERSION))
        self.settings.sync()

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back as it was; True if a saved geometry was applied.

        Call after every dock and toolbar exists (restoreState matches them by objectName).
        """
        geometry = self._bytes(KEY_GEOMETRY)
        state = self._bytes(KEY_STATE)
        restored = bool(geometry) and window.restoreGeometry(geometry)
        if state:
            window.restoreState(state, LAYOUT_VERSION)
        return restored

    # ---- where the learner was -----------------------------------------------------------
    @property
    def mode(self) -> str | None:
        """The last mode's name; the caller checks it is still one the window offers."""
        return self._str(KEY_MODE, "") or None

    @mode.setter
    def mode(self, value: str) -> None:
        self.settings.setValue(KEY_MODE, value)

    @property
    def last_lesson(self) -> str | None:
        return self._str(KEY_LESSON, "") or None

    @property
    def last_section(self) -> str | None:
        return self._str(KEY_SECTION, "") or None

    def set_last_place(self, lesson: str | None, section: str | None = None) -> None:
        """Remember the lesson (and section in it) to reopen next time; None forgets it."""
        self.settings.setValue(KEY_LESSON, lesson or "")
        self.settings.setValue(KEY_SECTION, section or "")

    # ---- look and language ---------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = self._str(KEY_THEME, "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme '{value}'")
        self.settings.setValue(KEY_THEME, value)

    @property
    def type_scale(self) -> int:
        try:
            value = int(self.settings.value(KEY_TYPE_SCALE, 100))
        except (TypeError, ValueError):
            return 100
        return max(100, min(200, value))

    @type_scale.setter
    def type_scale(self, percent: int) -> None:
        self.settings.setValue(KEY_TYPE_SCALE, max(100, min(200, int(percent))))

    @property
    def language(self) -> str:
        value = self._str(KEY_LANGUAGE, "en")
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language '{value}'")
        self.settings.setValue(KEY_LANGUAGE, value)

    # ---- housekeeping --------------------------------------------------------------------
    def reset(self) -> None:
        """"Reset settings": forget everything here (progress in the SQLite store is kept)."""
        self.settings.clear()
        self.settings.sync()

    def sync(self) -> None:
        self.settings.sync()

    def _str(self, key: str, default: str) -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None
