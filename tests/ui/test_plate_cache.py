"""The parsed plate is read from a file beside the SVG (the bundle) or the user's cache folder,
so a start only parses the SVG when neither holds this exact plate."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath

from spinetutor.ui.diagram import plate_cache
from spinetutor.ui.diagram.geometry import PlateShape


def _parsed() -> plate_cache.Parsed:
    path = QPainterPath()
    path.moveTo(1, 2)
    path.cubicTo(3, 4, 5, 6, 7, 8)
    shape = PlateShape("root.L5", "root:L5", path, True, 2.5, None, QColor("#0072b2"))
    return QRectF(0, 0, 160, 100), [shape]


class Parser:
    """Counts parses, like the slow svgelements parse it stands in for."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, _svg: Path) -> plate_cache.Parsed:
        self.calls += 1
        return _parsed()


@pytest.fixture
def svg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(plate_cache, "_memory", {})   # each test is a fresh process
    file = tmp_path / "art" / "plate.svg"
    file.parent.mkdir()
    file.write_text("<svg>one plate</svg>", encoding="utf-8")
    return file


def _same(found: plate_cache.Parsed) -> None:
    rect, [shape] = found
    assert rect == QRectF(0, 0, 160, 100)
    assert (shape.svg_id, shape.target, shape.is_line, shape.stroke_width) == \
        ("root.L5", "root:L5", True, 2.5)
    assert shape.path == _parsed()[1][0].path
    assert shape.fill is None and shape.stroke == QColor("#0072b2")


def test_second_start_reads_the_user_cache(svg, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SPINETUTOR_CACHE_DIR", str(tmp_path / "cache"))
    parse = Parser()
    _same(plate_cache.cached(svg, parse))
    monkeypatch.setattr(plate_cache, "_memory", {})
    _same(plate_cache.cached(svg, parse))
    assert parse.calls == 1


def test_bundled_file_beside_the_svg_means_no_parse_at_all(svg, monkeypatch) -> None:
    monkeypatch.setenv("SPINETUTOR_CACHE_DIR", "")   # no user cache
    written = plate_cache.write_beside(svg, Parser(), svg.parent)
    assert written.parent == svg.parent
    parse = Parser()
    _same(plate_cache.cached(svg, parse))
    assert parse.calls == 0


def test_edited_plate_or_damaged_file_is_parsed_again(svg, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SPINETUTOR_CACHE_DIR", "")
    written = plate_cache.write_beside(svg, Parser(), svg.parent)
    written.write_bytes(written.read_bytes()[:40])     # damaged
    parse = Parser()
    _same(plate_cache.cached(svg, parse))
    svg.write_text("<svg>edited plate</svg>", encoding="utf-8")   # stale: other hash
    monkeypatch.setattr(plate_cache, "_memory", {})
    plate_cache.cached(svg, parse)
    assert parse.calls == 2


def test_user_cache_keeps_only_the_newest_files(svg, tmp_path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPINETUTOR_CACHE_DIR", str(cache))
    for version in range(7):
        svg.write_text(f"<svg>plate {version}</svg>", encoding="utf-8")
        plate_cache.cached(svg, Parser())
        newest = sorted(cache.glob("plate-*.bin"), key=os.path.getmtime)[-1]
        os.utime(newest, (1000 + version, 1000 + version))   # distinct, ordered times
    left = list(cache.glob("plate-*.bin"))
    assert len(left) == plate_cache.KEEP_FILES
    assert newest in left
