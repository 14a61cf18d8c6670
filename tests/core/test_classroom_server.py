"""The class-question server: phones on the room's network answer once; strangers get nothing.

Every server here binds a loopback address; the "phones" connect from distinct loopback
source addresses (127.0.0.2, 127.0.0.3, ...), as a room's phones each have their own address.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from pydantic import TypeAdapter

from spinetutor.core.classroom_poll import Poll, TapMap, poll_for
from spinetutor.core.classroom_server import MAX_BODY, ClassroomServer, RateLimiter
from spinetutor.core.quizzes import Question

QUESTION = TypeAdapter(Question).validate_python({
    "id": "which-root", "type": "single_choice", "prompt": "Which root does an L4-L5 "
    "posterolateral disc herniation usually compress?", "explanation": "The traversing root.",
    "about": ["root:L5"], "options": [
        {"id": "l4", "text": "L4"}, {"id": "l5", "text": "L5", "correct": True},
        {"id": "s1", "text": "S1"}]})
PIN = "4821"


def _poll() -> Poll:
    return poll_for(QUESTION, str)


class Phone:
    """One simulated phone: its own loopback source address and its own cookie."""

    def __init__(self, server: ClassroomServer, source: str = "127.0.0.1") -> None:
        self.host, self.port = server.address
        self.source = source
        self.cookie = ""

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10,
                                          source_address=(self.source, 0))
        try:
            sent = dict(headers or {})
            if self.cookie:
                sent["Cookie"] = self.cookie
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            cookie = response.getheader("Set-Cookie")
            if cookie:
                self.cookie = cookie.split(";")[0]
            return response.status, response.read()
        finally:
            conn.close()

    def open_page(self) -> str:
        status, body = self.request("GET", "/")
        assert status == 200
        return body.decode()

    def answer(self, choice: object, pin: str = PIN) -> tuple[int, dict]:
        body = json.dumps({"pin": pin, "choice": choice}).encode()
        status, reply = self.request("POST", "/answer", body,
                                     {"Content-Type": "application/json"})
        return status, json.loads(reply)


def _results(server: ClassroomServer, key: str | None) -> tuple[int, dict]:
    path = "/results" if key is None else f"/results?key={key}"
    status, body = Phone(server).request("GET", path)
    return status, json.loads(body)


def _loopback_sources(count: int) -> list[str]:
    sources = [f"127.0.0.{n}" for n in range(2, 2 + count)]
    probe = socket.socket()
    try:
        probe.bind((sources[-1], 0))
    except OSError:
        pytest.skip("this system cannot send from 127.0.0.x addresses other than 127.0.0.1")
    finally:
        probe.close()
    return sources


@pytest.fixture
def server():
    room = ClassroomServer(_poll(), PIN, "127.0.0.1", 0).start()
    yield room
    room.stop()


def test_a_hundred_phones_at_once_are_counted_exactly(server) -> None:
    """100 phones answering at the same moment give exactly 100 answers on the chart."""
    sources = _loopback_sources(100)
    choices = ["l4", "l5", "s1"]
    start = threading.Barrier(100, timeout=30)

    def phone(index: int) -> int:
        one = Phone(server, sources[index])
        one.open_page()
        start.wait()
        status, _ = one.answer(choices[index % 3])
        return status

    with ThreadPoolExecutor(max_workers=100) as pool:
        statuses = list(pool.map(phone, range(100)))
    assert statuses == [200] * 100
    status, results = _results(server, server.key)
    assert status == 200
    assert results["respondents"] == 100
    counts = {bar["key"]: bar["count"] for bar in results["bars"]}
    assert counts == {"l4": 34, "l5": 33, "s1": 33}
    assert [bar["correct"] for bar in results["bars"]] == [False, True, False]


def test_a_phone_answers_only_once(server) -> None:
    """A second answer from the same phone is refused and not counted."""
    phone = Phone(server)
    phone.open_page()
    assert phone.answer("l5") == (200, {"ok": True})
    assert phone.answer("l4") == (409, {"ok": False, "error": "answered"})
    assert "answered" in phone.open_page()  # the reloaded page says so too
    assert server.poll.counts() == (1, {"l5": 1})


def test_wrong_pin_and_unknown_choice_are_refused(server) -> None:
    """A wrong PIN or an answer the question does not have counts nothing."""
    phone = Phone(server)
    phone.open_page()
    assert phone.answer("l5", pin="0000") == (403, {"ok": False, "error": "wrong_pin"})
    assert phone.answer("l5", pin="") == (403, {"ok": False, "error": "wrong_pin"})
    assert phone.answer("l9") == (422, {"ok": False, "error": "bad_choice"})
    assert phone.answer(["l5"]) == (422, {"ok": False, "error": "bad_choice"})
    assert server.poll.counts() == (0, {})
    assert phone.answer("l5") == (200, {"ok": True})  # the phone can still answer properly


def test_an_answer_without_the_page_cookie_is_refused(server) -> None:
    """A script posting without having opened the page cannot add answers."""
    assert Phone(server).answer("l5") == (403, {"ok": False, "error": "reload"})
    assert server.poll.counts() == (0, {})


def test_results_need_the_instructor_key(server) -> None:
    """Without the key (or with a wrong one) nobody sees the counts."""
    assert _results(server, None) == (403, {"ok": False, "error": "key"})
    assert _results(server, "guess") == (403, {"ok": False, "error": "key"})
    assert _results(server, server.key)[0] == 200
    assert server.results_url.endswith(f"/results?key={server.key}")


def test_oversized_and_malformed_bodies_are_refused(server) -> None:
    """A body over the limit gets 413 unread; broken JSON or a missing field gets 400."""
    phone = Phone(server)
    phone.open_page()
    big = json.dumps({"pin": PIN, "choice": "l5", "pad": "x" * MAX_BODY}).encode()
    status, body = phone.request("POST", "/answer", big)
    assert (status, json.loads(body)["error"]) == (413, "too_large")
    for broken in (b"{not json", b"\xff\xfe", b"[1, 2]", b'{"pin": "4821"}'):
        status, body = phone.request("POST", "/answer", broken)
        assert (status, json.loads(body)["error"]) == (400, "malformed"), broken
    assert server.poll.counts() == (0, {})


def test_only_its_own_page_is_served(server) -> None:
    """Any other path or method is refused; the page allows no outside script or font."""
    phone = Phone(server)
    for path in ("/etc/passwd", "/../", "/favicon.ico", "/answer"):
        assert phone.request("GET", path)[0] == 404, path
    assert phone.request("POST", "/other", b"{}")[0] == 404
    assert phone.request("PUT", "/", b"")[0] == 405
    page = phone.open_page()
    assert "http" not in page.replace("http-equiv", "")  # no outside address in the page
    conn = http.client.HTTPConnection(*server.address, timeout=10)
    conn.request("GET", "/")
    policy = conn.getresponse().getheader("Content-Security-Policy")
    conn.close()
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_requests_are_rate_limited_per_address() -> None:
    """A phone hammering the server is slowed down; another phone is not affected."""
    limiter = RateLimiter(burst=5, rate=0.01)
    with ClassroomServer(_poll(), PIN, "127.0.0.1", 0, limiter=limiter) as room:
        sources = _loopback_sources(2)
        noisy = Phone(room, sources[0])
        statuses = [noisy.request("GET", "/")[0] for _ in range(8)]
        assert statuses == [200] * 5 + [429] * 3
        calm = Phone(room, sources[1])
        assert calm.open_page()
        assert calm.answer("l4")[0] == 200


def test_the_server_stops_cleanly_and_frees_its_port() -> None:
    """After stop() nothing answers, the serving thread has ended and the port is free."""
    room = ClassroomServer(_poll(), PIN, "127.0.0.1", 0).start()
    host, port = room.address
    assert Phone(room).open_page()
    room.stop()
    assert not room.running
    assert not any(t.name == "classroom-server" for t in threading.enumerate())
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=2).close()
    again = ClassroomServer(_poll(), PIN, host, port).start()
    again.stop()


def test_spanish_page() -> None:
    """With the app in Spanish the phone's page is in Spanish."""
    with ClassroomServer(_poll(), PIN, "127.0.0.1", 0, language="es") as room:
        page = Phone(room).open_page()
    assert "<html lang='es'>" in page and "Enviar respuesta" in page
    assert "PIN que se ve en la pantalla" in page


