"""The presenter's own screen: this slide, the next one, the notes and the clock.

Shown on the laptop when the slides go to a second screen (or on F6). Lesson sections have no
notes field yet, so the notes are the section's text in plain words (Markdown stripped).
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from spinetutor.core.lessons import Lesson, Section
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.style import ACCENT, MUTED, font_px

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`#>]+")


def _localized(lesson: Lesson, section: Section) -> tuple[Lesson, Section]:
    """The lesson and section in the content language (the author's words where given)."""
    lesson = lesson.localized(content_language())
    return lesson, next((s for s in lesson.sections if s.id == section.id), section)


def section_notes(section: Section) -> str:
    """The notes to show: an authored ``notes`` field when the model has one, else the text."""
    notes = getattr(section, "notes", None)
    text = notes if isinstance(notes, str) and notes.strip() else section.text
    text = _MARKS.sub("", _LINK.sub(r"\1", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


class PresenterView(QWidget):
    """Current and next slide titles, the notes in readable type, elapsed time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("present-presenter")
        self.setWindowTitle(translate("Present", "SpineTutor \u2014 presenter view"))
        self.now = QLabel(wordWrap=True)
        self.next = QLabel(wordWrap=True)
        self.notes = QLabel(wordWrap=True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.clock = QLabel()
        plain(self.now, self.next, self.notes, self.clock)
        self.now.setFont(font_px(30, QFont.Weight.Bold))
        self.next.setFont(font_px(22))
        self.notes.setFont(font_px(21))
        self.clock.setFont(font_px(26, QFont.Weight.Bold))
        self.next.setStyleSheet(f"color: {MUTED};")
        self.clock.setStyleSheet(f"color: {ACCENT};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock)
        layout.addWidget(self.now)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.next)
        self.started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.resize(1000, 700)

    def show_slide(self, lesson: Lesson, section: Section, number: int, total: int,
                   following: tuple[Lesson, Section] | None) -> None:
        lesson, section = _localized(lesson, section)
        self.now.setText(f"{number}/{total}  {section.title}   \u00b7   {lesson.title}")
        self.notes.setText(section_notes(section))
        if following is None:
            self.next.setText(translate("Present", "Next: \u2014 end of the course \u2014"))
        elif following[0].id == lesson.id:
            self.next.setText(translate("Present", "Next: {title}").format(
                title=_localized(*following)[1].title))
        else:
            nxt_lesson, nxt = _localized(*following)
            self.next.setText(translate("Present", "Next: {title}  (lesson: {lesson})").format(
                title=nxt.title, lesson=nxt_lesson.title))
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        elapsed = int(time.monotonic() - self.started)
        self.clock.setText(f"{elapsed // 60:02d}:{elapsed % 60:02d}")
