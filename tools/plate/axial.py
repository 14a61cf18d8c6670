"""Axial sections through the L3-L4, L4-L5 and L5-S1 discs, and the lesions drawn in them.

Seen from below as on a CT or MRI slice: anterior up, the patient's right on the viewer's
left (the plate's leg is the right leg, so one-sided lesions are drawn on the left of each
section). Shapes are in millimetres around the centre of the canal (x to the patient's left,
y posterior) and mapped onto the plate by each level's box in plate_geometry.yaml.

Clickable ids: axial.<level>.disc.<level>, .root.<traversing>, .root.<exiting>,
.landmark.cauda_equina (the thecal sac), .vertebra.<upper> (laminae, spinous process and
inferior articular processes) and .vertebra.<lower> (superior articular processes).
"""

from __future__ import annotations

from geom import ellipse_path, poly_path, smooth_path, stroke_area, to_d, union_all
from plate import LESION_INK, Plate
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QTransform

MIRROR = QTransform(-1, 0, 0, 1, 0, 0)
MUSCLE, MUSCLE_LINE = "#f1d3cb", "#c9a096"
FAT = "#fbf3d9"


def both(right: QPainterPath) -> QPainterPath:
    """A right-side shape and its mirror image (the patient's left)."""
    return right.united(MIRROR.map(right)).simplified()


def closed(pts) -> QPainterPath:
    return smooth_path([tuple(p) for p in pts], closed=True)


def mirrored_outline(right: list[tuple[float, float]]) -> QPainterPath:
    """A closed symmetric outline from its right half, listed from the top of the midline
    to the bottom of the midline (both ends on x = 0)."""
    left = [(-x, y) for x, y in reversed(right[1:-1])]
    return closed(right + left)


class Section:
    """The shapes of one axial section, in mm (see the module docstring)."""

    def __init__(self, cfg: dict) -> None:
        w = cfg.get("width", 1.0)      # disc width factor (L5-S1 widest)
        fa = cfg.get("facet", 0.0)     # facet turn towards the coronal plane (mm of shift)
        self.w = w
        self.disc = mirrored_outline([
            (0, -10.4), (-9 * w, -10.1), (-16 * w, -11.4), (-21.5 * w, -15.5), (-25 * w, -22),
            (-25 * w, -29), (-21 * w, -37), (-12 * w, -42), (0, -43.5)][::-1])
        self.nucleus = ellipse_path(0, -25.5, 10.5 * w, 7.2)
        self.canal = mirrored_outline([
            (0, -10.4), (-9, -10.1), (-15, -10.6), (-17.5, -8), (-15, -5), (-12, -2.5),
            (-9, 2), (-5, 6.5), (0, 8.6)])
        self.sac = ellipse_path(0, -0.6, 9.4, 6.9)
        self.traversing = ellipse_path(-13.0, -7.3, 2.3, 2.0)
        self.exiting = ellipse_path(-29.5 * w, -13.5, 3.3, 2.6, -28)
        sap = closed([(-12.5, -3.5), (-16, -6.6), (-21, -8.6), (-26, -6.2 + fa * 0.3),
                      (-29, -1 + fa * 0.4), (-29 + fa * 0.2, 5), (-26 + fa, 10 - fa * 0.4),
                      (-23 + fa, 10.2 - fa * 0.3), (-20.5 + fa * 0.6, 6), (-17, 1.5)])
        iap = closed([(-15.5, 3.2), (-19 + fa * 0.5, 7.5), (-21.5 + fa, 11.5 - fa * 0.3),
                      (-20.5 + fa, 15.5), (-16, 16.5), (-11.5, 13), (-11, 7.5), (-13, 4.5)])
        lamina = mirrored_outline([
            (0, 11.4), (-6, 10.1), (-12, 7.6), (-14.5, 14.5), (-9, 19.5), (-4, 21.6),
            (-3, 30), (-3.3, 40), (-1.9, 44), (0, 44.7)])
        self.sap_right = sap
        self.sap = both(sap)
        self.arch = lamina.united(both(iap)).simplified().subtracted(self.sap)
        flavum = mirrored_outline([
            (0, 8.3), (-5, 6.2), (-9, 1.8), (-12.3, -2.8), (-13.6, -4.4), (-13.2, 1.5),
            (-11.3, 7.8), (-6, 10.6), (0, 11.9)])
        self.flavum = flavum.subtracted(self.sap).subtracted(self.arch)
        self.psoas = both(ellipse_path(-35.5 * w, -30.5, 8.5, 12.5, 18))
        para = closed([(-4.6, 23), (-13, 19.5), (-22, 14.5), (-30, 8.5), (-37.5, 12),
                       (-40, 24), (-33, 37), (-19, 44.5), (-5, 46)])
        self.paraspinal = both(para).subtracted(self.arch).subtracted(self.sap)
        self.foramen = closed([(-20, -12.5), (-24.5, -17.5), (-33, -15.5), (-31.5, -8),
                               (-24, -8.5)]).subtracted(self.disc).subtracted(self.sap)


