"""Red flags at two levels: every warning story raises the right one, quiet stories stay quiet."""

from __future__ import annotations

import random

import pytest
from patient_stories import STORIES

from spinetutor.core.findings import load_vocabulary
from spinetutor.core.reasoning import localize
from spinetutor.core.reasoning_patterns import load_knowledge


def level_of(findings: dict) -> str:
    result = localize(findings)
    if result.urgent:
        return "emergency"
    return "soon" if result.red_flags else ""


@pytest.mark.parametrize("name", list(STORIES))
def test_each_story_raises_its_level_and_ranks_its_lesion(name: str) -> None:
    """Each patient story shows the right warning (or none) and its expected top answer."""
    findings, level, top = STORIES[name]
    assert level_of(findings) == level
    if top:
        assert localize(findings).candidates[0].lesion == top


def test_levels_match_sentences_and_emergencies_come_first() -> None:
    """The 'today' sentences come before the 'soon' ones, and urgent means an emergency."""
    findings = {"side": "bilateral", "pain": ["posterior_calf"],
                "history": {"serious": ["weight_loss"]}}
    result = localize(findings)
    assert result.flag_levels == ("emergency", "soon")
    assert result.urgent
    assert "both legs" in result.flags_at("emergency")[0]
    assert "weight loss" in result.flags_at("soon")[0]


def test_soon_alone_is_not_urgent() -> None:
    """A cancer history alone asks for a doctor soon, never 'seek urgent care today'."""
    result = localize({"side": "left", "pain": ["posterior_calf"],
                       "history": {"serious": ["cancer_history"]}})
    assert result.red_flags and not result.urgent
    assert result.flag_levels == ("soon",)


@pytest.mark.parametrize("serious", load_vocabulary().history["serious"])
def test_every_serious_history_item_raises_see_a_doctor_soon(serious: str) -> None:
    """Each NICE NG59 warning (cancer, weight loss, fever ...) has a sentence of its own level."""
    result = localize({"history": {"serious": [serious]}})
    assert result.flag_levels == ("soon",)
    assert "doctor soon" in result.red_flags[0]


@pytest.mark.parametrize("finding", [
    {"reflex": {"patellar": "brisk"}}, {"tests": {"babinski": "positive"}},
    {"tests": {"ankle_clonus": "positive"}}])
def test_upper_motor_neuron_signs_say_this_does_not_fit_a_nerve_root(finding: dict) -> None:
    """Brisk reflexes, Babinski or clonus with a weak foot: 'does not fit a nerve root'."""
    result = localize({"side": "left", "weak": ["ankle_dorsiflexion"], **finding})
    assert not result.urgent
    assert any("do not fit a squeezed nerve root" in s for s in result.red_flags)


def test_stable_stenosis_with_one_weak_toe_is_not_an_emergency() -> None:
    """Chronic walking pain in both legs eased by sitting gets no 'emergency today'."""
    findings, _, _ = STORIES["Stenosis, both legs on walking"]
    result = localize(findings)
    assert not result.urgent
    assert not any("central disc" in s for s in result.red_flags)


def test_bilateral_calf_claudication_from_the_arteries_is_not_cauda_equina() -> None:
    """Calf pain in both legs eased by standing still, weak pulses: no CES flag."""
    result = localize({"side": "bilateral", "pain": ["posterior_calf"],
                       "history": {"foot_pulses": "reduced",
                                   "triggers": ["walking_relieved_by_standing_still"]}})
    assert not result.urgent


def _teaching_cases() -> list[dict]:
    """The stories plus many random finding sets: the 'never listed unflagged' sweep."""
    from tests.core.test_reasoning import CLASSIC

    vocab = load_vocabulary()
    rng = random.Random(17)
    cases = [f for f, _, _ in STORIES.values()] + [f for f, _, _ in CLASSIC.values()]
    singles = [k for k, v in vocab.history.items() if k not in ("triggers", "serious")]
    for _ in range(400):
        history = {k: rng.choice(vocab.history[k]) for k in rng.sample(singles, 2)}
        cases.append({
            "side": rng.choice(vocab.sides),
            "pain": rng.sample(list(vocab.regions), rng.randint(0, 3)),
            "numb": rng.sample(list(vocab.regions), rng.randint(0, 2)),
            "weak": rng.sample(list(vocab.movements), rng.randint(0, 2)),
            "reflex": {r: rng.choice(vocab.reflex_values)
                       for r in rng.sample(list(vocab.reflexes), 1)},
            "history": {**history, "triggers": rng.sample(list(vocab.triggers), 1)},
        })
    return cases


def test_no_emergency_is_ever_listed_without_its_flag() -> None:
    """Cauda equina or conus appear only when 'seek urgent care today' is shown."""
    listed = 0
    for findings in _teaching_cases():
        result = localize(findings)
        emergencies = [c for c in result.candidates if c.kind == "cauda/conus"]
        if emergencies:
            listed += 1
            assert result.urgent, (findings, [c.lesion for c in emergencies])
    assert listed >= 40  # the sweep does reach the flagged cases


def test_no_reason_reassures_falsely_about_cauda_equina() -> None:
    """A normal knee jerk or normal strength is never a reason against cauda equina."""
    findings, _, _ = STORIES["Cauda equina"]
    result = localize({**findings, "normal_strength": ["knee_extension", "hip_flexion"]})
    cauda = next(c for c in result.candidates if c.lesion == "cauda_equina")
    assert not any("knee jerk" in s or "straightening the knee" in s for s in cauda.opposing)


def test_every_rule_has_a_known_level_and_spanish_words() -> None:
    """Both levels exist, and every rule reads in Spanish too."""
    english = load_knowledge()
    spanish = load_knowledge(language="es")
    assert {r.level for r in english.rules} == {"emergency", "soon"}
    for en, es in zip(english.rules, spanish.rules, strict=True):
        assert en.message != es.message, en.id


@pytest.mark.parametrize("extra", [{}, {"onset": "sudden"}, {"course": "worsening"}])
def test_acute_sciatica_in_both_legs_ranks_cauda_equina_not_stenosis_first(extra: dict) -> None:
    """Sciatica in both legs with no walking history: the emergency flag and cauda equina
    lead; chronic stenosis does not come first (GIRFT: bilateral sciatica is a CES warning)."""
    findings, _, _ = STORIES["Sciatica in both legs alone"]
    result = localize({**findings, "history": {**findings["history"], **extra}})
    assert result.flag_levels[0] == "emergency"
    # a sudden start may put the conus (sudden, symmetric) first: an emergency either way
    assert result.candidates[0].lesion == ("conus_medullaris" if extra.get("onset")
                                           else "cauda_equina")
    if extra.get("onset") == "sudden":
        assert "lumbar_spinal_stenosis" not in [c.lesion for c in result.candidates[:2]]


def test_walking_pain_in_both_legs_eased_by_sitting_still_ranks_stenosis_first() -> None:
    """The same legs with neurogenic claudication (walking, eased by sitting) and a steady
    course: stenosis first, and no emergency is listed."""
    findings, _, _ = STORIES["Sciatica in both legs alone"]
    result = localize({**findings, "history": {
        **findings["history"], "course": "stable",
        "triggers": ["walking_relieved_by_sitting_or_flexion"]}})
    assert result.candidates[0].lesion == "lumbar_spinal_stenosis"
    assert not result.urgent
    assert not any(c.kind == "cauda/conus" for c in result.candidates)
