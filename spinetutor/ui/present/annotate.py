"""Drawing over the plate in class: pen, highlighter, laser pointer, undo and clear.

Strokes live in plate (scene) coordinates, so they stay on the anatomy when the view zooms,
and are kept per slide (lesson id, section id). Input comes from an event filter on the plate
view's viewport, so mouse, touch and tablet all draw; with no tool chosen, events pass through
and a click still selects a structure.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from spinetutor.core.scenes import Stroke
from spinetutor.ui.present.style import HIGHLIGHTER_COLOUR, LASER, PEN_COLOURS

TOOLS = ("none", "pen", "highlighter", "laser")
WIDTHS = {"pen": 5.0, "highlighter": 22.0}
SlideKey = tuple[str, str]
_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TabletPress, QEvent.Type.TouchBegin}
_MOVE = {QEvent.Type.MouseMove, QEvent.Type.TabletMove, QEvent.Type.TouchUpdate}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TabletRelease, QEvent.Type.TouchEnd}


def stroke_path(stroke: Stroke) -> QPainterPath:
    path = QPainterPath(QPointF(*stroke.points[0]))
    for x, y in stroke.points[1:]:
        path.lineTo(x, y)
    return path


def paint_stroke(painter: QPainter, stroke: Stroke) -> None:
    colour = QColor(stroke.colour)
    if stroke.tool == "highlighter":
        colour.setAlpha(120)
    pen = QPen(colour, stroke.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if len(stroke.points) == 1:
        painter.drawPoint(QPointF(*stroke.points[0]))
    else:
        painter.drawPath(stroke_path(stroke))


class SlideAnnotations(QObject):
    """Strokes per slide with an undo history per slide."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.strokes: dict[SlideKey, list[Stroke]] = {}
        self._undo: dict[SlideKey, list[list[Stroke]]] = {}

    def of(self, key: SlideKey) -> list[Stroke]:
        return list(self.strokes.get(key, ()))

    def _remember(self, key: SlideKey) -> None:
        self._undo.setdefault(key, []).append(self.of(key))

    def add(self, key: SlideKey, stroke: Stroke) -> None:
        self._remember(key)
        self.strokes.setdefault(key, []).append(stroke)
        self.changed.emit()

    def clear(self, key: SlideKey) -> None:
        if self.strokes.get(key):
            self._remember(key)
            self.strokes[key] = []
            self.changed.emit()

    def undo(self, key: SlideKey) -> bool:
        history = self._undo.get(key)
        if not history:
            return False
        self.strokes[key] = history.pop()
        self.changed.emit()
        return True

    def replace_all(self, strokes: dict[SlideKey, list[Stroke]]) -> None:
        self.strokes = {k: list(v) for k, v in strokes.items()}
        self._undo = {}
        self.changed.emit()


class AnnotationLayer(QGraphicsObject):
    """Paints the current slide's strokes, the stroke being drawn and the laser trail."""

    def __init__(self, scene_rect: QRectF) -> None:
        super().__init__()
        self.rect = QRectF(scene_rect)
        self.strokes: list[Stroke] = []
        self.live: Stroke | None = None
        self.laser: list[tuple[float, QPointF]] = []
        self.setZValue(400)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._fade = QTimer(self)
        self._fade.setInterval(33)
        self._fade.timeout.connect(self._on_fade_timeout)

    def show_strokes(self, strokes: list[Stroke]) -> None:
        self.strokes = list(strokes)
        self.update()

    def add_laser_point(self, point: QPointF) -> None:
        self.laser.append((time.monotonic(), point))
        self.laser = self.laser[-24:]
        if not self._fade.isActive():
            self._fade.start()
        self.update()

    def _on_fade_timeout(self) -> None:
        now = time.monotonic()
        self.laser = [(t, p) for t, p in self.laser if now - t < 0.6]
        if not self.laser:
            self._fade.stop()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in [*self.strokes, *([self.live] if self.live else [])]:
            paint_stroke(painter, stroke)
        now = time.monotonic()
        painter.setPen(Qt.PenStyle.NoPen)
        for t, point in self.laser:
            life = max(0.0, 1.0 - (now - t) / 0.6)
            colour = QColor(LASER)
            colour.setAlphaF(0.85 * life)
            painter.setBrush(colour)
            painter.drawEllipse(point, 3 + 6 * life, 3 + 6 * life)
        if self.laser:
            painter.setBrush(QColor(255, 255, 255))
            painter.drawEllipse(self.laser[-1][1], 2.5, 2.5)


class AnnotationInput(QObject):
    """Event filter on the plate viewport turning pointer input into strokes or laser dots."""

    stroke_finished = Signal(object)   # Stroke

    def __init__(self, view: QGraphicsView, layer: AnnotationLayer) -> None:
        super().__init__(view)
        self.view = view
        self.layer = layer
        self.tool = "none"
        self.colour = PEN_COLOURS[0]
        self._points: list[tuple[float, float]] = []
        self._drawing = False
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS:
            raise ValueError(f"tool must be one of {TOOLS}")
        self.tool = tool
        cursors = {"none": Qt.CursorShape.ArrowCursor, "laser": Qt.CursorShape.BlankCursor}
        self.view.viewport().setCursor(cursors.get(tool, Qt.CursorShape.CrossCursor))

    def _scene_point(self, event: QEvent) -> QPointF | None:
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                            QEvent.Type.TouchEnd):
            points = event.points()  # type: ignore[attr-defined]
            if not points:
                return None
            return self.view.mapToScene(points[0].position().toPoint())
        return self.view.mapToScene(event.position().toPoint())  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if self.tool == "none" or kind not in _PRESS | _MOVE | _RELEASE:
            return False
        point = self._scene_point(event)
        if point is None:
            return False
        if self.tool == "laser":
            if kind in _MOVE or kind in _PRESS:
                self.layer.add_laser_point(point)
            event.accept()
            return True
        here = (round(point.x(), 1), round(point.y(), 1))   # what the saved file keeps
        if kind in _PRESS:
            self._drawing = True
            self._points = [here]
        elif kind in _MOVE and self._drawing:
            last = self._points[-1]
            if abs(here[0] - last[0]) + abs(here[1] - last[1]) >= 1.0:
                self._points.append(here)
        elif kind in _RELEASE and self._drawing:
            self._drawing = False
            if here != self._points[-1]:
                self._points.append(here)
            stroke = self._stroke()
            self.layer.live = None
            self.stroke_finished.emit(stroke)
            event.accept()
            return True
        if self._drawing:
            self.layer.live = self._stroke()
            self.layer.update()
        event.accept()
        return True

    def _stroke(self) -> Stroke:
        colour = HIGHLIGHTER_COLOUR if self.tool == "highlighter" else self.colour
        return Stroke(self.tool, colour, WIDTHS[self.tool], tuple(self._points))
