"""Small skin targets (toes, web spaces, the ankle bones) get a click area of a usable size.

The malleoli are drawn as 12-14 unit bumps on the ankle's outline and the lesser toes are
19-22 units wide: at any zoom that shows both legs and both feet on a 1366x768 screen they
are far below the 24 px a click target should have. Each small patch's click area grows
outward, into the empty background around it only (never into a neighbouring patch), until
its bounding box is MIN_SIDE units on its shorter side or it has grown MAX_PAD units; the
drawing is unchanged. `smallest_side` then tells a view how far to zoom for 24 px targets.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker

from spinetutor.ui.diagram.items import StructureItem

MIN_SIDE = 26.0   # scene units: 24 px at the consultation's 0.92 zoom
MAX_PAD = 14.0    # never more than this beyond the drawn edge
SMALL_WORDS = ("toe", "web_space", "malleolus")   # the toe and ankle targets


def is_small_target(item: StructureItem) -> bool:
    """A toe, web space or ankle-bone skin patch (the targets the consultation sizes)."""
    return not item.is_line and item.target.startswith("region:") and any(
        word in item.target for word in SMALL_WORDS)


def side(path: QPainterPath) -> float:
    rect = path.boundingRect()
    return min(rect.width(), rect.height())


def widen_small_targets(items: Iterable[StructureItem]) -> None:
    """Grow every small skin patch's click area into the background around it."""
    items = list(items)
    areas = [i for i in items if not i.is_line and i.target.startswith("region:")]
    for item in areas:
        if not is_small_target(item) or side(item.shape()) >= MIN_SIDE:
            continue
        outline = item.outline()
        reach = outline.boundingRect().adjusted(-MAX_PAD, -MAX_PAD, MAX_PAD, MAX_PAD)
        neighbours = [other.outline() for other in areas if other is not item
                      and other.outline().boundingRect().intersects(reach)]
        grown = outline
        for pad in (4.0, 8.0, 11.0, MAX_PAD):
            stroker = QPainterPathStroker()
            stroker.setWidth(2 * pad)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            grown = stroker.createStroke(outline)
            for other in neighbours:   # one by one: each cut is small and quick
                if other.boundingRect().intersects(grown.boundingRect()):
                    grown = grown.subtracted(other)
            if side(grown.united(outline)) >= MIN_SIDE:
                break
        item.set_hit_area(grown.united(outline))


def smallest_side(items: Iterable[StructureItem]) -> float:
    """The shorter bounding-box side (scene units) of the smallest toe or ankle click area."""
    return min((side(i.shape()) for i in items if is_small_target(i)), default=MIN_SIDE)
