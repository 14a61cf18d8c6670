"""Parsed YAML of a lesson pack kept between runs, so reopening a pack skips the parse.

Turning YAML into Python data is two thirds of loading a pack (1.3 s of 1.7 s for 1,000
lessons: PyYAML creates an object per event). A file whose bytes have been parsed before gives
the same data again, so the data of every cleanly parsed file is kept in one cache file per
pack folder, keyed by a digest of the file's bytes. Validation (schema, atlas and link checks)
still runs on every load: only the parse is skipped, and an edited file has other bytes and is
parsed again. Files the parser refuses are never kept, so their problems are reported as
before.

The cache is a hint, never an authority. The file is a header line, the SHA-256 of its
payload, and the payload in Python's marshal format (the same as the interpreter's own .pyc
caches); the digest is checked before a byte is unmarshalled (marshal is not meant for damaged
or foreign bytes), and the payload maps the BLAKE2b digest of each source file's bytes to its
data, so it is used only for exactly the bytes it was made from. A changed title in the file
(once shown while validation reported 0 problems) now fails the check. A missing, unreadable,
oversized, damaged or foreign file is never an error: the pack is parsed, the file written
again, and damage noted for the start-up notice (core/resets.py). It lives in the user's cache
folder (spinetutor.paths.cache_dir), is replaced atomically, and keeps only the files of the
last load.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from spinetutor.core import resets

FORMAT = 2  # bump when yaml_source composes different data from the same bytes
MAX_FILE = 128 * 1024 * 1024  # a 1,000-lesson pack's cache is a few MiB
_MAGIC = b"spinetutor-yaml-trees"
_HEADER = b"%s %d %s %d\n" % (_MAGIC, FORMAT, yaml.__version__.encode(),
                               int(bool(yaml.__with_libyaml__)))
_KEY_SIZE = 20


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # what get() gives for bytes not parsed before


class TreeCache:
    """The parsed data of one pack folder's files, read from and written to one cache file."""

    def __init__(self, file: Path | None) -> None:
        """`file` None keeps nothing between runs (the cache folder is turned off)."""
        self.file = file
        self._stored: dict[bytes, Any] | None = None if file is not None else {}
        self._used: dict[bytes, Any] = {}
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_pack(cls, root: str | Path, folder: Path | None) -> TreeCache:
        """The cache of the pack at `root` (resolved: one file however the pack is reached)
        inside `folder`, the user's cache folder (None: nothing kept)."""
        if folder is None:
            return cls(None)
        name = hashlib.blake2b(os.path.realpath(root).encode("utf-8", "surrogateescape"),
                               digest_size=12).hexdigest()
        return cls(folder / "lesson-trees" / f"pack-{name}-v{FORMAT}.bin")

    @staticmethod
    def key(raw: bytes) -> bytes:
        """What a file's data is kept under: a digest of its bytes."""
        return hashlib.blake2b(raw, digest_size=20).digest()

    def get(self, key: bytes) -> Any:
        """The data parsed before from the bytes with this `key`, or `MISSING`."""
        if self._stored is None:  # read on first use: inside load_pack, with GC passes off
            self._stored = self._read()
        found = self._stored.get(key, MISSING)
        if found is MISSING:
            self.misses += 1
            return MISSING
        self.hits += 1
        self._used[key] = found
        return found

    def put(self, key: bytes, data: Any) -> None:
        """Keep the data a clean parse of the bytes with this `key` gave (plain dicts, lists,
        strings, None)."""
        self._used[key] = data

    def save(self) -> None:
        """Write what this load used (files that are gone drop out); nothing when unchanged."""
        if self.file is None or self._stored is None or self._used.keys() == self._stored.keys():
            return
        try:
            payload = marshal.dumps(self._used)
        except ValueError:  # something other than plain data: keep nothing rather than fail
            return
        if len(payload) > MAX_FILE:
            return
        blob = _HEADER + hashlib.sha256(payload).digest() + payload
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(blob)
                os.replace(temporary, self.file)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return  # a read-only or full disk costs the next load its parse, nothing more
        self._stored = dict(self._used)
        stem = self.file.name.rsplit("-v", 1)[0]
        for older in self.file.parent.glob(f"{stem}-v*.bin"):   # this pack, other formats
            if older != self.file:
                older.unlink(missing_ok=True)

    def _read(self) -> dict[bytes, Any]:
        assert self.file is not None
        try:
            with open(self.file, "rb") as handle:
                blob = handle.read(MAX_FILE + len(_HEADER) + 33)
        except OSError:
            return {}
        try:
            return parse_file(blob)
        except ValueError:
            resets.note(resets.LESSON_CACHE)
            return {}


def parse_file(blob: bytes) -> dict[bytes, Any]:
    """The kept data in a cache file's bytes: {} for another version's file, ValueError for
    anything damaged. Nothing is unmarshalled before its SHA-256 matches."""
    header, newline, rest = blob.partition(b"\n")
    if not newline or not header.startswith(_MAGIC + b" "):
        raise ValueError("not a lesson cache file")
    if header + newline != _HEADER:
        return {}   # written by another version of SpineTutor or PyYAML: parse again, quietly
    digest, payload = rest[:32], rest[32:]
    if len(payload) > MAX_FILE or not hmac.compare_digest(hashlib.sha256(payload).digest(),
                                                          digest):
        raise ValueError("checksum does not match")
    try:
        trees = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as error:
        raise ValueError(f"unreadable: {error}") from None
    if not isinstance(trees, dict) or not all(
            isinstance(key, bytes) and len(key) == _KEY_SIZE for key in trees):
        raise ValueError("not a map of file digests")
    return trees
