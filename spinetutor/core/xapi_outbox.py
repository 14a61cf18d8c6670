"""The xAPI outbox: what a learner did, waiting in their SQLite store to reach an LRS.

Why here: a statement is queued in the same transaction that records the answer, so it exists
exactly when the answer does (a crash keeps both or neither) and its id is fixed from that
moment. The full statement body is frozen the first time it is sent, so every resend is
byte-for-byte the same and the LRS can recognise it. A row leaves the outbox only when the LRS
acknowledged it; failures move its next attempt back (exponential backoff).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS xapi_outbox (
    statement_id TEXT PRIMARY KEY,
    profile      TEXT NOT NULL,
    fact         TEXT NOT NULL,
    body         TEXT,
    created      TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0,
    last_error   TEXT
)
"""
MAX_BACKOFF = 3600.0  # seconds between tries of a statement the LRS keeps refusing


@dataclass(frozen=True)
class Pending:
    statement_id: str
    profile: str
    fact: dict[str, Any]
    body: dict[str, Any] | None
    attempts: int


def ensure(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)


def enqueue(conn: sqlite3.Connection, profile: str, fact: Mapping[str, Any],
            created: str) -> str:
    """Queue one statement inside the caller's transaction; returns its (fixed) id."""
    ensure(conn)
    statement_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO xapi_outbox (statement_id, profile, fact, created) VALUES (?, ?, ?, ?)",
        (statement_id, profile, json.dumps(dict(fact), sort_keys=True), created),
    )
    return statement_id


def pending(conn: sqlite3.Connection, now: float, limit: int) -> list[Pending]:
    """The oldest statements whose next attempt is due."""
    ensure(conn)
    rows = conn.execute(
        "SELECT statement_id, profile, fact, body, attempts FROM xapi_outbox"
        " WHERE next_attempt <= ? ORDER BY created, rowid LIMIT ?", (now, limit)).fetchall()
    return [Pending(r[0], r[1], json.loads(r[2]), json.loads(r[3]) if r[3] else None, r[4])
            for r in rows]


def rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    ensure(conn)
    conn.execute("UPDATE xapi_outbox SET profile = ? WHERE profile = ?", (new, old))


def forget(conn: sqlite3.Connection, profile: str) -> None:
    ensure(conn)
    conn.execute("DELETE FROM xapi_outbox WHERE profile = ?", (profile,))


def count(conn: sqlite3.Connection) -> int:
    ensure(conn)
    return conn.execute("SELECT COUNT(*) FROM xapi_outbox").fetchone()[0]


def freeze(conn: sqlite3.Connection, bodies: Mapping[str, Mapping[str, Any]]) -> None:
    """Keep each statement's full body before it is first sent (resends send the same)."""
    with conn:
        conn.executemany(
            "UPDATE xapi_outbox SET body = ? WHERE statement_id = ? AND body IS NULL",
            [(json.dumps(dict(body), sort_keys=True), sid) for sid, body in bodies.items()])


def acknowledge(conn: sqlite3.Connection, statement_ids: list[str]) -> None:
    """The LRS has these: they leave the outbox."""
    with conn:
        conn.executemany("DELETE FROM xapi_outbox WHERE statement_id = ?",
                         [(sid,) for sid in statement_ids])


def failed(conn: sqlite3.Connection, statement_ids: list[str], now: float, error: str) -> None:
    """Try these again later: 30 s, 1 min, 2 min ... up to an hour."""
    with conn:
        for sid in statement_ids:
            conn.execute(
                "UPDATE xapi_outbox SET attempts = attempts + 1, last_error = ?,"
                " next_attempt = ? + MIN(?, 30.0 * (1 << MIN(attempts, 12)))"
                " WHERE statement_id = ?", (error[:300], now, MAX_BACKOFF, sid))
