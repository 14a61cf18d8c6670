"""The conditions the plate can draw (assets/atlas/pathology.yaml) and what showing one lights.

A pathology id names a lesion layer of the plate (`lesion.<id>` in plate.svg, plus `.axial`
and `.coronal` parts): a herniation of each type at each disc, stenosis, spondylolisthesis, a
degenerated disc, a scoliosis curve and the peripheral entrapment sites. Showing one gives a
Highlight whose `pathology` field names it: for a spine lesion the roots of the disc rule
(spine.yaml) at that level, for an entrapment the nerve from the site downwards and its skin,
never the spine.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spinetutor.core.atlas_model import Highlight, OrderedIds

if TYPE_CHECKING:
    from spinetutor.core.atlas import Atlas

FILE = "pathology.yaml"
LAYER_PARTS = ("", ".axial", ".coronal")  # suffixes of a pathology's layers in plate.svg


@dataclass(frozen=True)
class Pathology:
    """One drawable condition (one level of it)."""

    id: str
    family: str          # the id without its level: herniation.central, degenerated, ...
    level: str | None    # a disc (L4-L5) or None
    name: str
    note: str
    target: str | None = None
    herniation: str | None = None
    nerves: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def layer_ids(self) -> tuple[str, ...]:
        """The plate groups that may draw it (the scene shows those the SVG has)."""
        return tuple(f"lesion.{self.id}{part}" for part in LAYER_PARTS)


def expand(raw: list[dict[str, Any]], file: str = FILE) -> dict[str, Pathology]:
    """The entries of pathology.yaml, one Pathology per level; ValueError names the entry."""
    out: dict[str, Pathology] = {}
    for number, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise ValueError(f"{file}: entry {number} needs an id and a name")
        family = str(entry["id"])
        levels = entry.get("levels") or [None]
        for level in levels:
            pid = f"{family}.{level}" if level else family
            if pid in out:
                raise ValueError(f"{file}: '{pid}' is listed twice")

            def fill(text: Any, level: str | None = level) -> str:
                return str(text).format(level=level or "")

            out[pid] = Pathology(
                id=pid, family=family, level=level, name=fill(entry["name"]),
                note=str(entry.get("note", "")),
                target=fill(entry["target"]) if entry.get("target") else None,
                herniation=entry.get("herniation"),
                nerves=tuple(entry.get("nerves", ())), regions=tuple(entry.get("regions", ())),
                sources=tuple(entry.get("sources", ())))
    return out


def load_pathologies(folder: Path) -> dict[str, Pathology]:
    """Read pathology.yaml from the atlas folder (none when the folder has no such file)."""
    from spinetutor.core.atlas_loader import AtlasError, _read

    if not (folder / FILE).is_file():
        return {}
    try:
        return expand(_read(folder, FILE).get("pathologies") or [])
    except ValueError as exc:
        raise AtlasError(str(exc)) from exc


@lru_cache(maxsize=1)
def bundled_ids() -> frozenset[str]:
    """The ids of the bundled catalogue (for checking lesson files without a full atlas)."""
    from spinetutor.paths import assets_dir

    return frozenset(load_pathologies(assets_dir() / "atlas"))


def check_pathologies(atlas: Atlas) -> None:
    """Every target, herniation, nerve, region and source named exists (AtlasError if not)."""
    from spinetutor.core.atlas import HERNIATIONS
    from spinetutor.core.atlas_loader import AtlasError

    for p in atlas.pathologies.values():
        where = f"{FILE}: '{p.id}'"
        if not p.sources:
            raise AtlasError(f"{where} names no source; add a key from sources.yaml")
        for key in p.sources:
            try:
                atlas.source(key)
            except KeyError:
                raise AtlasError(f"{where}: unknown source key '{key}'") from None
        if p.target is not None and not atlas.knows(p.target):
            raise AtlasError(f"{where}: unknown target '{p.target}'")
        if p.herniation is not None and p.herniation not in HERNIATIONS:
            raise AtlasError(f"{where}: herniation must be one of {HERNIATIONS}")
        for nerve in p.nerves:
            if nerve not in atlas.nerve_ids:
                raise AtlasError(f"{where}: unknown nerve '{nerve}'")
        for region in p.regions:
            if region not in atlas.region_ids():
                raise AtlasError(f"{where}: unknown region '{region}'")


# What the consultation draws for its candidates (assets/reasoning lesion ids) and for the
# condition texts (assets/conditions ids); a disc candidate draws its herniation by itself.
LESION_PATHOLOGY = {
    "lumbar_spinal_stenosis": "stenosis.central.L4-L5",
    "common_peroneal_at_fibular_head": "entrapment.fibular_head",
    "tarsal_tunnel": "entrapment.tarsal_tunnel",
    "sural": "entrapment.sural",
    "saphenous": "entrapment.saphenous",
    "morton_neuroma": "entrapment.morton",
}
CONDITION_PATHOLOGY = {
    "herniated_disc": "herniation.posterolateral.L4-L5",
    "bulging_disc": "degenerated.L4-L5",   # a broad bulge of an ageing disc, not a herniation
    "spinal_stenosis": "stenosis.central.L4-L5",
    "spondylolisthesis": "spondylolisthesis.degenerative.L4-L5",
    "peroneal_neuropathy": "entrapment.fibular_head",
    "tarsal_tunnel": "entrapment.tarsal_tunnel",
    "sural_entrapment": "entrapment.sural",
    "morton_neuroma": "entrapment.morton",
}


def pathology_for(lesion: str | None = None, condition: str | None = None) -> str | None:
    """The condition to draw for a consultation candidate (a reasoning lesion id) or a
    condition text (a conditions.yaml id); None when its plate target says it all."""
    if condition is not None:
        return CONDITION_PATHOLOGY.get(condition)
    return LESION_PATHOLOGY.get(lesion or "")


def herniation_pathology(disc: str, herniation: str) -> str:
    """The pathology a disc selection with this herniation type draws."""
    return f"herniation.{herniation}.{disc}"


def pathology_highlight(atlas: Atlas, pid: str) -> Highlight:
    """What showing pathology `pid` lights up; KeyError names an unknown id."""
    p = atlas.pathology(pid)
    notes = (p.name + ": " + p.note,) if p.note else (p.name,)
    if p.target is not None:
        base = atlas.highlight(p.target, p.herniation or "posterolateral")
        return dataclasses.replace(base, pathology=pid, notes=notes + base.notes)
    nerves = OrderedIds(n for n in atlas.pathway(set(p.nerves)) if n in p.nerves)
    territory: set[str] = set()
    for nerve in nerves:
        territory |= atlas.territory_patches(nerve)
    shown = frozenset(q.id for r in p.regions for q in atlas.patches_of_region(r))
    if shown:   # a site in the skin (Morton's neuroma): the web space, its nerves beside it
        return Highlight(
            target=f"region:{p.regions[0]}", kind="region", herniation=None,
            roots=OrderedIds(), nerves=nerves, regions=frozenset(p.regions), patches=shown,
            territory_patches=frozenset(territory), notes=notes, pathology=pid)
    first = f"nerve:{nerves[0]}" if nerves else f"pathology:{pid}"
    return Highlight(
        target=first, kind="nerve" if nerves else "pathology", herniation=None,
        roots=OrderedIds(), nerves=nerves,
        regions=frozenset(atlas.patch(q).region for q in territory),
        patches=frozenset(territory), structures=frozenset(f"nerve:{n}" for n in nerves),
        territory_patches=frozenset(territory), notes=notes, pathology=pid)
