"""Nerve labels, view titles, orientation hints, captions, the key and the reading notes."""

from __future__ import annotations

from plate import LESION_FILLS, LESION_INK, Plate, hatch
from PySide6.QtGui import QPainterPath


def labels(plate: Plate, geo: dict, placed: dict, views: dict) -> None:
    def at(nid, i=None, strand=0):
        s = placed[nid][strand]
        return s[len(s) // 2] if i is None else s[i]

    for text, nid, idx, lx, ly in geo["labels"]:
        p = at(nid, idx)
        lines, lx, ly, size = plate.lines(text, lx, ly, 11.5)
        plate.label(lines[0], lx, ly, p[0], p[1], size=size, translate=False)
        for k, extra in enumerate(lines[1:], 1):
            plate.text(lx, ly + 13 * k, extra, size=size,
                       anchor="start" if lx > p[0] else "end", translate=False)
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
    lines, x, y, size = plate.lines("Lumbosacral roots, nerves|and skin areas of the right leg",
                                    x, y, 12.5)
    for k, line in enumerate(lines):
        plate.text(x, y + 22 + 17 * k, line, size=size, fill=pal["title"], translate=False)
    x, y = geo["key"]["legend"]
    items = [("bone", pal["bone"], pal["bone_outline"]), ("intervertebral disc", pal["disc"],
             pal["disc_outline"]), ("spinal cord", pal["cord"], pal["cord_outline"]),
             ("skin areas (click to explore)", pal["tints"][0], "#b9957e")]
    step = geo["key"].get("legend_step", 22)
    yy = y
    for lab, fill, stroke in items:
        plate.front.append(f'<rect x="{x}" y="{yy - 11}" width="22" height="14" rx="3" '
                           f'fill="{fill}" stroke="{stroke}" stroke-width="0.9"/>')
        plate.text(x + 30, yy, lab, size=11.5)
        yy += step
    plate.path(plate.front, f"M{x} {yy - 4} L{x + 22} {yy - 4}", stroke=pal["nerve_dark"],
               stroke_width="4", stroke_linecap="round", fill="none")
    plate.path(plate.front, f"M{x} {yy - 4} L{x + 22} {yy - 4}", stroke=pal["nerve"],
               stroke_width="2", stroke_linecap="round", fill="none")
    plate.text(x + 30, yy, "nerve root / peripheral nerve", size=11.5)
    yy += step
    plate.path(plate.front, f"M{x} {yy - 4} L{x + 16} {yy - 4}", stroke=pal["link"],
               stroke_width="1.6", stroke_dasharray="7 4", stroke_linecap="round", fill="none")
    plate.path(plate.front, f"M{x + 24} {yy - 4} l-7 -3.2 l0 6.4 Z", fill=pal["link"],
               stroke="none")
    plate.text(x + 30, yy, "nerve continues in another figure", size=11.5)
    yy += step
    swatch = QPainterPath()
    swatch.addRoundedRect(x, yy - 11, 22, 14, 3, 3)
    plate.qpath(plate.front, swatch, fill=LESION_FILLS["disc"][0], stroke="none")
    plate.qpath(plate.front, hatch(swatch, 2.6, 45, 0.55), fill=LESION_INK, fill_opacity="0.75",
                stroke="none")
    plate.qpath(plate.front, swatch, fill="none", stroke=LESION_INK, stroke_width="1.3")
    plate.text(x + 30, yy, "lesion (when a condition is shown)", size=11.5)
    x, yy = geo["key"]["notes"]
    plate.text(x, yy, NOTES[0], size=12, weight="bold", fill=pal["title"])
    yy += 19
    for k, paragraph in enumerate(NOTES[1:]):
        lines, lx, yy, size = plate.lines(paragraph, x, yy, 10.5)
        for line in ([""] if k else []) + lines:   # an empty line between paragraphs
            plate.text(lx, yy, line, size=size, fill="#444", translate=False)
            yy += 16


# the reading notes: a heading, then paragraphs ("|" breaks lines; each language its own way)
NOTES = ["How to read this plate",
         "Each lumbar root leaves through the|foramen BELOW its own vertebra|"
         "(the L4 root: L4–L5 foramen).",
         "The cord ends as the conus at L1–L2;|below it the roots form the|cauda equina.",
         "Follow a root: root → plexus →|nerve in the leg → branch in the foot.",
         "Front view: lateral on your left.|Back view: lateral on your right.|"
         "Foot from above: big toe on the left;|sole: big toe on the right."]
