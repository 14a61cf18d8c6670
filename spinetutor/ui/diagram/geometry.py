"""Parses the plate SVG into exact outlines (QPainterPath) for each clickable structure.

svgelements resolves group transforms and arcs, so a path edited in Inkscape keeps
working; shapes are exact outlines, never bounding boxes.

Parsing the plate takes about half a second, so the result is kept twice: in memory for the
process, and in a cache file named by the SVG's SHA-256 (see plate_cache.py). svgelements is
imported only when the plate really has to be parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath

from spinetutor.core.plate_ids import is_clickable_id, svg_id_to_target

if TYPE_CHECKING:
    import svgelements as se


@dataclass(frozen=True)
class PlateShape:
    svg_id: str
    target: str
    path: QPainterPath
    is_line: bool
    stroke_width: float
    fill: QColor | None
    stroke: QColor | None


def _color(value: se.Color | None) -> QColor | None:
    if value is None or value.value is None:
        return None
    return QColor(value.red, value.green, value.blue, value.alpha)


def _to_qpath(path: se.Path) -> QPainterPath:
    import svgelements as se

    out = QPainterPath()
    for seg in path.segments():
        if isinstance(seg, se.Move):
            out.moveTo(seg.end.x, seg.end.y)
        elif isinstance(seg, se.Close):
            out.closeSubpath()
        elif isinstance(seg, se.Line):
            out.lineTo(seg.end.x, seg.end.y)
        elif isinstance(seg, se.CubicBezier):
            out.cubicTo(QPointF(seg.control1.x, seg.control1.y),
                        QPointF(seg.control2.x, seg.control2.y), QPointF(seg.end.x, seg.end.y))
        elif isinstance(seg, se.QuadraticBezier):
            out.quadTo(QPointF(seg.control.x, seg.control.y), QPointF(seg.end.x, seg.end.y))
        elif isinstance(seg, se.Arc):
            for cubic in seg.as_cubic_curves():
                out.cubicTo(QPointF(cubic.control1.x, cubic.control1.y),
                            QPointF(cubic.control2.x, cubic.control2.y),
                            QPointF(cubic.end.x, cubic.end.y))
    return out


def load_plate_shapes(svg_file: Path) -> tuple[QRectF, list[PlateShape]]:
    """The plate's view box and its clickable shapes, in document order (bottom first)."""
    from spinetutor.ui.diagram import plate_cache

    return plate_cache.cached(Path(svg_file), parse_plate_shapes)


def parse_plate_shapes(svg_file: Path) -> tuple[QRectF, list[PlateShape]]:
    """Parse the SVG itself (no cache)."""
    import svgelements as se

    svg = se.SVG.parse(str(svg_file), reify=True)
    box = svg.viewbox
    rect = QRectF(box.x, box.y, box.width, box.height) if box else QRectF(0, 0, 1600, 1000)
    shapes: list[PlateShape] = []
    for element in svg.elements():
        svg_id = element.id if isinstance(element, se.Shape) else None
        if not svg_id or not is_clickable_id(svg_id):
            continue
        path = se.Path(element) if not isinstance(element, se.Path) else element
        fill = _color(element.fill)
        stroke = _color(element.stroke)
        is_line = fill is None or fill.alpha() == 0
        width = float(element.stroke_width or 1.0) if stroke is not None else 1.0
        shapes.append(PlateShape(svg_id, svg_id_to_target(svg_id), _to_qpath(path), is_line,
                                 width, fill, stroke))
    return rect, shapes
