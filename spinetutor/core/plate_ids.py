"""How ids in the plate SVG name atlas targets: `kind.name[.variant]`.

Kept in the core so checks and tools can map the drawing to the atlas without Qt.
A patch id keeps its own dot (patch.dorsum_of_foot.medial -> patch:dorsum_of_foot.medial).
"""

from __future__ import annotations

CLICKABLE_KINDS = ("vertebra", "disc", "root", "nerve", "patch", "landmark")


def is_clickable_id(svg_id: str) -> bool:
    return svg_id.split(".", 1)[0] in CLICKABLE_KINDS and "." in svg_id


def svg_id_to_target(svg_id: str) -> str:
    """The atlas target an SVG path stands for (drops the drawing variant)."""
    parts = svg_id.split(".")
    kind = parts[0]
    if kind not in CLICKABLE_KINDS or len(parts) < 2:
        raise ValueError(f"'{svg_id}' is not a clickable plate id (kind.name[.variant])")
    if kind == "patch":
        return "patch:" + ".".join(parts[1:])
    return f"{kind}:{parts[1]}"
