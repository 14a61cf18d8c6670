"""Write small files (settings, exports) so a crash leaves either the old or the new file.

An in-place rewrite killed half-way leaves a truncated, unreadable file; writing a temp file in
the same folder, fsyncing it and renaming it over the target cannot be half-done.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; some platforms (Windows) cannot open a folder: skip."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically: temp file, flush, fsync, os.replace, fsync dir."""
    target = Path(path)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)


def atomic_write_text(
    path: str | os.PathLike[str], text: str, encoding: str = "utf-8", newline: str | None = None
) -> None:
    """Text version of :func:`atomic_write_bytes`; ``newline`` as in ``open()`` (None = "\\n")."""
    if newline not in (None, "", "\n"):
        text = text.replace("\n", newline)
    atomic_write_bytes(path, text.encode(encoding))
