"""The lumbosacral plexus strands and the link nerves that leave it for the limb views."""

from __future__ import annotations

import numpy as np
from geom import sample_spline
from plate import ROOTS, Plate, dedupe


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


def draw_plexus(plate: Plate, geo: dict) -> None:
    cfg = geo["detail"]
    juncs = cfg["plexus"]["junctions"]
    pl = cfg["plexus"]
    pts_of = dict(juncs)
    pts_of.update(pl["nodes"])
    strands_by_roots: dict[tuple[str, ...], list] = {}
    carried = plexus_roots(pl["edges"], ROOTS)
    for edge in pl["edges"]:
        a, b = edge[0], edge[1]
        mids = [tuple(m) for m in edge[2:]]
        pa, pb = np.array(pts_of[a], float), np.array(pts_of[b], float)
        if not mids and np.linalg.norm(pb - pa) > 40:   # bow a plain strand slightly (braid)
            d = pb - pa
            nrm = np.array([d[1], -d[0]]) / max(np.linalg.norm(d), 1e-9)
            if nrm[1] < 0:
                nrm = -nrm
            mids = [tuple((pa + pb) / 2 + nrm * 0.08 * np.linalg.norm(d))]
        root_path = plate.geo.get("_root_paths", {}).get(a)
        if root_path is not None:   # leave a root junction along the root's own direction
            t = pa - np.array(root_path[-2], float)
            t /= max(np.linalg.norm(t), 1e-9)
            out = np.array(mids[0] if mids else pb) - pa
            dist = float(np.linalg.norm(out))
            if float(np.dot(t, out)) > 0.55 * dist:   # only when it bends by under ~57 deg
                mids.insert(0, tuple(pa + t * min(16.0, 0.4 * dist)))
        strands_by_roots.setdefault(carried[(a, b)], []).append([tuple(pa), *mids, tuple(pb)])
    # one path per set of roots carried, named by them (nerve.lumbosacral_plexus.L4_L5_S1), so
    # the app lights only the strands a selected root runs through
    for roots, strands in strands_by_roots.items():
        plate.nerve(f"nerve.lumbosacral_plexus.{'_'.join(roots)}", strands, 3.0)
    plate.geo["_pts_of"] = pts_of
    # plexus labels
    for text, tx, ty, px, py in cfg["plexus"]["labels"]:
        lines, tx, ty, size = plate.lines(text, tx, ty, 10.5)
        plate.label(lines[0], tx, ty, px, py, size=size, anchor="start", translate=False)
        for k, extra in enumerate(lines[1:], 1):
            plate.text(tx, ty + 12 * k, extra, size=size, translate=False)


def draw_links(plate: Plate, geo: dict, placed: dict) -> None:
    """Link nerves from the plexus nodes to where each nerve starts in a limb view."""
    pts_of = geo["_pts_of"]
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
            plate.link(f"{nid}.link", [dedupe(pts)], width)
    # pudendal from its plexus node to the saddle inset
    c = geo["saddle"]
    cx, cy = c["centre"]
    pud0 = tuple(pts_of["pudendal"])
    plate.link("pudendal.link", [[pud0, (pud0[0] + 18, pud0[1] + 22), (cx - 70, cy - 30),
                                   (cx - 50, cy - 4)]], 2.8)
    gx, gy = c["genitalia"][:2]
    plate.nerve("pudendal.saddle", [
        [(cx - 50, cy - 4), (cx - 30, cy + 2), (cx - 12, cy + 2)],           # inferior rectal
        [(cx - 50, cy - 4), (cx - 34, cy - 18), (cx - 8, cy - 23), (cx + 18, cy - 20)],  # perineal
        [(cx - 34, cy - 18), (cx - 28, cy - 30), (gx - 6, gy)],              # dorsal nerve
    ], 2.0)
