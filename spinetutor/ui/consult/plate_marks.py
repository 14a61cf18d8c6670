"""Marks the patient's symptoms on the plate's skin patches, one look per symptom.

Why overlay items rather than scene states: the scene shows one Highlight at a time (the top
candidate's root or nerve path), and the marked skin must stay visible on top of it. The
overlays take no mouse buttons, so clicks still reach the skin patches underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.i18n import translate

SYMPTOMS = ("pain", "numbness", "tingling")
MARK_Z = 60.0  # above the highlight layer (50): the patient's own marks always show on top


@dataclass(frozen=True)
class SymptomLook:
    """Colour-blind-safe (Okabe-Ito) fill, a hatch and an outline dash, plus a letter badge."""

    label: str
    letter: str
    color: QColor
    hatch: Qt.BrushStyle
    dash: Qt.PenStyle


LOOKS: dict[str, SymptomLook] = {   # label and letter are shown through translate()
    "pain": SymptomLook(QT_TRANSLATE_NOOP("Consult", "Pain"), QT_TRANSLATE_NOOP("Consult", "P"),
                        QColor("#CC79A7"), Qt.BrushStyle.HorPattern, Qt.PenStyle.SolidLine),
    "numbness": SymptomLook(QT_TRANSLATE_NOOP("Consult", "Numbness"),
                            QT_TRANSLATE_NOOP("Consult", "N"), QColor("#009E73"),
                            Qt.BrushStyle.VerPattern, Qt.PenStyle.DashLine),
    "tingling": SymptomLook(QT_TRANSLATE_NOOP("Consult", "Tingling"),
                            QT_TRANSLATE_NOOP("Consult", "T"), QColor("#56B4E9"),
                            Qt.BrushStyle.Dense6Pattern, Qt.PenStyle.DotLine),
}


def symptom_label(symptom: str) -> str:
    """'Pain', 'Numbness', 'Tingling' in the app's language."""
    return translate("Consult", LOOKS[symptom].label)


def symptom_letter(symptom: str) -> str:
    """The badge letter on the plate (P, N, T in English; its initial in other languages)."""
    return translate("Consult", LOOKS[symptom].letter)


def swatch_brushes(symptom: str) -> tuple[QBrush, QBrush, QPen]:
    """Fill, hatch and outline for a symptom (shared by the plate and the panel's legend)."""
    look = LOOKS[symptom]
    fill = QColor(look.color)
    fill.setAlpha(150)
    pen = QPen(QColor("#1a1a1a"), 2.5, look.dash)
    pen.setCosmetic(True)
    return QBrush(fill), QBrush(QColor(20, 20, 20, 150), look.hatch), pen


SIDE_CAPTIONS = {   # shown through translate("Consult", ...)
    "left": QT_TRANSLATE_NOOP("Consult", "Your LEFT leg: the picture shows a right leg, so "
                              "yours is its mirror image"),
    "right": QT_TRANSLATE_NOOP("Consult", "Your RIGHT leg, as drawn"),
    "bilateral": QT_TRANSLATE_NOOP("Consult", "BOTH legs: one right leg is drawn; the left is "
                                   "its mirror image"),
}
CAPTION_AT = QPointF(640.0, 4.0)  # above the two leg views of the plate (scene units)


class PlateMarks:
    """Owns the overlay items for marked regions; `show` replaces them, `clear` removes them.

    Also says on the plate which of the patient's legs it stands for (`show_side`): the plate
    draws a right leg, so a left-leg patient reads that theirs is the mirror image.
    """

    def __init__(self, scene: PlateScene) -> None:
        self.scene = scene
        self._items: list[QGraphicsItem] = []
        self._caption: list[QGraphicsItem] = []
        self.caption_text = ""

    def show_side(self, side: str) -> None:
        """Put (or remove, for no side) the caption naming the patient's side."""
        for item in self._caption:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._caption = []
        self.caption_text = translate("Consult", SIDE_CAPTIONS[side]) if side else ""
        if not self.caption_text:
            return
        text = QGraphicsSimpleTextItem(self.caption_text)
        font = QFont()
        font.setPixelSize(15)
        font.setBold(True)
        text.setFont(font)
        text.setBrush(QColor("#1a1a1a"))
        box = text.boundingRect().adjusted(-6, -3, 6, 3)
        back = QGraphicsRectItem(box)
        back.setBrush(QColor("#FFF4CE"))
        back.setPen(QPen(QColor("#1a1a1a"), 1.5))
        for item in (back, text):
            item.setPos(CAPTION_AT)
            item.setZValue(MARK_Z + 1)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(item)
            self._caption.append(item)

    def show(self, marks: dict[str, list[str]]) -> None:
        """marks: symptom -> region ids. A region marked for two symptoms shows both."""
        self.clear()
        for offset, symptom in enumerate(SYMPTOMS):
            for region in marks.get(symptom, ()):
                for item in self.scene.items_for(f"region:{region}"):
                    self._mark_patch(item.outline(), item.sceneTransform(), symptom, offset)

    def clear(self) -> None:
        for item in self._items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items = []

    def count(self) -> int:
        return len(self._items)

    def _mark_patch(self, outline: QPainterPath, transform: object, symptom: str,
                    offset: int) -> None:
        path = transform.map(outline)  # type: ignore[attr-defined]
        fill, hatch, pen = swatch_brushes(symptom)
        for brush, with_pen in ((fill, False), (hatch, True)):
            item = QGraphicsPathItem(path)
            item.setBrush(brush)
            item.setPen(pen if with_pen else QPen(Qt.PenStyle.NoPen))
            self._add(item)
        self._badge(path, symptom, offset)

    def _badge(self, path: QPainterPath, symptom: str, offset: int) -> None:
        """A lettered disc (P, N, T) so the mark reads without colour."""
        rect = path.boundingRect()
        radius = max(4.0, min(7.0, rect.width() / 4, rect.height() / 4))
        centre = rect.center() + QPointF((offset - 1) * radius * 2.2, 0)
        if not path.contains(centre):
            centre = rect.center()
        disc = QGraphicsEllipseItem(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius)
        disc.setBrush(QColor("white"))
        disc.setPen(QPen(QColor("#1a1a1a"), 1.0))
        self._add(disc)
        text = QGraphicsSimpleTextItem(symptom_letter(symptom))
        font = QFont()
        font.setPixelSize(int(radius * 1.5))
        font.setBold(True)
        text.setFont(font)
        box = text.boundingRect()
        text.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
        self._add(text)

    def _add(self, item: QGraphicsItem) -> None:
        item.setZValue(MARK_Z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        self.scene.addItem(item)
        self._items.append(item)
