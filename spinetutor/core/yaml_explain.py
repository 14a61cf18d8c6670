"""Plain words for YAML syntax errors: what is wrong with the indentation, and how to fix it.

PyYAML says "mapping values are not allowed in this context" or "did not find expected '-'
indicator"; an instructor needs "line 4 starts 1 space further in than the line above". This
looks at the lines around the error and names the usual causes: a tab, a line indented
differently from its neighbours, or text containing ': ' without quotes.
"""

from __future__ import annotations

_GENERIC_FIX = "check indentation, colons and quotes on this line or the one above"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content_lines(lines: list[str], before: int) -> list[int]:
    """Indices of non-blank, non-comment lines above line index `before`, nearest first."""
    return [i for i in range(before - 1, -1, -1)
            if lines[i].strip() and not lines[i].lstrip().startswith("#")]


def _spaces(n: int) -> str:
    return f"{n} space{'s' if n != 1 else ''}"


def explain(source: str, line: int, problem: str) -> tuple[str, str] | None:
    """(message, fix) in plain words for a syntax error at 1-based `line`, or None."""
    lines = source.splitlines()
    if not lines:
        return None
    here = max(0, min(line - 1, len(lines) - 1))
    for number, text in enumerate(lines[: here + 1], start=1):
        if "\t" in text[: len(text) - len(text.lstrip())]:
            return (f"line {number} is indented with a tab",
                    "YAML needs spaces for indentation: replace the tab with spaces")
    text = lines[here]
    above = _content_lines(lines, here)
    if not text.strip() or not above:
        return None
    prev = lines[above[0]]
    col, prev_col = _indent(text), _indent(prev)
    prev_opens = prev.rstrip().endswith(":") or prev.lstrip().startswith("- ") and \
        prev.rstrip().endswith(":")
    if "mapping values are not allowed" in problem:
        if col > prev_col and not prev_opens:
            return (f"line {line} starts {_spaces(col - prev_col)} further in than the line "
                    f"above, which does not open a block",
                    f"start it in column {prev_col + 1}, like the line above (or end the line "
                    f"above with ':' if this line belongs under it)")
        return (f"line {line} holds text with ': ' in it, which YAML reads as a new field",
                "put the whole text in quotes, or use '|' and write the text on the next lines")
    if "expected '-' indicator" in problem or "expected <block end>" in problem:
        columns = sorted({_indent(lines[i]) for i in above[:12]})
        nearest = min(columns, key=lambda c: (abs(c - col), c != prev_col))
        return (f"line {line} starts in column {col + 1}, which lines up with no block above "
                f"(the lines above start in column {', '.join(str(c + 1) for c in columns)})",
                f"indent it like the lines it belongs with, e.g. column {nearest + 1}")
    if "could not find expected ':'" in problem:
        return (f"line {line} or the one above is a field without ':', or a text broken "
                "over lines without quotes",
                "write 'name: value', or quote the text, or use '|' for several lines")
    return None


def plain_syntax_error(source: str, line: int, problem: str) -> tuple[str, str]:
    """The message and fix shown for a YAML syntax error."""
    found = explain(source, line, problem)
    if found is not None:
        return found[0], f"{found[1]} (YAML said: {problem})"
    return f"YAML syntax error: {problem}", _GENERIC_FIX
