"""The plate's labels raised to a floor size, for a projector.

The plate is designed for a desk: its labels are 7 to 22 plate units tall, and the small
ones (side marks, root numbers, the axial legend) would be 12-16 px on a 1080-line projector
at any zoom that still shows what a slide is about. While presenting, the plate is drawn from
a copy of its SVG in which every label smaller than the floor is drawn at the floor: same
anchor, colour, weight and rotation; the lines of a label broken over several lines keep
their first line where it was and spread the rest by the same factor, so they do not overlap.
Nothing else of the drawing changes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_TEXT = re.compile(r"<text\b[^>]*>")
_ATTR = re.compile(r'\s([\w-]+)="([^"]*)"')
FLOOR_STEP = 0.5   # floors are rounded up to this many units, so few copies are made


def floor_units(need: float) -> float:
    """`need` rounded up to the next step (a label is never drawn below what was asked)."""
    steps = -(-need // FLOOR_STEP)
    return steps * FLOOR_STEP


def _set(tag: str, name: str, value: str) -> str:
    return re.sub(rf'(\s{name}=")[^"]*(")', lambda m: f"{m.group(1)}{value}{m.group(2)}", tag)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def raise_labels(svg: str, floor: float) -> str:
    """`svg` with every `<text>` smaller than `floor` units drawn at `floor`."""
    if floor <= 0:
        return svg
    tags = list(_TEXT.finditer(svg))
    attrs = [dict(_ATTR.findall(m.group(0))) for m in tags]
    new_y: dict[int, float] = {}
    # a label's lines: the same x, anchor and size, each baseline within 1.6 lines of the last
    previous: dict[tuple[str, str, str, str], tuple[int, float, float]] = {}
    for i, a in enumerate(attrs):
        size = float(a.get("font-size", "10"))
        if size >= floor or "y" not in a:
            continue
        key = (a.get("x", ""), a.get("text-anchor", ""), a.get("font-size", ""),
               a.get("transform", ""))
        y = float(a["y"])
        last = previous.get(key)
        if last is not None and 0 < y - last[2] <= 1.6 * size:
            first_y = last[1]
            new_y[i] = first_y + (y - first_y) * floor / size
            previous[key] = (i, first_y, y)
        else:
            previous[key] = (i, y, y)
    out: list[str] = []
    end = 0
    for i, (m, a) in enumerate(zip(tags, attrs, strict=True)):
        tag = m.group(0)
        if float(a.get("font-size", "10")) < floor:
            tag = _set(tag, "font-size", _number(floor))
            if i in new_y:
                tag = _set(tag, "y", _number(new_y[i]))
        out.append(svg[end:m.start()])
        out.append(tag)
        end = m.end()
    out.append(svg[end:])
    return "".join(out)


@lru_cache(maxsize=6)
def raised_svg(svg_file: Path, floor: float) -> bytes:
    """The plate file's SVG with its labels raised to `floor` (0: as drawn), as bytes."""
    text = Path(svg_file).read_text(encoding="utf-8")
    return raise_labels(text, floor).encode("utf-8")
