"""Renders the plate's highlight pictures while the app is idle, before anyone clicks.

A structure's highlight states are pictures rendered once per zoom (raster.py, items.py);
the first click on a structure used to render its whole pathway's pictures, 5-25 ms at
1920x1080 instead of a 4 ms copy. After the plate is painted at a new zoom, this renders
every picture a selection or hover there can need, in slices short enough that a click or
key press arriving meanwhile waits at most one slice. It stops at a share of the picture
cache's budget, so a huge screen or a deep zoom keeps the cache's least-recently-used
behaviour instead of filling it with pictures nobody asked for. The pictures it renders (or
finds already rendered by a paint) are trimmed to what they show, which halves their memory
and the pixels every later copy blends.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPainter

from spinetutor.ui.diagram.items import SPRITES, StructureItem
from spinetutor.ui.diagram.raster import RasterGrid
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.styles import State

SLICE_S = 0.003      # rendering per event-loop pass: what a click may have to wait
START_DELAY_MS = 250  # after a paint at a new zoom: skips the steps of a wheel zoom, and the
                      # start-up (self-test, snapshots) that closes before it is idle
BUDGET_SHARE = 0.6   # of the picture cache's budget, for one zoom's warm-up


class PictureWarmup(QObject):
    """Idle-time rendering of one PlateView's pictures for the zoom it last painted."""

    def __init__(self, scene: PlateScene, parent: QObject | None = None,
                 prepare: Callable[[], None] | None = None) -> None:
        """`prepare`: the view's own idle work for a new zoom (its art images), run first,
        in a pass of its own."""
        super().__init__(parent)
        self.scene = scene
        self._prepare = prepare
        self._prepared = False
        self._key: tuple[object, ...] | None = None
        self._grid: RasterGrid | None = None
        self._hints = QPainter.RenderHint.Antialiasing
        self._jobs: Iterator[tuple[StructureItem, State]] | None = None
        self._bytes = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def ready(self) -> bool:
        """The pictures for the zoom last painted are rendered (or the budget share is)."""
        return self._key is not None and not self.running

    def painted(self, grid: RasterGrid, hints: QPainter.RenderHint) -> None:
        """The view painted on `grid`; start warming it unless that is already under way
        or done (scrolling by whole pixels keeps the pictures, a new zoom does not)."""
        key = (grid.key, hints.value, (grid.anchor[0] - grid.bx) % 8,
               (grid.anchor[1] - grid.by) % 8)
        if key == self._key:
            return
        self._key, self._grid, self._hints = key, grid, hints
        self._jobs = self.scene.likely_states()
        self._bytes = 0
        self._prepared = self._prepare is None
        self._timer.start(START_DELAY_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._jobs = None

    def _step(self) -> None:
        """Render for one slice, then yield to the event loop (the view's own preparation
        takes a pass of its own)."""
        if self._jobs is None or self._grid is None:
            self.stop()
            return
        self._timer.setInterval(0)
        try:
            if not self._prepared:
                self._prepared = True
                self._prepare()  # type: ignore[misc]
                return
            end = time.perf_counter() + SLICE_S
            limit = SPRITES.budget * BUDGET_SHARE
            for item, state in self._jobs:
                if item.scene() is not self.scene:
                    continue
                before = SPRITES.put_bytes
                item.picture(state, self._grid, self._hints, trimmed=True)
                self._bytes += SPRITES.put_bytes - before
                if self._bytes >= limit:
                    break
                if time.perf_counter() > end:
                    return
        except Exception:
            self.stop()  # pictures are then rendered on demand; report once, not every pass
            raise
        self.stop()
