"""The leg views: silhouettes, (u, y) bands, skin patches that tile them, surface hints."""

from __future__ import annotations

import numpy as np
from feet import foot_details, foot_outline
from geom import ellipse_path, open_d, path_area, poly_path, sample_spline, smooth_path, stroke_area
from plate import Plate
from PySide6.QtGui import QPainterPath, QTransform


# =============================================================================== limbs
class View:
    """A limb view: silhouette + scanline edges for (u, y) bands."""

    def __init__(self, cfg: dict, silhouette: QPainterPath):
        self.cfg = cfg
        self.dx, self.dy = cfg.get("offset", [0, 0])
        self.sil = silhouette
        polys = silhouette.toFillPolygons()
        self.poly = [np.array([(p.at(i).x(), p.at(i).y()) for i in range(p.size())])
                     for p in polys]
        r = silhouette.boundingRect()
        self.y0, self.y1 = r.top(), r.bottom()

    def xs(self, pts):
        return [(x + self.dx, y + self.dy) for x, y in pts]

    def edges(self, y: float) -> tuple[float, float]:
        y = min(max(y, self.y0 + 0.5), self.y1 - 0.5)
        xs = []
        for poly in self.poly:
            a, b = poly, np.roll(poly, -1, axis=0)
            m = ((a[:, 1] <= y) & (b[:, 1] > y)) | ((b[:, 1] <= y) & (a[:, 1] > y))
            if m.any():
                t = (y - a[m, 1]) / (b[m, 1] - a[m, 1])
                xs.extend(a[m, 0] + t * (b[m, 0] - a[m, 0]))
        if not xs:
            return 0.0, 1.0
        return min(xs), max(xs)

    def to_world(self, u: float, y: float) -> tuple[float, float]:
        xl, xr = self.edges(y)
        return xl + u * (xr - xl), y

    @staticmethod
    def _pairs(spec, lo: float, hi: float) -> list[tuple[float, float]]:
        """Edge spec -> (param, value) pairs: number, [at lo, at hi], or [[param, value], ...]."""
        if isinstance(spec, (int, float)):
            return [(lo, float(spec)), (hi, float(spec))]
        if all(isinstance(v, (int, float)) for v in spec):
            return [(lo, float(spec[0])), (hi, float(spec[1]))]
        return [(float(a), float(b)) for a, b in spec]

    def band(self, u, yr) -> QPainterPath:
        """Region between two u-edges (functions of y) and two y-edges (functions of u)."""
        (u0, u1), (y0, y1) = u, yr
        ylo = min(v for _, v in self._pairs(y0, 0, 1)) + self.dy
        yhi = max(v for _, v in self._pairs(y1, 0, 1)) + self.dy
        ya, yb = ylo - 80, yhi + 80

        def u_edge(spec):
            pairs = self._pairs(spec, ylo - self.dy, yhi - self.dy)
            pairs = [(a + self.dy, b) for a, b in pairs]
            ys = np.linspace(ya, yb, 120)
            if len(pairs) > 2:
                sm = sample_spline([(b, a) for a, b in pairs], per_seg=16)
                uu = np.interp(ys, sm[:, 1], sm[:, 0])
            else:
                uu = np.interp(ys, [a for a, _ in pairs], [b for _, b in pairs])
            return [self.to_world(float(uv), float(y)) for uv, y in zip(uu, ys, strict=True)]

        def y_edge(spec):
            pairs = self._pairs(spec, 0.0, 1.0)
            pairs = [(a, b + self.dy) for a, b in pairs]
            if len(pairs) > 2:
                sm = sample_spline(pairs, per_seg=16)
                us = np.linspace(-0.6, 1.6, 90)
                yy = np.interp(us, sm[:, 0], sm[:, 1])
            else:
                us = np.linspace(-0.6, 1.6, 90)
                yy = np.interp(us, [a for a, _ in pairs], [b for _, b in pairs])
            return [self.to_world(float(uv), float(y)) for uv, y in zip(us, yy, strict=True)]

        left, right = u_edge(u0), u_edge(u1)
        strip = poly_path(left + right[::-1])
        top = y_edge(y0)
        below_top = poly_path([(top[0][0] - 900, top[0][1]), *top, (top[-1][0] + 900, top[-1][1]),
                               (top[-1][0] + 900, 5000), (top[0][0] - 900, 5000)])
        bot = y_edge(y1)
        above_bot = poly_path([(bot[0][0] - 900, bot[0][1]), *bot,
                               (bot[-1][0] + 900, bot[-1][1]), (bot[-1][0] + 900, -5000),
                               (bot[0][0] - 900, -5000)])
        return strip.intersected(below_top).intersected(above_bot)


def limb_outline(cfg: dict) -> QPainterPath:
    left = [tuple(p) for p in cfg["left"]]
    right = [tuple(p) for p in cfg["right"]]
    top = tuple(cfg["top_mid"])
    ring = left + right[::-1] + [top]
    if left[-1] == right[-1]:
        ring = left + right[::-1][1:] + [top]
    dx, dy = cfg.get("offset", [0, 0])
    ring = [(x + dx, y + dy) for x, y in ring]
    return smooth_path(ring, closed=True)


