"""Reads the atlas YAML under assets/atlas and checks every cross-reference.

The atlas is bundled data, but a hand edit can still break it: every problem is reported as
an AtlasError naming the file and the entry, never a KeyError deep inside a view.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from spinetutor.core.asset_yaml import SafeLoader
from spinetutor.core.atlas_model import (
    Disc,
    Landmark,
    Nerve,
    Patch,
    Root,
    Source,
    Term,
    Vertebra,
)


class AtlasError(ValueError):
    """A problem in the bundled atlas data, naming the file and what to fix."""


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=SafeLoader)  # noqa: S506 - safe loader
    except OSError as exc:
        raise AtlasError(f"{path.name}: cannot read the atlas file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise AtlasError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise AtlasError(f"{path.name}: expected a mapping at the top level")
    return data


class _Checker:
    """Collects reference checks so one message lists the file and the bad id."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self.sources = sources

    def ids(self, file: str, where: str, ids: list[str], known: set[str] | dict, what: str) -> None:
        for item in ids:
            if item not in known:
                raise AtlasError(f"{file}: {where}: unknown {what} '{item}'")

    def cite(self, file: str, where: str, keys: list[str]) -> tuple[str, ...]:
        if not keys:
            raise AtlasError(f"{file}: {where}: names no source; add a key from sources.yaml")
        self.ids(file, where, keys, self.sources, "source key (add it to sources.yaml)")
        return tuple(keys)


def load_sources(folder: Path) -> dict[str, Source]:
    raw = _read(folder, "sources.yaml")["sources"]
    return {k: Source(k, v["title"], v.get("url", "")) for k, v in raw.items()}


def load_vocabulary(folder: Path, check: _Checker) -> dict[str, dict[str, Term]]:
    raw = _read(folder, "vocabulary.yaml")
    vocab: dict[str, dict[str, Term]] = {}
    for section in ("regions", "movements", "reflexes", "tests"):
        block = raw[section]
        check.cite("vocabulary.yaml", section, block.get("sources", []))
        vocab[section] = {
            key: Term(
                id=key,
                name=item["name"],
                lay=item["lay"],
                group=item.get("group", ""),
                detail=item.get("how", item.get("muscles", "")),
                roots=tuple(item.get("roots", ())),
            )
            for key, item in block["items"].items()
        }
    return vocab


def load_patches(folder: Path, check: _Checker, regions: dict, nerve_ids: set[str],
                 root_ids: set[str]) -> dict[str, Patch]:
    raw = _read(folder, "skin_patches.yaml")
    check.cite("skin_patches.yaml", "sources", raw.get("sources", []))
    patches: dict[str, Patch] = {}
    for item in raw["patches"]:
        pid = item["id"]
        where = f"patch '{pid}'"
        if pid in patches:
            raise AtlasError(f"skin_patches.yaml: {where} appears twice; patch ids must be unique")
        check.ids("skin_patches.yaml", where, [item["region"]], regions, "region")
        check.ids("skin_patches.yaml", where, [item["nerve"]], nerve_ids, "nerve")
        roots = list(item.get("roots", []))
        overlap = list(item.get("overlap_roots", []))
        check.ids("skin_patches.yaml", where, roots + overlap, root_ids, "root")
        if not roots and not overlap:
            raise AtlasError(f"skin_patches.yaml: {where}: tag it with roots or overlap_roots")
        patches[pid] = Patch(pid, item["region"], item["view"], item["nerve"],
                             frozenset(roots), frozenset(overlap), item.get("note", ""))
    return patches


def load_nerves(folder: Path, check: _Checker, vocab: dict) -> dict[str, Nerve]:
    raw = _read(folder, "nerves.yaml")["nerves"]
    nerves: dict[str, Nerve] = {}
    for nid, item in raw.items():
        where = f"nerve '{nid}'"
        for section, what in (("movements", "movement"), ("reflexes", "reflex"),
                              ("tests", "test")):
            check.ids("nerves.yaml", where, list(item.get(section, [])), vocab[section], what)
        nerves[nid] = Nerve(
            id=nid, name=item["name"], lay=item.get("lay", item["name"]),
            parent=item.get("parent"), roots=tuple(item.get("roots", ())),
            movements=tuple(item.get("movements", ())), text=item.get("text", ""),
            entrapment=item.get("entrapment", ""), disagreement=item.get("disagreement", ""),
            sources=check.cite("nerves.yaml", where, item.get("sources", [])),
            reflexes=tuple(item.get("reflexes", ())), tests=tuple(item.get("tests", ())),
        )
    for nerve in nerves.values():
        if nerve.parent is not None and nerve.parent not in nerves:
            raise AtlasError(f"nerves.yaml: nerve '{nerve.id}': unknown parent '{nerve.parent}'")
    return nerves


