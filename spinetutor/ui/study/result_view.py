"""The result screen: score, pass or fail for tests, and a review of every missed question.

Each missed question shows its explanation and a button back to the lesson section about the
same structures, so a wrong answer leads straight to what to reread.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.grading import QuizResult
from spinetutor.core.quizzes import Question
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.scrolling import vertical_scroll
from spinetutor.ui.plain_text import plain, tooltip
from spinetutor.ui.study.grading_words import grading_words
from spinetutor.ui.study.question_widgets import Names
from spinetutor.ui.study.quiz_panel import readable_lines
from spinetutor.ui.study.quiz_session import QuizSession
from spinetutor.ui.study.safe_text import inline_markdown_html, plain_markdown_html

# question -> (lesson id, section id, section title) of the place to reread, or None
Locator = Callable[[Question], tuple[str, str, str] | None]
_INK = "@ink@"  # where a missed card's theme colour goes (filled again on theme change)


def style_sheet() -> str:
    """The result look: theme colours, sizes relative to the application font."""
    c, pt, line = themes.color, themes.rel_pt, themes.outline()
    return f"""
QLabel#resultTitle {{ font-size: {pt(1.4)}pt; font-weight: 700; color: {c("accent")}; }}
QLabel#score {{ font-size: {pt(3.4)}pt; font-weight: 800; }}
QLabel#scoreNote {{ color: {c("muted")}; font-size: {pt(1.1)}pt; }}
QLabel#verdict {{ border-radius: 10px; padding: 4px 12px; font-weight: 700;
                  font-size: {pt(1.1)}pt; }}
QFrame#missed {{ background: {c("card_bg")}; border: {line}px solid {c("card_border")};
                 border-radius: 8px; }}
QLabel#missedPrompt {{ font-weight: 600; }}
QPushButton#review {{ border: none; background: transparent; color: {c("link")};
                      font-weight: 600; text-align: left; padding: 2px 0; }}
