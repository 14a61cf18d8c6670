"""Reasoning aid: "where does this foot or leg pain come from?" as ranked, explained candidates.

Why this shape: a learner must see *why* a lesion ranks where it does, so the engine is a plain
weighted match. Every finding adds or subtracts points for every lesion pattern
(assets/reasoning/lesions.yaml); each addition or subtraction becomes one sentence in `.why`.
Points are summed like log-odds and squashed to a 0-1 score, so scores are comparable between
finding sets. Red flags are separate rules (red_flags.yaml) checked on every call.

Usage::

    from spinetutor.core.reasoning import localize
    result = localize({"side": "left", "weak": ["ankle_dorsiflexion"], ...})
    result.candidates[0].lesion, result.candidates[0].why, result.red_flags, result.urgent
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from typing import Any

from spinetutor.core.findings import Finding, Findings, FindingsError, Vocabulary, parse_findings
from spinetutor.core.reasoning_patterns import Knowledge, Pattern, load_knowledge

__all__ = ["Candidate", "FindingsError", "Localization", "localize"]

SCORE_MIDPOINT = 4.0  # points at which the score is 0.5
SCORE_SPREAD = 4.0  # points per unit of log-odds


@dataclass(frozen=True)
class Candidate:
    """One possible site of the problem, with its score and the reasons for and against."""

    lesion: str
    name: str
    kind: str
    score: float
    points: float
    why: tuple[str, ...]
    supporting: tuple[str, ...]
    opposing: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Localization:
    """The answer: ranked candidates (best first), red flags, urgency and a disclaimer."""

    candidates: tuple[Candidate, ...]
    red_flags: tuple[str, ...]
    urgent: bool
    disclaimer: str


@dataclass(frozen=True)
class _Contribution:
    weight: float
    sentence: str
    anchor: bool


def localize(
    findings: Mapping[str, Any] | Findings, knowledge: Knowledge | None = None
) -> Localization:
    """Rank the lesions that could explain `findings`; raises FindingsError on bad input."""
    know = knowledge or load_knowledge()
    parsed = findings if isinstance(findings, Findings) else parse_findings(findings, know.vocab)
    flags, urgent = _red_flags(parsed, know)
    candidates: list[tuple[float, int, Candidate]] = []
    if parsed.informative:
        for order, pattern in enumerate(know.patterns):
            cand = _candidate(pattern, parsed, know.vocab)
            if cand is not None:
                candidates.append((-cand.points, order, cand))
    ranked = tuple(c for _, _, c in sorted(candidates, key=lambda t: (t[0], t[1])))
    return Localization(ranked, flags, urgent, know.disclaimer)


def _candidate(pattern: Pattern, findings: Findings, vocab: Vocabulary) -> Candidate | None:
    contributions = [c for item in findings.items if (c := _weigh(pattern, item, vocab))]
    if not any(c.weight > 0 and c.anchor for c in contributions):
        return None  # no abnormal finding points here: not a candidate
    points = round(sum(c.weight for c in contributions), 3)
    pros = [c for c in contributions if c.weight > 0]
    cons = [c for c in contributions if c.weight < 0]
    pros.sort(key=lambda c: -c.weight)
    cons.sort(key=lambda c: c.weight)
    supporting = tuple(c.sentence for c in pros)
    opposing = tuple(c.sentence for c in cons)
    score = 1.0 / (1.0 + math.exp(-(points - SCORE_MIDPOINT) / SCORE_SPREAD))
    return Candidate(
        lesion=pattern.lesion,
        name=pattern.name,
        kind=pattern.kind,
        score=min(round(score, 3), 0.999),  # never claim certainty
        points=points,
        why=supporting + opposing,
        supporting=supporting,
        opposing=opposing,
        sources=pattern.sources,
    )


def _weigh(pattern: Pattern, item: Finding, vocab: Vocabulary) -> _Contribution | None:
    """Points one finding earns for one pattern, with the sentence explaining them."""
    ref = pattern.ref
    for name in item.names:
        ev = pattern.evidence.get(name)
        if ev is not None and ev.weight:
            text = ev.why or _evidence_sentence(item.atom, ev.weight, ref, vocab)
            return _Contribution(ev.weight, text, item.anchor)
    weight, text = _generic(pattern, item.atom, ref, vocab)
    if not weight:
        return None
    return _Contribution(weight, text, item.anchor)


def _generic(pattern: Pattern, atom: str, ref: str, vocab: Vocabulary) -> tuple[float, str]:
    """The territory rules shared by every pattern (see the header of lesions.yaml)."""
    w = pattern.weights
    head, _, rest = atom.partition(":")
    if head == "numb" and rest in vocab.regions:
        label = f"Numbness or tingling of the {vocab.regions[rest]}"
        if rest in pattern.core:
            return w["numb_core"], f"{label} lies in the core skin area affected by {ref}."
        if rest in pattern.also:
            return w["numb_also"], f"{label} fits the wider, overlapping area affected by {ref}."
        return -w["numb_outside"], f"{label} lies outside the skin area affected by {ref}."
    if head == "pain" and rest in vocab.regions:
        label = f"Pain in the {vocab.regions[rest]}"
        if rest in pattern.pain:
            return w["pain_fits"], f"{label} fits where {ref} causes pain."
        if rest in pattern.core or rest in pattern.also:
            return w["pain_sensory"], f"{label} lies in the skin area affected by {ref}."
        return -w["pain_outside"], f"{label} is not where {ref} usually causes pain."
    if head == "weak" and rest in vocab.movements:
        label = f"Weakness in {vocab.movements[rest]}"
        if rest in pattern.motor:
            nerve = pattern.kind in ("root", "peripheral")
            note = ", which supplies these muscles" if nerve else ""
            return pattern.motor[rest], f"{label} fits {ref}{note}."
        return -w["weak_outside"], f"{label} is not explained by {ref}."
    if head == "normal" and rest in pattern.motor:
        label = f"Normal strength in {vocab.movements[rest]}"
        weight = -pattern.motor[rest] * w["normal_factor"]
        return weight, f"{label} argues against {ref}, which usually weakens it."
    if head == "reflex":
        return _generic_reflex(pattern, rest, ref, vocab)
    return 0.0, ""


def _generic_reflex(pattern: Pattern, rest: str, ref: str, vocab: Vocabulary) -> tuple[float, str]:
    rid, _, value = rest.partition(":")
    label = f"The {vocab.reflexes[rid]} is {value}"
    expected = pattern.reflexes.get(rid)
    w = pattern.weights
    if value in ("reduced", "absent"):
        if expected:
            return expected, f"{label}, which fits {ref}."
        return -w["reflex_outside"], f"{label}, which {ref} does not explain."
    if value == "normal" and expected:
        return -expected * w["normal_factor"], f"{label}, though {ref} usually reduces it."
    if value == "brisk":
        return -w["brisk"], f"{label}, an upper-motor-neuron sign that {ref} does not explain."
    return 0.0, ""


def _evidence_sentence(atom: str, weight: float, ref: str, vocab: Vocabulary) -> str:
    label = describe(atom, vocab)
    return f"{label}: fits {ref}." if weight > 0 else f"{label}: argues against {ref}."


def describe(atom: str, vocab: Vocabulary) -> str:
    """A plain-language phrase for one finding atom, e.g. 'Positive straight leg raise'."""
    head, _, rest = atom.partition(":")
    parts = rest.split(":")
    if rest == "none":
        return {"numb": "No numbness or tingling", "pain": "No pain"}.get(head, "No weakness")
    if head == "numb":
        return f"Numbness or tingling of the {vocab.regions[rest]}"
    if head == "pain":
        return f"Pain in the {vocab.regions[rest]}"
    if head == "weak":
        return f"Weakness in {vocab.movements[rest]}"
    if head == "normal":
        return f"Normal strength in {vocab.movements[rest]}"
    if head == "test":
        return f"{parts[1].capitalize()} {vocab.tests[parts[0]]}"
    if head == "reflex":
        value = "reduced or absent" if parts[1] == "low" else parts[1]
        name = "a reflex" if parts[0] == "any" else vocab.reflexes[parts[0]]
        return f"{name[0].upper()}{name[1:]} {value}"
    if head == "trigger":
        text = vocab.triggers[rest]
        return text[0].upper() + text[1:]
    if head == "derived":
        return rest.replace("_", " ").capitalize()
    labels = vocab.history_labels.get(head, {})
    value: Any = {"true": True, "false": False}.get(rest, rest) if head == "back_pain" else rest
    if rest == "low":
        value = "reduced"
    text = str(labels.get(value, f"{head.replace('_', ' ')} {rest}"))
    return text[0].upper() + text[1:]


def _red_flags(findings: Findings, know: Knowledge) -> tuple[tuple[str, ...], bool]:
    atoms = findings.atoms
    messages: list[str] = []
    urgent = False
    for rule in know.rules:
        if not all(_present(a, atoms) for a in rule.all):
            continue
        if rule.any and not any(_present(a, atoms) for a in rule.any):
            continue
        if any(_present(a, atoms) for a in rule.none):
            continue
        if rule.message not in messages:
            messages.append(rule.message)
        urgent = urgent or rule.urgent
    return tuple(messages), urgent


def _present(pattern: str, atoms: frozenset[str]) -> bool:
    if "*" in pattern:
        return any(fnmatch(a, pattern) and not a.endswith(":none") for a in atoms)
    return pattern in atoms
