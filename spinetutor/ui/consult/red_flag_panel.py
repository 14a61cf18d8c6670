"""The unmissable "Seek urgent care today" panel, and the general red-flag advice.

Why this look: a warning must survive a washed-out screen, greyscale print and colour
blindness, so it is large white-on-dark-red text with a warning icon and a heading that says
what to do, never colour alone. The border is heavy in every theme: near-black on light
windows, warning yellow on dark ones (a dark red box alone sinks into a dark window).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from spinetutor.ui import themes
from spinetutor.ui.consult.style import consult_font
from spinetutor.ui.i18n import translate

# Shown through translate("Consult", ...) (see urgent_title(), soon_title(), general_advice()).
URGENT_TITLE = QT_TRANSLATE_NOOP("Consult", "Seek urgent care today")
SOON_TITLE = QT_TRANSLATE_NOOP("Consult", "Please get medical advice soon")
GENERAL_ADVICE = QT_TRANSLATE_NOOP(
    "Consult",
    "Get urgent medical care the same day if you notice any of these: numbness in the saddle "
    "area (between the legs or around the back passage); new trouble passing urine, or leaking "
    "urine or stool; pain, numbness or weakness in both legs; or weakness that is getting worse."
)


def general_advice() -> str:
    """When to seek urgent care, in the app's language (the handout prints it)."""
    return translate("Consult", GENERAL_ADVICE)


class RedFlagPanel(QFrame):
    """Hidden until red flags appear; then a large high-contrast box with icon and sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("red-flag-panel")
        self.setAccessibleName(translate("Consult", URGENT_TITLE))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        text = QVBoxLayout()
        self.title = QLabel(f"\u26a0 {translate('Consult', URGENT_TITLE)}")
        self.title.setWordWrap(True)
        text.addWidget(self.title)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(self.body)
        layout.addLayout(text, 1)
        self.sentences: tuple[str, ...] = ()
        self.urgent = False
        self.setVisible(False)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours of the current theme; type and icon sized from the application font."""
        c = themes.color
        width = 6 if themes.current() == "high_contrast" else 4
        self.setStyleSheet(
            f"#red-flag-panel {{ background: {c('urgent_bg')}; border: {width}px solid "
            f"{c('urgent_border')}; border-radius: 6px; }}"
            f"#red-flag-panel QLabel {{ color: {c('urgent_fg')}; background: transparent; }}")
        self.title.setFont(consult_font(1.5, bold=True))
        self.body.setFont(consult_font(1.1))
        side = round(QFontMetrics(self.title.font()).height() * 1.6)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(side, side))

    def show_flags(self, sentences: Sequence[str], urgent: bool) -> None:
        """Show the panel for these red-flag sentences; hide it when there are none."""
        self.sentences = tuple(sentences)
        self.urgent = bool(urgent and sentences)
        heading = translate("Consult", URGENT_TITLE if urgent else SOON_TITLE)
        self.title.setText(f"\u26a0 {heading}")
        self.body.setText("\n\n".join(self.sentences))
        self.setVisible(bool(self.sentences))

    def heading(self) -> str:
        return translate("Consult", URGENT_TITLE if self.urgent else SOON_TITLE)
