"""The information card beside the plate: what the selected level controls, with sources.

Laying out the card's rich text costs several milliseconds (QTextDocument layout, twice when
the scroll bar appears), more than the plate needs to paint its highlight. So a selection
only builds the Card at once; the text is replaced on the next event-loop pass, after the
plate's repaint (both are queued, the plate first), and only when it really changed; the
Card itself is built then too, or when `card` is first read. Reading the card's text
(toPlainText, toHtml) brings it up to date first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.cards import Card, build_card
from spinetutor.ui import themes
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.panels.card_html import card_to_html, theme_html

WELCOME = QT_TRANSLATE_NOOP(   # shown through translate("Card", ...)
    "Card", "<h2>SpineTutor</h2><p>Click a vertebra, disc or nerve root on the spine to see the "
    "pathway to the leg and the skin where pain or numbness is felt. Click the skin to see "
    "which roots and which nerve supply it.</p><p><b>Keys:</b> Up/Down walk the spine, Enter "
    "selects, Esc clears, +/&minus; zoom, 0 fits the plate.</p>"
    "<p style='color:#555'>SpineTutor is for education only. It does not diagnose.</p>"
)


class InfoCard(QTextBrowser):
    rendered = Signal()  # the shown text now matches `card` (after a deferred update)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self._highlight: Highlight | None = None
        self._card: Card | None = None
        self._card_built = True
        self._shown_html: str | None = None
        self._stale = False
        # A zero timer fires once the posted events are done, i.e. after the plate's repaint.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.flush)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(translate("Card", "Information card"))
        self.setMinimumWidth(320)
        themes.follow(self, lambda: self._render(keep_place=True))

    @property
    def card(self) -> Card | None:
        """The Card of the shown selection (None: the welcome text)."""
        if not self._card_built:
            self._card_built = True
            self._card = None if self._highlight is None else build_card(
                self.atlas, self._highlight, content_language())
        return self._card

    def show_highlight(self, highlight: Highlight | None) -> None:
        """Show a selection's card on the next event-loop pass."""
        self._highlight, self._card_built = highlight, False
        self._stale = True
        self._later.start()

    def flush(self) -> None:
        """Put a pending card's text in place now (no-op when up to date)."""
        if self._stale:
            self._render()

    def toPlainText(self) -> str:  # noqa: N802 - Qt name
        self.flush()
        return super().toPlainText()

    def toHtml(self) -> str:  # noqa: N802 - Qt name
        self.flush()
        return super().toHtml()

    def _render(self, keep_place: bool = False) -> None:
        """The card (or the welcome) in the current theme; text on the palette's Base."""
        self._stale = False
        self._later.stop()
        html = (card_to_html(self.card) if self.card is not None
                else theme_html(translate("Card", WELCOME)))
        position = self.verticalScrollBar().value()
        if html != self._shown_html:
            self._shown_html = html
            self.setHtml(html)
        if keep_place:  # a theme or size change keeps the reader's place
            self.verticalScrollBar().setValue(position)
        else:  # a new selection starts at the top, as setHtml does
            self.verticalScrollBar().setValue(0)
        self.setAccessibleDescription(
            self.card.title if self.card else translate("Card", "Nothing selected"))
        self.rendered.emit()
