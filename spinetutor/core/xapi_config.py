"""Each learner's Learning Record Store settings, kept in their own progress store.

Why in the store and not the app settings: on a shared classroom PC every learner has their
own account on the school's LRS, and the choice to send is theirs. Sending is off until a
learner turns it on. The secret is kept in the store file (the learner's private data folder)
and never appears in a message, a log line or a repr.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
import uuid
from dataclasses import dataclass, field

SCHEMA = """
CREATE TABLE IF NOT EXISTS xapi_settings (
    profile      TEXT PRIMARY KEY,
    enabled      INTEGER NOT NULL DEFAULT 0,
    endpoint     TEXT NOT NULL DEFAULT '',
    username     TEXT NOT NULL DEFAULT '',
    secret       TEXT NOT NULL DEFAULT '',
    account      TEXT NOT NULL DEFAULT '',
    home_page    TEXT NOT NULL DEFAULT '',
    registration TEXT NOT NULL DEFAULT ''
)
"""
DEFAULT_HOME_PAGE = "https://github.com/spinetutor/spinetutor"


@dataclass(frozen=True)
class XapiSettings:
    enabled: bool = False
    endpoint: str = ""
    username: str = ""
    secret: str = field(default="", repr=False)
    account: str = ""
    home_page: str = DEFAULT_HOME_PAGE
    registration: str = ""

    def problems(self) -> list[str]:
        """What must be fixed before sending can be turned on (empty when ready)."""
        found = []
        parts = urllib.parse.urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            found.append("endpoint: an http(s) address, e.g. https://lrs.school.example/xAPI/")
        if not self.username or not self.secret:
            found.append("key and secret: both are needed")
        if not self.account.strip():
            found.append("account: your name on the school's system")
        home = urllib.parse.urlsplit(self.home_page)
        if home.scheme not in ("http", "https") or not home.netloc:
            found.append("home page: the address of the school's system")
        if self.registration:
            try:
                uuid.UUID(self.registration)
            except ValueError:
                found.append("class registration: a UUID your instructor gives you")
        return found


def load(conn: sqlite3.Connection, profile: str) -> XapiSettings:
    conn.execute(SCHEMA)
    row = conn.execute(
        "SELECT enabled, endpoint, username, secret, account, home_page, registration"
        " FROM xapi_settings WHERE profile = ?", (profile,)).fetchone()
    if row is None:
        return XapiSettings()
    return XapiSettings(bool(row[0]), row[1], row[2], row[3], row[4],
                        row[5] or DEFAULT_HOME_PAGE, row[6])


def save(conn: sqlite3.Connection, profile: str, settings: XapiSettings) -> None:
    """Inside the caller's transaction."""
    conn.execute(SCHEMA)
    conn.execute(
        "INSERT OR REPLACE INTO xapi_settings (profile, enabled, endpoint, username, secret,"
        " account, home_page, registration) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (profile, int(settings.enabled), settings.endpoint.strip(), settings.username.strip(),
         settings.secret, settings.account.strip(), settings.home_page.strip(),
         settings.registration.strip()))


def rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    conn.execute(SCHEMA)
    conn.execute("UPDATE xapi_settings SET profile = ? WHERE profile = ?", (new, old))


def forget(conn: sqlite3.Connection, profile: str) -> None:
    conn.execute(SCHEMA)
    conn.execute("DELETE FROM xapi_settings WHERE profile = ?", (profile,))
