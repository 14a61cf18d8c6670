"""Check the plate SVGs against the id contract; exit 1 on any problem.

    .venv/bin/python tools/plate/check_plate.py [--svg assets/plate/plate.svg]

Checks: the three top-level groups (order, no transform), that `structures` holds only
<path> elements with contract ids, that every required id is present and no unexpected id
uses a reserved kind, that ids are unique, and (sampling a grid) that the skin patches of each
view tile the view's skin (art-<view>-skin) without gaps or overlaps.

Without --svg it checks plate.svg and every translation beside it (plate.<lang>.svg), and
compares each translation with the English plate: the structures group and art-back must be
byte-identical (same ids and geometry), art-front must hold the same elements in the same
order, and every text must stay on the canvas, inside the panel it sits in, and clear of the
texts it does not overlap in English (boxes measured with Qt's font metrics).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SVG_NS = "{http://www.w3.org/2000/svg}"
KINDS = ("vertebra.", "disc.", "root.", "landmark.", "nerve.", "patch.")

VERTEBRAE = ([f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)]
             + [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]
             + [f"Co{i}" for i in range(1, 5)])
DETAIL_VERTEBRAE = (["T12"] + [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]
                    + [f"Co{i}" for i in range(1, 5)])
ROOTS = [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]
NERVES = ["lumbosacral_plexus", "ilioinguinal", "lateral_femoral_cutaneous", "femoral",
          "obturator", "saphenous", "superior_gluteal", "posterior_femoral_cutaneous", "sciatic",
          "tibial", "common_peroneal", "deep_peroneal", "superficial_peroneal", "sural",
          "medial_plantar", "lateral_plantar", "medial_calcaneal", "pudendal"]
LANDMARKS_REQUIRED = ["spinal_cord.detail", "conus_medullaris.detail", "cauda_equina.detail"]
LANDMARKS_OPTIONAL = ["spinal_cord"]
# axial sections: level -> (upper vertebra, lower vertebra, traversing root, exiting root)
AXIAL = {"L3-L4": ("L3", "L4", "L4", "L3"), "L4-L5": ("L4", "L5", "L5", "L4"),
         "L5-S1": ("L5", "S1", "S1", "L5")}
LESION_PARTS = ("", ".axial", ".coronal")


def overview_discs() -> list[str]:
    seq = VERTEBRAE[1:24] + ["S1"]          # C2 .. L5, then S1
    return [f"{a}-{b}" for a, b in zip(seq, seq[1:], strict=False)]


def required_ids(patch_ids: list[str]) -> set[str]:
    ids = {f"vertebra.{v}" for v in VERTEBRAE}
    ids |= {f"vertebra.{v}.detail" for v in DETAIL_VERTEBRAE}
    ids |= {f"disc.{d}" for d in overview_discs()}
    ids |= {f"disc.{d}.detail" for d in ["T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]}
    ids |= {f"landmark.{x}" for x in LANDMARKS_REQUIRED}
    ids |= {f"patch.{p}" for p in patch_ids}
    for level, (upper, lower, trav, exiting) in AXIAL.items():
        tag = f"axial.{level}"
        ids |= {f"{tag}.disc.{level}", f"{tag}.vertebra.{upper}", f"{tag}.vertebra.{lower}",
                f"{tag}.root.{trav}", f"{tag}.root.{exiting}", f"{tag}.landmark.cauda_equina"}
    return ids


def pathology_ids() -> set[str]:
    """The catalogue's ids (assets/atlas/pathology.yaml, levels expanded)."""
    sys.path.insert(0, str(ROOT))
    from spinetutor.core.pathology import expand

    raw = yaml.safe_load((ROOT / "assets" / "atlas" / "pathology.yaml").read_text())
    return set(expand(raw["pathologies"]))


