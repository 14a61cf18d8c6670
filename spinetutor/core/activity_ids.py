"""Stable identifiers for a pack, its lessons, quizzes and questions, shared by every place that
names them outside the app (xAPI statements, Anki note ids, Moodle question id numbers).

They are URNs built from the pack's name and the ids authors already write, so the same
question has the same id on every machine and after every re-export.
"""

from __future__ import annotations

import re
from pathlib import Path

from spinetutor.paths import lessons_dir

PREFIX = "urn:spinetutor"
DEFAULT_PACK = "spinetutor-course"
_UNSAFE = re.compile(r"[^a-z0-9-]+")


def pack_slug(pack_root: str | Path | None) -> str:
    """The pack's name in ids: 'spinetutor-course' for the bundled course, else its folder name."""
    if pack_root is None:
        return DEFAULT_PACK
    root = Path(pack_root)
    try:
        if root.resolve() == lessons_dir().resolve():
            return DEFAULT_PACK
    except OSError:
        pass
    name = root.stem if root.suffix in (".yaml", ".yml") else root.name
    return _UNSAFE.sub("-", name.lower()).strip("-") or "pack"


def pack_id(slug: str) -> str:
    return f"{PREFIX}:pack:{slug}"


def lesson_id(slug: str, lesson: str) -> str:
    return f"{PREFIX}:pack:{slug}:lesson:{lesson}"


def quiz_id(slug: str, quiz: str) -> str:
    return f"{PREFIX}:pack:{slug}:quiz:{quiz}"


def question_id(slug: str, question: str) -> str:
    return f"{PREFIX}:pack:{slug}:question:{question}"
