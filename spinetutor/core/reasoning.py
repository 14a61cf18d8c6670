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
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from typing import Any

from spinetutor.core.findings import Finding, Findings, FindingsError, Vocabulary, parse_findings
from spinetutor.core.reasoning_patterns import Knowledge, Pattern, load_knowledge

__all__ = ["Candidate", "FindingsError", "Localization", "localize"]

SCORE_MIDPOINT = 4.0  # points at which the score is 0.5
SCORE_SPREAD = 4.0  # points per unit of log-odds
# Lesions that are emergencies: listed only when an emergency-today red flag fired.
EMERGENCY_KINDS = ("cauda/conus",)


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
    # (atom, points, sentence) for every finding that counted, for reordering the reasons
    evidence: tuple[tuple[str, float, str], ...] = ()


@dataclass(frozen=True)
class Localization:
    """The answer: ranked candidates (best first), red flags, urgency and a disclaimer.

    `red_flags` are the sentences, emergencies first; `flag_levels` gives each one's level
    ("emergency" or "soon"); `urgent` is true only when an emergency-today flag fired.
    """

    candidates: tuple[Candidate, ...]
    red_flags: tuple[str, ...]
    urgent: bool
    disclaimer: str
    flag_levels: tuple[str, ...] = ()

    def flags_at(self, level: str) -> tuple[str, ...]:
        """The sentences of one level ("emergency" or "soon")."""
        return tuple(s for s, lv in zip(self.red_flags, self.flag_levels, strict=True)
                     if lv == level)


@dataclass(frozen=True)
class _Contribution:
    weight: float
    sentence: str
    anchor: bool
    atom: str = ""


DISCRIMINATE_TOP = 3  # the reasons of this many leading candidates are compared


def localize(
    findings: Mapping[str, Any] | Findings, knowledge: Knowledge | None = None,
    language: str = "en",
) -> Localization:
    """Rank the lesions that could explain `findings`; raises FindingsError on bad input.

    `language` ("en", "es") is the language of the names, sentences, red flags and
    disclaimer; the ranking is the same in every language.
    """
    know = knowledge or load_knowledge(language=language)
    parsed = findings if isinstance(findings, Findings) else parse_findings(findings, know.vocab)
    flags, levels = _red_flags(parsed, know)
    urgent = "emergency" in levels
    candidates: list[tuple[float, int, Candidate]] = []
    if parsed.informative:
        for order, pattern in enumerate(know.patterns):
            if pattern.kind in EMERGENCY_KINDS and not urgent:
                continue  # an emergency is either flagged or not listed, never a quiet maybe
            cand = _candidate(pattern, parsed, know.vocab)
            if cand is not None:
                candidates.append((-cand.points, order, cand))
    ranked = tuple(c for _, _, c in sorted(candidates, key=lambda t: (t[0], t[1])))
    return Localization(discriminating_first(ranked), flags, urgent, know.disclaimer, levels)


def discriminating_first(ranked: tuple[Candidate, ...],
                         top: int = DISCRIMINATE_TOP) -> tuple[Candidate, ...]:
    """Reorder the reasons of the leading candidates: the findings that separate them first.

    A finding that counts +2.5 for one candidate and -2.5 for its rival (normal ankle
    inversion: common peroneal nerve vs L5 root) teaches more than one that fits both
    equally (pain on the top of the foot), so it is listed first, whatever its own weight.
    """
    lead = ranked[:top]
    if len(lead) < 2:
        return ranked
    points = [{atom: w for atom, w, _ in c.evidence} for c in lead]

    def spread(index: int, atom: str, weight: float) -> float:
        return max(abs(weight - other.get(atom, 0.0))
                   for j, other in enumerate(points) if j != index)

    out = []
    for i, cand in enumerate(lead):
        pros = sorted((e for e in cand.evidence if e[1] > 0),
                      key=lambda e: (-round(spread(i, e[0], e[1]), 3), -e[1]))
        cons = sorted((e for e in cand.evidence if e[1] < 0),
                      key=lambda e: (-round(spread(i, e[0], e[1]), 3), e[1]))
        supporting = tuple(e[2] for e in pros)
        opposing = tuple(e[2] for e in cons)
        out.append(replace(cand, supporting=supporting, opposing=opposing,
                           why=supporting + opposing))
    return (*out, *ranked[top:])


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
        evidence=tuple((c.atom, c.weight, c.sentence) for c in contributions),
    )


