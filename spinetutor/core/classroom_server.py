"""A small web server on the instructor's laptop so the room's phones can answer a question.

The standard library's ThreadingHTTPServer is enough (a class is at most a few hundred phones,
each sending one small request) and adds no dependency. It is careful because the room's
network is shared: it binds only the address the instructor picks, serves only its own page,
needs the PIN shown on the screen, refuses bodies over ``MAX_BODY`` bytes (413) and malformed
JSON (400), limits requests per client address, gives each phone one answer (a random token in
a cookie), and shows the counts only with the instructor's key. It keeps the counts and, in
memory only, the random tokens and the per-address request times of the last few seconds.
"""

from __future__ import annotations

import hmac
import json
import secrets
import socket
import threading
import time
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from spinetutor.core.classroom_page import csp, page_html
from spinetutor.core.classroom_poll import InvalidChoice, Poll

MAX_BODY = 4096
COOKIE = "spinetutor_answer"


class RateLimiter:
    """A token bucket per client address: `burst` requests at once, then `rate` per second."""

    def __init__(self, burst: int = 12, rate: float = 1.0,
                 clock: Any = time.monotonic) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(address, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[address] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > 4096:   # forget addresses whose bucket is full again
                full = self.burst / self.rate
                self._buckets = {a: v for a, v in self._buckets.items() if now - v[1] < full}
            return allowed


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 256   # a whole class may press "Send" in the same second
    room: ClassroomServer


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10            # a slow or silent client cannot hold a thread for long
    server_version = "SpineTutor"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        """Quiet: nothing about the phones is written anywhere."""

    # ---- replies --------------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", csp())
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data).encode(), "application/json; charset=utf-8")

    def _refuse(self, status: int, code: str) -> None:
        self._json(status, {"ok": False, "error": code})

    def _limited(self) -> bool:
        if self.server.room.limiter.allow(self.client_address[0]):
            return False
        self.close_connection = True
        self._refuse(429, "slow_down")
        return True

    def _token(self) -> str:
        try:
            cookie = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return ""
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel is not None else ""

    # ---- routes ---------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if self._limited():
            return
        url = urlsplit(self.path)
        room = self.server.room
        if url.path == "/":
            token = self._token()
            headers = {}
            if not room.knows(token):
                token = room.new_token()
                headers["Set-Cookie"] = (f"{COOKIE}={token}; Path=/; HttpOnly; "
                                         "SameSite=Strict")
            page = page_html(room.poll, room.language, answered=room.used(token))
            self._send(200, page.encode(), "text/html; charset=utf-8", headers)
        elif url.path == "/results":
            key = parse_qs(url.query).get("key", [""])[0]
            if not hmac.compare_digest(key.encode(), room.key.encode()):
                self._refuse(403, "key")
            else:
                self._json(200, room.poll.results())
        else:
            self._refuse(404, "not_found")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        if self._limited():
            return
        if urlsplit(self.path).path != "/answer":
            self.close_connection = True
            self._refuse(404, "not_found")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True      # never read an oversized or unsized body
            self._refuse(413 if length > MAX_BODY else 411, "too_large")
            return
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._refuse(400, "malformed")
            return
        if not isinstance(body, dict) or "pin" not in body or "choice" not in body:
            self._refuse(400, "malformed")
            return
        self._answer(body)

    def _answer(self, body: dict[str, Any]) -> None:
        room = self.server.room
        pin = body["pin"]
        if not isinstance(pin, str) or not hmac.compare_digest(pin.strip().encode(),
                                                               room.pin.encode()):
            self._refuse(403, "wrong_pin")
            return
        token = self._token()
        if not room.knows(token):
            self._refuse(403, "reload")
            return
        try:
            room.poll.bars_for(body["choice"])
        except InvalidChoice as problem:
            self._refuse(422, problem.code)
            return
        if not room.spend(token):
            self._refuse(409, "answered")
            return
        room.poll.record(body["choice"])
        self._json(200, {"ok": True})

    def do_PUT(self) -> None:  # noqa: N802 - stdlib name
        self.close_connection = True
        self._refuse(405, "method")

    do_DELETE = do_PATCH = do_OPTIONS = do_PUT


class ClassroomServer:
    """Serve `poll` on host:port (port 0 picks a free port) until stop()."""

    def __init__(self, poll: Poll, pin: str, host: str, port: int = 0, language: str = "en",
                 limiter: RateLimiter | None = None) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("the PIN must be 4 to 8 digits")
        self.poll, self.pin, self.language = poll, pin, language
        self.key = secrets.token_urlsafe(18)
        self.limiter = limiter or RateLimiter()
        self._tokens: dict[str, bool] = {}     # random token -> has answered
        self._lock = threading.Lock()
        self._httpd = (_Server6 if ":" in host else _Server)((host, port), _Handler)
        self._httpd.room = self
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._httpd.server_address[:2]
        return str(host), int(port)

    def _base(self) -> str:
        host, port = self.address
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    @property
    def student_url(self) -> str:
        return self._base()

    @property
    def results_url(self) -> str:
        return f"{self._base()}results?key={self.key}"

    # ---- tokens (one answer per phone) -------------------------------------------------
    def new_token(self) -> str:
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._tokens[token] = False
        return token

    def knows(self, token: str) -> bool:
        with self._lock:
            return token in self._tokens

    def used(self, token: str) -> bool:
        with self._lock:
            return self._tokens.get(token, False)

    def spend(self, token: str) -> bool:
        """Mark the token's answer given; False when it was given already."""
        with self._lock:
            if self._tokens.get(token, True):
                return False
            self._tokens[token] = True
            return True

    # ---- running ----------------------------------------------------------------------
    def start(self) -> ClassroomServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.2},
                                        name="classroom-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering and free the port; returns once the serving thread has ended."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> ClassroomServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
