"""The one way a lesson pack's picture names become files: real files inside the pack only.

A pack comes from strangers. The validator and every view call ``resolve_picture`` (where is
it?) and ``read_picture`` (its bytes); Qt is only ever handed those bytes, never a path or URL,
so its own loaders cannot be pointed outside the pack. A name is refused when, after every
decoding (percent-escapes included, as Qt would decode a URL), it is empty, absolute, a web
or other address, uses ``..`` or a backslash, or when any folder or the file on the way is a
symbolic link or not a regular file (FIFOs and devices would hang or never end).

Pixel limits are checked from the file's header before anything decodes it
(``picture_size``); SVG pictures that refer to anything outside themselves are refused
(``svg_problem``).
"""

from __future__ import annotations

import os
import re
import stat
import struct
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote
from xml.etree import ElementTree

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
MAX_PICTURE_BYTES = 8 * 1024 * 1024
MAX_PICTURE_PIXELS = 64_000_000  # 8,000 x 8,000: larger is refused before decoding
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


class PictureRefused(Exception):
    """Why a picture name is not shown, and what the author should do."""

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        self.message, self.fix = message, fix


def decoded(name: str) -> str:
    """``name`` with percent-escapes decoded until nothing changes (``%252e`` -> ``.``)."""
    for _ in range(8):
        plain = unquote(name, errors="strict") if "%" in name else name
        if plain == name:
            return plain
        name = plain
    raise PictureRefused(f"picture name '{name}' is percent-encoded too many times",
                         "write the file name as it is")


def url_name(src: str) -> str:
    """The file a Markdown picture address names (a URL: percent-escapes decoded once)."""
    return unquote(src)


def _refuse_name(name: str) -> None:
    """Refuse names that are not plain relative paths, in every decoded form."""
    try:
        forms = {name, decoded(name)}
    except UnicodeDecodeError:
        raise PictureRefused(f"picture name '{name}' has a broken percent-escape",
                             "write the file name as it is") from None
    for form in forms:
        if not form.strip():
            raise PictureRefused("picture name is empty", "give the picture's file name")
        if any(ord(ch) < 32 or ch == "\x7f" for ch in form):
            raise PictureRefused(f"picture name {name!r} holds a control character",
                                 "rename the file with plain letters")
        if form.startswith(("/", "\\", ":")) or PureWindowsPath(form).is_absolute() \
                or PureWindowsPath(form).drive:
            raise PictureRefused(f"image path '{name}' is absolute",
                                 "give the path relative to this file")
        if _SCHEME.match(form):
            raise PictureRefused(
                f"image '{name}' is not a file in the pack (web addresses are never loaded)",
                "save the picture in the pack and give its relative path")
        if "\\" in form:
            raise PictureRefused(f"image path '{name}' uses '\\'", "use '/' between folders")
        if ".." in PurePosixPath(form).parts:
            shown = f"'{name}' (read as '{form}')" if form != name else f"'{name}'"
            raise PictureRefused(f"image path {shown} uses '..'",
                                 "keep pictures inside the pack folder")


def resolve_picture(pack_root: str, base_dir: str, name: str) -> str:
    """The real path of the picture ``name`` (relative to ``base_dir``) inside ``pack_root``.

    ``pack_root`` must be resolved (``os.path.realpath``). Every folder from the pack root
    to the file is checked with ``lstat``: a symbolic link anywhere on the way is refused, so
    the path checked is the path opened. Raises ``PictureRefused``.
    """
    _refuse_name(name)
    base = os.path.realpath(base_dir)
    if base != pack_root and not base.startswith(pack_root + os.sep):
        raise PictureRefused(f"image '{name}' resolves outside the pack",
                             "copy the picture into the pack")
    relative = os.path.relpath(base, pack_root)
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    steps = ([] if relative == "." else relative.split(os.sep)) + parts
    if os.path.splitext(name)[1].lower() not in PICTURE_SUFFIXES:
        raise PictureRefused(f"image '{name}' is not a picture file",
                             "use .png, .jpg, .gif, .svg or .webp")
    path = pack_root
    for index, part in enumerate(steps):
        path = os.path.join(path, part)
        try:
            info = os.lstat(path)
        except OSError:
            raise PictureRefused(f"image '{name}' not found") from None
        if stat.S_ISLNK(info.st_mode):
            raise PictureRefused(f"image '{name}' is reached through a symbolic link",
                                 "copy the picture itself into the pack")
        last = index == len(steps) - 1
        if last and not stat.S_ISREG(info.st_mode):
            raise PictureRefused(f"image '{name}' is not a regular file")
        if not last and not stat.S_ISDIR(info.st_mode):
            raise PictureRefused(f"image '{name}' not found")
    if not parts:
        raise PictureRefused("picture name is empty", "give the picture's file name")
    return path


