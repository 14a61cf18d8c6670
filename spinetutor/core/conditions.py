"""Plain-language condition texts and lesion names for the consultation mode (Qt-free).

Why: what a clinician shows a patient ("this is a slipped disc, this is what usually helps")
is content with sources, not code, so it lives in assets/conditions/conditions.yaml and is
checked on load: every condition needs a target, a text, what helps and its sources, and every
lesion the reasoning aid can rank needs a plain name, so a typo fails at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spinetutor.core.asset_yaml import load_asset_file
from spinetutor.core.translations import content_translation, text
from spinetutor.paths import assets_dir

HERNIATIONS = ("posterolateral", "far_lateral", "central")
TRANSLATED_FIELDS = ("title", "medical", "what", "helps")


class ConditionsError(ValueError):
    """The conditions YAML is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class Condition:
    """One condition explained for a patient, with where it shows on the plate."""

    id: str
    title: str
    medical: str
    target: str
    herniation: str
    what: str
    helps: str
    sources: tuple[str, ...]
    helps_sources: tuple[str, ...]


@dataclass(frozen=True)
class LesionView:
    """A reasoning-aid lesion as a patient reads it, and its plate target ("" = none)."""

    lesion: str
    plain: str
    target: str = ""
    herniation: str = "posterolateral"
    # A peripheral entrapment lights only the nerve from where it is squeezed down (`light`,
    # nerve ids) and marks that place (`site`: "start:<nerve>" or "region:<id>"), never the
    # spine roots: a patient must not read "it comes from my back".
    light: tuple[str, ...] = ()
    site: str = ""


@dataclass(frozen=True)
class ConditionLibrary:
    conditions: tuple[Condition, ...]
    lesions: Mapping[str, LesionView]

    def condition(self, condition_id: str) -> Condition:
        for cond in self.conditions:
            if cond.id == condition_id:
                return cond
        raise KeyError(f"unknown condition '{condition_id}'")

    def lesion(self, lesion_id: str) -> LesionView:
        """The plain view of a lesion; an unknown id falls back to the id itself."""
        return self.lesions.get(lesion_id) or LesionView(lesion_id, lesion_id.replace("_", " "))


def load_conditions(path: Path | None = None, language: str = "en") -> ConditionLibrary:
    """Read and check the bundled condition texts (cached for the default path).

    `language` other than English swaps the titles, texts and plain lesion names for their
    translation (assets/conditions/i18n/<language>.yaml); targets and sources are unchanged.
    """
    library = _load(path or assets_dir() / "conditions" / "conditions.yaml")
    if language == "en":
        return library
    return translate_library(library, content_translation("conditions", language))


def translate_library(library: ConditionLibrary, data: Mapping[str, Any]) -> ConditionLibrary:
    """The library with every patient-facing text taken from `data` where it has one."""
    conditions = tuple(
        replace(cond, **{f: text(data, "conditions", cond.id, f, default=getattr(cond, f))
                         for f in TRANSLATED_FIELDS})
        for cond in library.conditions)
    lesions = {k: replace(v, plain=text(data, "lesions", k, default=v.plain))
               for k, v in library.lesions.items()}
    return ConditionLibrary(conditions, lesions)


def missing_translations(language: str) -> list[str]:
    """Condition fields and lesion names with no translation in `language` (tests keep it empty)."""
    data = content_translation("conditions", language)
    library = load_conditions()
    missing = [f"conditions.{c.id}.{f}" for c in library.conditions for f in TRANSLATED_FIELDS
               if not text(data, "conditions", c.id, f)]
    return missing + [f"lesions.{k}" for k in library.lesions if not text(data, "lesions", k)]


@lru_cache(maxsize=4)
def _load(path: Path) -> ConditionLibrary:
    data = load_asset_file(path)
    if not isinstance(data, dict):
        raise ConditionsError(f"{path.name}: expected a mapping with 'conditions' and 'lesions'")
    conditions = tuple(_condition(i, raw) for i, raw in enumerate(_list(data, "conditions")))
    ids = [c.id for c in conditions]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConditionsError(f"conditions: duplicate id(s) {dupes}")
    lesions_raw = data.get("lesions")
    if not isinstance(lesions_raw, dict):
        raise ConditionsError("lesions: expected a mapping of lesion id -> {plain, target}")
    lesions = {str(k): _lesion(str(k), v) for k, v in lesions_raw.items()}
    return ConditionLibrary(conditions, lesions)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise ConditionsError(f"{key}: expected a non-empty list")
    return value


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConditionsError(f"{where}: '{key}' must be non-empty text")
    return " ".join(value.split())


def _urls(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not value or not all(
            isinstance(u, str) and u.startswith(("http://", "https://")) for u in value):
        raise ConditionsError(f"{where}: '{key}' must be a non-empty list of URLs")
    return tuple(value)


def _herniation(raw: Mapping[str, Any], where: str) -> str:
    value = raw.get("herniation", "posterolateral")
    if value not in HERNIATIONS:
        raise ConditionsError(f"{where}: herniation {value!r}; allowed: {', '.join(HERNIATIONS)}")
    return str(value)


def _condition(index: int, raw: Any) -> Condition:
    where = f"conditions[{index}]"
    if not isinstance(raw, dict):
        raise ConditionsError(f"{where}: expected a mapping")
    where = f"conditions[{index}] ({raw.get('id', '?')})"
    known = {"id", "title", "medical", "target", "herniation", "what", "helps", "sources",
             "helps_sources"}
    extra = sorted(set(raw) - known)
    if extra:
        raise ConditionsError(f"{where}: unknown field(s) {extra}")
    return Condition(
        id=_text(raw, "id", where), title=_text(raw, "title", where),
        medical=_text(raw, "medical", where), target=_text(raw, "target", where),
        herniation=_herniation(raw, where), what=_text(raw, "what", where),
        helps=_text(raw, "helps", where), sources=_urls(raw, "sources", where),
        helps_sources=_urls(raw, "helps_sources", where),
    )


def _lesion(lesion_id: str, raw: Any) -> LesionView:
    where = f"lesions.{lesion_id}"
    if not isinstance(raw, dict):
        raise ConditionsError(f"{where}: expected a mapping with 'plain'")
    extra = sorted(set(raw) - {"plain", "target", "herniation", "light", "site"})
    if extra:
        raise ConditionsError(f"{where}: unknown field(s) {extra}")
    target = raw.get("target", "")
    if not isinstance(target, str):
        raise ConditionsError(f"{where}: 'target' must be text")
    light = raw.get("light", [])
    site = raw.get("site", "")
    if not isinstance(light, list) or not all(isinstance(n, str) for n in light) \
            or not isinstance(site, str):
        raise ConditionsError(f"{where}: 'light' must be a list of nerve ids, 'site' text")
    return LesionView(lesion_id, _text(raw, "plain", where), target, _herniation(raw, where),
                      tuple(light), site)
