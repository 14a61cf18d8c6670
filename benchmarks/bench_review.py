"""Print how long today's review list takes for a learner with 100,000 answers on 5,000 questions.

The history is built with the real FSRS scheduler (one transaction, so building is quick); the
figure that matters is the due-list time, which must stay well under 50 ms.
Run: python benchmarks/bench_review.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spinetutor.core import review  # noqa: E402
from spinetutor.core.progress import ProgressStore  # noqa: E402

ANSWERS = 100_000
QUESTIONS = 5_000


def build(store: ProgressStore, start: datetime) -> datetime:
    """Simulate about a year of study: each day review what is due, plus some new questions."""
    rng = random.Random(1)
    conn = store._conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO profiles (name, created_at) VALUES ('ann', ?)", (review.iso(start),))
    pid = conn.execute("SELECT id FROM profiles").fetchone()[0]
    at = start
    for _ in range(ANSWERS):
        qid = f"q{rng.randrange(QUESTIONS)}"
        score = 1.0 if rng.random() < 0.8 else 0.0
        conn.execute(
            "INSERT INTO answers (profile_id, question_id, correct, score, answered_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (pid, qid, int(score), score, review.iso(at)),
        )
        review.apply_review(conn, store._scheduler, pid, qid, score, at)
        at += timedelta(minutes=5)
    conn.execute("COMMIT")
    return at


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = ProgressStore(Path(folder) / "progress.db")
        t = time.perf_counter()
        now = build(store, datetime(2025, 1, 1, tzinfo=UTC))
        print(f"built {ANSWERS} answers / {QUESTIONS} questions in {time.perf_counter() - t:.1f} s")
        store.close()
        t = time.perf_counter()
        store = ProgressStore(Path(folder) / "progress.db")
        print(f"open (quick_check, backup): {(time.perf_counter() - t) * 1000:.1f} ms")
        for label, action in [
            ("due_questions(all)", lambda: store.due_questions("ann", now)),
            ("due_questions(limit=50)", lambda: store.due_questions("ann", now, limit=50)),
            ("due_forecast(7 days)", lambda: store.due_forecast("ann", now)),
            ("answers() full history", lambda: store.answers("ann")),
        ]:
            runs = []
            for _ in range(7):
                t = time.perf_counter()
                result = action()
                runs.append((time.perf_counter() - t) * 1000)
            size = len(result)
            print(f"{label:26s} median {statistics.median(runs):7.2f} ms  (result size {size})")
        t = time.perf_counter()
        store.record_answer("ann", "q1", True, now)
        print(f"record_answer (fsync):     {(time.perf_counter() - t) * 1000:7.2f} ms")
        store.close()


if __name__ == "__main__":
    main()
