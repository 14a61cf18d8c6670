"""Drain a learner store's xAPI outbox into an LRS: batches, acknowledgement, backoff.

Exactly once: each statement's id was fixed when the answer was recorded and its body is
frozen before the first send; rows are deleted only after the LRS acknowledged them. A crash
mid-send leaves them queued; the resend carries the same ids and bodies, which the LRS stores
once (xAPI: an identical statement with a known id is accepted, not duplicated).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from spinetutor.core import xapi_outbox
from spinetutor.core.xapi_client import Lrs, LrsError
from spinetutor.core.xapi_statements import Learner, statement

BATCH = 100


@dataclass(frozen=True)
class SendReport:
    sent: int
    remaining: int
    error: str | None = None

    def line(self) -> str:
        text = f"sent {self.sent} statement(s); {self.remaining} waiting"
        return text + (f" ({self.error})" if self.error else "")


def open_outbox(store: str | Path) -> sqlite3.Connection:
    """A connection of its own to the learner's store (WAL: the app may be writing too)."""
    path = Path(store)
    if not path.is_file():
        raise FileNotFoundError(f"no progress store at {path}")
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def send(conn: sqlite3.Connection, lrs: Lrs, learner_for: dict[str, Learner] | Learner,
         *, batch: int = BATCH, clock=time.time, deadline: float | None = None) -> SendReport:
    """Send every due statement; stop at the first failure (the rest wait their turn)."""
    sent = 0
    error = None
    while deadline is None or clock() < deadline:
        rows = xapi_outbox.pending(conn, clock(), batch)
        if not rows:
            break
        bodies = {}
        for row in rows:
            if row.body is None:
                learner = (learner_for if isinstance(learner_for, Learner)
                           else learner_for.get(row.profile))
                if learner is None:
                    continue
                bodies[row.statement_id] = statement(row.statement_id, row.fact, learner)
        xapi_outbox.freeze(conn, bodies)
        ready = [row.body or bodies[row.statement_id] for row in rows
                 if row.body is not None or row.statement_id in bodies]
        if not ready:
            break
        ids = [body["id"] for body in ready]
        try:
            lrs.post(ready)
        except LrsError as failure:
            if failure.status == 409:
                # one of them differs from what the LRS holds: send one by one, so only the
                # conflicting statement waits (and says why)
                sent_here, error = _one_by_one(conn, lrs, ready, clock())
                sent += sent_here
                if error:
                    break
                continue
            xapi_outbox.failed(conn, ids, clock(), str(failure))
            error = str(failure)
            break
        xapi_outbox.acknowledge(conn, ids)
        sent += len(ids)
    return SendReport(sent, xapi_outbox.count(conn), error)


def _one_by_one(conn: sqlite3.Connection, lrs: Lrs, bodies: list[dict],
                now: float) -> tuple[int, str | None]:
    sent, error = 0, None
    for body in bodies:
        try:
            lrs.put(body)
        except LrsError as failure:
            xapi_outbox.failed(conn, [body["id"]], now, str(failure))
            error = str(failure)
            if failure.retry:
                break
            continue
        xapi_outbox.acknowledge(conn, [body["id"]])
        sent += 1
    return sent, error
