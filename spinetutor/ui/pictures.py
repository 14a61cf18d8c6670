"""Pack pictures as QImages, decoded from bytes the core resolver read; big ones off the UI thread.

Qt is never handed a pack path or URL: ``core.pack_pictures`` resolves the name (inside the
pack, no links, a regular file) and reads the bytes; this module decodes them. Raster pictures
are decoded with the format their first bytes declare (so an SVG renamed ``.png`` never
reaches the SVG loader) after their pixel size is read from the header; SVG is drawn only when
it refers to nothing outside itself. A picture of more than ``SYNC_PIXELS`` is decoded and
scaled by one worker thread while a placeholder of its final size is shown, so three
8000 x 7990 PNGs never freeze a slide. Decoded pictures are kept (a few) for the next slide.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from spinetutor.core.pack_pictures import (
    MAX_PICTURE_PIXELS,
    PictureRefused,
    picture_problem,
    picture_size,
    raster_format,
    read_picture,
    resolve_picture,
)

SYNC_PIXELS = 4_000_000  # decoded at once below this (a few ms); larger ones in the worker
KEPT = 24  # decoded pictures kept for reuse
DECODED_WIDTH = 2000  # a picture is decoded once at most this wide; views scale from that
@dataclass(frozen=True)
class Shown:
    """What a document shows for one picture: a stable key and the image (None: refused)."""

    key: str
    image: QImage | None
    pending: bool = False


def _fitted(width: int, height: int, max_width: int) -> QSize:
    """The size of a ``width`` x ``height`` picture shown at most ``max_width`` wide."""
    if width <= max_width:
        return QSize(width, height)
    return QSize(max_width, max(1, round(height * max_width / width)))


def decode(data: bytes, svg: bool, max_width: int) -> QImage:
    """A picture from its bytes, at most ``max_width`` wide; raises PictureRefused."""
    if svg:
        why = picture_problem(data, svg=True)
        if why:
            raise PictureRefused(why)
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            raise PictureRefused("the SVG cannot be drawn")
        size = renderer.defaultSize()
        if size.isEmpty():
            size = QSize(max_width, max_width * 3 // 4)
        size = _fitted(size.width(), size.height(), max_width)
        if size.width() * size.height() > SYNC_PIXELS:
            size = _fitted(size.width(), size.height(), 1600)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image
    why = picture_problem(data, svg=False)
    if why:
        raise PictureRefused(why)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, (raster_format(data) or "").encode())
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise PictureRefused("the picture cannot be read")
    if size.width() * size.height() > MAX_PICTURE_PIXELS:
        raise PictureRefused("the picture has too many pixels")
    fitted = _fitted(size.width(), size.height(), max_width)
    if fitted != size:
        reader.setScaledSize(fitted)
    image = reader.read()
    if image.isNull():
        raise PictureRefused(f"the picture cannot be read ({reader.errorString()})")
    return image


def refused_image(width: int = 160, height: int = 90) -> QImage:
    """A crossed grey box: a picture is not shown (its reason is in the Problems list)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#eceff1"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#90a4ae"), 2))
    painter.drawRect(1, 1, width - 2, height - 2)
    painter.drawLine(0, 0, width, height)
    painter.drawLine(0, height, width, 0)
    painter.end()
    return image


@lru_cache(maxsize=64)
def _pending_box(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f1f3f4"))
    return image


def pending_image(size: QSize) -> QImage:
    """A pale box of the picture's final size while the worker decodes it (a slide asks for
    it at every width it tries while fitting its text, so each size is made once)."""
    return _pending_box(size.width(), size.height())


class PictureLoader(QObject):
    """Resolves, reads and decodes pack pictures; ``picture_ready`` when a big one is done.

    Each file is decoded once, at most ``DECODED_WIDTH`` wide; the widths a view asks for
    (a slide tries several while fitting its text) are scaled from that copy.
    """

    picture_ready = Signal(str)  # the key of a file decoded by the worker

    def __init__(self) -> None:
        super().__init__()
        self._decoded: OrderedDict[str, QImage | None] = OrderedDict()
        self._scaled: OrderedDict[tuple[str, int], QImage] = OrderedDict()
        self._pending: dict[str, tuple[int, int]] = {}  # key -> the picture's full size
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        QImageReader.setAllocationLimit(max(QImageReader.allocationLimit(),
                                            MAX_PICTURE_PIXELS * 4 // (1024 * 1024) + 16))

    def picture(self, pack_root: str | None, base_dir: str | None, name: str,
                max_width: int) -> Shown:
        """The picture ``name`` for a document, resolved by the core's one resolver."""
        if pack_root is None or base_dir is None:
            return Shown("refused", None)
        try:
            path = resolve_picture(os.path.realpath(pack_root), base_dir, name)
            info = os.stat(path)
        except (PictureRefused, OSError):
            return Shown("refused", None)
        key = f"{path}|{info.st_mtime_ns}|{info.st_size}"
        with self._lock:
            if key in self._decoded:
                self._decoded.move_to_end(key)
                return self._fitted(key, max_width)
            if key in self._pending:
                full = self._pending[key]
                return Shown(key, pending_image(_fitted(*full, max_width)), pending=True)
        try:
            data = read_picture(path)
        except PictureRefused:
            return Shown("refused", None)
        svg = path.lower().endswith(".svg")
        size = None if svg else picture_size(data)
        if size is None or size[0] * size[1] <= SYNC_PIXELS:
            self._keep(key, self._decode(data, svg))
            with self._lock:
                return self._fitted(key, max_width)
        with self._lock:
            self._pending[key] = size
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pictures")
        self._pool.submit(self._work, key, data)
        return Shown(key, pending_image(_fitted(*size, max_width)), pending=True)

    def _fitted(self, key: str, max_width: int) -> Shown:
        """The decoded picture at most ``max_width`` wide (call with the lock held)."""
        image = self._decoded[key]
        if image is None:
            return Shown("refused", None)
        if image.width() <= max_width:
            return Shown(key, image)
        scaled = self._scaled.get((key, max_width))
        if scaled is None:
            scaled = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
            self._scaled[(key, max_width)] = scaled
            while len(self._scaled) > 4 * KEPT:
                self._scaled.popitem(last=False)
        return Shown(key, scaled)

    @staticmethod
    def _decode(data: bytes, svg: bool) -> QImage | None:
        try:
            return decode(data, svg, DECODED_WIDTH)
        except PictureRefused:
            return None

    def _keep(self, key: str, image: QImage | None) -> None:
        with self._lock:
            self._pending.pop(key, None)
            self._decoded[key] = image
            while len(self._decoded) > KEPT:
                old, _ = self._decoded.popitem(last=False)
                for scaled in [k for k in self._scaled if k[0] == old]:
                    del self._scaled[scaled]

    def _work(self, key: str, data: bytes) -> None:
        self._keep(key, self._decode(data, False))
        self.picture_ready.emit(key)


_loader: PictureLoader | None = None


def picture_loader() -> PictureLoader:
    """The app's one loader (its cache and worker are shared by Study and Present)."""
    global _loader  # noqa: PLW0603 - one per process, created when a picture is first shown
    if _loader is None:
        _loader = PictureLoader()
    return _loader
