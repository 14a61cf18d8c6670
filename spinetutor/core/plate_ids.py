"""How ids in the plate SVG name atlas targets: `kind.name[.variant]`.

Kept in the core so checks and tools can map the drawing to the atlas without Qt.
A patch id keeps its own dot (patch.dorsum_of_foot.medial -> patch:dorsum_of_foot.medial).
The axial sections prefix their level: `axial.<level>.kind.name` (axial.L4-L5.root.L5 ->
root:L5). Lesion layers (`lesion.<pathology>`) are groups, never clickable.
"""

from __future__ import annotations

CLICKABLE_KINDS = ("vertebra", "disc", "root", "nerve", "patch", "landmark")
AXIAL = "axial"


def _parts(svg_id: str) -> list[str]:
    parts = svg_id.split(".")
    if parts[0] == AXIAL:
        return parts[2:] if len(parts) >= 4 else []
    return parts


def is_clickable_id(svg_id: str) -> bool:
    parts = _parts(svg_id)
    return len(parts) >= 2 and parts[0] in CLICKABLE_KINDS


def axial_level(svg_id: str) -> str | None:
    """The disc level of an axial section's id (axial.L4-L5.root.L5 -> L4-L5), else None."""
    parts = svg_id.split(".")
    return parts[1] if parts[0] == AXIAL and len(parts) >= 4 else None


def svg_id_to_target(svg_id: str) -> str:
    """The atlas target an SVG path stands for (drops the drawing variant)."""
    parts = _parts(svg_id)
    if len(parts) < 2 or parts[0] not in CLICKABLE_KINDS:
        raise ValueError(f"'{svg_id}' is not a clickable plate id (kind.name[.variant] or "
                         "axial.<level>.kind.name)")
    kind = parts[0]
    if kind == "patch":
        return "patch:" + ".".join(parts[1:])
    return f"{kind}:{parts[1]}"
