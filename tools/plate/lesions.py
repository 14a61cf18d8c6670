"""Lesion layers of the side view, the leg and foot views and the coronal inset.

Each pathology of assets/atlas/pathology.yaml is drawn into its own hidden group
`lesion.<id>` (see Plate.lesion); the app shows the group of the condition on display. Every
lesion is hatched and outlined (Plate.lesion_shape), so none relies on colour. Herniations are
placed from the drawn roots: each reaches the root its type compresses and wraps round it.
"""

from __future__ import annotations

import math

import numpy as np
from geom import ellipse_path, poly_path, smooth_path, stroke_area
from plate import LESION_INK, Plate, esc
from PySide6.QtGui import QPainterPath, QTransform
from slips import draw_slips
from spine import closed_local, local_fn


def load_ids(path) -> set[str]:
    """Every pathology id of the catalogue (levels expanded), as the app reads it."""
    import sys

    import yaml

    root = path.parents[2]
    sys.path.insert(0, str(root))
    from spinetutor.core.pathology import expand

    return set(expand(yaml.safe_load(path.read_text(encoding="utf-8"))["pathologies"]))


def _root_band(pts: list, width: float = 5.0) -> QPainterPath:
    return stroke_area(smooth_path([tuple(p) for p in pts]), width)


def _nearest(pts: list, p: np.ndarray) -> np.ndarray:
    line = np.array(smooth_path_points(pts))
    return line[np.argmin(np.linalg.norm(line - p, axis=1))]


def smooth_path_points(pts: list, n: int = 200) -> list[tuple[float, float]]:
    path = smooth_path([tuple(p) for p in pts])
    return [(path.pointAtPercent(k / n).x(), path.pointAtPercent(k / n).y())
            for k in range(n + 1)]


def _blob(a: np.ndarray, b: np.ndarray, width: float) -> QPainterPath:
    """A rounded lump from point a to point b, `width` across."""
    mid = (a + b) / 2
    d = b - a
    length = float(np.linalg.norm(d)) + width * 0.5
    ang = math.degrees(math.atan2(d[1], d[0]))
    return ellipse_path(float(mid[0]), float(mid[1]), length / 2, width / 2, ang)


