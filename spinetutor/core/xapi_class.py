"""A class read back from an LRS: the 'answered' statements of one class registration, turned
into the same rows the CSV class view reads, page by page (a class of 300 learners with 500
answers each is 150,000 statements)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from spinetutor.core.progress_csv import CsvAnswer
from spinetutor.core.xapi_client import Lrs
from spinetutor.core.xapi_statements import ANSWERED

PAGE = 500


def answer_row(statement: dict) -> CsvAnswer | None:
    """One SpineTutor answer statement as a class-view row; None for anything else."""
    try:
        object_id = statement["object"]["id"]
        if ":question:" not in object_id or statement["verb"]["id"] != ANSWERED:
            return None
        actor = statement["actor"]
        name = (actor.get("account", {}).get("name") or actor.get("name")
                or actor.get("mbox", "").removeprefix("mailto:"))
        result = statement.get("result", {})
        score = float(result.get("score", {}).get("scaled", 1.0 if result.get("success") else 0))
        stamp = datetime.fromisoformat(statement["timestamp"].replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not name:
        return None
    return CsvAnswer(name, object_id.rsplit(":question:", 1)[1],
                     bool(result.get("success", score >= 0.5)), max(0.0, min(1.0, score)), stamp)


def fetch_class(lrs: Lrs, registration: str,
                progress: Callable[[int, int], bool] | None = None) -> list[CsvAnswer]:
    """Every answer of the class, oldest first. `progress(pages, statements)` is called after
    each page and may return False to stop (the rows read so far are returned)."""
    # every statement of the registration; answer_row keeps the answers (Ralph 5's file
    # backend returns nothing when a verb filter is combined with a registration)
    query = {"limit": str(PAGE), "ascending": "true"}
    if registration:
        query["registration"] = registration
    statements, more = lrs.statements(query)
    rows = [row for row in map(answer_row, statements) if row is not None]
    pages, seen = 1, len(statements)
    while more:
        if progress is not None and progress(pages, seen) is False:
            break
        statements, more = lrs.more(more)
        rows.extend(row for row in map(answer_row, statements) if row is not None)
        pages, seen = pages + 1, seen + len(statements)
    if progress is not None:
        progress(pages, seen)
    return rows
