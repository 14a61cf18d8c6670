"""Schema of the progress database and its migrations, versioned with ``PRAGMA user_version``.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``; append, never edit, so every
learner's file walks the same path. The store backs the file up before each step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    """Profiles, answers, review cards and study sessions."""
    _run(
        conn,
        """
        CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE INDEX answers_by_profile_time ON answers(profile_id, answered_at, id);
        CREATE TABLE cards (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            due TEXT NOT NULL,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            last_review TEXT,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (profile_id, question_id)
        ) WITHOUT ROWID;
        CREATE INDEX cards_by_due ON cards(profile_id, due);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE INDEX sessions_by_profile ON sessions(profile_id, started_at);
        """,
    )


MIGRATIONS: list[Migration] = [_v1]


def latest_version() -> int:
    """The schema version this code writes (read at call time so tests can add a step)."""
    return len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migration(conn: sqlite3.Connection, from_version: int) -> None:
    """Run one step in one transaction, so a crash leaves the old version, never a mix."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if user_version(conn) != from_version:  # another process took this step meanwhile
            conn.execute("ROLLBACK")
            return
        MIGRATIONS[from_version](conn)
        conn.execute(f"PRAGMA user_version = {from_version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
