"""A class question on the projector: asked with answers hidden, then answer, then explanation.

The room answers aloud or by hands; the presenter reveals the right option(s) with one key and
the reasoning with another. Diagram questions keep the plate beside the prompt, and revealing
shows the answer on the plate itself.
"""

from __future__ import annotations

import random
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.core.quizzes import (
    CaseVignette,
    ClickDiagram,
    MarkRegions,
    OrderPathway,
    Question,
    TrueFalse,
    display_order,
)
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.style import ACCENT, GREEN, MUTED, font_px
from spinetutor.ui.study.safe_text import plain_markdown_html

LETTERS = "ABCDEFGHIJKL"


def is_diagram(question: Question) -> bool:
    return isinstance(question, (ClickDiagram, MarkRegions))


class QuestionPage(QWidget):
    """Prompt, choices and (after reveal) the answer and explanation, in projector type."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-question")
        self.atlas = atlas
        self.scale = 1.0
        self.question: Question | None = None
        self.order: list[str] = []
        self.stage = 0   # 0 asked, 1 answer shown, 2 explanation shown
        self.header = QLabel(objectName="present-header")
        self.prompt = QLabel(wordWrap=True, objectName="present-prompt")
        self.choices = QLabel(wordWrap=True, objectName="present-choices")
        self.explanation = QLabel(wordWrap=True, objectName="present-explanation")
        plain(self.header)
        for label in (self.prompt, self.choices, self.explanation):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text = QVBoxLayout()
        text.addWidget(self.header)
        text.addWidget(self.prompt)
        text.addWidget(self.choices)
        text.addWidget(self.explanation)
        self.side_class_slot = QVBoxLayout()   # the class panel beside a plate question
        text.addLayout(self.side_class_slot, 10)
        text.addStretch(1)
        self.open_button = QPushButton(objectName="present-open-class")
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the slide
        text.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_class_open(False)
        self.class_slot = QVBoxLayout()   # the class panel, while phones are answering
        self.plate_slot = QVBoxLayout()
        right = QVBoxLayout()
        right.addLayout(self.class_slot, 1)
        right.addLayout(self.plate_slot, 1)
        body = QHBoxLayout(self)
        body.setContentsMargins(40, 24, 28, 20)
        body.addLayout(text, 45)
        body.addLayout(right, 55)

    def set_class_open(self, is_open: bool) -> None:
        self.open_button.setText(
            translate("Present", "Close to the class (V)") if is_open
            else translate("Present", "Open to the class: answer on phones (V)"))

    def show_question(self, question: Question, number: int, total: int, title: str) -> None:
        self.question = question
        self.order = display_order(question, random.Random(question.id), False)
        self.stage = 0
        self.header.setText(translate("Present", "Class question {number} of {total}").format(
            number=number, total=total) + f"   \u00b7   {escape(title)}")
        self._render()

    def reveal_answer(self) -> None:
        if self.question is not None:
            self.stage = max(self.stage, 1)
            self._render()

    def reveal_explanation(self) -> None:
        if self.question is not None:
            self.stage = 2
            self._render()

    # ---- drawing ----------------------------------------------------------------
    def _render(self) -> None:
        q = self.question
        if q is None:
            return
        unit = max(self.height(), 480) / 1000.0 * self.scale
        self.header.setFont(font_px(20 * unit, QFont.Weight.DemiBold))
        self.prompt.setFont(font_px(36 * unit, QFont.Weight.Bold))
        self.choices.setFont(font_px(31 * unit))
        self.explanation.setFont(font_px(26 * unit))
        self.open_button.setFont(font_px(17 * unit))
        for slot in (self.class_slot, self.side_class_slot):
            for index in range(slot.count()):
                panel = slot.itemAt(index).widget()
                if panel is not None and hasattr(panel, "apply_scale"):
                    panel.scale = self.scale
                    panel.apply_scale()
        prompt = plain_markdown_html(q.prompt)
        if isinstance(q, CaseVignette):
            findings = "".join(f"<li>{escape(f)}</li>" for f in q.findings)
            prompt = (f"<div style='font-weight:normal'>{plain_markdown_html(q.case)}"
                      f"<ul>{findings}</ul></div>{prompt}")
        self.prompt.setText(prompt)
        self.choices.setText(self._choices_html(q))
        why = escape(translate("Present", "Why:"))
        self.explanation.setText(
            f"<p style='color:{ACCENT}'><b>{why}</b></p>"
            f"<div style='color:{MUTED}'>{plain_markdown_html(q.explanation)}</div>"
            if self.stage >= 2 else "")

    def _line(self, mark: str, text: str, right: bool | None) -> str:
        if right is None or self.stage == 0:
            return f"<p><b>{mark}</b>&nbsp;&nbsp;{escape(text)}</p>"
        if right:
            return (f"<p style='color:{GREEN}'><b>{mark}&nbsp;&nbsp;{escape(text)}"
                    f"&nbsp;&nbsp;\u2714</b></p>")
        return f"<p style='color:#9aa0a6'>{mark}&nbsp;&nbsp;{escape(text)}</p>"

    def _choices_html(self, q: Question) -> str:
        if isinstance(q, TrueFalse):
            return "".join(self._line(word, word, value == q.answer)
                           for word, value in ((translate("Present", "True"), True),
                                               (translate("Present", "False"), False)))
        if isinstance(q, OrderPathway):
            if self.stage == 0:
                return "".join(self._line(f"{i + 1}.", item, None)
                               for i, item in enumerate(self.order))
            return "".join(self._line(f"{i + 1}.", item, True)
                           for i, item in enumerate(q.items))
        if is_diagram(q):
            hint = (translate("Present", "Answer on the plate.") if self.stage == 0
                    else translate("Present", "The answer is shown on the plate."))
            return f"<p style='color:{MUTED}'><i>{escape(hint)}</i></p>"
        options = {o.id: o for o in getattr(q, "options", ())}
        lines = []
        for index, oid in enumerate(self.order):
            option = options[oid]
            text = option.text if option.text else self.atlas.name_of(
                option.lesion, language=content_language())
            lines.append(self._line(LETTERS[index % len(LETTERS)], text, option.correct))
        return "".join(lines)

    def diagram_answer(self) -> tuple[str, list[str]] | None:
        """('select', [target]) or ('regions', ids) the plate shows once revealed: the answer
        of a diagram question, else the structure the question is about."""
        q = self.question
        if self.stage == 0 or q is None:
            return None
        if isinstance(q, ClickDiagram):
            return ("select", [q.accepted[0]])
        if isinstance(q, MarkRegions):
            return ("regions", list(q.expected))
        return ("select", [q.about[0]])
