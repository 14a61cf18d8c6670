"""The plate's view: click and hover by exact shape, wheel/+/- zoom, drag to pan, keys.

Keyboard: Up/Down walk the spine's levels (vertebrae and discs), Left/Right step through every
structure on the plate (levels, roots, cord landmarks, nerves, skin regions), Enter selects the
focused one, Esc clears, +/- zoom, 0 fits the plate to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.i18n import content_language, translate

DRAG_THRESHOLD = 6  # pixels the pointer may move and still count as a click
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.2, 12.0


class PlateView(QGraphicsView):
    selection_requested = Signal(str)   # a click or Enter on a structure
    clear_requested = Signal()          # Esc
    structure_focused = Signal(str)     # the keyboard focus moved to a structure

    def __init__(self, scene: PlateScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plate = scene
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
        self._press: QPoint | None = None
        self._panning = False
        self._fit = True
        self._area = "all"

    # ---- zoom and fit ------------------------------------------------------------
    def fit_to_window(self) -> None:
        self.zoom_to_area("all")

    def zoom_to_area(self, area: str) -> None:
        self._fit, self._area = True, area
        self._fit_rect(self.plate.area_rect(area))

    def show_rect(self, rect: QRectF) -> None:
        """Frame a scene rectangle (a saved scene's zoom); the view stops following resizes."""
        self._fit = False
        self._fit_rect(rect)

    def _fit_rect(self, rect: QRectF) -> None:
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self._fit = False
        self.scale(factor, factor)

    def current_scale(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._fit_rect(self.plate.area_rect(self._area))

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
