"""The parts of the plate a lesson, quiz or slide may zoom to (`zoom:`).

Kept apart from the pydantic content types so the plate can read the list at start-up
without importing pydantic before the window's first paint.
"""

from __future__ import annotations

from typing import Literal

ZoomArea = Literal[
    "spine_overview", "lumbar_detail", "spine", "leg_front", "leg_back", "legs",
    "foot_dorsum", "foot_sole", "foot", "saddle", "axial", "axial_L3-L4", "axial_L4-L5",
    "axial_L5-S1", "coronal", "all",
]
ZOOM_DESCRIPTION = (
    "Part of the plate to show: spine_overview (the whole column), lumbar_detail (the "
    "lumbosacral side view), spine (both), leg_front, leg_back, legs (both legs and feet), "
    "foot_dorsum, foot_sole, foot (both feet), saddle, axial (the three axial sections), "
    "axial_L3-L4, axial_L4-L5, axial_L5-S1 (one section full size), coronal (the scoliosis "
    "inset, drawn with 'pathology: scoliosis') or all."
)
