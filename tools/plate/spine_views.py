"""The two spine figures: the whole column (overview) and the lumbosacral detail with roots."""

from __future__ import annotations

import math

import numpy as np
from geom import ellipse_path, open_d, poly_path
from plate import LUMBAR, ROOTS, SAC, SACRAL, Plate, dedupe, ribbon_var
from spine import (
    bone_relief,
    bone_shading,
    canal_geometry,
    closed_local,
    emit_spine,
    lane_point,
    local_fn,
    sacrum_outline,
)


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
    bone_relief(plate, ov, [e["name"] for e in els if e["kind"] in ("v", "s", "c")], 1.2)
    sacrum_outline(plate, ov, 0.8)
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
    dt["dura"] = ribbon_var(cpts, cw)
    plate.qpath(plate.back, dt["dura"], id="art-detail-dura", fill=pal["dura"],
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
    bone_relief(plate, dt, keep_v, 2.6)
    sacrum_outline(plate, dt, 1.1)
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
    dt["cauda"] = cauda.united(end_cap).simplified()
    plate.qpath(plate.lands, dt["cauda"],
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
        plate.geo.setdefault("_root_paths", {})[r] = pts
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
    lines, x, y, size = plate.lines("intervertebral|foramen", 205, p[1] - 16, 10.5)
    plate.label(lines[0], x, y, p[0], p[1], size=size, anchor="start", translate=False)
    for k, extra in enumerate(lines[1:], 1):
        plate.text(x, y + 13 * k, extra, size=size, translate=False)
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
