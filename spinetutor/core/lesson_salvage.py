"""Keep checking a lesson file after its first mistakes, so `validate` reports all of them.

Pydantic stops at the fields it cannot read, so a typo in one field used to hide every later
problem of the file (an unknown atlas id, a picture outside the pack, raw HTML...). Here the
parts that failed are cut out of a copy of the data: the list item around each error (one
action, one option, one question) or a misspelt key. What is left is read again and checked
like a clean file; the paths of its problems are mapped back to the original lines.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from spinetutor.core.yaml_source import ContentError, Path_, YamlDocument

MAX_ROUNDS = 4


class _Round:
    """The list items removed in one pass: list path -> removed original indices."""

    def __init__(self) -> None:
        self.removed: dict[Path_, list[int]] = {}

    @property
    def filled(self) -> frozenset[Path_]:
        """Fields given a stand-in value: a later error there is not the author's."""
        return frozenset(self._filled)

    def was_cut(self, path: Path_) -> bool:
        """Whether items were cut from the list at this (salvaged) path: a later 'needs at
        least one item' there is a consequence, not a new mistake."""
        return any(path in done.removed for done in self.rounds) or any(
            self.original(path) in done.removed for done in self.rounds)

    def original(self, path: Path_) -> Path_:
        out: list[str | int] = []
        for element in path:
            if isinstance(element, int):
                gone = self.removed.get(tuple(out), ())
                index = element
                for removed in sorted(gone):
                    if removed <= index:
                        index += 1
                out.append(index)
            else:
                out.append(element)
        return tuple(out)


class Salvage:
    """The readable rest of a file's data, and how to find its paths in the original."""

    def __init__(self, data: Any) -> None:
        self.data = copy.deepcopy(data)
        self.rounds: list[_Round] = []
        self.dropped: set[str] = set()   # top-level parts given up ("lesson", "quiz")
        self._filled: set[Path_] = set()

    @property
    def filled(self) -> frozenset[Path_]:
        """Fields given a stand-in value: a later error there is not the author's."""
        return frozenset(self._filled)

    def was_cut(self, path: Path_) -> bool:
        """Whether items were cut from the list at this (salvaged) path: a later 'needs at
        least one item' there is a consequence, not a new mistake."""
        return any(path in done.removed for done in self.rounds) or any(
            self.original(path) in done.removed for done in self.rounds)

    def original(self, path: Path_) -> Path_:
        for done in reversed(self.rounds):
            path = done.original(path)
        return path

    def cut(self, paths: Iterable[tuple[Path_, str]]) -> bool:
        """Remove the list item around each error path, the misspelt key, or fill a missing
        field once; False if nothing changed. Each path comes with the error kind."""
        step = _Round()
        keys: list[Path_] = []
        fills: list[Path_] = []
        items: set[Path_] = set()
        for path, kind in paths:
            last_index = max((i for i, e in enumerate(path) if isinstance(e, int)), default=-1)
            if kind == "extra_forbidden" and path and path[-1] in ("answer", "answers") \
                    and last_index > 0:
                items.add(path[:last_index + 1])   # the answer was written in the wrong place
            elif kind == "extra_forbidden" and path:
                keys.append(path)
            elif kind == "missing" and path not in self._filled and len(path) >= 2:
                fills.append(path)
            elif last_index > 0:
                items.add(path[:last_index + 1])
            elif path and path[0] in ("lesson", "quiz"):
                self.dropped.add(str(path[0]))
        # an item inside another removed item goes with it
        # (looked up by prefix: comparing every pair took minutes for 40,000 bad items)
        items = {i for i in items if not any(i[:k] in items for k in range(1, len(i)))}
        for item in items:
            step.removed.setdefault(item[:-1], []).append(item[-1])  # type: ignore[arg-type]
        changed = False
        for path in keys:
            parent = _get(self.data, path[:-1])
            if isinstance(parent, dict) and path[-1] in parent:
                del parent[path[-1]]
                changed = True
        for path in fills:
            parent = _get(self.data, path[:-1])
            if isinstance(parent, dict) and path[-1] not in parent:
                parent[path[-1]] = "x"   # a stand-in so the rest of the mapping is checked
                self._filled.add(path)
                changed = True
        for list_path, indices in sorted(step.removed.items(), key=lambda kv: -len(kv[0])):
            found = _get(self.data, list_path)
            if isinstance(found, list):
                gone = {index for index in indices if 0 <= index < len(found)}
                if gone:  # one pass, not a `del` (a shift of the whole list) per item
                    found[:] = [x for index, x in enumerate(found) if index not in gone]
                    changed = True
        for part in self.dropped:
            if isinstance(self.data, dict) and self.data.pop(part, None) is not None:
                changed = True
        self.rounds.append(step)
        return changed


def _get(data: Any, path: Path_) -> Any:
    for element in path:
        try:
            data = data[element]
        except (KeyError, IndexError, TypeError):
            return None
    return data


class TranslatedDoc:
    """A YamlDocument seen through a Salvage: checks report the original lines."""

    def __init__(self, doc: YamlDocument, salvage: Salvage) -> None:
        self._doc, self.salvage = doc, salvage
        self.file, self.source = doc.file, doc.source

    @property
    def data(self) -> Any:
        return self.salvage.data

    def error(self, path: Path_, message: str, fix: str | None = None, *,
              key: bool = False) -> ContentError:
        return self._doc.error(self.salvage.original(path), message, fix, key=key)

    def mark(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        return self._doc.mark(self.salvage.original(path), key=key)

    def find_in_value(self, path: Path_, snippet: str) -> tuple[int, int] | None:
        return self._doc.find_in_value(self.salvage.original(path), snippet)


def salvage_model(doc: YamlDocument, first: ValidationError, model: type[BaseModel],
                  problem_paths: Any, report: Any) -> tuple[Any, Salvage | None]:
    """Cut the failing parts out and read the rest, up to MAX_ROUNDS times.

    `problem_paths(exc, data)` gives (data path, error kind) per error; `report(exc, doc)`
    turns a later round's errors into ContentErrors (already in original lines) and is called
    for each round after the first. Returns the parsed model (None if nothing was left) and
    the salvage that maps its paths back."""
    salvage = Salvage(doc.data)
    exc: ValidationError | None = first
    for _ in range(MAX_ROUNDS):
        assert exc is not None
        if not salvage.cut(problem_paths(exc, salvage.data)):
            return None, None
        if not salvage.data:
            return None, None
        try:
            return model.model_validate(salvage.data), salvage
        except ValidationError as again:
            report(again, TranslatedDoc(doc, salvage))
            exc = again
    return None, None
