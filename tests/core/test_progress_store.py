"""Contract of the progress store: answers are kept, in order, per learner; the guest keeps none."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from spinetutor.core.progress import GUEST, Answer, ProgressStore

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    with ProgressStore(tmp_path / "progress.db") as opened:
        yield opened


def test_recorded_answers_come_back(tmp_path: Path) -> None:
    """A learner who answers questions finds every answer there after restarting the app."""
    path = tmp_path / "progress.db"
    store = ProgressStore(path)
    store.record_answer("ann", "q-l5-dermatome", True, T0)
    store.record_answer("ann", "q-s1-reflex", False, T0 + timedelta(minutes=1))
    store.close()
    reopened = ProgressStore(path)
    got = reopened.answers("ann")
    assert [(a.question_id, a.correct, a.score) for a in got] == [
        ("q-l5-dermatome", True, 1.0),
        ("q-s1-reflex", False, 0.0),
    ]
    assert got[0] == Answer("ann", "q-l5-dermatome", True, T0, 1.0)
    assert got[0].answered_at.tzinfo is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        got[0].correct = False  # type: ignore[misc]
    reopened.close()


def test_answers_are_oldest_first_whatever_the_recording_order(store: ProgressStore) -> None:
    """The history lists answers in the order they were given, not the order they were saved."""
    store.record_answer("ann", "late", True, T0 + timedelta(hours=2))
    store.record_answer("ann", "early", True, T0)
    store.record_answer("ann", "tie-1", True, T0 + timedelta(hours=1))
    store.record_answer("ann", "tie-2", False, T0 + timedelta(hours=1))
    assert [a.question_id for a in store.answers("ann")] == ["early", "tie-1", "tie-2", "late"]


def test_naive_times_are_utc_and_aware_times_are_converted(store: ProgressStore) -> None:
    """Answers given at the same instant in different time zones land at the same moment."""
    plus_two = timezone(timedelta(hours=2))
    store.record_answer("ann", "naive", True, datetime(2026, 3, 2, 9, 0))
    store.record_answer("ann", "aware", True, datetime(2026, 3, 2, 11, 0, tzinfo=plus_two))
    times = [a.answered_at for a in store.answers("ann")]
    assert times == [T0, T0]
    assert all(t.utcoffset() == timedelta(0) for t in times)


def test_partial_credit_is_kept_as_score(store: ProgressStore) -> None:
    """Half-right answers count as half in the learner's results."""
    store.record_answer("ann", "q1", False, T0, score=0.5)
    store.record_answer("ann", "q2", 0.25, T0 + timedelta(seconds=1))
    got = store.answers("ann")
    assert [(a.correct, a.score) for a in got] == [(False, 0.5), (False, 0.25)]
    with pytest.raises(ValueError):
        store.record_answer("ann", "q3", True, T0, score=1.5)
    assert len(store.answers("ann")) == 2


def test_guest_keeps_nothing(store: ProgressStore) -> None:
    """Someone trying SpineTutor as a guest leaves no trace for the next person."""
    assert store.is_guest(GUEST) and store.is_guest(GUEST.lower())
    store.record_answer(GUEST, "q1", True, T0)
    sid = store.start_session(GUEST, T0)
    store.end_session(sid, T0 + timedelta(minutes=5))
    assert store.answers(GUEST) == []
    assert store.due_questions(GUEST, T0 + timedelta(days=30)) == []
    assert GUEST not in store.list_profiles()
    count = store._conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    assert count == 0
    with pytest.raises(ValueError):
        store.create_profile("guest")


def test_profiles_are_isolated(store: ProgressStore) -> None:
    """Two learners on one computer never see each other's answers or reviews."""
    store.record_answer("ann", "q1", True, T0)
    store.record_answer("bob", "q2", False, T0)
    assert [a.question_id for a in store.answers("ann")] == ["q1"]
    assert [a.profile for a in store.answers("bob")] == ["bob"]
    later = T0 + timedelta(days=60)
    assert store.due_questions("ann", later) == ["q1"]
    assert store.due_questions("bob", later) == ["q2"]
    assert store.answers("nobody") == []


def test_profiles_can_be_created_renamed_and_deleted(store: ProgressStore) -> None:
    """A teacher can set up, rename and remove learners; a removed learner's data is gone."""
    store.create_profile("Ann")
    with pytest.raises(ValueError):
        store.create_profile("ann")
    store.record_answer("Ann", "q1", True, T0)
    store.record_answer("Bob", "q1", True, T0)
    assert store.list_profiles() == ["Ann", "Bob"]
    store.rename_profile("Ann", "Annie")
    assert store.list_profiles() == ["Annie", "Bob"]
    assert [a.profile for a in store.answers("Annie")] == ["Annie"]
    with pytest.raises(ValueError):
        store.rename_profile("Annie", "bob")
    store.delete_profile("Annie")
    assert store.list_profiles() == ["Bob"]
    assert store.answers("Annie") == []
    assert store.due_questions("Annie", T0 + timedelta(days=99)) == []
    store.create_profile("Annie")
    assert store.answers("Annie") == []


def test_study_sessions_are_kept(store: ProgressStore) -> None:
    """Time spent studying is remembered for the dashboard."""
    sid = store.start_session("ann", T0)
    store.end_session(sid, T0 + timedelta(minutes=25))
    open_sid = store.start_session("ann", T0 + timedelta(hours=1))
    got = store.sessions("ann")
    assert [(s.started_at, s.ended_at) for s in got] == [
        (T0, T0 + timedelta(minutes=25)),
        (T0 + timedelta(hours=1), None),
    ]
    assert got[1].id == open_sid
