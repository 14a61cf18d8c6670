"""One class question opened to the room's phones: what a phone may answer, and the counts.

A poll keeps nothing about who answered, only how many chose each bar. Plate questions are
answered by tapping a picture of the plate; the picture comes with a ``TapMap`` (made by the
app from the plate geometry when the question is opened), so a tap at a fraction of the
picture's width and height maps back to the structure drawn there without Qt.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spinetutor.core.classroom_words import words
from spinetutor.core.quizzes import (
    CaseVignette,
    ClickDiagram,
    MarkRegions,
    MultipleChoice,
    OrderPathway,
    Question,
    TrueFalse,
    display_order,
)

MAX_MARKS = 12   # taps a phone may send for a "mark every region" question


class InvalidChoice(ValueError):
    """A phone sent an answer that does not fit the question; ``code`` names the reason."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class TapMap:
    """Which structure is drawn in each cell of a cols x rows grid over the picture.

    ``cells`` holds, row by row, 0 for nothing or 1 + the index of the cell's target.
    """

    cols: int
    rows: int
    targets: tuple[str, ...]
    cells: tuple[int, ...]

    def __post_init__(self) -> None:
        if self.cols < 1 or self.rows < 1 or len(self.cells) != self.cols * self.rows:
            raise ValueError("a tap map needs cols * rows cells")
        if any(not 0 <= c <= len(self.targets) for c in self.cells):
            raise ValueError("a tap map cell names a target it does not list")

    def target_at(self, x: float, y: float) -> str:
        """The target under the point (x, y), fractions of the width and height; '' if none."""
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            return ""
        col = min(int(x * self.cols), self.cols - 1)
        row = min(int(y * self.rows), self.rows - 1)
        cell = self.cells[row * self.cols + col]
        return self.targets[cell - 1] if cell else ""


@dataclass(frozen=True)
class PollOption:
    key: str
    label: str
    correct: bool


@dataclass
class Poll:
    """The question the phones see and the live counts (safe to call from many threads).

    kind: "one" (pick one option), "many" (pick all that apply), "order" (tap the items in
    order), "tap" (tap one structure on the picture), "marks" (tap every region that belongs).
    """

    question_id: str
    kind: str
    prompt: str                       # Markdown, as the author wrote it
    case: str = ""
    findings: tuple[str, ...] = ()
    options: tuple[PollOption, ...] = ()
    picture_png: bytes = b""
    tap_map: TapMap | None = None
    correct_bars: frozenset[str] = frozenset()
    bar_labels: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _respondents: int = field(default=0, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    # ---- answering ----------------------------------------------------------------
    def bars_for(self, choice: Any) -> tuple[str, ...]:
        """The bars one phone's `choice` adds to; raises InvalidChoice when it does not fit."""
        keys = {o.key for o in self.options}
        if self.kind == "one":
            if not isinstance(choice, str) or choice not in keys:
                raise InvalidChoice("bad_choice")
            return (choice,)
        if self.kind == "many":
            chosen = _distinct_strings(choice, len(keys))
            if not chosen or not set(chosen) <= keys:
                raise InvalidChoice("bad_choice")
            return tuple(chosen)
        if self.kind == "order":
            order = _distinct_strings(choice, len(keys))
            if set(order) != keys or len(order) != len(keys):
                raise InvalidChoice("bad_choice")
            right = [o.key for o in sorted(self.options, key=lambda o: int(o.key))]
            return ("right" if order == right else "other",)
        if self.tap_map is None:
            raise InvalidChoice("bad_choice")
        points = [choice] if self.kind == "tap" else choice
        if not isinstance(points, list) or not 1 <= len(points) <= MAX_MARKS:
            raise InvalidChoice("bad_choice")
        found: list[str] = []
        for point in points:
            target = self.tap_map.target_at(*_point(point))
            if not target:
                raise InvalidChoice("not_on_structure")
            if target not in found:
                found.append(target)
        return tuple(found)

    def record(self, choice: Any) -> tuple[str, ...]:
        """Count one phone's answer; returns the bars it added to."""
        bars = self.bars_for(choice)
        with self._lock:
            for bar in bars:
                self._counts[bar] = self._counts.get(bar, 0) + 1
            self._respondents += 1
        return bars

    # ---- results ------------------------------------------------------------------
    def counts(self) -> tuple[int, dict[str, int]]:
        """(how many phones answered, answers per bar), a consistent snapshot."""
        with self._lock:
            return self._respondents, dict(self._counts)

    def bars(self, reveal: bool = True) -> list[tuple[str, str, int, bool]]:
        """(key, label, count, correct) for the chart: every option in order; for plate
        questions every structure tapped, most tapped first, and once `reveal`ed the right
        structures first (so the order of the bars never gives the answer away)."""
        _n, counts = self.counts()
        if self.options and self.kind != "order":
            keys = [o.key for o in self.options]
        elif self.kind == "order":
            keys = ["right", "other"]
        else:
            first = sorted(self.correct_bars) if reveal else []
            keys = first + sorted((k for k in counts if k not in first),
                                  key=lambda k: (-counts[k], k))
        return [(k, self.bar_labels.get(k, k), counts.get(k, 0), k in self.correct_bars)
                for k in keys]

    def results(self) -> dict[str, Any]:
        respondents, _ = self.counts()
        return {"question": self.question_id, "respondents": respondents,
                "bars": [{"key": k, "label": label, "count": n, "correct": right}
                         for k, label, n, right in self.bars()]}


def _distinct_strings(value: Any, most: int) -> list[str]:
    if (not isinstance(value, list) or len(value) > most
            or not all(isinstance(v, str) for v in value) or len(set(value)) != len(value)):
        raise InvalidChoice("bad_choice")
    return value


def _point(value: Any) -> tuple[float, float]:
    if isinstance(value, dict):
        value = [value.get("x"), value.get("y")]
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
            or not all(math.isfinite(v) for v in value)):
        raise InvalidChoice("bad_choice")
    return float(value[0]), float(value[1])


