"""Qt harness for the plate benchmarks: the real window with a 1920x1080 plate view.

Clicks and moves go through the view's viewport (QTest / QMouseEvent), so they take the same
path a user's pointer takes: hit test, selection model, scene highlight, card, repaint.
"""

from __future__ import annotations

import copy
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent, QRegion  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

VIEW_W, VIEW_H = 1920, 1080
KINDS = ("vertebra:", "disc:", "root:", "region:")
SVG_NS = "http://www.w3.org/2000/svg"


def app() -> QApplication:
    from spinetutor.ui.app import ensure_app

    return ensure_app(offscreen=True)


def size_view(window: QWidget, view: QWidget) -> None:
    """Resize the top-level widget until the view's viewport is exactly 1920x1080 with the
    plate fitted (fitting can hide the scroll bars and so widen the viewport)."""
    window.show()
    for _ in range(6):
        view.fit_to_window()  # type: ignore[attr-defined]
        settle()
        vp = view.viewport().size()  # type: ignore[attr-defined]
        if (vp.width(), vp.height()) == (VIEW_W, VIEW_H):
            return
        window.resize(window.width() + VIEW_W - vp.width(), window.height() + VIEW_H - vp.height())
    raise RuntimeError(f"could not size the plate view to {VIEW_W}x{VIEW_H}: {vp}")


def wait_for_warmup(window: object) -> tuple[float, float]:
    """Run the event loop until the plate's picture warm-up is done: (wall ms from the call,
    the window painted, MiB of pictures held)."""
    from spinetutor.ui.diagram.items import SPRITES

    app_ = app()
    warmup = window.view.warmup  # type: ignore[attr-defined]
    start = time.perf_counter()
    while warmup is not None and not warmup.ready:
        app_.processEvents()
        if time.perf_counter() - start > 60:
            raise RuntimeError("the picture warm-up did not finish")
    return (time.perf_counter() - start) * 1000, SPRITES.used / 2**20


def settle() -> None:
    """Let Qt rebuild its scene index and flush pending repaints (never timed)."""
    for _ in range(3):
        app().processEvents()


class PaintCounter(QObject):
    """Counts paint events reaching a widget, to prove a timed step really painted, and
    collects the regions they painted (reset `regions` to start a new collection)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        self.regions = QRegion()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.regions = self.regions.united(event.region())  # type: ignore[attr-defined]
        return False


def targets(scene: object) -> list[tuple[str, QPointF]]:
    """Every vertebra, disc, root and region on the plate with a point that clicks it."""
    out = []
    for target in sorted(scene.targets()):  # type: ignore[attr-defined]
        if target.startswith(KINDS):
            point = scene.probe_point(target)  # type: ignore[attr-defined]
            if point is not None:
                out.append((target, point))
    return out


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def click(view: object, pos: QPoint) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     Qt.KeyboardModifier.NoModifier, pos)


def move(view: object, pos: QPoint) -> None:
    viewport = view.viewport()  # type: ignore[attr-defined]
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), viewport.mapToGlobal(QPointF(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def grown_svg(source: Path, copies: int, folder: Path) -> Path:
    """The plate with its clickable structures repeated `copies` times side by side."""
    ET.register_namespace("", SVG_NS)
    tree = ET.parse(source)
    root = tree.getroot()
    structures = root.find(f".//{{{SVG_NS}}}g[@id='structures']")
    if structures is None:
        raise ValueError("the plate has no <g id='structures'> group")
    x, y, width, height = (float(v) for v in root.get("viewBox", "0 0 1600 1000").split())
    for k in range(1, copies):
        clone = copy.deepcopy(structures)
        clone.set("id", f"structures-copy-{k}")
        clone.set("transform", f"translate({k * width:g},0)")
        root.append(clone)
    root.set("viewBox", f"{x:g} {y:g} {width * copies:g} {height:g}")
    root.set("width", f"{width * copies:g}")
    out = folder / f"plate_x{copies}.svg"
    tree.write(out, encoding="unicode")
    return out