def draw_side_lesions(plate: Plate, geo: dict, dt: dict, wanted: set[str]) -> None:
    spine, bn, ped = dt["spine"], dt["by_name"], dt["ped"]
    roots = dt["root_paths"]
    rules = {"T12-L1": (None, "T12"), "L1-L2": ("L2", "L1"), "L2-L3": ("L3", "L2"),
             "L3-L4": ("L4", "L3"), "L4-L5": ("L5", "L4"), "L5-S1": ("S1", "L5")}
    for disc, (trav, exit_) in rules.items():
        up, lo = disc.split("-")
        eu, el = bn[up], bn[lo]
        s_mid = (eu["s1"] + el["s0"]) / 2
        t = el["s0"] - eu["s1"]
        D = (eu["D"] + el["D"]) / 2
        P = ped * D
        L = local_fn(spine, s_mid)
        margin = np.array(L(-D / 2 + 1, 0))
        disc_shape = dt["discs"][disc]
        # posterolateral: from the back of the disc to the traversing root, wrapped round it
        pid = f"herniation.posterolateral.{disc}"
        if pid in wanted:
            if trav in roots:
                target = _nearest(roots[trav], np.array(L(-D / 2 - 0.4 * P, -t * 0.3)))
                band = _root_band(roots[trav], 4.6)
            else:
                target, band = np.array(L(-D / 2 - 0.45 * P, -t * 0.3)), QPainterPath()
            shape = _blob(margin, target, t * 1.05).united(disc_base(L, D, t))
            plate.lesion_shape(pid, shape.subtracted(band).subtracted(_bodies(dt, up, lo)))
        # central: a broad mushroom deep into the sac
        pid = f"herniation.central.{disc}"
        if pid in wanted:
            deep = np.array(L(-D / 2 - 0.78 * P, -t * 0.35))
            shape = _blob(margin, deep, t * 1.6).united(disc_base(L, D, t))
            plate.lesion_shape(pid, shape.subtracted(_bodies(dt, up, lo)))
        # far lateral: up and out into the foramen, onto the exiting root
        pid = f"herniation.far_lateral.{disc}"
        if pid in wanted:
            corner = np.array(L(-D / 2 + 2, t * 0.4))
            target = _nearest(roots[exit_], corner) if exit_ in roots else \
                np.array(L(-D / 2 - 0.2 * P, t * 1.4))
            band = _root_band(roots[exit_], 4.6) if exit_ in roots else QPainterPath()
            shape = _blob(corner, target, t * 0.95).united(disc_base(L, D, t, top=True))
            plate.lesion_shape(pid, shape.subtracted(band).subtracted(_bodies(dt, up, lo)))
        # degenerated: a thin, bulging disc between sclerotic end plates, spurs at the corners
        pid = f"degenerated.{disc}"
        if pid in wanted:
            keep = 0.32   # the share of the disc's height left (each side of the middle)
            bodies = _bodies(dt, up, lo)
            # the bodies come closer: the lost height is bone (end plate sclerosis), each
            # end plate moved into the disc along its own vertebra's axis
            closer = QPainterPath()
            for e, sign in ((eu, 1), (el, -1)):
                tangent = spine.at(e["sc"])[1] * sign * (0.5 - keep) * t
                body = dt["bodies"].get(e["name"], dt["shapes"][e["name"]])
                closer = closer.united(body.translated(*tangent))
            plate.lesion_shape(pid, disc_shape.intersected(closer).subtracted(bodies), "bone")
            thin = disc_shape.subtracted(closer).united(
                ellipse_path(*L(D / 2 - 1, 0), 3.4, t * keep).subtracted(closer)).united(
                ellipse_path(*L(-D / 2 + 1, 0), 3.4, t * keep).subtracted(closer))
            plate.lesion_shape(pid, thin.subtracted(bodies), "disc", 0)
            spurs = QPainterPath()
            for a, sgn in ((D / 2, 1), (-D / 2, -1)):
                for e, side in ((eu, -1), (el, 1)):
                    Le = local_fn(spine, e["sc"])
                    y = side * e["H"] / 2
                    spurs = spurs.united(closed_local(Le, [
                        (a - sgn * 4, y - side * 2.5), (a + sgn * 3.2, y + side * 0.6),
                        (a + sgn * 1.2, y + side * 2.2), (a - sgn * 1.5, y + side * 0.4)]))
            plate.lesion_shape(pid, spurs, "bone")
            # height loss: arrows pressing the disc together
            for k in (1, -1):
                tip = np.array(L(D * 0.3, k * t * 0.34))
                base = np.array(L(D * 0.3, k * t * 2.4))
                _arrow(plate, pid, base, tip)
    for pid in sorted(w for w in wanted if w.startswith("stenosis.")):
        _stenosis(plate, dt, pid)
    draw_slips(plate, dt, wanted)


def _bodies(dt: dict, *names: str) -> QPainterPath:
    out = QPainterPath()
    for n in names:
        body = dt["bodies"].get(n)
        if body is not None:
            out = out.united(body)
    return out


def disc_base(L, D: float, t: float, top: bool = False) -> QPainterPath:
    """The back of the disc the herniated material comes out of."""
    lo = 0 if top else -t * 0.5
    return poly_path([L(-D / 2 + 6, t * 0.5), L(-D / 2 - 1, t * 0.5), L(-D / 2 - 1, lo),
                      L(-D / 2 + 6, lo)])


def _arrow(plate: Plate, pid: str, base: np.ndarray, tip: np.ndarray) -> None:
    d = tip - base
    d = d / max(float(np.linalg.norm(d)), 1e-9)
    n = np.array([-d[1], d[0]])
    head = [tip, tip - d * 5 + n * 3, tip - d * 5 - n * 3]
    layer = plate.lesion(pid)
    layer.append(f'<path d="M{base[0]:.1f} {base[1]:.1f} L{tip[0] - d[0] * 4:.1f} '
                 f'{tip[1] - d[1] * 4:.1f}" fill="none" stroke="{LESION_INK}" '
                 f'stroke-width="1.4"/>')
    layer.append('<path d="M' + " L".join(f"{x:.1f} {y:.1f}" for x, y in head)
                 + f' Z" fill="{LESION_INK}" stroke="none"/>')


