"""Generate the SpineTutor anatomical plate (assets/plate/plate.svg).

Reads the drawing parameters from assets/plate/plate_geometry.yaml and the skin patch list
from assets/atlas/skin_patches.yaml. Run from the repository root:

    .venv/bin/python tools/plate/make_plate.py [--out assets/plate/plate.svg]

The SVG has three top-level groups: art-back, structures (clickable paths only), art-front.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geom import (  # noqa: E402
    Spine,
    ellipse_path,
    open_d,
    path_area,
    poly_path,
    ribbon,
    sample_spline,
    smooth_path,
    stroke_area,
    to_d,
    union_all,
)
from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QPainterPath, QTransform  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GEOMETRY = ROOT / "assets" / "plate" / "plate_geometry.yaml"
PATCHES = ROOT / "assets" / "atlas" / "skin_patches.yaml"
OUT = ROOT / "assets" / "plate" / "plate.svg"

LUMBAR = ["L1", "L2", "L3", "L4", "L5"]
SACRAL = ["S1", "S2", "S3", "S4", "S5"]
ROOTS = LUMBAR + SACRAL
SAC = 0.56   # width of the dural sac as a fraction of pedicle length



def plexus_roots(edges: list, roots: list[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """For each plexus strand (a -> b), the roots whose fibres run through it, in root order.

    A strand leaving a root junction carries that root; one leaving a plexus node carries
    every root that reaches the node. A strand joining two root junctions carries both.
    """
    reach: dict[str, set[str]] = {r: {r} for r in roots}
    for _ in range(len(edges)):
        for edge in edges:
            a, b = edge[0], edge[1]
            if b not in roots:
                reach.setdefault(b, set()).update(reach.get(a, set()))
    out = {}
    for edge in edges:
        a, b = edge[0], edge[1]
        names = set(reach.get(a, set())) | ({b} if b in roots else set())
        out[(a, b)] = tuple(r for r in roots if r in names)
    return out

def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attrs(**kw) -> str:
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        out.append(f'{k}="{esc(str(v))}"')
    return " ".join(out)


class Plate:
    def __init__(self, geo: dict):
        self.geo = geo
        self.pal = geo["palette"]
        self.font = geo["font"]
        self.defs: list[str] = []
        self.back: list[str] = []
        self.patches: list[str] = []
        self.bones: list[str] = []
        self.lands: list[str] = []
        self.nerves: list[str] = []
        self.front: list[str] = []
        self.ids: set[str] = set()

    # ---- element helpers -----------------------------------------------------------------
    def path(self, layer: list[str], d: str, **kw) -> None:
        if "id" in kw and kw["id"] is not None:
            assert kw["id"] not in self.ids, kw["id"]
            self.ids.add(kw["id"])
        layer.append(f"<path {attrs(**kw)} d=\"{d}\"/>")

    def qpath(self, layer: list[str], p: QPainterPath, **kw) -> None:
        """Closed shapes from Qt Booleans may hold holes: always even-odd filling."""
        kw.setdefault("fill_rule", "evenodd")
        self.path(layer, to_d(p), **kw)

    def nerve(self, nid: str, strands: list[list], width: float) -> None:
        """A clickable nerve (centre-line stroke) plus a lighter tapered core drawn on top."""
        d = " ".join(open_d([tuple(p) for p in s]) for s in strands)
        self.path(self.nerves, d, id=f"nerve.{nid}" if not nid.startswith(("root.", "nerve."))
                  else nid, fill="none", stroke=self.pal["nerve_dark"],
                  stroke_width=f"{width:.1f}", stroke_linecap="round", stroke_linejoin="round")
        for s in strands:
            core = ribbon([tuple(p) for p in s], width * 0.55, width * 0.38)
            self.path(self.front, to_d(core), fill=self.pal["nerve"], stroke="none",
                      class_="art-nerve-core")

    def text(self, x: float, y: float, s: str, size: float = 12, anchor: str = "start",
             weight: str | None = None, fill: str | None = None, style: str | None = None,
             rotate: float | None = None) -> None:
        tr = f"rotate({rotate:.0f} {x:.1f} {y:.1f})" if rotate is not None else None
        self.front.append(
            f"<text {attrs(x=f'{x:.1f}', y=f'{y:.1f}', font_family=self.font, font_size=size,
                            text_anchor=anchor, font_weight=weight, font_style=style,
                            fill=fill or self.pal['label'], transform=tr)}>{esc(s)}</text>")

    def leader(self, x1, y1, x2, y2, dot: bool = True) -> None:
        self.front.append(
            f"<line {attrs(x1=f'{x1:.1f}', y1=f'{y1:.1f}', x2=f'{x2:.1f}', y2=f'{y2:.1f}',
                            stroke=self.pal['leader'], stroke_width='0.7')}/>")
        if dot:
            self.front.append(f"<circle {attrs(cx=f'{x2:.1f}', cy=f'{y2:.1f}', r='1.6',
                                                fill=self.pal['leader'])}/>")

    def label(self, s: str, tx: float, ty: float, px: float, py: float, size: float = 11.5,
              anchor: str | None = None, **kw) -> None:
        """Label at (tx, ty) with a straight leader to the point (px, py)."""
        anchor = anchor or ("end" if px > tx else "start")
        gap = 3 if anchor == "end" else -3
        self.leader(tx + gap, ty - size * 0.35, px, py)
        self.text(tx, ty, s, size=size, anchor=anchor, **kw)

    def title(self, x: float, y: float, s: str) -> None:
        self.text(x, y, s, size=16, anchor="middle", weight="bold", fill=self.pal["title"])

    # ---- output ----------------------------------------------------------------------------
    def svg(self) -> str:
        w, h = self.geo["canvas"]["width"], self.geo["canvas"]["height"]
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" '
                f'height="{h}" viewBox="0 0 {w} {h}">')
        parts = [head, "<title>SpineTutor plate: lumbosacral spine, roots, nerves and skin"
                       "</title>", "<defs>", *self.defs, "</defs>",
                 '<g id="art-back">', *self.back, "</g>",
                 '<g id="structures">', *self.patches, *self.bones, *self.lands, *self.nerves,
                 "</g>", '<g id="art-front">', *self.front, "</g>", "</svg>"]
        return "\n".join(parts) + "\n"


# =============================================================================== spine
def column_elements(cfg: dict, names: list[str], with_sacrum: bool = True) -> list[dict]:
    """Vertebrae, discs, sacral segments and coccyx pieces in order, sizes in mm."""
    els: list[dict] = []
    verts = cfg["vertebrae"]
    discs = cfg["discs_mm"]
    order = [n for n in names if n in verts]
    for i, n in enumerate(order):
        h, d, sp = verts[n]
        els.append(dict(kind="v", name=n, h=h, d=d, sp=sp))
        nxt = order[i + 1] if i + 1 < len(order) else ("S1" if with_sacrum else None)
        if nxt is None or n == "C1":
            continue
        key = f"{n}-{nxt}"
        if key in discs:
            t = discs[key]
        elif n.startswith("C") or key == "C7-T1":
            t = discs.get("cervical", 5)
        elif n.startswith("T"):
            t = discs.get("thoracic", 5)
        elif key == "L5-S1":
            t = discs.get("L5-S1", 10)
        else:
            t = discs.get("lumbar", 9)
        els.append(dict(kind="d", name=key, h=t, d=None))
    if with_sacrum:
        for i, (h, d) in enumerate(cfg["sacrum_mm"]):
            els.append(dict(kind="s", name=f"S{i + 1}", h=h, d=d))
        for i, (h, d) in enumerate(cfg["coccyx_mm"]):
            els.append(dict(kind="c", name=f"Co{i + 1}", h=h, d=d, gap=1.2))
    return els


def layout_column(spine: Spine, els: list[dict], margin: float = 4.0) -> float:
    total = sum(e["h"] + e.get("gap", 0) for e in els)
    scale = (spine.length - 2 * margin) / total
    s = margin
    for e in els:
        e["H"] = e["h"] * scale
        e["D"] = (e["d"] or 0) * scale
        e["SP"] = e.get("sp", 0) * scale
        e["s0"] = s
        e["s1"] = s + e["H"]
        e["sc"] = s + e["H"] / 2
        s += e["H"] + e.get("gap", 0) * scale
    return scale


def local_fn(spine: Spine, sc: float):
    def f(a: float, up: float) -> tuple[float, float]:
        return spine.local(sc, a, up)
    return f


def closed_local(L, pts) -> QPainterPath:
    return smooth_path([L(a, u) for a, u in pts], closed=True)


def vertebra_shape(spine: Spine, e: dict, d_above: float, d_below: float, ped: float,
                   pil: float) -> tuple[QPainterPath, QPainterPath]:
    """(whole vertebra outline, body only) for a cervical/thoracic/lumbar vertebra."""
    L = local_fn(spine, e["sc"])
    H, D, SP = e["H"], e["D"], e["SP"]
    name = e["name"]
    region = name[0]
    P, W = ped * D, pil * D
    A0 = -D / 2 - P
    r = 0.16 * min(H, D)
    body_pts = [(-D / 2 + r, H / 2), (0, H / 2 - 0.025 * H), (D / 2 - r, H / 2),
                (D / 2, H / 2 - r), (D / 2 - 0.035 * D, 0), (D / 2, -H / 2 + r),
                (D / 2 - r, -H / 2), (0, -H / 2 + 0.025 * H), (-D / 2 + r, -H / 2),
                (-D / 2, -H / 2 + r), (-D / 2 + 0.02 * D, 0), (-D / 2, H / 2 - r)]
    if name == "C1":
        body = ellipse_path(*L(D * 0.22, 0), D * 0.2, H * 0.5)
        mass = closed_local(L, [(-D * 0.42, H * 0.35), (D * 0.05, H * 0.42), (D * 0.08, -H * 0.4),
                                (-D * 0.42, -H * 0.4)])
        body = body.united(mass)
    else:
        body = closed_local(L, body_pts)
    if name == "C2":
        dens = closed_local(L, [(-D * 0.3, H / 2 - 2), (-D * 0.28, H / 2 + H * 0.55),
                                (-D * 0.05, H / 2 + H * 0.72), (D * 0.14, H / 2 + H * 0.5),
                                (D * 0.16, H / 2 - 2)])
        body = body.united(dens)
    parts = [body]
    ped_top = 0.44 * H
    parts.append(closed_local(L, [(-D / 2 + 4, ped_top + 0.02 * H),
                                  (-D / 2 - P / 2, ped_top - 0.06 * H), (A0 - 2, ped_top),
                                  (A0 - 2, 0.0), (-D / 2 - P / 2, 0.07 * H),
                                  (-D / 2 + 4, 0.03 * H)]))
    parts.append(closed_local(L, [(A0 + 2, 0.46 * H), (A0 - W, 0.40 * H), (A0 - W, -0.36 * H),
                                  (A0 + 2, -0.28 * H)]))
    # articular processes: superior (anterior) rises, inferior (posterior) descends
    parts.append(closed_local(L, [(A0 + 3, 0.3 * H), (A0 + 1, H / 2 + 0.5 * d_above),
                                  (A0 - 0.18 * W, H / 2 + 0.85 * d_above),
                                  (A0 - 0.42 * W, H / 2 + 0.45 * d_above),
                                  (A0 - 0.44 * W, 0.3 * H)]))
    parts.append(closed_local(L, [(A0 - 0.56 * W, -0.2 * H),
                                  (A0 - 0.56 * W, -H / 2 - 0.45 * d_below),
                                  (A0 - 0.76 * W, -H / 2 - 0.8 * d_below),
                                  (A0 - W, -H / 2 - 0.35 * d_below), (A0 - W, -0.2 * H)]))
    B = A0 - W + 4
    if region == "L":
        sp = [(B, 0.3 * H), (B - SP * 0.55, 0.24 * H), (B - SP, 0.2 * H), (B - SP - 3, -0.08 * H),
              (B - SP, -0.42 * H), (B - SP * 0.5, -0.36 * H), (B, -0.3 * H)]
    elif region == "T":
        sp = [(B, 0.22 * H), (B - SP * 0.5, -0.25 * H), (B - SP * 0.78, -1.0 * H),
              (B - SP * 0.82, -1.2 * H), (B - SP * 0.7, -1.16 * H), (B - SP * 0.38, -0.62 * H),
              (B, -0.38 * H)]
    elif name in ("C1",):
        sp = [(B, 0.2 * H), (B - SP, 0.25 * H), (B - SP - 2, -0.1 * H), (B - SP, -0.35 * H),
              (B, -0.2 * H)]
    else:
        drop = 0.5 if name != "C7" else 0.35
        sp = [(B, 0.25 * H), (B - SP * 0.6, 0.0), (B - SP, -drop * H),
              (B - SP - 2, -(drop + 0.3) * H), (B - SP * 0.6, -(drop + 0.15) * H),
              (B, -0.35 * H)]
    parts.append(closed_local(L, sp))
    return union_all(parts).simplified(), body


def disc_shape(spine: Spine, up: dict, lo: dict, bulge: float = 2.5) -> QPainterPath:
    Lu = local_fn(spine, up["sc"])
    Ll = local_fn(spine, lo["sc"])
    Du = up["D"]
    Dl = lo["D"] if lo["kind"] == "v" else lo["D"]
    a = np.array(Lu(-Du / 2 + 1, -up["H"] / 2))
    b = np.array(Lu(Du / 2 - 1, -up["H"] / 2))
    c = np.array(Ll(Dl / 2 - 1, lo["H"] / 2))
    d = np.array(Ll(-Dl / 2 + 1, lo["H"] / 2))
    _, t, n = spine.at((up["s1"] + lo["s0"]) / 2)
    p = QPainterPath()
    p.moveTo(QPointF(*a))
    p.lineTo(QPointF(*b))
    m = (b + c) / 2 + n * bulge * 2
    p.quadTo(QPointF(*m), QPointF(*c))
    p.lineTo(QPointF(*d))
    m = (d + a) / 2 - n * bulge * 1.5
    p.quadTo(QPointF(*m), QPointF(*a))
    p.closeSubpath()
    return p


def sacrum_shapes(spine: Spine, els: list[dict], detail: bool, pal: dict
                  ) -> dict[str, QPainterPath]:
    """Sacral segments (curved triangle in five pieces) and coccyx pieces."""
    sac = [e for e in els if e["kind"] == "s"]
    cs = np.array([e["sc"] for e in sac])
    ds = np.array([e["D"] for e in sac])
    s_top, s_bot = sac[0]["s0"], sac[-1]["s1"]

    def depth(s):
        return float(np.interp(s, cs, ds))

    def front(s):
        return depth(s) / 2 + (s - s_top) * 0.0

    def back(s):
        d = depth(s)
        k = min(max((s - s_top) / (s_bot - s_top), 0), 1)
        crest = 0.0
        for e in sac:
            if e["s0"] <= s <= e["s1"]:
                crest = 0.035 * d * math.sin(math.pi * (s - e["s0"]) / e["H"])
        return -d / 2 - d * (0.85 - 0.25 * k) - crest

    out: dict[str, QPainterPath] = {}
    for i, e in enumerate(sac):
        ss = np.linspace(e["s0"], e["s1"], 10)
        ant = [spine.local(s, front(s), 0) for s in ss]
        post = [spine.local(s, back(s), 0) for s in ss[::-1]]
        pts = ant + post
        p = poly_path(pts)
        if i == 0:
            # promontory lip and the superior articular process of S1
            D = e["D"]
            L = local_fn(spine, e["s0"])
            lip = closed_local(L, [(D / 2 - 8, -6), (D / 2 + 2, 1), (D / 2 - 6, 3), (-D / 2 + 4, 2),
                                   (-D / 2 + 4, -6)])
            sap = closed_local(L, [(-D / 2 - D * 0.16, -4), (-D / 2 - D * 0.16, D * 0.2),
                                   (-D / 2 - D * 0.32, D * 0.3), (-D / 2 - D * 0.5, D * 0.12),
                                   (-D / 2 - D * 0.52, -4)])
            p = p.united(lip).united(sap)
        out[e["name"]] = p.simplified()
    # sacral foramina (holes between segments) in the detail view
    holes = []
    centres = []
    for i in range(4):
        s = sac[i]["s1"]
        d = depth(s)
        c = spine.local(s, -d * 0.12, 0)
        centres.append(c)
        _, t, _ = spine.at(s)
        ang = math.degrees(math.atan2(t[1], t[0])) - 90
        holes.append(ellipse_path(c[0], c[1], d * 0.16, min(6.5, d * 0.12) if detail else 1.5,
                                  ang))
    if detail:
        for name in list(out):
            for h in holes:
                out[name] = out[name].subtracted(h)
    cocs = [e for e in els if e["kind"] == "c"]
    for e in cocs:
        L = local_fn(spine, e["sc"])
        H, D = e["H"], e["D"]
        off = depth(s_bot) / 2 - D / 2 - 1
        out[e["name"]] = closed_local(L, [(off - D / 2, H / 2), (off + D / 2, H / 2 - 1),
                                          (off + D / 2 + 1, -H / 2 + 1), (off - D / 2, -H / 2)])
    out["_front"] = front  # type: ignore[assignment]
    out["_back"] = back  # type: ignore[assignment]
    out["_holes"] = holes  # type: ignore[assignment]
    out["_hole_centres"] = centres  # type: ignore[assignment]
    return out


def build_spine(plate: Plate, cfg: dict, detail: bool) -> dict:
    pal = plate.pal
    spine = Spine([tuple(p) for p in cfg["centreline"]])
    allnames = ([f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)] + LUMBAR)
    els = column_elements(cfg, allnames)
    scale = layout_column(spine, els)
    ped = cfg.get("pedicle", 0.42)
    pil = cfg.get("pillar", 0.34)
    suffix = ".detail" if detail else ""
    verts = [e for e in els if e["kind"] == "v"]
    discs = {e["name"]: e for e in els if e["kind"] == "d"}
    by_name = {e["name"]: e for e in els}
    shapes: dict[str, QPainterPath] = {}
    bodies: dict[str, QPainterPath] = {}
    prev = QPainterPath()
    for e in verts:
        idx = els.index(e)
        above = els[idx - 1] if idx > 0 and els[idx - 1]["kind"] == "d" else None
        below = els[idx + 1] if els[idx + 1]["kind"] == "d" else None
        da = above["H"] if above else e["H"] * 0.25
        db = below["H"] if below else e["H"] * 0.25
        shp, body = vertebra_shape(spine, e, da, db, ped, pil)
        if not prev.isEmpty():
            shp = shp.subtracted(stroke_area(prev, 2.2).united(prev))
        shapes[e["name"]] = shp
        bodies[e["name"]] = body
        prev = shp
    sac = sacrum_shapes(spine, els, detail, pal)
    for k, v in sac.items():
        if not k.startswith("_"):
            shapes[k] = v
    # L5 inferior articular process vs S1 superior process
    shapes["S1"] = shapes["S1"].subtracted(stroke_area(shapes["L5"], 2.2).united(shapes["L5"]))
    disc_paths = {}
    for name in discs:
        up, lo = name.split("-")
        dp = disc_shape(spine, by_name[up], by_name[lo])
        for nb in (up, lo):
            dp = dp.subtracted(shapes[nb])
        disc_paths[name] = dp
    return dict(spine=spine, els=els, by_name=by_name, shapes=shapes, bodies=bodies,
                discs=disc_paths, scale=scale, sac=sac, suffix=suffix, ped=ped, pil=pil)


def emit_spine(plate: Plate, sp: dict, wanted_v: list[str] | None, wanted_d: list[str] | None,
               label_bodies: bool) -> None:
    pal = plate.pal
    sfx = sp["suffix"]
    for name, shp in sp["shapes"].items():
        if wanted_v is not None and name not in wanted_v:
            continue
        plate.qpath(plate.bones, shp, id=f"vertebra.{name}{sfx}", fill=pal["bone"],
                    stroke=pal["bone_outline"], stroke_width="1.1" if sfx else "0.8",
                    stroke_linejoin="round")
    for name, dp in sp["discs"].items():
        if wanted_d is not None and name not in wanted_d:
            continue
        plate.qpath(plate.bones, dp, id=f"disc.{name}{sfx}", fill=pal["disc"],
                    stroke=pal["disc_outline"], stroke_width="0.9" if sfx else "0.6")


def bone_shading(plate: Plate, sp: dict, names: list[str]) -> None:
    """Soft shadows on the bodies (posterior and lower rims, waist) drawn on top."""
    spine = sp["spine"]
    for n in names:
        e = sp["by_name"].get(n)
        if not e or e["kind"] != "v":
            continue
        L = local_fn(spine, e["sc"])
        H, D = e["H"], e["D"]
        sh = closed_local(L, [(-D / 2 + 2, H / 2 - 3), (-D / 2 + D * 0.22, H * 0.3),
                              (-D / 2 + D * 0.2, -H * 0.3), (-D / 2 + 2, -H / 2 + 3)])
        plate.qpath(plate.front, sh, fill="#7a5c3a", fill_opacity="0.10", stroke="none")
        hi = closed_local(L, [(D * 0.05, H / 2 - 4), (D / 2 - 5, H / 2 - 5), (D / 2 - D * 0.09, 0),
                              (D / 2 - 5, -H / 2 + 5), (D * 0.2, -H * 0.1)])
        plate.qpath(plate.front, hi, fill="#ffffff", fill_opacity="0.22", stroke="none")
        # waist line
        plate.path(plate.front, open_d([L(D / 2 - D * 0.1, H * 0.3), L(D / 2 - D * 0.14, 0),
                                        L(D / 2 - D * 0.1, -H * 0.3)]), fill="none",
                   stroke="#7a5c3a", stroke_opacity="0.25", stroke_width="0.8")


def canal_geometry(sp: dict, s_end: float):
    """Canal centre line and width along the column (arrays of s, centre points, widths)."""
    spine = sp["spine"]
    els = sp["els"]
    ped = sp["ped"]
    cs, ds = [], []
    for e in els:
        if e["kind"] in ("v", "s"):
            cs.append(e["sc"])
            ds.append(e["D"])
    cs, ds = np.array(cs), np.array(ds)
    ss = np.linspace(2, s_end, 160)
    pts, widths = [], []
    for s in ss:
        D = float(np.interp(s, cs, ds))
        P = ped * D
        a_front = -D / 2 - 1
        a_back = -D / 2 - P - 1
        pts.append(spine.local(s, (a_front + a_back) / 2, 0))
        widths.append(a_front - a_back)
    return ss, np.array(pts), np.array(widths)


def lane_point(sp: dict, s: float, frac: float) -> tuple[float, float]:
    """Point in the canal at arc length s; frac -0.5 (posterior) .. 0.5 (anterior)."""
    spine = sp["spine"]
    D = sp["depth"](s)
    P = sp["ped"] * D
    w = SAC * P
    centre = -D / 2 - P + w / 2 + 1
    s1 = sp.get("s_sacrum")
    if s1 is not None and s > s1:
        k = min((s - s1) / 40.0, 1.0)
        centre = centre * (1 - k) + (-D / 2 - 0.26 * D) * k
    return spine.local(s, centre + frac * w, 0)


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


# =============================================================================== main build
def build(geo: dict, patch_list: list[dict]) -> Plate:
    plate = Plate(geo)
    pal = plate.pal
    W, H = geo["canvas"]["width"], geo["canvas"]["height"]
    plate.defs.append(
        '<linearGradient id="art-skin-shade" x1="0" y1="0" x2="1" y2="0">'
        '<stop offset="0" stop-color="#000" stop-opacity="0.10"/>'
        '<stop offset="0.25" stop-color="#000" stop-opacity="0"/>'
        '<stop offset="0.75" stop-color="#000" stop-opacity="0"/>'
        '<stop offset="1" stop-color="#000" stop-opacity="0.12"/></linearGradient>')
    plate.back.append(f'<rect id="art-background" x="0" y="0" width="{W}" height="{H}" '
                      f'fill="{pal["background"]}"/>')

    by_view: dict[str, list[str]] = {}
    for p in patch_list:
        by_view.setdefault(p["view"], []).append(p["id"])

    # ------------------------------------------------------------------ overview
    ov = build_spine(plate, geo["overview"], detail=False)
    draw_overview(plate, geo, ov)
    # ------------------------------------------------------------------ detail
    dt = build_spine(plate, geo["detail"], detail=True)
    draw_detail(plate, geo, dt)
    # ------------------------------------------------------------------ limbs
    draw_limbs(plate, geo)
    draw_saddle(plate, geo)
    draw_nerves(plate, geo)
    draw_key(plate, geo)
    return plate


def draw_overview(plate: Plate, geo: dict, ov: dict) -> None:
    pal = plate.pal
    spine = ov["spine"]
    els = ov["els"]
    cs = np.array([e["sc"] for e in els if e["kind"] in ("v", "s")])
    ds = np.array([e["D"] for e in els if e["kind"] in ("v", "s")])
    ov["depth"] = lambda s: float(np.interp(s, cs, ds))
    bn = ov["by_name"]
    s_end = bn["S3"]["s1"]
    # canal behind
    ss, pts, widths = canal_geometry(ov, s_end)
    canal = ribbon_var(pts, widths)
    plate.qpath(plate.back, canal, fill=pal["canal"], stroke="none", id="art-overview-canal")
    emit_spine(plate, ov, None, None, False)
    # cord (landmark) to the conus at L1-L2
    tip = (bn["L1-L2"]["s0"] + bn["L1-L2"]["s1"]) / 2
    s_c = np.linspace(3, tip, 60)
    cw = np.array([min(ov["ped"] * ov["depth"](s) * 0.5, 9) for s in s_c])
    taper = np.clip((tip - s_c) / (tip - bn["T12"]["sc"]), 0, 1)
    cw = cw * np.where(s_c > bn["T12"]["sc"], 0.15 + 0.85 * taper, 1.0)
    cpts = np.array([lane_point(ov, s, 0.0) for s in s_c])
    cord = ribbon_var(cpts, cw)
    plate.qpath(plate.lands, cord, id="landmark.spinal_cord", fill=pal["cord"],
                stroke=pal["cord_outline"], stroke_width="0.6")
    # cauda (art) below
    for k, f in enumerate(np.linspace(-0.3, 0.3, 5)):
        end = bn[["S2", "S2", "S3", "S3", "S4"][k]]["sc"]
        s_l = np.linspace(tip - 4, end, 20)
        lp = [lane_point(ov, s, f * min(1, (s - tip + 8) / 20)) for s in s_l]
        plate.path(plate.front, open_d(lp), fill="none", stroke=pal["nerve_dark"],
                   stroke_width="0.8", stroke_opacity="0.9")
    bone_shading(plate, ov, [e["name"] for e in els if e["kind"] == "v"])
    cfg = geo["overview"]
    plate.title(cfg["title"][0], cfg["title"][1] - 14, "Whole spine")
    plate.text(cfg["title"][0], cfg["title"][1] + 2, "side view", size=11.5, anchor="middle",
               fill=pal["title"])
    # region brackets and labels on the posterior side (left)
    for lab, (a, b) in cfg["region_labels"].items():
        ea, eb = bn[a], bn[b]
        p0 = spine.local(ea["s0"], -ea["D"] / 2 - 48, 0)
        p1 = spine.local(eb["s1"], -eb["D"] / 2 - 48, 0)
        x = min(p0[0], p1[0], 46) - 22
        x = max(x, 16)
        plate.path(plate.front, f"M{x + 5:.1f} {p0[1] + 1:.1f} L{x:.1f} {p0[1] + 1:.1f} "
                               f"L{x:.1f} {p1[1] - 1:.1f} L{x + 5:.1f} {p1[1] - 1:.1f}",
                   fill="none", stroke=pal["leader"], stroke_width="0.8")
        ym = (p0[1] + p1[1]) / 2
        size = 11 if lab not in ("Coccyx",) else 9
        plate.text(x - 4, ym, lab, size=size, anchor="middle", rotate=-90, fill=pal["title"])
    # small vertebra marks (C1, C7, T1, T12, L1, L5) on the anterior side
    for n in ("C1", "C7", "T12", "L5"):
        e = bn[n]
        p = spine.local(e["sc"], e["D"] / 2 + 3, 0)
        plate.text(p[0] + 2, p[1] + 3.5, n, size=9, fill=pal["bone_outline"])
    # bracket to the detail view: T12 top .. coccyx tip
    top = spine.local(bn["T12"]["s0"], ov["depth"](bn["T12"]["s0"]) / 2 + 16, 0)
    bot = spine.local(bn["Co4"]["s1"], 10, 0)
    plate.path(plate.front, f"M{top[0] - 6:.1f} {top[1]:.1f} L{top[0]:.1f} {top[1]:.1f} "
                           f"L{bot[0] + 32:.1f} {bot[1]:.1f} L{bot[0] + 26:.1f} {bot[1]:.1f}",
               fill="none", stroke="#8aa0b8", stroke_width="0.9")
    ov["bracket"] = (top, (bot[0] + 32, bot[1]))


def ribbon_var(pts: np.ndarray, widths: np.ndarray) -> QPainterPath:
    d = np.gradient(pts, axis=0)
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    nrm = np.stack([-d[:, 1], d[:, 0]], axis=1)
    w = np.asarray(widths)[:, None] / 2
    left = pts + nrm * w
    right = pts - nrm * w
    ring = np.vstack([left, right[::-1]])
    return poly_path(ring.tolist())


def draw_detail(plate: Plate, geo: dict, dt: dict) -> None:
    pal = plate.pal
    cfg = geo["detail"]
    spine = dt["spine"]
    els = dt["els"]
    bn = dt["by_name"]
    cs = np.array([e["sc"] for e in els if e["kind"] in ("v", "s")])
    ds = np.array([e["D"] for e in els if e["kind"] in ("v", "s")])
    dt["depth"] = lambda s: float(np.interp(s, cs, ds))
    dt["s_sacrum"] = bn["S1"]["s0"]
    keep_v = ["T12", *LUMBAR, *SACRAL, "Co1", "Co2", "Co3", "Co4"]
    keep_d = ["T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
    # T12 is shown partially: cut along a wavy break line through its upper body
    e12 = bn["T12"]
    brk = cfg.get("t12_break", 0.18)
    s_view0 = e12["sc"] - brk * e12["H"]
    L12 = local_fn(spine, e12["sc"])
    a_lo, a_hi = -e12["D"] * 3, e12["D"] * 1.2
    wave = [L12(a, brk * e12["H"] + 2.2 * math.sin(a / 5.0))
            for a in np.linspace(a_lo, a_hi, 80)]
    keep = poly_path(wave + [L12(a_hi, -6 * e12["H"]), L12(a_lo, -6 * e12["H"])])
    dt["shapes"]["T12"] = dt["shapes"]["T12"].intersected(keep).simplified()
    # re-map: the detail spline starts at T12; shift arc lengths so T12 sits at the top
    # (layout_column placed the whole column; we simply draw the wanted pieces)
    # dura / canal behind
    s_dura = bn["S2"]["s1"]
    ss = np.linspace(max(s_view0, 2), s_dura, 120)
    cpts = np.array([lane_point(dt, s, 0) for s in ss])
    cw = np.array([dt["ped"] * dt["depth"](s) * SAC * 1.15 for s in ss])
    cw[-12:] *= np.linspace(1, 0.35, 12)
    plate.qpath(plate.back, ribbon_var(cpts, cw), id="art-detail-dura", fill=pal["dura"],
                stroke="#b7a9c4", stroke_width="0.8")
    # foramina shade (behind bones)
    for n in LUMBAR:
        e = bn[n]
        L = local_fn(spine, e["sc"])
        D, H = e["D"], e["H"]
        P = dt["ped"] * D
        sh = closed_local(L, [(-D / 2 + 2, -0.02 * H), (-D / 2 - P * 0.5, -0.05 * H),
                              (-D / 2 - P + 2, -0.25 * H), (-D / 2 - P * 0.7, -H * 0.9),
                              (-D / 2 + 2, -H * 0.8)])
        plate.qpath(plate.back, sh, fill="#cbbfa8", stroke="none", opacity="0.55")
    for h in dt["sac"]["_holes"]:
        plate.qpath(plate.back, h, fill="#8d7758", stroke="none")
    emit_spine(plate, dt, keep_v, keep_d, True)
    bone_shading(plate, dt, LUMBAR)
    # nucleus pulposus hint in each detail disc
    for name in keep_d:
        up, lo = name.split("-")
        eu, el_ = bn[up], bn[lo]
        s_mid = (eu["s1"] + el_["s0"]) / 2
        D = (eu["D"] + el_["D"]) / 2
        t = el_["s0"] - eu["s1"]
        c = spine.local(s_mid, -D * 0.08, 0)
        _, tg, _ = spine.at(s_mid)
        ang = math.degrees(math.atan2(tg[1], tg[0])) - 90
        plate.qpath(plate.front, ellipse_path(c[0], c[1], D * 0.2, t * 0.26, ang),
                    fill="#ffffff", fill_opacity="0.45", stroke="#6d8fa8", stroke_opacity="0.35",
                    stroke_width="0.6")
    # T12 break line (partial vertebra) drawn on top
    e = bn["T12"]
    L = local_fn(spine, e["sc"])
    # landmarks: cauda bundle, cord, conus
    tip_s = (bn["L1-L2"]["s0"] + bn["L1-L2"]["s1"]) / 2
    con0 = bn["L1"]["s0"] - 4
    s_top = s_view0 + 1
    ped = dt["ped"]

    def P_at(s):
        return ped * dt["depth"](s)

    s_c = np.linspace(tip_s - 34, s_dura - 4, 70)
    wc = np.array([P_at(s) * SAC * (1.0 - 0.55 * (s - s_c[0]) / (s_c[-1] - s_c[0]))
                   for s in s_c])
    cp = np.array([lane_point(dt, s, -0.04) for s in s_c])
    cauda = ribbon_var(cp, wc)
    end_cap = ellipse_path(cp[-1][0], cp[-1][1], wc[-1] / 2, wc[-1] / 2)
    plate.qpath(plate.lands, cauda.united(end_cap).simplified(),
                id="landmark.cauda_equina.detail", fill="#f8ebb6", stroke="#c7a545",
                stroke_width="0.8")
    s_cord = np.linspace(s_top, con0, 30)
    cwd = np.array([P_at(s) * SAC * 0.78 for s in s_cord])
    cpp = np.array([lane_point(dt, s, 0) for s in s_cord])
    plate.qpath(plate.lands, ribbon_var(cpp, cwd), id="landmark.spinal_cord.detail",
                fill=pal["cord"], stroke=pal["cord_outline"], stroke_width="0.9")
    s_cn = np.linspace(con0 - 1, tip_s, 30)
    f = (s_cn - s_cn[0]) / (tip_s - s_cn[0])
    wcn = np.array([P_at(s) * SAC * 0.78 for s in s_cn]) * (1 - f**1.6) * (1 + 0.12 * np.sin(f * 3))
    wcn[-1] = 0.6
    cpn = np.array([lane_point(dt, s, 0) for s in s_cn])
    plate.qpath(plate.lands, ribbon_var(cpn, wcn), id="landmark.conus_medullaris.detail",
                fill="#f1cf5e", stroke=pal["cord_outline"], stroke_width="0.9")
    # filum terminale (art)
    s_f = np.linspace(tip_s, bn["Co1"]["sc"], 30)
    fl = [lane_point(dt, s, -0.05 - 0.2 * (s - tip_s) / (s_f[-1] - tip_s)) for s in s_f[:-6]]
    fl.append(spine.local(bn["Co1"]["sc"], 0, 0))
    plate.path(plate.back, open_d(fl), fill="none", stroke="#b59a52", stroke_width="1",
               stroke_dasharray="3 2")
    # roots
    juncs = cfg["plexus"]["junctions"]
    origins = np.linspace(s_top + 6, tip_s - 4, 10)
    lanes = np.linspace(0.36, -0.30, 10)
    dt["root_paths"] = {}
    for k, r in enumerate(ROOTS):
        s0 = origins[k]
        pts = [lane_point(dt, s0, lanes[k] * 0.35)]
        if r in LUMBAR:
            e = bn[r]
            L = local_fn(spine, e["sc"])
            D, Hh = e["D"], e["H"]
            P = ped * D
            s_exit = e["sc"] - Hh * 0.05
            for s in np.arange(s0 + 14, s_exit, 16):
                pts.append(lane_point(dt, s, lanes[k]))
            pts += [L(-D / 2 - P * 0.55, -0.1 * Hh), L(-D / 2 - P * 0.12, -0.34 * Hh),
                    L(-D / 2 + D * 0.25, -0.5 * Hh - 3), L(D / 2 + 4, -0.5 * Hh - 10)]
        else:
            i = int(r[1])
            e = bn[f"S{i}"]
            s_exit = e["s1"]
            for s in np.arange(s0 + 14, s_exit - 10, 16):
                pts.append(lane_point(dt, s, lanes[k]))
            d = dt["depth"](s_exit)
            hole = dt["sac"]["_hole_centres"][i - 1] if i <= 4 else spine.local(s_exit, -d * 0.1, 0)
            pts += [spine.local(s_exit - 4, -d * 0.5, 0), hole,
                    spine.local(s_exit + 3, d * 0.5 + 8, 0)]
        pts.append(tuple(juncs[r]))
        pts = dedupe(pts)
        dt["root_paths"][r] = pts
        plate.nerve(f"root.{r}", [pts], 2.7 if r in ("L4", "L5", "S1") else 2.4)
        ax, ay = pts[-2]
        plate.text(ax + 3, ay - 5, f"{r}", size=9.5, weight="bold", fill="#8a6508")
    # labels on the bodies
    for n in ["T12", *LUMBAR]:
        e = bn[n]
        c = spine.local(e["sc"], e["D"] * 0.08, 0)
        plate.text(c[0], c[1] + 5, n, size=14, anchor="middle", weight="bold",
                   fill="#5a4127")
    for n in SACRAL:
        e = bn[n]
        c = spine.local(e["sc"], e["D"] * 0.0, 0)
        plate.text(c[0], c[1] + 4, n, size=11 if n != "S1" else 13, anchor="middle",
                   weight="bold", fill="#5a4127")
    c = spine.local(bn["Co2"]["s1"], -14, 0)
    plate.label("Co", c[0] - 30, c[1] + 14, c[0] + 6, c[1], size=12)
    # structure labels (left side, posterior)
    e = bn["L2"]
    p = spine.local(e["sc"], -e["D"] / 2 - ped * e["D"] - e["D"] * 0.34 - e["SP"] * 0.6, 0)
    plate.label("spinous process", 205, p[1] - 34, p[0], p[1] - 4, size=10.5, anchor="start")
    e = bn["L3"]
    p = spine.local(e["sc"], -e["D"] / 2 - ped * e["D"] * 0.22, e["H"] * 0.24)
    plate.label("pedicle", 205, p[1] - 30, p[0], p[1], size=10.5, anchor="start")
    e = bn["L4"]
    p = spine.local(e["sc"], -e["D"] / 2 - ped * e["D"] * 0.45, -e["H"] * 0.62)
    plate.label("intervertebral", 205, p[1] - 16, p[0], p[1], size=10.5, anchor="start")
    plate.text(205, p[1] - 3, "foramen", size=10.5)
    p = spine.local(tip_s, -dt["depth"](tip_s) / 2 - ped * dt["depth"](tip_s) * 0.5, 0)
    plate.label("conus medullaris (L1–L2)", 205, p[1] - 62, p[0], p[1] - 2, size=10.5,
                anchor="start")
    s = bn["T12"]["sc"]
    p = lane_point(dt, s, 0)
    plate.label("spinal cord", 205, p[1] - 28, p[0] - 4, p[1], size=10.5, anchor="start")
    s = bn["L5"]["sc"]
    p = lane_point(dt, s, -0.1)
    plate.label("cauda equina", 205, p[1] + 40, p[0] - 2, p[1] + 6, size=10.5, anchor="start")
    e = bn["L4-L5"]
    p = spine.local(e["sc"], bn["L4"]["D"] * 0.13, -1)
    plate.text(p[0], p[1] + 3, "L4–L5 disc", size=8, anchor="start", fill="#3f5f77")
    plate.title(cfg["title"][0], cfg["title"][1] - 14, "Lumbosacral spine — side view")
    plate.text(cfg["title"][0], cfg["title"][1] + 2, "roots leave below the pedicle of the "
               "same-numbered vertebra", size=10.5, anchor="middle", fill="#555")
    dt["tip_s"] = tip_s
    # plexus
    pl = cfg["plexus"]
    pts_of = dict(juncs)
    pts_of.update(pl["nodes"])
    strands_by_roots: dict[tuple[str, ...], list] = {}
    carried = plexus_roots(pl["edges"], ROOTS)
    for edge in pl["edges"]:
        a, b = edge[0], edge[1]
        mids = [tuple(m) for m in edge[2:]]
        pa, pb = np.array(pts_of[a], float), np.array(pts_of[b], float)
        if not mids:   # bow a plain strand slightly so the plexus reads as a braid
            d = pb - pa
            nrm = np.array([d[1], -d[0]]) / max(np.linalg.norm(d), 1e-9)
            if nrm[1] < 0:
                nrm = -nrm
            mids = [tuple((pa + pb) / 2 + nrm * 0.08 * np.linalg.norm(d))]
        strands_by_roots.setdefault(carried[(a, b)], []).append([tuple(pa), *mids, tuple(pb)])
    # one path per set of roots carried, named by them (nerve.lumbosacral_plexus.L4_L5_S1), so
    # the app lights only the strands a selected root runs through
    for roots, strands in strands_by_roots.items():
        plate.nerve(f"nerve.lumbosacral_plexus.{'_'.join(roots)}", strands, 3.0)
    plate.geo["_pts_of"] = pts_of
    # plexus labels
    for text, tx, ty, px, py in cfg["plexus"]["labels"]:
        lines = text.split("|")
        plate.label(lines[0], tx, ty, px, py, size=10.5, anchor="start")
        for k, extra in enumerate(lines[1:], 1):
            plate.text(tx, ty + 12 * k, extra, size=10.5)


def dedupe(pts: list) -> list:
    out = [tuple(map(float, pts[0]))]
    for p in pts[1:]:
        p = tuple(map(float, p))
        if math.hypot(p[0] - out[-1][0], p[1] - out[-1][1]) > 3:
            out.append(p)
    return out


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
        # outline + shading on top
        plate.qpath(plate.front, v.sil, fill="url(#art-skin-shade)", stroke=pal["skin_outline"],
                    stroke_width="1.5", stroke_linejoin="round", id=f"art-{name}-outline")
    limb_details(plate, geo, views)


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
    hint("back", [(756, 500), (754, 560), (754, 620)], 0.8, 0.35)
    hint("back", [(760, 212), (752, 270), (756, 330)], 0.7, 0.3)           # hamstrings
    hint("back", [(720, 330), (736, 352)], 0.7, 0.35)
    hint("back", [(798, 328), (784, 352)], 0.7, 0.35)
    hint("back", [(668, 104), (670, 160), (676, 192)], 1.0, 0.5)
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
    # dorsum malleoli bumps and extensor tendon hint
    hint("dorsum", [(1018, 930), (1006, 830), (994, 730)], 0.7, 0.3)


def draw_saddle(plate: Plate, geo: dict) -> None:
    pal = plate.pal
    c = geo["saddle"]
    cx, cy = c["centre"]
    # inset panel and context: buttocks and spread thighs seen from below
    x0, y0, w, h = c["panel"]
    plate.back.append(f'<rect id="art-saddle-panel" x="{x0}" y="{y0}" width="{w}" height="{h}" '
                      f'rx="8" fill="#ffffff" stroke="#c9c2b8" stroke-width="0.8"/>')
    ring = [(-88, -80), (-96, -30), (-92, 20), (-64, 56), (-24, 64), (0, 56), (24, 64),
            (64, 56), (92, 20), (96, -30), (88, -80), (50, -88), (26, -64), (0, -58),
            (-26, -64), (-50, -88)]
    k = c.get("context_scale", 0.8)
    ctx = smooth_path([(cx + k * x, cy + k * y) for x, y in ring], closed=True)
    plate.qpath(plate.back, ctx, fill=pal["skin"], stroke="none", id="art-saddle-context")
    plate.qpath(plate.front, ctx, fill="none", stroke=pal["skin_outline"], stroke_width="1.2",
                id="art-saddle-outline")
    for sx in (-1, 1):
        plate.path(plate.front, open_d([(cx + sx * 40 * k / 0.8, cy - 69 * k / 0.8),
                                        (cx + sx * 47 * k / 0.8, cy - 40 * k / 0.8),
                                        (cx + sx * 58 * k / 0.8, cy - 16 * k / 0.8)]),
                   fill="none",
                   stroke=pal["skin_outline"], stroke_width="0.8", stroke_opacity="0.5")
    plate.path(plate.front, open_d([(cx, cy + 34), (cx, cy + 40), (cx, cy + 45)]), fill="none",
               stroke=pal["skin_outline"], stroke_width="0.8", stroke_opacity="0.5")
    outer = ellipse_path(cx, cy, *c["outer"])
    per = ellipse_path(cx, cy, *c["perineum"])
    pa = ellipse_path(cx, cy, *c["perianal"])
    anus = ellipse_path(cx, cy, *c["anus"])
    gx, gy, grx, gry = c["genitalia"]
    gen = ellipse_path(gx, gy, grx, gry)
    pats = {
        "genitalia.inset": gen,
        "perianal.inset": pa.subtracted(anus).subtracted(gen),
        "perineum.inset": per.subtracted(pa).subtracted(gen),
        "saddle.inset": outer.subtracted(per).subtracted(gen),
    }
    cols = {"genitalia.inset": "#ecd6e6", "perianal.inset": "#f3e6c0",
            "perineum.inset": "#d6e6ee", "saddle.inset": "#e6e9c8"}
    for pid, p in pats.items():
        plate.qpath(plate.patches, p.simplified(), id=f"patch.{pid}", fill=cols[pid],
                    stroke="#b9957e", stroke_width="0.6")
    plate.qpath(plate.back, anus, fill="#6b4a3a", stroke="none", id="art-anus")
    plate.path(plate.front, f"M{cx - 4:.1f} {cy:.1f} q4 2 8 0", fill="none", stroke="#3b2a20",
               stroke_width="0.8")
    plate.title(c["title"][0], c["title"][1], "Saddle area")
    lx = x0 + w - 4
    plate.label("S3", lx, cy - 34, cx + 52, cy - 26, size=10, anchor="end")
    plate.label("S4", lx, cy + 36, cx + 36, cy + 14, size=10, anchor="end")
    plate.label("S4–S5", lx, cy + 56, cx + 10, cy + 14, size=10, anchor="end")
    plate.label("genitals", lx, gy - 20, gx + 14, gy - 5, size=9.5, anchor="end")



def draw_nerves(plate: Plate, geo: dict) -> None:
    pts_of = geo["_pts_of"]
    views = geo["_views"]
    placed: dict[str, list] = {}
    for entry in geo["nerves"]:
        nid, view, width = entry[0], entry[1], entry[2]
        strands = entry[3:]
        dx, dy = geo[view].get("offset", [0, 0])
        strands = [[(x + dx, y + dy) for x, y in s] for s in strands]
        placed[nid] = strands
        plate.nerve(nid, strands, width)
    pl = geo["detail"]["plexus"]
    for view, bd in pl["bundles"].items():
        guide = sample_spline([tuple(p) for p in bd["guide"]], per_seg=30)
        tang = np.gradient(guide, axis=0)
        tang /= np.maximum(np.linalg.norm(tang, axis=1, keepdims=True), 1e-9)
        left = np.stack([tang[:, 1], -tang[:, 0]], axis=1)
        jx, jy = bd["join"]
        lx, ly = bd["leave"]
        for nid, node, off, width in bd["lanes"]:
            start = np.array(pts_of[node], float)
            dest = np.array(placed[f"{nid}.{view}"][0][0], float)
            lane = guide - left * off
            j = int(np.argmin(np.linalg.norm(guide - (start + [jx, jy]), axis=1)))
            if abs(off) > 0 and view == "front" and node != "L1":
                j = int(np.argmin(np.linalg.norm(guide - (start + [0, -18]), axis=1)))
            k = int(np.argmin(np.linalg.norm(guide - (dest + [lx, ly]), axis=1)))
            idx = list(range(j, k + 1, 12))
            if idx[-1] != k:
                idx.append(k)
            pts = [tuple(start), *[tuple(lane[i]) for i in idx], tuple(dest)]
            if node == "L1":
                pts.insert(1, (start[0] + 34, start[1] - 6))
            plate.nerve(f"{nid}.link", [dedupe(pts)], width)
    # pudendal from its plexus node to the saddle inset
    c = geo["saddle"]
    cx, cy = c["centre"]
    pud0 = tuple(pts_of["pudendal"])
    plate.nerve("pudendal.link", [[pud0, (pud0[0] + 18, pud0[1] + 22), (cx - 70, cy - 30),
                                   (cx - 50, cy - 4)]], 2.8)
    gx, gy = c["genitalia"][:2]
    plate.nerve("pudendal.saddle", [
        [(cx - 50, cy - 4), (cx - 30, cy + 2), (cx - 12, cy + 2)],           # inferior rectal
        [(cx - 50, cy - 4), (cx - 34, cy - 18), (cx - 8, cy - 23), (cx + 18, cy - 20)],  # perineal
        [(cx - 34, cy - 18), (cx - 28, cy - 30), (gx - 6, gy)],              # dorsal nerve
    ], 2.0)
    labels(plate, geo, placed, views)


def labels(plate: Plate, geo: dict, placed: dict, views: dict) -> None:
    def at(nid, i=None, strand=0):
        s = placed[nid][strand]
        return s[len(s) // 2] if i is None else s[i]

    for text, nid, idx, lx, ly in geo["labels"]:
        p = at(nid, idx)
        lines = text.split("|")
        plate.label(lines[0], lx, ly, p[0], p[1])
        for k, extra in enumerate(lines[1:], 1):
            plate.text(lx, ly + 13 * k, extra, size=11.5 if k == 1 else 9.5,
                       anchor="start" if lx > p[0] else "end")
    # titles
    for name, t in (("back", "Right leg — back"), ("front", "Right leg — front"),
                    ("sole", "Right foot — sole"), ("dorsum", "Right foot — top")):
        x, y = geo[name]["title"]
        plate.title(x + geo[name].get("offset", [0, 0])[0], y, t)
    # orientation hints
    yb = 640
    plate.text(views["back"].edges(560)[0] - 6, 560, "medial", size=9, anchor="end",
               fill="#888", style="italic")
    plate.text(views["back"].edges(560)[1] + 6, yb - 100, "lateral", size=9, fill="#888",
               style="italic")
    plate.text(views["front"].edges(500)[0] - 6, 470, "lateral", size=9, anchor="end",
               fill="#888", style="italic")
    plate.text(views["front"].edges(500)[1] + 6, 470, "medial", size=9, fill="#888",
               style="italic")


def draw_key(plate: Plate, geo: dict) -> None:
    pal = plate.pal
    for text, cx, cy, rot in geo.get("captions", []):
        plate.text(cx, cy, text, size=9.5, anchor="middle", style="italic", fill="#7a6a3a",
                   rotate=rot if rot else None)
    x, y = geo["key"]["title"]
    plate.text(x, y, "SpineTutor", size=22, weight="bold", fill=pal["title"])
    plate.text(x, y + 22, "Lumbosacral roots, nerves", size=12.5, fill=pal["title"])
    plate.text(x, y + 39, "and skin areas of the right leg", size=12.5, fill=pal["title"])
    x, y = geo["key"]["legend"]
    items = [("bone", pal["bone"], pal["bone_outline"]), ("intervertebral disc", pal["disc"],
             pal["disc_outline"]), ("spinal cord", pal["cord"], pal["cord_outline"]),
             ("skin areas (click to explore)", pal["tints"][0], "#b9957e")]
    yy = y
    for lab, fill, stroke in items:
        plate.front.append(f'<rect x="{x}" y="{yy - 11}" width="22" height="14" rx="3" '
                           f'fill="{fill}" stroke="{stroke}" stroke-width="0.9"/>')
        plate.text(x + 30, yy, lab, size=11.5)
        yy += 22
    plate.path(plate.front, f"M{x} {yy - 4} L{x + 22} {yy - 4}", stroke=pal["nerve_dark"],
               stroke_width="4", stroke_linecap="round", fill="none")
    plate.path(plate.front, f"M{x} {yy - 4} L{x + 22} {yy - 4}", stroke=pal["nerve"],
               stroke_width="2", stroke_linecap="round", fill="none")
    plate.text(x + 30, yy, "nerve root / peripheral nerve", size=11.5)
    x, yy = geo["key"]["notes"]
    notes = ["How to read this plate", "Each lumbar root leaves through the",
             "foramen BELOW its own vertebra", "(the L4 root: L4–L5 foramen).", "",
             "The cord ends as the conus at L1–L2;", "below it the roots form the",
             "cauda equina.", "",
             "Follow a root: root → plexus →", "nerve in the leg → branch in the foot.",
             "", "Front view: lateral on your left.", "Back view: lateral on your right.",
             "Foot from above: big toe on the left;", "sole: big toe on the right."]
    for i, line in enumerate(notes):
        if i == 0:
            plate.text(x, yy, line, size=12, weight="bold", fill=pal["title"])
            yy += 19
            continue
        plate.text(x, yy, line, size=10.5, fill="#444")
        yy += 16


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geometry", type=Path, default=GEOMETRY)
    ap.add_argument("--patches", type=Path, default=PATCHES)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    geo = yaml.safe_load(args.geometry.read_text(encoding="utf-8"))
    plist = yaml.safe_load(args.patches.read_text(encoding="utf-8"))["patches"]
    plate = build(geo, plist)
    args.out.write_text(plate.svg(), encoding="utf-8")
    try:
        shown = args.out.resolve().relative_to(ROOT)
    except ValueError:
        shown = args.out
    print(f"wrote {shown} ({len(plate.ids)} ids)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
