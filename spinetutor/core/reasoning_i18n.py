"""The reasoning aid in another language: labels, templates, lesion names, red flags.

`load_knowledge(language="es")` calls `translate_knowledge`, which swaps every word a patient
reads for its translation from assets/reasoning/i18n/<language>.yaml and keeps the weights,
ids and sources. `missing_translations` lists what has no translation (a test keeps it empty).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from spinetutor.core.findings import Vocabulary
from spinetutor.core.translations import content_translation, section, text

LABEL_SECTIONS = ("regions", "movements", "reflexes", "tests", "triggers")


def _labels(english: Mapping[str, str], words: Mapping[str, Any]) -> dict[str, str]:
    return {k: text(words, k, default=v) for k, v in english.items()}


def _history_words(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Translated history labels keyed by the lower-case value (YAML reads true/false as bools)."""
    return {str(k).lower(): v for k, v in section(data, "history_labels", key).items()}


def translate_vocabulary(vocab: Vocabulary, data: Mapping[str, Any]) -> Vocabulary:
    """The vocabulary with translated labels and sentence templates."""
    history = {
        key: {value: text(_history_words(data, key), str(value).lower(), default=label)
              for value, label in labels.items()}
        for key, labels in vocab.history_labels.items()
    }
    return replace(
        vocab,
        **{name: _labels(getattr(vocab, name), section(data, name)) for name in LABEL_SECTIONS},
        history_labels=history,
        phrases={str(k): " ".join(str(v).split()) for k, v in section(data, "templates").items()},
    )


def translate_knowledge(know: Any, language: str) -> Any:
    """A Knowledge with every patient-facing word in `language` (English stays as it is)."""
    data = content_translation("reasoning", language)
    if not data:
        return know
    patterns = []
    for pattern in know.patterns:
        words = section(data, "lesions", pattern.lesion)
        evidence = {
            atom: replace(ev, why=_evidence_why(data, pattern, atom, ev.why))
            for atom, ev in pattern.evidence.items()
        }
        patterns.append(replace(
            pattern, name=text(words, "name", default=pattern.name),
            ref=text(words, "ref", default=pattern.ref),
            summary=text(words, "summary", default=pattern.summary), evidence=evidence))
    rules = tuple(replace(rule, message=text(data, "red_flags", rule.id, default=rule.message))
                  for rule in know.rules)
    return replace(know, vocab=translate_vocabulary(know.vocab, data), patterns=tuple(patterns),
                   rules=rules, disclaimer=text(data, "disclaimer", default=know.disclaimer))


def _evidence_why(data: Mapping[str, Any], pattern: Any, atom: str, why: str | None) -> str | None:
    if why is None:
        return None
    own = text(data, "lesions", pattern.lesion, "evidence", atom)
    return own or text(data, "kind_evidence", pattern.kind, atom, default=why)


def _english_lesions() -> Mapping[str, Any]:
    from spinetutor.core.asset_yaml import load_asset_file
    from spinetutor.paths import assets_dir

    path = assets_dir() / "reasoning" / "lesions.yaml"
    return load_asset_file(path)


def missing_translations(know: Any, language: str) -> list[str]:
    """Every patient-facing word of the English knowledge with no translation in `language`."""
    from spinetutor.core.reasoning import PHRASES

    data = content_translation("reasoning", language)
    missing = [f"templates.{k}" for k in PHRASES if not text(data, "templates", k)]
    vocab = know.vocab
    for name in LABEL_SECTIONS:
        missing += [f"{name}.{k}" for k in getattr(vocab, name) if not text(data, name, k)]
    for key, labels in vocab.history_labels.items():
        missing += [f"history_labels.{key}.{v}" for v in labels
                    if not text(_history_words(data, key), str(v).lower())]
    raw = _english_lesions()
    for pattern in know.patterns:
        missing += [f"lesions.{pattern.lesion}.{field}" for field in ("name", "ref")
                    if not text(data, "lesions", pattern.lesion, field)]
        own = section(raw, "lesions", pattern.lesion, "evidence")
        for atom, ev in pattern.evidence.items():
            if ev.why is None:
                continue
            where = (("lesions", pattern.lesion, "evidence", atom) if atom in own
                     else ("kind_evidence", pattern.kind, atom))
            if not text(data, *where):
                missing.append(".".join(where))
    missing += [f"red_flags.{r.id}" for r in know.rules if not text(data, "red_flags", r.id)]
    if not text(data, "disclaimer"):
        missing.append("disclaimer")
    return missing