def _stenosis(plate: Plate, dt: dict, pid: str) -> None:
    """A thick ligamentum flavum bulging into the back of the canal, big facets and a bulging
    disc in front: the canal narrowed from three sides (lateral recess: the facet grows most)."""
    spine, bn, ped = dt["spine"], dt["by_name"], dt["ped"]
    family, disc = pid.rsplit(".", 1)
    central = family == "stenosis.central"
    up, lo = disc.split("-")
    eu, el = bn[up], bn[lo]
    s_mid = (eu["s1"] + el["s0"]) / 2
    t = el["s0"] - eu["s1"]
    D = (eu["D"] + el["D"]) / 2
    P = ped * D
    L = local_fn(spine, s_mid)
    back = -D / 2 - P - 1
    depth = 0.42 if central else 0.24
    flavum = closed_local(L, [(back - 2, t * 2.2), (back + P * depth * 0.6, t * 1.2),
                              (back + P * depth, 0), (back + P * depth * 0.7, -t * 1.1),
                              (back - 2, -t * 2.0)])
    plate.lesion_shape(pid, flavum.subtracted(_bodies(dt, up, lo)), "ligament", 135)
    W = dt["pil"] * D
    grow = 1.0 if central else 1.5
    facet = closed_local(L, [(back - 0.2 * W, t * 1.6 * grow), (back - 0.75 * W, t * 1.3),
                             (back - 0.95 * W, 0), (back - 0.7 * W, -t * 1.5 * grow),
                             (back - 0.1 * W, -t * 1.2), (back + 2 * grow, 0)])
    plate.lesion_shape(pid, facet.subtracted(flavum), "bone")
    if central:
        bulge = closed_local(L, [(-D / 2 + 4, t * 0.45), (-D / 2 - 0.2 * P, t * 0.2),
                                 (-D / 2 - 0.26 * P, -t * 0.2), (-D / 2 + 4, -t * 0.45)])
        plate.lesion_shape(pid, bulge.subtracted(_bodies(dt, up, lo)), "disc")


# ---- peripheral entrapment sites ----------------------------------------------------------
SITES = {   # pathology -> [(nerve strand, fraction along it, label, label dx, dy), ...]
    "entrapment.fibular_head": [("common_peroneal.front", 0.35, "fibular head", -92, 30),
                                ("common_peroneal.back", 0.96, "fibular head", 36, -22)],
    "entrapment.tarsal_tunnel": [("tibial.back", 0.93, "tarsal tunnel", -104, 22),
                                 ("tibial.sole", 0.1, "tarsal tunnel", 40, -16)],
    "entrapment.sural": [("sural.back", 0.93, "sural n. at the ankle", 26, 22)],
    "entrapment.saphenous": [("saphenous.front", 0.45, "adductor canal", 30, -8),
                             ("saphenous.back", 0.05, "adductor canal", -96, -14)],
}


def draw_entrapments(plate: Plate, placed: dict, wanted: set[str]) -> None:
    for pid, sites in SITES.items():
        if pid not in wanted:
            continue
        layer = plate.lesion(pid)
        for number, (strand_id, frac, text, dx, dy) in enumerate(sites):
            pts = placed[strand_id][0]
            path = smooth_path([tuple(p) for p in pts])
            frac = min(max(frac, 0.02), 0.98)
            c = path.pointAtPercent(frac)
            ang = path.angleAtPercent(frac)
            cuff = QTransform().translate(c.x(), c.y()).rotate(-ang).map(
                _rounded_rect(21, 13))
            plate.lesion_shape(pid, cuff, "site", 0, spacing=2.2)
            if number:   # one label per site: the second view shows the cuff only
                continue
            tx = c.x() + dx if dx > 0 else c.x() - 12
            plate.label(text, tx, c.y() + dy, c.x(), c.y(), size=9.5, layer=layer,
                        fill=LESION_INK, weight="bold")
    pid = "entrapment.morton"
    if pid in wanted:
        layer = plate.lesion(pid)
        pts = placed["medial_plantar.sole"][2]    # the branch to the third web space
        path = smooth_path([tuple(p) for p in pts])
        c = path.pointAtPercent(0.72)
        ang = path.angleAtPercent(0.72)
        spindle = QTransform().translate(c.x(), c.y()).rotate(-ang).map(
            ellipse_path(0, 0, 8, 4.2))
        plate.lesion_shape(pid, spindle, "site", 0, spacing=2.0)
        plate.label("Morton's neuroma", c.x() - 26, c.y() - 44, c.x() - 3, c.y() - 4,
                    size=9.5, layer=layer, fill=LESION_INK, weight="bold")


