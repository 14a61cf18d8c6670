"""Device-pixel caching for the plate: pictures rendered once per zoom and then only copied.

A repaint of the plate used to rasterise every highlighted outline (antialiased fills of
paths with hundreds of segments, a hatch and a stroke outline each) and blend three
screen-sized art layers. Here a picture is rendered once into an image on the device's own
pixel grid and later blitted 1:1 at an integer device offset, which gives the same pixels as
painting it directly: the same scale and sub-pixel offset, hence the same antialiasing, and
hatch patterns (cosmetic: fixed in device pixels) started at the same phase.

`RasterGrid` describes that grid for a painter; painters that are not raster painters with an
axis-aligned transform (printing, PDF, rotation) get None and paint vectors as before.
"""

from __future__ import annotations

import math
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QTransform

HATCH_PERIOD = 8  # Qt's hatch patterns repeat every 8 device pixels


@dataclass(frozen=True)
class RasterGrid:
    """A raster painter's device grid: scale, sub-pixel offset and the integer offset."""

    sx: float
    sy: float
    fx: float  # fractional part of the device translation, in [0, 1)
    fy: float
    bx: int  # integer part of the device translation
    by: int
    to_world: QTransform  # sets device pixels as the painter's world coordinates
    anchor: tuple[int, int]  # device pixel where Qt starts the painter's hatch patterns

    @property
    def key(self) -> tuple[float, float, float, float]:
        """What a cached picture depends on (scrolling by whole pixels changes none of it)."""
        return (self.sx, self.sy, self.fx, self.fy)

    def pattern_origin(self, ox: int, oy: int) -> tuple[int, int]:
        """The brush origin that starts hatch patterns in an image at grid pixel (ox, oy)
        where the device starts them, so a hatched picture matches a direct paint."""
        return ((self.anchor[0] - self.bx - ox - round((self.fx - ox) / self.sx))
                % HATCH_PERIOD,
                (self.anchor[1] - self.by - oy - round((self.fy - oy) / self.sy))
                % HATCH_PERIOD)

    def local(self, ox: int = 0, oy: int = 0) -> QTransform:
        """Painter coordinates -> pixels of an image whose (0, 0) is grid pixel (ox, oy)."""
        return QTransform(self.sx, 0, 0, self.sy, self.fx - ox, self.fy - oy)

    def to_grid(self, rect: QRectF) -> QRect:
        """A rectangle in painter coordinates as grid pixels (scroll-independent), rounded
        outward."""
        r = self.local().mapRect(rect)
        left, top = math.floor(r.left()), math.floor(r.top())
        return QRect(left, top, math.ceil(r.right()) - left, math.ceil(r.bottom()) - top)

    def blit(self, painter: QPainter, image: QImage, ox: int, oy: int,
             source: QRect | None = None) -> None:
        """Copy `image` (or its `source` part, in image pixels) 1:1 to grid pixel (ox, oy)."""
        part = image.rect() if source is None else source
        painter.save()
        painter.setWorldTransform(self.to_world)
        painter.drawImage(QPoint(self.bx + ox + part.x(), self.by + oy + part.y()), image, part)
        painter.restore()


_last_grid: tuple[tuple[float, ...], RasterGrid | None] | None = None


def raster_grid(painter: QPainter) -> RasterGrid | None:
    """The painter's device grid, or None when cached pixels would not be faithful."""
    global _last_grid
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    device = painter.deviceTransform()
    world_transform = painter.worldTransform()
    origin = painter.brushOrigin()
    # Every item of a frame asks with the same transforms: remember the last answer.
    key = (device.m11(), device.m12(), device.m21(), device.m22(), device.m31(), device.m32(),
           world_transform.m11(), world_transform.m22(), world_transform.m31(),
           world_transform.m32(), origin.x(), origin.y())
    if _last_grid is not None and _last_grid[0] == key:
        return _last_grid[1]
    grid = _make_grid(device, world_transform, origin)
    _last_grid = (key, grid)
    return grid


def _make_grid(device: QTransform, world_transform: QTransform,
               origin: QPoint) -> RasterGrid | None:
    if device.type().value > QTransform.TransformationType.TxScale.value:
        return None
    world, invertible = world_transform.inverted()
    if not invertible:
        return None
    to_device, invertible = (world * device).inverted()
    if not invertible:
        return None
    bx, by = math.floor(device.m31()), math.floor(device.m32())
    # Measured (Qt 6.12 raster engine): a cosmetic hatch pattern starts at device pixel
    # round(translation / scale) + the brush origin, the device transform's translation and
    # scale; the pixel comparison of the plate's renders checks this.
    anchor = (round(device.m31() / device.m11()) + round(origin.x()),
              round(device.m32() / device.m22()) + round(origin.y()))
    return RasterGrid(device.m11(), device.m22(), device.m31() - bx, device.m32() - by,
                      bx, by, to_device, anchor)


