"""One lesson: title, objectives, a section list, the section's text and Previous/Next.

The view only shows; it reports ``section_shown`` so the mode can run the section's diagram
actions, and ``quiz_requested`` when the learner starts a quiz from the end of the lesson.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.lessons import Lesson, Section
from spinetutor.core.quizzes import Quiz
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.wrapping import WrapButton, WrapCombo
from spinetutor.ui.plain_text import plain, tooltip
from spinetutor.ui.study.lesson_browser import LEVEL_LABELS
from spinetutor.ui.study.safe_text import SafeTextBrowser


def style_sheet() -> str:
    """The lesson view's look: theme colours, sizes relative to the application font."""
    c, line = themes.color, themes.outline()
    return f"""
QLabel#lessonTitle {{ font-size: {themes.rel_pt(1.6)}pt; font-weight: 700;
                      color: {c("accent")}; }}
QLabel#lessonMeta, QLabel#sectionCounter {{ color: {c("muted")}; }}
QTextBrowser {{ border: {line}px solid {c("card_border")}; border-radius: 8px;
                background: {c("card_bg")}; }}
{themes.focus_rule("QTextBrowser")}
QPushButton#quizButton {{ background: {c("primary_bg")}; color: {c("primary_fg")};
                          border: {line}px solid {c("primary_bg")}; font-weight: 600;
                          padding: 8px 16px; text-align: left; }}
QPushButton#quizButton:hover {{ background: {c("primary_hover")}; }}
{themes.focus_rule("QPushButton#quizButton")}
"""


def objectives_html(lesson: Lesson) -> str:
    """The objectives as a tinted box opening the first section."""
    items = "".join(f"<li>{escape(o)}</li>" for o in lesson.objectives)
    summary = f"<p><i>{escape(lesson.summary)}</i></p>" if lesson.summary else ""
    after = escape(translate("Study", "After this lesson you can"))
    c = themes.color
    return (f"{summary}<table width='100%' cellpadding='10' bgcolor='{c('tint_bg')}' "
            f"border='{themes.outline()}' style='border-color: {c('tint_border')}; "
            f"border-style: solid'><tr><td><b style='color:{c('accent')}'>{after}"
            f"</b><ul style='margin: 4px 0 0 -18px'>{items}</ul></td></tr>"
            f"</table>")


def sources_html(lesson: Lesson) -> str:
    """The lesson's sources as text: addresses are shown, never made clickable or fetched."""
    muted = themes.color("muted")
    items = "".join(
        f"<li>{escape(s.title)}" + (f"<br><span style='color:{muted}'>{escape(s.url)}</span>"
                                    if s.url else "") + "</li>"
        for s in lesson.citations)
    heading = escape(translate("Study", "Sources"))
    return (f"<hr><p style='color:{muted}'><b>{heading}</b></p>"
            f"<ol style='color:{muted}; font-size:small'>{items}</ol>")