def _rounded_rect(w: float, h: float) -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(-w / 2, -h / 2, w, h, 3, 3)
    return p


# ---- scoliosis: a coronal inset ----------------------------------------------------------
def draw_scoliosis(plate: Plate, geo: dict, wanted: set[str]) -> None:
    if "scoliosis" not in wanted:
        return
    cfg = geo["coronal"]
    x0, y0, w, h = cfg["panel"]
    lid = "scoliosis.coronal"
    layer = plate.lesion(lid)
    pal = plate.pal
    layer.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" rx="8" fill="#fbfaf6" '
                 f'stroke="{LESION_INK}" stroke-width="1.2"/>')
    plate.text(x0 + w / 2, y0 + 15, "Scoliosis — coronal view", size=9.5, anchor="middle",
               weight="bold", fill=pal["title"], layer=layer)
    plate.text(x0 + w / 2, y0 + 27, "seen from behind", size=8, anchor="middle", fill="#555",
               layer=layer)
    names = ["T12", "L1", "L2", "L3", "L4", "L5"]
    cx = x0 + w / 2
    top, bot = y0 + 34, y0 + h - 36
    step = (bot - top) / (len(names) + 0.4)
    amp = cfg.get("amplitude", 16)
    centres = []
    for i in range(len(names)):
        y = top + step * (i + 0.5)
        k = (y - top) / (bot - top)
        x = cx + amp * math.sin(math.pi * k)
        tilt = math.degrees(math.atan(amp * math.pi * math.cos(math.pi * k) / (bot - top)))
        centres.append((x, y, tilt))
    for i, (x, y, tilt) in enumerate(centres):
        bw = 30 + i * 1.8
        body = QPainterPath()
        body.addRoundedRect(-bw / 2, -step * 0.34, bw, step * 0.68, 3, 3)
        t = QTransform().translate(x, y).rotate(-tilt)
        plate.qpath(layer, t.map(body), fill=pal["bone"], stroke=pal["bone_outline"],
                    stroke_width="0.9")
        # pedicles as small ovals, turned with the rotation of the curve
        shift = 3.5 * math.sin(math.pi * (i + 0.5) / len(names))
        for side in (-1, 1):
            ped = t.map(ellipse_path(side * bw * 0.3 + shift, 0, 2.6, 3.2))
            plate.qpath(layer, ped, fill="#e0cfa8", stroke=pal["bone_outline"],
                        stroke_width="0.6")
        plate.text(x + 17 + i * 0.8, y + 3, names[i], size=7.5, fill="#5a4127",
                   translate=False, layer=layer)
        if i + 1 < len(centres):
            x2, y2, _ = centres[i + 1]
            mx, my = (x + x2) / 2, (y + y2) / 2
            disc = QTransform().translate(mx, my).rotate(-(tilt + centres[i + 1][2]) / 2).map(
                _rounded_rect(bw - 2, step * 0.26))
            plate.lesion_shape(lid, disc, "disc", 0, spacing=2.0)
    sacrum = poly_path([(cx - 20, bot - 2), (cx + 20, bot - 2), (cx + 8, bot + 18),
                        (cx - 8, bot + 18)])
    plate.qpath(layer, sacrum, fill=pal["bone"], stroke=pal["bone_outline"], stroke_width="0.9")
    # Cobb lines: along the most tilted end plates
    for (x, y, tilt), sign in ((centres[0], -1), (centres[-1], 1)):
        a = math.radians(-tilt)
        dx, dy = math.cos(a) * 29, math.sin(a) * 29
        yy = y + sign * step * 0.34
        layer.append(f'<path d="M{x - dx:.1f} {yy - dy:.1f} L{x + dx:.1f} {yy + dy:.1f}" '
                     f'stroke="{LESION_INK}" stroke-width="1" stroke-dasharray="4 2" '
                     'fill="none"/>')
    plate.text(x0 + w / 2, y0 + h - 6, "Cobb angle between the end plates", size=7.5,
               anchor="middle",
               fill=LESION_INK, layer=layer)


__all__ = ["draw_side_lesions", "draw_entrapments", "draw_scoliosis", "load_ids", "esc"]
