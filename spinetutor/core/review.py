"""Spaced review with FSRS: one card per (learner, question), stored as columns in SQLite.

Cards are updated in the same transaction as the answer that moved them, and the due time is an
indexed ISO-8601 UTC string, so "what is due now" is one index range scan, never a replay of the
answer history.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler, State


def to_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted."""
    if not isinstance(moment, datetime):
        raise TypeError(f"expected a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    """Fixed-width UTC text, so string order in SQLite is time order."""
    return to_utc(moment).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def rating_for(score: float) -> Rating:
    """Right → Good, wrong → Again, partial credit → Hard."""
    if score >= 1.0:
        return Rating.Good
    if score <= 0.0:
        return Rating.Again
    return Rating.Hard


@dataclass(frozen=True)
class ReviewCard:
    """A learner's schedule for one question, as the dashboard and tests see it."""

    question_id: str
    due: datetime
    state: State
    stability: float | None
    difficulty: float | None
    last_review: datetime | None
    reps: int
    lapses: int


def _card_id(profile_id: int, question_id: str) -> int:
    return zlib.crc32(f"{profile_id}\x00{question_id}".encode())


def _load(conn: sqlite3.Connection, profile_id: int, question_id: str) -> tuple | None:
    return conn.execute(
        "SELECT due, state, step, stability, difficulty, last_review, reps, lapses FROM cards"
        " WHERE profile_id = ? AND question_id = ?",
        (profile_id, question_id),
    ).fetchone()


def apply_review(
    conn: sqlite3.Connection,
    scheduler: Scheduler,
    profile_id: int,
    question_id: str,
    score: float,
    answered_at: datetime,
) -> None:
    """Move the card for one answer; call inside the transaction that stores the answer.

    An answer older than the card's last review (a clock change, an imported file) is kept in
    the history but does not move the schedule backwards.
    """
    row = _load(conn, profile_id, question_id)
    reps, lapses = 0, 0
    if row is None:
        card = Card(card_id=_card_id(profile_id, question_id), due=answered_at)
    else:
        due, state, step, stability, difficulty, last_review, reps, lapses = row
        if last_review is not None and answered_at < from_iso(last_review):
            return
        card = Card(
            card_id=_card_id(profile_id, question_id),
            state=State(state),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=from_iso(due),
            last_review=from_iso(last_review) if last_review else None,
        )
    rating = rating_for(score)
    if rating == Rating.Again and card.state == State.Review:
        lapses += 1
    card, _log = scheduler.review_card(card, rating, review_datetime=answered_at)
    conn.execute(
        "INSERT OR REPLACE INTO cards (profile_id, question_id, due, state, step, stability,"
        " difficulty, last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            profile_id,
            question_id,
            iso(card.due),
            int(card.state),
            card.step,
            card.stability,
            card.difficulty,
            iso(card.last_review) if card.last_review else None,
            reps + 1,
            lapses,
        ),
    )


def get_card(conn: sqlite3.Connection, profile_id: int, question_id: str) -> ReviewCard | None:
    row = _load(conn, profile_id, question_id)
    if row is None:
        return None
    due, state, _step, stability, difficulty, last_review, reps, lapses = row
    return ReviewCard(
        question_id,
        from_iso(due),
        State(state),
        stability,
        difficulty,
        from_iso(last_review) if last_review else None,
        reps,
        lapses,
    )


def due_questions(
    conn: sqlite3.Connection, profile_id: int, now: datetime, limit: int | None = None
) -> list[str]:
    """Question ids due at ``now``, the longest-waiting first (all lessons mixed)."""
    rows = conn.execute(
        "SELECT question_id FROM cards WHERE profile_id = ? AND due <= ?"
        " ORDER BY due, question_id LIMIT ?",
        (profile_id, iso(now), -1 if limit is None else max(0, limit)),
    )
    return [qid for (qid,) in rows]


def study_order(
    conn: sqlite3.Connection, profile_id: int, question_ids: Iterable[str], now: datetime
) -> list[str]:
    """Every question of a topic, schedule or not: due ones, then new ones, then the rest.

    Within "due" and "rest" the earliest due comes first (the most forgotten, or the closest
    to being forgotten); new questions keep the caller's order.
    """
    wanted = list(dict.fromkeys(question_ids))
    dues: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        dues.update(
            conn.execute(
                f"SELECT question_id, due FROM cards WHERE profile_id = ?"
                f" AND question_id IN ({marks})",
                (profile_id, *chunk),
            ).fetchall()
        )
    cutoff = iso(now)
    seen = sorted(dues, key=lambda qid: (dues[qid], qid))
    due_now = [qid for qid in seen if dues[qid] <= cutoff]
    later = [qid for qid in seen if dues[qid] > cutoff]
    new = [qid for qid in wanted if qid not in dues]
    return due_now + new + later


def due_forecast(
    conn: sqlite3.Connection, profile_id: int, now: datetime, days: int = 7
) -> dict[date, int]:
    """Reviews due on each of the next ``days`` days, today first (today includes overdue).

    Days follow ``now``'s time zone (UTC when naive), so pass a local aware time for local days.
    """
    zone: tzinfo = now.tzinfo or UTC
    today = now.astimezone(zone).date() if now.tzinfo else now.date()
    counts = {today + timedelta(days=n): 0 for n in range(max(0, days))}
    if not counts:
        return counts
    end = datetime.combine(today + timedelta(days=days), time(), tzinfo=zone)
    rows = conn.execute(
        "SELECT due FROM cards WHERE profile_id = ? AND due < ?", (profile_id, iso(end))
    )
    for (due,) in rows:
        day = max(today, from_iso(due).astimezone(zone).date())
        counts[day] += 1
    return counts
