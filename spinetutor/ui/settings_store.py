"""What the app remembers between runs: window layout, last place in the course, look, language.

A thin, typed wrapper over QSettings so the rest of the UI never spells a key or parses a
QVariant. QSettings already writes its file safely (temp file and rename on Unix) and is the
platform's normal place (registry on Windows, plist on macOS, ~/.config on Linux).

Every value is a hint, never an authority: a hand-edited or damaged file (``inf`` as the text
size, flipped bits in the saved layout) must never stop the app. Each value is range-checked
once when the store is made; a bad one is removed from the file, the default used, and the
reset noted for the one-line notice at start (core/resets.py). The window layout is stored
with the app version and a SHA-256 of its bytes, so Qt's restoreState (which aborts or hangs
on 1-3 flipped bits) only ever sees a layout this app wrote.

Tests must not touch the real user configuration: pass a ``QSettings(path, IniFormat)``, or
call ``QStandardPaths.setTestModeEnabled(True)`` before the default constructor runs.
Learning progress is *not* kept here: it lives in the SQLite progress store.
"""

from __future__ import annotations

import hashlib
import math

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from spinetutor import __version__
from spinetutor.core import resets
from spinetutor.ui.themes import THEMES

# Bump when a saved dock layout from an older window no longer fits (restoreState refuses
# layouts saved with another version and leaves the default layout in place).
LAYOUT_VERSION = 2   # 2: panels laid out per mode (ui/layouts.py)
LANGUAGES = ("en", "es")

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_LAYOUTS = "layouts"
KEY_MODE = "session/mode"
KEY_LESSON = "session/lesson"
KEY_SECTION = "session/section"
KEY_THEME = "look/theme"
KEY_TYPE_SCALE = "look/type_scale"
KEY_LANGUAGE = "look/language"
MAX_TEXT = 200           # longest mode, lesson or section id kept (ids are short words)
MAX_LAYOUT = 64 * 1024   # a real saved layout is well under 2 KiB
_SEAL = b"spinetutor-layout"


def _seal(payload: bytes) -> QByteArray:
    """`payload` (Qt's saved layout) behind a header naming this app and a digest of both."""
    header = b"%s %s %d\n" % (_SEAL, __version__.encode(), LAYOUT_VERSION)
    return QByteArray(header + hashlib.sha256(header + payload).digest() + payload)


def _unseal(blob: bytes) -> bytes | None:
    """The layout inside `blob` if it is whole and from this version; None if it is not.

    Raises ValueError when the bytes are damaged (not when they are from another version,
    which is normal after an update and is dropped silently)."""
    header, newline, rest = blob.partition(b"\n")
    parts = header.split(b" ")
    if not newline or len(parts) != 3 or parts[0] != _SEAL or len(rest) < 32:
        raise ValueError("not a sealed layout")
    if parts[1:] != [__version__.encode(), str(LAYOUT_VERSION).encode()]:
        return None
    digest, payload = rest[:32], rest[32:]
    if hashlib.sha256(header + newline + payload).digest() != digest:
        raise ValueError("layout digest does not match")
    return payload


