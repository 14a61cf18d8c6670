"""Two selections side by side: what they share and what only one of them affects.

The classic bedside dilemmas (L5 root or common peroneal nerve? L4 root or saphenous nerve?)
are answered by the differences, so the comparison is data the presenter lists as a table.
A root contributes its dermatome, movements, reflexes and tests; a peripheral nerve its
territory and the movements of it and its branches (a lesion silences everything below it),
the reflexes whose arc runs through it and the Tinel-type tests over it (both sourced in
assets/atlas/nerves.yaml). Other targets (a disc,
a vertebra) stand for the roots they affect.
"""

from __future__ import annotations

from dataclasses import dataclass

from spinetutor.core.atlas import Atlas, split_target

ASPECTS = ("regions", "movements", "reflexes", "tests")
ASPECT_TITLES = {
    "regions": "Skin (sensory loss, pain)",
    "movements": "Muscles / movements (weakness)",
    "reflexes": "Reflexes (reduced)",
    "tests": "Bedside tests (positive)",
}

@dataclass(frozen=True)
class Profile:
    """What one lesion affects, as atlas vocabulary ids per aspect."""

    target: str
    name: str
    regions: frozenset[str]
    movements: frozenset[str]
    reflexes: frozenset[str]
    tests: frozenset[str]

    def aspect(self, aspect: str) -> frozenset[str]:
        return getattr(self, aspect)


@dataclass(frozen=True)
class AspectDiff:
    """One row group of the table: ids both affect, and ids only one side affects."""

    aspect: str
    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    a: Profile
    b: Profile
    aspects: tuple[AspectDiff, ...]

    def aspect(self, aspect: str) -> AspectDiff:
        return next(diff for diff in self.aspects if diff.aspect == aspect)


def _root_profile(atlas: Atlas, target: str, roots: list[str]) -> Profile:
    regions: set[str] = set()
    movements: set[str] = set()
    reflexes: set[str] = set()
    tests: set[str] = set()
    for rid in roots:
        root = atlas.root(rid)
        regions |= root.dermatome
        movements |= set(root.movements)
        reflexes |= root.reflexes
        tests |= root.tests
    return Profile(target, atlas.name_of(target), frozenset(regions), frozenset(movements),
                   frozenset(reflexes), frozenset(tests))


def _nerve_profile(atlas: Atlas, target: str, nerve_id: str) -> Profile:
    family = set(atlas.branches(nerve_id))
    movements = {m for nid in family for m in atlas.nerve(nid).movements}
    regions = {atlas.patch(p).region for p in atlas.territory_patches(nerve_id)}
    reflexes = {r for nid in family for r in atlas.nerve(nid).reflexes}
    tests = {t for nid in family for t in atlas.nerve(nid).tests}
    return Profile(target, atlas.name_of(target), frozenset(regions), frozenset(movements),
                   frozenset(reflexes), frozenset(tests))


def profile(atlas: Atlas, target: str, herniation: str = "posterolateral") -> Profile:
    """What a lesion at ``target`` affects; raises KeyError for an unknown target."""
    if not atlas.knows(target):
        raise KeyError(f"unknown atlas target '{target}'")
    kind, name = split_target(target)
    if kind == "root":
        return _root_profile(atlas, target, [name])
    if kind == "nerve":
        return _nerve_profile(atlas, target, name)
    roots = list(atlas.highlight(target, herniation).roots)
    return _root_profile(atlas, target, roots)


def _ordered(atlas: Atlas, aspect: str, ids: set[str]) -> tuple[str, ...]:
    """In vocabulary order (hip before knee before ankle), so tables read top to bottom."""
    order = list(atlas.terms(aspect))
    return tuple(sorted(ids, key=lambda i: (order.index(i) if i in order else len(order), i)))


def compare(atlas: Atlas, target_a: str, target_b: str,
            herniation: str = "posterolateral") -> Comparison:
    """Shared / only-A / only-B for skin regions, movements, reflexes and tests."""
    a, b = profile(atlas, target_a, herniation), profile(atlas, target_b, herniation)
    diffs = []
    for aspect in ASPECTS:
        left, right = set(a.aspect(aspect)), set(b.aspect(aspect))
        diffs.append(AspectDiff(aspect, _ordered(atlas, aspect, left & right),
                                _ordered(atlas, aspect, left - right),
                                _ordered(atlas, aspect, right - left)))
    return Comparison(a, b, tuple(diffs))


def term_name(atlas: Atlas, aspect: str, term_id: str) -> str:
    """A readable name for an id in a comparison row."""
    try:
        return atlas.term(aspect, term_id).name
    except KeyError:
        return term_id.replace("_", " ")


CLASSIC_PAIRS = (
    ("root:L5", "root:S1"),
    ("root:L5", "nerve:common_peroneal"),
    ("root:L4", "nerve:saphenous"),
)