def test_pin_must_be_digits() -> None:
    """An instructor's PIN that is not 4 to 8 digits is refused before anything starts."""
    for pin in ("12", "abcd", "123456789"):
        with pytest.raises(ValueError, match="4 to 8 digits"):
            ClassroomServer(_poll(), pin, "127.0.0.1", 0)


def test_plate_taps_count_the_structure_under_the_finger() -> None:
    """A tap on the picture counts the structure drawn there; a tap on nothing is refused."""
    question = TypeAdapter(Question).validate_python({
        "id": "tap-disc", "type": "click_diagram", "prompt": "Tap the L4-L5 disc.",
        "explanation": "x", "about": ["disc:L4-L5"], "accepted": ["disc:L4-L5"]})
    tap_map = TapMap(2, 2, ("disc:L4-L5", "disc:L5-S1"), (1, 0, 2, 2))
    poll = poll_for(question, lambda t: t.upper(), picture_png=b"\x89PNG", tap_map=tap_map)
    with ClassroomServer(poll, PIN, "127.0.0.1", 0) as room:
        phones = [Phone(room, s) for s in _loopback_sources(3)]
        for phone in phones:
            assert "data:image/png;base64," in phone.open_page()
        assert phones[0].answer([0.2, 0.3]) == (200, {"ok": True})
        assert phones[1].answer({"x": 0.9, "y": 0.2}) == (422, {"ok": False,
                                                                 "error": "not_on_structure"})
        assert phones[1].answer([0.9, 0.8]) == (200, {"ok": True})
        assert phones[2].answer([1.5, 0.2])[0] == 422
        assert room.poll.counts() == (2, {"disc:L4-L5": 1, "disc:L5-S1": 1})
        bars = room.poll.bars()
    assert bars[0] == ("disc:L4-L5", "DISC:L4-L5", 1, True)
