"""The lesion layer: the drawn condition (a herniation, a slip, a trapped nerve) over the plate.

The plate SVG keeps every condition in a hidden group `lesion.<pathology>` (plus `.axial` and
`.coronal` parts; tools/plate/lesions.py and axial.py draw them). The scene shows the groups of
the Highlight's `pathology` through this one item, above the highlighted structures and the
labels (the lesion presses on a lit root and must stay visible) and below a presentation's
pulse and pen. On a raster painter each group is rendered once per zoom into an image on the
device grid and then copied, like the rest of the plate; prints and PDFs get vectors.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from spinetutor.core.pathology import LAYER_PARTS
from spinetutor.ui.diagram.raster import raster_grid, render_image


class LesionLayer(QGraphicsItem):
    Z = 105.0   # above the top art (100), under the pulse (250) and annotations (400)

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self.renderer = renderer
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.pathology: str | None = None
        self._groups: list[tuple[str, QRectF]] = []
        self._rect = QRectF()
        self._images: dict[tuple[object, ...], tuple[QImage, int, int]] = {}
        self._grid_key: tuple[object, ...] | None = None

    def set_renderer(self, renderer: QSvgRenderer) -> None:
        """Draw from `renderer` (another language, labels raised) from now on."""
        self.renderer = renderer
        self._images.clear()
        pathology, self.pathology = self.pathology, None
        self.show(pathology)

    def groups_of(self, pathology: str) -> list[str]:
        """The SVG groups that draw `pathology` (those the plate has)."""
        return [f"lesion.{pathology}{part}" for part in LAYER_PARTS
                if self.renderer.elementExists(f"lesion.{pathology}{part}")]

    def show(self, pathology: str | None) -> None:
        """Draw this condition's layers (None: none)."""
        if pathology == self.pathology:
            return
        old = self._rect
        self.prepareGeometryChange()
        self.pathology = pathology
        self._groups = [(gid, self.renderer.boundsOnElement(gid))
                        for gid in (self.groups_of(pathology) if pathology else [])]
        rect = QRectF()
        for _, bounds in self._groups:
            rect = rect.united(bounds)
        self._rect = rect.adjusted(-2, -2, 2, 2) if rect.isValid() else QRectF()
        if self.scene() is not None:
            self.scene().update(old.united(self._rect))

    def shown_groups(self) -> list[str]:
        return [gid for gid, _ in self._groups]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._groups:
            return
        grid = raster_grid(painter) if widget is not None else None
        if grid is None:   # prints and exports: vectors
            for gid, bounds in self._groups:
                self.renderer.render(painter, gid, bounds)
            return
        hints = painter.renderHints() | QPainter.RenderHint.Antialiasing
        if grid.key != self._grid_key:
            self._images.clear()
            self._grid_key = grid.key
        world = painter.worldTransform()
        painter.setWorldTransform(grid.to_world)
        for gid, bounds in self._groups:
            key = (gid, hints.value)
            found = self._images.get(key)
            if found is None:
                rect = grid.to_grid(bounds.adjusted(-1, -1, 1, 1))
                image = render_image(rect, grid, hints,
                                     lambda p, g=gid, b=bounds: self.renderer.render(p, g, b))
                found = self._images[key] = (image, rect.x(), rect.y())
            image, ox, oy = found
            painter.drawImage(QPoint(grid.bx + ox, grid.by + oy), image)
        painter.setWorldTransform(world)
