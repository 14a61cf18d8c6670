"""Spondylolisthesis layers: the slipped vertebra moved to its new place, not drawn over itself.

A lesion layer lies above the whole plate. A slip therefore first covers the vertebra where it
was, and the discs above and below it (the slip shears them), with the paper colour, leaving
holes where the roots and the cauda equina cross so they still show in whatever state the
app draws them (the root the slip pinches is lit). Then it draws the canal, the sheared discs
and the vertebra in its new place, hatched and outlined like every lesion, the old place
dashed, the Meyerding quarters on the lower vertebra's end plate with the slip measured
against them and, for an isthmic slip, the gap in the pars interarticularis where the arch
stays behind.
"""

from __future__ import annotations

import math

import numpy as np
from geom import ellipse_path, poly_path, smooth_path, stroke_area, to_d
from plate import LESION_INK, Plate
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QTransform
from spine import local_fn

GRADE_I = 0.2   # the slip as a fraction of the lower body's depth: Meyerding I is under 25%
# pathology -> (slipped vertebra, the one below, isthmic, the root it pinches: pathology.yaml)
SLIPS = {"spondylolisthesis.degenerative.L4-L5": ("L4", "L5", False, "L5"),
         "spondylolisthesis.isthmic.L5-S1": ("L5", "S1", True, "L5")}


def draw_slips(plate: Plate, dt: dict, wanted: set[str]) -> None:
    for pid, (upper, lower, isthmic, pinched) in SLIPS.items():
        if pid in wanted:
            _slip(plate, dt, pid, upper, lower, isthmic, pinched)


def _holes(dt: dict, lit: str) -> QPainterPath:
    """Where roots and the cauda equina cross: left open so the plate under them shows (a lit
    root is drawn wider, with a white halo)."""
    out = stroke_area(dt["cauda"], 1.6).united(dt["cauda"])
    for root, pts in dt["root_paths"].items():
        out = out.united(stroke_area(smooth_path([tuple(p) for p in pts]),
                                     9.0 if root == lit else 3.8))
    return out


def _sheared(path: QPainterPath, origin: np.ndarray, up: np.ndarray, t: float,
             shift: np.ndarray, top_moves: bool) -> QPainterPath:
    """A disc whose upper (or lower) end plate moved by `shift`: every point moves by its
    share of the way across the disc, so the disc leans between its two vertebrae."""
    out = QPainterPath(path)
    for i in range(out.elementCount()):
        e = out.elementAt(i)
        u = float(np.dot(np.array([e.x, e.y]) - origin, up)) / t + 0.5   # 0 bottom .. 1 top
        w = min(max(u if top_moves else 1.0 - u, 0.0), 1.0)
        out.setElementPositionAt(i, e.x + shift[0] * w, e.y + shift[1] * w)
    return out


