"""The presenter's own screen: this slide, the next one, the speaker notes and the clock.

Shown on the laptop when the slides go to a second screen (or on F6). It never takes the
clicker: it opens without taking the focus, and every Present key is also an action of this
window, so Page Down, B or Esc work whichever of the two windows has the focus. The notes are
the section's own ``notes:`` (Markdown, rendered as on a slide); a section without notes says
so and shows the slide's text, rendered, for reference.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinetutor.core.lessons import Lesson, Section
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.style import ACCENT, MUTED, font_px, slide_css
from spinetutor.ui.study.safe_text import SafeTextBrowser

NOTES_PX = 22


def _localized(lesson: Lesson, section: Section) -> tuple[Lesson, Section]:
    """The lesson and section in the content language (the author's words where given)."""
    lesson = lesson.localized(content_language())
    return lesson, next((s for s in lesson.sections if s.id == section.id), section)


def _part(page: int, pages: int) -> str:
    return f"  ({page + 1}/{pages})" if pages > 1 else ""


class PresenterView(QWidget):
    """Clock and slide counter, this slide's title, its notes, and what comes next."""

    def __init__(self, parent: QWidget | None = None,
                 actions: Iterable[QAction] = ()) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("present-presenter")
        self.setWindowTitle(translate("Present", "SpineTutor \u2014 presenter view"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.addActions(list(actions))   # the clicker's keys work with this window focused
        self.now = QLabel(wordWrap=True, objectName="presenter-now")
        self.next = QLabel(wordWrap=True, objectName="presenter-next")
        self.clock = QLabel(objectName="presenter-clock")
        self.count = QLabel(objectName="presenter-count")
        plain(self.now, self.next, self.clock, self.count)
        self.notes = SafeTextBrowser(self)
        self.notes.setObjectName("presenter-notes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.document().setDefaultStyleSheet(slide_css(NOTES_PX))
        self.now.setFont(font_px(30, QFont.Weight.Bold))
        self.next.setFont(font_px(22))
        self.clock.setFont(font_px(30, QFont.Weight.Bold))
        self.count.setFont(font_px(22))
        self.next.setStyleSheet(f"color: {MUTED};")
        self.clock.setStyleSheet(f"color: {ACCENT};")
        top = QHBoxLayout()
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.now)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.next)
        self.started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self.has_notes = False
        self.resize(1000, 700)

    def restart_clock(self) -> None:
        """The clock counts the time since presenting started."""
        self.started = time.monotonic()
        self._on_timer_timeout()

    def show_slide(self, lesson: Lesson, section: Section, number: int, total: int,
                   page: int = 0, pages: int = 1,
                   following: tuple[Lesson, Section, int, int] | None = None,
                   base_dir: Path | None = None) -> None:
        """This slide (section `number` of `total`, page of pages) and the one after it."""
        lesson, section = _localized(lesson, section)
        self.now.setText(f"{section.title}{_part(page, pages)}   \u00b7   {lesson.title}")
        self.count.setText(translate("Present", "Slide {number} of {total}").format(
            number=number, total=total))
        self.has_notes = bool(section.notes and section.notes.strip())
        if self.has_notes:
            self.notes.set_markdown(section.notes or "", base_dir)
        else:
            empty = escape(translate("Present", "No notes for this slide (an author adds them "
                                                "with 'notes:' in the section). On the slide:"))
            self.notes.set_markdown(section.text, base_dir,
                                    before=f"<p style='color:{MUTED}'><i>{empty}</i></p>")
        self.notes.setFont(font_px(NOTES_PX))
        self.next.setText(self._next_text(lesson, following))
        self._on_timer_timeout()

    @staticmethod
    def _next_text(lesson: Lesson, following: tuple[Lesson, Section, int, int] | None) -> str:
        if following is None:
            return translate("Present", "Next: \u2014 end of the course \u2014")
        nxt_lesson, nxt = _localized(following[0], following[1])
        title = nxt.title + _part(following[2], following[3])
        if nxt_lesson.id == lesson.id:
            return translate("Present", "Next: {title}").format(title=title)
        return translate("Present", "Next: {title}  (lesson: {lesson})").format(
            title=title, lesson=nxt_lesson.title)

    def _on_timer_timeout(self) -> None:
        elapsed = int(time.monotonic() - self.started)
        hours, rest = divmod(elapsed, 3600)
        clock = f"{rest // 60:02d}:{rest % 60:02d}"
        self.clock.setText(f"{hours}:{clock}" if hours else clock)
