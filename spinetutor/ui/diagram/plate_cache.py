"""Keeps the parsed plate: in memory per process and in a cache file keyed by the SVG's hash.

The file is named by the SHA-256 of the SVG's bytes plus a format version, so any edit of the
plate (or of this format) simply misses the cache. It is a hint, never an authority: the file
carries the SVG's SHA-256 and a SHA-256 of its own content, both checked before a byte of it
is parsed, and it is parsed by this module with struct (every length checked against what is
left, every number finite) rather than by QDataStream, which on one flipped bit in a
QPainterPath's element count allocated ~200 MB/s until it crashed. A missing, unreadable,
damaged or oversized file is never an error: the SVG is parsed again, the file rewritten (via
a temporary file and os.replace) and a damaged one noted for the start-up notice.
SPINETUTOR_CACHE_DIR moves the folder; an empty value turns the file cache off.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath

from spinetutor.core import resets
from spinetutor.paths import cache_dir

if TYPE_CHECKING:
    from spinetutor.ui.diagram.geometry import PlateShape

FORMAT = 2
KEEP_FILES = 4   # newest cache files kept in the user's folder (one per plate language, spare)
MAX_FILE = 16 * 1024 * 1024   # the real file is ~150 KB; anything bigger is not ours
_MAGIC = b"spinetutor-plate\n"
_HEAD = struct.Struct(">I32sQ32s")   # format, SHA-256 of the SVG, payload length, its SHA-256
_ELEMENT = struct.Struct(">Bdd")     # QPainterPath element: type, x, y
Parsed = tuple[QRectF, list["PlateShape"]]
_memory: dict[str, Parsed] = {}


class Damaged(ValueError):
    """The cache file's bytes are not what this module wrote for this SVG."""


def _file_name(svg_bytes: bytes) -> str:
    return f"plate-{hashlib.sha256(svg_bytes).hexdigest()[:32]}-v{FORMAT}.bin"


def cached(svg_file: Path, parse: Callable[[Path], Parsed]) -> Parsed:
    svg_bytes = svg_file.read_bytes()
    source = hashlib.sha256(svg_bytes).digest()
    name = _file_name(svg_bytes)
    found = _memory.get(name)
    if found is not None:
        return found
    found = _read(svg_file.parent / name, source)   # shipped beside the SVG in the bundle
    if found is None:
        folder = cache_dir()
        file = folder / name if folder else None
        found = _read(file, source) if file else None
        if found is None:
            found = parse(svg_file)
            if file:
                _write(file, found, source)
                _prune(file.parent, keep=file)
    _memory[name] = found
    return found


def write_beside(svg_file: Path, parse: Callable[[Path], Parsed], folder: Path) -> Path:
    """Parse `svg_file` and write its cache file into `folder` (the bundle's copy of the
    SVG's folder), under the name `cached` looks for; returns the file written."""
    svg_bytes = svg_file.read_bytes()
    file = folder / _file_name(svg_bytes)
    _write(file, parse(svg_file), hashlib.sha256(svg_bytes).digest())
    if not file.is_file():
        raise OSError(f"could not write {file}")
    return file


def _prune(folder: Path, keep: Path) -> None:
    """Delete all but the newest KEEP_FILES cache files (never `keep`, just written)."""
    try:
        files = sorted(folder.glob("plate-*-v*.bin"), key=lambda f: f.stat().st_mtime,
                       reverse=True)
        for old in [f for f in files if f != keep][KEEP_FILES - 1:]:
            old.unlink()
    except OSError:
        pass  # another process pruned first, or the folder is read-only: harmless


def _read(file: Path, source: bytes) -> Parsed | None:
    """The parsed plate in `file` if it is whole and was made from the SVG with SHA-256
    `source`; None (and a note for the start-up notice if the file was damaged) if not."""
    try:
        with open(file, "rb") as handle:
            raw = handle.read(MAX_FILE + 1)
    except OSError:
        return None
    try:
        return parse_file(raw, source)
    except Damaged:
        resets.note(resets.PLATE_CACHE)
        return None


def parse_file(raw: bytes, source: bytes) -> Parsed:
    """Check and parse a cache file's bytes; raises Damaged for anything but a whole file
    written by _write for the SVG with SHA-256 `source`."""
    if len(raw) > MAX_FILE or not raw.startswith(_MAGIC) or \
            len(raw) < len(_MAGIC) + _HEAD.size:
        raise Damaged("not a plate cache file")
    form, made_from, length, digest = _HEAD.unpack_from(raw, len(_MAGIC))
    payload = raw[len(_MAGIC) + _HEAD.size:]
    if form != FORMAT or made_from != source or length != len(payload) or \
            hashlib.sha256(payload).digest() != digest:
        raise Damaged("checksum or source does not match")
    try:
        return _Reader(payload).plate()
    except (struct.error, UnicodeDecodeError, IndexError) as error:
        raise Damaged(str(error)) from None