def draw_axial(plate: Plate, geo: dict) -> dict:
    """Draw the three sections (art, clickable shapes, labels); returns each level's mapper
    so the lesion layers can be drawn in the same place."""
    cfg = geo["axial"]
    pal = plate.pal
    x0, y0, w0, h0 = cfg["panel"]
    plate.back.append(f'<rect x="{x0}" y="{y0}" width="{w0}" height="{h0}" rx="8" '
                      f'fill="#fbfaf6" stroke="#c9cfd8" stroke-width="0.9"/>')
    plate.title(x0 + w0 / 2, cfg["title"][1], "Axial sections at the disc")
    plate.text(x0 + w0 / 2, cfg["title"][1] + 13, "seen from below: patient's right on your "
               "left", size=8.5, anchor="middle", fill="#555")
    out = {}
    for level, lv in cfg["levels"].items():
        upper, lower = level.split("-")
        cx, cy = lv["centre"]
        s = cfg["scale"]
        t = QTransform(s, 0, 0, s, cx, cy)
        sec = Section(lv)
        out[level] = (t, sec)

        def put(layer, shape, t=t, **kw):
            plate.qpath(layer, t.map(shape), **kw)

        put(plate.back, sec.paraspinal, fill=MUSCLE, stroke=MUSCLE_LINE, stroke_width="0.5")
        put(plate.back, sec.psoas, fill=MUSCLE, stroke=MUSCLE_LINE, stroke_width="0.5")
        put(plate.back, sec.canal, fill=FAT, stroke="#d8c58e", stroke_width="0.4")
        put(plate.back, sec.foramen, fill=FAT, stroke="none")
        put(plate.back, sec.flavum, fill="#f3dd8a", stroke="#c9a940", stroke_width="0.5")
        trav, exit_ = lv["traversing"], lv["exiting"]
        tag = f"axial.{level}"
        put(plate.bones, sec.disc, id=f"{tag}.disc.{level}", fill=pal["disc"],
            stroke=pal["disc_outline"], stroke_width="0.8")
        put(plate.bones, sec.arch, id=f"{tag}.vertebra.{upper}", fill=pal["bone"],
            stroke=pal["bone_outline"], stroke_width="0.8")
        put(plate.bones, sec.sap, id=f"{tag}.vertebra.{lower}", fill=pal["bone"],
            stroke=pal["bone_outline"], stroke_width="0.8")
        put(plate.lands, sec.sac, id=f"{tag}.landmark.cauda_equina", fill=pal["dura"],
            stroke="#9d8bb0", stroke_width="0.7")
        put(plate.nerves, both(sec.traversing), id=f"{tag}.root.{trav}", fill=pal["nerve"],
            stroke=pal["nerve_dark"], stroke_width="0.7")
        put(plate.nerves, both(sec.exiting), id=f"{tag}.root.{exit_}", fill=pal["nerve"],
            stroke=pal["nerve_dark"], stroke_width="0.7")
        # art on top: annulus lamellae, nucleus, rootlets of the cauda equina, muscle lines
        for k in (0.84, 0.68):
            ring = QTransform().translate(0, -26.5).scale(k, k).translate(0, 26.5)
            put(plate.front, ring.map(sec.disc), fill="none", stroke="#7d9db5",
                stroke_opacity="0.55", stroke_width="0.45")
        put(plate.front, sec.nucleus, fill="#ffffff", fill_opacity="0.55", stroke="#7d9db5",
            stroke_opacity="0.6", stroke_width="0.45")
        rootlets = []
        for y in (-3.2, -0.8, 1.6, 3.8):
            span = 7.6 * (1 - ((y + 0.6) / 6.9) ** 2) ** 0.5 - 1.2
            n = max(2, int(span * 2 / 2.3) + 1)
            for i in range(n):
                x = -span + 2 * span * i / (n - 1)
                if y < -2 and abs(x) < 3:
                    continue
                rootlets.append(ellipse_path(x, y, 0.85, 0.8))
        rootlets += [ellipse_path(-6.3, -4.0, 1.2, 1.1), ellipse_path(6.3, -4.0, 1.2, 1.1)]
        put(plate.front, union_all(rootlets), fill="#f1d05c", stroke="#9a7a18",
            stroke_width="0.3", class_="art-cauda-rootlets")
        put(plate.front, both(ellipse_path(-29.5 * sec.w, -13.5, 1.6, 1.2, -28)),
            fill="#f6e3a0", stroke="none")  # the root ganglion's pale centre
        for side in (1, -1):
            m = QTransform(side, 0, 0, 1, 0, 0)
            put(plate.front, m.map(smooth_path([(-17, 19), (-20.5, 31), (-19, 44)])),
                fill="none", stroke=MUSCLE_LINE, stroke_width="0.45")
        # level title and orientation
        top = cy - 47 * s
        plate.text(cx, top + 1, f"{level.replace('-', '–')}", size=10.5, anchor="middle",
                   weight="bold", fill=pal["title"])
        plate.text(cx - 43 * s, cy - 42 * s, "right", size=7, anchor="middle", fill="#777")
        plate.text(cx + 43 * s, cy - 42 * s, "left", size=7, anchor="middle", fill="#777")
        # roots labelled on the patient's right (left of the section)
        lx = x0 + 6
        tp = t.map(sec.traversing.boundingRect().center())
        ep = t.map(sec.exiting.boundingRect().center())
        _root_label(plate, f"{trav} traversing", lx, tp.y() + 16, tp.x() - 2, tp.y() + 1.5)
        _root_label(plate, f"{exit_} exiting", lx, ep.y() - 10, ep.x() - 3, ep.y() - 1)
        if lv.get("labels"):
            _structure_labels(plate, t, sec, x0 + w0 - 58)
    return out


