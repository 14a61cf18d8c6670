"""The atlas in another language: the same ids, links and sources, every text in that language.

Why a whole atlas rather than word lookups: the information card and the notes a selection
carries (disc rules, patch notes, landmark details, a drawn condition's teaching point) are
built from many atlas fields; building them from an atlas whose records already hold the
translated words keeps one code path for every language. The words come from
assets/atlas/i18n/<language>.yaml; a field without a translation keeps the English text, and
`missing_translations` (used by the tests) lists every field a user can read that has none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from spinetutor.core.translations import DEFAULT_LANGUAGE, content_translation, section, text

if TYPE_CHECKING:
    from spinetutor.core.atlas import Atlas
    from spinetutor.core.atlas_model import Highlight

# Fields of each record a reader sees (lists are translated item by item, same length).
ROOT_TEXTS = ("exits", "dermatome_text", "key_sensory_point_text", "key_muscle_text",
              "reflex_text", "weakness", "foot_relevance", "clinical_note")
ROOT_LISTS = ("other_muscles", "tests_text", "conditions", "disagreements")
NERVE_TEXTS = ("text", "entrapment", "disagreement")
LANDMARK_DETAILS = ("level", "range", "clinical", "disagreement")
RULE_TEXTS = ("posterolateral", "far_lateral", "central", "above_conus", "most_common",
              "conus_level", "coccygeal_single", "coccygeal_skin", "not_leg",
              "supplies_neck_arm", "supplies_trunk")


def localized_atlas(atlas: Atlas, language: str) -> Atlas:
    """`atlas` with its texts in `language` (the atlas itself for English); built once."""
    if language == DEFAULT_LANGUAGE:
        return atlas
    made: dict[str, Atlas] = atlas.__dict__.setdefault("_localized", {})
    if language not in made:
        made[language] = _build(atlas, content_translation("atlas", language))
    return made[language]


def _word(entry: Mapping[str, Any], key: str, english: str) -> str:
    return text(entry, key, default=english) if english else english


def _words(entry: Mapping[str, Any], key: str, english: tuple[str, ...]) -> tuple[str, ...]:
    given = entry.get(key)
    if (isinstance(given, list) and len(given) == len(english)
            and all(isinstance(g, str) and g.strip() for g in given)):
        return tuple(" ".join(g.split()) for g in given)
    return english


def _build(atlas: Atlas, data: Mapping[str, Any]) -> Atlas:
    from spinetutor.core.atlas import Atlas

    records = atlas.records()
    vocab = {
        name: {tid: dataclasses.replace(
            term, name=text(data, name, tid, "name", default=term.name),
            lay=text(data, name, tid, "lay", default=term.lay)) for tid, term in terms.items()}
        for name, terms in records["vocab"].items()}
    roots = {}
    for rid, root in records["roots"].items():
        entry = section(data, "roots", rid)
        changes: dict[str, Any] = {"name": text(entry, "name", default=root.name)}
        changes |= {f: _word(entry, f, getattr(root, f)) for f in ROOT_TEXTS}
        changes |= {f: _words(entry, f, getattr(root, f)) for f in ROOT_LISTS}
        roots[rid] = dataclasses.replace(root, **changes)
    nerves = {}
    for nid, nerve in records["nerves"].items():
        entry = section(data, "nerves", nid)
        nerves[nid] = dataclasses.replace(
            nerve, name=text(entry, "name", default=nerve.name),
            lay=text(entry, "lay", default=nerve.lay),
            **{f: _word(entry, f, getattr(nerve, f)) for f in NERVE_TEXTS})
    landmarks = {}
    for lid, mark in records["landmarks"].items():
        entry = section(data, "landmarks", lid)
        landmarks[lid] = dataclasses.replace(
            mark, name=text(entry, "name", default=mark.name),
            lay=text(entry, "lay", default=mark.lay), text=_word(entry, "text", mark.text),
            details=tuple((k, _word(entry, k, v)) for k, v in mark.details))
    vertebrae = {
        vid: dataclasses.replace(
            v, group_name=text(data, "vertebra_groups", v.group, "name", default=v.group_name),
            exits_text=_word(section(data, "vertebra_groups", v.group), "exits", v.exits_text))
        for vid, v in records["vertebrae"].items()}
    rules = dict(records["disc_rules"])
    for key in RULE_TEXTS:
        if isinstance(rules.get(key), str):
            rules[key] = _word(section(data, "disc_rules"), key, rules[key])
    patches = {pid: dataclasses.replace(p, note=_word(section(data, "patches", pid), "note",
                                                      p.note))
               for pid, p in records["patches"].items()}
    pathologies = {}
    for pid, p in records["pathologies"].items():
        entry = section(data, "pathologies", p.family)
        name = text(entry, "name")
        pathologies[pid] = dataclasses.replace(
            p, name=name.format(level=p.level or "") if name else p.name,
            note=_word(entry, "note", p.note))
    return Atlas({**records, "vocab": vocab, "roots": roots, "nerves": nerves,
                  "landmarks": landmarks, "vertebrae": vertebrae, "disc_rules": rules,
                  "patches": patches, "pathologies": pathologies})


def localized_notes(atlas: Atlas, local: Atlas, h: Highlight) -> Highlight:
    """`h` (built from the English atlas) with its notes in `local`'s language.

    The notes of a selection come from the atlas alone (the target, its herniation type and
    the condition drawn), so the same selection in `local` gives the same notes in the same
    order; a note that matches none (an author's own) stays as it is."""
    if local is atlas or not h.notes:
        return h
    pairs: dict[str, str] = {}
    if atlas.knows(h.target):
        herniation = h.herniation or "posterolateral"
        pairs |= zip(atlas.highlight(h.target, herniation).notes,
                     local.highlight(h.target, herniation).notes, strict=True)
    if h.pathology and h.pathology in atlas.pathologies:
        pairs |= zip(atlas.pathology_highlight(h.pathology).notes,
                     local.pathology_highlight(h.pathology).notes, strict=True)
    return dataclasses.replace(h, notes=tuple(pairs.get(n, n) for n in h.notes))


def missing_translations(atlas: Atlas, language: str) -> list[str]:
    """Every atlas text a card can show that has no translation in `language` (as paths)."""
    data = content_translation("atlas", language)
    records = atlas.records()
    missing: list[str] = []

    def need(path: Iterable[str], english: object) -> None:
        keys = tuple(path)
        if isinstance(english, tuple):
            given = section(data, *keys[:-1]).get(keys[-1])
            if english and not (isinstance(given, list) and len(given) == len(english)):
                missing.append(".".join(keys) + f" (a list of {len(english)})")
        elif english and not text(data, *keys):
            missing.append(".".join(keys))

    for rid, root in records["roots"].items():
        for f in ("name", *ROOT_TEXTS, *ROOT_LISTS):
            need(("roots", rid, f), getattr(root, f))
    for nid, nerve in records["nerves"].items():
        for f in ("name", "lay", *NERVE_TEXTS):
            need(("nerves", nid, f), getattr(nerve, f))
    for lid, mark in records["landmarks"].items():
        for f in ("name", "lay", "text"):
            need(("landmarks", lid, f), getattr(mark, f))
        for key, value in mark.details:
            need(("landmarks", lid, key), value)
    for v in records["vertebrae"].values():
        need(("vertebra_groups", v.group, "name"), v.group_name)
        need(("vertebra_groups", v.group, "exits"), v.exits_text)
    for key in RULE_TEXTS:
        need(("disc_rules", key), records["disc_rules"].get(key, ""))
    for pid, patch in records["patches"].items():
        need(("patches", pid, "note"), patch.note)
    for p in records["pathologies"].values():
        need(("pathologies", p.family, "name"), p.name)
        need(("pathologies", p.family, "note"), p.note)
    return sorted(set(missing))
