"""Marks the patient's symptoms on the plate's skin patches, one look per symptom.

Why overlay items rather than scene states: the scene shows one Highlight at a time (the top
candidate's root or nerve path), and the marked skin must stay visible on top of it. The
overlays take no mouse buttons, so clicks still reach the skin patches underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
)

from spinetutor.ui.consult.style import consult_font
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


class SideBanner(QLabel):
    """A banner at the top of the plate view, readable at any zoom, naming the patient's leg."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("side-banner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#side-banner { background: #FFF4CE; color: #1a1a1a; "
                           "border: 2px solid #1a1a1a; border-radius: 4px; padding: 4px 8px; "
                           "font-weight: bold; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        # a view scrolls its viewport's children with the picture: pin the banner to the
        # corner again whenever the plate scrolls or the viewport changes size
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._pin)
        view.viewport().installEventFilter(self)

    def say(self, text: str) -> None:
        self.setText(text)
        if not text:
            self.hide()
            return
        self._pin()
        self.show()
        self.raise_()

    def _pin(self, _value: int = 0) -> None:
        if not self.text():
            return
        width = max(200, self.parentWidget().width() - 16)
        self.setFixedWidth(min(width, 560))
        self.adjustSize()
        self.move(8, 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._pin()
        return False


class SiteLabel(QGraphicsRectItem):
    """'squeezed here' beside the ring, in the consultation's large bold type at any zoom
    (it ignores the view's scale), dark on a light box with an outline in every theme."""

    TEXT = QColor("#1a1a1a")
    BOX = QColor("#FFF4CE")   # the side banner's colour: same look for what is said on the plate

    def __init__(self, text: str, left: bool = False) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.text = QGraphicsSimpleTextItem(text, self)
        self.text.setFont(consult_font(bold=True))
        self.text.setBrush(self.TEXT)
        box = self.text.boundingRect()
        pad = 4.0
        width = box.width() + 2 * pad
        x = -width if left else 0.0   # left: the box ends at its anchor, beside the ring
        self.text.setPos(x + pad, -box.height() / 2)
        self.setRect(x, -box.height() / 2 - pad / 2, width, box.height() + pad)
        self.setBrush(self.BOX)
        pen = QPen(self.TEXT, 1.5)
        pen.setCosmetic(True)
        self.setPen(pen)


class PlateMarks:
    """Owns the overlay items for marked regions; `show` replaces them, `clear` removes them.

    Also says on the plate which of the patient's legs it stands for (`show_side`): the plate
    draws a right leg, so a left-leg patient reads that theirs is the mirror image.
    """

    def __init__(self, scene: PlateScene, view: QGraphicsView | None = None) -> None:
        self.scene = scene
        self._items: list[QGraphicsItem] = []
        self.caption_text = ""
        self.view = view
        self.banner = SideBanner(view) if view is not None else None
        self._site: list[QGraphicsItem] = []
        self.site_points: list[QPointF] = []

    def show_site(self, site: str) -> None:
        """Ring the place where a nerve is squeezed ("start:<nerve>" or "region:<id>") and
        say so beside it in the consultation's large type, whatever the zoom."""
        for item in self._site:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._site = []
        self.site_points = self._site_points(site)
        for point in self.site_points:
            ring = QGraphicsEllipseItem(point.x() - 11, point.y() - 11, 22, 22)
            ring.setPen(QPen(QColor("#D55E00"), 4))
            ring.setBrush(Qt.BrushStyle.NoBrush)
            left = self._right_half(point)   # the words go towards the middle of the view
            label = SiteLabel(translate("Consult", "squeezed here"), left=left)
            label.setPos(point.x() + (-12 if left else 12), point.y())
            for item in (ring, label):
                item.setZValue(MARK_Z + 1)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.scene.addItem(item)
                self._site.append(item)

    def _right_half(self, point: QPointF) -> bool:
        """Whether `point` lies in the right half of what the view shows."""
        view = self.view
        if view is None:
            return False
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return point.x() > shown.center().x()

    def site_labels(self) -> list[SiteLabel]:
        return [item for item in self._site if isinstance(item, SiteLabel)]

    def _site_points(self, site: str) -> list[QPointF]:
        kind, _, name = site.partition(":")
        if kind == "start":
            items = self.scene.items_for(f"nerve:{name}")
            return [items[0].sceneTransform().map(items[0].outline().pointAtPercent(0))] \
                if items else []
        if kind == "region":
            return [i.sceneBoundingRect().center() for i in self.scene.items_for(site)][:1]
        return []

    def show_side(self, side: str) -> None:
        """Say which of the patient's legs the plate stands for (a banner over the view)."""
        self.caption_text = translate("Consult", SIDE_CAPTIONS[side]) if side else ""
        if self.banner is not None:
            self.banner.say(self.caption_text)

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
