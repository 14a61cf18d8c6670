"""Damaged learner data: every answer still readable anywhere comes back, and the learner is
told truthfully how many; clock changes and two starts at once lose nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spinetutor.core import backups, progress_salvage
from spinetutor.core.progress import ProgressStore

REPO = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _questions(store: ProgressStore) -> list[str]:
    return [a.question_id for a in store.answers("ann")]


def _fill(db: Path, count: int, clock: Clock, first: int = 0) -> None:
    with ProgressStore(db, clock=clock) as store:
        for n in range(first, first + count):
            store.record_answer("ann", f"question-{n:05d}-" + "x" * 40, n % 3 != 0,
                                clock.now + timedelta(seconds=n))


@pytest.fixture(params=["with-sqlite3-tool", "python-only"])
def tool(request, monkeypatch):
    """Recovery must work with and without the sqlite3 command-line tool."""
    if request.param == "python-only":
        monkeypatch.setattr(progress_salvage.shutil, "which", lambda _name: None)
    return request.param


def test_a_start_with_the_clock_years_ahead_does_not_stop_daily_backups(tmp_path, tool):
    """One start with the clock 4 years ahead, then normal days: backups go on, and after the
    file is destroyed every answer up to the last start comes back (it was 10 of 161)."""
    db = tmp_path / "progress.db"
    clock = Clock(T0)
    answered = 0
    for day in range(12):
        clock.now = T0 + timedelta(days=day)
        if day == 3:
            clock.now += timedelta(days=4 * 365)
        _fill(db, 14, clock, first=answered)
        answered += 14
    ProgressStore(db, clock=Clock(T0 + timedelta(days=12))).close()   # the last daily backup
    newest = backups.list_backups(db)[0]
    assert newest.taken_at == T0 + timedelta(days=12)   # taken after the future-dated one
    db.write_bytes(b"\x00destroyed" * 2000)
    with ProgressStore(db, clock=Clock(T0 + timedelta(days=13))) as store:
        assert len(_questions(store)) == answered == 168
        assert "Answers recovered: 168 (" in (store.recovery_message or "")


def test_mid_file_garbage_recovers_the_answers_still_in_the_file(tmp_path, tool):
    """Garbage over a few pages in the middle: the answers on the other pages and in the
    backup come back, far more than the backup alone held, and the message says how many."""
    db = tmp_path / "progress.db"
    clock = Clock(T0)
    _fill(db, 100, clock)
    with ProgressStore(db, clock=clock) as store:
        store.backup()
    _fill(db, 1900, clock, first=100)
    size = db.stat().st_size
    assert not db.with_name(db.name + "-wal").exists() and size > 40 * 4096
    data = bytearray(db.read_bytes())
    middle = (size // 4096 // 2) * 4096
    data[middle:middle + 2 * 4096] = b"\xde\xad\xbe\xef" * 2048
    db.write_bytes(bytes(data))
    with ProgressStore(db, clock=clock) as store:
        kept = _questions(store)
        message = store.recovery_message or ""
    assert len(kept) >= 1800, len(kept)
    assert {f"question-{n:05d}-" + "x" * 40 for n in range(100)} <= set(kept)
    assert f"Answers recovered: {len(kept)} (" in message
    assert len(kept) == len(set(kept))          # an answer in file and backup counts once


def test_damaged_file_and_every_backup_damaged_is_told_truthfully(tmp_path, tool):
    """It used to say "no backup was found" although one existed."""
    db = tmp_path / "progress.db"
    clock = Clock(T0)
    _fill(db, 50, clock)
    with ProgressStore(db, clock=clock) as store:
        store.backup()
    kept = backups.list_backups(db)
    assert len(kept) == 2     # the daily one taken at the second start, and the one asked for
    for file in [db, *[info.path for info in kept]]:
        file.write_bytes(b"garbage " * 1000)
    with ProgressStore(db, clock=clock) as store:
        message = store.recovery_message or ""
        assert _questions(store) == []
    assert "no backup" not in message
    assert "Backups: 2, undamaged: 0." in message
    assert "Answers recovered: 0 (" in message


def test_recovered_learner_keeps_learning_and_cards_agree(tmp_path):
    """After recovery the review schedule is rebuilt from the answers, and new answers save."""
    db = tmp_path / "progress.db"
    clock = Clock(T0)
    _fill(db, 30, clock)
    with ProgressStore(db, clock=clock) as store:
        store.backup()
    db.write_bytes(b"x" * 5000)
    with ProgressStore(db, clock=clock) as store:
        assert len(_questions(store)) == 30
        assert store.card("ann", "question-00001-" + "x" * 40) is not None
        store.record_answer("ann", "after", True, T0 + timedelta(days=1))
        assert "after" in _questions(store)


def test_stale_temporary_files_are_removed_at_start(tmp_path):
    """Temp files of a backup killed half-way (and the journals older versions left) are
    cleaned up at the next start; a live process's temp file is left alone."""
    db = tmp_path / "progress.db"
    _fill(db, 3, Clock(T0))
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = [f".progress-00000009-0123456789abcdef-auto.db.{dead}.tmp",
             f".progress-00000009-0123456789abcdef-auto.db.{dead}.tmp-journal",
             ".progress-20260302T090000000000Z-auto.db.tmp-journal",
             ".progress-20260302T090000000000Z-auto.db.tmp"]
    live = f".progress-00000010-0123456789abcdef-auto.db.{os.getppid()}.tmp"
    for name in [*stale, live]:
        (folder / name).write_bytes(b"half")
    (tmp_path / f".progress.db.restoring.{dead}.tmp").write_bytes(b"half")
    ProgressStore(db, clock=Clock(T0)).close()
    left = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
    assert left == [live]
    assert not list(tmp_path.glob(".progress.db.restoring*"))


