"""Spaced review: missed questions come back sooner, schedules persist, and due lists are fast."""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating, Scheduler

from spinetutor.core import review
from spinetutor.core.progress import ProgressStore

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _store(path: Path) -> ProgressStore:
    return ProgressStore(path, scheduler=Scheduler(enable_fuzzing=False))


@pytest.fixture
def store(tmp_path: Path):
    with _store(tmp_path / "progress.db") as opened:
        yield opened


def test_rating_follows_the_answer() -> None:
    """Right answers count as Good, wrong as Again, half-right as Hard."""
    assert review.rating_for(1.0) == Rating.Good
    assert review.rating_for(0.0) == Rating.Again
    assert review.rating_for(0.5) == Rating.Hard


def test_wrong_answer_is_due_sooner_than_right(store: ProgressStore) -> None:
    """A question the learner missed comes back before one they got right."""
    for day in range(3):
        at = T0 + timedelta(days=day * 3)
        store.record_answer("ann", "right", True, at)
        store.record_answer("ann", "wrong", day < 2, at)
        store.record_answer("ann", "half", day < 2, at, score=1.0 if day < 2 else 0.5)
    right, wrong, half = (store.card("ann", q) for q in ("right", "wrong", "half"))
    assert right and wrong and half
    assert wrong.due < half.due < right.due
    assert wrong.lapses == 1 and right.lapses == 0 and right.reps == 3
    assert store.due_questions("ann", wrong.due) == ["wrong"]


def test_schedule_survives_reopening(tmp_path: Path) -> None:
    """Closing and reopening the app keeps every review date exactly."""
    path = tmp_path / "progress.db"
    with _store(path) as store:
        for n in range(20):
            store.record_answer("ann", f"q{n}", n % 3 != 0, T0 + timedelta(minutes=n))
            store.record_answer("ann", f"q{n}", True, T0 + timedelta(days=1, minutes=n))
        cards = {f"q{n}": store.card("ann", f"q{n}") for n in range(20)}
        due_then = store.due_questions("ann", T0 + timedelta(days=4))
    with _store(path) as store:
        assert {q: store.card("ann", q) for q in cards} == cards
        assert store.due_questions("ann", T0 + timedelta(days=4)) == due_then
        # the next review continues from the stored state, not from a fresh card
        store.record_answer("ann", "q1", True, T0 + timedelta(days=5))
        card = store.card("ann", "q1")
        assert card and card.reps == 3 and card.stability > cards["q1"].stability


def test_due_list_is_oldest_due_first_and_respects_limit(store: ProgressStore) -> None:
    """The review queue starts with what has waited longest, mixing lessons."""
    order = ["lesson2-q1", "lesson1-q4", "lesson3-q2", "lesson1-q1"]
    for n, qid in enumerate(order):
        store.record_answer("ann", qid, False, T0 + timedelta(hours=n))
    store.record_answer("ann", "not-yet", True, T0 + timedelta(hours=10))
    later = T0 + timedelta(hours=5)
    assert store.due_questions("ann", later) == order
    assert store.due_questions("ann", later, limit=2) == order[:2]
    assert store.due_questions("ann", T0 - timedelta(days=1)) == []


def test_study_on_demand_serves_the_whole_topic(store: ProgressStore) -> None:
    """Studying one root gives all its questions: due ones first, then new, then the rest."""
    store.record_answer("ann", "l5-a", True, T0)  # due in 10 minutes
    store.record_answer("ann", "l5-b", False, T0)  # due in 1 minute
    store.record_answer("ann", "s1-a", False, T0)  # other topic
    now = T0 + timedelta(minutes=5)
    topic = ["l5-a", "l5-new", "l5-b", "l5-new"]
    assert store.study_on_demand("ann", topic, now) == ["l5-b", "l5-new", "l5-a"]


