"""Settings and exports are never left half-written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spinetutor.core.atomic_write import atomic_write_bytes, atomic_write_text


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    """Saving settings replaces the old file completely and leaves no temp files behind."""
    target = tmp_path / "settings.json"
    target.write_text('{"old": true, "padding": "xxxxxxxxxxxxxxxxxxxxxxxx"}')
    atomic_write_text(target, '{"new": 1}')
    assert target.read_text() == '{"new": 1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If saving fails half-way (disk full), the previous settings are still there intact."""
    target = tmp_path / "settings.json"
    target.write_bytes(b"old contents")

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new contents that never fully land")
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
