"""Validate a finding set and turn it into flat, comparable findings ("atoms").

Why: the reasoning engine should never guess what a typo meant. A mapping shaped as the shared
findings schema is checked against the bundled vocabulary (assets/reasoning/vocabulary.yaml);
any unknown key or value raises FindingsError naming the key, the bad value and what is allowed.
A valid set becomes a tuple of `Finding` atoms such as ``numb:dorsum_of_foot``,
``weak:ankle_inversion``, ``normal:hip_abduction``, ``reflex:achilles:reduced`` or
``trigger:leg_crossing`` that lesion patterns can weigh.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from spinetutor.core.asset_yaml import load_asset_file
from spinetutor.paths import assets_dir

LIST_KEYS = ("pain", "numb", "weak", "normal_strength")
MAP_KEYS = ("reflex", "tests")
TOP_KEYS = ("side", *LIST_KEYS, *MAP_KEYS, "history")
# Numbness here is "saddle" numbness (GIRFT CES pathway: perianal, perineal or genital).
SACRAL_NUMB = ("saddle", "perianal", "perineum", "genitalia")
# History keys that hold a list of ids rather than one value (`serious`: NICE NG59 warnings).
HISTORY_LISTS = ("serious",)
TENSION_TESTS = ("slr", "crossed_slr", "slump", "femoral_stretch")


class FindingsError(ValueError):
    """A finding set that does not fit the vocabulary; names the key, value and allowed values."""

    def __init__(self, key: str, value: object, allowed: Iterable[object], problem: str) -> None:
        self.key = key
        self.value = value
        self.allowed = tuple(allowed)
        shown = ", ".join(str(a).lower() if isinstance(a, bool) else str(a) for a in self.allowed)
        suffix = f"; allowed: {shown}" if shown else ""
        super().__init__(f"findings '{key}': {problem} {value!r}{suffix}")


@dataclass(frozen=True)
class Vocabulary:
    """Every id and value a finding set may use, with plain labels for sentences."""

    sides: tuple[str, ...]
    regions: Mapping[str, str]
    region_groups: Mapping[str, tuple[str, ...]]
    movements: Mapping[str, str]
    movement_roots: Mapping[str, tuple[str, ...]]
    reflexes: Mapping[str, str]
    reflex_values: tuple[str, ...]
    tests: Mapping[str, str]
    test_values: tuple[str, ...]
    triggers: Mapping[str, str]
    history: Mapping[str, tuple[Any, ...]]
    history_labels: Mapping[str, Mapping[Any, str]]
    answer_vocabulary: tuple[str, ...]
    # Sentence templates and small words in another language (reasoning.PHRASES keys);
    # empty for English, filled from assets/reasoning/i18n/<language>.yaml.
    phrases: Mapping[str, str] = field(default_factory=dict)


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Read the bundled vocabulary (cached for the default path)."""
    return _load_vocabulary(path or assets_dir() / "reasoning" / "vocabulary.yaml")


@lru_cache(maxsize=4)
def _load_vocabulary(path: Path) -> Vocabulary:
    data = load_asset_file(path)
    groups = {g: tuple(items) for g, items in data["regions"].items()}
    regions = {rid: label for items in data["regions"].values() for rid, label in items.items()}
    return Vocabulary(
        sides=tuple(data["sides"]),
        regions=regions,
        region_groups=groups,
        movements=dict(data["movements"]),
        movement_roots={k: tuple(v) for k, v in data["movement_roots"].items()},
        reflexes=dict(data["reflexes"]),
        reflex_values=tuple(data["reflex_values"]),
        tests=dict(data["tests"]),
        test_values=tuple(data["test_values"]),
        triggers=dict(data["triggers"]),
        history={k: (tuple(v) if isinstance(v, list) else ()) for k, v in data["history"].items()},
        history_labels={k: dict(v) for k, v in data["history_labels"].items()},
        answer_vocabulary=tuple(data["answer_vocabulary"]),
    )


@dataclass(frozen=True)
class Finding:
    """One observation: its atom, extra names it also matches, and whether it is abnormal.

    Only abnormal ("anchor") findings can make a lesion a candidate: a normal reflex or a
    negative test can argue for or against a lesion but never suggest one on its own.
    """

    atom: str
    aliases: tuple[str, ...] = ()
    anchor: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.atom, *self.aliases)


@dataclass(frozen=True)
class Findings:
    """A validated finding set: the atoms, plus the side and raw values kept for red flags."""

    side: str | None
    items: tuple[Finding, ...]

    @property
    def atoms(self) -> frozenset[str]:
        return frozenset(name for item in self.items for name in item.names)

    @property
    def informative(self) -> bool:
        return any(item.anchor for item in self.items)