def is_plate_question(question: Question) -> bool:
    return isinstance(question, ClickDiagram | MarkRegions)


def poll_for(question: Question, name_of: Callable[[str], str], language: str = "en",
             picture_png: bytes = b"", tap_map: TapMap | None = None) -> Poll:
    """The poll for `question`; `name_of` names a target (the atlas, in `language`).

    Plate questions need the picture and its tap map (ValueError without them).
    """
    w = words(language)
    common: dict[str, Any] = {"question_id": question.id, "prompt": question.prompt}
    if is_plate_question(question):
        if tap_map is None or not picture_png:
            raise ValueError(f"question '{question.id}' is answered on the plate: "
                             "it needs the plate picture and its tap map")
        if isinstance(question, ClickDiagram):
            kind, right = "tap", frozenset(question.accepted)
        else:
            kind = "marks"
            right = frozenset(r if r.startswith("region:") else f"region:{r}"
                              for r in question.expected)
        labels = {t: _name(name_of, t) for t in set(tap_map.targets) | right}
        return Poll(kind=kind, picture_png=picture_png, tap_map=tap_map, correct_bars=right,
                    bar_labels=labels, **common)
    if isinstance(question, TrueFalse):
        options = (PollOption("true", w["true"], question.answer),
                   PollOption("false", w["false"], not question.answer))
        return _choice_poll("one", options, common)
    if isinstance(question, OrderPathway):
        shown = display_order(question, random.Random(question.id), False)
        index = {item: str(i) for i, item in enumerate(question.items)}
        options = tuple(PollOption(index[item], item, False) for item in shown)
        return Poll(kind="order", options=options, correct_bars=frozenset({"right"}),
                    bar_labels={"right": w["right_order"], "other": w["other_order"]}, **common)
    by_id = {o.id: o for o in question.options}
    order = display_order(question, random.Random(question.id), False)
    options = tuple(
        PollOption(oid, by_id[oid].text or _name(name_of, getattr(by_id[oid], "lesion", "")),
                   by_id[oid].correct) for oid in order)
    if isinstance(question, CaseVignette):
        common.update(case=question.case, findings=tuple(question.findings))
    return _choice_poll("many" if isinstance(question, MultipleChoice) else "one", options,
                        common)


def _choice_poll(kind: str, options: tuple[PollOption, ...], common: dict[str, Any]) -> Poll:
    return Poll(kind=kind, options=options,
                correct_bars=frozenset(o.key for o in options if o.correct),
                bar_labels={o.key: o.label for o in options}, **common)


def _name(name_of: Callable[[str], str], target: str) -> str:
    try:
        return name_of(target)
    except (KeyError, ValueError):
        return target
