"""Rescue a learner's rows from damaged progress files and merge them with every backup.

Why not just restore the newest backup: a damaged file usually still holds most of its rows
(in the mid-file-garbage case every "lost" answer was readable), and a backup can be days old
or, after a clock change, not the newest at all. So recovery reads every row it can from the
damaged file and from each backup (good or damaged), keeps each distinct answer once, and
rebuilds the file; review cards are rebuilt by replaying the answers, so they always agree.

Rows are read with Python's sqlite3 one rowid range at a time, skipping past pages that fail
(bad pages cost only the rows on them); when the sqlite3 command-line tool is installed its
``.recover`` is run too and its rows merged in. Nothing is written into the damaged files:
they are copied to a temporary folder first.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fsrs import Scheduler

from spinetutor.core import progress_schema, review, xapi_config, xapi_outbox

_INT64 = 2**63 - 1
_LRS = "profile, enabled, endpoint, username, secret, account, home_page, registration"
_OUTBOX = ("statement_id, profile, fact, body, created, attempts, next_attempt, last_error")
MAX_TEXT = 1000          # longer ids or dates are damage, not data
RECOVER_SECONDS = 60     # the sqlite3 tool's .recover is given this long per file


@dataclass
class Rows:
    """What could be read from one file: profile names by id, answers and sessions."""

    names: dict[int, str] = field(default_factory=dict)
    created: dict[int, str] = field(default_factory=dict)
    answers: list[tuple[int, str, int, float, str]] = field(default_factory=list)
    sessions: list[tuple[int, str, str | None]] = field(default_factory=list)
    outbox: list[tuple] = field(default_factory=list)   # xAPI statements not yet sent
    lrs: list[tuple] = field(default_factory=list)      # each learner's LRS settings


@dataclass
class Merged:
    """Every distinct answer and session, by profile name; and where each answer came from."""

    profiles: dict[str, str] = field(default_factory=dict)  # name -> created_at
    answers: dict[tuple[str, str, str, int, float], int] = field(default_factory=dict)
    sessions: dict[tuple[str, str], str | None] = field(default_factory=dict)
    outbox: dict[str, tuple] = field(default_factory=dict)   # statement id -> row
    lrs: dict[str, tuple] = field(default_factory=dict)      # profile -> LRS settings row

    def answers_from(self, source: int) -> int:
        """How many answers the source numbered `source` was the first to give."""
        return sum(1 for first in self.answers.values() if first == source)


def read_rows(path: Path) -> Rows:
    """Every row that can be read from the progress file at `path` (and its -wal)."""
    rows = Rows()
    if not path.is_file():
        return rows
    with tempfile.TemporaryDirectory(prefix="spinetutor-salvage-") as folder:
        copy = Path(folder) / "copy.db"
        try:
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError:
            return rows
        if not _read_database(copy, rows):
            recovered = _recover_with_tool(copy, Path(folder) / "recovered.db")
            if recovered is not None:
                _read_database(recovered, rows)
    return rows


def _read_database(path: Path, rows: Rows) -> bool:
    """Add what `path` holds to `rows`; True when everything read without an error."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return False
    troubles: list[str] = []
    try:
        for pid, name, created in _scan(conn, "profiles", "id, name, created_at", troubles):
            if isinstance(pid, int) and _text(name):
                rows.names.setdefault(pid, name)
                if _text(created):
                    rows.created.setdefault(pid, created)
        for row in _scan(conn, "answers",
                         "profile_id, question_id, correct, score, answered_at", troubles):
            answer = _answer(row)
            if answer is not None:
                rows.answers.append(answer)
        for pid, started, ended in _scan(conn, "sessions", "profile_id, started_at, ended_at",
                                         troubles):
            if isinstance(pid, int) and _moment(started):
                rows.sessions.append((pid, started, ended if _moment(ended) else None))
        rows.outbox += [row for row in _scan(conn, "xapi_outbox", _OUTBOX, [])
                        if _statement(row)]
        rows.lrs += [row for row in _scan(conn, "xapi_settings", _LRS, [])
                     if _text(row[0]) and row[1] in (0, 1)
                     and all(isinstance(value, str) and len(value) <= MAX_TEXT
                             for value in row[2:])]
    finally:
        conn.close()
    return not troubles


def _scan(conn: sqlite3.Connection, table: str, columns: str,
          troubles: list[str]) -> list[tuple]:
    """Rows of `table` in rowid order; a range that fails to read is skipped, not fatal."""
    found: list[tuple] = []
    after = -_INT64 - 1
    query = f"SELECT rowid, {columns} FROM {table} WHERE rowid > ? ORDER BY rowid"
    for _ in range(10_000):   # each pass ends at the table's end or one more damaged range
        try:
            for row in conn.execute(query, (after,)):
                found.append(tuple(row[1:]))
                after = row[0]
            return found
        except sqlite3.Error as error:
            troubles.append(f"{table}: {error}")
            skipped = _next_readable(conn, table, after)
            if skipped is None:
                return found
            after = skipped
    return found


def _seeks(conn: sqlite3.Connection, table: str, after: int) -> bool | None:
    """True if rows after `after` can be found, False if there are none, None if that fails."""
    try:
        return conn.execute(f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1",
                            (after,)).fetchone() is not None
    except sqlite3.Error:
        return None


