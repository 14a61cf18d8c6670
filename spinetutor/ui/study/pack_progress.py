"""A progress dialog while a lesson pack loads, for the packs that make a person wait.

A pack the app has not opened before is parsed and checked file by file (about 1.7 ms a
lesson file here: 1,000 files take close to 2 s). The dialog appears only when loading has
already taken `DELAY_MS`, so the course and small packs open without a flash; it says how many
files are done, and it is window-modal so nothing else is clicked while the pack is half-read.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from spinetutor.ui.i18n import translate

DELAY_MS = 400
LABEL = QT_TRANSLATE_NOOP("Study", "Opening the lesson pack: {done} of {total} files\u2026")


class PackProgress:
    """Pass `report` to load_pack as its `progress`; call `close()` when the load is done."""

    def __init__(self, parent: QWidget | None, delay_ms: int | None = None) -> None:
        self.parent = parent
        self.delay = (DELAY_MS if delay_ms is None else delay_ms) / 1000
        self.started = time.monotonic()
        self.dialog: QProgressDialog | None = None

    def report(self, done: int, total: int) -> None:
        if self.dialog is None:
            if time.monotonic() - self.started < self.delay or done >= total:
                return
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setWindowTitle(translate("Study", "Opening lessons"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setCancelButton(None)   # a half-read pack is never shown
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setRange(0, total)
        self.dialog.setLabelText(translate("Study", LABEL).format(done=done, total=total))
        self.dialog.setValue(done)   # a modal dialog's setValue lets it paint (processEvents)

    @property
    def shown(self) -> bool:
        return self.dialog is not None

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