def render_image(rect: QRect, grid: RasterGrid, hints: QPainter.RenderHint,
                 draw: Callable[[QPainter], None], opaque: bool = False,
                 base: QImage | None = None) -> QImage:
    """Render `draw` (in painter coordinates) into a transparent image covering grid `rect`
    (or over a copy of `base`, an image of the same rect), hatch patterns where the device
    has them. An `opaque` picture (one that paints every pixel) is kept without alpha, which
    Qt copies instead of blending."""
    if base is not None:
        image = base.copy()
    else:
        image = QImage(rect.width(), rect.height(), QImage.Format.Format_RGB32 if opaque
                       else QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
    painter = QPainter(image)
    painter.setRenderHints(hints)
    painter.setWorldTransform(grid.local(rect.x(), rect.y()))
    painter.setBrushOrigin(*grid.pattern_origin(rect.x(), rect.y()))
    draw(painter)
    painter.end()
    return image


BAND_ROWS = 16          # rows per band when trimming a picture to what it shows
DRAW_COST_PIXELS = 3000  # one more drawImage costs about as much as blending this many pixels

Piece = tuple[QImage, int, int]  # an image and its grid offset


def trim(image: QImage, ox: int, oy: int) -> tuple[Piece, ...]:
    """`image` (premultiplied ARGB at grid offset ox, oy) cut down to the pixels it shows.

    A highlight picture covers its structure's bounding box, and a nerve running diagonally
    down the leg leaves most of that box empty (86% of the pixels, over the plate's
    pictures): every copy blended all of it. Bands of rows are cut to their drawn columns,
    neighbouring bands joined while that wastes fewer pixels than another copy costs.
    """
    import numpy as np  # pyqtgraph's dependency; only the idle warm-up trims (start-up never
    # pays numpy's import)

    width, height = image.width(), image.height()
    if width == 0 or height == 0:
        return ()
    # premultiplied: a pixel shows nothing exactly when all its four bytes are zero
    pixels = np.frombuffer(image.constBits(), np.uint32, image.bytesPerLine() * height // 4)
    pixels = pixels.reshape(height, image.bytesPerLine() // 4)[:, :width]
    whole = height // BAND_ROWS * BAND_ROWS
    drawn = pixels[:whole].reshape(-1, BAND_ROWS, width).max(axis=1) != 0
    if whole < height:
        drawn = np.vstack((drawn, pixels[whole:].max(axis=0) != 0))
    used = drawn.any(axis=1).tolist()
    firsts = drawn.argmax(axis=1).tolist()
    lasts = (width - drawn[:, ::-1].argmax(axis=1)).tolist()
    pieces: list[tuple[int, int, int, int]] = []  # left, top, right, bottom (exclusive)
    current: tuple[int, int, int, int] | None = None
    for band, (shows, left, right) in enumerate(zip(used, firsts, lasts, strict=True)):
        if not shows:
            if current is not None:
                pieces.append(current)
                current = None
            continue
        top, bottom = band * BAND_ROWS, min(height, band * BAND_ROWS + BAND_ROWS)
        if current is not None:
            l0, t0, r0, b0 = current
            jl, jr = min(l0, left), max(r0, right)
            waste = (jr - jl) * (bottom - t0) - (r0 - l0) * (b0 - t0) \
                - (right - left) * (bottom - top)
            if waste <= DRAW_COST_PIXELS:
                current = (jl, t0, jr, bottom)
                continue
            pieces.append(current)
        current = (left, top, right, bottom)
    if current is not None:
        pieces.append(current)
    if pieces == [(0, 0, width, height)]:
        return ((image, ox, oy),)
    return tuple((image.copy(left, top, right - left, bottom - top), ox + left, oy + top)
                 for left, top, right, bottom in pieces)


class Picture(NamedTuple):
    """A cached picture: its pieces, and whether they were trimmed (trim())."""

    pieces: tuple[Piece, ...]
    trimmed: bool


class SpriteCache:
    """Rendered pictures keyed by (owner, key), least recently used dropped past a byte budget.

    Owners are held weakly: a deleted item's pictures are never handed out again and age out
    of the budget like any other.
    """

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self.put_bytes = 0  # every picture ever stored: tells a caller whether one was rendered
        self._entries: OrderedDict[tuple[int, Hashable],
                                   tuple[weakref.ref[object], Picture, int]] = OrderedDict()

    def get(self, owner: object, key: Hashable) -> Picture | None:
        entry = self._entries.get((id(owner), key))
        if entry is None or entry[0]() is not owner:
            return None
        self._entries.move_to_end((id(owner), key))
        return entry[1]

    def put(self, owner: object, key: Hashable, picture: Picture) -> None:
        full = (id(owner), key)
        old = self._entries.pop(full, None)
        if old is not None:
            self.used -= old[2]
        size = sum(image.sizeInBytes() for image, _, _ in picture.pieces)
        self._entries[full] = (weakref.ref(owner), picture, size)
        self.used += size
        self.put_bytes += size
        while self.used > self.budget and len(self._entries) > 1:
            _, dropped = self._entries.popitem(last=False)
            self.used -= dropped[2]

    def clear(self) -> None:
        self._entries.clear()
        self.used = 0
