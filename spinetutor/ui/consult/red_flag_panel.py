"""The unmissable "Seek urgent care today" and "get advice soon" boxes, and general advice.

Why this look: a warning must survive a washed-out screen, greyscale print and colour
blindness, so it is large white-on-dark-red text with a warning icon and a heading that says
what to do, never colour alone. The border is heavy in every theme: near-black on light
windows, warning yellow on dark ones (a dark red box alone sinks into a dark window).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from spinetutor.ui import themes
from spinetutor.ui.consult.style import consult_font
from spinetutor.ui.i18n import translate

# Shown through translate("Consult", ...) (see urgent_title(), soon_title(), general_advice()).
URGENT_TITLE = QT_TRANSLATE_NOOP("Consult", "Seek urgent care today")
SOON_TITLE = QT_TRANSLATE_NOOP("Consult", "Please get medical advice soon")
GENERAL_ADVICE = QT_TRANSLATE_NOOP(
    "Consult",
    "Go to an emergency department the same day if you notice any of these: numbness in the "
    "saddle area (between the legs, around the back passage or of the genitals); new trouble "
    "passing urine, less feeling when passing urine, or leaking urine or stool; a new change "
    "in sexual function; sciatica, numbness or weakness in both legs; or weakness that is "
    "severe or getting worse."
)


def general_advice() -> str:
    """When to seek urgent care, in the app's language (the handout prints it)."""
    return translate("Consult", GENERAL_ADVICE)


class _FlagBox(QFrame):
    """One warning box: icon, heading and sentences, in the colours of its level."""

    def __init__(self, name: str, colours: str, heading: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.colours = colours  # "urgent" or "warning": the theme colour prefix
        self.heading = heading
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.icon)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        text.addWidget(self.title)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(self.body)
        layout.addLayout(text, 1)
        self.setAccessibleName(translate("Consult", heading))
        self.setVisible(False)

    def restyle(self, scale: float) -> None:
        c = themes.color
        width = 6 if themes.current() == "high_contrast" else 4
        name, k = self.objectName(), self.colours
        self.setStyleSheet(
            f"#{name} {{ background: {c(k + '_bg')}; border: {width}px solid "
            f"{c(k + '_border')}; border-radius: 6px; }}"
            f"#{name} QLabel {{ color: {c(k + '_fg')}; background: transparent; }}")
        self.title.setFont(consult_font(scale, bold=True))
        self.body.setFont(consult_font(1.1))
        side = round(QFontMetrics(self.title.font()).height() * 1.6)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(side, side))

    def show_sentences(self, sentences: Sequence[str]) -> None:
        self.title.setText(f"\u26a0 {translate('Consult', self.heading)}")
        self.body.setText("\n\n".join(sentences))
        self.setAccessibleDescription(" ".join(sentences))
        self.setVisible(bool(sentences))


class RedFlagPanel(QWidget):
    """Hidden until red flags appear; then one box per level, the emergency box first.

    "Seek urgent care today" is large white-on-dark-red; "Please get medical advice soon"
    uses the theme's warning colours, so the two levels never look alike (and each says its
    level in words, never by colour alone).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("red-flag-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.today = _FlagBox("red-flag-today", "urgent", URGENT_TITLE)
        self.soon_box = _FlagBox("red-flag-soon", "warning", SOON_TITLE)
        layout.addWidget(self.today)
        layout.addWidget(self.soon_box)
        self.title, self.body = self.today.title, self.today.body
        self.emergency: tuple[str, ...] = ()
        self.soon: tuple[str, ...] = ()
        self.setVisible(False)
        themes.follow(self, self.restyle)

    @property
    def sentences(self) -> tuple[str, ...]:
        """Every warning sentence, emergencies first."""
        return self.emergency + self.soon

    @property
    def urgent(self) -> bool:
        return bool(self.emergency)

    def restyle(self) -> None:
        """Colours of the current theme; type and icon sized from the application font."""
        self.today.restyle(1.5)
        self.soon_box.restyle(1.3)
        self.setStyleSheet(self.today.styleSheet())

    def show_flags(self, emergency: Sequence[str], soon: Sequence[str] = ()) -> None:
        """Show the "today" and "soon" sentences; hide the panel when there are none."""
        was_urgent, was_soon = bool(self.emergency), bool(self.soon)
        self.emergency, self.soon = tuple(emergency), tuple(soon)
        self.today.show_sentences(self.emergency)
        self.soon_box.show_sentences(self.soon)
        self.setVisible(bool(self.sentences))
        self.setAccessibleName(self.heading())
        self.setAccessibleDescription(" ".join(self.sentences))
        # Screen readers read a level out when it appears: "Seek urgent care today" at once,
        # interrupting (also when "soon" advice was already showing), "soon" politely.
        if self.emergency and not was_urgent:
            self._announce(self.today, URGENT_TITLE, self.emergency,
                           QAccessible.AnnouncementPoliteness.Assertive)
        elif self.soon and not was_soon and not self.emergency:
            self._announce(self.soon_box, SOON_TITLE, self.soon,
                           QAccessible.AnnouncementPoliteness.Polite)

    def _announce(self, box: QWidget, title: str, sentences: Sequence[str],
                  politeness: QAccessible.AnnouncementPoliteness) -> None:
        """An alert event on the box (older screen readers) and an announcement of its
        heading and sentences (AT-SPI's Announcement signal, which Orca speaks)."""
        QAccessible.updateAccessibility(QAccessibleEvent(box, QAccessible.Event.Alert))
        message = " ".join((translate("Consult", title), *sentences))
        event = QAccessibleAnnouncementEvent(box, message)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)

    def heading(self) -> str:
        return translate("Consult", URGENT_TITLE if self.urgent else SOON_TITLE)

    def soon_heading(self) -> str:
        return translate("Consult", SOON_TITLE)