QPushButton#review:focus {{ text-decoration: underline; }}
QPushButton#primary {{ background: {c("primary_bg")}; color: {c("primary_fg")};
                       border: {line}px solid {c("primary_bg")}; font-weight: 600; }}
{themes.focus_rule("QPushButton#primary")}
"""


class ResultView(QWidget):
    review_requested = Signal(str, str)   # lesson id, section id
    retry_requested = Signal()
    back_requested = Signal()

    def __init__(self, locate: Locator, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locate, self.names = locate, names
        self.result: QuizResult | None = None
        self.review_buttons: list[QPushButton] = []
        self.title = QLabel("")
        self.title.setObjectName("resultTitle")
        self.title.setWordWrap(True)
        self.score = QLabel("")
        self.score.setObjectName("score")
        self.note = QLabel("")
        self.note.setObjectName("scoreNote")
        self.note.setWordWrap(True)
        self.verdict = QLabel("")
        self.verdict.setObjectName("verdict")
        self.missed_title = QLabel("")
        self.missed_title.setObjectName("resultTitle")
        plain(self.title, self.score, self.note, self.verdict, self.missed_title)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(10)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        inner.addLayout(self.list_box)
        inner.addStretch(1)
        scroll = vertical_scroll(body)
        self.retry = QPushButton(translate("Study", "Try again"))
        self.back = QPushButton(translate("Study", "Back to lesson"))
        self.back.setObjectName("primary")
        self.retry.clicked.connect(self.retry_requested)
        self.back.clicked.connect(self.back_requested)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score)
        score_col = QVBoxLayout()
        score_col.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignLeft)
        score_col.addWidget(self.note)
        score_row.addLayout(score_col, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(self.title)
        layout.addLayout(score_row)
        layout.addWidget(self.missed_title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.verdict_look = ("info_bg", "info_fg")
        self.score_look = "ok"
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours and sizes of the current theme and type scale."""
        c = themes.color
        self.setStyleSheet(style_sheet())
        self.score.setStyleSheet(f"color:{c(self.score_look)}")
        back, ink = self.verdict_look
        self.verdict.setStyleSheet(f"background:{c(back)}; color:{c(ink)}; "
                                   f"border: {themes.outline()}px solid {c(ink)};")
        for label in self.findChildren(QLabel, "missedWhy"):
            label.setText(label.property("html_template").replace(_INK, c("partial")))

    def show_result(self, session: QuizSession) -> QuizResult:
        """Fill the screen from a finished quiz run; returns the graded result."""
        result = self.result = session.result()
        quiz = session.quiz
        total = len(result.grades)
        right = total - len(result.missed)
        self.title.setText(translate("Study", "Results \u2014 {title}").format(title=quiz.title))
        self.score_look = ("ok" if result.score >= 0.8 else "partial" if result.score >= 0.6
                           else "wrong")
        self.score.setText(f"{round(result.percent)}%")
        partial = any(0 < g.score < 1 for g in result.grades)
        self.note.setText((translate("Study", "{right} of {total} questions fully right; partial "
                                     "credit counts towards the score.") if partial
                           else translate("Study", "{right} of {total} questions fully right."))
                          .format(right=right, total=total))
        if result.passed is None:
            self.verdict.setText(translate("Study", "Practice"))
            self.verdict_look = ("info_bg", "info_fg")
        elif result.passed:
            self.verdict.setText(translate("Study", "\u2714 Passed (pass mark {mark}%)").format(
                mark=quiz.pass_mark or 100))
            self.verdict_look = ("ok_bg", "ok")
        else:
            self.verdict.setText(translate("Study", "Not passed yet (pass mark {mark}%)").format(
                mark=quiz.pass_mark or 100))
            self.verdict_look = ("wrong_bg", "wrong")
        self._fill_missed(session, result)
        self.restyle()
        self.back.setFocus()
        return result

    def _fill_missed(self, session: QuizSession, result: QuizResult) -> None:
        while self.list_box.count():
            widget = self.list_box.takeAt(0).widget()   # once: unparented, it is gone
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.review_buttons = []
        by_id = {q.id: q for q in session.questions}
        grades = {g.question_id: g for g in result.grades}
        missed = [by_id[qid] for qid in result.missed if qid in by_id]
        self.missed_title.setText(translate("Study", "Review what you missed") if missed
                                  else translate("Study", "Every question right \u2014 well done."))
        order = {q.id: i for i, q in enumerate(session.questions)}
        for question in sorted(missed, key=lambda q: order[q.id]):
            self.list_box.addWidget(self._missed_card(question, grades[question.id].score,
                                                      grades[question.id].feedback))

    def _missed_card(self, question: Question, score: float,
                     feedback: tuple[str, ...]) -> QFrame:
        card = QFrame()
        card.setObjectName("missed")
        box = QVBoxLayout(card)
        box.setContentsMargins(12, 10, 12, 10)
        case = getattr(question, "case", "")
        prompt = QLabel((plain_markdown_html(case) if case else "")
                        + plain_markdown_html(question.prompt))
        prompt.setObjectName("missedPrompt")
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.RichText)
        unanswered = grading_words()["not_answered"]
        got = (translate("Study", "not answered") if unanswered in feedback
               else translate("Study", "your score {percent}%").format(percent=round(score * 100)))
        lines = "".join(f"<br>{inline_markdown_html(line)}" for line in
                        readable_lines(question, feedback, self.names) if line != unanswered)
        because = escape(translate("Study", "Why:"))
        template = (f"<span style='color:{_INK}'>{got}</span>{lines}"
                    f"<p><b>{because}</b> {inline_markdown_html(question.explanation)}</p>")
        why = QLabel(template.replace(_INK, themes.color("partial")))
        why.setProperty("html_template", template)
        why.setObjectName("missedWhy")
        why.setWordWrap(True)
        why.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(prompt)
        box.addWidget(why)
        place = self.locate(question)
        if place is not None:
            lesson_id, section_id, title = place
            short = title if len(title) <= 60 else title[:57].rstrip() + "\u2026"
            button = QPushButton(translate("Study", "\u21aa Reread: {title}").format(title=short))
            button.setToolTip(tooltip(title))
            button.setAccessibleName(translate("Study", "Reread {title}").format(title=title))
            button.setObjectName("review")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(
                lambda _=False, les=lesson_id, sec=section_id: self.review_requested.emit(les,
                                                                                          sec))
            box.addWidget(button)
            self.review_buttons.append(button)
        return card
