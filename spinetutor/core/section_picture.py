"""What a lesson section shows on the plate once all of its steps have run.

A section's steps add up: two `select:` steps show both structures, `highlight_regions` adds
skin to what is already selected, and a `herniation:` step changes every disc the section
shows, before or after it. `clear: true` empties the picture and resets the herniation type.
A section that selects or highlights something starts from an empty plate with a
posterolateral herniation. A section with only `herniation:` or `zoom:` steps changes the view
of what the section before it showed. Either way a section is worked out from the lesson's
sections alone (`lesson_picture`), so a slide looks the same whether it is reached from the
previous one, from the next one, or rendered alone by `spinetutor snapshot --section`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_model import Highlight, OrderedIds

DEFAULT_HERNIATION = "posterolateral"
Shown = tuple[str, str | tuple[str, ...]]   # ("select", "disc:L4-L5") | ("regions", (...))
#                                              | ("pathology", "stenosis.central.L4-L5")


@dataclass(frozen=True)
class SectionPicture:
    """The structures and skin a section shows, in the order they were added."""

    shown: tuple[Shown, ...] = ()
    herniation: str = DEFAULT_HERNIATION
    zoom: str | None = None


def continues_previous(actions: Iterable[object]) -> bool:
    """Whether a section only re-views the one before it (no select, regions or clear)."""
    return not any(a.kind in ("select", "pathology", "highlight_regions",  # type: ignore[attr-defined]
                              "clear") for a in actions)


def section_picture(actions: Iterable[object],
                    before: SectionPicture | None = None) -> SectionPicture:
    """Run a section's steps (objects with `kind` and `value`) into one picture.

    `before` is the previous section's picture; it is kept only by a section that
    `continues_previous`."""
    actions = list(actions)
    shown: list[Shown] = []
    herniation, zoom = DEFAULT_HERNIATION, None
    if before is not None and continues_previous(actions):
        shown, herniation, zoom = list(before.shown), before.herniation, before.zoom
    for action in actions:
        kind, value = action.kind, action.value  # type: ignore[attr-defined]
        if kind == "clear":
            shown, herniation = [], DEFAULT_HERNIATION
        elif kind == "select":
            item: Shown = ("select", str(value))
            if item in shown:
                shown.remove(item)   # selected again: it becomes the one the card describes
            shown.append(item)
        elif kind == "pathology":   # a drawn condition: its lesion and the path it hurts
            shown = [item for item in shown if item[0] != "pathology"]
            shown.append(("pathology", str(value)))
        elif kind == "highlight_regions":
            shown.append(("regions", tuple(value)))  # type: ignore[arg-type]
        elif kind == "herniation":
            herniation = str(value)
        elif kind == "zoom":
            zoom = str(value)
    return SectionPicture(tuple(shown), herniation, zoom)


def lesson_picture(sections: list, index: int) -> SectionPicture:
    """The picture of the lesson's section `index` (objects with `actions`)."""
    start = index
    while start > 0 and continues_previous(sections[start].actions):
        start -= 1
    picture = None
    for section in sections[start:index + 1]:
        picture = section_picture(section.actions, picture)
    return picture if picture is not None else SectionPicture()


def regions_highlight(atlas: Atlas, regions: Iterable[str], title: str = "regions") -> Highlight:
    """A highlight of bare skin regions; KeyError names an unknown region."""
    regions = list(regions)
    for region in regions:
        if region not in atlas.region_ids():
            raise KeyError(f"unknown region '{region}'")
    patches = frozenset(p.id for r in regions for p in atlas.patches_of_region(r))
    return Highlight(target=f"regions:{title}", kind="regions", herniation=None,
                     roots=OrderedIds(), nerves=OrderedIds(), regions=frozenset(regions),
                     patches=patches)


def combine(parts: list[Highlight]) -> Highlight | None:
    """One highlight showing every part; its own fields are the last part's."""
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    drawn = next((p.pathology for p in reversed(parts) if p.pathology), None)
    return replace(parts[-1], parts=tuple(parts), pathology=drawn)


def picture_highlight(atlas: Atlas, picture: SectionPicture,
                      title: str = "regions") -> tuple[Highlight | None, list[str]]:
    """The highlight of a picture and the problems of the steps that could not be shown."""
    parts: list[Highlight] = []
    problems: list[str] = []
    for kind, value in picture.shown:
        try:
            if kind == "select":
                parts.append(atlas.highlight(str(value), herniation=picture.herniation))
            elif kind == "pathology":
                parts.append(atlas.pathology_highlight(str(value)))
            else:
                parts.append(regions_highlight(atlas, value, title))
        except (KeyError, ValueError) as exc:
            problems.append(str(exc.args[0] if exc.args else exc))
    return combine(parts), problems
