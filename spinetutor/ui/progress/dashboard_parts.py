"""Small building blocks of the dashboard: cards, stat tiles, the accuracy bar, the style.

Plain Qt (no pyqtgraph), so the dashboard's frame can be built before any chart exists.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinetutor.ui.progress.look import TRACK, accuracy_colour

STYLE = """
QFrame#card { background: white; border: 1px solid #DDD8CC; border-radius: 8px; }
QLabel#heading { font-size: 13pt; font-weight: 600; color: #222; }
QLabel#hint { color: #6B6B6B; }
QLabel#big { font-size: 17pt; font-weight: 700; color: #222; }
QPushButton#review { font-size: 14pt; font-weight: 600; padding: 12px 20px; color: white;
  background: #0072B2; border: none; border-radius: 6px; }
QPushButton#review:disabled { background: #B9C7D1; }
QPushButton[study="true"] { padding: 4px 14px; font-weight: 600; }
"""


class AccuracyBar(QWidget):
    """A small bar: length and colour show accuracy; the number sits beside it as text."""

    def __init__(self, accuracy: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accuracy = accuracy
        self.setFixedHeight(14)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(160, 14)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        full = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        painter.setBrush(QColor(TRACK))
        painter.drawRoundedRect(full, 4, 4)
        painter.setBrush(QColor(accuracy_colour(self.accuracy)))
        painter.drawRoundedRect(QRectF(full.x(), full.y(), max(full.width() * self.accuracy, 6),
                                       full.height()), 4, 4)


def card(title: str, hint: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    heading = QLabel(title)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    if hint:
        note = QLabel(hint)
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
    return frame, layout


def stat(value: str, caption: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 0, 8, 0)
    layout.setSpacing(0)
    big = QLabel(value)
    big.setObjectName("big")
    small = QLabel(caption)
    small.setObjectName("hint")
    layout.addWidget(big, alignment=Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(small, alignment=Qt.AlignmentFlag.AlignHCenter)
    return box


def clear_layout(layout: QVBoxLayout | QHBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
