"""Opening the progress database safely: probe, recover from damage, refuse newer files, migrate.

Kept apart from the store so the everyday read/write code stays short. The order matters: a file
is probed read-only first, so a database from a newer SpineTutor is refused without being
touched (no WAL checkpoint, no pragma write). Opening (with its recovery, migration and backup)
runs under an exclusive lock on a small file beside the database, so two SpineTutors started
at once never both create the tables (1 start in 20 used to fail and then saved nothing), and
neither takes the other's half-written file for damage.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spinetutor.core import backups, progress_salvage, progress_schema
from spinetutor.core.progress_errors import ProgressStoreError, ProgressStoreTooNew

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm")


@dataclass
class Opened:
    """A ready connection and what the learner should be told about how it was opened."""

    conn: sqlite3.Connection
    read_only: bool = False
    read_only_message: str | None = None
    recovery: Recovery | None = None

    @property
    def recovery_message(self) -> str | None:
        return self.recovery.message() if self.recovery is not None else None


LOCK_WAIT = 60.0   # seconds another SpineTutor may take to open (a big recovery) before we give up


@contextlib.contextmanager
def opening_lock(path: Path) -> Iterator[None]:
    """Hold the store's exclusive opening lock (a file beside it); without a writable folder
    there is nothing to protect and no lock is taken."""
    lock = path.with_name(f".{path.name}.lock")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise ProgressStoreError(
                    "Another SpineTutor window is still opening your progress file. "
                    "Close it or try again in a minute.")
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _folder_writable(folder: Path) -> bool:
    """Try to create a file: permission bits lie for root and on read-only mounts."""
    probe = folder / f".spinetutor-write-test-{uuid.uuid4().hex}"
    try:
        probe.touch()
        probe.unlink()
        return True
    except OSError:
        return False


def _file_writable(path: Path) -> bool:
    try:
        os.close(os.open(path, os.O_RDWR))
        return True
    except OSError:
        return False


def _ro_connect(path: Path, immutable: bool = False) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _is_damage(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def probe(path: Path) -> tuple[str, int]:
    """("ok", version) or ("corrupt", 0), reading only; an empty file counts as new.

    Without a -wal file no other connection is open, so the file is read as immutable: that
    creates no -wal/-shm files (a refused newer file stays exactly as it was) and works in a
    read-only folder. With a -wal file, a plain read-only connection sees its committed pages.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_MAGIC))
    except OSError as error:
        raise ProgressStoreError(f"SpineTutor cannot read your progress file ({error}).") from error
    if not head:
        return ("ok", 0)
    if head != _MAGIC:
        return ("corrupt", 0)
    immutable = not path.with_name(path.name + "-wal").exists()
    try:
        conn = _ro_connect(path, immutable=immutable)
        try:
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return ("corrupt", 0)
            return ("ok", progress_schema.user_version(conn))
        finally:
            conn.close()
    except sqlite3.Error as error:
        if _is_damage(error):
            return ("corrupt", 0)
        raise ProgressStoreError(
            f"SpineTutor cannot read your progress file ({error}). It was not changed."
        ) from error


def too_new_error(version: int) -> ProgressStoreTooNew:
    return ProgressStoreTooNew(
        f"Your progress file was saved by a newer version of SpineTutor (data version {version}; "
        f"this version understands up to {progress_schema.latest_version()}). Please update "
        "SpineTutor to open it. The file was not changed."
    )


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged file (and its WAL files) with a timestamp; it is kept, never deleted."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


NOTHING_READ = ("Your progress file was damaged and nothing in it could be read; there was no "
                "backup, so SpineTutor started a new one. The damaged file was kept as {aside}.")
NO_BACKUP = ("Your progress file was damaged and has been rebuilt. Answers recovered: {total} "
             "(all from the damaged file; there was no backup). The damaged file was kept as "
             "{aside}.")
FROM_BACKUPS = ("Your progress file was damaged and has been rebuilt. Answers recovered: {total} "
                "({from_file} from the damaged file, {more} more from the backups). Backups: "
                "{backups}, undamaged: {good}. The damaged file was kept as {aside}.")
"""What the learner is told after a recovery (the UI shows the same sentences translated)."""


