"""One class question open to the room: its server on the address picked, and the panel kept
up to date with the counts (read twice a second; the server's threads only count).
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from spinetutor.core.classroom_poll import Poll
from spinetutor.core.classroom_server import ClassroomServer
from spinetutor.core.net_addresses import order_addresses
from spinetutor.ui.present.class_panel import ClassPanel

DEFAULT_PORT = 8765   # the same short address every lesson when the port is free
LETTERS = "ABCDEFGHIJKL"


def laptop_addresses() -> list[str]:
    """This laptop's IPv4 addresses, the first non-loopback one first."""
    found = [a.toString() for a in QNetworkInterface.allAddresses()
             if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
    return order_addresses(found)


def new_pin() -> str:
    return f"{secrets.randbelow(10000):04d}"


class ClassSession(QObject):
    def __init__(self, panel: ClassPanel, poll: Poll, language: str, addresses: list[str],
                 port: int = DEFAULT_PORT) -> None:
        super().__init__(panel)
        self.panel, self.poll, self.language = panel, poll, language
        self.addresses = addresses
        self.port = port
        self.pin = new_pin()
        self.server: ClassroomServer | None = None
        self.reveal = False
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.refresh)
        panel.address_picked.connect(self.move_to)

    def start(self, host: str | None = None) -> ClassroomServer:
        """Listen on `host` (default: the first address); OSError when it cannot."""
        host = host or self.addresses[0]
        try:
            server = ClassroomServer(self.poll, self.pin, host, self.port, self.language)
        except OSError:
            if self.port == 0:
                raise
            server = ClassroomServer(self.poll, self.pin, host, 0, self.language)
        self.server = server.start()
        self.panel.show_join(server.student_url, self.pin, self.addresses, host)
        self.refresh()
        self.timer.start()
        return server

    def move_to(self, host: str) -> None:
        """Serve on another of the laptop's addresses (answers so far are kept)."""
        if self.server is not None and self.server.address[0] == host:
            return
        self.stop()
        self.start(host)

    def set_reveal(self, reveal: bool) -> None:
        self.reveal = reveal
        self.refresh()

    def bars(self) -> list[tuple[str, str, int, bool]]:
        """The poll's bars, lettered like the slide's options."""
        bars = self.poll.bars(self.reveal)
        if self.poll.kind in ("one", "many"):
            return [(k, f"{LETTERS[i % 12]}  {label}", n, right)
                    for i, (k, label, n, right) in enumerate(bars)]
        return bars

    def refresh(self) -> None:
        answered, _ = self.poll.counts()
        self.panel.show_counts(answered, self.bars(), self.reveal)

    def stop(self) -> None:
        self.timer.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running
