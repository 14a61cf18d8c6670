"""A damaged parsed-plate cache file costs the next start a parse and one line, nothing more.

One flipped bit used to make memory grow ~200 MB/s until a segfault, and 879 of 2,000 mutated
files were accepted as valid; now each file is checked (its SVG's and its own SHA-256) before
it is parsed, and parsed by bounded code that cannot allocate more than the file holds.
"""

from __future__ import annotations

import hashlib
import random
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinetutor.core import resets
from spinetutor.paths import assets_dir
from spinetutor.ui.diagram import plate_cache
from spinetutor.ui.diagram.geometry import parse_plate_shapes

SVG = assets_dir() / "plate" / "plate.svg"
SOURCE = hashlib.sha256(SVG.read_bytes()).digest()


@pytest.fixture(scope="module")
def real(qapp) -> tuple[plate_cache.Parsed, bytes]:
    parsed = parse_plate_shapes(SVG)
    return parsed, plate_cache.file_bytes(parsed, SOURCE)


def test_the_real_plate_reads_back_exactly(real) -> None:
    (rect, shapes), data = real
    again_rect, again = plate_cache.parse_file(data, SOURCE)
    assert again_rect == rect and len(again) == len(shapes) > 100
    for before, after in zip(shapes, again, strict=True):
        assert after.path == before.path and after.path.fillRule() == before.path.fillRule()
        assert (after.svg_id, after.target, after.is_line, after.stroke_width, after.fill,
                after.stroke) == (before.svg_id, before.target, before.is_line,
                                  before.stroke_width, before.fill, before.stroke)


def test_every_flipped_bit_is_refused_and_the_plate_parsed_again(real, tmp_path, monkeypatch):
    """A seeded loop of 1-3 flipped bits (and truncations) over the real cache file: each
    start refuses the file, parses the SVG once, rewrites a good file and notes the reset."""
    _, good = real
    monkeypatch.setenv("SPINETUTOR_CACHE_DIR", str(tmp_path))
    file = tmp_path / plate_cache._file_name(SVG.read_bytes())
    rng = random.Random(2026)
    calls = []

    def parse(svg: Path) -> plate_cache.Parsed:
        calls.append(svg)
        return real[0]

    for n in range(80):
        damaged = bytearray(good)
        if n % 10 == 9:
            del damaged[rng.randrange(len(damaged)):]
        else:
            for _ in range(rng.randint(1, 3)):
                damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        file.write_bytes(bytes(damaged))
        monkeypatch.setattr(plate_cache, "_memory", {})
        plate_cache.cached(SVG, parse)
        assert len(calls) == n + 1
        assert resets.take() == [resets.PLATE_CACHE]
        assert file.read_bytes() == good       # rebuilt


def test_a_cache_made_from_another_svg_is_not_used(real, tmp_path, monkeypatch):
    _, good = real
    other = plate_cache.file_bytes(real[0], hashlib.sha256(b"<svg>other</svg>").digest())
    with pytest.raises(plate_cache.Damaged):
        plate_cache.parse_file(other, SOURCE)
    with pytest.raises(plate_cache.Damaged):
        plate_cache.parse_file(good + b"\0" * plate_cache.MAX_FILE, SOURCE)


def _sealed(payload: bytes) -> bytes:
    """A file whose checksums are right around `payload`: only the bounded parser stands
    between these bytes and Qt."""
    head = struct.pack(">I32sQ32s", plate_cache.FORMAT, SOURCE, len(payload),
                       hashlib.sha256(payload).digest())
    return b"spinetutor-plate\n" + head + payload


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2048), st.integers(min_value=0, max_value=4000),
       st.binary(max_size=16))
def test_fuzz_the_reader_never_crashes_or_overallocates(qapp, raw, cut, splice):
    """Arbitrary bytes, and checksummed payloads cut and spliced from the real file, give a
    plate or Damaged, never another exception, a crash or a huge allocation."""
    real_payload = _real_payload()
    for data in (raw, _sealed(raw), _sealed(real_payload[:cut] + splice + real_payload[cut:])):
        try:
            rect, shapes = plate_cache.parse_file(data, SOURCE)
        except plate_cache.Damaged:
            continue
        assert len(shapes) <= len(data)


_PAYLOAD: list[bytes] = []


def _real_payload() -> bytes:
    if not _PAYLOAD:
        data = plate_cache.file_bytes(parse_plate_shapes(SVG), SOURCE)
        _PAYLOAD.append(data[len(b"spinetutor-plate\n") + 76:])
    return _PAYLOAD[0]