def _next_readable(conn: sqlite3.Connection, table: str, bad: int) -> int | None:
    """The smallest rowid past `bad` from which the table reads again (None: nothing more).

    Jumps 1, 2, 4... past the damaged range, then narrows the last jump by halving, so only
    rows stored on the damaged pages are lost."""
    step, low = 1, bad
    while True:
        probe = min(bad + step, _INT64)
        answer = _seeks(conn, table, probe)
        if answer is False:
            return None
        if answer:
            break
        if probe == _INT64:
            return None
        low, step = probe, step * 2
    high = probe
    while high - low > 1:
        middle = (low + high) // 2
        if _seeks(conn, table, middle) is None:
            low = middle
        else:
            high = middle
    return high


def _recover_with_tool(copy: Path, out: Path) -> Path | None:
    """The rows SQLite's own `.recover` finds, in a new file; None without the sqlite3 tool."""
    tool = shutil.which("sqlite3")
    if tool is None:
        return None
    try:
        dump = subprocess.run([tool, str(copy), ".recover"], capture_output=True,
                              timeout=RECOVER_SECONDS, check=False).stdout
        subprocess.run([tool, str(out)], input=dump, capture_output=True,
                       timeout=RECOVER_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out if out.is_file() else None


def _text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_TEXT


def _moment(value: object) -> bool:
    if not _text(value):
        return False
    try:
        review.from_iso(value)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return False
    return True


def _answer(row: tuple) -> tuple[int, str, int, float, str] | None:
    """A row of `answers` as stored, or None when damage left it impossible."""
    pid, question, correct, score, answered = row
    if not (isinstance(pid, int) and _text(question) and correct in (0, 1)
            and isinstance(score, int | float) and 0.0 <= score <= 1.0 and _moment(answered)):
        return None
    return pid, question, int(correct), float(score), answered


def _statement(row: tuple) -> bool:
    """A queued xAPI statement that can still be sent (its JSON parses, its fields typed)."""
    sid, profile, fact, body, created, attempts, next_attempt, _error = row
    if not (_text(sid) and _text(profile) and isinstance(fact, str) and _text(created)
            and isinstance(attempts, int) and isinstance(next_attempt, int | float)
            and (body is None or isinstance(body, str))):
        return False
    try:
        json.loads(fact)
        if body is not None:
            json.loads(body)
    except ValueError:
        return False
    return True


def merge(sources: Iterable[Rows]) -> Merged:
    """Each distinct answer and session once, named by profile; earlier sources name first."""
    sources = list(sources)
    names: dict[int, str] = {}
    for rows in sources:
        for pid, name in rows.names.items():
            names.setdefault(pid, name)
    merged = Merged()

    def name_of(pid: int) -> str:   # one name per id, so a renamed learner is not split
        return names.get(pid) or f"Recovered learner {pid}"

    for row in sources[0].outbox if sources else []:
        # only the damaged file's: a backup's rows may have been sent (and deleted) since
        merged.outbox.setdefault(row[0], row)
    for rows in sources:   # the damaged file's settings, else the newest backup's
        for row in rows.lrs:
            merged.lrs.setdefault(row[0], row)
    for number, rows in enumerate(sources):
        for pid in rows.names:
            merged.profiles.setdefault(name_of(pid), rows.created.get(pid, ""))
        for pid, question, correct, score, answered in rows.answers:
            name = name_of(pid)
            merged.profiles.setdefault(name, "")
            merged.answers.setdefault((name, question, answered, correct, score), number)
        for pid, started, ended in rows.sessions:
            key = (name_of(pid), started)
            merged.profiles.setdefault(key[0], "")
            before = merged.sessions.get(key)
            merged.sessions[key] = max((e for e in (before, ended) if e), default=None)
    return merged


def rebuild(dest: Path, merged: Merged, now: datetime) -> None:
    """Write `merged` as a new progress file at `dest` (latest schema, cards replayed)."""
    dest.unlink(missing_ok=True)
    conn = sqlite3.connect(dest, isolation_level=None)
    try:
        for step in range(progress_schema.latest_version()):
            progress_schema.apply_migration(conn, step)
        scheduler = Scheduler()
        conn.execute("BEGIN IMMEDIATE")
        ids: dict[str, int] = {}
        for name, created in merged.profiles.items():
            conn.execute("INSERT OR IGNORE INTO profiles (name, created_at) VALUES (?, ?)",
                         (name, created or review.iso(now)))
            ids[name] = conn.execute("SELECT id FROM profiles WHERE name = ?",
                                     (name,)).fetchone()[0]
        for name, question, answered, correct, score in sorted(
                merged.answers, key=lambda key: (key[2], key[0], key[1])):
            pid = ids[name]
            conn.execute(
                "INSERT INTO answers (profile_id, question_id, correct, score, answered_at)"
                " VALUES (?, ?, ?, ?, ?)", (pid, question, correct, score, answered))
            review.apply_review(conn, scheduler, pid, question, score, review.from_iso(answered))
        for (name, started), ended in sorted(merged.sessions.items()):
            conn.execute("INSERT INTO sessions (profile_id, started_at, ended_at)"
                         " VALUES (?, ?, ?)", (ids[name], started, ended))
        xapi_outbox.ensure(conn)
        conn.execute(xapi_config.SCHEMA)
        conn.executemany(f"INSERT OR IGNORE INTO xapi_settings ({_LRS}) VALUES"
                         " (?, ?, ?, ?, ?, ?, ?, ?)", list(merged.lrs.values()))
        conn.executemany(f"INSERT OR IGNORE INTO xapi_outbox ({_OUTBOX}) VALUES"
                         " (?, ?, ?, ?, ?, ?, ?, ?)", list(merged.outbox.values()))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
