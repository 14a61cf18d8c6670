"""Present: a class question opened to the room's phones, a live chart, closed with the question.

The server binds loopback only here (the address picker is given 127.0.0.1, the port is free).
"""

from __future__ import annotations

import http.client
import json
import socket
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import start_presenting
from tests.ui.test_present import key, write_pack


@pytest.fixture
def present(qtbot, tmp_path):
    window, mode = start_presenting(qtbot, write_pack(tmp_path / "pack"))
    mode.class_addresses = lambda: ["127.0.0.1"]
    mode.class_port = 0
    yield window, mode
    if window.mode is mode:
        mode.leave()


def _phone(url: str, pin: str, choice: object) -> dict:
    """A phone: open the page (getting its cookie), then send one answer."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", "/")
        page = conn.getresponse()
        cookie = page.getheader("Set-Cookie").split(";")[0]
        page.read()
        conn.request("POST", "/answer", json.dumps({"pin": pin, "choice": choice}),
                     {"Cookie": cookie, "Content-Type": "application/json"})
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def test_open_to_the_class_shows_qr_pin_and_a_live_chart(present, qtbot):
    """V opens the question: QR, address and PIN on the slide; phones' answers fill the chart,
    whose right bar is marked only after A; Esc closes the question and stops the server."""
    window, mode = present
    key(qtbot, window, "Q")
    page = mode.stage.question
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    session = mode.class_session
    assert session is not None and session.running
    panel = mode.class_panel
    url = session.server.student_url
    host, port = session.server.address
    assert host == "127.0.0.1"
    assert panel.isVisible() and panel.qr.text == url and len(panel.qr.modules) > 21
    assert f"127.0.0.1:{port}" in panel.join.text()
    assert panel.pin.text() == f"PIN {session.pin}" and len(session.pin) == 4
    assert page.open_button.text().startswith("Close to the class")
    assert not window.view.isVisible()  # a text question: the chart takes the plate's place
    assert _phone(url, "0000", "b") == {"ok": False, "error": "wrong_pin"}
    for choice in ("b", "b", "a"):
        assert _phone(url, session.pin, choice) == {"ok": True}
    qtbot.waitUntil(lambda: panel.chart is not None and panel.chart.bar_counts() == [1, 2],
                    timeout=5000)
    assert panel.count.text() == "3 answer(s)"
    assert [label for _k, label, _n, _r in panel.chart.shown] == [
        "A  Ankle dorsiflexion", "B  Ankle inversion"]
    assert not panel.chart.revealed
    key(qtbot, window, "A")
    assert panel.chart.revealed and "\u2714" in page.choices.text()
    key(qtbot, window, "Escape")
    assert mode.stage.page == "slide" and mode.class_session is None
    assert not session.running
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=2).close()


def test_plate_question_is_answered_by_tapping_the_picture(present, qtbot):
    """A plate question sends the picture; a tap on the disc counts as that disc."""
    window, mode = present
    key(qtbot, window, "Q")
    key(qtbot, window, "Q")
    assert mode.stage.question.question.id == "fd-q2"
    key(qtbot, window, "V")
    session = mode.class_session
    poll = session.poll
    assert poll.kind == "tap" and poll.picture_png.startswith(b"\x89PNG")
    assert window.view.isVisible()   # the plate stays: the answer is shown on it
    tap_map = poll.tap_map
    cell = tap_map.cells.index(tap_map.targets.index("disc:L4-L5") + 1)
    x = (cell % tap_map.cols + 0.5) / tap_map.cols
    y = (cell // tap_map.cols + 0.5) / tap_map.rows
    assert _phone(session.server.student_url, session.pin, [x, y]) == {"ok": True}
    qtbot.waitUntil(lambda: mode.class_panel.chart.bar_counts()[:1] == [1], timeout=5000)
    assert mode.class_panel.chart.shown[0][1] == "L4-L5 disc"
    key(qtbot, window, "V")            # V again closes it
    assert mode.class_session is None and not session.running


def test_leaving_present_or_a_slide_without_question_stops_or_refuses(present, qtbot):
    """V on a lesson slide only explains; leaving Present stops a running server."""
    window, mode = present
    key(qtbot, window, "V")
    assert mode.class_session is None
    assert "class question first" in mode.stage.toast.text()
    key(qtbot, window, "Q")
    key(qtbot, window, "V")
    session = mode.class_session
    assert session.running
    mode.leave()
    assert mode.class_session is None and not session.running