def _slip(plate: Plate, dt: dict, pid: str, upper: str, lower: str, isthmic: bool,
          pinched: str) -> None:
    spine, bn, pal = dt["spine"], dt["by_name"], plate.pal
    eu, el = bn[upper], bn[lower]
    D = el["D"]
    _, tangent, normal = spine.at(eu["sc"])
    fwd, up = np.asarray(normal, float), -np.asarray(tangent, float)
    shift = fwd * GRADE_I * D
    move = QTransform().translate(*shift)
    whole = dt["shapes"][upper]
    L = local_fn(spine, eu["sc"])
    H, W = eu["H"], dt["pil"] * eu["D"]
    A0 = -eu["D"] / 2 - dt["ped"] * eu["D"]        # the back of the pedicle
    if isthmic:   # the body, pedicles and upper facets go; the arch stays behind the break
        front = whole.intersected(_ahead(L, A0, W, H, 2 * eu["D"]))
        arch = whole.subtracted(front)
    else:         # the whole vertebra slides on worn facets
        front, arch = whole, QPainterPath()
    moved = move.map(front)
    above = f"{_neighbour(bn, upper, -1)}-{upper}"
    below = f"{upper}-{lower}"
    discs = {}
    for name, top_moves in ((above, False), (below, True)):
        old = dt["discs"][name]
        a, b = name.split("-")
        s_mid = (bn[a]["s1"] + bn[b]["s0"]) / 2
        t = bn[b]["s0"] - bn[a]["s1"]
        origin = np.array(spine.local(s_mid, 0, 0))
        disc = _sheared(old, origin, up, t, shift, top_moves)
        discs[name] = (old, disc.subtracted(moved).subtracted(dt["shapes"][b if top_moves
                                                                            else a]), s_mid, t)
    neighbours = dt["shapes"][lower].united(dt["shapes"][_neighbour(bn, upper, -1)])
    gone = front.united(moved)
    for old, _, _, _ in discs.values():
        gone = gone.united(old)
    cover = gone.united(stroke_area(gone, 2.2)).subtracted(neighbours).subtracted(arch)
    label = _disc_label(plate, dt) if "L4-L5" in discs else None
    if label is not None:
        cover = cover.united(label[0])
    holes = _holes(dt, pinched)
    layer = plate.lesion(pid)
    plate.qpath(layer, cover.subtracted(holes), fill=pal["background"], stroke="none")
    plate.qpath(layer, dt["dura"].intersected(cover).subtracted(holes), fill=pal["dura"],
                stroke="none")
    for _, disc, s_mid, t in discs.values():
        plate.qpath(layer, disc.subtracted(holes), fill=pal["disc"],
                    stroke=pal["disc_outline"], stroke_width="0.9")
        share = 0.5 * GRADE_I * D
        c = np.array(spine.local(s_mid, -D * 0.08, 0)) + fwd * share
        ang = math.degrees(math.atan2(tangent[1], tangent[0])) - 90
        plate.qpath(layer, ellipse_path(c[0], c[1], D * 0.2, t * 0.26, ang),
                    fill="#ffffff", fill_opacity="0.45", stroke="none")
    if label is not None:
        _, words, x, y, size = label
        plate.text(x + shift[0] / 2, y + shift[1] / 2, words, size=size, fill="#3f5f77",
                   translate=False, layer=layer)
    # the vertebra in its new place: bone, then the lesion's hatching and outline
    bone = moved.subtracted(holes)
    plate.qpath(layer, bone, fill=pal["bone"], stroke="none")
    plate.lesion_shape(pid, bone, "slip", 135, spacing=5.0)
    layer = plate.lesion(pid)
    c = move.map(QPointF(*L(eu["D"] * 0.08, 0)))
    plate.text(c.x(), c.y() + 5, upper, size=14, anchor="middle", weight="bold",
               fill="#5a4127", translate=False, layer=layer)
    # where it was, dashed, so the step is seen
    layer.append(f'<path d="{to_d(front)}" fill="none" stroke="{LESION_INK}" '
                 'stroke-width="0.9" stroke-dasharray="3 2"/>')
    if isthmic:
        neck = poly_path([L(A0 - 2 * W, 0.12 * H), L(A0 + W, 0.12 * H), L(A0 + W, -0.3 * H),
                          L(A0 - 2 * W, -0.3 * H)])
        _pars_defect(plate, pid, _ahead(L, A0, W, H, GRADE_I * D), front, moved, neck)
    _meyerding(plate, dt, pid, el, shift)
    start = np.array(L(-eu["D"] * 0.12, -H * 0.3))
    _arrow(layer, start, start + fwd * (GRADE_I * D + 8))


def _disc_label(plate: Plate, dt: dict) -> tuple[QPainterPath, str, float, float, float]:
    """Where the 'L4-L5 disc' label of spine_views.draw_detail stands (its box, words and
    place): it is covered and drawn again in the middle of the sheared disc, or its end
    would stick out beside the disc."""
    spine, bn = dt["spine"], dt["by_name"]
    p = spine.local(bn["L4-L5"]["sc"], bn["L4"]["D"] * 0.13, -1)
    words, x, y, size = plate.words.place("L4–L5 disc", p[0], p[1] + 3, 8)
    box = QPainterPath()
    box.addRect(x - 1, y - size, len(words) * size * 0.62 + 2, size * 1.35)
    return box, words, x, y, size


def _neighbour(bn: dict, name: str, step: int) -> str:
    order = ["T12", "L1", "L2", "L3", "L4", "L5", "S1"]
    return order[order.index(name) + step]


