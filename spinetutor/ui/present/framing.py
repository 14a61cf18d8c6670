"""The plate on a projector: framed on the part of the plate a slide is about, at a zoom where
its labels read from the back of a room.

The plate's usual labels are drawn 10.5 to 11.5 plate units tall; a label needs 18 px on a
1080-line projector (scaled with the screen's height), so while presenting the view never shows
the plate at fewer than 18/10.5 pixels per unit, and the smaller labels (7 to 9.5 units: side
marks, root numbers, the axial legend) are drawn bigger, up to 18 px, at whatever zoom is on
screen (PlateView.set_min_label_px, diagram/label_floor.py). What it frames: the area the slide
zooms to; with no area, the lit skin of one view (the view with most of it), else the lit roots
and nerves. A subject larger than that zoom allows is cropped around its lit structures, so the
lit part is never cut off at an edge.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.view import PlateView

LABEL_UNITS = 10.5          # the plate's usual label size, in plate units
LABEL_PX_AT_1080 = 18.0     # readable from the back of a room on a 1080-line projector
MARGIN = 30.0
MAX_ZOOM = 2.0            # labels at most twice the legible size


def label_px(screen_height: int) -> float:
    """The height of a label legible from the back of the room: 18 px at 1080 lines."""
    return LABEL_PX_AT_1080 * max(screen_height, 1) / 1080.0


def min_scale(screen_height: int) -> float:
    """Pixels per plate unit that draw a label 18 px tall at 1080 lines (12 px at 720)."""
    return LABEL_PX_AT_1080 * max(screen_height, 1) / 1080.0 / LABEL_UNITS


def _union(rects: list[QRectF]) -> QRectF:
    out = QRectF()
    for rect in rects:
        out = out.united(rect)
    return out


def lit_in(scene: PlateScene, zone: QRectF) -> QRectF:
    """The lit structures inside `zone` (their parts inside it), as one rect."""
    inside = [item.sceneBoundingRect().intersected(zone) for item in scene.lit_items()
              if item.sceneBoundingRect().intersects(zone)]
    return _union([r for r in inside if r.isValid() and r.width() * r.height() > 0])


def chosen_in(scene: PlateScene, zone: QRectF) -> QRectF:
    """The structures the slide selects (its `select:` steps, not the whole lit pathway)
    where they lie inside `zone`, as one rect; invalid when none is there."""
    current = scene.current
    if current is None:
        return QRectF()
    rects: list[QRectF] = []
    for part in current.parts or (current,):
        if part.kind == "regions":
            continue
        for item in scene.items_for(part.target):
            rect = item.sceneBoundingRect()
            if rect.intersects(zone):
                rects.append(rect.intersected(zone))
    return _union([r for r in rects if r.isValid() and r.width() * r.height() > 0])


def focus_rect(scene: PlateScene, area: str | None) -> QRectF:
    """The part of the plate a slide is about, in scene units: the area it zooms to, else
    the lit skin of one view (the view with most of it), else the lit roots and nerves."""
    if area and area != "all":
        return scene.area_rect(area)
    views: dict[str, list[QRectF]] = {}
    for item in scene.lit_items():
        if item.patch_id is not None:
            view = scene.atlas.patch(item.patch_id).view
            views.setdefault(view, []).append(item.sceneBoundingRect())
    if views:
        best = max(views.values(), key=lambda rects: sum(r.width() * r.height() for r in rects))
        return _union(best)
    lines = _union([item.sceneBoundingRect() for item in scene.lit_items()])
    return lines if lines.isValid() else scene.sceneRect()


VIEW_AREAS = {"front": "leg_front", "back": "leg_back", "dorsum": "foot_dorsum",
              "sole": "foot_sole", "saddle": "saddle"}   # a skin patch's view -> plate area


def skin_area(scenes: Iterable[PlateScene]) -> str | None:
    """The plate area (leg_front, foot_sole, ...) with the most lit skin across `scenes`, so
    two plates side by side can show the same view; None when no skin is lit."""
    totals: dict[str, float] = {}
    for scene in scenes:
        for item in scene.lit_items():
            if item.patch_id is not None:
                view = scene.atlas.patch(item.patch_id).view
                rect = item.sceneBoundingRect()
                totals[view] = totals.get(view, 0.0) + rect.width() * rect.height()
    if not totals:
        return None
    return VIEW_AREAS.get(max(totals, key=lambda v: totals[v]))


def _slide(start: float, size: float, lo: float, hi: float) -> float:
    """Move a window [start, start+size] inside [lo, hi] (centred when it is larger)."""
    if size >= hi - lo:
        return (lo + hi - size) / 2
    return min(max(start, lo), hi - size)


def frame(view: PlateView, area: str | None, screen_height: int) -> QRectF:
    """Zoom `view` onto the slide's subject, never below the legible scale and never closer
    than twice it; a subject too large for that is cropped around its lit structures, kept
    inside the subject: around the structures the slide selects where they are in it (the
    superior gluteal nerve at the buttock, not the middle of its lit pathway), else around
    everything lit there. Returns the framed rect."""
    plate = view.plate
    subject = focus_rect(plate, area).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    chosen, lit = chosen_in(plate, subject), lit_in(plate, subject)
    anchor = next(r for r in (chosen, lit, subject) if r.isValid()).center()
    port = view.viewport().size()
    # fitInView keeps a 2 px margin inside the viewport
    width, height = max(port.width() - 4, 1), max(port.height() - 4, 1)
    need = min_scale(screen_height)
    scale = min(width / max(subject.width(), 1.0), height / max(subject.height(), 1.0))
    scale = max(need, min(scale, need * MAX_ZOOM))
    w, h = width / scale, height / scale
    if scale > need + 1e-9:   # the whole subject fits: centre it
        x, y = subject.center().x() - w / 2, subject.center().y() - h / 2
    else:
        x = _slide(anchor.x() - w / 2, w, subject.left(), subject.right())
        y = _slide(anchor.y() - h / 2, h, subject.top(), subject.bottom())
    rect = QRectF(x, y, w, h)
    view.show_rect(rect)
    return rect
