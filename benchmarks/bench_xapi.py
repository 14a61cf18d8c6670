"""xAPI figures: draining 10,000 queued statements into a real Ralph LRS, and reading a class of
300 learners x 500 answers back into the class view.

Run: python benchmarks/bench_xapi.py [--queued N] [--learners N] [--answers N]
Needs the test extra (ralph-malph). The class read is timed twice: against an in-process LRS
that serves pre-made pages (what SpineTutor itself costs: fetch, parse, summarise, build the
tables) and against Ralph for a smaller class (Ralph 5's file backend reads its whole file for
every page, so 150,000 statements there measure Ralph, not us).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spinetutor.core.progress import ProgressStore  # noqa: E402
from spinetutor.core.xapi_class import fetch_class  # noqa: E402
from spinetutor.core.xapi_client import Lrs  # noqa: E402
from spinetutor.core.xapi_send import open_outbox, send  # noqa: E402
from spinetutor.core.xapi_statements import Learner, answered_fact, statement  # noqa: E402
from tests.core.ralph_lrs import SECRET, USER, ralph_server  # noqa: E402

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def queue(path: Path, count: int, profile: str = "ana") -> None:
    with ProgressStore(path) as store:
        store.create_profile(profile)
        for n in range(count):
            store.record_answer(profile, f"q-{n % 177}", n % 3 != 0,
                                START + timedelta(seconds=n))


def class_statements(learners: int, answers: int, registration: str) -> list[dict]:
    out = []
    for who in range(learners):
        learner = Learner(f"learner-{who:03d}", "https://school.example", registration)
        for n in range(answers):
            fact = answered_fact(f"q-{n % 177}", float(n % 3 != 0), n % 3 != 0,
                                 (START + timedelta(seconds=n)).isoformat())
            out.append(statement(str(uuid.uuid4()), fact, learner))
    return out


def paging_lrs(statements: list[dict], page: int = 500) -> ThreadingHTTPServer:
    """An LRS stand-in serving `statements` in pages with 'more' links, as an LRS does."""
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            start = int(query.get("from", ["0"])[0])
            chunk = statements[start:start + page]
            more = f"/xAPI/statements?from={start + page}" if start + page < len(statements) else ""
            body = json.dumps({"statements": chunk, "more": more}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--queued", type=int, default=10_000)
    args.add_argument("--learners", type=int, default=300)
    args.add_argument("--answers", type=int, default=500)
    args.add_argument("--ralph-class", type=int, default=10_000,
                      help="statements in the class read back from Ralph itself")
    opts = args.parse_args()
    from PySide6.QtWidgets import QApplication

    from spinetutor.ui.progress.class_view import ClassView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        store = base / "p.sqlite3"
        began = time.perf_counter()
        queue(store, opts.queued)
        queued_s = time.perf_counter() - began
        registration = str(uuid.uuid4())
        with ralph_server(base / "ralph") as endpoint:
            lrs = Lrs(endpoint, USER, SECRET, timeout=120)
            conn = open_outbox(store)
            began = time.perf_counter()
            report = send(conn, lrs, Learner("ana", "https://school.example", registration))
            drain_s = time.perf_counter() - began
            conn.close()
            began = time.perf_counter()
            ralph_rows = fetch_class(lrs, registration)
            ralph_read_s = time.perf_counter() - began
        statements = class_statements(opts.learners, opts.answers, registration)
        server = paging_lrs(statements)
        local = Lrs(f"http://127.0.0.1:{server.server_address[1]}/xAPI/", "k", "s")
        view = ClassView()
        began = time.perf_counter()
        rows = fetch_class(local, registration)
        fetched_s = time.perf_counter() - began
        began = time.perf_counter()
        view.load_rows(rows, "bench")
        app.processEvents()
        shown_s = time.perf_counter() - began
        server.shutdown()
    print(f"queue {opts.queued:,} answers with their statements: {queued_s:.2f} s "
          f"({queued_s / opts.queued * 1000:.2f} ms each)")
    print(f"drain {report.sent:,} statements into Ralph (fs backend), batches of 100: "
          f"{drain_s:.2f} s ({report.sent / drain_s:,.0f} statements/s); {report.remaining} left")
    print(f"read {len(ralph_rows):,} answers back from Ralph: {ralph_read_s:.2f} s")
    print(f"class of {opts.learners} x {opts.answers} = {len(rows):,} answers: fetch and parse "
          f"{fetched_s:.2f} s (off the UI thread in the app), summarise and build the tables "
          f"{shown_s:.2f} s (on the UI thread)")


if __name__ == "__main__":
    main()