def _root_label(plate: Plate, label: str, x: float, y: float, px: float, py: float) -> None:
    """A root's name at the panel's left edge, its leader leaving from the end of the words
    (a leader from their start would strike them through)."""
    words, x, y, size = plate.words.place(label, x, y, 8.5)
    end = x + len(words) * size * 0.56 + 2
    plate.leader(end, y - size * 0.35, px, py)
    plate.text(x, y, words, size=size, translate=False)


def _structure_labels(plate: Plate, t: QTransform, sec: Section, x: float) -> None:
    """The parts of one section named once (on the right, the patient's left)."""
    cy = t.map(QPointF(0, 0)).y()
    items = [("disc", (17, -31), -46), ("foramen", (27.5, -11), -29),
             ("lateral|recess", (15.6, -7.6), -16), ("thecal sac,|cauda equina", (5, -2), 6),
             ("facet joint", (19.5, 5.5), 31), ("ligamentum|flavum", (8.5, 6), 43)]
    for text, (px, py), dy in items:
        p = t.map(QPointF(px, py))
        lines, tx, ty, size = plate.lines(text, x, cy + dy, 8)
        plate.label(lines[0], tx, ty, p.x(), p.y(), size=size, anchor="start",
                    translate=False)
        for k, extra in enumerate(lines[1:], 1):
            plate.text(tx, ty + 9.5 * k, extra, size=size, translate=False)


