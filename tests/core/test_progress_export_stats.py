"""Teachers can export results and summarise a class; learners see honest dashboard numbers."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from spinetutor.core import progress_stats as stats
from spinetutor.core.progress import ProgressStore, class_summary
from spinetutor.core.progress_errors import ProgressCsvError

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TAGS = {"q1": ["L5"], "q2": ["L5", "S1"], "q3": ["S1"], "q4": ["L4"]}


@pytest.fixture
def store(tmp_path: Path):
    with ProgressStore(tmp_path / "progress.db") as opened:
        yield opened


def test_export_csv_has_the_agreed_columns(store: ProgressStore, tmp_path: Path) -> None:
    """An exported results file opens in a spreadsheet with one row per answer."""
    store.record_answer("ann", "q1", True, T0)
    store.record_answer("ann", "q2", False, T0 + timedelta(minutes=1), score=0.5)
    out = store.export_csv("ann", tmp_path / "ann.csv")
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["profile", "question_id", "correct", "score", "answered_at"]
    assert rows[1:] == [
        ["ann", "q1", "true", "1", "2026-03-02T09:00:00+00:00"],
        ["ann", "q2", "false", "0.5", "2026-03-02T09:01:00+00:00"],
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_class_summary_reads_several_learners(store: ProgressStore, tmp_path: Path) -> None:
    """A teacher sees which questions and roots the class misses most."""
    for name, results in {"ann": [1, 0, 1, 1], "bob": [1, 0, 0, 1], "cy": [0, 0, 1, 1]}.items():
        for n, ok in enumerate(results, start=1):
            store.record_answer(name, f"q{n}", bool(ok), T0 + timedelta(minutes=n))
    paths = [store.export_csv(n, tmp_path / f"{n}.csv") for n in ("ann", "bob", "cy")]
    summary = class_summary(paths, TAGS)
    assert summary.learners == ("ann", "bob", "cy")
    q2 = summary.per_question["q2"]
    assert (q2.attempts, q2.learners, q2.misses, q2.accuracy) == (3, 3, 3, 0.0)
    assert summary.per_question["q1"].accuracy == pytest.approx(2 / 3)
    assert [s.key for s in summary.most_missed] == ["q2", "q1", "q3"]
    assert summary.per_tag["L5"].attempts == 6
    assert summary.per_tag["L5"].accuracy == pytest.approx(2 / 6)
    assert summary.per_tag["L4"].accuracy == 1.0


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("profile,question_id,correct,score,answered_at\nann,q1,true,1\n", 2, "expected 5"),
        (
            "profile,question_id,correct,score,answered_at\n"
            "ann,q1,true,1,2026-03-02T09:00:00+00:00\n"
            "ann,q2,maybe,1,2026-03-02T09:00:00+00:00\n",
            3,
            "true or false",
        ),
        (
            "profile,question_id,correct,score,answered_at\nann,q1,true,lots,2026-03-02\n",
            2,
            "not a number",
        ),
        ("profile,question_id,correct,score,answered_at\nann,q1,true,1,yesterday\n", 2, "date"),
        ("name,question,ok\n", 1, "header"),
        ("", 1, "empty"),
    ],
)
def test_malformed_csv_names_file_and_line(
    tmp_path: Path, content: str, line: int, words: str
) -> None:
    """A broken results file is reported with its name and line, not silently skipped."""
    bad = tmp_path / "bob.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ProgressCsvError) as caught:
        class_summary([bad], TAGS)
    assert caught.value.line == line
    assert str(bad) in str(caught.value) and f"line {line}" in str(caught.value)
    assert words in str(caught.value)


def test_dashboard_numbers(store: ProgressStore) -> None:
    """The dashboard shows accuracy per root, per day, weakest roots, streak and time studied."""
    days = [T0 - timedelta(days=d) for d in (3, 1, 0)]  # a gap two days ago
    for day in days:
        sid = store.start_session("ann", day)
        store.record_answer("ann", "q1", True, day)
        store.record_answer("ann", "q2", False, day + timedelta(minutes=1))
        store.record_answer("ann", "q3", day == T0, day + timedelta(minutes=2))
        store.record_answer("ann", "q4", True, day + timedelta(minutes=3), score=0.6)
        store.end_session(sid, day + timedelta(minutes=20))
    board = stats.dashboard(store, "ann", TAGS, T0 + timedelta(hours=1))
    assert board.answered == 12
    assert board.per_tag["L5"].accuracy == pytest.approx(0.5)
    assert board.per_tag["S1"].accuracy == pytest.approx(1 / 6)
    assert [w.key for w in board.weakest] == ["S1", "L5", "L4"]
    assert [(d.day, d.answered) for d in board.per_day] == [
        (date(2026, 2, 27), 4),
        (date(2026, 3, 1), 4),
        (date(2026, 3, 2), 4),
    ]
    assert board.per_day[-1].accuracy == pytest.approx(2.6 / 4)
    assert board.streak_days == 2
    assert board.time_studied == timedelta(minutes=60)
    assert sum(board.due_by_day.values()) >= board.due_now > 0


def test_streak_counts_until_today_or_yesterday(store: ProgressStore) -> None:
    """A streak is not broken just because the learner has not studied yet today."""
    for d in (1, 2, 3, 5):
        store.record_answer("ann", "q1", True, T0 - timedelta(days=d))
    assert stats.streak(store, "ann", T0) == 3
    assert stats.streak(store, "ann", T0 + timedelta(days=1)) == 0
    store.record_answer("ann", "q1", True, T0)
    assert stats.streak(store, "ann", T0) == 4
    assert stats.streak(store, "nobody", T0) == 0
