"""Kill -9 a SpineTutor progress writer many times; check nothing acknowledged is lost.

    .venv/bin/python tools/progress/kill_loop.py [--kills 200] [--seed 14]

Each round starts a process that opens the store (the opening lock, recovery, daily backup),
records answers (printing each one only after record_answer returned) and takes a backup every
few answers; it is killed with SIGKILL at a random moment: while opening, mid-answer or
mid-backup. At the end one more start must report no damage, hold every acknowledged answer,
pass SQLite's integrity check and leave no temporary file. The test suite runs 20 kills
(tests/core/test_progress_faults.py); this runs as many as asked. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from spinetutor.core.progress import ProgressStore

    store = ProgressStore(sys.argv[1])
    first = int(sys.argv[2])
    print("ready", flush=True)
    for n in range(first, first + 100000):
        store.record_answer("ann", f"q{n}", n % 3 != 0, datetime.now(UTC))
        print(n, flush=True)
        if n % 5 == 0:
            store.backup()
    """
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    from spinetutor.core import backups
    from spinetutor.core.progress import ProgressStore

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="spinetutor-kill-") as folder:
        work = Path(folder)
        script = work / "writer.py"
        script.write_text(WRITER, encoding="utf-8")
        db = work / "data" / "progress.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        acknowledged: set[str] = set()
        started = time.monotonic()
        for round_no in range(args.kills):
            child = subprocess.Popen([sys.executable, str(script), str(db),
                                      str(round_no * 1_000_000)],
                                     stdout=subprocess.PIPE, text=True, env=env)
            assert child.stdout is not None
            if round_no % 5 != 4:   # most kills while writing, some while opening
                child.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            acknowledged |= {f"q{line}" for line in child.stdout.read().split()
                             if line.isdigit()}
            child.stdout.close()
        seconds = time.monotonic() - started
        with ProgressStore(db) as store:
            damaged = store.recovery_message
            stored = {answer.question_id for answer in store.answers("ann")}
        conn = sqlite3.connect(db)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
        temps = [p.name for p in db.parent.rglob("*") if ".tmp" in p.name]
        lost = acknowledged - stored
        print(f"kills: {args.kills} in {seconds:.1f} s")
        print(f"acknowledged answers: {len(acknowledged)}")
        print(f"stored answers: {len(stored)} ({len(stored - acknowledged)} in flight at a kill)")
        print(f"acknowledged answers lost: {len(lost)}")
        print(f"recovery needed: {'yes: ' + damaged if damaged else 'no'}")
        print(f"integrity_check: {integrity}")
        print(f"backups kept: {len(backups.list_backups(db))}")
        print(f"temporary files left: {len(temps)} {temps[:5]}")
        ok = not lost and not damaged and integrity == "ok" and not temps
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
