"""One graphics item per clickable structure: exact shape, wider hit area for thin nerves.

The plate's own art (drawn from the SVG underneath) shows the normal state, so an item
shows only when it is hovered, focused or part of a highlight. Items never paint through Qt
(they are flagged as having no contents): the scene's highlight layer paints every lit item
in one pass (scene.py), which spares Qt's per-item painting set-up on every repaint.

Painting a state means antialiased fills of outlines with up to hundreds of segments (fill,
hatch, stroke outline), several milliseconds for a root's whole pathway. On screen each
state is therefore rendered once per zoom into a picture on the device's pixel grid and then
only copied (raster.py); prints, exports and rotated painters still get vectors.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from spinetutor.ui.diagram.geometry import PlateShape
from spinetutor.ui.diagram.raster import (
    Picture,
    Piece,
    RasterGrid,
    SpriteCache,
    render_image,
    trim,
)
from spinetutor.ui.diagram.styles import (
    AREA_LOOKS,
    LINE_LOOKS,
    Look,
    State,
    hatch_brush,
    outline_pen,
)

LINE_HIT_WIDTH = 11.0  # scene units: thin nerves and roots get a hit band this wide
# Pictures of highlight states, for every item of every plate; a state picture larger than
# MAX_SPRITE_PIXELS (a structure zoomed far in) is painted directly instead.
SPRITES = SpriteCache(64 * 1024 * 1024)
MAX_SPRITE_PIXELS = 2_000_000


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path)


def _outline_of(path: QPainterPath, pen: QPen) -> QPainterPath:
    """The area a pen covers along `path` (what strokePath fills), computed once and kept."""
    stroker = QPainterPathStroker(pen)
    return stroker.createStroke(path)


class StructureItem(QGraphicsItem):
    """A vertebra, disc, root, nerve, landmark or skin patch on the plate."""

    def __init__(self, shape: PlateShape, target: str) -> None:
        super().__init__()
        self.svg_id = shape.svg_id
        self.target = target
        self.is_line = shape.is_line
        self._path = shape.path
        self._stroke_width = max(shape.stroke_width, 1.0)
        if self.is_line:
            widths = (self._stroke_width + 1, self._stroke_width + 5,
                      max(LINE_HIT_WIDTH, self._stroke_width + 6))
            self._bands = [_stroke(self._path, w) for w in widths]
            self._hit = self._bands[-1]
        else:
            self._bands = [QPainterPath(self._path)]
            self._hit = self._bands[0]
        self._bounds = self._hit.boundingRect().adjusted(-4, -4, 4, 4)
        self._draw_bounds = self._bounds   # what its pictures cover (a wider click area aside)
        self.states: frozenset[State] = frozenset()
        self.patch_id: str | None = None
        self.carries: frozenset[str] | None = None
        # Stroking a plate outline (thousands of segments, round joins, dashes) cost more than
        # filling it; each (state, layer) outline is stroked once and then only filled.
        self._outlines: dict[tuple[State, str], tuple[QPainterPath, QColor]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_hit_area(self, area: QPainterPath) -> None:
        """Click here too (targets.py grows tiny skin patches into the background); the
        pictures keep covering the drawing only, so none is rendered again."""
        self.prepareGeometryChange()
        self._hit = area
        self._bounds = area.boundingRect().adjusted(-4, -4, 4, 4)

    # Exact outline for hit testing; the scene index uses boundingRect only as a prefilter.
    def shape(self) -> QPainterPath:
        return self._hit

    def boundingRect(self) -> QRectF:
        return self._bounds

    def outline(self) -> QPainterPath:
        return self._path

    @property
    def stroke_width(self) -> float:
        """The drawn width of a nerve or root (1 for areas)."""
        return self._stroke_width

    def nearness(self, point: QPointF) -> int | None:
        """0 when the point is on the drawn structure, higher the further out in its hit band."""
        for rank, band in enumerate(self._bands):
            if band.contains(point):
                return rank
        return None

    @property
    def state(self) -> State:
        """The strongest state the item is in (NORMAL when none)."""
        return max(self.states, default=State.NORMAL)

    def set_states(self, states: frozenset[State]) -> bool:
        """Take the new states; True when they differ (the caller repaints the item's area:
        Qt ignores update() on an item without contents)."""
        if states == self.states:
            return False
        self.states = states
        return True

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Never called by Qt (no contents): the scene's highlight layer paints lit items."""

    def paint_vectors(self, painter: QPainter, states: Iterable[State] | None = None) -> None:
        """Paint `states` (by default all the item's states, weakest first) as vectors, for
        prints and exports, or a state too large for a picture. The painter is in the
        item's coordinates with antialiasing on."""
        for state in sorted(self.states) if states is None else states:
            self._paint_state(painter, state)

    def pictures(self, grid: RasterGrid, hints: QPainter.RenderHint
                 ) -> list[tuple[Piece, ...] | State]:
        """Each state's picture on `grid` (pieces with grid offsets), weakest state first; a
        state whose picture would be too large (zoomed far in) is given as the State itself,
        for the caller to paint as vectors."""
        rect = grid.to_grid(self._draw_bounds)
        out: list[tuple[Piece, ...] | State] = []
        for state in sorted(self.states):
            found = self.picture(state, grid, hints, rect)
            out.append(state if found is None else found)
        return out

    def picture(self, state: State, grid: RasterGrid, hints: QPainter.RenderHint,
                rect: QRect | None = None, trimmed: bool = False) -> tuple[Piece, ...] | None:
        """The state's picture, rendered on first use; None when it would be too large.
        `rect` is the item's bounds on `grid`, when the caller has it. `trimmed` (the idle
        warm-up) cuts a picture down to what it shows, which later copies blend faster; a
        paint never waits for that."""
        if rect is None:
            rect = grid.to_grid(self._draw_bounds)
        hatched = not self.is_line and (look := AREA_LOOKS.get(state)) is not None \
            and look.hatch is not None
        key = (state, grid.key, grid.pattern_origin(rect.x(), rect.y()) if hatched else None,
               hints.value)
        found = SPRITES.get(self, key)
        if found is not None and (found.trimmed or not trimmed):
            return found.pieces
        if found is None:
            if rect.width() * rect.height() > MAX_SPRITE_PIXELS or rect.isEmpty():
                return None
            image = render_image(rect, grid, hints, lambda p: self._paint_state(p, state))
            found = Picture(((image, rect.x(), rect.y()),), False)
        if trimmed:
            image, x, y = found.pieces[0]
            found = Picture(trim(image, x, y), True)
        SPRITES.put(self, key, found)
        return found.pieces

    def _paint_state(self, painter: QPainter, state: State) -> None:
        if self.is_line:
            self._paint_line(painter, state)
        else:
            self._paint_area(painter, state)

    def _paint_line(self, painter: QPainter, state: State) -> None:
        look = LINE_LOOKS.get(state)
        if look is None:
            return
        if state != State.NERVE_PATH:
            painter.fillPath(*self._outline(state, "halo", look))
        painter.fillPath(*self._outline(state, "line", look))

    def _paint_area(self, painter: QPainter, state: State) -> None:
        look = AREA_LOOKS.get(state)
        if look is None:
            return
        if look.fill is not None:
            painter.fillPath(self._path, look.fill)
        brush = hatch_brush(look)
        if brush is not None:
            painter.fillPath(self._path, brush)
        painter.fillPath(*self._outline(state, "area", look))

    def _outline(self, state: State, layer: str, look: Look) -> tuple[QPainterPath, QColor]:
        key = (state, layer)
        found = self._outlines.get(key)
        if found is None:
            if layer == "halo":
                pen = QPen(Qt.GlobalColor.white, self._stroke_width + look.outline_width + 3)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            elif layer == "line":
                pen = outline_pen(look, self._stroke_width)
            else:
                pen = outline_pen(look)
            found = self._outlines[key] = (_outline_of(self._path, pen), pen.color())
        return found
