"""Small drawn icons for the plate toolbar (zoom in, zoom out, fit, clear).

The toolbar shows these four as icons so that it keeps room for the find box and the disc
herniation choice at 1366 px and at 200 % text; their words stay in the View menu, the tool
tips and the accessible names. Drawn in the palette's text colour, so they follow the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

KINDS = ("zoom_in", "zoom_out", "fit", "clear")


def tool_icon(kind: str, color: QColor, size: int = 24) -> QIcon:
    """The icon `kind` (one of KINDS) in `color`, drawn at 1x and 2x for sharp high-DPI."""
    if kind not in KINDS:
        raise KeyError(f"unknown tool icon '{kind}'; use one of {KINDS}")
    icon = QIcon()
    for ratio in (1, 2):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, size / 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        _draw(painter, kind, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw(painter: QPainter, kind: str, s: float) -> None:
    if kind in ("zoom_in", "zoom_out"):
        lens = QRectF(s * 0.12, s * 0.12, s * 0.56, s * 0.56)
        painter.drawEllipse(lens)
        painter.drawLine(QPointF(s * 0.62, s * 0.62), QPointF(s * 0.88, s * 0.88))
        c = lens.center()
        painter.drawLine(QPointF(c.x() - s * 0.14, c.y()), QPointF(c.x() + s * 0.14, c.y()))
        if kind == "zoom_in":
            painter.drawLine(QPointF(c.x(), c.y() - s * 0.14), QPointF(c.x(), c.y() + s * 0.14))
    elif kind == "fit":   # four corners of a frame
        a, b, arm = s * 0.14, s * 0.86, s * 0.22
        for x, y, dx, dy in ((a, a, 1, 1), (b, a, -1, 1), (a, b, 1, -1), (b, b, -1, -1)):
            painter.drawLine(QPointF(x, y), QPointF(x + dx * arm, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + dy * arm))
        painter.drawRect(QRectF(s * 0.36, s * 0.36, s * 0.28, s * 0.28))
    else:   # clear: a cross
        painter.drawLine(QPointF(s * 0.24, s * 0.24), QPointF(s * 0.76, s * 0.76))
        painter.drawLine(QPointF(s * 0.76, s * 0.24), QPointF(s * 0.24, s * 0.76))
