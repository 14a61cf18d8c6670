"""Keeps the parsed plate: in memory per process and in a cache file keyed by the SVG's hash.

The file holds QPainterPaths written with QDataStream; it is named by the SHA-256 of the SVG's
bytes plus a format version, so any edit of the plate (or of this format) simply misses the
cache. A missing, unreadable or damaged cache file is never an error: the SVG is parsed again
and the file rewritten (via a temporary file and os.replace). SPINETUTOR_CACHE_DIR moves the
folder; an empty value turns the file cache off.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRectF
from PySide6.QtGui import QColor, QPainterPath

from spinetutor.paths import cache_dir

if TYPE_CHECKING:
    from spinetutor.ui.diagram.geometry import PlateShape

FORMAT = 1
KEEP_FILES = 4   # newest cache files kept in the user's folder (one per plate language, spare)
_MAGIC = "spinetutor-plate"
Parsed = tuple[QRectF, list["PlateShape"]]
_memory: dict[str, Parsed] = {}


def _file_name(svg_bytes: bytes) -> str:
    return f"plate-{hashlib.sha256(svg_bytes).hexdigest()[:32]}-v{FORMAT}.bin"


def cached(svg_file: Path, parse: Callable[[Path], Parsed]) -> Parsed:
    name = _file_name(svg_file.read_bytes())
    found = _memory.get(name)
    if found is not None:
        return found
    found = _read(svg_file.parent / name)   # shipped beside the SVG in the bundle
    if found is None:
        folder = cache_dir()
        file = folder / name if folder else None
        found = _read(file) if file else None
        if found is None:
            found = parse(svg_file)
            if file:
                _write(file, found)
                _prune(file.parent, keep=file)
    _memory[name] = found
    return found


def write_beside(svg_file: Path, parse: Callable[[Path], Parsed], folder: Path) -> Path:
    """Parse `svg_file` and write its cache file into `folder` (the bundle's copy of the
    SVG's folder), under the name `cached` looks for; returns the file written."""
    file = folder / _file_name(svg_file.read_bytes())
    _write(file, parse(svg_file))
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


def _read(file: Path) -> Parsed | None:
    from spinetutor.ui.diagram.geometry import PlateShape

    try:
        raw = file.read_bytes()
    except OSError:
        return None
    stream = QDataStream(QByteArray(raw))
    if stream.readQString() != _MAGIC or stream.readInt32() != FORMAT:
        return None
    rect = QRectF()
    stream >> rect
    shapes = []
    for _ in range(stream.readInt32()):
        svg_id, target = stream.readQString(), stream.readQString()
        path = QPainterPath()
        stream >> path
        is_line, width = stream.readBool(), stream.readDouble()
        fill, stroke = _read_color(stream), _read_color(stream)
        shapes.append(PlateShape(svg_id, target, path, is_line, width, fill, stroke))
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return rect, shapes


def _write(file: Path, parsed: Parsed) -> None:
    rect, shapes = parsed
    buffer = QByteArray()
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(_MAGIC)
    stream.writeInt32(FORMAT)
    stream << rect
    stream.writeInt32(len(shapes))
    for shape in shapes:
        stream.writeQString(shape.svg_id)
        stream.writeQString(shape.target)
        stream << shape.path
        stream.writeBool(shape.is_line)
        stream.writeDouble(shape.stroke_width)
        _write_color(stream, shape.fill)
        _write_color(stream, shape.stroke)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=file.parent, prefix=".plate-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(buffer.data())
        os.replace(temp, file)
    except OSError:
        pass  # a read-only or full disk only costs the next start a parse


def _read_color(stream: QDataStream) -> QColor | None:
    if not stream.readBool():
        return None
    return QColor.fromRgba(stream.readUInt32())


def _write_color(stream: QDataStream, color: QColor | None) -> None:
    stream.writeBool(color is not None)
    if color is not None:
        stream.writeUInt32(color.rgba())