def load_roots(folder: Path, check: _Checker, vocab: dict, patches: dict[str, Patch]
               ) -> dict[str, Root]:
    raw = _read(folder, "roots.yaml")["roots"]
    roots: dict[str, Root] = {}
    for rid, item in raw.items():
        where = f"root '{rid}'"
        f = "roots.yaml"
        check.ids(f, where, list(item.get("movements", [])), vocab["movements"], "movement")
        check.ids(f, where, list(item.get("reflexes", [])), vocab["reflexes"], "reflex")
        check.ids(f, where, list(item.get("tests", [])), vocab["tests"], "test")
        point = item.get("key_sensory_point") or {}
        muscle = item.get("key_muscle") or {}
        if point:
            check.ids(f, where, [point["region"]], vocab["regions"], "region")
        if muscle:
            check.ids(f, where, [muscle["movement"]], vocab["movements"], "movement")
        disagreements = [item[k] for k in ("dermatome_disagreement", "reflex_disagreement")
                         if item.get(k)] + list(item.get("disagreements", []))
        dermatome = frozenset(p.region for p in patches.values() if rid in p.roots)
        overlap = frozenset(p.region for p in patches.values() if rid in p.overlap_roots)
        roots[rid] = Root(
            id=rid, name=item["name"], exits=item["exits"], dermatome=dermatome,
            overlap_regions=overlap - dermatome, dermatome_text=item["dermatome_text"],
            key_sensory_point=point.get("region"), key_sensory_point_text=point.get("text", ""),
            key_muscle=muscle.get("movement"), key_muscle_text=muscle.get("text", ""),
            other_muscles=tuple(item.get("other_muscles", ())),
            movements=tuple(item.get("movements", ())),
            reflexes=frozenset(item.get("reflexes", ())), reflex_text=item.get("reflex_text", ""),
            tests=frozenset(item.get("tests", ())), tests_text=tuple(item.get("tests_text", ())),
            weakness=item.get("weakness", ""), conditions=tuple(item.get("conditions", ())),
            disagreements=tuple(disagreements), foot_relevance=item.get("foot_relevance", ""),
            sources=check.cite(f, where, item.get("sources", [])),
            dermatome_sources=check.cite(f, where + " dermatome",
                                         item.get("dermatome_sources", [])),
            clinical_note=item.get("clinical_note", ""),
        )
    return roots


def _next_cervical(vid: str) -> str:
    return f"C{int(vid[1:]) + 1}"


def load_spine(folder: Path, check: _Checker, root_ids: set[str]
               ) -> tuple[dict[str, Vertebra], dict[str, Disc], dict[str, Landmark], dict]:
    raw = _read(folder, "spine.yaml")
    f = "spine.yaml"
    check.cite(f, "vertebrae", raw["vertebrae"].get("sources", []))
    vertebrae: dict[str, Vertebra] = {}
    for group in raw["vertebrae"]["groups"]:
        for vid in group["ids"]:
            exiting = _next_cervical(vid) if group["id"] == "cervical" else vid
            vertebrae[vid] = Vertebra(vid, group["id"], group["name"], exiting, group["exits"])
    rules = raw["disc_rules"]
    check.cite(f, "disc_rules", rules.get("sources", []))
    order = list(vertebrae)
    discs: dict[str, Disc] = {}
    for upper, lower in zip(order, order[1:], strict=False):
        if upper == "C1" or vertebrae[upper].group in ("sacral", "coccygeal"):
            continue
        did = f"{upper}-{lower}"
        row = rules["table"].get(did, {})
        check.ids(f, f"disc_rules {did}", [r for r in row.values()], root_ids, "root")
        discs[did] = Disc(did, upper, lower, row.get("posterolateral"), row.get("far_lateral"))
    landmarks: dict[str, Landmark] = {}
    for lid, item in raw["landmarks"].items():
        details = tuple((k, item[k]) for k in ("level", "range", "clinical", "disagreement")
                        if item.get(k))
        landmarks[lid] = Landmark(lid, item["name"], item["lay"], item["text"], details,
                                  check.cite(f, f"landmark '{lid}'", item.get("sources", [])))
    rules = dict(rules, vertebra_sources=list(raw["vertebrae"]["sources"])
                 + list(raw["vertebrae"].get("sources_exits", [])))
    return vertebrae, discs, landmarks, rules


def load_folder(folder: Path) -> dict[str, Any]:
    """Everything the Atlas needs, checked; keys name the collections."""
    sources = load_sources(folder)
    check = _Checker(sources)
    vocab = load_vocabulary(folder, check)
    root_names = set(_read(folder, "roots.yaml")["roots"])
    nerves = load_nerves(folder, check, vocab)
    patches = load_patches(folder, check, vocab["regions"], set(nerves), root_names)
    roots = load_roots(folder, check, vocab, patches)
    vertebrae, discs, landmarks, rules = load_spine(folder, check, set(roots))
    from spinetutor.core.pathology import load_pathologies

    pathologies = load_pathologies(folder)
    maps = _read(folder, "dermatome_maps.yaml")
    check.cite("dermatome_maps.yaml", "maps", maps.get("sources", []))
    return {
        "sources": sources, "vocab": vocab, "nerves": nerves, "patches": patches,
        "roots": roots, "vertebrae": vertebrae, "discs": discs, "landmarks": landmarks,
        "disc_rules": rules, "dermatome_maps": maps, "pathologies": pathologies,
    }
