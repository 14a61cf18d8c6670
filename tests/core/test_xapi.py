"""Learning records reach a real LRS (Ralph) exactly once: through outages, errors, a slow
LRS, wrong credentials and a send killed half-way; and nothing is sent for a deleted learner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spinetutor.core.progress import ProgressStore
from spinetutor.core.xapi_client import Lrs, LrsError
from spinetutor.core.xapi_send import open_outbox, send
from spinetutor.core.xapi_statements import Learner
from tests.core.ralph_lrs import SECRET, USER, ralph_executable, ralph_server, stand_in

pytestmark = pytest.mark.skipif(ralph_executable() is None,
                                reason="Ralph LRS (ralph-malph, test extra) not installed")
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
HOME = "https://school.example"


@pytest.fixture(scope="module")
def lrs_endpoint(tmp_path_factory: pytest.TempPathFactory):
    with ralph_server(tmp_path_factory.mktemp("ralph")) as endpoint:
        yield endpoint


def _store(path: Path, answers: int, profile: str = "ana") -> Path:
    with ProgressStore(path) as store:
        store.create_profile(profile)
        for n in range(answers):
            store.record_answer(profile, f"q-{n % 37}", n % 3 != 0, START + timedelta(minutes=n),
                                context={"pack": "spinetutor-course", "lesson": "sciatica",
                                         "quiz": "sciatica-quiz"})
    return path


def _count(endpoint: str, registration: str) -> int:
    lrs = Lrs(endpoint, USER, SECRET)
    page, more = lrs.statements({"registration": registration, "limit": "100"})
    total = len(page)
    while more:
        page, more = lrs.more(more)
        total += len(page)
    return total


def _learner(registration: str) -> Learner:
    return Learner("ana.garcia", HOME, registration)


def test_200_answers_become_exactly_200_statements(lrs_endpoint: str, tmp_path: Path) -> None:
    """Every answer reaches the LRS once, with its question, result and class registration;
    a second send adds none."""
    registration = str(uuid.uuid4())
    store = _store(tmp_path / "p.sqlite3", 200)
    conn = open_outbox(store)
    report = send(conn, Lrs(lrs_endpoint, USER, SECRET), _learner(registration))
    assert (report.sent, report.remaining, report.error) == (200, 0, None)
    assert _count(lrs_endpoint, registration) == 200
    again = send(conn, Lrs(lrs_endpoint, USER, SECRET), _learner(registration))
    assert again.sent == 0 and _count(lrs_endpoint, registration) == 200
    page, _ = Lrs(lrs_endpoint, USER, SECRET).statements(
        {"registration": registration, "limit": "1"})
    statement = page[0]
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["object"]["id"].startswith("urn:spinetutor:pack:spinetutor-course:question:")
    assert statement["actor"]["account"] == {"homePage": HOME, "name": "ana.garcia"}
    assert "success" in statement["result"]
    conn.close()


def test_an_outage_keeps_every_statement_until_the_lrs_is_back(lrs_endpoint: str,
                                                               tmp_path: Path) -> None:
    """With the LRS unreachable or failing (500) nothing is lost and nothing is retried in a
    tight loop; once it is back, everything arrives once."""
    registration = str(uuid.uuid4())
    conn = open_outbox(_store(tmp_path / "p.sqlite3", 30))
    closed = Lrs("http://127.0.0.1:9/xAPI/", USER, SECRET, timeout=2)
    down = send(conn, closed, _learner(registration))
    assert (down.sent, down.remaining) == (0, 30) and "did not answer" in down.error
    retry_at = conn.execute("SELECT MIN(next_attempt) FROM xapi_outbox").fetchone()[0]
    assert retry_at > time.time() + 20                 # backed off, not hammering
    with stand_in("fail") as (failing, seen):
        later = time.time() + 120
        report = send(conn, Lrs(failing, USER, SECRET), _learner(registration),
                      clock=lambda: later)
        assert report.remaining == 30 and "500" in report.error and len(seen) == 1
    much_later = time.time() + 7200
    back = send(conn, Lrs(lrs_endpoint, USER, SECRET), _learner(registration),
                clock=lambda: much_later)
    assert (back.sent, back.remaining) == (30, 0)
    assert _count(lrs_endpoint, registration) == 30


def test_a_slow_lrs_times_out_and_loses_nothing(tmp_path: Path) -> None:
    """An LRS that never answers holds a send for the timeout only; the statements wait."""
    conn = open_outbox(_store(tmp_path / "p.sqlite3", 5))
    with stand_in("slow") as (slow, _):
        began = time.monotonic()
        report = send(conn, Lrs(slow, USER, SECRET, timeout=1.5), _learner(str(uuid.uuid4())))
    assert time.monotonic() - began < 10
    assert (report.sent, report.remaining) == (0, 5) and "did not answer" in report.error


def test_wrong_credentials_are_reported_without_the_secret(lrs_endpoint: str,
                                                           tmp_path: Path) -> None:
    """A wrong key or secret says so in plain words, keeps the statements, and never prints
    the secret."""
    conn = open_outbox(_store(tmp_path / "p.sqlite3", 3))
    lrs = Lrs(lrs_endpoint, USER, "not-the-secret")
    report = send(conn, lrs, _learner(str(uuid.uuid4())))
    assert report.remaining == 3 and "key and secret" in report.error
    assert "not-the-secret" not in report.line() and "not-the-secret" not in repr(lrs)
    with pytest.raises(LrsError) as failure:
        lrs.check()
    assert failure.value.status == 401 and not failure.value.retry
    assert Lrs(lrs_endpoint, USER, SECRET).check() is not None   # the right ones pass


def test_kill_9_mid_send_then_resend_stores_each_statement_once(lrs_endpoint: str,
                                                                tmp_path: Path) -> None:
    """The LRS received a batch but the sender was killed before it heard back: the rows are
    still queued, and sending them again (same ids, same bodies) adds no copies."""
    registration = str(uuid.uuid4())
    store = _store(tmp_path / "p.sqlite3", 40)
    with stand_in("forward-then-hang", forward_to=lrs_endpoint) as (proxy, seen):
        command = [sys.executable, "-m", "spinetutor", "xapi", "send", "--store", str(store),
                   "--endpoint", proxy, "--username", USER, "--account", "ana.garcia",
                   "--home-page", HOME, "--registration", registration]
        sender = subprocess.Popen(command, env={**os.environ, "SPINETUTOR_LRS_PASSWORD": SECRET},
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while _count(lrs_endpoint, registration) < 40 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _count(lrs_endpoint, registration) == 40   # the LRS has the whole batch...
        sender.send_signal(signal.SIGKILL)                 # ...the sender never heard back
        sender.wait(timeout=10)
    conn = open_outbox(store)
    assert conn.execute("SELECT COUNT(*) FROM xapi_outbox").fetchone()[0] == 40
    result = subprocess.run(
        [sys.executable, "-m", "spinetutor", "xapi", "send", "--store", str(store),
         "--endpoint", lrs_endpoint, "--username", USER, "--account", "ana.garcia",
         "--home-page", HOME, "--registration", registration],
        env={**os.environ, "SPINETUTOR_LRS_PASSWORD": SECRET}, capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 0, result.stderr
    assert "sent 40 statement(s); 0 waiting" in result.stdout
    assert _count(lrs_endpoint, registration) == 40


def test_statements_are_queued_with_the_answer_and_forgotten_with_the_learner(
        tmp_path: Path) -> None:
    """An answer and its statement are saved together; a finished quiz is queued too; deleting
    a learner removes what was waiting to be sent about them."""
    path = tmp_path / "p.sqlite3"
    with ProgressStore(path) as store:
        store.create_profile("ana")
        store.record_answer("ana", "q1", True, START)
        store.record_completion("ana", "quiz", "sciatica-quiz", START, score=0.8, success=True,
                                duration=timedelta(minutes=6))
        assert store.outbox_size() == 2
        store.record_answer("Guest", "q1", True, START)     # the guest is never recorded
        assert store.outbox_size() == 2
        store.delete_profile("ana")
        assert store.outbox_size() == 0
