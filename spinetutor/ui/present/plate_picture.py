"""The picture of the plate a phone taps, and where each structure lies in it.

Rendered offscreen from the plate scene when a plate question is opened to the class: a PNG of
the question's part of the plate, and a TapMap (core) that samples the scene's own hit test
(``PlateScene.item_at``, the exact outlines and the nerves' hit bands) on a grid over that
picture, so the Qt-free server can name the structure under a student's finger.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from spinetutor.core.classroom_poll import TapMap
from spinetutor.core.quizzes import MarkRegions, Question
from spinetutor.ui.diagram.items import StructureItem
from spinetutor.ui.diagram.scene import PlateScene

PICTURE_WIDTH = 720   # px: sharp enough on a phone, small enough to send to a whole class
GRID_COLUMNS = 90     # tap map cells across the picture (a cell is 8 px of the picture)


def question_area(question: Question) -> str:
    return getattr(question, "zoom", None) or "all"


def plate_picture(scene: PlateScene, question: Question) -> tuple[bytes, TapMap]:
    """(PNG bytes, tap map) of the question's part of the plate, nothing highlighted."""
    rect = scene.area_rect(question_area(question))
    width = PICTURE_WIDTH
    height = max(1, round(rect.height() * width / rect.width()))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), rect,
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    regions_only = isinstance(question, MarkRegions)
    return bytes(data.data()), tap_map(scene, rect, GRID_COLUMNS, regions_only)


def tap_map(scene: PlateScene, rect: QRectF, cols: int, regions_only: bool = False) -> TapMap:
    """Sample the scene's hit test at the centre of each cell of a grid over `rect`."""
    rows = max(1, round(cols * rect.height() / rect.width()))
    step_x, step_y = rect.width() / cols, rect.height() / rows
    targets: list[str] = []
    index: dict[str, int] = {}
    cells: list[int] = []
    for row in range(rows):
        y = rect.top() + (row + 0.5) * step_y
        for col in range(cols):
            point = QPointF(rect.left() + (col + 0.5) * step_x, y)
            target = _region_at(scene, point) if regions_only else scene.target_at(point)
            if target and target not in index:
                targets.append(target)
                index[target] = len(targets)
            cells.append(index[target] if target else 0)
    return TapMap(cols, rows, tuple(targets), tuple(cells))


def _region_at(scene: PlateScene, point: QPointF) -> str:
    """The topmost skin region at `point` (a "mark the regions" answer ignores nerves)."""
    for item in scene.items(point, Qt.ItemSelectionMode.IntersectsItemShape,
                            Qt.SortOrder.DescendingOrder):
        if isinstance(item, StructureItem) and item.target.startswith("region:"):
            return item.target
    return ""
