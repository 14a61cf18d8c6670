"""The Plate writer (SVG element lists per layer) and small shared helpers."""

from __future__ import annotations

import math

import numpy as np
from geom import open_d, poly_path, ribbon, to_d
from PySide6.QtGui import QPainterPath
from words import Words

LUMBAR = ["L1", "L2", "L3", "L4", "L5"]
SACRAL = ["S1", "S2", "S3", "S4", "S5"]
ROOTS = LUMBAR + SACRAL
SAC = 0.56   # width of the dural sac as a fraction of pedicle length


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
    def __init__(self, geo: dict, words: Words | None = None):
        self.geo = geo
        self.words = words or Words()
        self.pal = geo["palette"]
        self.font = geo["font"]
        self.defs: list[str] = []
        self.back: list[str] = []
        self.patches: list[str] = []
        self.bones: list[str] = []
        self.lands: list[str] = []
        self.nerves: list[str] = []
        self.front: list[str] = []
        self.lesions: dict[str, list[str]] = {}   # lesion.<id> -> its elements (hidden)
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

    def link(self, nid: str, strands: list[list], width: float, arrow: bool = True) -> None:
        """A clickable link piece between two figures: thin, light and dashed ("continues
        to ..."), so it reads as a pointer rather than a cable. The app highlights it as one
        continuous line with the rest of the nerve. A small arrowhead marks where it arrives."""
        d = " ".join(open_d([tuple(p) for p in s]) for s in strands)
        w = min(2.2, 1.3 + 0.14 * width)
        self.path(self.nerves, d, id=f"nerve.{nid}", fill="none", stroke=self.pal["link"],
                  stroke_width=f"{w:.1f}", stroke_dasharray="7 4", stroke_linecap="round",
                  stroke_linejoin="round")
        if not arrow:
            return
        for s in strands:
            pts = np.array(s, float)
            end = pts[-1]
            # direction over the last few units of the line
            back = pts[-2]
            for p in pts[-2::-1]:
                back = p
                if np.linalg.norm(end - p) > 8:
                    break
            t = (end - back) / max(np.linalg.norm(end - back), 1e-9)
            n = np.array([-t[1], t[0]])
            tip = end - t * 3
            base = tip - t * 7
            tri = [tip, base + n * 3.2, base - n * 3.2]
            self.path(self.front, "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in tri) + " Z",
                      fill=self.pal["link"], stroke="none", class_="art-link-arrow")

    def text(self, x: float, y: float, s: str, size: float = 12, anchor: str = "start",
             weight: str | None = None, fill: str | None = None, style: str | None = None,
             rotate: float | None = None, translate: bool = True,
             layer: list[str] | None = None) -> None:
        """Text in the plate's language (`translate=False`: `s` is already translated)."""
        if translate:
            s, x, y, size = self.words.place(s, x, y, size)
        tr = f"rotate({rotate:.0f} {x:.1f} {y:.1f})" if rotate is not None else None
        (self.front if layer is None else layer).append(
            f"<text {attrs(x=f'{x:.1f}', y=f'{y:.1f}', font_family=self.font, font_size=size,
                            text_anchor=anchor, font_weight=weight, font_style=style,
                            fill=fill or self.pal['label'], transform=tr)}>{esc(s)}</text>")

    def leader(self, x1, y1, x2, y2, dot: bool = True, layer: list[str] | None = None) -> None:
        layer = self.front if layer is None else layer
        layer.append(
            f"<line {attrs(x1=f'{x1:.1f}', y1=f'{y1:.1f}', x2=f'{x2:.1f}', y2=f'{y2:.1f}',
                            stroke=self.pal['leader'], stroke_width='0.7')}/>")
        if dot:
            layer.append(f"<circle {attrs(cx=f'{x2:.1f}', cy=f'{y2:.1f}', r='1.6',
                                                fill=self.pal['leader'])}/>")

    def label(self, s: str, tx: float, ty: float, px: float, py: float, size: float = 11.5,
              anchor: str | None = None, translate: bool = True, **kw) -> None:
        """Label at (tx, ty) with a straight leader to the point (px, py)."""
        if translate:
            s, tx, ty, size = self.words.place(s, tx, ty, size)
        anchor = anchor or ("end" if px > tx else "start")
        gap = 3 if anchor == "end" else -3
        self.leader(tx + gap, ty - size * 0.35, px, py, layer=kw.get("layer"))
        self.text(tx, ty, s, size=size, anchor=anchor, translate=False, **kw)

    def lines(self, s: str, x: float, y: float, size: float
              ) -> tuple[list[str], float, float, float]:
        """A label with "|" line breaks, translated as a whole (languages break it their own
        way): its lines, position and size."""
        out, x, y, size = self.words.place(s, x, y, size)
        return out.split("|"), x, y, size

    def lesion(self, lesion_id: str) -> list[str]:
        """The element list of layer `lesion.<lesion_id>` (hidden until the app shows it)."""
        return self.lesions.setdefault(lesion_id, [])

    def lesion_shape(self, lesion_id: str, shape: QPainterPath, kind: str = "disc",
                     hatch_angle: float = 45.0, spacing: float = 2.6) -> None:
        """A piece of a lesion: a tinted fill, hatching and a strong outline, so it reads
        without colour. kind: disc (herniated or bulging disc), bone (overgrowth), ligament
        (thickened ligamentum flavum), site (an entrapment), slip (a displaced vertebra)."""
        layer = self.lesion(lesion_id)
        fill, opacity = LESION_FILLS[kind]
        self.qpath(layer, shape, fill=fill, fill_opacity=opacity, stroke="none")
        lines = hatch(shape, spacing, hatch_angle, 0.55)
        if kind in ("bone", "site"):
            lines = lines.united(hatch(shape, spacing * 1.3, hatch_angle + 90, 0.45))
        self.qpath(layer, lines, fill=LESION_INK, fill_opacity="0.75", stroke="none")
        self.qpath(layer, shape, fill="none", stroke=LESION_INK, stroke_width="1.3",
                   stroke_linejoin="round")

    def title(self, x: float, y: float, s: str) -> None:
        self.text(x, y, s, size=16, anchor="middle", weight="bold", fill=self.pal["title"])

    # ---- output ----------------------------------------------------------------------------
    def svg(self) -> str:
        w, h = self.geo["canvas"]["width"], self.geo["canvas"]["height"]
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" '
                f'height="{h}" viewBox="0 0 {w} {h}">')
        caption = self.words("SpineTutor plate: lumbosacral spine, roots, nerves and skin")
        parts = [head, f"<title>{esc(caption)}</title>", "<defs>", *self.defs, "</defs>",
                 '<g id="art-back">', *self.back, "</g>",
                 '<g id="structures">', *self.patches, *self.bones, *self.lands, *self.nerves,
                 "</g>", '<g id="art-front">', *self.front, "</g>"]
        # lesion layers: hidden in the document, each drawn by the app on its own
        parts.append('<g id="pathology" display="none">')
        for lid, elements in sorted(self.lesions.items()):
            parts += [f'<g id="lesion.{esc(lid)}">', *elements, "</g>"]
        parts += ["</g>", "</svg>"]
        return "\n".join(parts) + "\n"


