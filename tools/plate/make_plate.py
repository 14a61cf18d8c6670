"""Generate the SpineTutor anatomical plate (assets/plate/plate.svg).

Reads the drawing parameters from assets/plate/plate_geometry.yaml and the skin patch list
from assets/atlas/skin_patches.yaml. Run from the repository root:

    .venv/bin/python tools/plate/make_plate.py [--out assets/plate/plate.svg]

The SVG has three top-level groups: art-back, structures (clickable paths only), art-front.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labels import draw_key, labels  # noqa: E402
from legs import draw_limbs  # noqa: E402
from plate import Plate  # noqa: E402
from plexus import draw_links, draw_plexus, plexus_roots  # noqa: E402,F401
from saddle import draw_saddle  # noqa: E402
from spine import build_spine  # noqa: E402
from spine_views import draw_detail, draw_overview  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GEOMETRY = ROOT / "assets" / "plate" / "plate_geometry.yaml"
PATCHES = ROOT / "assets" / "atlas" / "skin_patches.yaml"
OUT = ROOT / "assets" / "plate" / "plate.svg"


def build(geo: dict, patch_list: list[dict]) -> Plate:
    plate = Plate(geo)
    pal = plate.pal
    W, H = geo["canvas"]["width"], geo["canvas"]["height"]
    plate.back.append(f'<rect id="art-background" x="0" y="0" width="{W}" height="{H}" '
                      f'fill="{pal["background"]}"/>')
    ov = build_spine(plate, geo["overview"], detail=False)
    draw_overview(plate, geo, ov)
    dt = build_spine(plate, geo["detail"], detail=True)
    draw_detail(plate, geo, dt)
    draw_plexus(plate, geo)
    draw_limbs(plate, geo)
    draw_saddle(plate, geo)
    draw_nerves(plate, geo)
    draw_key(plate, geo)
    return plate


def draw_nerves(plate: Plate, geo: dict) -> None:
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
