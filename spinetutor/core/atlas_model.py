"""The atlas's value types: frozen records the loader builds and every view reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


class OrderedIds(tuple[str, ...]):
    """An ordered set of ids: iterates in order, equals a list/tuple in that order or a set."""

    __slots__ = ()

    def __new__(cls, items: Iterable[str] = ()) -> OrderedIds:
        seen: dict[str, None] = {}
        for item in items:
            seen.setdefault(item, None)
        return super().__new__(cls, seen)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (set, frozenset)):
            return set(self) == other
        if isinstance(other, (list, tuple)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = tuple.__hash__


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    url: str


@dataclass(frozen=True)
class Term:
    """A vocabulary entry: a region, movement, reflex or test id with its names."""

    id: str
    name: str
    lay: str
    group: str = ""
    detail: str = ""
    roots: tuple[str, ...] = ()


@dataclass(frozen=True)
class Patch:
    """A small drawn piece of skin, tagged with its roots and its peripheral nerve."""

    id: str
    region: str
    view: str
    nerve: str
    roots: frozenset[str]
    overlap_roots: frozenset[str]
    note: str = ""


@dataclass(frozen=True)
class Root:
    id: str
    name: str
    exits: str
    dermatome: frozenset[str]
    overlap_regions: frozenset[str]
    dermatome_text: str
    key_sensory_point: str | None
    key_sensory_point_text: str
    key_muscle: str | None
    key_muscle_text: str
    other_muscles: tuple[str, ...]
    movements: tuple[str, ...]
    reflexes: frozenset[str]
    reflex_text: str
    tests: frozenset[str]
    tests_text: tuple[str, ...]
    weakness: str
    conditions: tuple[str, ...]
    disagreements: tuple[str, ...]
    foot_relevance: str
    sources: tuple[str, ...]
    dermatome_sources: tuple[str, ...]
    clinical_note: str = ""


@dataclass(frozen=True)
class Nerve:
    id: str
    name: str
    lay: str
    parent: str | None
    roots: tuple[str, ...]
    movements: tuple[str, ...]
    text: str
    entrapment: str
    disagreement: str
    sources: tuple[str, ...]
    reflexes: tuple[str, ...] = ()   # reflex arcs that run through this nerve
    tests: tuple[str, ...] = ()      # bedside tests that point at this nerve itself


@dataclass(frozen=True)
class Vertebra:
    id: str
    group: str
    group_name: str
    exiting_root: str
    exits_text: str


@dataclass(frozen=True)
class Disc:
    id: str
    upper: str
    lower: str
    posterolateral_root: str | None
    far_lateral_root: str | None


@dataclass(frozen=True)
class Landmark:
    id: str
    name: str
    lay: str
    text: str
    details: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Highlight:
    """What selecting one target lights up, in data the diagram, card and lessons share.

    roots/nerves are ordered (nerves from the spine to the foot); regions and patches are sets.
    For a region target, `nerves` is the peripheral nerve path and `root_nerves` the path the
    region's roots take, so the two can be drawn in distinct styles.
    """

    target: str
    kind: str
    herniation: str | None
    roots: OrderedIds
    nerves: OrderedIds
    regions: frozenset[str]
    patches: frozenset[str]
    structures: frozenset[str] = frozenset()
    overlap_roots: OrderedIds = field(default_factory=OrderedIds)
    root_nerves: OrderedIds = field(default_factory=OrderedIds)
    dermatome_patches: frozenset[str] = frozenset()
    territory_patches: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()
    pathology: str | None = None   # the lesion drawn with it (core/pathology.py), if any
    # Everything shown at once (a lesson section's steps add up): the plate paints every part;
    # the other fields are those of the last part, so a card describes what was shown last.
    parts: tuple[Highlight, ...] = ()
