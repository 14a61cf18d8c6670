"""`spinetutor classroom serve`: prints the two addresses, counts answers, stops on Ctrl+C."""

from __future__ import annotations

import http.client
import json
import re
import signal
import subprocess
import sys
import time
from urllib.parse import urlsplit


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "spinetutor", "classroom", "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lines_until(process: subprocess.Popen[str], marker: str) -> str:
    seen = ""
    deadline = time.monotonic() + 60
    while marker not in seen and time.monotonic() < deadline:
        line = process.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        seen += line
    return seen


def test_serve_prints_urls_counts_an_answer_and_stops_on_ctrl_c() -> None:
    """The instructor sees where students go and the results address; Ctrl+C ends cleanly."""
    process = _start("--question", "disc-level-vs-root-l5s1-pl", "--port", "0",
                     "--pin", "7302", "--host", "127.0.0.1")
    try:
        shown = _lines_until(process, "Press Ctrl+C")
        student = re.search(r"Students open: (http://\S+)", shown).group(1)
        results = re.search(r"Results \(instructor only\): (http://\S+)", shown).group(1)
        assert "(PIN 7302)" in shown and "/results?key=" in results
        url = urlsplit(student)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
        conn.request("GET", "/")
        page = conn.getresponse()
        cookie = page.getheader("Set-Cookie").split(";")[0]
        assert "L5-S1 disc herniation" in page.read().decode()
        conn.request("POST", "/answer", json.dumps({"pin": "7302", "choice": "s1"}),
                     {"Cookie": cookie})
        assert conn.getresponse().read() == b'{"ok": true}'
        key_path = urlsplit(results)
        conn.request("GET", f"{key_path.path}?{key_path.query}")
        assert json.loads(conn.getresponse().read())["respondents"] == 1
        conn.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped. 1 answer(s):" in out
    assert re.search(r"1\s+S1\s+\(right\)", out)


def test_unknown_question_is_named_with_close_ids() -> None:
    """A mistyped question id exits 2 and suggests the id meant."""
    process = _start("--question", "disc-level-vs-root-l5s1", "--port", "0", "--pin", "1234",
                     "--host", "127.0.0.1")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "no question 'disc-level-vs-root-l5s1'" in err
    assert "did you mean" in err and "disc-level-vs-root-l5s1-pl" in err
