"""Large type for the consultation panels: a patient reads them from the other side of a desk."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_SCALE = 1.3


def consult_font(scale: float = 1.0, bold: bool = False) -> QFont:
    """The application font enlarged for consultation panels (times `scale`)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * BASE_SCALE * scale)
    font.setBold(bold)
    return font
