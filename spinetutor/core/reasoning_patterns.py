"""Load the lesion patterns and red-flag rules the reasoning aid weighs findings against.

Why: the clinical knowledge lives in YAML (assets/reasoning/) with its sources, so it can be
reviewed and corrected without touching code. Loading checks every id against the vocabulary,
so a typo in a pattern fails loudly at start-up instead of silently never matching.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spinetutor.core.asset_yaml import load_asset_file
from spinetutor.core.findings import Vocabulary, load_vocabulary
from spinetutor.paths import assets_dir

KINDS = ("root", "cauda/conus", "spinal", "peripheral", "other")
WEIGHT_KEYS = (
    "numb_core", "numb_also", "numb_outside", "pain_fits", "pain_sensory", "pain_outside",
    "weak_outside", "normal_factor", "reflex_outside", "brisk",
)
DERIVED = (
    "any_weakness", "multi_root_weakness", "bilateral_foot_drop", "nerve_tension_sign",
    "saddle_numbness", "leg_symptoms",
)


class PatternError(ValueError):
    """The bundled reasoning YAML is inconsistent (names the lesion and the bad entry)."""


@dataclass(frozen=True)
class Evidence:
    """How much one finding counts for a lesion (+ supports, - argues against), and why."""

    weight: float
    why: str | None = None


@dataclass(frozen=True)
class Pattern:
    """One lesion's expected picture: skin territory, muscles, reflexes and other evidence."""

    lesion: str
    name: str
    ref: str
    kind: str
    summary: str
    sources: tuple[str, ...]
    core: frozenset[str]
    also: frozenset[str]
    pain: frozenset[str]
    motor: Mapping[str, float]
    reflexes: Mapping[str, float]
    evidence: Mapping[str, Evidence]
    weights: Mapping[str, float]


LEVELS = ("emergency", "soon")  # "seek urgent care today" / "get medical advice soon"


@dataclass(frozen=True)
class RedFlagRule:
    """A combination of findings that needs medical care, with its level and a lay message."""

    id: str
    message: str
    level: str
    all: tuple[str, ...]
    any: tuple[str, ...]
    none: tuple[str, ...]

    @property
    def urgent(self) -> bool:
        """True for "emergency today" rules only."""
        return self.level == "emergency"


@dataclass(frozen=True)
class Knowledge:
    """Everything the engine needs: vocabulary, patterns (answer order), rules, disclaimer."""

    vocab: Vocabulary
    patterns: tuple[Pattern, ...]
    rules: tuple[RedFlagRule, ...]
    disclaimer: str


def load_knowledge(folder: Path | None = None, language: str = "en") -> Knowledge:
    """Read vocabulary.yaml, lesions.yaml and red_flags.yaml (cached per folder).

    `language` other than English swaps every word a patient reads for its translation
    (assets/reasoning/i18n/<language>.yaml); weights, ids and sources are unchanged.
    """
    path = folder or assets_dir() / "reasoning"
    if language == "en":
        return _load_knowledge(path)
    return _translated(path, language)


@lru_cache(maxsize=8)
def _translated(folder: Path, language: str) -> Knowledge:
    from spinetutor.core.reasoning_i18n import translate_knowledge

    return translate_knowledge(_load_knowledge(folder), language)


@lru_cache(maxsize=4)
def _load_knowledge(folder: Path) -> Knowledge:
    vocab = load_vocabulary(folder / "vocabulary.yaml")
    lesions = _read(folder / "lesions.yaml")
    flags = _read(folder / "red_flags.yaml")
    defaults = {k: float(lesions["defaults"][k]) for k in WEIGHT_KEYS}
    kind_evidence = lesions.get("kind_evidence", {})
    found = lesions["lesions"]
    missing = [a for a in vocab.answer_vocabulary if a not in found]
    extra = [a for a in found if a not in vocab.answer_vocabulary]
    if missing or extra:
        raise PatternError(f"lesions.yaml: missing {missing}, not in answer_vocabulary {extra}")
    patterns = tuple(
        _pattern(lid, found[lid], defaults, kind_evidence, vocab)
        for lid in vocab.answer_vocabulary
    )
    rules = tuple(_rule(raw, vocab) for raw in flags["rules"])
    return Knowledge(vocab, patterns, rules, " ".join(str(flags["disclaimer"]).split()))


def _read(path: Path) -> dict[str, Any]:
    data = load_asset_file(path)
    if not isinstance(data, dict):
        raise PatternError(f"{path.name}: expected a mapping at the top level")
    return data


