"""Find links, pictures and raw HTML in lesson Markdown in linear time.

The validator reads text from strangers, so nothing here may backtrack: a regex such as
``\\[(?:[^\\]\\\\]|\\\\.)*\\]\\(`` took 13 s on a 27 KB lesson of ``[`` characters. Each
scanner walks the text once (every character is looked at a bounded number of times), and
the regexes used only match runs that cannot overlap. It is a checker's approximation of
CommonMark, not a renderer: the app renders with markdown-it and shows pictures only through
``pack_pictures`` whatever this finds, so a miss here costs a message, never safety.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPECIAL = re.compile(r"[\\\[\]]")
_BACKTICKS = re.compile(r"`+")
_NOT_NEWLINE = re.compile(r"[^\n]")
# a complete tag: `[^<>]*` stops at the next '<', so each '<' scans only up to the next one
_HTML_TAG = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9-]*(?:[ \t\n][^<>]*)?/?>|/[A-Za-z][A-Za-z0-9-]*[ \t\n]*>|!--)")


@dataclass(frozen=True)
class Link:
    """A Markdown link or picture: its address as written and where the address starts."""

    image: bool
    url: str
    start: int


def code_masked(text: str) -> str:
    """``text`` with fenced code blocks and code spans blanked (same length, same lines).

    What sits in code is shown as typed, so it is neither a link nor HTML.
    """
    lines = text.split("\n")
    fence = ""
    for index, line in enumerate(lines):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not fence:
            if indent <= 3 and stripped[:3] in ("```", "~~~"):
                fence = stripped[: len(stripped) - len(stripped.lstrip(stripped[0]))]
                lines[index] = " " * len(line)
        else:
            if indent <= 3 and stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            lines[index] = " " * len(line)
    text = "\n".join(lines)
    if "`" not in text:
        return text
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):  # the next run of the same length, found once
        length = runs[k][1] - runs[k][0]
        following[k] = last.get(length)
        last[length] = k
    pieces: list[str] = []
    position = k = 0
    while k < len(runs):
        closing = following[k]
        if closing is None:
            k += 1
            continue
        start, end = runs[k][0], runs[closing][1]
        pieces.append(text[position:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        position, k = end, closing + 1
    pieces.append(text[position:])
    return "".join(pieces)


def html_tags(masked: str) -> Iterator[re.Match[str]]:
    """Raw HTML tags and comments outside code (pass ``code_masked`` text)."""
    if "<" in masked:
        yield from _HTML_TAG.finditer(masked)


def links(masked: str) -> Iterator[Link]:
    """Inline links and pictures ``[text](url)`` / ``![alt](url)`` outside code, in order.

    One pass: '[' positions go on a stack, a ']' followed by '(' closes the innermost one,
    and scanning resumes after the address (so no character is read twice).
    """
    opened: list[bool] = []  # per unclosed '[': is it a picture's '!['?
    position, size = 0, len(masked)
    search = _SPECIAL.search
    while True:
        match = search(masked, position)
        if match is None:
            return
        index = match.start()
        char = masked[index]
        position = index + 1
        if char == "\\":
            position = index + 2
        elif char == "[":
            opened.append(index > 0 and masked[index - 1] == "!")
        elif opened:
            image = opened.pop()
            if position < size and masked[position] == "(":
                url, start, position = _destination(masked, position + 1)
                yield Link(image, url, start)
                if not image:
                    opened.clear()  # links do not nest: an outer '[' is plain text now


def _destination(text: str, index: int) -> tuple[str, int, int]:
    """The address after '(' (``<...>`` or bare, balanced parentheses); its start; the end."""
    size = len(text)
    while index < size and text[index] in " \t":
        index += 1
    if index < size and text[index] == "\n":
        index += 1
        while index < size and text[index] in " \t":
            index += 1
    start = index
    if index < size and text[index] == "<":
        end = index + 1
        while end < size and text[end] not in ">\n":
            end += 2 if text[end] == "\\" else 1
        end = min(end, size)
        return text[index + 1:end], index + 1, end + 1
    depth, end = 0, index
    while end < size:
        char = text[end]
        if char in " \t\n" or ord(char) < 32:
            break
        if char == "\\":
            end += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        end += 1
    end = min(end, size)
    return text[start:end], start, end


def reference_urls(masked: str) -> Iterator[tuple[str, int]]:
    """Link reference definitions ``[label]: url`` (one per line), with the url's offset."""
    offset = 0
    for line in masked.split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if indent <= 3 and stripped.startswith("["):
            close = stripped.find("]")
            if close > 1 and stripped[close + 1:close + 2] == ":":
                rest = stripped[close + 2:]
                url = rest.strip().split(" ", 1)[0].split("\t", 1)[0]
                if url.startswith("<"):
                    url = url[1:].split(">", 1)[0]
                if url:
                    yield url, offset + indent + close + 2 + rest.find(url)
        offset += len(line) + 1
