"""A dismissible banner above the plate for things the learner must read once.

Used for "your answers can't be saved right now" and "the progress file was damaged and
restored": visible without being a modal dialog in the middle of a lesson.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.plain_text import plain


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        plain(self.label)
        self.label.setAccessibleName(translate("MessageBar", "Message"))
        close = QPushButton(translate("MessageBar", "Dismiss"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.messages: list[str] = []
        self.hide()
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """A warning-yellow banner in light and dark, a heavy black frame in high contrast."""
        c = themes.color
        width = themes.outline() + (1 if themes.current() == "high_contrast" else 0)
        self.setStyleSheet(
            f"#messageBar {{ background: {c('warning_bg')}; border: {width}px solid "
            f"{c('warning_border')}; border-radius: 4px; }} "
            f"#messageBar QLabel {{ color: {c('warning_fg')}; }}")

    def show_message(self, text: str) -> None:
        if text in self.messages:
            return
        self.messages.append(text)
        self.label.setText("\n".join(self.messages))
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.hide()
