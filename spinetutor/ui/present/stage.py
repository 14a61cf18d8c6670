"""What the room sees while presenting: one page at a time (slide, question, compare), a black
screen on B, and short messages ("Saved") that fade instead of modal dialogs on the projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLayout, QStackedLayout, QVBoxLayout, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.compare_view import ComparePage
from spinetutor.ui.present.question_view import QuestionPage
from spinetutor.ui.present.slides import SlidePage
from spinetutor.ui.present.style import STAGE_QSS, font_px


class Stage(QWidget):
    """Stacked pages; the comparison page (two more plates) is built on first use."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-stage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STAGE_QSS)
        self.atlas = atlas
        self.slide = SlidePage(self)
        self.question = QuestionPage(atlas, self)
        self._compare: ComparePage | None = None
        self.blank = QWidget(self)
        self.blank.setObjectName("present-blank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stack = QStackedLayout()
        for page in (self.slide, self.question, self.blank):
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.stack)
        self.page = "slide"
        self.blanked = False
        self.toast = QLabel(self, objectName="present-toast")
        self.toast.setWordWrap(True)
        plain(self.toast)
        self.toast.hide()
        self._toast_timer = QTimer(self, singleShot=True)
        self._toast_timer.timeout.connect(self.toast.hide)

    @property
    def compare(self) -> ComparePage:
        if self._compare is None:
            self._compare = ComparePage(self.atlas, self)
            self._compare.projector = True
            self.stack.addWidget(self._compare)
        return self._compare

    def pages(self) -> list[QWidget]:
        return [p for p in (self.slide, self.question, self._compare) if p is not None]

    def set_page(self, name: str) -> None:
        self.page = name
        if not self.blanked:
            self.stack.setCurrentWidget(self._widget(name))

    def _widget(self, name: str) -> QWidget:
        return {"slide": self.slide, "question": self.question}.get(name) or self.compare

    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self.stack.setCurrentWidget(self.blank if blank else self._widget(self.page))

    def set_scale(self, scale: float) -> None:
        for page in self.pages():
            page.scale = scale  # type: ignore[attr-defined]
        self.slide.apply_scale()
        self.question._render()
        if self._compare is not None:
            self._compare._render_table()

    def show_toast(self, text: str, ms: int = 2600) -> None:
        self.toast.setFont(font_px(max(18, self.height() / 40)))
        self.toast.setText(text)
        self.toast.setMaximumWidth(int(self.width() * 0.8))
        self.toast.adjustSize()
        self.toast.move((self.width() - self.toast.width()) // 2,
                        self.height() - self.toast.height() - 40)
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start(ms)


def move_into(widget: QWidget, layout: QLayout) -> None:
    """Put the shared plate view into a page's slot (a widget lives in one place at a time)."""
    if layout.indexOf(widget) < 0:
        layout.addWidget(widget)
    widget.show()