LESION_INK = "#8a2f00"   # outline and hatching of every lesion (dark vermillion)
LESION_FILLS = {"disc": ("#8fbde0", "0.95"), "bone": ("#e6cf9c", "0.95"),
                "ligament": ("#f0cf55", "0.95"), "site": ("#e69f00", "0.55"),
                "slip": ("#f3e9d2", "0.9")}


def hatch(shape: QPainterPath, spacing: float, angle: float = 45.0,
          width: float = 0.5) -> QPainterPath:
    """Parallel stripes at `angle` degrees, `spacing` apart, clipped to `shape`."""
    r = shape.boundingRect()
    cx, cy = r.center().x(), r.center().y()
    half = math.hypot(r.width(), r.height()) / 2 + spacing
    a = math.radians(angle)
    t = (math.cos(a), math.sin(a))
    n = (-t[1], t[0])
    stripes = QPainterPath()
    k = -half
    while k <= half:
        ox, oy = cx + n[0] * k, cy + n[1] * k
        pts = [(ox - t[0] * half - n[0] * width / 2, oy - t[1] * half - n[1] * width / 2),
               (ox + t[0] * half - n[0] * width / 2, oy + t[1] * half - n[1] * width / 2),
               (ox + t[0] * half + n[0] * width / 2, oy + t[1] * half + n[1] * width / 2),
               (ox - t[0] * half + n[0] * width / 2, oy - t[1] * half + n[1] * width / 2)]
        stripes.addPath(poly_path(pts))
        k += spacing
    return stripes.intersected(shape).simplified()


def ribbon_var(pts: np.ndarray, widths: np.ndarray) -> QPainterPath:
    d = np.gradient(pts, axis=0)
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    nrm = np.stack([-d[:, 1], d[:, 0]], axis=1)
    w = np.asarray(widths)[:, None] / 2
    left = pts + nrm * w
    right = pts - nrm * w
    ring = np.vstack([left, right[::-1]])
    return poly_path(ring.tolist())


def dedupe(pts: list) -> list:
    out = [tuple(map(float, pts[0]))]
    for p in pts[1:]:
        p = tuple(map(float, p))
        if math.hypot(p[0] - out[-1][0], p[1] - out[-1][1]) > 3:
            out.append(p)
    return out
