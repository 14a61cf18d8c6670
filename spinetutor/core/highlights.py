"""What each kind of selection lights up: the rules of the spine-to-foot pathway.

Kept apart from the atlas's lookups because this is where the teaching lives: a vertebra
selects the root that exits beneath it, a disc the root its herniation compresses, a region
both the roots and the peripheral nerve that could make it hurt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spinetutor.core.atlas_model import Highlight, OrderedIds
from spinetutor.core.pathology import herniation_pathology

if TYPE_CHECKING:
    from spinetutor.core.atlas import Atlas


def _root_highlight(atlas: Atlas, target: str, kind: str, roots: OrderedIds,
                    herniation: str | None, structures: set[str], notes: list[str]) -> Highlight:
    patches: set[str] = set()
    regions: set[str] = set()
    nerve_ids: set[str] = set()
    for rid in roots:
        root_patches = atlas.dermatome_patches(rid)
        patches |= root_patches
        regions |= atlas.root(rid).dermatome
        nerve_ids |= {atlas.patch(p).nerve for p in root_patches}
    structures |= {f"root:{r}" for r in roots}
    nerves = atlas.pathway(nerve_ids)
    return Highlight(
        target=target, kind=kind, herniation=herniation, roots=roots, nerves=nerves,
        regions=frozenset(regions), patches=frozenset(patches),
        structures=frozenset(structures), root_nerves=nerves,
        dermatome_patches=frozenset(patches), notes=tuple(notes),
    )


def _disc(atlas: Atlas, target: str, name: str, herniation: str) -> Highlight:
    disc = atlas.disc(name)
    roots = atlas.affected_root(name, herniation)
    notes: list[str] = []
    structures = {target}
    if not roots:
        notes.append(atlas.disc_rules["above_conus"])
    elif herniation == "far_lateral":
        notes.append(atlas.disc_rules["far_lateral"])
    elif herniation == "central":
        notes.append(atlas.disc_rules["central"])
        structures.add("landmark:cauda_equina")
    else:
        notes.append(atlas.disc_rules["posterolateral"])
    if disc.id == "L1-L2":
        notes.append(atlas.disc_rules["conus_level"])
    found = _root_highlight(atlas, target, "disc", roots, herniation, structures, notes)
    lesion = herniation_pathology(name, herniation)
    if lesion in atlas.pathologies:
        found = replace(found, pathology=lesion)
    return found


def _vertebra(atlas: Atlas, target: str, name: str) -> Highlight:
    vertebra = atlas.vertebra(name)
    known = vertebra.exiting_root in atlas.root_ids
    roots = OrderedIds([vertebra.exiting_root] if known else [])
    notes = [vertebra.exits_text]
    rules = atlas.disc_rules   # the sentences live in spine.yaml, so they can be translated
    if vertebra.group == "coccygeal":
        if name != "Co1":
            notes.append(rules["coccygeal_single"].format(name=name))
        notes.append(rules["coccygeal_skin"])
    elif not known:
        supplies = rules["supplies_neck_arm" if vertebra.group == "cervical"
                         else "supplies_trunk"]
        notes.append(rules["not_leg"].format(root=vertebra.exiting_root, name=name,
                                             supplies=supplies))
    return _root_highlight(atlas, target, "vertebra", roots, None, {target}, notes)


def _region(atlas: Atlas, target: str, region: str, patch_ids: list[str]) -> Highlight:
    patches = [atlas.patch(p) for p in patch_ids]
    core = sorted({r for p in patches for r in p.roots}, key=atlas.root_ids.index)
    overlap = sorted({r for p in patches for r in p.overlap_roots} - set(core),
                     key=atlas.root_ids.index)
    nerve_ids = {p.nerve for p in patches}
    dermatome: set[str] = set()
    for rid in core or overlap:
        dermatome |= atlas.dermatome_patches(rid)
    territory: set[str] = set()
    for nid in nerve_ids:
        territory |= atlas.territory_patches(nid)
    root_nerves: set[str] = set()
    for rid in core or overlap:
        root_nerves |= {atlas.patch(p).nerve for p in atlas.dermatome_patches(rid)}
    notes = [p.note for p in patches if p.note]
    return Highlight(
        target=target, kind="region", herniation=None,
        roots=OrderedIds(core + overlap), nerves=atlas.pathway(nerve_ids),
        regions=frozenset([region]), patches=frozenset(p.id for p in patches),
        structures=frozenset(),
        overlap_roots=OrderedIds(overlap), root_nerves=atlas.pathway(root_nerves),
        dermatome_patches=frozenset(dermatome), territory_patches=frozenset(territory),
        notes=tuple(dict.fromkeys(notes)),
    )


def _nerve(atlas: Atlas, target: str, name: str) -> Highlight:
    nerve = atlas.nerve(name)
    territory = atlas.territory_patches(name)
    chain = list(atlas.nerve_chain(name)) + list(atlas.branches(name))
    notes = [t for t in (nerve.entrapment, nerve.disagreement) if t]
    return Highlight(
        target=target, kind="nerve", herniation=None,
        roots=OrderedIds(r for r in nerve.roots if r in atlas.root_ids),
        nerves=OrderedIds(chain), regions=frozenset(atlas.patch(p).region for p in territory),
        patches=territory, structures=frozenset([target]), territory_patches=territory,
        notes=tuple(notes),
    )


def entrapment_highlight(atlas: Atlas, target: str, nerves: Iterable[str],
                         regions: Iterable[str] = ()) -> Highlight:
    """A peripheral entrapment: these nerves and their branches lit from the squeeze down,
    with their skin, and no spine roots or nerve trunk above (it does not come from the back)."""
    lit: list[str] = []
    for nid in nerves:
        lit.extend(n for n in atlas.branches(nid) if n not in lit)
    territory = frozenset(p for n in lit for p in atlas.territory_patches(n))
    own = frozenset(p.id for r in regions for p in atlas.patches_of_region(r))
    patches = territory | own
    return Highlight(
        target=target, kind="nerve", herniation=None, roots=OrderedIds(),
        nerves=OrderedIds(lit), regions=frozenset(atlas.patch(p).region for p in patches),
        patches=patches, structures=frozenset(f"nerve:{n}" for n in lit),
        territory_patches=patches)


_LANDMARK_ROOTS = {
    "conus_medullaris": ("S3", "S4", "S5"),
    "cauda_equina": ("L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5"),
    "spinal_cord": (),
}


def _landmark(atlas: Atlas, target: str, name: str) -> Highlight:
    mark = atlas.landmark(name)
    roots = OrderedIds(r for r in _LANDMARK_ROOTS.get(name, ()) if r in atlas.root_ids)
    notes = [text for _, text in mark.details]
    return _root_highlight(atlas, target, "landmark", roots, None, {target}, notes)


def build_highlight(atlas: Atlas, target: str, herniation: str = "posterolateral") -> Highlight:
    """The Highlight for one target; raises KeyError naming an unknown target."""
    from spinetutor.core.atlas import split_target

    if not atlas.knows(target):
        raise KeyError(f"unknown atlas target '{target}'")
    kind, name = split_target(target)
    if kind == "disc":
        return _disc(atlas, target, name, herniation)
    if kind == "vertebra":
        return _vertebra(atlas, target, name)
    if kind == "root":
        return _root_highlight(atlas, target, "root", OrderedIds([name]), None, set(), [])
    if kind == "region":
        return _region(atlas, target, name, [p.id for p in atlas.patches_of_region(name)])
    if kind == "patch":
        patch = atlas.patch(name)
        return _region(atlas, target, patch.region, [name])
    if kind == "nerve":
        return _nerve(atlas, target, name)
    return _landmark(atlas, target, name)
