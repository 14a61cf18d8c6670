"""Pack text in Qt is shown as text, never read as HTML.

A lesson pack comes from strangers. A QLabel's default format (``Qt.AutoText``) and every
tooltip treat a string that looks like HTML as rich text, so a title such as
``<img src='/dev/zero'> L5`` would make Qt open that file. Every label that can carry pack
text is made ``Qt.PlainText`` here, and tooltips are escaped (Qt has no plain-text tooltip).
Markdown the app renders itself (raw HTML escaped, pictures through ``pack_pictures``) is the
only rich text that holds pack words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def plain(*labels: QLabel) -> None:
    """Show these labels' text literally, whatever it looks like."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_label(text: str = "", parent: QWidget | None = None, **kwargs: object) -> QLabel:
    """A QLabel that shows ``text`` literally (keyword arguments as for QLabel)."""
    label = QLabel(text, parent, **kwargs)  # type: ignore[call-overload]
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: escaped, wrapped in a paragraph Qt reads as HTML.

    Qt decides per tooltip whether it is rich text (``Qt.mightBeRichText``); escaping alone is
    not enough (``a &amp; b`` might be shown as typed), so the text is always made rich and
    escaped, the same thing Qt does for its own plain tooltips.
    """
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
