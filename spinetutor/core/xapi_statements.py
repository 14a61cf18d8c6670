"""xAPI 1.0.3 statements for what a learner does in SpineTutor (ADL's verbs and activity
types, so any LRS and its dashboards understand them).

The outbox keeps a small *fact* per event (what, when, how well); the statement is built from
it with the learner's account and class registration when it is first sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from spinetutor import __version__
from spinetutor.core import activity_ids

VERSION = "1.0.3"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
LESSON = "http://adlnet.gov/expapi/activities/lesson"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
COURSE = "http://adlnet.gov/expapi/activities/course"
PLATFORM = f"SpineTutor {__version__}"


@dataclass(frozen=True)
class Learner:
    """Who the statements are about: an account on the school's system, and the class."""

    account_name: str
    home_page: str
    registration: str | None = None  # a UUID the instructor gives the class


def answered_fact(question_id: str, score: float, success: bool, answered_at: str,
                  context: Mapping[str, str] | None = None,
                  duration: timedelta | None = None) -> dict[str, Any]:
    fact: dict[str, Any] = {"kind": "answered", "question": question_id,
                            "score": round(float(score), 4), "success": bool(success),
                            "timestamp": answered_at}
    if duration is not None:
        fact["duration_s"] = round(duration.total_seconds(), 1)
    fact.update({k: v for k, v in (context or {}).items() if k in ("pack", "lesson", "quiz")})
    return fact


def completed_fact(kind: str, activity: str, finished_at: str, score: float | None,
                   success: bool | None, duration: timedelta | None,
                   context: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A finished lesson (kind 'lesson') or quiz (kind 'quiz')."""
    if kind not in ("lesson", "quiz"):
        raise ValueError("kind must be 'lesson' or 'quiz'")
    fact: dict[str, Any] = {"kind": f"completed_{kind}", "activity": activity,
                            "timestamp": finished_at}
    if score is not None:
        fact["score"] = round(float(score), 4)
    if success is not None:
        fact["success"] = bool(success)
    if duration is not None:
        fact["duration_s"] = round(duration.total_seconds(), 1)
    fact.update({k: v for k, v in (context or {}).items() if k in ("pack", "lesson")})
    return fact


def iso_duration(seconds: float) -> str:
    return f"PT{max(0.0, seconds):.1f}S".replace(".0S", "S")


def statement(statement_id: str, fact: Mapping[str, Any], learner: Learner) -> dict[str, Any]:
    """The full statement for one outbox fact."""
    slug = fact.get("pack") or activity_ids.DEFAULT_PACK
    kind = fact["kind"]
    result: dict[str, Any] = {}
    if "score" in fact:
        result["score"] = {"scaled": fact["score"], "raw": fact["score"], "min": 0, "max": 1}
    if "success" in fact:
        result["success"] = fact["success"]
    if "duration_s" in fact:
        result["duration"] = iso_duration(fact["duration_s"])
    if kind == "answered":
        verb, name = ANSWERED, "answered"
        obj_id, obj_type = activity_ids.question_id(slug, fact["question"]), INTERACTION
        obj_name = fact["question"]
    else:
        verb, name = COMPLETED, "completed"
        result["completion"] = True
        if kind == "completed_lesson":
            obj_id, obj_type = activity_ids.lesson_id(slug, fact["activity"]), LESSON
        else:
            obj_id, obj_type = activity_ids.quiz_id(slug, fact["activity"]), ASSESSMENT
        obj_name = fact["activity"]
    parents = []
    if kind == "answered" and fact.get("quiz"):
        parents.append(_activity(activity_ids.quiz_id(slug, fact["quiz"]), ASSESSMENT))
    grouping = [_activity(activity_ids.pack_id(slug), COURSE)]
    if fact.get("lesson") and kind != "completed_lesson":
        grouping.append(_activity(activity_ids.lesson_id(slug, fact["lesson"]), LESSON))
    context: dict[str, Any] = {"platform": PLATFORM,
                               "contextActivities": {"grouping": grouping}}
    if parents:
        context["contextActivities"]["parent"] = parents
    if learner.registration:
        context["registration"] = learner.registration
    body: dict[str, Any] = {
        "id": statement_id,
        "actor": {"objectType": "Agent",
                  "account": {"homePage": learner.home_page, "name": learner.account_name}},
        "verb": {"id": verb, "display": {"en-US": name}},
        "object": {"objectType": "Activity", "id": obj_id,
                   "definition": {"type": obj_type, "name": {"en-US": obj_name}}},
        "context": context,
        "timestamp": fact["timestamp"],
    }
    if result:
        body["result"] = result
    return body


def _activity(activity_id: str, activity_type: str) -> dict[str, Any]:
    return {"objectType": "Activity", "id": activity_id, "definition": {"type": activity_type}}