# ---- lesions in the sections --------------------------------------------------------------
def axial_lesions(plate: Plate, placed: dict, wanted: set[str]) -> None:
    """Each pathology's part in the section at its level (`lesion.<id>.axial`)."""
    for level, (t, sec) in placed.items():
        def put(pid, shape, kind="disc", angle=45.0, t=t):
            lid = f"{pid}.axial"
            if pid in wanted:
                plate.lesion_shape(lid, t.map(shape), kind, angle, spacing=2.2)

        trav_gap = stroke_area(sec.traversing, 1.2).united(sec.traversing)
        exit_gap = stroke_area(sec.exiting, 1.2).united(sec.exiting)

        def neck(cx, cy, rx, ry, angle=0.0, sec=sec):   # where the fragment leaves the annulus
            return ellipse_path(cx, cy, rx, ry, angle).intersected(sec.disc)

        pl = ellipse_path(-10.4, -8.0, 6.2, 3.9, 14).united(neck(-10.5, -11.2, 6.5, 2.8))
        put(f"herniation.posterolateral.{level}", pl.subtracted(trav_gap))
        cen = ellipse_path(0, -7.0, 7.8, 4.9).united(neck(0, -11.2, 9.0, 2.8))
        put(f"herniation.central.{level}", cen)
        fl = ellipse_path(-26.2 * sec.w, -17.8, 6.3, 4.2, -35).united(
            neck(-22.5 * sec.w, -18.5, 4.0, 3.4))
        put(f"herniation.far_lateral.{level}", fl.subtracted(exit_gap))
        # central stenosis: a thick ligamentum flavum, big facets and a broad bulge
        thick = stroke_area(sec.flavum, 4.2).united(sec.flavum).intersected(
            sec.canal.united(sec.flavum)).subtracted(sec.traversing)
        facets = stroke_area(sec.sap, 3.0).united(sec.sap).subtracted(sec.sap).subtracted(
            sec.disc).subtracted(sec.arch)
        facets = facets.subtracted(both(stroke_area(sec.traversing, 0.8)))
        bulge = poly_path([(-16, -12), (16, -12), (16, -8.2), (-16, -8.2)]).intersected(
            closed([(-17, -11), (0, -7.4), (17, -11), (0, -12.5)]))
        put(f"stenosis.central.{level}", thick, "ligament", 135)
        put(f"stenosis.central.{level}", facets, "bone")
        put(f"stenosis.central.{level}", bulge, "disc")
        # lateral recess: the right superior articular process grows over the root
        spur = ellipse_path(-14.2, -4.2, 3.4, 2.1, 30).united(
            stroke_area(sec.sap_right, 2.6)).subtracted(sec.sap_right)
        spur = spur.intersected(poly_path([(-25, -9.5), (-9, -9.5), (-9, 6), (-25, 6)]))
        put(f"stenosis.lateral_recess.{level}", spur.subtracted(trav_gap), "bone")
        flr = stroke_area(sec.flavum, 3.2).united(sec.flavum).intersected(
            poly_path([(-15, -6), (0, -6), (0, 12), (-15, 12)])).intersected(
            sec.canal.united(sec.flavum)).subtracted(trav_gap)
        put(f"stenosis.lateral_recess.{level}", flr, "ligament", 135)
        # degenerated disc: a broad bulge round the back and osteophytes at the rim
        ring = stroke_area(sec.disc, 3.0).united(sec.disc).subtracted(sec.disc)
        ring = ring.intersected(poly_path([(-30, -24), (30, -24), (30, -8), (-30, -8)]))
        ring = ring.subtracted(both(stroke_area(sec.traversing, 0.6).united(sec.traversing)))
        ring = ring.subtracted(both(sec.exiting))
        osteo = both(closed([(-24.5, -21), (-29, -23.5), (-30.5, -21.5), (-26, -18.5)]))
        pid = f"degenerated.{level}"
        put(pid, ring)
        put(pid, osteo.subtracted(both(exit_gap)), "bone")
        if pid in wanted:
            fiss = t.map(smooth_path([(-4, -30), (2, -26), (-1, -21), (5, -17)]))
            plate.path(plate.lesion(f"{pid}.axial"), to_d(fiss), fill="none",
                       stroke=LESION_INK, stroke_width="0.9", stroke_dasharray="2 1.5")
