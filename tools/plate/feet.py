"""The two foot views (sole and dorsum): outline with toes, and surface details."""

from __future__ import annotations

import math

from geom import ellipse_path, smooth_path, union_all
from plate import Plate
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QTransform


def toe_capsule(base, tip, width) -> QPainterPath:
    bx, by = base
    tx, ty = tip
    ang = math.degrees(math.atan2(ty - by, tx - bx))
    length = math.hypot(tx - bx, ty - by) + 10
    p = QPainterPath()
    r = width / 2
    p.addRoundedRect(QRectF(-10, -r, length, width), r * 0.95, r)
    t = QTransform()
    t.translate(bx, by)
    t.rotate(ang)
    return t.map(p)


def foot_outline(cfg: dict) -> tuple[QPainterPath, dict[str, QPainterPath]]:
    dx, dy = cfg.get("offset", [0, 0])
    body = smooth_path([(x + dx, y + dy) for x, y in cfg["body"]], closed=True)
    toes = {}
    for name, (base, tip, w) in cfg["toes"].items():
        toes[name] = toe_capsule((base[0] + dx, base[1] + dy), (tip[0] + dx, tip[1] + dy), w)
    sil = union_all([body, *toes.values()]).simplified()
    return sil, toes


def foot_details(plate: Plate, geo: dict, hint) -> None:
    """Toe nails (dorsum), toe creases and pads (sole), tendon hints."""
    so = plate.pal["skin_outline"]
    # feet: toe nails (dorsum), creases (sole)
    for name, (_base, tip, w) in geo["dorsum"]["toes"].items():
        tx, ty = tip
        tx += geo["dorsum"].get("offset", [0, 0])[0]
        plate.qpath(plate.front, ellipse_path(tx, ty + w * 0.55, w * 0.3, w * 0.32), fill="#fbeee4",
                    stroke=so, stroke_width="0.6", stroke_opacity="0.7",
                    id=f"art-nail-{name}")
    for _name, (base, _tip, w) in geo["sole"]["toes"].items():
        bx, by = base
        plate.path(plate.front, f"M{bx - w * 0.35:.1f} {by - 4:.1f} q{w * 0.35:.1f} 3 "
                               f"{w * 0.7:.1f} 0", fill="none", stroke=so, stroke_width="0.7",
                   stroke_opacity="0.5")
    # sole: ball and heel pads hint
    hint("sole", [(684, 760), (720, 750), (766, 756)], 0.8, 0.3)
    hint("sole", [(690, 880), (722, 872), (760, 880)], 0.8, 0.3)
    # top of the foot: ankle crease between the malleoli, the malleoli, the instep (extensor
    # tendons fanning from the ankle to the toes, tibialis anterior to the medial border)
    hint("dorsum", [(986, 878), (1006, 868), (1030, 866), (1052, 872), (1068, 888)], 0.9, 0.45)
    hint("dorsum", [(984, 906), (988, 892), (996, 884)], 0.8, 0.4)           # medial malleolus
    hint("dorsum", [(1068, 914), (1066, 900), (1060, 892)], 0.8, 0.4)        # lateral malleolus
    hint("dorsum", [(998, 872), (990, 840), (986, 806)], 0.7, 0.3)           # tibialis anterior
    hint("dorsum", [(1012, 868), (1000, 812), (990, 760), (984, 730)], 0.7, 0.3)   # hallucis
    for tx, ty in ((1006, 716), (1027, 720), (1046, 728), (1062, 740)):      # digitorum
        hint("dorsum", [(1036, 868), (1036 + (tx - 1036) * 0.45, 800), (tx, ty)], 0.6, 0.22)