@dataclass(frozen=True)
class Recovery:
    """What a recovery did, in numbers: answers kept, where they came from, the backups."""

    total: int
    from_file: int
    backups: int
    good_backups: int
    aside: str

    @property
    def template(self) -> str:
        if not self.backups:
            return NOTHING_READ if self.total == 0 else NO_BACKUP
        return FROM_BACKUPS

    def fields(self) -> dict[str, object]:
        return {"total": self.total, "from_file": self.from_file,
                "more": self.total - self.from_file, "backups": self.backups,
                "good": self.good_backups, "aside": self.aside}

    def message(self) -> str:
        return self.template.format(**self.fields())


def recover(path: Path, now: datetime) -> Recovery:
    """Set a damaged file aside, rebuild it from every row still readable in it and in every
    backup (good or damaged), and say in numbers what was recovered."""
    found = backups.list_backups(path)
    good = [info for info in found if backups.verify(info.path)]
    aside = _move_aside(path, now)
    sources = [progress_salvage.read_rows(aside)]
    sources += [progress_salvage.read_rows(info.path) for info in found]
    merged = progress_salvage.merge(sources)
    temp = path.with_name(f".{path.name}.restoring.{os.getpid()}.tmp")
    try:
        progress_salvage.rebuild(temp, merged, now)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return Recovery(len(merged.answers), merged.answers_from(0), len(found), len(good),
                    aside.name)


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ProgressStoreError(f"SpineTutor could not switch the progress file to WAL ({mode}).")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def migrate(conn: sqlite3.Connection, path: Path, keep: int, now: datetime) -> None:
    """Bring the file to the latest schema, taking a verified backup before each step."""
    version = progress_schema.user_version(conn)
    latest = progress_schema.latest_version()
    if version > latest:
        raise too_new_error(version)
    for step in range(version, latest):
        if step > 0 or _has_tables(conn):
            backups.write_backup(conn, path, keep=keep, now=now, label=f"before-v{step + 1}")
        progress_schema.apply_migration(conn, step)


def _open_read_only(path: Path, reason: str) -> Opened:
    """Folder or file cannot be written: read what is there, refuse every change."""
    if not path.exists():
        conn = sqlite3.connect(":memory:", isolation_level=None)
        for step in range(progress_schema.latest_version()):
            progress_schema.apply_migration(conn, step)
        return Opened(conn, True, f"{reason} Nothing you do now will be saved.")
    status, version = probe(path)
    if status == "corrupt":
        raise ProgressStoreError(
            f"Your progress file is damaged and cannot be repaired here. {reason}"
        )
    if version > progress_schema.latest_version():
        raise too_new_error(version)
    if version < progress_schema.latest_version():
        raise ProgressStoreError(
            f"Your progress file needs a one-time update, but it cannot be changed. {reason}"
        )
    conn = _ro_connect(path)
    try:
        conn.execute("SELECT count(*) FROM profiles").fetchone()
    except sqlite3.Error:  # WAL file without -shm in a read-only folder: nobody writes it
        conn.close()
        conn = _ro_connect(path, immutable=True)
    return Opened(
        conn, True, f"{reason} You can look at your progress but new answers are not saved."
    )


def open_database(path: Path, *, keep: int, now: datetime) -> Opened:
    """Open (creating if needed) the progress database at ``path``."""
    folder = path.parent
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir() or not _folder_writable(folder):
        return _open_read_only(path, "The folder holding your progress is read-only.")
    if path.exists() and not _file_writable(path):
        return _open_read_only(path, "Your progress file is read-only.")
    backups.remove_stale_temps(backups.backup_dir(path))
    backups.remove_stale_temps(folder, prefix=f".{path.name}.")
    backups.rotate(path, keep)   # a kill between a backup's rename and its rotation
    recovery = None
    if path.exists():
        status, version = probe(path)
        if status == "ok" and path.stat().st_size == 0 and backups.list_backups(path):
            status = "corrupt"  # emptied file while backups exist: restore, don't start afresh
        if status == "corrupt":
            recovery = recover(path, now)
        elif version > progress_schema.latest_version():
            raise too_new_error(version)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    except sqlite3.Error as error:
        raise ProgressStoreError(f"SpineTutor cannot open your progress file ({error}).") from error
    try:
        _configure(conn)
        migrate(conn, path, keep, now)
    except sqlite3.Error as error:
        conn.close()
        raise ProgressStoreError(
            f"SpineTutor could not prepare your progress file ({error}). "
            "Your progress up to now is unchanged."
        ) from error
    except BaseException:
        conn.close()
        raise
    return Opened(conn, recovery=recovery)
