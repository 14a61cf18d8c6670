"""The plate's view: click and hover by exact shape, wheel/+/- zoom, drag to pan, keys.

Keyboard: Up/Down walk the spine's levels (vertebrae and discs), Left/Right step through every
structure on the plate (levels, roots, cord landmarks, nerves, skin regions), Enter selects the
focused one, Esc clears, +/- zoom, 0 fits the plate to the window.

The art is drawn once per zoom into two images on the device's pixel grid (raster.py) and then
only copied: under the structures the background, two SVG layers and the veil (drawBackground),
over them the labels and outlines of the top layer (its item calls draw_front). A repaint
costs one opaque copy of the changed area, the highlighted items' pictures and one blend of
the top art.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from spinetutor.ui.diagram.raster import RasterGrid, raster_grid, render_image
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.warmup import PictureWarmup
from spinetutor.ui.i18n import content_language, translate

DRAG_THRESHOLD = 6  # pixels the pointer may move and still count as a click
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.2, 12.0
# The art images hold the whole plate while that is at most this many device pixels (any pan
# is then a plain copy); zoomed further in they hold the visible part and a margin around it.
WHOLE_ART_PIXELS = 6_000_000


class ArtImages:
    """One art group of the scene ("back", plain and veiled, or "front") as device pixels."""

    def __init__(self, group: str) -> None:
        self.group = group
        self._key: tuple[object, ...] | None = None
        self._rect = QRect()  # grid pixels the images cover
        self._images: dict[bool, QImage] = {}
        self._made_with: tuple[PlateScene, RasterGrid, QPainter.RenderHint] | None = None

    def draw(self, painter: QPainter, exposed: QRectF, view: PlateView) -> None:
        scene = view.plate
        veiled = self.group == "back" and scene.veil_visible()
        grid = raster_grid(painter)
        if grid is None:  # printing, or a transform a pixel copy cannot follow
            scene.paint_art(painter, exposed, self.group, veiled)
            return
        if view.warmup is not None and self.group == "back":
            view.warmup.painted(grid, painter.renderHints() | QPainter.RenderHint.Antialiasing)
        need = grid.to_grid(exposed)
        key = (grid.key, scene.art_key(self.group), painter.renderHints().value)
        if key != self._key or not self._rect.contains(need):
            self._key, self._images = key, {}
            self._rect = self._cover(grid, need, view)
            self._made_with = (scene, grid, painter.renderHints())
        image = self._images.get(veiled)
        if image is None:
            image = self._render(veiled)
        source = need.intersected(self._rect).translated(-self._rect.topLeft())
        grid.blit(painter, image, self._rect.x(), self._rect.y(), source)

    def prepare(self) -> None:
        """Render the plain or veiled art not made yet for the current zoom (idle time): a
        clear then a new selection each used to redraw it on the click (20-40 ms)."""
        if self._made_with is not None and self.group == "back":
            for veiled in (True, False):
                if veiled not in self._images:
                    self._render(veiled)

    def _render(self, veiled: bool) -> QImage:
        """The art (veiled or not) over the covered rect; both are kept for the zoom (a
        screen's worth of memory each), as selecting and clearing swap them."""
        assert self._made_with is not None
        scene, grid, hints = self._made_with
        rect = self._rect
        area = QRectF(grid.local().inverted()[0].mapRect(QRectF(rect)))
        plain = self._images.get(False) if veiled else None
        if plain is not None:  # the veil goes last: veil a copy rather than redraw the SVG
            image = render_image(rect, grid, hints,
                                 lambda p: scene.paint_art(p, area, "veil", True), base=plain)
        else:
            image = render_image(rect, grid, hints,
                                 lambda p: scene.paint_art(p, area, self.group, veiled),
                                 opaque=self.group == "back")
        self._images[veiled] = image
        return image

    @staticmethod
    def _cover(grid: RasterGrid, need: QRect, view: PlateView) -> QRect:
        """The grid pixels to render: the whole plate when small enough, else what the
        viewport shows with half a viewport around it."""
        visible = grid.to_grid(view.mapToScene(view.viewport().rect()).boundingRect())
        plate = grid.to_grid(view.plate.sceneRect()).united(visible)
        if plate.width() * plate.height() <= WHOLE_ART_PIXELS:
            return plate.united(need)
        w, h = visible.width() // 2, visible.height() // 2
        return visible.adjusted(-w, -h, w, h).intersected(plate).united(need)


class PlateView(QGraphicsView):
    selection_requested = Signal(str)   # a click or Enter on a structure
    clear_requested = Signal()          # Esc
    structure_focused = Signal(str)     # the keyboard focus moved to a structure

    def __init__(self, scene: PlateScene, parent: QWidget | None = None,
                 warm_pictures: bool = False) -> None:
        """`warm_pictures`: render every structure's highlight pictures in idle time after
        each new zoom (the main plate), so first clicks copy rather than render."""
        super().__init__(scene, parent)
        self.plate = scene
        self._back = ArtImages("back")
        self._front = ArtImages("front")
        self.warmup = PictureWarmup(scene, self, prepare=self._back.prepare) \
            if warm_pictures else None
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Plate", "Spine-to-foot diagram"))
        self.setAccessibleDescription(
            translate("Plate", "Anatomical plate. Up and Down walk the spine, Enter selects, "
                      "Escape clears."))
        # Tab lands on the viewport: it says the same as the view
        self.viewport().setAccessibleName(self.accessibleName())
        self.viewport().setAccessibleDescription(self.accessibleDescription())
        self._press: QPoint | None = None
        self._panning = False
        self._fit = True
        self._area = "all"
        self._min_target = 0.0
        self._fit_key: tuple[int, int, str] | None = None  # see resizeEvent
        self._refits = 0
        self._min_label_px = 0.0

    draws_cached_art = True  # the scene's art layers and veil skip painting in this view

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt
        self._back.draw(painter, rect, self)

    def draw_front(self, painter: QPainter, layer: QGraphicsItem,
                   option: QStyleOptionGraphicsItem) -> None:
        """Paint the top art layer's exposed part from the cached image (called by the
        layer item, so it keeps its place among the scene's items)."""
        painter.save()
        painter.setWorldTransform(layer.sceneTransform().inverted()[0] * painter.worldTransform())
        self._front.draw(painter, layer.mapRectToScene(option.exposedRect), self)
        painter.restore()

    # ---- zoom and fit ------------------------------------------------------------
    def fit_to_window(self) -> None:
        self.zoom_to_area("all")

    def zoom_to_area(self, area: str, min_target_px: float = 0.0) -> None:
        """Fit `area` to the view (and keep it fitted as the view resizes). With
        `min_target_px`, zoom further when needed so the smallest toe and ankle click area is
        at least that many pixels, showing the area's bottom (the feet) and scrolling to the
        rest."""
        self._fit, self._area, self._min_target = True, area, min_target_px
        self._fit_key = None
        self._fit_area()

    def _fit_area(self) -> None:
        rect = self.plate.area_rect(self._area)
        self._fit_rect(rect)
        if self._min_target <= 0:
            return
        need = self._min_target * 1.02 / self.plate.size_small_targets()   # never 23.x px
        if self.current_scale() < need:
            factor = need / self.current_scale()
            self.scale(factor, factor)
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.center().x(), rect.bottom() - shown.height() / 2)

    def show_rect(self, rect: QRectF) -> None:
        """Frame a scene rectangle (a saved scene's zoom); the view stops following resizes."""
        self._fit = False
        self._fit_rect(rect)

    def _fit_rect(self, rect: QRectF) -> None:
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._follow_labels()

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self._fit = False
        self.scale(factor, factor)
        self._follow_labels()

    def set_min_label_px(self, px: float) -> None:
        """Draw the plate's labels at least `px` pixels tall at every zoom (a projector);
        0 draws them as designed."""
        self._min_label_px = px
        self._follow_labels()

    def _follow_labels(self) -> None:
        px = self._min_label_px
        self.plate.set_label_floor(px / self.current_scale() if px else 0.0)

    def current_scale(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fit:
            return
        # Fitting a part of the plate can show a scroll bar, which shrinks the viewport, whose
        # refit can hide it again: Qt then looped forever (seen with the lumbar detail at
        # 1920x1080). With the view's own size unchanged, refit at most twice.
        key = (self.width(), self.height(), self._area)
        if key == self._fit_key:
            self._refits += 1
            if self._refits > 2:
                return
        else:
            self._fit_key, self._refits = key, 0
        self._fit_area()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    # ---- pointer ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._press = event.position().toPoint()
            self._panning = event.button() == Qt.MouseButton.MiddleButton
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & (
                Qt.MouseButton.LeftButton | Qt.MouseButton.MiddleButton):
            delta = pos - self._press
            if self._panning or delta.manhattanLength() > DRAG_THRESHOLD:
                self._panning = True
                self._fit = False
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
                self._press = pos
            event.accept()
            return
        self._hover_at(pos, event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._panning and \
                event.button() == Qt.MouseButton.LeftButton:
            target = self.plate.target_at(self.mapToScene(event.position().toPoint()))
            if target:
                self.selection_requested.emit(target)
        self._press = None
        self._panning = False
        event.accept()

    def leaveEvent(self, event: object) -> None:
        self.plate.set_hover("")
        super().leaveEvent(event)  # type: ignore[arg-type]

    def _hover_at(self, pos: QPoint, global_pos: QPoint) -> None:
        target = self.plate.target_at(self.mapToScene(pos))
        if target != self.plate.hover_target():
            self.plate.set_hover(target)
            if target:
                QToolTip.showText(global_pos, self.plate.atlas.name_of(target), self.viewport())
            else:
                QToolTip.hideText()

    # ---- keyboard -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_focus(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_structure(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.plate.focus_target():
                self.selection_requested.emit(self.plate.focus_target())
        elif key == Qt.Key.Key_Escape:
            self.plate.set_focus_target("")
            self.clear_requested.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_to_window()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_focus(self, step: int) -> None:
        """Move the keyboard focus one level up or down the spine."""
        levels = [t for t in self.plate.atlas.levels() if self.plate.items_for(t)]
        if not levels:
            return
        current = self.plate.focus_target()
        if current not in levels:
            current = self.plate.current.target if self.plate.current else ""
        if current in levels:
            index = max(0, min(len(levels) - 1, levels.index(current) + step))
        else:
            index = levels.index("vertebra:L4") if "vertebra:L4" in levels else 0
        self._focus_on(levels[index])

    def step_structure(self, step: int) -> None:
        """Move the keyboard focus to the previous or next structure of any kind."""
        order = self.plate.keyboard_order()
        current = self.plate.focus_target() or (
            self.plate.current.target if self.plate.current else "")
        index = order.index(current) + step if current in order else (0 if step > 0 else -1)
        self._focus_on(order[index % len(order)])

    def _focus_on(self, target: str) -> None:
        self.plate.set_focus_target(target)
        items = self.plate.items_for(target)
        detail = [i for i in items if i.svg_id.endswith(".detail")]
        if not self._fit and (detail or items):
            self.ensureVisible((detail or items)[0], 20, 20)
        name = self.plate.atlas.name_of(target, language=content_language())
        self.setAccessibleDescription(
            translate("Plate", "{name}. Press Enter to select.").format(name=name))
        self.structure_focused.emit(target)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