class _Reader:
    """Reads the payload field by field; every count is checked against the bytes left."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def number(self) -> float:
        (value,) = self.take(">d")
        if not math.isfinite(value):
            raise Damaged("a number is not finite")
        return value

    def text(self) -> str:
        (size,) = self.take(">H")
        if self.at + size > len(self.data):
            raise Damaged("text runs past the end")
        value = self.data[self.at:self.at + size].decode("utf-8")
        self.at += size
        return value

    def color(self) -> QColor | None:
        (present, rgba) = self.take(">BI")
        return QColor.fromRgba(rgba) if present else None

    def path(self) -> QPainterPath:
        rule, count = self.take(">BI")
        if rule > 1 or count * _ELEMENT.size > len(self.data) - self.at:
            raise Damaged("bad path header")
        end = self.at + count * _ELEMENT.size
        elements = list(_ELEMENT.iter_unpack(self.data[self.at:end]))
        self.at = end
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill if rule else Qt.FillRule.OddEvenFill)
        i = 0
        while i < count:
            kind, x, y = elements[i]
            if not (math.isfinite(x) and math.isfinite(y)):
                raise Damaged("a point is not finite")
            if kind == 0:
                path.moveTo(x, y)
            elif kind == 1 and i > 0:
                path.lineTo(x, y)
            elif kind == 2 and i > 0 and i + 2 < count and \
                    elements[i + 1][0] == 3 and elements[i + 2][0] == 3:
                (_, x2, y2), (_, x3, y3) = elements[i + 1], elements[i + 2]
                if not all(map(math.isfinite, (x2, y2, x3, y3))):
                    raise Damaged("a point is not finite")
                path.cubicTo(x, y, x2, y2, x3, y3)
                i += 2
            else:
                raise Damaged("bad path element")
            i += 1
        return path

    def plate(self) -> Parsed:
        from spinetutor.ui.diagram.geometry import PlateShape

        rect = QRectF(self.number(), self.number(), self.number(), self.number())
        (count,) = self.take(">I")
        if count > len(self.data) // 16:
            raise Damaged("too many shapes")
        shapes = []
        for _ in range(count):
            svg_id, target = self.text(), self.text()
            path = self.path()
            (is_line,) = self.take(">B")
            width = self.number()
            fill, stroke = self.color(), self.color()
            shapes.append(PlateShape(svg_id, target, path, bool(is_line), width, fill, stroke))
        if self.at != len(self.data):
            raise Damaged("bytes left over")
        return rect, shapes


def _payload(parsed: Parsed) -> bytes:
    rect, shapes = parsed
    out = [struct.pack(">ddddI", rect.x(), rect.y(), rect.width(), rect.height(), len(shapes))]
    for shape in shapes:
        for text in (shape.svg_id, shape.target):
            data = text.encode("utf-8")
            out.append(struct.pack(">H", len(data)) + data)
        path = shape.path
        winding = path.fillRule() == Qt.FillRule.WindingFill
        out.append(struct.pack(">BI", int(winding), path.elementCount()))
        for i in range(path.elementCount()):
            element = path.elementAt(i)
            out.append(_ELEMENT.pack(int(element.type.value), element.x, element.y))
        out.append(struct.pack(">Bd", int(shape.is_line), shape.stroke_width))
        for color in (shape.fill, shape.stroke):
            out.append(struct.pack(">BI", color is not None,
                                   color.rgba() if color is not None else 0))
    return b"".join(out)


def file_bytes(parsed: Parsed, source: bytes) -> bytes:
    """The whole cache file for `parsed`, made from the SVG with SHA-256 `source`."""
    payload = _payload(parsed)
    return _MAGIC + _HEAD.pack(FORMAT, source, len(payload),
                               hashlib.sha256(payload).digest()) + payload


def _write(file: Path, parsed: Parsed, source: bytes) -> None:
    data = file_bytes(parsed, source)
    if len(data) > MAX_FILE:
        return
    temp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=file.parent, prefix=".plate-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, file)
    except OSError:
        if temp is not None:   # a read-only or full disk only costs the next start a parse
            Path(temp).unlink(missing_ok=True)