def make_patches(plate: Plate, view: View, specs: list, toes: dict | None = None,
                 toe_bases: dict | None = None) -> dict[str, QPainterPath]:
    """Tile the view's silhouette: patch_i = (region_i minus earlier regions) AND silhouette.

    Qt's path clipper fails on exactly coincident edges, so each raw region is nudged by a
    few hundredths of a unit before the Boolean steps; the silhouette is applied last.
    """
    taken = QPainterPath()
    out: dict[str, QPainterPath] = {}
    for i, (pid, spec) in enumerate(specs):
        if "ellipse" in spec:
            cx, cy, rx, ry = spec["ellipse"]
            region = ellipse_path(cx + view.dx, cy + view.dy, rx, ry)
        elif "poly" in spec:
            region = smooth_path(view.xs([tuple(p) for p in spec["poly"]]), closed=True)
        elif "toe" in spec:
            name = spec["toe"]
            by = toe_bases[name]
            cap = toes[name]
            region = cap.intersected(poly_path([(0, 0), (3000, 0), (3000, by), (0, by)]))
        else:
            region = view.band(spec["band"]["u"], spec["band"]["y"])
        nudge = QTransform()
        nudge.translate(0.011 * (i % 5 + 1), 0.007 * (i % 3 + 1))
        region = nudge.map(region)
        out[pid] = region.subtracted(taken)
        taken = taken.united(region)
    for pid in out:
        out[pid] = out[pid].intersected(view.sil).simplified()
    left = view.sil.subtracted(taken).simplified()
    if not left.isEmpty():
        last = specs[-1][0]
        out[last] = out[last].united(left).simplified()
    return out


def tiling_report(name: str, view_sil: QPainterPath, patches: dict[str, QPainterPath]) -> str:
    total = path_area(view_sil)
    s = sum(path_area(p) for p in patches.values())
    empty = [k for k, p in patches.items() if path_area(p) < 30]
    return f"{name}: silhouette {total:.0f}, patches {s:.0f}, small/empty: {empty}"


def colour_patches(plate: Plate, patches: dict[str, QPainterPath]) -> dict[str, str]:
    tints = plate.pal["tints"]
    names = list(patches)
    grown = {n: stroke_area(patches[n], 5).united(patches[n]) for n in names}
    colours: dict[str, str] = {}
    for n in names:
        used = {colours[m] for m in colours if grown[n].intersects(patches[m])}
        free = [t for t in tints if t not in used]
        colours[n] = free[0] if free else tints[len(colours) % len(tints)]
    return colours


def emit_patches(plate: Plate, patches: dict[str, QPainterPath]) -> None:
    cols = colour_patches(plate, patches)
    for pid, p in patches.items():
        plate.qpath(plate.patches, p, id=f"patch.{pid}", fill=cols[pid],
                    stroke="#b9957e", stroke_width="0.6", stroke_linejoin="round")


def draw_limbs(plate: Plate, geo: dict) -> None:
    pal = plate.pal
    specs = geo["patches"]
    views: dict[str, View] = {}
    for name in ("back", "front"):
        cfg = geo[name]
        sil = limb_outline(cfg)
        if name == "front":
            sil = sil.intersected(poly_path([(0, 0), (3000, 0), (3000, cfg["ankle_y"] + 14),
                                             (0, cfg["ankle_y"] + 14)]))
        views[name] = View(cfg, sil)
    toes_of = {}
    for name in ("sole", "dorsum"):
        cfg = geo[name]
        sil, toes = foot_outline(cfg)
        views[name] = View(cfg, sil)
        toes_of[name] = (toes, {k: v[0][1] + cfg.get("offset", [0, 0])[1] + 3
                                for k, v in cfg["toes"].items()})
    plate.geo["_views"] = views
    # front-view foot (foreshortened, art only)
    f = geo["front"]
    fx = f.get("offset", [0, 0])[0]
    foot = smooth_path([(x + fx, y) for x, y in f["foot"]], closed=True)
    plate.qpath(plate.back, foot, fill=pal["skin"], stroke=pal["skin_outline"],
                stroke_width="1.2", id="art-front-foot")
    for x0, y0 in ((1036, 642), (1050, 647), (1066, 651), (1084, 653)):
        plate.path(plate.back, f"M{x0 + fx} {y0} l1 6", fill="none",
                   stroke=pal["skin_outline"], stroke_width="0.7")
    for name, v in views.items():
        plate.qpath(plate.back, v.sil, fill=pal["skin"], stroke="none", id=f"art-{name}-skin")
        toes = toes_of.get(name, (None, None))
        pats = make_patches(plate, v, specs[name], toes[0], toes[1])
        print(tiling_report(name, v.sil, pats))
        emit_patches(plate, pats)
        # rounded shading along both edges, then the outline on top
        edge_shading(plate, v)
        plate.qpath(plate.front, v.sil, fill="none", stroke=pal["skin_outline"],
                    stroke_width="1.5", stroke_linejoin="round", id=f"art-{name}-outline")
    limb_details(plate, geo, views)


