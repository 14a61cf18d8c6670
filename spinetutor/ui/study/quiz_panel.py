"""The quiz panel: one question at a time, Submit (Enter), feedback at once in practice.

In a test the learner sees no feedback until the result screen. The panel knows nothing about
the plate: the mode forwards plate clicks to ``plate_clicked`` and shows what
``picked_changed`` reports.
"""

from __future__ import annotations

import random
import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.grading import Grade
from spinetutor.core.quizzes import ClickDiagram, MarkRegions, OrderPathway, Question, Quiz
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.study.question_widgets import Names, QuestionWidget, make_widget
from spinetutor.ui.study.quiz_session import QuizSession
from spinetutor.ui.study.safe_text import inline_markdown_html, plain_markdown_html


def style_sheet() -> str:
    """The quiz look: theme colours, sizes relative to the application font."""
    c, pt, line = themes.color, themes.rel_pt, themes.outline()
    return f"""
QLabel#quizTitle {{ font-size: {pt(1.4)}pt; font-weight: 700; color: {c("accent")}; }}
QLabel#badge {{ border-radius: 9px; padding: 2px 10px; font-weight: 600; }}
QLabel#counter, QLabel#hint {{ color: {c("muted")}; }}
QLabel#hint {{ font-style: italic; }}
QLabel#prompt {{ font-size: {pt(1.25)}pt; }}
QLabel#picked {{ font-size: {pt(1.1)}pt; padding: 6px 8px; background: {c("tint_bg")};
                 border: {line}px solid {c("tint_border")}; border-radius: 6px; }}
QLabel#caseBox {{ background: {c("case_bg")}; border: {line}px solid {c("case_border")};
                  border-radius: 8px; padding: 8px 10px; }}
QProgressBar {{ border: {line}px solid {c("track")}; background: {c("track")};
                border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {c("primary_bg")}; border-radius: 3px; }}
QRadioButton, QCheckBox {{ font-size: {pt(1.1)}pt; padding: 5px 2px; spacing: 10px; }}
QPushButton#primary {{ background: {c("primary_bg")}; color: {c("primary_fg")};
                       border: {line}px solid {c("primary_bg")}; font-weight: 600; }}
QPushButton#primary:disabled {{ background: {c("primary_off_bg")};
                                color: {c("primary_off_fg")}; }}
{themes.focus_rule("QPushButton#primary")}
QScrollArea {{ border: none; background: transparent; }}
"""


_REGION_ID = re.compile(r"[a-z][a-z0-9_]*")
# look key -> (background, ink: semantic colour names in themes.COLORS, heading)
FEEDBACK_LOOK = {
    "right": ("ok_bg", "ok", QT_TRANSLATE_NOOP("Study", "\u2714 Correct")),
    "partial": ("partial_bg", "partial", QT_TRANSLATE_NOOP("Study", "\u25d0 Partly right")),
    "wrong": ("wrong_bg", "wrong", QT_TRANSLATE_NOOP("Study", "\u2718 Not quite")),
}


def readable_lines(question: Question, feedback: tuple[str, ...], names: Names) -> list[str]:
    """Grading feedback with region ids ("first_web_space") replaced by their names."""
    if not isinstance(question, MarkRegions):
        return list(feedback)

    def name(match: re.Match[str]) -> str:
        try:
            return names(f"region:{match.group(0)}")
        except KeyError:
            return match.group(0)

    lines = []
    for line in feedback:
        head, colon, rest = line.partition(": ")
        lines.append(head + colon + _REGION_ID.sub(name, rest) if colon else line)
    return lines


def feedback_html(question: Question, grade: Grade, names: Names) -> tuple[str, str]:
    """(look key, rich text) for the box shown after a practice answer."""
    key = "right" if grade.correct else "partial" if grade.score > 0 else "wrong"
    head = translate("Study", FEEDBACK_LOOK[key][2])
    if key == "partial":
        head += f" \u2014 {round(grade.score * 100)}%"
    parts = [f"<p style='font-size:large'><b>{head}</b></p>"]
    parts += [f"<p>{inline_markdown_html(line)}</p>" for line in
              readable_lines(question, grade.feedback, names)]
    if isinstance(question, ClickDiagram) and not grade.correct:
        accepted = translate("Study", " or ").join(names(t) for t in question.accepted)
        answer = escape(translate("Study", "The answer:"))
        parts.append(f"<p>{answer} "
                     f"<b>{escape(accepted)}</b>.</p>")
    if isinstance(question, OrderPathway) and not grade.correct:
        order = escape(translate("Study", "The right order:"))
        parts.append(f"<p>{order} "
                     + " \u2192 ".join(escape(i) for i in question.items) + "</p>")
    why = escape(translate("Study", "Why:"))
    parts.append(f"<p><b>{why}</b> {inline_markdown_html(question.explanation)}</p>")
    return key, "".join(parts)