def _weigh(pattern: Pattern, item: Finding, vocab: Vocabulary) -> _Contribution | None:
    """Points one finding earns for one pattern, with the sentence explaining them."""
    ref = pattern.ref
    for name in item.names:
        ev = pattern.evidence.get(name)
        if ev is not None and ev.weight:
            text = ev.why or _evidence_sentence(item.atom, ev.weight, ref, vocab)
            return _Contribution(ev.weight, text, item.anchor, item.atom)
    weight, text = _generic(pattern, item.atom, ref, vocab)
    if not weight:
        return None
    return _Contribution(weight, text, item.anchor, item.atom)


# Every sentence and small word the aid writes, in English; another language supplies the
# same keys in assets/reasoning/i18n/<language>.yaml (templates:), carried in Vocabulary.phrases.
PHRASES: dict[str, str] = {
    "numb": "Numbness or tingling of the {region}",
    "pain": "Pain in the {region}",
    "weak": "Weakness in {movement}",
    "normal": "Normal strength in {movement}",
    "reflex": "The {reflex} is {value}",
    "numb_core": "{label} lies in the core skin area affected by {ref}.",
    "numb_also": "{label} fits the wider, overlapping area affected by {ref}.",
    "numb_outside": "{label} lies outside the skin area affected by {ref}.",
    "pain_fits": "{label} fits where {ref} causes pain.",
    "pain_sensory": "{label} lies in the skin area affected by {ref}.",
    "pain_outside": "{label} is not where {ref} usually causes pain.",
    "weak_fits": "{label} fits {ref}.",
    "weak_fits_nerve": "{label} fits {ref}, which supplies these muscles.",
    "weak_outside": "{label} is not explained by {ref}.",
    "normal_against": "{label} argues against {ref}, which usually weakens it.",
    "reflex_fits": "{label}, which fits {ref}.",
    "reflex_outside": "{label}, which {ref} does not explain.",
    "reflex_normal": "{label}, though {ref} usually reduces it.",
    "reflex_brisk": "{label}, an upper-motor-neuron sign that {ref} does not explain.",
    "evidence_fits": "{label}: fits {ref}.",
    "evidence_against": "{label}: argues against {ref}.",
    "no_numb": "No numbness or tingling",
    "no_pain": "No pain",
    "no_weak": "No weakness",
    "test": "{value} {test}",
    "reflex_finding": "{reflex} {value}",
    "any_reflex": "a reflex",
    "value_normal": "normal",
    "value_reduced": "reduced",
    "value_absent": "absent",
    "value_brisk": "brisk",
    "value_low": "reduced or absent",
    "value_positive": "positive",
    "value_negative": "negative",
    "derived_any_weakness": "any weakness",
    "derived_multi_root_weakness": "weakness spread over several nerve roots",
    "derived_bilateral_foot_drop": "foot drop on both sides",
    "derived_nerve_tension_sign": "a positive nerve tension test",
    "derived_saddle_numbness": "numbness in the saddle area",
    "derived_leg_symptoms": "pain, numbness or weakness in the leg",
}


def phrase(vocab: Vocabulary, key: str, **values: str) -> str:
    """One template filled in, in the vocabulary's language (English when not translated)."""
    return (vocab.phrases.get(key) or PHRASES[key]).format(**values)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _generic(pattern: Pattern, atom: str, ref: str, vocab: Vocabulary) -> tuple[float, str]:
    """The territory rules shared by every pattern (see the header of lesions.yaml)."""
    w = pattern.weights
    head, _, rest = atom.partition(":")

    def say(key: str, label: str) -> str:
        return phrase(vocab, key, label=label, ref=ref)

    if head == "numb" and rest in vocab.regions:
        label = phrase(vocab, "numb", region=vocab.regions[rest])
        if rest in pattern.core:
            return w["numb_core"], say("numb_core", label)
        if rest in pattern.also:
            return w["numb_also"], say("numb_also", label)
        return -w["numb_outside"], say("numb_outside", label)
    if head == "pain" and rest in vocab.regions:
        label = phrase(vocab, "pain", region=vocab.regions[rest])
        if rest in pattern.pain:
            return w["pain_fits"], say("pain_fits", label)
        if rest in pattern.core or rest in pattern.also:
            return w["pain_sensory"], say("pain_sensory", label)
        return -w["pain_outside"], say("pain_outside", label)
    if head == "weak" and rest in vocab.movements:
        label = phrase(vocab, "weak", movement=vocab.movements[rest])
        if rest in pattern.motor:
            nerve = pattern.kind in ("root", "peripheral")
            return pattern.motor[rest], say("weak_fits_nerve" if nerve else "weak_fits", label)
        return -w["weak_outside"], say("weak_outside", label)
    if head == "normal" and rest in pattern.motor:
        label = phrase(vocab, "normal", movement=vocab.movements[rest])
        weight = -pattern.motor[rest] * w["normal_factor"]
        return weight, say("normal_against", label)
    if head == "reflex":
        return _generic_reflex(pattern, rest, ref, vocab)
    return 0.0, ""


