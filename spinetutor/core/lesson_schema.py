"""JSON Schema for lesson files, generated from the pydantic models.

Editors with the YAML language server read ``lessons/schema.json`` (named in the first line of
each lesson file) to offer completion and checking. Regenerate after changing a model:

    python -m spinetutor.core.lesson_schema > lessons/schema.json

A test keeps the shipped file equal to this output.
"""

from __future__ import annotations

import json
from typing import Any

from spinetutor.core.lessons import LessonFile


def build_schema() -> dict[str, Any]:
    """The schema of one lesson file (a lesson, a quiz, or both)."""
    schema = LessonFile.model_json_schema(mode="validation")
    schema.update(
        title="SpineTutor lesson file",
        anyOf=[{"required": ["lesson"]}, {"required": ["quiz"]}],
    )
    # draft-07 is what editors (yaml-language-server) understand best; $defs refs still resolve.
    return {"$schema": "http://json-schema.org/draft-07/schema#", **schema}


def schema_text() -> str:
    """The schema exactly as shipped: stable key order, two-space indent, final newline."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    print(schema_text(), end="")


if __name__ == "__main__":
    main()
