"""Numbers for the progress dashboard, computed from the store on demand.

Tags (roots, nerves, regions, topics) belong to the content, not the store, so the caller passes
``question_tags``: question id → atlas ids. Days follow the time zone of the ``now`` passed in
(UTC when naive): pass ``datetime.now().astimezone()`` for the learner's local days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from spinetutor.core.progress import Answer, ProgressStore

Tags = Mapping[str, Iterable[str]]


@dataclass(frozen=True)
class Accuracy:
    """How a learner does on one tag or one day; accuracy is the mean score (partial credit)."""

    key: str
    answered: int
    accuracy: float


@dataclass(frozen=True)
class DayActivity:
    day: date
    answered: int
    accuracy: float


@dataclass(frozen=True)
class Dashboard:
    answered: int
    accuracy: float | None
    per_tag: dict[str, Accuracy]
    per_day: list[DayActivity]
    weakest: list[Accuracy]
    streak_days: int
    time_studied: timedelta
    due_now: int
    due_by_day: dict[date, int]


def _zone(now: datetime) -> tzinfo:
    return now.tzinfo or UTC


def accuracy_by_tag(answers: Sequence[Answer], question_tags: Tags) -> dict[str, Accuracy]:
    """Mean score per tag; questions without tags are left out."""
    scores: dict[str, list[float]] = defaultdict(list)
    for answer in answers:
        for tag in question_tags.get(answer.question_id, ()):
            scores[tag].append(answer.score)
    return {t: Accuracy(t, len(s), sum(s) / len(s)) for t, s in sorted(scores.items())}


def weakest_topics(
    answers: Sequence[Answer], question_tags: Tags, limit: int = 3, min_answers: int = 3
) -> list[Accuracy]:
    """Lowest-accuracy tags with enough answers to mean something, weakest first."""
    ranked = [
        a for a in accuracy_by_tag(answers, question_tags).values() if a.answered >= min_answers
    ]
    ranked.sort(key=lambda a: (a.accuracy, -a.answered, a.key))
    return ranked[:limit]


def daily_activity(answers: Sequence[Answer], zone: tzinfo = UTC) -> list[DayActivity]:
    """Answers and accuracy per calendar day (only days with answers), oldest first."""
    scores: dict[date, list[float]] = defaultdict(list)
    for answer in answers:
        scores[answer.answered_at.astimezone(zone).date()].append(answer.score)
    return [DayActivity(d, len(s), sum(s) / len(s)) for d, s in sorted(scores.items())]


def study_days(store: ProgressStore, profile: str, zone: tzinfo = UTC) -> set[date]:
    """Days with at least one answer or study session."""
    days = {a.answered_at.astimezone(zone).date() for a in store.answers(profile)}
    days |= {s.started_at.astimezone(zone).date() for s in store.sessions(profile)}
    return days


def streak(store: ProgressStore, profile: str, now: datetime) -> int:
    """Consecutive study days ending today, or yesterday if today has no study yet."""
    zone = _zone(now)
    days = study_days(store, profile, zone)
    day = now.astimezone(zone).date() if now.tzinfo else now.date()
    if day not in days:
        day -= timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def time_studied(store: ProgressStore, profile: str) -> timedelta:
    """Sum of finished sessions; sessions cut off by a crash count nothing rather than guess."""
    total = timedelta()
    for session in store.sessions(profile):
        if session.ended_at is not None and session.ended_at > session.started_at:
            total += session.ended_at - session.started_at
    return total


def dashboard(
    store: ProgressStore, profile: str, question_tags: Tags, now: datetime, days: int = 7
) -> Dashboard:
    """Everything the progress panel shows, in one call."""
    answers = store.answers(profile)
    total = len(answers)
    return Dashboard(
        answered=total,
        accuracy=sum(a.score for a in answers) / total if total else None,
        per_tag=accuracy_by_tag(answers, question_tags),
        per_day=daily_activity(answers, _zone(now)),
        weakest=weakest_topics(answers, question_tags),
        streak_days=streak(store, profile, now),
        time_studied=time_studied(store, profile),
        due_now=len(store.due_questions(profile, now)),
        due_by_day=store.due_forecast(profile, now, days),
    )