def read_picture(path: str, max_bytes: int = MAX_PICTURE_BYTES) -> bytes:
    """The bytes of a picture ``resolve_picture`` returned, opened without following links.

    Raises ``PictureRefused`` when it changed into something else since, or is too large.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY)
    except OSError as exc:
        raise PictureRefused(f"cannot read the picture: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PictureRefused("the picture is not a regular file")
        if info.st_size > max_bytes:
            raise PictureRefused(
                f"the picture is larger than {max_bytes // (1024 * 1024)} MiB",
                "save it smaller (a slide needs at most about 2000 pixels across)")
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(max_bytes + 1)
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:
        raise PictureRefused(f"the picture is larger than {max_bytes // (1024 * 1024)} MiB")
    return data


_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8", "jpeg"), (b"GIF87a", "gif"),
          (b"GIF89a", "gif"))


def raster_format(data: bytes) -> str | None:
    """The picture format the bytes declare by their signature (never by the file name)."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def picture_problem(data: bytes, svg: bool) -> str | None:
    """Why these picture bytes must not be decoded (None when they may be)."""
    if svg:
        return svg_problem(data)
    if raster_format(data) is None:
        return "the file is not a PNG, JPEG, GIF or WebP picture"
    size = picture_size(data)
    if size is None or not size[0] or not size[1]:
        return "the picture's size cannot be read (is the file damaged?)"
    return pixel_problem(data)


def picture_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG, GIF, JPEG or WebP header (None when not recognised)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and len(data) >= 30:
        kind = data[12:16]
        if kind == b"VP8X":
            return (1 + int.from_bytes(data[24:27], "little"),
                    1 + int.from_bytes(data[27:30], "little"))
        if kind == b"VP8L":
            bits = int.from_bytes(data[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if kind == b"VP8 ":
            w, h = struct.unpack("<HH", data[26:30])
            return w & 0x3FFF, h & 0x3FFF
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The frame size from the first SOF marker (walking segment lengths: linear)."""
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = int.from_bytes(data[index + 2:index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[index + 5:index + 9])
            return w, h
        if length < 2:
            return None
        index += 2 + length
    return None


def pixel_problem(data: bytes) -> str | None:
    """Why a raster picture is too large to decode, from its header alone (None when fine)."""
    size = picture_size(data)
    if size is not None and size[0] * size[1] > MAX_PICTURE_PIXELS:
        return (f"the picture is {size[0]} x {size[1]} pixels, more than the "
                f"{MAX_PICTURE_PIXELS // 1_000_000} million a lesson may show")
    return None


_XLINK = "{http://www.w3.org/1999/xlink}"
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.I)


def svg_problem(data: bytes) -> str | None:
    """Why an SVG must not be drawn: it refers to a file or address outside itself.

    Refused: a DOCTYPE (entities can name files), processing instructions such as
    stylesheets, any ``href``/``xlink:href``/``src`` that is not ``#fragment`` or a
    ``data:image/...`` URL, CSS ``url(...)`` that is not ``#fragment``, and ``@import``.
    """
    head = data[:4096].lower()
    if b"<!doctype" in data.lower() or b"<!entity" in head:
        return "the SVG declares a DOCTYPE or entities (they can name files)"
    if re.search(rb"<\?(?!xml\s)", data):
        return "the SVG holds a processing instruction (e.g. a stylesheet link)"
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return f"the SVG cannot be read ({exc})"
    for element in root.iter():
        for key, value in element.attrib.items():
            local = key.rsplit("}", 1)[-1].lower()
            if local in ("href", "src") or key.startswith(_XLINK):
                target = value.strip()
                if not (target.startswith("#") or _raster_data(target)):
                    return f"the SVG refers to '{target[:80]}' outside itself"
            if "url(" in value.lower() and _outside_url(value):
                return f"the SVG refers to '{_outside_url(value)}' outside itself"
        tag = element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""
        text = element.text or ""
        if tag == "style" and ("@import" in text.lower() or _outside_url(text)):
            return "the SVG's style sheet loads something outside the picture"
    return None


def _outside_url(css: str) -> str | None:
    for match in _CSS_URL.finditer(css):
        target = match.group(1)
        if not target.startswith("#") and not _raster_data(target):
            return target[:80] or "(empty)"
    return None


def _raster_data(url: str) -> bool:
    """A picture embedded as a data: URL in a raster format (an SVG inside could refer out)."""
    return url.lower().startswith(("data:image/png", "data:image/jpeg", "data:image/gif",
                                   "data:image/webp"))
