"""Generate the SpineTutor anatomical plate, one SVG per language (assets/plate/plate*.svg).

Reads the drawing parameters from assets/plate/plate_geometry.yaml and the skin patch list
from assets/atlas/skin_patches.yaml. Run from the repository root:

    .venv/bin/python tools/plate/make_plate.py [--language es] [--out FILE]

Writes plate.svg (English) and plate.<lang>.svg for every assets/plate/labels.<lang>.yaml: the
same drawing, ids and coordinates, with the labels, titles, key and notes from that table.
A label the table lacks stops the run (exit 1) and is named. The SVG has three top-level
groups: art-back, structures (clickable paths only), art-front.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from axial import axial_lesions, draw_axial  # noqa: E402
from labels import draw_key, labels  # noqa: E402
from legs import draw_limbs  # noqa: E402
from lesions import draw_entrapments, draw_scoliosis, draw_side_lesions, load_ids  # noqa: E402
from plate import Plate  # noqa: E402
from plexus import draw_links, draw_plexus, plexus_roots  # noqa: E402,F401
from saddle import draw_saddle  # noqa: E402
from spine import build_spine  # noqa: E402
from spine_views import draw_detail, draw_overview  # noqa: E402
from words import Words, languages, svg_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GEOMETRY = ROOT / "assets" / "plate" / "plate_geometry.yaml"
PATCHES = ROOT / "assets" / "atlas" / "skin_patches.yaml"
PATHOLOGY = ROOT / "assets" / "atlas" / "pathology.yaml"


def build(geo: dict, patch_list: list[dict], words: Words | None = None) -> Plate:
    plate = Plate(geo, words)
    pal = plate.pal
    W, H = geo["canvas"]["width"], geo["canvas"]["height"]
    plate.back.append(f'<rect id="art-background" x="0" y="0" width="{W}" height="{H}" '
                      f'fill="{pal["background"]}"/>')
    ov = build_spine(plate, geo["overview"], detail=False)
    draw_overview(plate, geo, ov)
    dt = build_spine(plate, geo["detail"], detail=True)
    draw_detail(plate, geo, dt)
    wanted = load_ids(PATHOLOGY)
    draw_side_lesions(plate, geo, dt, wanted)
    sections = draw_axial(plate, geo)
    axial_lesions(plate, sections, wanted)
    draw_plexus(plate, geo)
    draw_limbs(plate, geo)
    draw_saddle(plate, geo)
    placed = draw_nerves(plate, geo)
    draw_entrapments(plate, placed, wanted)
    draw_scoliosis(plate, geo, wanted)
    draw_key(plate, geo)
    return plate


def draw_nerves(plate: Plate, geo: dict) -> dict[str, list]:
    """The nerves inside the limb views, then the links to them, then their labels."""
    placed: dict[str, list] = {}
    for entry in geo["nerves"]:
        nid, view, width = entry[0], entry[1], entry[2]
        strands = entry[3:]
        dx, dy = geo[view].get("offset", [0, 0])
        strands = [[(x + dx, y + dy) for x, y in s] for s in strands]
        placed[nid] = strands
        if nid.endswith(".link"):
            plate.link(nid, strands, width)
        else:
            plate.nerve(nid, strands, width)
    draw_links(plate, geo, placed)
    labels(plate, geo, placed, geo["_views"])
    return placed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geometry", type=Path, default=GEOMETRY)
    ap.add_argument("--patches", type=Path, default=PATCHES)
    ap.add_argument("--language", action="append", choices=languages(),
                    help="write only this language (repeatable); default: all")
    ap.add_argument("--out", type=Path,
                    help="output file (English unless one --language is given)")
    args = ap.parse_args(argv)
    wanted = args.language or (["en"] if args.out else languages())
    if args.out and len(wanted) != 1:
        ap.error("--out needs exactly one --language")
    plist = yaml.safe_load(args.patches.read_text(encoding="utf-8"))["patches"]
    for language in wanted:
        # build() annotates geo as it draws, so every language starts from a fresh copy
        geo = yaml.safe_load(args.geometry.read_text(encoding="utf-8"))
        words = Words.load(language)
        plate = build(geo, plist, words)
        svg = plate.svg()
        out = args.out or svg_path(language)
        if words.missing:
            print(f"{out.name}: no {language} translation for {len(words.missing)} label(s) "
                  f"(add them to assets/plate/labels.{language}.yaml):", file=sys.stderr)
            for label in words.missing:
                print(f"  {label!r}", file=sys.stderr)
            return 1
        for label in words.unused():
            print(f"note: labels.{language}.yaml: {label!r} is not on the plate")
        out.write_text(svg, encoding="utf-8")
        try:
            shown = out.resolve().relative_to(ROOT)
        except ValueError:
            shown = out
        print(f"wrote {shown} ({len(plate.ids)} ids)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
