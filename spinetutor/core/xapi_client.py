"""Talking to a Learning Record Store over xAPI's REST interface (standard library only).

Credentials go in the Authorization header and nowhere else: errors and reprs name the
endpoint, never the key or secret.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from spinetutor.core.xapi_statements import VERSION

TIMEOUT = 20.0  # seconds: a slow LRS must not hold the app or a script for ever


class LrsError(Exception):
    """The LRS could not be reached or refused the request; `status` is the HTTP status
    (0 when nothing answered)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status

    @property
    def retry(self) -> bool:
        """Worth trying again later (outage, overload), not a refusal that will repeat."""
        return self.status == 0 or self.status == 429 or self.status >= 500


@dataclass(frozen=True)
class Lrs:
    endpoint: str                      # e.g. https://lrs.school.example/xAPI/
    username: str = field(repr=False)
    password: str = field(repr=False)
    timeout: float = TIMEOUT

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"the LRS endpoint must be an http(s) address, not "
                             f"'{self.endpoint}'")

    def _url(self, resource: str, query: dict[str, str] | None = None) -> str:
        base = self.endpoint if self.endpoint.endswith("/") else self.endpoint + "/"
        url = urllib.parse.urljoin(base, resource)
        return f"{url}?{urllib.parse.urlencode(query)}" if query else url

    def _request(self, method: str, url: str, body: Any = None) -> tuple[int, bytes]:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": VERSION,
                   "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            detail = error.read()[:200].decode("utf-8", "replace")
            raise LrsError(_status_message(error.code, detail), error.code) from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise LrsError(f"the LRS at {self.endpoint} did not answer ({reason})") from None

    def check(self) -> str:
        """The connection test in Settings: the credentials may read statements; returns the
        xAPI versions the LRS names in /about ('' when it has no /about, as Ralph 5)."""
        self._request("GET", self._url("statements", {"limit": "1"}))
        try:
            _, data = self._request("GET", self._url("about"))
        except LrsError:
            return ""
        return ", ".join(json.loads(data or b"{}").get("version", []))

    def post(self, statements: list[dict[str, Any]]) -> None:
        """Store a batch; an LRS that already has identical statements accepts them again."""
        self._request("POST", self._url("statements"), statements)

    def put(self, statement: dict[str, Any]) -> None:
        self._request("PUT", self._url("statements", {"statementId": statement["id"]}),
                      statement)

    def statements(self, query: dict[str, str]) -> tuple[list[dict[str, Any]], str]:
        """One page of statements and the LRS's 'more' address ('' on the last page)."""
        _, data = self._request("GET", self._url("statements", query))
        return self._page(data)

    def more(self, more: str) -> tuple[list[dict[str, Any]], str]:
        parts = urllib.parse.urlsplit(self.endpoint)
        url = urllib.parse.urljoin(f"{parts.scheme}://{parts.netloc}", more)
        _, data = self._request("GET", url)
        return self._page(data)

    @staticmethod
    def _page(data: bytes) -> tuple[list[dict[str, Any]], str]:
        result = json.loads(data or b"{}")
        return list(result.get("statements", [])), result.get("more", "") or ""


def _status_message(status: int, detail: str) -> str:
    if status in (401, 403):
        return "the LRS refused the key and secret (check them in Settings)"
    if status == 409:
        return "the LRS already holds a different statement with the same id"
    if status == 413:
        return "the LRS refused a batch as too large"
    return f"the LRS answered {status}: {' '.join(detail.split())[:120]}"
