"""Content translations: Spanish (and later other) words for the YAML content, Qt-free.

Why parallel files: the English YAML stays the single source of the facts and their sources,
and a translator works in one small file per area without touching ids, weights or URLs:

    assets/atlas/i18n/es.yaml       atlas names and lay words (regions, movements, reflexes,
                                    tests, nerves, roots, landmarks, disc/vertebra formats)
    assets/reasoning/i18n/es.yaml   the reasoning aid's labels, sentence templates, lesion
                                    names, evidence sentences, red flags and disclaimer
    assets/conditions/i18n/es.yaml  the consultation mode's condition texts and lesion names

Each file maps the same ids as the English file to the translated words. Anything missing
falls back to English (so a half-done translation still runs); the tests in
tests/core/test_translations.py fail while anything the patient reads has no Spanish.
Lesson text carries its translations inside the lesson YAML instead (see docs/AUTHORING.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from spinetutor.core.asset_yaml import load_asset_file
from spinetutor.paths import assets_dir

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class TranslationError(ValueError):
    """A translation file is malformed (names the file)."""


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}'; available: {', '.join(LANGUAGES)}")
    return language


def content_translation(area: str, language: str, root: Path | None = None) -> Mapping[str, Any]:
    """The translated words for one content area ('atlas', 'reasoning', 'conditions').

    English (the source language) and a language without a file give an empty mapping.
    """
    check_language(language)
    if language == DEFAULT_LANGUAGE:
        return {}
    return _read((root or assets_dir()) / area / "i18n" / f"{language}.yaml")


@lru_cache(maxsize=16)
def _read(path: Path) -> Mapping[str, Any]:
    if not path.is_file():
        return {}
    data = load_asset_file(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TranslationError(f"{path.name}: expected a mapping at the top level")
    return data


def section(data: Mapping[str, Any], *keys: str) -> Mapping[str, Any]:
    """data[k1][k2]... as a mapping; {} where any level is missing."""
    current: Any = data
    for key in keys:
        current = current.get(key) if isinstance(current, Mapping) else None
    return current if isinstance(current, Mapping) else {}


def text(data: Mapping[str, Any], *keys: str, default: str = "") -> str:
    """The one-line text at data[k1][k2]...; `default` when missing or empty."""
    current: Any = data
    for key in keys:
        current = current.get(key) if isinstance(current, Mapping) else None
    if isinstance(current, str) and current.strip():
        return " ".join(current.split())
    return default
