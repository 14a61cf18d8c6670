"""How each highlight state looks: colour-blind-safe (Okabe-Ito) and never colour alone.

Every state also differs in outline weight, dash pattern or hatching, so it reads in
greyscale and on a washed-out projector.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen


class State(IntEnum):
    NORMAL = 0
    HOVERED = 1
    FOCUSED = 2
    OVERLAP = 3        # a root that only other maps give this skin: orange, dotted, thin
    DERMATOME = 4      # skin of the selected root(s): orange, diagonal hatching
    TERRITORY = 5      # skin of a peripheral nerve: blue, cross-hatching, dashed outline
    ROOT_PATH = 6      # nerves/roots carrying the root's fibres: orange, thick
    NERVE_PATH = 7     # the peripheral nerve path of a selected region: blue, dashed
    SELECTED = 8       # the structure itself: vermillion, heavy outline


ORANGE = QColor("#E69F00")
VERMILLION = QColor("#D55E00")
BLUE = QColor("#0072B2")
SKY = QColor("#56B4E9")
INK = QColor("#1a1a1a")


@dataclass(frozen=True)
class Look:
    fill: QColor | None
    hatch: Qt.BrushStyle | None
    outline: QColor
    outline_width: float
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine


def _alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


AREA_LOOKS: dict[State, Look] = {
    State.HOVERED: Look(_alpha(SKY, 90), None, INK, 1.5, Qt.PenStyle.DashLine),
    State.FOCUSED: Look(_alpha(SKY, 70), None, INK, 2.5, Qt.PenStyle.DotLine),
    State.DERMATOME: Look(_alpha(ORANGE, 150), Qt.BrushStyle.BDiagPattern, QColor("#8a5a00"), 2.0),
    State.TERRITORY: Look(_alpha(BLUE, 95), Qt.BrushStyle.DiagCrossPattern, BLUE, 2.0,
                          Qt.PenStyle.DashLine),
    State.SELECTED: Look(_alpha(VERMILLION, 170), Qt.BrushStyle.FDiagPattern, INK, 3.5),
}

LINE_LOOKS: dict[State, Look] = {
    State.HOVERED: Look(None, None, SKY, 3.0),
    State.FOCUSED: Look(None, None, SKY, 3.0, Qt.PenStyle.DotLine),
    State.OVERLAP: Look(None, None, ORANGE, 1.5, Qt.PenStyle.DotLine),
    State.ROOT_PATH: Look(None, None, VERMILLION, 3.0),
    State.NERVE_PATH: Look(None, None, BLUE, 3.0, Qt.PenStyle.DashLine),
    State.SELECTED: Look(None, None, VERMILLION, 4.0),
    State.DERMATOME: Look(None, None, VERMILLION, 3.0),
    State.TERRITORY: Look(None, None, BLUE, 3.0, Qt.PenStyle.DashLine),
}


def hatch_brush(look: Look) -> QBrush | None:
    if look.hatch is None:
        return None
    brush = QBrush(_alpha(INK, 120), look.hatch)
    return brush


def outline_pen(look: Look, extra: float = 0.0) -> QPen:
    pen = QPen(look.outline, look.outline_width + extra, look.dash)
    pen.setCosmetic(False)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen
