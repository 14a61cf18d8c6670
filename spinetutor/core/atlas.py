"""The anatomy atlas: spine, roots, nerves and skin, and what selecting any of them lights up.

Targets are strings "kind:id" (vertebra:L4, disc:L4-L5, root:L5, nerve:sural,
region:dorsum_of_foot, patch:dorsum_of_foot.medial, landmark:conus_medullaris); lessons,
quizzes, the diagram and the command line all speak in targets.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from spinetutor.core.atlas_loader import AtlasError, load_folder
from spinetutor.core.atlas_model import (
    Disc,
    Highlight,
    Landmark,
    Nerve,
    OrderedIds,
    Patch,
    Root,
    Source,
    Term,
    Vertebra,
)
from spinetutor.core.pathology import Pathology
from spinetutor.paths import assets_dir

__all__ = ["Atlas", "AtlasError", "Highlight", "load_atlas", "HERNIATIONS", "KINDS"]

HERNIATIONS = ("posterolateral", "far_lateral", "central")
KINDS = ("vertebra", "disc", "root", "nerve", "region", "patch", "landmark")


def split_target(target: str) -> tuple[str, str]:
    kind, sep, name = target.partition(":")
    if not sep or kind not in KINDS or not name:
        raise KeyError(f"'{target}' is not a target; write kind:id with kind one of {KINDS}")
    return kind, name


class Atlas:
    """Read-only queries over the checked atlas data."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._sources: dict[str, Source] = data["sources"]
        self._vocab: dict[str, dict[str, Term]] = data["vocab"]
        self._nerves: dict[str, Nerve] = data["nerves"]
        self._patches: dict[str, Patch] = data["patches"]
        self._roots: dict[str, Root] = data["roots"]
        self._vertebrae: dict[str, Vertebra] = data["vertebrae"]
        self._discs: dict[str, Disc] = data["discs"]
        self._landmarks: dict[str, Landmark] = data["landmarks"]
        self.disc_rules: dict[str, Any] = data["disc_rules"]
        self._highlights: dict[tuple[str, str], Highlight] = {}
        self.dermatome_maps: dict[str, Any] = data["dermatome_maps"]
        self.pathologies: dict[str, Pathology] = data.get("pathologies", {})
        self.vertebrae: tuple[str, ...] = tuple(self._vertebrae)
        self.discs: tuple[str, ...] = tuple(self._discs)
        self.root_ids: tuple[str, ...] = tuple(self._roots)
        self.nerve_ids: tuple[str, ...] = tuple(self._nerves)
        self._targets = frozenset(
            [f"vertebra:{v}" for v in self._vertebrae] + [f"disc:{d}" for d in self._discs]
            + [f"root:{r}" for r in self._roots] + [f"nerve:{n}" for n in self._nerves]
            + [f"region:{r}" for r in self._vocab["regions"]]
            + [f"patch:{p}" for p in self._patches]
            + [f"landmark:{m}" for m in self._landmarks]
        )

    def records(self) -> dict[str, Any]:
        """The collections this atlas was built from (the same keys `load_folder` gives)."""
        return {
            "sources": self._sources, "vocab": self._vocab, "nerves": self._nerves,
            "patches": self._patches, "roots": self._roots, "vertebrae": self._vertebrae,
            "discs": self._discs, "landmarks": self._landmarks, "disc_rules": self.disc_rules,
            "dermatome_maps": self.dermatome_maps, "pathologies": self.pathologies,
        }

    # ---- lookups -------------------------------------------------------------------
    def root(self, root_id: str) -> Root:
        return self._roots[root_id]

    def nerve(self, nerve_id: str) -> Nerve:
        return self._nerves[nerve_id]

    def patch(self, patch_id: str) -> Patch:
        return self._patches[patch_id]

    def vertebra(self, vertebra_id: str) -> Vertebra:
        return self._vertebrae[vertebra_id]

    def disc(self, disc_id: str) -> Disc:
        return self._discs[disc_id]

    def landmark(self, landmark_id: str) -> Landmark:
        return self._landmarks[landmark_id]

    def pathology(self, pathology_id: str) -> Pathology:
        """A drawable condition (pathology.yaml); KeyError names an unknown id."""
        try:
            return self.pathologies[pathology_id]
        except KeyError:
            raise KeyError(f"unknown pathology '{pathology_id}'") from None

    def pathology_highlight(self, pathology_id: str) -> Highlight:
        """What showing that condition lights up, its lesion named in `pathology`."""
        from spinetutor.core.pathology import pathology_highlight

        return pathology_highlight(self, pathology_id)

    def source(self, key: str) -> Source:
        return self._sources[key]

    def term(self, section: str, term_id: str) -> Term:
        """A vocabulary entry: section is regions, movements, reflexes or tests."""
        return self._vocab[section][term_id]

    def terms(self, section: str) -> dict[str, Term]:
        return dict(self._vocab[section])

    def region_ids(self) -> frozenset[str]:
        return frozenset(self._vocab["regions"])

    def patches(self) -> tuple[Patch, ...]:
        return tuple(self._patches.values())

    def patches_of_region(self, region: str) -> tuple[Patch, ...]:
        return tuple(p for p in self._patches.values() if p.region == region)

    def targets(self) -> frozenset[str]:
        return self._targets

    def knows(self, target: str) -> bool:
        return target in self._targets

    def name_of(self, target: str, lay: bool = False, language: str = "en") -> str:
        """A readable name for any target (lay words for patients when asked), in `language`."""
        kind, name = split_target(target)
        if language != "en":
            from spinetutor.core.atlas_i18n import translated_name

            return translated_name(self, target, lay, language)
        if kind == "root":
            return self._roots[name].name
        if kind == "nerve":
            nerve = self._nerves[name]
            return nerve.lay if lay else nerve.name
        if kind == "region":
            term = self._vocab["regions"][name]
            return term.lay if lay else term.name
        if kind == "patch":
            return self.name_of(f"region:{self._patches[name].region}", lay)
        if kind == "landmark":
            mark = self._landmarks[name]
            return mark.lay if lay else mark.name
        if kind == "disc":
            return f"{name} disc"
        return f"{name} vertebra"

    # ---- tree walks ----------------------------------------------------------------
    def nerve_chain(self, nerve_id: str) -> OrderedIds:
        """The nerves from the plexus down to this one, spine first."""
        chain: list[str] = []
        current: str | None = nerve_id
        while current is not None:
            chain.append(current)
            current = self._nerves[current].parent
        return OrderedIds(reversed(chain))

    def branches(self, nerve_id: str) -> OrderedIds:
        """This nerve and every branch below it, in tree order."""
        out = [nerve_id]
        for child in self._nerves.values():
            if child.parent == nerve_id:
                out.extend(self.branches(child.id))
        return OrderedIds(out)

    def _tree_order(self, nerve_ids: set[str]) -> OrderedIds:
        """Nerve ids in depth-first order from the plexus: each path reads spine to foot."""
        roots = [n for n in self._nerves.values() if n.parent is None]
        order = [nid for top in roots for nid in self.branches(top.id)]
        return OrderedIds(n for n in order if n in nerve_ids)

    def pathway(self, nerve_ids: set[str]) -> OrderedIds:
        """The nerves carrying fibres from the spine to these nerves, spine first."""
        every: set[str] = set()
        for nid in nerve_ids:
            every.update(self.nerve_chain(nid))
        return self._tree_order(every)

    def pathway_branches(self, nerve_ids: OrderedIds | set[str]) -> tuple[OrderedIds, ...]:
        """One chain per end branch, spine first: siblings never follow one another.

        A pathway is a tree (the sciatic nerve splits into the tibial and common peroneal);
        reading it as one arrowed line would chain sibling nerves as if one fed the other."""
        chosen = set(nerve_ids)
        ends = [n for n in self._tree_order(chosen)
                if not any(self._nerves[c].parent == n for c in chosen)]
        return tuple(OrderedIds(x for x in self.nerve_chain(n) if x in chosen) for n in ends)

    def dermatome_patches(self, root_id: str) -> frozenset[str]:
        return frozenset(p.id for p in self._patches.values() if root_id in p.roots)

    def territory_patches(self, nerve_id: str) -> frozenset[str]:
        family = set(self.branches(nerve_id))
        return frozenset(p.id for p in self._patches.values() if p.nerve in family)

    def root_pathway(self, root_id: str) -> OrderedIds:
        nerves = {self._patches[p].nerve for p in self.dermatome_patches(root_id)}
        return self.pathway(nerves)

    def affected_root(self, disc_id: str, herniation: str = "posterolateral") -> OrderedIds:
        """The root(s) a herniation of this disc compresses (none above the lumbar spine)."""
        if herniation not in HERNIATIONS:
            raise ValueError(f"herniation must be one of {HERNIATIONS}, not '{herniation}'")
        disc = self._discs[disc_id]
        if herniation == "far_lateral":
            return OrderedIds([disc.far_lateral_root] if disc.far_lateral_root else [])
        if disc.posterolateral_root is None:
            return OrderedIds()
        if herniation == "central":
            ids = list(self._roots)
            return OrderedIds(ids[ids.index(disc.posterolateral_root):])
        return OrderedIds([disc.posterolateral_root])

    def levels(self) -> tuple[str, ...]:
        """Vertebrae and discs from the skull down: the order Up/Down keys walk."""
        out: list[str] = []
        for vid in self.vertebrae:
            out.append(f"vertebra:{vid}")
            below = next((d for d in self._discs.values() if d.upper == vid), None)
            if below is not None:
                out.append(f"disc:{below.id}")
        return tuple(out)

    def highlight(self, target: str, herniation: str = "posterolateral") -> Highlight:
        """What selecting `target` lights up; KeyError for an unknown target.

        Worked out once per (target, herniation): the atlas never changes and a Highlight is
        immutable, and every click on the plate asks for one."""
        key = (target, herniation)
        found = self._highlights.get(key)
        if found is None:
            from spinetutor.core.highlights import build_highlight

            found = self._highlights[key] = build_highlight(self, target, herniation)
        return found


@lru_cache(maxsize=4)
def _load_cached(folder: str) -> Atlas:
    from spinetutor.core.pathology import check_pathologies

    atlas = Atlas(load_folder(Path(folder)))
    check_pathologies(atlas)
    return atlas


def load_atlas(folder: str | Path | None = None) -> Atlas:
    """The bundled atlas (or one from another folder), loaded and checked once per process."""
    path = Path(folder) if folder is not None else assets_dir() / "atlas"
    return _load_cached(str(path.resolve()))