def check_lesions(group) -> list[str]:
    """Every lesion layer names a catalogue pathology; every pathology has a layer."""
    problems: list[str] = []
    wanted = pathology_ids()
    drawn: set[str] = set()
    if group is None:
        return [f"no pathology group (lesion layers for {len(wanted)} conditions)"]
    if group.get("display") != "none":
        problems.append("the pathology group must be hidden (display=none)")
    for layer in group:
        lid = layer.get("id") or ""
        base = lid.removeprefix("lesion.")
        for part in LESION_PARTS[1:]:
            base = base.removesuffix(part)
        if not lid.startswith("lesion.") or base not in wanted:
            problems.append(f"lesion layer {lid!r} names no pathology of pathology.yaml")
        drawn.add(base)
    for pid in sorted(wanted - drawn):
        problems.append(f"pathology {pid} has no lesion layer (lesion.{pid}[.axial])")
    return problems


def check(svg: Path, patches: Path) -> list[str]:
    problems: list[str] = []
    tree = ET.parse(svg)
    root = tree.getroot()
    groups = [c for c in root if c.tag == f"{SVG_NS}g"]
    gids = [g.get("id") for g in groups]
    if gids != ["art-back", "structures", "art-front", "pathology"]:
        problems.append(f"top-level groups are {gids}, want art-back, structures, art-front, "
                        "pathology")
    problems += check_lesions(next((g for g in groups if g.get("id") == "pathology"), None))
    for g in groups:
        if g.get("transform"):
            problems.append(f"top-level group {g.get('id')} has a transform")
    patch_ids = [p["id"] for p in yaml.safe_load(patches.read_text())["patches"]]
    need = required_ids(patch_ids)
    allowed_roots = {f"root.{r}" for r in ROOTS}
    struct = next((g for g in groups if g.get("id") == "structures"), None)
    found: list[str] = []
    if struct is None:
        problems.append("no structures group")
        return problems
    for el in struct.iter():
        if el is struct:
            continue
        tag = el.tag.replace(SVG_NS, "")
        eid = el.get("id")
        if tag == "g":
            continue
        if tag != "path":
            problems.append(f"structures holds a <{tag}> ({eid})")
            continue
        if not eid:
            problems.append("structures holds a path without id")
            continue
        if not el.get("d"):
            problems.append(f"{eid}: empty path data")
        found.append(eid)
    seen: set[str] = set()
    for eid in found:
        if eid in seen:
            problems.append(f"duplicate id {eid}")
        seen.add(eid)
        kind = eid.split(".")[0]
        if eid in need:
            continue
        if kind == "axial":
            problems.append(f"unexpected axial id {eid}")
            continue
        if kind == "root":
            base = ".".join(eid.split(".")[:2])
            if base not in allowed_roots:
                problems.append(f"unexpected root id {eid}")
        elif kind == "nerve":
            name = eid.split(".")[1]
            if name not in NERVES:
                problems.append(f"unexpected nerve id {eid}")
        elif kind == "landmark":
            if eid.split(".", 1)[1] not in LANDMARKS_OPTIONAL:
                problems.append(f"unexpected landmark id {eid}")
        else:
            problems.append(f"unexpected id in structures: {eid}")
        if not re.fullmatch(r"[a-z]+\.[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)?", eid):
            problems.append(f"id does not follow kind.name[.variant]: {eid}")
    for eid in sorted(need - seen):
        problems.append(f"missing {eid}")
    for r in ROOTS:
        if not any(e == f"root.{r}" or e.startswith(f"root.{r}.") for e in seen):
            problems.append(f"missing root.{r}")
    for n in NERVES:
        if not any(e == f"nerve.{n}" or e.startswith(f"nerve.{n}.") for e in seen):
            problems.append(f"missing nerve.{n}[.variant]")
    # ids outside structures must not use a reserved kind
    for el in root.iter():
        eid = el.get("id")
        if eid and eid.startswith(KINDS) and eid not in seen:
            problems.append(f"reserved-kind id outside structures: {eid}")
    # no clip-path / mask / filter
    for el in root.iter():
        for a in ("clip-path", "mask", "filter"):
            if el.get(a):
                problems.append(f"{el.get('id') or el.tag} uses {a}")
    return problems


