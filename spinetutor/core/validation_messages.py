"""Turn pydantic ValidationErrors into located, plain-words ContentErrors.

pydantic reports ``('quiz', 'questions', 3, 'single_choice', 'options', 0, 'text')`` and
"Input should be a valid string"; an instructor needs ``file:12:9: 'text' is empty``. We walk
each error location through the data (skipping union labels) to find the YAML mark.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from spinetutor.core.content_types import REGION_PATTERN, SLUG_PATTERN, TARGET_PATTERN
from spinetutor.core.yaml_source import ContentError, Path_, YamlDocument

MAX_LISTED = 100  # problems listed per file; the rest are counted


class MoreProblems(ContentError):
    """The last line of a file's problems when more were found than are listed."""

    def __init__(self, last: ContentError, count: int) -> None:
        super().__init__(last.file, last.line, last.column,
                         f"{count} more problems in this file are not listed",
                         "fix the ones above and check again")
        self.count = count


def capped(problems: list[ContentError], unlisted: int = 0) -> list[ContentError]:
    """At most MAX_LISTED problems in file order, then one line counting the rest."""
    hidden = unlisted + sum(p.count for p in problems if isinstance(p, MoreProblems))
    unique = {p.format(): p for p in problems if not isinstance(p, MoreProblems)}
    ordered = sorted(unique.values(), key=lambda p: (p.line, p.column, p.message))
    hidden += max(0, len(ordered) - MAX_LISTED)
    ordered = ordered[:MAX_LISTED]
    if hidden and ordered:
        ordered.append(MoreProblems(ordered[-1], hidden))
    return ordered
_UNION_LABELS = frozenset({"str", "Source", "int", "bool"})


def _all_field_names(models: Iterable[type[BaseModel]]) -> frozenset[str]:
    names: set[str] = set()
    for model in models:
        names.update(model.model_fields)
    return frozenset(names)


def close_match(word: str, choices: Iterable[str]) -> str | None:
    """The nearest spelling among ``choices`` (difflib), or None."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    match = close_match(word, choices)
    return f"did you mean '{match}'?" if match else None


def data_path(loc: tuple[Any, ...], data: Any) -> Path_:
    """The path into the YAML data for a pydantic error location (union labels dropped)."""
    path: list[str | int] = []
    current = data
    for element in loc:
        if isinstance(current, dict):
            if element in current:
                current = current[element]
                path.append(element)
                continue
            if element == current.get("type") or element in _UNION_LABELS:
                continue
        elif isinstance(current, list) and isinstance(element, int) and element < len(current):
            current = current[element]
            path.append(element)
            continue
        elif isinstance(element, str) and element in _UNION_LABELS:
            continue
        path.append(element)
        current = None
    return tuple(path)


def _field(path: Path_) -> str:
    for element in reversed(path):
        if isinstance(element, str):
            return element
    return "value"


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _pattern_message(
    pattern: str, value: Any, name: str, suggest_target: Callable[[str], str | None]
) -> tuple[str, str | None]:
    if pattern == TARGET_PATTERN:
        return (
            f"{_shown(value)} is not an atlas target",
            suggest_target(str(value)) or "write it as kind:id, e.g. 'root:L5' or 'nerve:sural'",
        )
    if pattern == SLUG_PATTERN:
        return (
            f"'{name}' {_shown(value)} is not a valid id",
            "use lower-case letters, digits and '-', e.g. 'l5-root-to-foot'",
        )
    if pattern == REGION_PATTERN:
        return f"{_shown(value)} is not a region id", "e.g. 'dorsum_of_foot'"
    if "https?" in pattern:
        return f"{_shown(value)} is not a web address", "start it with https://"
    return f"'{name}' {_shown(value)} has the wrong form", None


def validation_errors(
    doc: YamlDocument,
    exc: ValidationError,
    models: Iterable[type[BaseModel]],
    suggest_target: Callable[[str], str | None] = lambda _: None,
) -> list[ContentError]:
    """One ContentError per pydantic error, deduplicated, in file order."""
    field_names = _all_field_names(models)
    problems: dict[str, ContentError] = {}
    unlisted = 0
    for error in exc.errors(include_url=False):
        if len(problems) >= MAX_LISTED:
            unlisted += 1  # nobody reads 40,000 lines, and each costs a suggestion
            continue
        kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
        raw_loc = tuple(error["loc"])
        if "str" in raw_loc and isinstance(value, dict | list) and kind == "string_type":
            continue  # the other union member (a mapping) explains it better
        path = data_path(raw_loc, doc.data)
        name = _field(path)
        key = False
        fix: str | None = None
        if kind == "missing":
            message, fix = f"missing '{name}'", f"add '{name}: ...'"
            path = path[:-1]
        elif kind == "extra_forbidden":
            key = True
            message = f"unknown field '{name}'"
            parent = doc.data
            for element in path[:-1]:
                parent = parent[element] if isinstance(parent, dict | list) else None
            if name in ("answer", "answers") and isinstance(parent, dict) and "options" in parent:
                fix = "mark the right option(s) with 'correct: true' instead"
            else:
                fix = did_you_mean(name, field_names - {name})
        elif kind == "union_tag_invalid":
            path = (*path, "type")
            tags = ctx.get("expected_tags", "").replace("'", "").split(", ")
            message = f"unknown question type {_shown(ctx.get('tag'))}"
            fix = did_you_mean(str(ctx.get("tag")), tags) or f"use one of {', '.join(tags)}"
        elif kind == "union_tag_not_found":
            message, fix = "this question has no 'type'", "add e.g. 'type: single_choice'"
        elif kind == "literal_error":
            expected = str(ctx.get("expected", "")).replace("'", "")
            message = f"'{name}' is {_shown(value)}, but must be one of {expected}"
            choices = [e.strip() for e in expected.replace(" or ", ", ").split(",")]
            fix = did_you_mean(str(value), choices)
        elif kind == "string_pattern_mismatch":
            message, fix = _pattern_message(ctx.get("pattern", ""), value, name, suggest_target)
        elif kind in ("int_parsing", "int_type", "int_from_float"):
            message = f"'{name}' must be a whole number, not {_shown(value)}"
        elif kind in ("bool_parsing", "bool_type"):
            message = f"'{name}' must be true or false, not {_shown(value)}"
        elif value is None and kind in ("string_type", "list_type", "model_type", "dict_type"):
            message, fix = f"'{name}' is empty", "write a value after the colon"
        elif kind == "string_type":
            message = f"'{name}' must be text, not {_shown(value)}"
            if isinstance(value, dict):
                fix = "put quotes around text that contains ': '"
        elif kind == "list_type":
            message = f"'{name}' must be a list, not {_shown(value)}"
            fix = "write each item on its own line starting with '- '"
        elif kind in ("model_type", "dict_type", "model_attributes_type"):
            message = f"'{name}' must be a mapping of fields (key: value), not {_shown(value)}"
        elif kind == "too_short":
            least = ctx.get("min_length", 1)
            message = f"'{name}' needs at least {least} item{'s' if least != 1 else ''}"
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            message = f"'{name}' is {_shown(value)}: {error['msg'].lower()}"
        elif kind == "value_error":
            message = str(error["msg"]).removeprefix("Value error, ")
        else:
            message = f"'{name}': {error['msg']}"
        problem = doc.error(path, message, fix, key=key)
        problems.setdefault(problem.format(), problem)
    return capped(list(problems.values()), unlisted)