def parse_findings(data: Mapping[str, Any] | None, vocab: Vocabulary | None = None) -> Findings:
    """Validate `data` (shaped as findings_schema.yaml) and return its findings.

    Absent keys and None values mean "not recorded". A mapping wrapped as {"findings": {...}}
    (the shape of the schema file itself) is accepted too.
    """
    vocab = vocab or load_vocabulary()
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise FindingsError("findings", data, TOP_KEYS, "expected a mapping, got")
    if set(data) == {"findings"} and isinstance(data["findings"], Mapping):
        data = data["findings"]
    for key in data:
        if key not in TOP_KEYS:
            raise FindingsError(str(key), key, TOP_KEYS, "unknown key")
    items: list[Finding] = []
    side = _choice(data.get("side"), "side", vocab.sides)
    if side:
        items.append(Finding(f"side:{side}"))
    lists = {key: _id_list(data.get(key), key, _list_vocab(key, vocab)) for key in LIST_KEYS}
    both = (lists["weak"] or set()) & (lists["normal_strength"] or set())
    if both:
        bad = sorted(both)[0]
        problem = "a movement cannot be both weak and normal:"
        raise FindingsError("normal_strength", bad, (), problem)
    for key, prefix in (("pain", "pain"), ("numb", "numb"), ("weak", "weak")):
        ids = lists[key]
        if ids is not None and not ids:
            items.append(Finding(f"{prefix}:none"))
        items.extend(Finding(f"{prefix}:{i}", anchor=True) for i in sorted(ids or ()))
    items.extend(Finding(f"normal:{i}") for i in sorted(lists["normal_strength"] or ()))
    reflexes = _id_map(data.get("reflex"), "reflex", vocab.reflexes, vocab.reflex_values)
    for rid, value in sorted(reflexes.items()):
        aliases = [f"reflex:any:{value}"]
        if value in ("reduced", "absent"):
            aliases += [f"reflex:{rid}:low", "reflex:any:low"]
        items.append(Finding(f"reflex:{rid}:{value}", tuple(aliases), anchor=value != "normal"))
    tests = _id_map(data.get("tests"), "tests", vocab.tests, vocab.test_values)
    for tid, value in sorted(tests.items()):
        items.append(Finding(f"test:{tid}:{value}", anchor=value == "positive"))
    items.extend(_history(data.get("history"), vocab))
    items.extend(_derived(side, lists, tests, vocab))
    return Findings(side=side, items=tuple(items))


def _list_vocab(key: str, vocab: Vocabulary) -> Mapping[str, str]:
    return vocab.regions if key in ("pain", "numb") else vocab.movements


def _choice(value: Any, key: str, allowed: tuple[Any, ...]) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) != isinstance(allowed[0], bool) or value not in allowed:
        raise FindingsError(key, value, allowed, "unknown value")
    return value


def _id_list(value: Any, key: str, allowed: Mapping[str, str]) -> set[str] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise FindingsError(key, value, allowed, "expected a list of ids, got")
    ids = set()
    for item in value:
        if not isinstance(item, str) or item not in allowed:
            raise FindingsError(key, item, allowed, "unknown id")
        ids.add(item)
    return ids


def _id_map(value: Any, key: str, ids: Mapping[str, str], values: tuple[str, ...]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise FindingsError(key, value, ids, "expected a mapping of id -> value, got")
    for item_id, item_value in value.items():
        if item_id not in ids:
            raise FindingsError(key, item_id, ids, "unknown id")
        if item_value not in values or not isinstance(item_value, str):
            raise FindingsError(f"{key}.{item_id}", item_value, values, "unknown value")
    return dict(value)


def _history(value: Any, vocab: Vocabulary) -> list[Finding]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise FindingsError("history", value, vocab.history, "expected a mapping, got")
    items: list[Finding] = []
    for key, raw in value.items():
        if key not in vocab.history:
            raise FindingsError(f"history.{key}", key, vocab.history, "unknown key")
        if key == "triggers":
            for trig in sorted(_id_list(raw, "history.triggers", vocab.triggers) or ()):
                items.append(Finding(f"trigger:{trig}"))
            continue
        if key in HISTORY_LISTS:
            allowed = dict.fromkeys(vocab.history[key], "")
            for item in sorted(_id_list(raw, f"history.{key}", allowed) or ()):
                items.append(Finding(f"{key}:{item}"))
            continue
        choice = _choice(raw, f"history.{key}", vocab.history[key])
        if choice is None:
            continue
        text = str(choice).lower()
        aliases = (f"{key}:low",) if text in ("reduced", "absent") else ()
        anchor = key not in ("back_pain", "onset", "course") and text not in ("normal", "focal")
        items.append(Finding(f"{key}:{text}", aliases, anchor=anchor))
    return items


def _derived(
    side: str | None, lists: Mapping[str, set[str] | None], tests: Mapping[str, str],
    vocab: Vocabulary,
) -> list[Finding]:
    """Facts about the set as a whole, used by red flags and a few patterns."""
    weak = lists["weak"] or set()
    numb = lists["numb"] or set()
    out = []
    if weak:
        out.append(Finding("derived:any_weakness"))
    if min_roots_to_explain(weak, vocab) >= 3:
        out.append(Finding("derived:multi_root_weakness"))
    if side == "bilateral" and "ankle_dorsiflexion" in weak:
        out.append(Finding("derived:bilateral_foot_drop"))
    if any(tests.get(t) == "positive" for t in TENSION_TESTS):
        out.append(Finding("derived:nerve_tension_sign"))
    if numb & set(SACRAL_NUMB):
        out.append(Finding("derived:saddle_numbness"))
    leg = set(vocab.region_groups["thigh_and_knee"]) | set(vocab.region_groups["leg"])
    if weak or (set(lists["pain"] or ()) | numb) & leg or "derived:nerve_tension_sign" in {
            f.atom for f in out}:
        out.append(Finding("derived:leg_symptoms"))  # sciatica-like: more than a foot problem
    return out


def min_roots_to_explain(weak: Iterable[str], vocab: Vocabulary) -> int:
    """Fewest roots whose myotomes cover every weak movement (tiny exhaustive set cover)."""
    needs = [set(vocab.movement_roots[m]) for m in weak]
    if not needs:
        return 0
    roots = sorted(set().union(*needs))
    for size in range(1, len(roots) + 1):
        if _covers(needs, roots, size):
            return size
    return len(roots)


def _covers(needs: list[set[str]], roots: list[str], size: int) -> bool:
    return any(all(n & set(combo) for n in needs) for combo in combinations(roots, size))
