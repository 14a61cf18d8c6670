"""The plate's printed labels as the room sees them: where each one is, how tall it is drawn.

The plate SVG draws its labels as plain `<text>` elements at sizes from 7 to 22 plate units.
Present frames the plate so that every label on screen is at least 18 px tall on a 1080-line
projector, so it needs to know which labels a view shows and their size: this module reads
them once per SVG file (the art's labels, and each condition's labels, shown only while that
condition is drawn) and measures them with the font the SVG names.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTransform

from spinetutor.ui.diagram.label_floor import raised_svg
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.view import PlateView

_SVG = "{http://www.w3.org/2000/svg}"
_ROTATE = re.compile(r"rotate\(\s*([-\d.]+)(?:[\s,]+([-\d.]+)[\s,]+([-\d.]+))?\s*\)")


@dataclass(frozen=True)
class PlateLabel:
    text: str
    size: float       # font size in plate units
    rect: QRectF      # where it is drawn, in scene units
    group: str        # "" for the plate's art, else the condition's SVG group


def _measure(element: ET.Element, group: str) -> PlateLabel | None:
    text = "".join(element.itertext()).strip()
    if not text:
        return None
    size = float(element.get("font-size", "10"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(100)   # measured at 100 units, scaled to `size`
    font.setBold(element.get("font-weight") == "bold")
    font.setItalic(element.get("font-style") == "italic")
    width = QFontMetricsF(font).horizontalAdvance(text) * size / 100
    x, y = float(element.get("x", "0")), float(element.get("y", "0"))
    anchor = element.get("text-anchor", "start")
    left = x - {"middle": width / 2, "end": width}.get(anchor, 0.0)
    rect = QRectF(left, y - 0.76 * size, width, size)
    found = _ROTATE.search(element.get("transform", ""))
    if found:
        angle = float(found.group(1))
        cx = float(found.group(2) or 0)
        cy = float(found.group(3) or 0)
        turn = QTransform().translate(cx, cy).rotate(angle).translate(-cx, -cy)
        rect = turn.mapRect(rect)
    return PlateLabel(text, size, rect, group)


@cache
def plate_labels(svg_file: Path, floor: float = 0.0) -> tuple[PlateLabel, ...]:
    """Every label the plate draws with its labels raised to `floor` units (0: as drawn):
    the art's, then each condition group's (its own id)."""
    root = ET.fromstring(raised_svg(svg_file, floor))
    found: list[PlateLabel] = []

    def walk(element: ET.Element, group: str) -> None:
        for child in element:
            if child.tag == f"{_SVG}text":
                label = _measure(child, group)
                if label is not None:
                    found.append(label)
                continue
            ident = child.get("id", "")
            walk(child, ident if ident.startswith("lesion.") else group)

    walk(root, "")
    return tuple(found)


def shown_labels(scene: PlateScene) -> list[PlateLabel]:
    """The labels the scene draws now: the art's and those of the condition on show."""
    groups = set(scene.lesions.shown_groups())
    return [label for label in plate_labels(Path(scene.svg_file), scene.label_floor)
            if not label.group or label.group in groups]


def labels_in(scene: PlateScene, rect: QRectF) -> list[PlateLabel]:
    """Shown labels whose middle lies inside scene `rect` (what a view of it shows)."""
    return [label for label in shown_labels(scene) if rect.contains(label.rect.center())]


def labels_on_screen(view: PlateView) -> list[tuple[PlateLabel, float]]:
    """The labels `view` shows, each with its height on screen in pixels."""
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    scale = view.current_scale()
    return [(label, label.size * scale) for label in labels_in(view.plate, shown)]
