"""A glowing pulse running down the revealed nerves: "radiating" pain made visible.

One dot per chain (a root down to each branch end) travels the drawn route; a fading tail
follows it. A QVariantAnimation drives the fraction 0 -> 1 and loops while the reveal is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPen, QRadialGradient
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.present.route import Point, Polyline, RouteCursor, build_route

PULSE_COLOUR = QColor(255, 40, 0)
SPEED = 900.0        # plate units per second
TAIL = 160.0         # plate units of fading tail
RADIUS = 11.0


def target_polylines(scene: PlateScene, target: str) -> list[Polyline]:
    """The drawn centre lines of a root or nerve, as plain point lists."""
    out: list[Polyline] = []
    for item in scene.items_for(target):
        if not item.is_line:
            continue
        for polygon in item.outline().toSubpathPolygons():
            out.append([(p.x(), p.y()) for p in polygon])
    return out


class PulseItem(QGraphicsObject):
    """Dots travelling along route(s) in plate coordinates; above the art, below annotations."""

    def __init__(self, scene: PlateScene) -> None:
        super().__init__()
        self.plate = scene
        self.cursors: list[RouteCursor] = []
        self.fraction = 0.0
        self.setZValue(250)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.12)   # a short rest at the end before the next pulse
        self.animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.animation.setLoopCount(-1)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        scene.addItem(self)
        self.setVisible(False)

    def run(self, chains: list[list[str]]) -> None:
        """Start pulsing along these target chains (spine first); an empty list stops."""
        self.animation.stop()
        self.cursors = []
        for chain in chains:
            runs = build_route([target_polylines(self.plate, t) for t in chain])
            cursor = RouteCursor(runs)
            if cursor.total > 0:
                self.cursors.append(cursor)
        self.prepareGeometryChange()
        self.setVisible(bool(self.cursors))
        if self.cursors:
            longest = max(cursor.total for cursor in self.cursors)
            self.animation.setDuration(int(max(900.0, 1000.0 * longest / SPEED)))
            self.fraction = 0.0
            self.animation.start()

    def stop(self) -> None:
        self.run([])

    def positions(self) -> list[Point]:
        """Where each dot is now (for tests and the snapshot)."""
        points = [c.point_at(min(self.fraction, 1.0)) for c in self.cursors]
        return [p for p in points if p is not None]

    def _on_animation_value_changed(self, value: object) -> None:
        self.fraction = float(value)  # type: ignore[arg-type]
        self.update()

    def boundingRect(self) -> QRectF:
        return self.plate.sceneRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.fraction > 1.0:
            return   # resting between pulses
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # at least ~14 screen pixels across however far the plate is zoomed out
        zoom = max(painter.worldTransform().m11(), 0.05)
        size = max(1.0, 14.0 / (RADIUS * zoom))
        radius = RADIUS * size
        for cursor in self.cursors:
            trail = cursor.trail(self.fraction, TAIL)
            step = TAIL / 14
            for i in range(1, len(trail)):
                (x0, y0), (x1, y1) = trail[i - 1], trail[i]
                if abs(x1 - x0) + abs(y1 - y0) > 2 * step:
                    continue   # a jump between two drawings: no tail across the paper
                strength = i / len(trail)
                colour = QColor(PULSE_COLOUR)
                colour.setAlphaF(0.15 + 0.6 * strength)
                pen = QPen(colour, (4 + 8 * strength) * size)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(*trail[i - 1]), QPointF(*trail[i]))
            point = cursor.point_at(self.fraction)
            if point is None:
                continue
            centre = QPointF(*point)
            glow = QRadialGradient(centre, radius * 2.6)
            glow.setColorAt(0.0, QColor(255, 255, 255, 255))
            glow.setColorAt(0.25, QColor(255, 230, 0, 240))
            glow.setColorAt(0.55, QColor(255, 60, 0, 170))
            glow.setColorAt(1.0, QColor(255, 40, 0, 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(centre, radius * 2.6, radius * 2.6)
            painter.setPen(QPen(QColor("black"), 1.5))
            painter.setBrush(QColor(255, 255, 255))
            painter.drawEllipse(centre, radius * 0.45, radius * 0.45)
