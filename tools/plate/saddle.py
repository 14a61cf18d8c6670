"""The saddle-area inset (perineum seen from below)."""

from __future__ import annotations

from geom import ellipse_path, open_d, smooth_path
from plate import Plate


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
