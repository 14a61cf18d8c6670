"""The scene's drawing layers: the SVG art, the veil behind a highlight, and the one item that
paints every lit structure.

In a PlateView (which draws the art and the veil from its own cached images) the art and veil
items do not paint themselves; prints, handouts and plain views get vectors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from spinetutor.ui.diagram.raster import raster_grid
from spinetutor.ui.diagram.styles import State

if TYPE_CHECKING:
    from spinetutor.ui.diagram.scene import PlateScene


def caching_view(widget: QWidget | None) -> QGraphicsView | None:
    """The view whose viewport `widget` is, when that view draws the art layers and the veil
    from its own cached images (PlateView), so those items must not paint themselves."""
    view = widget.parentWidget() if widget is not None else None
    return view if getattr(view, "draws_cached_art", False) else None  # type: ignore[return-value]


class ArtLayer(QGraphicsSvgItem):
    """One SVG art layer: painted as vectors by scene.render (prints, handouts) and plain
    views. In a PlateView the layers under the structures are part of its backdrop image and
    the top layer is copied from its own cached image, still at its place in the z-order
    (above the structures, under presentation pulses and annotations)."""

    def __init__(self, group: str) -> None:
        super().__init__()
        self.group = group
        if group == "front":  # paint() is told exactly which part to copy
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        view = caching_view(widget)
        if view is None:
            super().paint(painter, option, widget)
        elif self.group == "front":
            view.draw_front(painter, self, option)  # type: ignore[attr-defined]


class Veil(QGraphicsRectItem):
    """The white veil that dims the art behind a highlight (in a PlateView's backdrop)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if caching_view(widget) is None:
            super().paint(painter, option, widget)


class HighlightLayer(QGraphicsItem):
    """Paints every hovered, focused or highlighted structure, in z-order, in one pass.

    Structure items have no contents of their own: Qt would otherwise set up a painter
    state, an option and a Python call for each lit item on every repaint. The layer sits
    above the structures and below the presentation's contrast layer and the top art.
    """

    Z = 50.0

    def __init__(self, scene: PlateScene) -> None:
        super().__init__()
        self.plate = scene
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self.plate.sceneRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        items = [item for item in self.plate.lit_items()
                 if item.sceneBoundingRect().intersects(exposed)]
        if not items:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = raster_grid(painter) if widget is not None else None
        if grid is None:  # prints and exports: vectors (structure items sit at the origin)
            for item in items:
                item.paint_vectors(painter)
            return
        hints = painter.renderHints()
        need = grid.to_grid(exposed)
        world = painter.worldTransform()
        painter.setWorldTransform(grid.to_world)
        for item in items:
            for part in item.pictures(grid, hints):
                if isinstance(part, State):  # too large for a picture: vectors
                    painter.setWorldTransform(world)
                    item.paint_vectors(painter, (part,))
                    painter.setWorldTransform(grid.to_world)
                    continue
                for image, ox, oy in part:
                    source = need.translated(-ox, -oy).intersected(image.rect())
                    if not source.isEmpty():
                        painter.drawImage(QPoint(grid.bx + ox + source.x(),
                                                 grid.by + oy + source.y()), image, source)
        painter.setWorldTransform(world)
