"""What a patient can do and what usually happens, for each lesion the reasoning aid ranks.

Why its own file: the handout prints it under the most likely answer, and it is patient advice
from national guidance (NHS condition pages, NICE NG59), so it is content with sources in
assets/conditions/self_care.yaml, checked on load: every lesion has advice and every piece of
advice names the pages it follows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spinetutor.core.asset_yaml import load_asset_file
from spinetutor.core.conditions import ConditionsError
from spinetutor.core.translations import content_translation, text
from spinetutor.paths import assets_dir

FIELDS = ("care", "course")


@dataclass(frozen=True)
class SelfCare:
    """Advice for one group of lesions: what helps at home, the usual course, the sources."""

    group: str
    care: str
    course: str
    sources: tuple[str, ...]


def load_self_care(language: str = "en", path: Path | None = None) -> Mapping[str, SelfCare]:
    """Lesion id -> its advice, in `language` (English where a translation is missing)."""
    advice = _load(path or assets_dir() / "conditions" / "self_care.yaml")
    if language == "en":
        return advice
    data = content_translation("conditions", language)
    return {lesion: replace(a, **{f: text(data, "self_care", a.group, f, default=getattr(a, f))
                                  for f in FIELDS})
            for lesion, a in advice.items()}


def source_name(url: str, language: str = "en") -> str:
    """How the handout names a source page in `language`: 'NHS: Sciatica', 'NHS (sanidad
    pública del Reino Unido): ciática' (self_care.yaml source_names; English when missing)."""
    english = _names(assets_dir() / "conditions" / "self_care.yaml").get(url, "")
    if not english:
        return url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")
    data = content_translation("conditions", language)
    return text(data, "self_care_sources", url, default=english)


def missing_translations(language: str) -> list[str]:
    """Advice texts with no translation in `language` (a test keeps this empty)."""
    data = content_translation("conditions", language)
    groups = {a.group for a in load_self_care().values()}
    urls = sorted({u for a in load_self_care().values() for u in a.sources})
    return [f"self_care.{g}.{f}" for g in sorted(groups) for f in FIELDS
            if not text(data, "self_care", g, f)] + \
        [f"self_care_sources.{u}" for u in urls if not text(data, "self_care_sources", u)]


@lru_cache(maxsize=2)
def _names(path: Path) -> Mapping[str, str]:
    """source URL -> its English name; every source of the advice must have one."""
    names = (load_asset_file(path) or {}).get("source_names")
    if not isinstance(names, dict):
        raise ConditionsError(f"{path.name}: expected a 'source_names' mapping")
    out = {str(k): " ".join(str(v).split()) for k, v in names.items()}
    for a in _load(path).values():
        for url in a.sources:
            if not out.get(url):
                raise ConditionsError(f"{path.name}: source_names has no name for {url}")
    return out


@lru_cache(maxsize=2)
def _load(path: Path) -> Mapping[str, SelfCare]:
    data = load_asset_file(path)
    if not isinstance(data, dict) or not isinstance(data.get("groups"), dict) \
            or not isinstance(data.get("lesions"), dict):
        raise ConditionsError(f"{path.name}: expected 'groups' and 'lesions' mappings")
    groups = {str(k): _group(str(k), v, path.name) for k, v in data["groups"].items()}
    out = {}
    for lesion, group in data["lesions"].items():
        if group not in groups:
            raise ConditionsError(f"{path.name}: lesions.{lesion}: unknown group {group!r}")
        out[str(lesion)] = groups[group]
    return out


def _group(name: str, raw: Any, file: str) -> SelfCare:
    where = f"{file}: groups.{name}"
    if not isinstance(raw, dict):
        raise ConditionsError(f"{where}: expected a mapping with care, course and sources")
    values = {}
    for field in FIELDS:
        value = raw.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ConditionsError(f"{where}: '{field}' must be non-empty text")
        values[field] = " ".join(value.split())
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources or not all(
            isinstance(u, str) and u.startswith("https://") for u in sources):
        raise ConditionsError(f"{where}: 'sources' must be a non-empty list of https URLs")
    return SelfCare(name, values["care"], values["course"], tuple(sources))
