"""Rotated, verified backups of the progress database in a ``backups/`` folder beside it.

Backups use SQLite's online backup API (a consistent snapshot even while WAL holds recent
answers), are written to a temp name, checked with ``PRAGMA integrity_check`` and only then
renamed into place, so a kill or a full disk never leaves a half backup that looks good.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spinetutor.core.atomic_write import _fsync_dir
from spinetutor.core.progress_errors import ProgressStoreError

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<n>\d+))?-(?P<label>[A-Za-z][\w.-]*)\.db$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was taken (from its name, so copying keeps the date)."""

    path: Path
    taken_at: datetime
    label: str


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first; temp files and other files are ignored."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != db_path.stem:
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        except ValueError:  # an impossible date (month 13): not one of ours, leave it be
            continue
        found.append((taken, int(match["n"] or 0), BackupInfo(entry, taken, match["label"])))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


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
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_stale_temps(folder: Path) -> None:
    """Temp files left by a backup that was killed half-way are useless: drop them."""
    for entry in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            entry.unlink()


def write_backup(
    conn: sqlite3.Connection, db_path: Path, *, keep: int, now: datetime, label: str = "auto"
) -> Path:
    """Write, verify and rotate one backup; raise ProgressStoreError if it cannot be made."""
    folder = backup_dir(db_path)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(folder)
        n = 0
        final = folder / f"{db_path.stem}-{stamp}-{label}.db"
        while final.exists():
            n += 1
            final = folder / f"{db_path.stem}-{stamp}-{n}-{label}.db"
        temp = folder / f".{final.name}.tmp"
        _copy_database(conn, temp)
        if not verify(temp):
            temp.unlink(missing_ok=True)
            raise ProgressStoreError(
                "SpineTutor made a backup of your progress but it failed its check, "
                "so it was discarded. Your progress file itself is unchanged."
            )
        os.replace(temp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError, UnboundLocalError):
            temp.unlink(missing_ok=True)
        raise ProgressStoreError(
            f"SpineTutor could not make a backup of your progress ({error}). "
            "Your progress file itself is unchanged."
        ) from error
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
