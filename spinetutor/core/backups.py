"""Rotated, verified backups of the progress database in a ``backups/`` folder beside it.

Backups use SQLite's online backup API (a consistent snapshot even while WAL holds recent
answers), are written to a temp name, checked with ``PRAGMA integrity_check`` and only then
renamed into place, so a kill or a full disk never leaves a half backup that looks good.

Backups are named by a counter and a digest of their content, never by the wall clock: one
start with the clock four years ahead used to make that backup "newest" for four years (no
daily backup was taken after it, and recovery restored it: 10 of 161 answers kept). The
counter orders them; the content digest means an unchanged file is not backed up twice. The
time a backup was taken is the file's modification time (set from the store's clock), used
only to decide whether a day has passed. Names from older versions (with a date) are still
listed, after every counter-named one. Temporary files carry the writing process's id, so a
start removes those of processes that are gone (a kill mid-backup) and no others.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spinetutor.core.atomic_write import _fsync_dir
from spinetutor.core.progress_errors import ProgressStoreError

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<counter>\d{8})-(?P<digest>[0-9a-f]{16})-(?P<label>[A-Za-z][\w.-]*)\.db$"
)
_OLD_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<n>\d+))?-(?P<label>[A-Za-z][\w.-]*)\.db$"
)
_TEMP = re.compile(r"^\..*\.(?P<pid>\d+)\.tmp(?:-journal|-wal|-shm)?$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: its place in the order, the digest of its content, when it was taken
    (the file's modification time: a hint for "a day has passed", never for the order)."""

    path: Path
    counter: int
    digest: str
    label: str
    taken_at: datetime


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path``, newest (highest counter) first; names from older versions
    follow in their own order; temp files and other files are ignored."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[int, str, int], BackupInfo]] = []
    for entry in folder.iterdir():
        new, old = _NAME.match(entry.name), _OLD_NAME.match(entry.name)
        match = new or old
        if not match or match["stem"] != db_path.stem:
            continue
        try:
            taken = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
        except (OSError, OverflowError, ValueError):
            continue
        if new:
            order = (1, "", int(new["counter"]))
            info = BackupInfo(entry, int(new["counter"]), new["digest"], new["label"], taken)
        else:  # an older version's name: its date is only used to order these among themselves
            order = (0, old["stamp"], int(old["n"] or 0))
            info = BackupInfo(entry, 0, "", old["label"], taken)
        found.append((order, info))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _, info in found]


def content_digest(conn: sqlite3.Connection) -> str:
    """A digest of every row of every table (and the schema version): equal for equal
    content however the pages are laid out, so an unchanged file is not backed up again."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        try:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        except sqlite3.OperationalError:   # WITHOUT ROWID: its primary key order is fixed
            rows = conn.execute(f'SELECT * FROM "{table}"')
        for row in rows:
            digest.update(repr(row).encode())
    return digest.hexdigest()


def verify(path: Path) -> bool:
    """True when ``path`` is a readable SQLite database passing ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Snapshot ``source`` into a new single-file database at ``dest`` and fsync it."""
    target = sqlite3.connect(dest)
    try:
        target.execute("PRAGMA journal_mode=OFF")   # a temp file needs no journal to leak
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False   # only POSIX can ask cheaply; elsewhere the opening lock protects
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True    # exists, owned by someone else
    return True


def remove_stale_temps(folder: Path, prefix: str = ".") -> None:
    """Temp files of a backup or restore whose process is gone (killed half-way) are useless:
    drop them. Files of a live process are left alone; those without a process id (older
    versions, which also left ``*.tmp-journal`` files) go at once."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix) or ".tmp" not in entry.name:
            continue
        match = _TEMP.match(entry.name)
        if match is None or not _alive(int(match["pid"])):
            with contextlib.suppress(OSError):
                entry.unlink()


def write_backup(
    conn: sqlite3.Connection, db_path: Path, *, keep: int, now: datetime, label: str = "auto",
    digest: str | None = None,
) -> Path:
    """Write, verify and rotate one backup; raise ProgressStoreError if it cannot be made.

    Callers hold the store's opening lock (progress_open.opening_lock), so the counter is
    unique among processes."""
    folder = backup_dir(db_path)
    temp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(folder)
        existing = list_backups(db_path)
        counter = max((info.counter for info in existing), default=0) + 1
        digest = digest or content_digest(conn)
        final = folder / f"{db_path.stem}-{counter:08d}-{digest}-{label}.db"
        temp = folder / f".{final.name}.{os.getpid()}.tmp"
        _copy_database(conn, temp)
        if not verify(temp):
            raise ProgressStoreError(
                "SpineTutor made a backup of your progress but it failed its check, "
                "so it was discarded. Your progress file itself is unchanged."
            )
        stamp = now.timestamp()
        os.utime(temp, (stamp, stamp))
        os.replace(temp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error, OverflowError) as error:
        raise ProgressStoreError(
            f"SpineTutor could not make a backup of your progress ({error}). "
            "Your progress file itself is unchanged."
        ) from error
    finally:
        if temp is not None:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
    rotate(db_path, keep)
    return final


def rotate(db_path: Path, keep: int) -> None:
    """Keep the newest ``keep`` backups (at least one), delete older ones."""
    for info in list_backups(db_path)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that still passes its integrity check, or None."""
    for info in list_backups(db_path):
        if verify(info.path):
            return info
    return None


def restore(backup: Path, db_path: Path) -> None:
    """Copy ``backup`` into a new file ``db_path`` (a temp name: the caller renames it)."""
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_database(source, db_path)
    finally:
        source.close()
