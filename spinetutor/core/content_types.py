"""Small field types shared by the lesson and quiz models (ids, atlas targets, regions, zoom).

Kept apart so lessons.py and quizzes.py stay short and agree on what an id looks like.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
TARGET_PATTERN = r"^[a-z_]+:[A-Za-z0-9_.\-]+$"
REGION_PATTERN = r"^[a-z0-9_]+$"

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN),
    Field(
        description="A stable id: lower-case letters, digits and '-' or '_' "
        "(e.g. 'l5-root-to-foot'). Learner progress is stored under it: never change it "
        "once published, even when you edit the text.",
        examples=["l5-root-to-foot"],
    ),
]

OptionId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_\-]+$"),
    Field(description="Short id of an option within its question, e.g. 'a' or 'l5'."),
]

Target = Annotated[
    str,
    StringConstraints(pattern=TARGET_PATTERN),
    Field(
        description="An atlas target written kind:id, e.g. 'root:L5', 'disc:L4-L5', "
        "'nerve:sural', 'region:dorsum_of_foot', 'vertebra:L4', 'landmark:conus_medullaris'.",
        examples=["root:L5", "disc:L4-L5", "nerve:common_peroneal", "region:dorsum_of_foot"],
    ),
]


def _strip_region_prefix(value: object) -> object:
    """Authors may write 'region:heel' or 'heel' in a region list; both mean the same."""
    if isinstance(value, str) and value.startswith("region:"):
        return value[len("region:"):]
    return value


RegionId = Annotated[
    str,
    BeforeValidator(_strip_region_prefix),
    StringConstraints(pattern=REGION_PATTERN),
    Field(
        description="A skin/territory region id from the atlas, e.g. 'dorsum_of_foot', "
        "'great_toe', 'lateral_foot' ('region:' in front is allowed).",
        examples=["dorsum_of_foot"],
    ),
]

PathologyId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z_]+(\.[A-Za-z0-9_\-]+)*$"),
    Field(
        description="A condition drawn on the plate (assets/atlas/pathology.yaml), with its "
        "disc level where it has one: herniation.posterolateral.L4-L5, "
        "herniation.far_lateral.L4-L5, herniation.central.L5-S1, stenosis.central.L4-L5, "
        "stenosis.lateral_recess.L4-L5, spondylolisthesis.degenerative.L4-L5, "
        "spondylolisthesis.isthmic.L5-S1, degenerated.L4-L5, scoliosis, "
        "entrapment.fibular_head, entrapment.tarsal_tunnel, entrapment.morton, "
        "entrapment.sural, entrapment.saphenous.",
        examples=["herniation.far_lateral.L4-L5", "entrapment.fibular_head"],
    ),
]


class ContentModel(BaseModel):
    """Base for content models: unknown fields are errors (typos must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
