"""A mode plugs its panels and plate interaction into the main window and takes them out again.

Modelled on Mu's modes: each mode is a small object with a name, what it allows, and
activate()/deactivate(); the window owns the plate and the selection, a mode only borrows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow


class Mode(QObject):
    name = "base"
    title = "Mode"
    records_progress = False   # may answers be stored?
    lay_language = False       # plain words for patients

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def may_leave(self) -> bool:
        """False keeps the window in this mode (e.g. the clinician cancels losing a patient)."""
        return True

    def activate(self) -> None:
        """Show this mode's panels and install its plate interaction."""

    def deactivate(self) -> None:
        """Hide this mode's panels and remove its plate interaction."""
