"""Which files in a folder the app opened: Linux inotify, so Qt's own C++ reads count too.

Python's audit hook (``open`` events) only sees files opened from Python; Qt loads pictures in
C++. inotify reports every open of a file in a watched folder by any code of any process, so
a test can say "nothing outside the pack was opened" of the whole app (no strace needed).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

IN_OPEN = 0x20
IN_ISDIR = 0x40000000
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")


class FolderOpens:
    """Names of files opened in ``folder`` (not sub-folders; folder listings ignored).

    Use as a context manager; ``opened()`` drains the events seen so far. Python ``open``
    calls on paths inside the folder are recorded too (audit hook), on every platform.
    """

    _hook_installed = False
    _active: list[FolderOpens] = []

    def __init__(self, folder: Path) -> None:
        self.folder = os.path.realpath(folder)
        self.names: list[str] = []
        self._fd = -1

    @staticmethod
    def available() -> bool:
        return sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None

    def __enter__(self) -> FolderOpens:
        if self.available():
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            self._fd = libc.inotify_init1(IN_NONBLOCK)
            if self._fd < 0 or libc.inotify_add_watch(
                    self._fd, os.fsencode(self.folder), IN_OPEN) < 0:
                raise OSError(ctypes.get_errno(), "inotify failed")
        if not FolderOpens._hook_installed:
            sys.addaudithook(FolderOpens._audit)
            FolderOpens._hook_installed = True
        FolderOpens._active.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.opened()
        FolderOpens._active.remove(self)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    @staticmethod
    def _audit(event: str, args: tuple) -> None:
        if event != "open" or not FolderOpens._active or not isinstance(args[0], str | bytes):
            return
        path = os.fsdecode(args[0])
        for watch in FolderOpens._active:
            if os.path.dirname(os.path.abspath(path)) == watch.folder:
                watch.names.append("python:" + os.path.basename(path))

    def opened(self) -> list[str]:
        """Every file name opened in the folder so far (inotify and Python opens)."""
        while self._fd >= 0:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size: offset + _EVENT.size + length]
                offset += _EVENT.size + length
                if not mask & IN_ISDIR:
                    self.names.append(name.rstrip(b"\0").decode(errors="replace"))
        return list(self.names)
