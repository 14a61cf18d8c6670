"""CSV export of one learner's results and a class summary built from several learners' CSVs.

A teacher collects the files from each computer; nothing needs a network. Reading is strict and
names the file and line of any bad row, because a silently skipped row skews the summary.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from spinetutor.core.atomic_write import atomic_write_text
from spinetutor.core.progress_errors import ProgressCsvError

COLUMNS = ("profile", "question_id", "correct", "score", "answered_at")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


def write_answers_csv(answers: Iterable, path: Path) -> Path:
    """Write answers (``progress.Answer``) with the fixed COLUMNS, atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for answer in answers:
        writer.writerow(
            (
                answer.profile,
                answer.question_id,
                "true" if answer.correct else "false",
                f"{answer.score:g}",
                answer.answered_at.isoformat(),
            )
        )
    atomic_write_text(path, buffer.getvalue())
    return path


@dataclass(frozen=True)
class CsvAnswer:
    profile: str
    question_id: str
    correct: bool
    score: float
    answered_at: datetime


def read_answers_csv(path: Path) -> list[CsvAnswer]:
    """Parse one results CSV; raise ProgressCsvError(file, line, problem) on anything odd."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ProgressCsvError(name, 0, f"cannot be read ({error})") from error
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise ProgressCsvError(name, 1, "the file is empty; expected a header row") from None
    if tuple(h.strip() for h in header) != COLUMNS:
        raise ProgressCsvError(name, 1, f"expected the header {','.join(COLUMNS)}")
    rows: list[CsvAnswer] = []
    for fields in reader:
        line = reader.line_num
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(COLUMNS):
            raise ProgressCsvError(name, line, f"expected 5 values, found {len(fields)}")
        profile, question_id, correct_text, score_text, at_text = (f.strip() for f in fields)
        if not question_id:
            raise ProgressCsvError(name, line, "question_id is empty")
        flag = correct_text.lower()
        if flag not in _TRUE | _FALSE:
            raise ProgressCsvError(name, line, f"correct must be true or false, not {flag!r}")
        try:
            score = float(score_text)
        except ValueError:
            raise ProgressCsvError(name, line, f"score {score_text!r} is not a number") from None
        if not 0.0 <= score <= 1.0:
            raise ProgressCsvError(name, line, f"score {score} is not between 0 and 1")
        try:
            at = datetime.fromisoformat(at_text)
        except ValueError:
            raise ProgressCsvError(name, line, f"answered_at {at_text!r} is not a date") from None
        rows.append(CsvAnswer(profile, question_id, flag in _TRUE, score, at))
    return rows


@dataclass(frozen=True)
class ItemSummary:
    """Class results for one question or tag; accuracy is the mean score (partial credit)."""

    key: str
    attempts: int
    learners: int
    accuracy: float
    misses: int


@dataclass(frozen=True)
class ClassSummary:
    learners: tuple[str, ...]
    per_question: dict[str, ItemSummary]
    per_tag: dict[str, ItemSummary]
    most_missed: tuple[ItemSummary, ...]
    per_learner: dict[str, ItemSummary] = field(default_factory=dict)


def _summarise(key: str, rows: list[CsvAnswer]) -> ItemSummary:
    return ItemSummary(
        key,
        len(rows),
        len({r.profile for r in rows}),
        sum(r.score for r in rows) / len(rows),
        sum(1 for r in rows if not r.correct),
    )


def class_summary(
    paths: Sequence[str | Path],
    question_tags: Mapping[str, Iterable[str]] | None = None,
    most_missed: int = 10,
) -> ClassSummary:
    """Per-question and per-tag accuracy over several learners' CSVs, most missed first."""
    rows = [row for path in paths for row in read_answers_csv(Path(path))]
    return summarise_rows(rows, question_tags, most_missed)


def summarise_rows(
    rows: Iterable[CsvAnswer],
    question_tags: Mapping[str, Iterable[str]] | None = None,
    most_missed: int = 10,
) -> ClassSummary:
    """The class summary of answer rows from any source (CSV files, an LRS)."""
    tags = {q: tuple(t) for q, t in (question_tags or {}).items()}
    by_question: dict[str, list[CsvAnswer]] = defaultdict(list)
    by_tag: dict[str, list[CsvAnswer]] = defaultdict(list)
    by_learner: dict[str, list[CsvAnswer]] = defaultdict(list)
    for row in rows:
        by_learner[row.profile].append(row)
        by_question[row.question_id].append(row)
        for tag in tags.get(row.question_id, ()):
            by_tag[tag].append(row)
    per_question = {q: _summarise(q, rs) for q, rs in sorted(by_question.items())}
    per_tag = {t: _summarise(t, rs) for t, rs in sorted(by_tag.items())}
    per_learner = {name: _summarise(name, rs) for name, rs in sorted(by_learner.items())}
    missed = sorted(
        (s for s in per_question.values() if s.misses),
        key=lambda s: (-s.misses, s.accuracy, s.key),
    )
    return ClassSummary(tuple(sorted(by_learner)), per_question, per_tag,
                        tuple(missed[:most_missed]), per_learner)


def summary_csv(summary: ClassSummary) -> str:
    """The class summary as one CSV an instructor can open in a spreadsheet: one row per
    question, per root or topic and per learner, with attempts, learners, accuracy, misses."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["view", "key", "answers", "learners", "right_percent", "missed"])
    for view, items in (("question", summary.per_question), ("root_or_topic", summary.per_tag),
                        ("learner", summary.per_learner)):
        for key, item in items.items():
            writer.writerow([view, key, item.attempts, item.learners,
                             f"{item.accuracy * 100:.1f}", item.misses])
    return out.getvalue()