def test_forecast_counts_reviews_per_day(store: ProgressStore) -> None:
    """The dashboard shows how many reviews are coming on each of the next days."""
    minute = timedelta(minutes=1)
    store.record_answer("ann", "overdue", False, T0 - timedelta(days=3))  # due 3 days ago
    store.record_answer("ann", "learning", True, T0)  # next learning step in 10 minutes
    for qid in ("tomorrow",):  # a slip, then two good answers: back in one day
        store.record_answer("ann", qid, False, T0 - 12 * minute)
        store.record_answer("ann", qid, True, T0 - 11 * minute)
        store.record_answer("ann", qid, True, T0 - minute)
    for qid in ("in-2-days-a", "in-2-days-b"):  # two good answers: back in two days
        store.record_answer("ann", qid, True, T0 - 10 * minute)
        store.record_answer("ann", qid, True, T0)
    now = T0 + 20 * minute
    forecast = store.due_forecast("ann", now, days=4)
    day = date(2026, 3, 2)
    assert forecast == {
        day: 2,
        day + timedelta(days=1): 1,
        day + timedelta(days=2): 2,
        day + timedelta(days=3): 0,
    }
    assert store.due_forecast("ann", now, days=2) == {day: 2, day + timedelta(days=1): 1}
    assert store.due_forecast("ann", now, days=0) == {}


def _fill(store: ProgressStore, answers: int, questions: int, now: datetime) -> None:
    """Bulk-load cards and answers in one transaction (the shape a long-time learner has)."""
    rng = random.Random(5)
    conn = store._conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO profiles (name, created_at) VALUES ('ann', ?)", (review.iso(now),))
    pid = conn.execute("SELECT id FROM profiles WHERE name = 'ann'").fetchone()[0]
    conn.executemany(
        "INSERT INTO answers (profile_id, question_id, correct, score, answered_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            (
                pid,
                f"q{n % questions}",
                c := rng.random() < 0.7,
                float(c),
                review.iso(now - timedelta(minutes=answers - n)),
            )
            for n in range(answers)
        ),
    )
    conn.executemany(
        "INSERT INTO cards (profile_id, question_id, due, state, stability, difficulty,"
        " last_review, reps, lapses) VALUES (?, ?, ?, 2, 5.0, 5.0, ?, 20, 1)",
        (
            (
                pid,
                f"q{n}",
                review.iso(now + timedelta(hours=rng.uniform(-24 * 30, 24 * 60))),
                review.iso(now - timedelta(days=1)),
            )
            for n in range(questions)
        ),
    )
    conn.execute("COMMIT")


def test_due_list_is_fast_with_a_long_history(store: ProgressStore) -> None:
    """Even after 100,000 answers the review queue appears instantly (well under 50 ms)."""
    now = T0 + timedelta(days=400)
    _fill(store, 100_000, 5_000, now)
    store.due_questions("ann", now)  # warm the page cache as a running app would have it
    best = min(_timed(lambda: store.due_questions("ann", now)) for _ in range(5))
    due = store.due_questions("ann", now)
    assert 1000 < len(due) < 5000
    assert best < 0.05, f"due list took {best * 1000:.1f} ms"
    forecast_time = _timed(lambda: store.due_forecast("ann", now))
    assert forecast_time < 0.05, f"forecast took {forecast_time * 1000:.1f} ms"


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def test_late_arriving_old_answer_does_not_rewind_the_schedule(store: ProgressStore) -> None:
    """An answer stamped earlier than the last review (clock change) is kept but moves nothing."""
    store.record_answer("ann", "q1", True, T0)
    store.record_answer("ann", "q1", True, T0 + timedelta(minutes=10))
    before = store.card("ann", "q1")
    store.record_answer("ann", "q1", False, T0 - timedelta(days=1))
    assert store.card("ann", "q1") == before
    assert [a.correct for a in store.answers("ann")] == [False, True, True]


def test_forecast_days_follow_the_learners_time_zone(store: ProgressStore) -> None:
    """A review due late in the UTC evening shows on the next local day for a learner in Sydney."""
    store.record_answer("ann", "q1", True, datetime(2026, 3, 2, 13, 50, tzinfo=UTC))  # due 14:00
    sydney = timezone(timedelta(hours=11))
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert store.due_forecast("ann", now, days=2) == {date(2026, 3, 2): 1, date(2026, 3, 3): 0}
    local = store.due_forecast("ann", now.astimezone(sydney), days=2)
    assert local == {date(2026, 3, 2): 0, date(2026, 3, 3): 1}