def qt_path(d: str):
    """QPainterPath from SVG path data (absolute or relative, via svgelements)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath
    from svgelements import Close, CubicBezier, Line, Move, Path, QuadraticBezier

    out = QPainterPath()
    for seg in Path(d):
        if isinstance(seg, Move):
            out.moveTo(QPointF(seg.end.x, seg.end.y))
        elif isinstance(seg, Close):
            out.closeSubpath()
        elif isinstance(seg, Line):
            out.lineTo(QPointF(seg.end.x, seg.end.y))
        elif isinstance(seg, CubicBezier):
            out.cubicTo(QPointF(seg.control1.x, seg.control1.y),
                        QPointF(seg.control2.x, seg.control2.y), QPointF(seg.end.x, seg.end.y))
        elif isinstance(seg, QuadraticBezier):
            out.quadTo(QPointF(seg.control.x, seg.control.y), QPointF(seg.end.x, seg.end.y))
    return out


def tiling(svg: Path, patches: Path, step: float = 2.0) -> list[str]:
    """Sample each view's skin on a grid: every point must lie in exactly one patch.

    Points within 1.5 units of a patch border are skipped (borders are shared).
    """
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPathStroker

    problems: list[str] = []
    root = ET.parse(svg).getroot()
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    views: dict[str, list[str]] = {}
    for p in yaml.safe_load(patches.read_text())["patches"]:
        views.setdefault(p["view"], []).append(p["id"])
    stroker = QPainterPathStroker()
    stroker.setWidth(3.0)
    for view, ids in views.items():
        paths = {i: qt_path(by_id[f"patch.{i}"].get("d")) for i in ids
                 if f"patch.{i}" in by_id}
        skin_el = by_id.get(f"art-{view}-skin")
        skin = qt_path(skin_el.get("d")) if skin_el is not None else None
        union = None
        for p in paths.values():
            union = p if union is None else union.united(p)
        if union is None:
            continue
        borders = [stroker.createStroke(p) for p in paths.values()]
        r = union.boundingRect()
        gaps = overlaps = total = 0
        y = r.top()
        while y <= r.bottom():
            x = r.left()
            while x <= r.right():
                pt = QPointF(x, y)
                inside_skin = skin.contains(pt) if skin is not None else union.contains(pt)
                if inside_skin and not any(b.contains(pt) for b in borders):
                    n = sum(1 for p in paths.values() if p.contains(pt))
                    total += 1
                    gaps += n == 0
                    overlaps += n > 1
                x += step
            y += step
        if gaps or overlaps:
            problems.append(f"view {view}: {gaps} gap and {overlaps} overlap samples "
                            f"of {total}")
    return problems


def _group_text(text: str, gid: str) -> str:
    """The serialized top-level group `gid` (groups are flat: no nested <g>)."""
    start = text.find(f'<g id="{gid}">')
    return text[start:text.find("</g>", start)] if start >= 0 else ""


def text_boxes(svg: Path) -> list[tuple[str, object, tuple[int, int]]]:
    """Every <text>: its string, box (QRectF, user units) and place (segment, index).

    A segment is a run of texts between two other elements; a translation may break a label
    into more or fewer lines, so texts are matched by place, not by position in the file.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QTransform

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    out = []
    segment = index = 0
    for el in ET.parse(svg).getroot().iter():
        if el.tag != f"{SVG_NS}text":
            if el.tag != f"{SVG_NS}g":
                segment, index = segment + 1, 0
            continue
        s = el.text or ""
        font = QFont()
        font.setFamilies([f.strip() for f in el.get("font-family", "sans-serif").split(",")])
        font.setPixelSize(100)   # measured large and scaled: sizes are fractional
        font.setBold(el.get("font-weight") == "bold")
        font.setItalic(el.get("font-style") == "italic")
        fm = QFontMetricsF(font)
        k = float(el.get("font-size", 12)) / 100
        w = fm.horizontalAdvance(s) * k
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        shift = {"start": 0, "middle": w / 2, "end": w}[el.get("text-anchor", "start")]
        box = QRectF(x - shift, y - fm.ascent() * k, w, (fm.ascent() + fm.descent()) * k)
        m = re.fullmatch(r"rotate\(([-\d.]+) ([-\d.]+) ([-\d.]+)\)", el.get("transform", ""))
        if m:
            a, cx, cy = map(float, m.groups())
            t = QTransform().translate(cx, cy).rotate(a).translate(-cx, -cy)
            box = t.mapRect(box)
        out.append((s, box if s else QRectF(QPointF(x, y), QPointF(x, y)), (segment, index)))
        index += 1
    return out