class SettingsStore:
    """Typed get/set for each remembered value; bad or missing values fall back to defaults."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings("SpineTutor",
                                                                        "SpineTutor")
        self._check()

    def _check(self) -> None:
        """Range-check every remembered value once; drop bad ones and note the reset."""
        bad_look = False
        for key, ok in ((KEY_THEME, lambda v: v in THEMES),
                        (KEY_LANGUAGE, lambda v: v in LANGUAGES),
                        (KEY_TYPE_SCALE, lambda v: _percent(v) is not None),
                        (KEY_MODE, _short_text), (KEY_LESSON, _short_text),
                        (KEY_SECTION, _short_text)):
            if self.settings.contains(key) and not _safe(ok, self.settings.value(key)):
                self.settings.remove(key)
                bad_look = True
        if bad_look:
            resets.note(resets.SETTINGS)
        bad_layout = False
        self.settings.beginGroup(KEY_LAYOUTS)
        per_mode = [f"{KEY_LAYOUTS}/{mode}" for mode in self.settings.childKeys()]
        self.settings.endGroup()
        for key in (KEY_GEOMETRY, KEY_STATE, *per_mode):
            if not self.settings.contains(key):
                continue
            try:
                raw = _raw_bytes(self.settings.value(key))
                if raw is None or _unseal(raw) is None:  # another version's layout: no notice
                    self.settings.remove(key)
            except (ValueError, TypeError):
                self.settings.remove(key)
                bad_layout = True
        if bad_layout:
            resets.note(resets.WINDOW_LAYOUT)

    # ---- window --------------------------------------------------------------------------
    def save_window(self, window: QMainWindow) -> None:
        """Remember size, position and the arrangement of docks and toolbars."""
        self.settings.setValue(KEY_GEOMETRY, _seal(window.saveGeometry().data()))
        self.settings.setValue(KEY_STATE, _seal(window.saveState(LAYOUT_VERSION).data()))
        self.settings.sync()

    def save_geometry(self, window: QMainWindow) -> None:
        """Remember the window's size and place (the docks are kept per mode)."""
        self.settings.setValue(KEY_GEOMETRY, _seal(window.saveGeometry().data()))
        self.settings.sync()

    def restore_geometry(self, window: QMainWindow) -> bool:
        """Put the window's size and place back; True if a saved geometry was applied."""
        geometry = self._layout(KEY_GEOMETRY)
        return geometry is not None and window.restoreGeometry(geometry)

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back as it was; True if a saved geometry was applied.

        Call after every dock and toolbar exists (restoreState matches them by objectName).
        """
        geometry = self._layout(KEY_GEOMETRY)
        state = self._layout(KEY_STATE)
        restored = geometry is not None and window.restoreGeometry(geometry)
        if state is not None:
            window.restoreState(state, LAYOUT_VERSION)
        return restored

    def save_layouts(self, states: dict[str, QByteArray]) -> None:
        """Remember each mode's arrangement of panels (ui/layouts.py)."""
        self.settings.beginGroup(KEY_LAYOUTS)
        self.settings.remove("")
        for mode, state in states.items():
            if _short_text(mode) and mode.isidentifier():
                self.settings.setValue(mode, _seal(state.data()))
        self.settings.endGroup()
        self.settings.sync()

    def layouts(self) -> dict[str, QByteArray]:
        """Each mode's remembered arrangement; unreadable entries are left out."""
        self.settings.beginGroup(KEY_LAYOUTS)
        modes = self.settings.childKeys()
        self.settings.endGroup()
        found = {}
        for mode in modes:
            state = self._layout(f"{KEY_LAYOUTS}/{mode}")
            if state is not None:
                found[mode] = state
        return found

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
        return _percent(self.settings.value(KEY_TYPE_SCALE, 100)) or 100

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
        return value if _short_text(value) else default

    def _layout(self, key: str) -> QByteArray | None:
        """The checked layout bytes under `key` (checked again: the file may have changed)."""
        try:
            raw = _raw_bytes(self.settings.value(key))
            payload = _unseal(raw) if raw else None
        except (ValueError, TypeError):
            return None
        return QByteArray(payload) if payload else None


def _safe(check: object, value: object) -> bool:
    try:
        return bool(check(value))  # type: ignore[operator]
    except Exception:  # noqa: BLE001 - any oddity in a hand-edited value means "bad value"
        return False


def _short_text(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT and value.isprintable()


def _percent(value: object) -> int | None:
    """A text size percentage 100-200 from an int, float or numeric text; None if it is not
    one (inf, nan, 1e308, "huge", a list...)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if len(value) > 20:
            return None
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    percent = round(value)
    return percent if 100 <= percent <= 200 else None


def _raw_bytes(value: object) -> bytes | None:
    """Bytes of a stored byte array, at most MAX_LAYOUT long; TypeError for anything else."""
    if isinstance(value, QByteArray):
        value = value.data()
    if not isinstance(value, bytes | bytearray):
        raise TypeError("not a byte array")
    if len(value) > MAX_LAYOUT:
        raise ValueError("layout too large")
    return bytes(value) or None
