"""The information card beside the plate: what the selected level controls, with sources."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.cards import Card, build_card
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.card_html import card_to_html, theme_html

WELCOME = QT_TRANSLATE_NOOP(   # shown through translate("Card", ...)
    "Card", "<h2>SpineTutor</h2><p>Click a vertebra, disc or nerve root on the spine to see the "
    "pathway to the leg and the skin where pain or numbness is felt. Click the skin to see "
    "which roots and which nerve supply it.</p><p><b>Keys:</b> Up/Down walk the spine, Enter "
    "selects, Esc clears, +/&minus; zoom, 0 fits the plate.</p>"
    "<p style='color:#555'>SpineTutor is for education only. It does not diagnose.</p>"
)


class InfoCard(QTextBrowser):
    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.card: Card | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(translate("Card", "Information card"))
        self.setMinimumWidth(320)
        themes.follow(self, lambda: self._render(keep_place=True))

    def show_highlight(self, highlight: Highlight | None) -> None:
        self.card = None if highlight is None else build_card(self.atlas, highlight)
        self._render()

    def _render(self, keep_place: bool = False) -> None:
        """The card (or the welcome) in the current theme; text on the palette's Base."""
        position = self.verticalScrollBar().value()
        self.setHtml(card_to_html(self.card) if self.card is not None
                     else theme_html(translate("Card", WELCOME)))
        if keep_place:  # a theme or size change keeps the reader's place
            self.verticalScrollBar().setValue(position)
        self.setAccessibleDescription(
            self.card.title if self.card else translate("Card", "Nothing selected"))