TWO_AT_ONCE = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from spinetutor.core.progress import ProgressStore

    start = float(sys.argv[3])
    while time.time() < start:
        pass
    store = ProgressStore(sys.argv[1])
    store.record_answer("ann", sys.argv[2], True, datetime.now(UTC))
    store.close()
    print("saved", flush=True)
    """
)


def test_two_first_starts_at_once_both_save(tmp_path):
    """Two SpineTutors started together on a new folder: both create/open the file and both
    answers are kept (1 start in 20 used to fail and save nothing that session)."""
    script = tmp_path / "two.py"
    script.write_text(TWO_AT_ONCE)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.time() + 2.0
    children = []
    for folder in range(6):
        db = tmp_path / f"user{folder}" / "progress.db"
        for who in ("a", "b"):
            children.append((db, who, subprocess.Popen(
                [sys.executable, str(script), str(db), who, str(start)], cwd=REPO, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for _db, _who, child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0 and out.strip() == "saved", err[-2000:]
    for folder in range(6):
        db = tmp_path / f"user{folder}" / "progress.db"
        with ProgressStore(db) as store:
            assert sorted(_questions(store)) == ["a", "b"]
            assert store.recovery_message is None
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()


def test_statements_waiting_for_the_lrs_survive_a_recovery(tmp_path):
    """xAPI statements still queued in the damaged file are kept (not re-queued from a
    backup, where they may already have been sent), and so are the learner's LRS settings."""
    from spinetutor.core import xapi_outbox
    from spinetutor.core.xapi_config import XapiSettings

    db = tmp_path / "progress.db"
    clock = Clock(T0)
    _fill(db, 300, clock)
    lrs = XapiSettings(True, "https://lrs.school.example/xAPI/", "key", "secret", "ann")
    with ProgressStore(db, clock=clock) as store:
        queued = {row[0] for row in store._conn.execute(
            "SELECT statement_id FROM xapi_outbox")}
        store.backup()
        store.save_xapi_settings("ann", lrs)
    assert len(queued) == 300
    conn = sqlite3.connect(db)
    pages = [n for (n,) in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'answers_by_profile_time'")]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in pages:                   # garbage over the index: every table row readable
        data[(page - 1) * 4096:page * 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    with ProgressStore(db, clock=clock) as store:
        assert store.recovery is not None
        assert len(_questions(store)) == 300
        kept = {row.statement_id for row in xapi_outbox.pending(store._conn, 1e12, 1000)}
        assert store.xapi_settings("ann") == lrs     # saved after the backup: from the file
    assert kept == queued
