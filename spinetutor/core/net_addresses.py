"""The machine's own network addresses, so the instructor can pick the one the room reaches.

Qt-free (the headless ``classroom serve`` needs it too). Nothing is sent: "connecting" a UDP
socket only asks the system which local address its route to a private network would use.
"""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"


def machine_addresses() -> list[str]:
    """IPv4 addresses of this machine, the one on the default route first, loopback last."""
    found: list[str] = []
    for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                found.append(sock.getsockname()[0])
            except OSError:
                continue
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        found += [str(info[4][0]) for info in infos]
    except OSError:
        pass
    return order_addresses(found)


def order_addresses(addresses: list[str]) -> list[str]:
    """Distinct, valid addresses: non-loopback first (in the order given), then loopback."""
    seen: list[str] = []
    for address in addresses:
        try:
            parsed = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            continue
        if address not in seen and not parsed.is_unspecified and not parsed.is_link_local:
            seen.append(address)
    outside = [a for a in seen if not ipaddress.ip_address(a.split("%", 1)[0]).is_loopback]
    inside = [a for a in seen if a not in outside]
    return outside + (inside or [LOOPBACK])


def default_address(addresses: list[str] | None = None) -> str:
    """The first non-loopback address (loopback when the machine has no network)."""
    return (addresses if addresses is not None else machine_addresses())[0]
