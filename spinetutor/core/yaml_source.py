"""Strict, safe YAML for hand-written content, keeping the line and column of every value.

Why not ``yaml.safe_load``: it accepts duplicate keys, turns ``NO`` into False and ``012`` into
10, expands alias bombs and crashes on deep nesting without a line. Here we compose plain Python
data from the parser's *events* ourselves (libyaml's C parser when present, else the pure-Python
one), so every check sees every event:

* aliases and anchors, duplicate keys, non-standard tags (``!!python/...``, ``!custom``),
  nesting deeper than ``MAX_DEPTH``, files over ``MAX_BYTES`` (checked before parsing), invalid
  UTF-8 and YAML syntax errors are refused with a ``ContentError`` naming file:line:column;
* plain scalars stay raw strings (only ``null``/``~``/empty become None). Turning ``"10"`` into
  an int or ``"yes"`` into a bool is left to the schema (pydantic), so text stays text.

Speed: keeping a mark per value costs about a sixth of the parse, and only files with a problem
need marks, so files are first composed without them and parsed again with them on demand.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from spinetutor.core.tree_cache import MISSING, TreeCache
from spinetutor.core.yaml_explain import plain_syntax_error

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 20
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_STD_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
try:  # libyaml's parser alone: the loaders' constructor and resolver set-up is not needed
    from yaml.cyaml import CParser as _Loader
except ImportError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader  # type: ignore[assignment,misc]

Path_ = tuple[str | int, ...]


# Line breaks and control characters shown as escapes: a problem is always one line
_ESCAPES = {code: f"\\x{code:02x}" for code in [*range(32), *range(0x7F, 0xA0)]}
_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
                 0x2028: "\\u2028", 0x2029: "\\u2029"})
# What YAML refuses (its printable set, plus NEL and the Unicode line separators that YAML
# counts as line breaks but editors do not, which would shift every line number after them)
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
                          "\ud800-\udfff\ufffe\uffff]")


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters written as escapes (``\\x0b``)."""
    return text.translate(_ESCAPES)


class ContentError(Exception):
    """A problem in a content file, located for a human: ``file:line:column: message``."""

    def __init__(
        self, file: str, line: int, column: int, message: str, fix: str | None = None
    ) -> None:
        message = one_line(message)
        super().__init__(message)
        self.file, self.line, self.column = one_line(str(file)), line, column
        self.message, self.fix = message, fix and one_line(fix)

    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def format(self) -> str:
        text = f"{self.location()}: {self.message}"
        return f"{text}; {self.fix}" if self.fix else text

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"ContentError({self.format()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ContentError) and self.format() == other.format()

    def __hash__(self) -> int:
        return hash(self.format())