def _pattern(
    lid: str, raw: Mapping[str, Any], defaults: Mapping[str, float],
    kind_evidence: Mapping[str, Any], vocab: Vocabulary,
) -> Pattern:
    kind = raw["kind"]
    if kind not in KINDS:
        raise PatternError(f"lesion {lid}: kind {kind!r} not in {KINDS}")
    if not raw.get("sources"):
        raise PatternError(f"lesion {lid}: needs at least one source URL")
    sensory = raw.get("sensory") or {}
    evidence = {**_evidence(kind_evidence.get(kind) or {}), **_evidence(raw.get("evidence") or {})}
    for atom in evidence:
        _check_atom(atom, vocab, lid)
    motor = {k: float(v) for k, v in (raw.get("motor") or {}).items()}
    reflexes = {k: float(v) for k, v in (raw.get("reflexes") or {}).items()}
    _check_ids(motor, vocab.movements, lid, "motor")
    _check_ids(reflexes, vocab.reflexes, lid, "reflexes")
    return Pattern(
        lesion=lid,
        name=str(raw["name"]),
        ref=str(raw.get("ref") or _default_ref(str(raw["name"]))),
        kind=kind,
        summary=str(raw.get("summary", "")),
        sources=tuple(raw["sources"]),
        core=_regions(sensory.get("core"), vocab, lid),
        also=_regions(sensory.get("also"), vocab, lid),
        pain=_regions(raw.get("pain"), vocab, lid),
        motor=motor,
        reflexes=reflexes,
        evidence=evidence,
        weights={k: float(raw.get(k, defaults[k])) for k in WEIGHT_KEYS},
    )


def _default_ref(name: str) -> str:
    """How a sentence names the lesion: 'the L5 nerve root', 'the sural nerve'."""
    name = re.sub(r" \([^)]*\)", "", name)
    if name[1:2].islower():
        name = name[0].lower() + name[1:]
    return f"the {name}"


def _evidence(raw: Mapping[str, Any]) -> dict[str, Evidence]:
    out = {}
    for atom, value in raw.items():
        if isinstance(value, list):
            out[str(atom)] = Evidence(float(value[0]), " ".join(str(value[1]).split()))
        else:
            out[str(atom)] = Evidence(float(value))
    return out


def _regions(items: Any, vocab: Vocabulary, lid: str) -> frozenset[str]:
    out: set[str] = set()
    for item in items or ():
        if item.startswith("@"):
            if item[1:] not in vocab.region_groups:
                raise PatternError(f"lesion {lid}: unknown region group {item!r}")
            out.update(vocab.region_groups[item[1:]])
        elif item in vocab.regions:
            out.add(item)
        else:
            raise PatternError(f"lesion {lid}: unknown region {item!r}")
    return frozenset(out)


def _check_ids(ids: Mapping[str, Any], allowed: Mapping[str, str], lid: str, what: str) -> None:
    for key in ids:
        if key not in allowed:
            raise PatternError(f"lesion {lid}: unknown {what} id {key!r}")


def _check_atom(atom: str, vocab: Vocabulary, where: str) -> None:
    """Raise PatternError unless `atom` can ever be produced by parse_findings."""
    head, _, rest = atom.partition(":")
    parts = rest.split(":")
    ok = {
        "side": lambda: rest in vocab.sides,
        "pain": lambda: rest in vocab.regions or rest == "none",
        "numb": lambda: rest in vocab.regions or rest == "none",
        "weak": lambda: rest in vocab.movements or rest in ("none", "*"),
        "normal": lambda: rest in vocab.movements,
        "reflex": lambda: len(parts) == 2 and (parts[0] in vocab.reflexes or parts[0] == "any")
        and (parts[1] in vocab.reflex_values or parts[1] == "low"),
        "test": lambda: len(parts) == 2 and parts[0] in vocab.tests
        and parts[1] in vocab.test_values,
        "trigger": lambda: rest in vocab.triggers,
        "derived": lambda: rest in DERIVED,
    }.get(head)
    if ok is None and head in vocab.history:
        values = [str(v).lower() for v in vocab.history[head]]
        ok = lambda: rest in values or (rest == "low" and "reduced" in values)  # noqa: E731
    if ok is None or not ok():
        raise PatternError(f"{where}: finding {atom!r} can never occur (check the id)")


def _rule(raw: Mapping[str, Any], vocab: Vocabulary) -> RedFlagRule:
    level = str(raw.get("level", ""))
    if level not in LEVELS:
        raise PatternError(f"red flag {raw.get('id')}: level {level!r} not in {LEVELS}")
    rule = RedFlagRule(
        id=str(raw["id"]),
        message=" ".join(str(raw["message"]).split()),
        level=level,
        all=tuple(raw.get("all") or ()),
        any=tuple(raw.get("any") or ()),
        none=tuple(raw.get("none") or ()),
    )
    for atom in (*rule.all, *rule.any, *rule.none):
        _check_atom(atom, vocab, f"red flag {rule.id}")
    return rule
