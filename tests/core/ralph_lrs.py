"""A real Ralph LRS (ralph-malph, test extra) on 127.0.0.1 for the xAPI tests, and small
stand-ins for an LRS that fails (500), hangs, or forwards and never answers."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

USER, SECRET = "teacher", "s3cret-key"

# What `ralph runserver -b fs` runs (ralph.api:app under uvicorn, fs backend), in-process and
# without its file-watching reloader, with one change: Ralph 5.1's fs backend writes every POST
# with the CREATE operation, which refuses to touch its statements file once it exists, so a
# second batch fails with 500 "Statements bulk indexation failed". Appending is what a
# file-backed LRS must do; everything else (auth, xAPI validation, duplicate ids) is Ralph's.
RUN_RALPH = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND
import uvicorn
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ralph_executable() -> str | None:
    return shutil.which("ralph", path=str(Path(sys.executable).parent))


@contextmanager
def ralph_server(folder: Path) -> Iterator[str]:
    """Start Ralph's LRS on the fs backend (see RUN_RALPH) with credentials made by
    `ralph auth`; yields the xAPI endpoint. Stopped (its whole process group) on exit."""
    exe = ralph_executable()
    assert exe, "ralph not installed"
    app, data, run = folder / "app", folder / "data", folder / "run"
    for part in (app, data, run):
        part.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "RALPH_APP_DIR": str(app), "RALPH_RUNSERVER_BACKEND": "fs",
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data)}
    subprocess.run([exe, "auth", "-u", USER, "-p", SECRET, "-s", "all",
                    "-M", "mailto:teacher@example.org", "-w"],
                   env=env, check=True, capture_output=True, timeout=120)
    port = free_port()
    log = open(folder / "ralph.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_RALPH, str(port)],
        cwd=run, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    endpoint = f"http://127.0.0.1:{port}/xAPI/"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/__heartbeat__",
                                            timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("Ralph did not start: "
                                       + (folder / "ralph.log").read_text()[-2000:]) from None
                time.sleep(0.3)
        yield endpoint
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        log.close()


@contextmanager
def stand_in(behaviour: str, forward_to: str = "") -> Iterator[tuple[str, list[int]]]:
    """An HTTP server on 127.0.0.1 that answers every request with a 500 ('fail'), sleeps
    past any client timeout ('slow'), or forwards the request to `forward_to` and then never
    answers ('forward-then-hang'). Yields its endpoint and a list counting the requests."""
    seen: list[int] = []
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _any(self) -> None:
            seen.append(1)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if behaviour == "fail":
                self.send_response(500)
                self.end_headers()
                self.wfile.write(b'{"detail": "internal error"}')
                return
            if behaviour == "forward-then-hang":
                target = forward_to.rstrip("/") + self.path.split("/xAPI", 1)[-1]
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("authorization", "content-type",
                                            "x-experience-api-version")}
                request = urllib.request.Request(target, data=body, headers=headers,
                                                 method=self.command)
                with urllib.request.urlopen(request, timeout=30):
                    pass
            release.wait(30)  # 'slow' and 'forward-then-hang' never answer in time

        do_GET = do_POST = do_PUT = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/xAPI/", seen
    finally:
        release.set()
        server.shutdown()
        server.server_close()