@dataclass
class YamlDocument:
    """Plain data from one file plus where each value (and each mapping key) starts.

    ``mark(path)`` gives the 1-based (line, column) of the value at ``path``, e.g.
    ``("quiz", "questions", 3, "answer")``; ``mark(path, key=True)`` where its key is written.
    Marks are only needed to report a problem, so a clean file is parsed without them and the
    first ``mark`` call parses the source again with marks (speed: most files never need one).
    """

    file: str
    data: Any
    source: str
    _marks: dict[Path_, Any] | None = field(default=None, repr=False)
    _key_marks: dict[Path_, Any] = field(default_factory=dict, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def _raw_mark(self, path: Path_, key: bool) -> Any:
        if self._marks is None:
            self._load_marks()
        marks, key_marks = self._marks, self._key_marks
        assert marks is not None
        path = tuple(path)
        while True:
            if key and path in key_marks:
                return key_marks[path]
            if path in marks:
                return marks[path]
            if not path:
                return None
            path = path[:-1]

    def _load_marks(self) -> None:
        """Parse the source again, this time keeping where every key and value starts."""
        marked = YamlDocument(self.file, None, self.source, {})
        with contextlib.suppress(ContentError):  # cannot happen: this document parsed before
            _compose_with_marks(marked)
        self._marks, self._key_marks = marked._marks, marked._key_marks

    def mark(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The (line, column) of ``path`` or of its nearest ancestor that has one."""
        raw = self._raw_mark(path, key)
        return (raw.line + 1, raw.column + 1) if raw is not None else (1, 1)

    def error(
        self, path: Path_, message: str, fix: str | None = None, *, key: bool = False
    ) -> ContentError:
        line, column = self.mark(path, key=key)
        return ContentError(self.file, line, column, message, fix)

    def find_in_value(self, path: Path_, snippet: str) -> tuple[int, int]:
        """Where ``snippet`` first appears in the source at or after the value at ``path``.

        Used to name the exact line of, say, raw HTML inside a multi-line Markdown block.
        """
        raw = self._raw_mark(path, False)
        if raw is not None:
            # libyaml's mark.index counts bytes, not characters: go by line and column instead
            if self._line_starts is None:
                self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.source)]
            starts = self._line_starts
            begin = starts[raw.line] + raw.column if raw.line < len(starts) else 0
            index = self.source.find(snippet, begin)
            if index >= 0:
                line = self.source.count("\n", 0, index) + 1
                column = index - (self.source.rfind("\n", 0, index) + 1) + 1
                return (line, column)
        return self.mark(path)


def load_yaml_file(path: str | Path, display_name: str | None = None,
                   trees: TreeCache | None = None) -> YamlDocument:
    """Read, size-check, decode and strictly parse one YAML file; with `trees`, the data of
    bytes parsed before comes from there and a clean parse is added to it."""
    name = display_name or str(path)
    try:
        with open(path, "rb") as handle:
            # read(MAX_BYTES + 1) alone would allocate 1 MiB per file: ask for the stat size
            size = os.fstat(handle.fileno()).st_size
            raw = handle.read(min(size, MAX_BYTES) + 1) if size else b""
            if not size or len(raw) > size:  # no size (a pipe) or the file grew: read on
                raw += handle.read(MAX_BYTES + 1 - len(raw))
    except OSError as exc:
        raise ContentError(name, 1, 1, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise ContentError(
            name, 1, 1, f"file is larger than {MAX_BYTES // 1024} KiB",
            "split it into several lesson files",
        )
    if trees is None:
        return load_yaml_bytes(raw, name)
    key = trees.key(raw)
    data = trees.get(key)
    if data is MISSING:
        doc = load_yaml_bytes(raw, name)
        trees.put(key, doc.data)
        return doc
    return YamlDocument(file=name, data=data, source=raw.decode("utf-8-sig"))


def load_yaml_bytes(raw: bytes, name: str) -> YamlDocument:
    """Decode UTF-8 (naming the line of a bad byte) and parse."""
    if len(raw) > MAX_BYTES:
        raise ContentError(name, 1, 1, f"file is larger than {MAX_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        raise ContentError(
            name, line, column, f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
            "save the file as UTF-8 in your editor",
        ) from None
    return load_yaml_text(text, name)


def load_yaml_text(text: str, name: str) -> YamlDocument:
    """Parse one YAML document from text into plain data (marks are found when first asked).

    The quick composer handles what clean lesson files hold; anything it does not accept
    (a syntax error, a tag, an anchor, a duplicate key...) is parsed again by the marking
    composer, which refuses it with its line and column, or accepts it (a standard tag).
    """
    bad = _UNPRINTABLE.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        code = ord(bad.group())
        raise ContentError(
            name, line, column,
            f"the file holds an invisible character (U+{code:04X}) that YAML does not allow",
            "delete it (it is invisible in most editors) or retype the text around it")
    doc = YamlDocument(file=name, data=None, source=text)
    loader = _Loader(text)
    try:
        doc.data = _QuickComposer(loader.get_event).run()
    except (_NotQuick, yaml.YAMLError):
        doc._marks = {}
        _compose_with_marks(doc)
    finally:
        loader.dispose()
    return doc


def _compose_with_marks(doc: YamlDocument) -> None:
    """Fill ``doc.data`` and its marks from ``doc.source``; ContentError for anything refused."""
    loader = _Loader(doc.source)
    try:
        _Composer(doc, loader.get_event).run()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in problem:
            # libyaml (PyYAML >= 6.0.3) stops very deep flow nesting ('[[[[...') while scanning,
            # before this composer sees the 21st level: the same limit, in the app's own words.
            raise ContentError(doc.file, line, column, _TOO_DEEP, _TOO_DEEP_FIX) from None
        context = f" {exc.context}" if exc.context and exc.problem else ""
        message, fix = plain_syntax_error(doc.source, line, f"{problem}{context}")
        raise ContentError(doc.file, line, column, message, fix) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)  # a reader error counts characters
        line = column = 1
        if isinstance(position, int) and 0 <= position <= len(doc.source):
            line = doc.source.count("\n", 0, position) + 1
            column = position - (doc.source.rfind("\n", 0, position) + 1) + 1
        problem = getattr(exc, "reason", None) or str(exc).split("\n", 1)[0]
        raise ContentError(doc.file, line, column, f"YAML error: {problem}") from None
    finally:
        loader.dispose()


_TOO_DEEP = f"nesting is deeper than {MAX_DEPTH} levels"
_TOO_DEEP_FIX = "a lesson never needs this much nesting; check the indentation"
_Scalar, _SeqStart, _SeqEnd = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MapStart, _MapEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_PLAIN_STYLES = (None, "")


class _Composer:
    """Builds dicts/lists/strings from parser events, refusing anything unsafe or ambiguous.

    Keeps every value's and key's raw parser mark. This is the reference: ``_QuickComposer``
    hands it every file it does not accept, and it runs again when marks are first needed.
    """

    def __init__(self, doc: YamlDocument, get_event: Callable[[], yaml.Event]) -> None:
        self.doc = doc
        self.get_event = get_event
        assert doc._marks is not None
        self.marks = doc._marks
        self.key_marks = doc._key_marks

    def fail(self, event: yaml.Event, message: str, fix: str | None = None) -> ContentError:
        mark = event.start_mark
        return ContentError(self.doc.file, mark.line + 1, mark.column + 1, message, fix)

    def run(self) -> None:
        documents = 0
        while True:
            event = self.get_event()
            kind = type(event)
            if kind is yaml.StreamEndEvent:
                return
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(
                        event, "the file holds more than one YAML document",
                        "remove the extra '---' line or move the rest to its own file",
                    )
            elif isinstance(event, yaml.NodeEvent):
                self.doc.data = self.node(event, (), 1)

    def refuse(self, event: yaml.NodeEvent) -> None:
        """Raise for an alias, anchor or non-standard tag on ``event`` (if it has one)."""
        if type(event) is yaml.AliasEvent:
            raise self.fail(
                event, f"YAML aliases ('*{event.anchor}') are not allowed",
                "write the value out in full",
            )
        if event.anchor is not None:
            raise self.fail(
                event, f"YAML anchors ('&{event.anchor}') are not allowed",
                "remove the anchor and write values out in full",
            )
        tag = event.tag
        if tag is not None and tag not in _STD_TAGS and tag != "!":
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise self.fail(
                event, f"YAML tag '{shown}' is not allowed",
                "remove the tag and write a plain value",
            )

    def node(self, event: yaml.Event, path: Path_, depth: int) -> Any:
        if event.anchor is not None or event.tag is not None or type(event) is yaml.AliasEvent:
            self.refuse(event)
        self.marks[path] = event.start_mark
        kind = type(event)
        if kind is _Scalar:
            value = event.value
            if event.style in _PLAIN_STYLES and event.implicit[0]:
                return None if value in _NULLS else value
            return None if event.tag == "tag:yaml.org,2002:null" else value
        if depth > MAX_DEPTH:
            raise self.fail(event, _TOO_DEEP, _TOO_DEEP_FIX)
        if kind is _SeqStart:
            return self.sequence(path, depth)
        if kind is _MapStart:
            return self.mapping(path, depth)
        raise self.fail(event, "unexpected YAML content")

    def sequence(self, path: Path_, depth: int) -> list[Any]:
        items: list[Any] = []
        get_event, node, marks = self.get_event, self.node, self.marks
        depth += 1
        while True:
            event = get_event()
            kind = type(event)
            if kind is _SeqEnd:
                return items
            item_path = (*path, len(items))
            if kind is _Scalar and event.tag is None and event.anchor is None:
                marks[item_path] = event.start_mark  # inlined plain/quoted scalar: hot path
                value = event.value
                if event.style in _PLAIN_STYLES and value in _NULLS:
                    value = None
                items.append(value)
            else:
                items.append(node(event, item_path, depth))

    def mapping(self, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        get_event, node, marks, key_marks = self.get_event, self.node, self.marks, self.key_marks
        depth += 1
        while True:
            key_event = get_event()
            kind = type(key_event)
            if kind is _MapEnd:
                return result
            if kind is not _Scalar or key_event.anchor is not None or key_event.tag is not None:
                self.refuse(key_event)
                raise self.fail(key_event, "a key must be a plain word, not a list or mapping")
            key = key_event.value
            key_path = (*path, key)
            if key in result:
                first_line = key_marks[key_path].line + 1
                raise self.fail(
                    key_event, f"duplicate key '{key}' (first given on line {first_line})",
                    "keep one of them",
                )
            key_marks[key_path] = key_event.start_mark
            event = get_event()
            if type(event) is _Scalar and event.tag is None and event.anchor is None:
                marks[key_path] = event.start_mark  # inlined plain/quoted scalar: hot path
                value = event.value
                if event.style in _PLAIN_STYLES and value in _NULLS:
                    value = None
                result[key] = value
            else:
                result[key] = node(event, key_path, depth)


class _NotQuick(Exception):
    """The quick composer met something only the marking composer may judge."""


class _QuickComposer:
    """Plain data from parser events with no marks: the hot path of loading a pack.

    It accepts exactly the untagged, anchor-free, duplicate-free documents within
    ``MAX_DEPTH`` (which ``_Composer`` turns into the same data) and raises ``_NotQuick`` for
    anything else, so every refusal and its message stay in ``_Composer``.
    """

    def __init__(self, get_event: Callable[[], yaml.Event]) -> None:
        self.get_event = get_event

    def run(self) -> Any:
        get_event = self.get_event
        if type(get_event()) is not yaml.StreamStartEvent:
            raise _NotQuick
        event = get_event()
        if type(event) is yaml.StreamEndEvent:
            return None
        if type(event) is not yaml.DocumentStartEvent:
            raise _NotQuick
        data = self.node(get_event(), 1)
        if type(get_event()) is not yaml.DocumentEndEvent:
            raise _NotQuick
        if type(get_event()) is not yaml.StreamEndEvent:
            raise _NotQuick  # a second document
        return data

    def node(self, event: yaml.Event, depth: int) -> Any:
        kind = type(event)
        if kind is _Scalar:
            if event.tag is not None or event.anchor is not None:
                raise _NotQuick
            value = event.value
            return None if not event.style and value in _NULLS else value
        if depth > MAX_DEPTH or kind not in _QUICK_COLLECTIONS:
            raise _NotQuick
        if event.tag is not None or event.anchor is not None:
            raise _NotQuick
        return self.sequence(depth) if kind is _SeqStart else self.mapping(depth)

    def sequence(self, depth: int) -> list[Any]:
        items: list[Any] = []
        get_event, node = self.get_event, self.node
        depth += 1
        while True:
            event = get_event()
            kind = type(event)
            if kind is _SeqEnd:
                return items
            if kind is _Scalar and event.tag is None and event.anchor is None:
                value = event.value
                items.append(None if not event.style and value in _NULLS else value)
            else:
                items.append(node(event, depth))

    def mapping(self, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        get_event, node = self.get_event, self.node
        depth += 1
        while True:
            key_event = get_event()
            kind = type(key_event)
            if kind is _MapEnd:
                return result
            if kind is not _Scalar or key_event.tag is not None or key_event.anchor is not None:
                raise _NotQuick
            key = key_event.value
            if key in result:
                raise _NotQuick
            event = get_event()
            if type(event) is _Scalar and event.tag is None and event.anchor is None:
                value = event.value
                result[key] = None if not event.style and value in _NULLS else value
            else:
                result[key] = node(event, depth)


_QUICK_COLLECTIONS = (_SeqStart, _MapStart)
