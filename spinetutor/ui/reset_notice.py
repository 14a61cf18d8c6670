"""The one line a start shows when it found a damaged cache or setting and reset it.

Why one line, once: the app must always start (a damaged file is dropped and rebuilt), but a
learner whose text size or dock layout silently changed deserves to know why. The readers note
what they dropped in core/resets.py; the window shows it here after it appears. The dropped
values were removed from disk, so the next start has nothing to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from spinetutor.core import resets
from spinetutor.ui.i18n import translate

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow

LABELS = {
    resets.SETTINGS: QT_TRANSLATE_NOOP("Resets", "some preferences (theme, text size, "
                                                 "language or last lesson)"),
    resets.WINDOW_LAYOUT: QT_TRANSLATE_NOOP("Resets", "the window layout"),
    resets.PLATE_CACHE: QT_TRANSLATE_NOOP("Resets", "the saved copy of the plate"),
    resets.LESSON_CACHE: QT_TRANSLATE_NOOP("Resets", "the saved copy of the lessons"),
}


def reset_text(noted: list[str]) -> str | None:
    """The notice for what was reset, or None when nothing was."""
    names = [translate("Resets", LABELS[what]) for what in noted if what in LABELS]
    if not names:
        return None
    return translate("Resets", "SpineTutor found damaged files and reset them to the "
                     "defaults: {what}.").format(
                         what="; ".join(names))


def announce_resets(window: MainWindow) -> str | None:
    """Show what this start reset (if anything) in the window's message bar; return it."""
    text = reset_text(resets.take())
    if text is not None:
        window.show_message(text)
    return text