def _generic_reflex(pattern: Pattern, rest: str, ref: str, vocab: Vocabulary) -> tuple[float, str]:
    rid, _, value = rest.partition(":")
    label = phrase(vocab, "reflex", reflex=vocab.reflexes[rid],
                   value=phrase(vocab, f"value_{value}"))
    expected = pattern.reflexes.get(rid)
    w = pattern.weights

    def say(key: str) -> str:
        return phrase(vocab, key, label=label, ref=ref)

    if value in ("reduced", "absent"):
        if expected:
            return expected, say("reflex_fits")
        return -w["reflex_outside"], say("reflex_outside")
    if value == "normal" and expected:
        return -expected * w["normal_factor"], say("reflex_normal")
    if value == "brisk":
        return -w["brisk"], say("reflex_brisk")
    return 0.0, ""


def _evidence_sentence(atom: str, weight: float, ref: str, vocab: Vocabulary) -> str:
    label = describe(atom, vocab)
    key = "evidence_fits" if weight > 0 else "evidence_against"
    return phrase(vocab, key, label=label, ref=ref)


def describe(atom: str, vocab: Vocabulary) -> str:
    """A plain-language phrase for one finding atom, e.g. 'Positive straight leg raise'."""
    head, _, rest = atom.partition(":")
    parts = rest.split(":")
    if rest == "none":
        return phrase(vocab, {"numb": "no_numb", "pain": "no_pain"}.get(head, "no_weak"))
    if head == "numb":
        return phrase(vocab, "numb", region=vocab.regions[rest])
    if head == "pain":
        return phrase(vocab, "pain", region=vocab.regions[rest])
    if head == "weak":
        return phrase(vocab, "weak", movement=vocab.movements[rest])
    if head == "normal":
        return phrase(vocab, "normal", movement=vocab.movements[rest])
    if head == "test":
        return _cap(phrase(vocab, "test", test=vocab.tests[parts[0]],
                           value=phrase(vocab, f"value_{parts[1]}")))
    if head == "reflex":
        name = phrase(vocab, "any_reflex") if parts[0] == "any" else vocab.reflexes[parts[0]]
        return _cap(phrase(vocab, "reflex_finding", reflex=name,
                           value=phrase(vocab, f"value_{parts[1]}")))
    if head == "trigger":
        return _cap(vocab.triggers[rest])
    if head == "derived":
        key = f"derived_{rest}"
        return _cap(phrase(vocab, key)) if key in PHRASES else _cap(rest.replace("_", " "))
    labels = vocab.history_labels.get(head, {})
    value: Any = {"true": True, "false": False}.get(rest, rest) if head == "back_pain" else rest
    if rest == "low":
        value = "reduced"
    text = str(labels.get(value, f"{head.replace('_', ' ')} {rest}"))
    return _cap(text)


def _red_flags(findings: Findings, know: Knowledge) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentences of every rule that fires, emergencies first, and their levels."""
    atoms = findings.atoms
    fired: dict[str, str] = {}
    for rule in know.rules:
        if not all(_present(a, atoms) for a in rule.all):
            continue
        if rule.any and not any(_present(a, atoms) for a in rule.any):
            continue
        if any(_present(a, atoms) for a in rule.none):
            continue
        if rule.message not in fired:
            fired[rule.message] = rule.level
    order = sorted(fired, key=lambda m: fired[m] != "emergency")
    return tuple(order), tuple(fired[m] for m in order)


def _present(pattern: str, atoms: frozenset[str]) -> bool:
    if "*" in pattern:
        return any(fnmatch(a, pattern) and not a.endswith(":none") for a in atoms)
    return pattern in atoms
