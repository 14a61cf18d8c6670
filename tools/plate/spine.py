"""The vertebral column: vertebrae, discs, sacrum and coccyx along a curved centre line."""

from __future__ import annotations

import math

import numpy as np
from geom import Spine, ellipse_path, open_d, poly_path, smooth_path, stroke_area, union_all
from plate import LUMBAR, SAC, Plate
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath


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
        # sacral segments are fused: their shared borders are faint transverse ridges, and
        # sacrum_outline() draws the one outline of the whole bone on top
        sacral = name.startswith("S")
        plate.qpath(plate.bones, shp, id=f"vertebra.{name}{sfx}", fill=pal["bone"],
                    stroke=pal["bone_ridge"] if sacral else pal["bone_outline"],
                    stroke_width=("0.8" if sacral else "1.1") if sfx else "0.8",
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


def bone_relief(plate: Plate, sp: dict, names: list[str], rim: float) -> None:
    """Light from above: a shadowed rim along each bone's lower edges, a pale rim along its
    upper edges, and the posterior elements a shade darker than the bodies."""
    shapes = {n: sp["shapes"][n] for n in names if n in sp["shapes"] and not n.startswith("S")}
    if any(n.startswith("S") for n in names):   # the fused sacrum as one bone
        shapes["sacrum"] = union_all([sp["shapes"][f"S{i}"] for i in range(1, 6)]).simplified()
    for n, shp in shapes.items():
        low = shp.subtracted(shp.translated(0, -rim)).simplified()
        top = shp.subtracted(shp.translated(0, rim * 0.8)).simplified()
        plate.qpath(plate.front, low, fill="#7a5c3a", fill_opacity="0.17", stroke="none",
                    class_="art-bone-shade")
        plate.qpath(plate.front, top, fill="#ffffff", fill_opacity="0.4", stroke="none",
                    class_="art-bone-light")
        body = sp["bodies"].get(n)
        if body is not None:
            plate.qpath(plate.front, shp.subtracted(body).simplified(), fill="#7a5c3a",
                        fill_opacity="0.07", stroke="none", class_="art-bone-shade")


def sacrum_outline(plate: Plate, sp: dict, width: float) -> None:
    """The sacrum as ONE bone: a darker dorsal band, then its outline over the segments."""
    spine = sp["spine"]
    segs = [sp["shapes"][f"S{i}"] for i in range(1, 6)]
    whole = union_all(segs).simplified()
    sac = [e for e in sp["els"] if e["kind"] == "s"]
    front, back = sp["sac"]["_front"], sp["sac"]["_back"]
    ss = np.linspace(sac[0]["s0"] - 6, sac[-1]["s1"] + 4, 40)
    outer = [spine.local(s, back(s) - 8, 0) for s in ss]
    inner = [spine.local(s, 0.62 * back(s) + 0.38 * front(s), 0) for s in ss[::-1]]
    dorsal = poly_path(outer + inner).intersected(whole).simplified()
    plate.qpath(plate.front, dorsal, fill="#7a5c3a", fill_opacity="0.08", stroke="none",
                class_="art-bone-shade")
    plate.qpath(plate.front, whole, fill="none",
                stroke=plate.pal["bone_outline"], stroke_width=f"{width}",
                stroke_linejoin="round", class_="art-sacrum-outline")
