"""Values the progress store hands out; frozen so the UI cannot rewrite history by accident."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

GUEST = "Guest"
"""The profile for someone just trying SpineTutor: answers are graded but never stored."""


@dataclass(frozen=True)
class Answer:
    """One recorded answer; ``score`` is 1.0/0.0 for right/wrong or partial credit between."""

    profile: str
    question_id: str
    correct: bool
    answered_at: datetime
    score: float


@dataclass(frozen=True)
class StudySession:
    """A stretch of study; ``ended_at`` is None while it runs (or if the app was killed)."""

    id: int
    started_at: datetime
    ended_at: datetime | None
