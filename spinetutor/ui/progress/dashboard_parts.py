"""Small building blocks of the dashboard: cards, stat tiles, the accuracy bar, the style.

Plain Qt (no pyqtgraph), so the dashboard's frame can be built before any chart exists.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinetutor.ui import themes
from spinetutor.ui.progress.look import accuracy_colour, track, track_edge


def style_sheet() -> str:
    """Cards, headings and the big review button in the current theme and text size."""
    c, pt, line = themes.color, themes.rel_pt, themes.outline()
    return f"""
QFrame#card {{ background: {c("card_bg")}; border: {line}px solid {c("card_border")};
  border-radius: 8px; }}
QLabel#heading {{ font-size: {pt(1.45)}pt; font-weight: 600; }}
QLabel#hint {{ color: {c("muted")}; }}
QLabel#big {{ font-size: {pt(1.9)}pt; font-weight: 700; }}
QLabel#title {{ font-size: {pt(2.0)}pt; font-weight: 700; }}
QLabel#emptyTitle {{ font-size: {pt(2.2)}pt; font-weight: 700; }}
QLabel#subheading {{ font-weight: 600; margin-top: 8px; }}
QLabel#weakName {{ font-weight: 600; }}
QLabel#weakValue {{ color: {c("muted")}; }}
QPushButton#review {{ font-size: {pt(1.55)}pt; font-weight: 600; padding: 12px 20px;
  color: {c("primary_fg")}; background: {c("primary_bg")}; border: none; border-radius: 6px; }}
QPushButton#review:disabled {{ background: {c("primary_off_bg")}; color: {c("primary_off_fg")};
  border: {line}px solid {c("card_border")}; }}
{themes.focus_rule("QPushButton#review")}
QPushButton[study="true"] {{ padding: 4px 14px; font-weight: 600; }}
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
        edge = track_edge()
        painter.setPen(QColor(edge) if edge else Qt.PenStyle.NoPen)
        full = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        painter.setBrush(QColor(track()))
        painter.drawRoundedRect(full, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
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
    heading.setWordWrap(True)
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