def edge_shading(plate: Plate, view: View, steps=(0.035, 0.08, 0.14, 0.22),
                 opacity: float = 0.03) -> None:
    """Darken the skin towards both silhouette edges so the limb reads as round.

    Stacked flat translucent strips (no gradient): Qt's PDF engine prints alpha gradients as
    solid black, but flat fill-opacity prints correctly.
    """
    full = [view.y0 - view.dy - 2, view.y1 - view.dy + 2]
    for w in steps:
        for u in ([-0.3, w], [1 - w, 1.3]):
            strip = view.band(u, full).intersected(view.sil).simplified()
            plate.qpath(plate.front, strip, fill="#5a3420", fill_opacity=f"{opacity}",
                        stroke="none", class_="art-shade")


def limb_details(plate: Plate, geo: dict, views: dict) -> None:
    pal = plate.pal
    so = pal["skin_outline"]

    def hint(view: str, pts, width=0.9, opacity=0.45):
        v = views[view]
        plate.path(plate.front, open_d(v.xs(pts)), fill="none", stroke=so,
                   stroke_width=f"{width}", stroke_opacity=f"{opacity}", stroke_linecap="round")

    # front: patella, muscle contours, tibial crest, malleoli
    px, py, rx, ry = geo["front"]["patella"]
    px += geo["front"].get("offset", [0, 0])[0]
    plate.qpath(plate.front, ellipse_path(px, py, rx, ry), fill="none", stroke=so,
                stroke_width="1", stroke_opacity="0.55")
    hint("front", [(1040, 120), (1030, 200), (1040, 290), (1052, 322)])      # rectus/vastus
    hint("front", [(1100, 270), (1108, 310), (1096, 335)])                   # vastus medialis
    hint("front", [(1020, 160), (1010, 240), (1018, 310)], 0.8, 0.35)        # iliotibial tract
    hint("front", [(1072, 392), (1068, 450), (1072, 520), (1078, 570)], 0.9, 0.4)   # tibial crest
    hint("front", [(1072, 384), (1062, 378), (1078, 376)], 0.8, 0.4)         # tuberosity
    hint("front", [(1130, 150), (1080, 110)], 0.8, 0.4)                      # inguinal fold
    hint("front", [(1000, 110), (1040, 200), (1090, 290), (1112, 340)], 0.7, 0.3)   # sartorius
    hint("front", [(1020, 440), (1036, 500), (1050, 560)], 0.7, 0.3)         # tibialis ant.
    hint("front", [(1116, 420), (1108, 470)], 0.7, 0.3)                      # medial calf
    hint("front", [(1040, 336), (1052, 368), (1080, 370), (1094, 340)], 0.7, 0.3)   # knee
    # back: gluteal fold, natal cleft, popliteal crease, calf heads, Achilles
    fold = geo["back"]["gluteal_fold"]
    hint("back", [tuple(p) for p in fold], 1.2, 0.6)
    hint("back", [(716, 372), (736, 378), (770, 379), (798, 373)], 1.0, 0.55)
    hint("back", [(838, 128), (822, 160), (806, 186)], 0.9, 0.4)           # gluteus maximus
    hint("back", [(800, 110), (770, 104), (740, 104)], 0.7, 0.25)
    hint("back", [(712, 400), (722, 460), (744, 500)], 0.9, 0.4)
    hint("back", [(802, 410), (792, 460), (770, 500)], 0.9, 0.4)
    # Achilles tendon: two edges narrowing from the calf to just above the heel, then
    # flaring onto the calcaneus; hollows beside it (behind the malleoli); heel pad below
    t_left = [(744, 520), (748, 548), (750, 578), (748, 606), (743, 626)]
    t_right = [(769, 520), (765, 548), (762, 578), (764, 606), (770, 626)]
    tendon = smooth_path(views["back"].xs(t_left + [(756, 632)] + t_right[::-1]), closed=True)
    plate.qpath(plate.front, tendon, fill="#ffffff", fill_opacity="0.4", stroke="none",
                id="art-back-achilles")
    hint("back", [(740, 496), *t_left], 1.0, 0.6)
    hint("back", [(772, 496), *t_right], 1.0, 0.6)
    hint("back", [(730, 566), (737, 590), (736, 614)], 0.7, 0.3)             # hollows beside it
    hint("back", [(786, 566), (779, 590), (780, 614)], 0.7, 0.3)
    hint("back", [(734, 626), (756, 636), (778, 626)], 0.8, 0.4)             # heel (calcaneus)
    hint("back", [(760, 212), (752, 270), (756, 330)], 0.7, 0.3)           # hamstrings
    hint("back", [(720, 330), (736, 352)], 0.7, 0.35)
    hint("back", [(798, 328), (784, 352)], 0.7, 0.35)
    hint("back", [(668, 104), (670, 160), (676, 192)], 1.0, 0.5)
    foot_details(plate, geo, hint)