class QuizPanel(QWidget):
    answer_submitted = Signal(str, object)   # question id, core Grade
    session_completed = Signal(object)       # the QuizSession (its result() inside)
    question_shown = Signal(object)          # the Question now asked
    picked_changed = Signal(object)          # a plate answer changed (target or regions)
    quit_requested = Signal()

    def __init__(self, names: Names, targets: list[str], regions: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names, self.targets, self.regions = names, targets, regions
        self.session: QuizSession | None = None
        self.widget: QuestionWidget | None = None
        self.answered = False
        self.title = QLabel("")
        self.title.setObjectName("quizTitle")
        self.title.setWordWrap(True)
        self.badge = QLabel("")
        self.badge.setObjectName("badge")
        self.counter = QLabel("")
        self.counter.setObjectName("counter")
        plain(self.title, self.badge, self.counter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.prompt = QLabel("")
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.holder = QVBoxLayout()
        self.feedback = QLabel("")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setAccessibleName(translate("Study", "Feedback"))
        self.feedback.hide()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.setSpacing(12)
        inner.addWidget(self.prompt)
        inner.addLayout(self.holder)
        inner.addWidget(self.feedback)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll
        self.quit = QPushButton(translate("Study", "Back to lesson"))
        self.submit_button = QPushButton(translate("Study", "Submit"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setToolTip(translate("Study", "Submit your answer (Enter)"))
        self.next_button = QPushButton(translate("Study", "Next \u2192"))
        self.next_button.setObjectName("primary")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addLayout(head)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.quit.clicked.connect(self.quit_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_enter_activated)
        self.feedback_key = ""
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours and sizes of the current theme and type scale, feedback box included."""
        self.setStyleSheet(style_sheet())
        self._style_badge()
        self._style_feedback()

    def _style_badge(self) -> None:
        practice = self.session is None or self.session.practice
        back, ink = ("info_bg", "info_fg") if practice else ("test_bg", "test_fg")
        self.badge.setStyleSheet(f"background:{themes.color(back)}; color:{themes.color(ink)};"
                                 f" border: {themes.outline()}px solid {themes.color(ink)};")

    def _style_feedback(self) -> None:
        if not self.feedback_key:
            return
        back, ink, _ = FEEDBACK_LOOK[self.feedback_key]
        text = themes.LOOKS[themes.current()].text
        self.feedback.setStyleSheet(
            f"background:{themes.color(back)}; color:{text}; border-left: 5px solid "
            f"{themes.color(ink)}; border-radius: 6px; padding: 8px 12px;")

    # ---- running a quiz ---------------------------------------------------------
    def start(self, quiz: Quiz, rng: random.Random | None = None) -> None:
        """Begin a quiz from its first question (order as the quiz and the RNG say)."""
        self.session = QuizSession(quiz, rng or random.Random())
        self.title.setText(quiz.title)
        if self.session.practice:
            self.badge.setText(translate("Study", "Practice"))
        else:
            self.badge.setText(
                translate("Study", "Test \u00b7 pass {mark}%").format(mark=quiz.pass_mark)
                if quiz.pass_mark else translate("Study", "Test"))
        self._style_badge()
        self.progress.setRange(0, len(self.session.questions))
        self._show_question()

    def _show_question(self) -> None:
        assert self.session is not None
        session, question = self.session, self.session.current
        self.answered = False
        if self.widget is not None:
            self.holder.removeWidget(self.widget)
            self.widget.hide()
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = make_widget(question, session.orders[question.id], self.names,
                                  self.targets, self.regions)
        self.widget.answer_changed.connect(self._on_widget_answer_changed)
        self.widget.picked_changed.connect(self.picked_changed)
        self.holder.addWidget(self.widget)
        total = len(session.questions)
        self.counter.setText(translate("Study", "Question {number} of {total}").format(
            number=session.index + 1, total=total))
        self.progress.setValue(session.index)
        self.prompt.setText(plain_markdown_html(question.prompt))
        self.feedback.hide()
        self.submit_button.show()
        self.next_button.hide()
        self._on_widget_answer_changed()
        self.question_shown.emit(question)
        first = next((w for w in self.widget.findChildren(QWidget)
                      if w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        (first or self.submit_button).setFocus()
        # a new question opens at its prompt, not where the last explanation was scrolled to
        self.scroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(0))

    def plate_clicked(self, target: str) -> bool:
        """Forwarded plate clicks: used by plate questions until they are answered."""
        if self.widget is None or self.answered or not self.isVisible():
            return False
        used = self.widget.plate_clicked(target)
        if used and isinstance(self.session.current if self.session else None, ClickDiagram) \
                and self.submit_button.isEnabled():
            self.submit_button.setFocus()   # so Enter submits the structure just picked
        return used

    def submit(self) -> Grade | None:
        """Grade the current answer; practice shows feedback, a test moves straight on."""
        if self.session is None or self.widget is None or self.answered:
            return None
        response = self.widget.response()
        if response is None:
            return None
        self.answered = True
        question = self.session.current
        result = self.session.submit(response)
        self.answer_submitted.emit(question.id, result)
        if not self.session.practice:
            self.next_question()
            return result
        self.widget.reveal()
        self.widget.lock()
        self.feedback_key, html = feedback_html(question, result, self.names)
        self._style_feedback()
        self.feedback.setText(html)
        self.feedback.show()
        # the explanation is what the learner reads next: bring it into view once laid out
        QTimer.singleShot(0, self._show_feedback)
        self.submit_button.hide()
        self.next_button.setText(translate("Study", "See results") if self.session.at_end
                                 else translate("Study", "Next \u2192"))
        self.next_button.show()
        self.next_button.setFocus()
        return result

    def _show_feedback(self) -> None:
        if self.feedback.isVisible():
            self.scroll.widget().layout().activate()
            self.scroll.ensureWidgetVisible(self.feedback, 0, 0)

    def next_question(self) -> None:
        assert self.session is not None
        if self.session.advance():
            self._show_question()
        else:
            self.progress.setValue(len(self.session.questions))
            self.session_completed.emit(self.session)

    # ---- slots ------------------------------------------------------------------
    def _on_widget_answer_changed(self) -> None:
        ready = self.widget is not None and self.widget.response() is not None
        self.submit_button.setEnabled(ready and not self.answered)

    def _on_submit_button_clicked(self) -> None:
        self.submit()

    def _on_next_button_clicked(self) -> None:
        self.next_question()

    def _on_enter_activated(self) -> None:
        if not self.answered:
            self.submit()
        elif self.next_button.isVisible():
            self.next_question()
