"""A projector-strength layer over the plate: highlighted lines get a black casing and double
weight, highlighted skin a heavy dark outline, so the pathway survives a washed-out beam.

It only reads the items' states (set by the scene from the Highlight), so the plate's own
styles stay the single source of what each state means.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.styles import LINE_LOOKS, State

_LINE_STATES = (State.SELECTED, State.NERVE_PATH, State.ROOT_PATH)
_AREA_STATES = (State.SELECTED, State.TERRITORY, State.DERMATOME)
_AREA_INK = {State.SELECTED: QColor("#000000"), State.TERRITORY: QColor("#003a66"),
             State.DERMATOME: QColor("#5a3200")}


class ContrastLayer(QGraphicsObject):
    """Drawn above the structures and below the labels (z 90 < art-front 100)."""

    def __init__(self, scene: PlateScene) -> None:
        super().__init__()
        self.plate = scene
        self.setZValue(90)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self)

    def boundingRect(self) -> QRectF:
        return self.plate.sceneRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        areas, lines = [], []
        for item in self.plate.structure_items():
            if item.states:
                (lines if item.is_line else areas).append(item)
        for item in areas:
            state = next((s for s in _AREA_STATES if s in item.states), None)
            if state is not None:
                painter.strokePath(item.outline(), self._pen(_AREA_INK[state], 3.2))
        for item in lines:
            state = next((s for s in _LINE_STATES if s in item.states), None)
            if state is None:
                continue
            width = max(item.stroke_width, 1.0)
            painter.strokePath(item.outline(), self._pen(QColor("black"), width + 7.5))
            look = LINE_LOOKS[state]
            pen = self._pen(look.outline, width + 4.5)
            pen.setStyle(look.dash)
            painter.strokePath(item.outline(), pen)

    @staticmethod
    def _pen(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen
