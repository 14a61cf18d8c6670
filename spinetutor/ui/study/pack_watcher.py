"""Watches a lesson pack's files and folders and says when to reload, once per burst of saves.

Editors often save by writing a new file and renaming it over the old one, which drops the
file from QFileSystemWatcher; so every path is watched again after each change, and folders
are watched too so new files appear.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from spinetutor.core.lesson_pack import pack_files

DEBOUNCE_MS = 150


class PackWatcher(QObject):
    pack_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.watcher.fileChanged.connect(self._on_watcher_changed)
        self.watcher.directoryChanged.connect(self._on_watcher_changed)
        self.timer.timeout.connect(self._on_timer_timeout)

    def watch(self, root: Path | None) -> None:
        """Watch a pack folder (or single file); None stops watching."""
        self.root = root
        self.rewatch()

    def rewatch(self) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if self.root is None or not self.root.exists():
            return
        try:
            files = pack_files(self.root)
        except OSError:
            return
        folders = {str(p.parent) for p in files}
        if self.root.is_dir():
            folders.add(str(self.root))
            folders.update(str(p) for p in self.root.rglob("*") if p.is_dir())
        paths = sorted(folders) + [str(p) for p in files]
        if paths:
            self.watcher.addPaths(paths)

    def _on_watcher_changed(self, _path: str) -> None:
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.rewatch()
        self.pack_changed.emit()