def _ahead(L, A0: float, W: float, H: float, depth: float) -> QPainterPath:
    """The part of the plane in front of the pars, `depth` deep: the break runs obliquely
    behind the superior articular process (which goes with the body) and in front of the
    inferior one (which stays with the lamina)."""
    def line(up: float) -> float:
        return A0 - 0.35 * W - 0.4 * W * up / H

    return poly_path([L(line(2 * H), 2 * H), L(line(2 * H) + depth, 2 * H),
                      L(line(-2 * H) + depth, -2 * H), L(line(-2 * H), -2 * H)])


def _pars_defect(plate: Plate, pid: str, band: QPainterPath, front: QPainterPath,
                 moved: QPainterPath, neck: QPainterPath) -> None:
    """The break in the pars: at the neck between the facets, the strip the slipped part left
    between the arch that stayed behind and its own new place."""
    gap = band.intersected(front).intersected(neck).subtracted(moved).simplified()
    if gap.isEmpty():
        return
    plate.lesion_shape(pid, gap, "site", 0, spacing=1.6)
    layer = plate.lesion(pid)
    gp = gap.boundingRect().center()
    words, x, y, size = plate.words.place("pars defect", 205, gp.y() - 2, 9.5)
    end = x + len(words) * size * 0.62 + 2   # the leader leaves from the end of the words
    plate.leader(end, y - size * 0.35, gp.x(), gp.y(), layer=layer)
    plate.text(x, y, words, size=size, weight="bold", fill=LESION_INK, translate=False,
               layer=layer)


def _meyerding(plate: Plate, dt: dict, pid: str, el: dict, shift: np.ndarray) -> None:
    """Quarters of the lower vertebra's upper end plate (I-IV) and the slip drawn on them."""
    spine = dt["spine"]
    layer = plate.lesion(pid)
    D = el["D"]
    Ll = local_fn(spine, el["sc"])
    top = el["H"] / 2
    for k in range(5):
        a = -D / 2 + D * k / 4
        p0, p1 = Ll(a, top + 1), Ll(a, top - 5)
        layer.append(f'<path d="M{p0[0]:.1f} {p0[1]:.1f} L{p1[0]:.1f} {p1[1]:.1f}" '
                     f'stroke="{LESION_INK}" stroke-width="1.1" fill="none"/>')
    for k, roman in enumerate(("I", "II", "III", "IV")):
        c = Ll(-D / 2 + D * (k + 0.5) / 4, top - 9)
        plate.text(c[0], c[1] + 3, roman, size=7.5, anchor="middle", weight="bold",
                   fill=LESION_INK, translate=False, layer=layer)
    # the slip: from the back of the lower end plate to the back of the slipped body
    a0 = np.array(Ll(-D / 2, top + 1.5))
    a1 = a0 + shift
    layer.append(f'<path d="M{a0[0]:.1f} {a0[1]:.1f} L{a1[0]:.1f} {a1[1]:.1f}" '
                 f'stroke="{LESION_INK}" stroke-width="2.6" fill="none"/>')
    p = Ll(D / 2 + 6, top - 4)
    lines, x, y, size = plate.lines("Meyerding|grade I", p[0] + 4, p[1] + 2, 10)
    for k, line in enumerate(lines):
        plate.text(x, y + 12 * k, line, size=size, weight="bold" if k else None,
                   fill=LESION_INK, translate=False, layer=layer)


def _arrow(layer: list[str], base: np.ndarray, tip: np.ndarray) -> None:
    d = tip - base
    d = d / max(float(np.linalg.norm(d)), 1e-9)
    n = np.array([-d[1], d[0]])
    head = [tip, tip - d * 5 + n * 3, tip - d * 5 - n * 3]
    layer.append(f'<path d="M{base[0]:.1f} {base[1]:.1f} L{tip[0] - d[0] * 4:.1f} '
                 f'{tip[1] - d[1] * 4:.1f}" fill="none" stroke="{LESION_INK}" '
                 f'stroke-width="1.4"/>')
    layer.append('<path d="M' + " L".join(f"{x:.1f} {y:.1f}" for x, y in head)
                 + f' Z" fill="{LESION_INK}" stroke="none"/>')