def compare_translation(english: Path, other: Path) -> list[str]:
    """A translated plate must be the English drawing with other words, laid out as cleanly."""
    problems: list[str] = []
    en_text, tr_text = (p.read_text(encoding="utf-8") for p in (english, other))
    for gid in ("structures", "art-back"):
        if _group_text(en_text, gid) != _group_text(tr_text, gid):
            problems.append(f"{other.name}: group {gid} differs from {english.name}")
    tags = [[el.tag for el in ET.fromstring(t).iter() if el.tag != f"{SVG_NS}text"]
            for t in (en_text, tr_text)]
    if tags[0] != tags[1]:
        problems.append(f"{other.name}: drawing elements differ from {english.name}")
        return problems
    root = ET.parse(english).getroot()
    canvas = (0.0, 0.0, float(root.get("width")), float(root.get("height")))
    panels = [tuple(float(el.get(a)) for a in ("x", "y", "width", "height"))
              for el in root.iter(f"{SVG_NS}rect")
              if el.get("id") and el.get("id") != "art-background"]
    en_boxes = text_boxes(english)
    by_place = {place: box for _, box, place in en_boxes}
    per_segment: dict[int, int] = {}
    for _, _, (seg, i) in en_boxes:
        per_segment[seg] = max(per_segment.get(seg, 0), i + 1)

    def counterpart(place):
        seg, i = place
        n = per_segment.get(seg, 0)
        return by_place[(seg, min(i, n - 1))] if n else None

    def inside(box, rect) -> bool:
        x, y, rw, rh = rect
        return (box.left() >= x - 0.5 and box.top() >= y - 0.5 and box.right() <= x + rw + 0.5
                and box.bottom() <= y + rh + 0.5)

    boxes = [(s, box, counterpart(place)) for s, box, place in text_boxes(other) if s]
    for s, box, en_box in boxes:
        if not inside(box, canvas):
            problems.append(f"{other.name}: {s!r} runs off the canvas")
        for rect in panels:
            if en_box is not None and inside(en_box, rect) and not inside(box, rect):
                problems.append(f"{other.name}: {s!r} sticks out of its panel")
    for i, (s, a, en_a) in enumerate(boxes):
        for t, b, en_b in boxes[i + 1:]:
            if not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1)):
                continue
            if en_a is None or en_b is None or not en_a.intersects(en_b):
                problems.append(f"{other.name}: {s!r} overlaps {t!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Check plate.svg against the id contract")
    ap.add_argument("--svg", type=Path, help="one plate file (default: plate.svg and every "
                    "plate.<lang>.svg, compared with plate.svg)")
    ap.add_argument("--patches", type=Path,
                    default=ROOT / "assets" / "atlas" / "skin_patches.yaml")
    ap.add_argument("--no-tiling", action="store_true", help="skip the patch tiling check")
    args = ap.parse_args(argv)
    english = ROOT / "assets" / "plate" / "plate.svg"
    files = [args.svg] if args.svg else [english, *sorted(english.parent.glob("plate.*.svg"))]
    failed = 0
    for svg in files:
        problems = check(svg, args.patches)
        if not args.no_tiling:
            problems += tiling(svg, args.patches)
        if svg.resolve() != english.resolve() and english.exists():
            problems += compare_translation(english, svg)
        for p in problems:
            print(p)
        n = sum(1 for _ in ET.parse(svg).getroot().iter(f"{SVG_NS}path"))
        if problems:
            print(f"{svg.name}: {len(problems)} problem(s)")
            failed += 1
        else:
            print(f"ok: {svg.name}: id contract satisfied ({n} paths in the file)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
