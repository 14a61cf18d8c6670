"""Shared helpers for the lesson-pack tests: a small set of real atlas ids and file writers.

The ids come from the project's clinical reference (roots, discs, vertebrae, nerves, regions),
so the tests do not depend on how the atlas module stores them.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOTS = [f"L{n}" for n in range(1, 6)] + [f"S{n}" for n in range(1, 6)]
VERTEBRAE = (
    [f"C{n}" for n in range(1, 8)]
    + [f"T{n}" for n in range(1, 13)]
    + [f"L{n}" for n in range(1, 6)]
    + [f"S{n}" for n in range(1, 6)]
    + [f"Co{n}" for n in range(1, 5)]
)
DISCS = ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
NERVES = [
    "sural",
    "superficial_peroneal",
    "deep_peroneal",
    "common_peroneal",
    "tibial",
    "femoral",
    "saphenous",
    "sciatic",
    "lateral_femoral_cutaneous",
]
REGIONS = [
    "groin",
    "anterior_thigh",
    "lateral_thigh",
    "medial_thigh",
    "posterior_thigh",
    "anterior_knee",
    "medial_leg",
    "anterolateral_leg",
    "lateral_leg",
    "posterior_calf",
    "medial_malleolus",
    "medial_foot_arch",
    "dorsum_of_foot",
    "great_toe",
    "first_web_space",
    "lateral_foot",
    "little_toe",
    "sole",
    "heel",
    "saddle",
    "perianal",
]
LANDMARKS = ["conus_medullaris", "cauda_equina"]

TARGETS = frozenset(
    [f"root:{r}" for r in ROOTS]
    + [f"vertebra:{v}" for v in VERTEBRAE]
    + [f"disc:{d}" for d in DISCS]
    + [f"nerve:{n}" for n in NERVES]
    + [f"region:{r}" for r in REGIONS]
    + [f"landmark:{m}" for m in LANDMARKS]
)


def write(folder: Path, name: str, text: str) -> Path:
    """Write a dedented YAML file into ``folder`` and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path