class LessonView(QWidget):
    """Section navigation by buttons, PageUp/PageDown and the section list."""

    section_shown = Signal(object)       # the Section now on screen
    quiz_requested = Signal(str)         # quiz id
    target_link_clicked = Signal(str)    # a spinetutor: link in the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.base_dir: Path | None = None
        self.quizzes: tuple[Quiz, ...] = ()
        self.index = 0
        self.title = QLabel("")
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel("")
        self.meta.setObjectName("lessonMeta")
        self.meta.setWordWrap(True)
        # sized by a few words, not the longest section title, so large text never pushes the
        # panel wider than its dock; a long title wraps onto a second line
        self.sections = WrapCombo()
        self.sections.setMinimumContentsLength(12)
        self.sections.setAccessibleName(translate("Study", "Sections of this lesson"))
        self.counter = QLabel("")
        self.counter.setObjectName("sectionCounter")
        # "the file has a problem; this is the last good version" during live editing
        self.notice = QLabel("")
        self.notice.setObjectName("lessonNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("Study", "Lesson file problem"))
        self.notice.hide()
        plain(self.title, self.meta, self.counter, self.notice)
        self.text = SafeTextBrowser()
        self.text.setAccessibleName(translate("Study", "Section text"))
        self.previous = QPushButton(translate("Study", "\u2190 Previous"))
        self.next = QPushButton(translate("Study", "Next \u2192"))
        self.previous.setToolTip(translate("Study", "Previous section (Page Up)"))
        self.next.setToolTip(translate("Study", "Next section (Page Down)"))
        self.quiz_row = QVBoxLayout()
        self.quiz_buttons: list[QPushButton] = []
        top = QHBoxLayout()
        top.addWidget(self.sections, 1)
        top.addWidget(self.counter)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.quiz_row)
        layout.addLayout(nav)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.sections.activated.connect(self._on_sections_activated)
        self.text.target_link_clicked.connect(self.target_link_clicked)
        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                          (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))
        self.setTabOrder(self.sections, self.text)
        self.setTabOrder(self.text, self.previous)
        self.setTabOrder(self.previous, self.next)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours and sizes of the current theme and type scale; the open section redrawn."""
        self.setStyleSheet(style_sheet())
        if self.lesson is not None:
            position = self.text.verticalScrollBar().value()
            self._render()
            self.text.verticalScrollBar().setValue(position)

    def set_notice(self, text: str) -> None:
        """Show (or, with "", hide) a line about the lesson's file above the sections."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @property
    def section(self) -> Section | None:
        return self.lesson.sections[self.index] if self.lesson else None

    def show_lesson(self, lesson: Lesson, base_dir: Path | None, quizzes: tuple[Quiz, ...],
                    index: int = 0) -> None:
        """Show a lesson at a section (the first unless told)."""
        self.lesson, self.base_dir, self.quizzes = lesson, base_dir, quizzes
        self.title.setText(lesson.title)
        level = translate("Study", LEVEL_LABELS[lesson.level])
        n = len(lesson.sections)
        sections = (translate("Study", "1 section") if n == 1
                    else translate("Study", "{n} sections").format(n=n))
        minutes = translate("Study", "about {minutes} min").format(minutes=lesson.minutes)
        self.meta.setText(f"{lesson.topic}  \u00b7  {level}  \u00b7  {minutes}"
                          f"  \u00b7  {sections}")
        self.sections.blockSignals(True)
        self.sections.clear()
        for number, section in enumerate(lesson.sections, 1):
            self.sections.addItem(f"{number}. {section.title}", section.id)
        self.sections.blockSignals(False)
        self._build_quiz_buttons()
        self.show_section(index)

    def show_section(self, index: int) -> None:
        """Show one section and tell the mode (which runs its diagram actions)."""
        if self.lesson is None:
            return
        self.index = max(0, min(index, len(self.lesson.sections) - 1))
        section = self._render()
        last = self.index == len(self.lesson.sections) - 1
        self.sections.setCurrentIndex(self.index)
        self.sections.setToolTip(tooltip(self.sections.currentText()))  # the full title when elided
        self.counter.setText(f"{self.index + 1} / {len(self.lesson.sections)}")
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(not last)
        for button in self.quiz_buttons:
            button.setVisible(last)
        self.section_shown.emit(section)

    def _render(self) -> Section:
        """Put the current section's text in the browser (colours from the theme)."""
        assert self.lesson is not None
        section = self.lesson.sections[self.index]
        last = self.index == len(self.lesson.sections) - 1
        heading = f"<h2>{escape(section.title)}</h2>"
        if self.index == 0:
            heading = objectives_html(self.lesson) + heading
        self.text.set_markdown(section.text, self.base_dir, before=heading,
                               figures=tuple(section.images),
                               after=sources_html(self.lesson) if last else "")
        return section

    def step(self, step: int) -> None:
        if self.lesson is not None and self.isVisible():
            self.show_section(self.index + step)

    def section_index(self, section_id: str) -> int:
        if self.lesson is None:
            return 0
        ids = [s.id for s in self.lesson.sections]
        return ids.index(section_id) if section_id in ids else 0

    def _build_quiz_buttons(self) -> None:
        for button in self.quiz_buttons:
            self.quiz_row.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.quiz_buttons = []
        for quiz in self.quizzes:
            count = len(quiz.questions)
            text = (translate("Study", "Take the test: {title} ({count} questions)")
                    if quiz.mode == "test"
                    else translate("Study", "Take the quiz: {title} ({count} questions)"))
            button = WrapButton(text.format(title=quiz.title, count=count))
            button.align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            button.setObjectName("quizButton")
            name = (translate("Study", "Take the test {title}") if quiz.mode == "test"
                    else translate("Study", "Take the quiz {title}"))
            button.setAccessibleName(name.format(title=quiz.title))
            button.clicked.connect(lambda _=False, q=quiz.id: self.quiz_requested.emit(q))
            self.quiz_row.addWidget(button)
            self.quiz_buttons.append(button)

    def _on_previous_clicked(self) -> None:
        self.step(-1)

    def _on_next_clicked(self) -> None:
        self.step(1)

    def _on_sections_activated(self, index: int) -> None:
        self.show_section(index)
