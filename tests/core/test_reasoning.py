"""Each lesion's classic picture ranks it first, and the reasons name the finding that matters."""

from __future__ import annotations

import math
import subprocess
import sys
from typing import Any

import pytest

from spinetutor.core.findings import HISTORY_LISTS, load_vocabulary
from spinetutor.core.reasoning import (
    SCORE_MIDPOINT,
    SCORE_SPREAD,
    Candidate,
    Localization,
    localize,
)

# Classic presentations from the clinical reference table and published vignettes.
# Each case: findings, the lesion that should rank first, and words its `.why` must contain
# (any one of them: the key finding a clinician would name).
CLASSIC: dict[str, tuple[dict[str, Any], str, tuple[str, ...]]] = {
    # Upper lumbar root: front of thigh, weak hip flexion, positive femoral stretch.
    "L2": (
        {
            "side": "right",
            "pain": ["anterior_thigh", "groin"],
            "numb": ["anterior_thigh", "anterolateral_thigh"],
            "weak": ["hip_flexion"],
            "normal_strength": ["ankle_dorsiflexion", "ankle_plantarflexion"],
            "reflex": {"patellar": "normal", "achilles": "normal"},
            "tests": {"femoral_stretch": "positive", "slr": "negative"},
            "history": {"back_pain": True},
        },
        "L2",
        ("hip flexion",),
    ),
    # Elderly patient with thigh/knee pain, weak quadriceps, reduced knee jerk (L3 series).
    "L3": (
        {
            "side": "left",
            "pain": ["anterior_thigh", "anterior_knee"],
            "numb": ["anterior_thigh", "medial_thigh", "anterior_knee"],
            "weak": ["knee_extension", "hip_flexion"],
            "reflex": {"patellar": "reduced", "achilles": "normal"},
            "tests": {"femoral_stretch": "positive", "single_leg_sit_to_stand": "positive"},
            "history": {"back_pain": True},
        },
        "L3",
        ("knee jerk",),
    ),
    # L3-L4 disc: medial leg and ankle, weak quadriceps and dorsiflexion, reduced knee jerk.
    "L4": (
        {
            "side": "left",
            "pain": ["anterior_thigh", "medial_leg"],
            "numb": ["medial_leg", "medial_malleolus"],
            "weak": ["knee_extension", "ankle_dorsiflexion"],
            "reflex": {"patellar": "reduced", "achilles": "normal"},
            "tests": {"femoral_stretch": "positive"},
            "history": {"back_pain": True},
        },
        "L4",
        ("knee jerk", "straightening the knee"),
    ),
    # L4-L5 disc: foot drop with weak inversion and hip abduction, back pain, SLR positive.
    "L5": (
        {
            "side": "left",
            "pain": ["buttock", "posterior_thigh", "lateral_leg", "dorsum_of_foot"],
            "numb": ["dorsum_of_foot", "great_toe", "first_web_space"],
            "weak": ["ankle_dorsiflexion", "great_toe_extension", "ankle_inversion",
                     "hip_abduction"],
            "reflex": {"patellar": "normal", "achilles": "normal"},
            "tests": {"slr": "positive"},
            "history": {"back_pain": True, "gait": "steppage"},
        },
        "L5",
        ("ankle inversion", "hip abduction"),
    ),
    # USMLE-style vignette: lifting, posterior thigh to foot, absent Achilles, weak hip extension.
    "S1": (
        {
            "side": "right",
            "pain": ["buttock", "posterior_thigh", "posterior_calf", "lateral_foot"],
            "numb": ["lateral_foot", "little_toe", "sole"],
            "weak": ["ankle_plantarflexion", "hip_extension"],
            "reflex": {"achilles": "absent", "patellar": "normal"},
            "tests": {"slr": "positive", "toe_walk": "positive"},
            "history": {"back_pain": True, "triggers": ["lifting_injury"]},
        },
        "S1",
        ("Achilles",),
    ),
    # CES: bilateral sciatica, saddle numbness, urinary retention, reduced reflexes.
    "cauda_equina": (
        {
            "side": "bilateral",
            "pain": ["buttock", "posterior_thigh", "posterior_calf"],
            "numb": ["saddle", "perianal"],
            "weak": ["ankle_plantarflexion"],
            "reflex": {"achilles": "reduced", "patellar": "reduced", "anal_wink": "absent"},
            "tests": {"slr": "positive"},
            "history": {"back_pain": True, "bladder": "retention", "saddle_sensation": "reduced",
                        "onset": "gradual"},
        },
        "cauda_equina",
        ("retention",),
    ),
    # Conus: sudden, symmetric, early incontinence, knee jerks kept, ankle jerks lost.
    "conus_medullaris": (
        {
            "side": "bilateral",
            "pain": ["buttock"],
            "numb": ["perianal", "saddle"],
            "reflex": {"patellar": "normal", "achilles": "absent"},
            "history": {"back_pain": True, "bladder": "incontinence", "bowel": "incontinence",
                        "saddle_sensation": "reduced", "onset": "sudden"},
        },
        "conus_medullaris",
        ("knee jerk", "incontinence"),
    ),
    # Neurogenic claudication: walking pain eased by sitting, shopping-cart sign, both legs.
    "lumbar_spinal_stenosis": (
        {
            "side": "bilateral",
            "pain": ["buttock", "posterior_thigh", "posterior_calf"],
            "reflex": {"achilles": "normal"},
            "tests": {"shopping_cart_sign": "positive"},
            "history": {"back_pain": True, "foot_pulses": "normal",
                        "triggers": ["walking_relieved_by_sitting_or_flexion"]},
        },
        "lumbar_spinal_stenosis",
        ("sitting or bending forward",),
    ),
    # Painless foot drop after leg crossing; inversion and hip abduction normal; Tinel positive.
    "common_peroneal_at_fibular_head": (
        {
            "side": "left",
            "numb": ["dorsum_of_foot", "lateral_leg"],
            "weak": ["ankle_dorsiflexion", "ankle_eversion", "great_toe_extension"],
            "normal_strength": ["ankle_inversion", "hip_abduction", "ankle_plantarflexion"],
            "reflex": {"achilles": "normal", "patellar": "normal"},
            "tests": {"tinel_fibular_head": "positive", "slr": "negative"},
            "history": {"back_pain": False, "gait": "steppage", "triggers": ["leg_crossing"]},
        },
        "common_peroneal_at_fibular_head",
        ("(ankle inversion) is normal",),
    ),
    # Tight boots: first web space numbness only, dorsum pain, no weakness of eversion.
    "deep_peroneal": (
        {
            "side": "right",
            "pain": ["dorsum_of_foot"],
            "numb": ["first_web_space"],
            "normal_strength": ["ankle_eversion", "ankle_inversion"],
            "history": {"back_pain": False, "triggers": ["tight_footwear"]},
        },
        "deep_peroneal",
        ("big toe and the second toe",),
    ),
    # After an ankle sprain: burning top of foot and lower shin, Tinel on the shin, no foot drop.
    "superficial_peroneal": (
        {
            "side": "left",
            "pain": ["dorsum_of_foot", "anterolateral_leg"],
            "numb": ["dorsum_of_foot", "anterolateral_leg"],
            "normal_strength": ["ankle_dorsiflexion", "great_toe_extension"],
            "tests": {"tinel_superficial_peroneal": "positive"},
            "history": {"back_pain": False, "triggers": ["ankle_injury"]},
        },
        "superficial_peroneal",
        ("outer shin",),
    ),
    # After a fifth-metatarsal fracture: outer foot numbness, Tinel behind the outer ankle.
    "sural": (
        {
            "side": "right",
            "pain": ["lateral_foot"],
            "numb": ["lateral_foot", "little_toe", "lateral_malleolus"],
            "normal_strength": ["ankle_plantarflexion"],
            "reflex": {"achilles": "normal"},
            "tests": {"tinel_sural": "positive", "slr": "negative"},
            "history": {"back_pain": False, "triggers": ["ankle_injury"]},
        },
        "sural",
        ("behind the outer ankle",),
    ),
    # Inner knee and leg burning after walking; quadriceps and knee jerk normal.
    "saphenous": (
        {
            "side": "left",
            "pain": ["medial_knee", "medial_leg"],
            "numb": ["medial_knee", "medial_leg", "medial_malleolus"],
            "normal_strength": ["knee_extension", "ankle_dorsiflexion"],
            "reflex": {"patellar": "normal"},
            "tests": {"femoral_stretch": "negative"},
            "history": {"back_pain": False},
        },
        "saphenous",
        ("knee jerk is normal",),
    ),
    # Burning sole, Tinel behind the medial malleolus, Achilles normal, flat feet.
    "tarsal_tunnel": (
        {
            "side": "right",
            "pain": ["sole", "medial_malleolus"],
            "numb": ["sole"],
            "normal_strength": ["ankle_plantarflexion"],
            "reflex": {"achilles": "normal"},
            "tests": {"tinel_tarsal_tunnel": "positive", "slr": "negative"},
            "history": {"back_pain": False, "triggers": ["prolonged_standing", "flat_foot"]},
        },
        "tarsal_tunnel",
        ("behind the inner ankle",),
    ),
    # After hip replacement: foot drop plus weak hamstrings and calf, hip abductors spared.
    "sciatic_neuropathy": (
        {
            "side": "left",
            "numb": ["dorsum_of_foot", "sole", "lateral_leg"],
            "weak": ["ankle_dorsiflexion", "ankle_plantarflexion", "knee_flexion",
                     "ankle_inversion", "ankle_eversion"],
            "normal_strength": ["hip_abduction", "hip_extension"],
            "reflex": {"achilles": "reduced", "patellar": "normal"},
            "history": {"back_pain": False, "triggers": ["hip_surgery"]},
        },
        "sciatic_neuropathy",
        ("hip",),
    ),
    # Forefoot 'pebble' pain into toes 3-4, Mulder click, narrow shoes.
    "morton_neuroma": (
        {
            "side": "left",
            "pain": ["third_web_space", "third_toe", "fourth_toe"],
            "numb": ["third_toe", "fourth_toe"],
            "tests": {"mulder": "positive"},
            "history": {"back_pain": False, "triggers": ["tight_footwear"]},
        },
        "morton_neuroma",
        ("Mulder",),
    ),
    # Meralgia: outer thigh burning, tight belt, strength and knee jerk normal.
    "lateral_femoral_cutaneous": (
        {
            "side": "right",
            "pain": ["lateral_thigh"],
            "numb": ["lateral_thigh", "anterolateral_thigh"],
            "normal_strength": ["hip_flexion", "knee_extension"],
            "reflex": {"patellar": "normal"},
            "tests": {"pelvic_compression": "positive", "femoral_stretch": "negative"},
            "history": {"back_pain": False, "triggers": ["tight_belt_or_weight_gain"]},
        },
        "lateral_femoral_cutaneous",
        ("pelvic compression",),
    ),
    # Diabetic stocking numbness, both ankle jerks reduced, no back pain.
    "peripheral_polyneuropathy": (
        {
            "side": "bilateral",
            "numb": ["sole", "great_toe", "little_toe", "dorsum_of_foot"],
            "reflex": {"achilles": "reduced", "patellar": "normal"},
            "history": {"back_pain": False, "distribution": "stocking",
                        "triggers": ["diabetes"]},
        },
        "peripheral_polyneuropathy",
        ("stocking",),
    ),
    # Plantar fasciitis: first-step heel pain, no numbness.
    "non_neural": (
        {
            "side": "left",
            "pain": ["heel", "medial_heel"],
            "numb": [],
            "history": {"back_pain": False,
                        "triggers": ["first_steps_after_rest", "prolonged_standing"]},
        },
        "non_neural",
        ("first steps",),
    ),
}


@pytest.mark.parametrize("case", sorted(CLASSIC))
def test_classic_pattern_ranks_its_lesion_first(case: str) -> None:
    """The learner enters a textbook picture and sees that lesion at the top."""
    findings, expected, words = CLASSIC[case]
    result = localize(findings)
    top = result.candidates[0]
    assert top.lesion == expected, [(c.lesion, c.points) for c in result.candidates[:4]]
    why = " ".join(top.why)
    assert any(w in why for w in words), top.why
    assert top.score > result.candidates[1].score


def test_every_lesion_has_a_classic_case() -> None:
    """No lesion in the answer list is left without a picture that finds it."""
    expected = {lesion for _, lesion, _ in CLASSIC.values()}
    assert expected == set(load_vocabulary().answer_vocabulary)


def test_candidates_are_sorted_scored_and_frozen() -> None:
    """Scores run 0-1 best first, each candidate is named plainly and cannot be edited."""
    result = localize(CLASSIC["L5"][0])
    assert isinstance(result, Localization)
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < s < 1.0 for s in scores)
    top = result.candidates[0]
    assert isinstance(top, Candidate)
    assert top.name == "L5 nerve root" and top.kind == "root"
    assert top.sources and all(s.startswith("http") for s in top.sources)
    with pytest.raises(AttributeError):
        top.score = 1.0  # type: ignore[misc]


def test_kinds_and_names_cover_the_contract() -> None:
    """Every candidate says what sort of lesion it is, in words a learner can read."""
    kinds = {}
    for findings, _, _ in CLASSIC.values():
        for cand in localize(findings).candidates:
            kinds[cand.lesion] = cand.kind
            assert cand.name and not cand.name.islower()
    assert kinds["L4"] == "root"
    assert kinds["cauda_equina"] == kinds["conus_medullaris"] == "cauda/conus"
    assert kinds["lumbar_spinal_stenosis"] == "spinal"
    assert kinds["sural"] == kinds["tarsal_tunnel"] == "peripheral"
    assert kinds["non_neural"] == "other"


def test_scores_are_comparable_between_finding_sets() -> None:
    """The same points give the same score, and a stronger picture scores higher."""
    weak = localize({"side": "left", "numb": ["dorsum_of_foot"]}).candidates
    strong = localize(CLASSIC["L5"][0]).candidates
    l5_weak = next(c for c in weak if c.lesion == "L5")
    l5_strong = next(c for c in strong if c.lesion == "L5")
    assert l5_strong.score > l5_weak.score
    assert l5_strong.score > 0.9 and l5_weak.score < 0.6
    expected = 1 / (1 + math.exp(-(l5_weak.points - SCORE_MIDPOINT) / SCORE_SPREAD))
    assert l5_weak.score == pytest.approx(expected, abs=1e-3)


def test_why_lists_reasons_for_then_against() -> None:
    """The reasons read as plain sentences: what fits first, then what argues against."""
    findings = dict(CLASSIC["common_peroneal_at_fibular_head"][0])
    result = localize(findings)
    l5 = next(c for c in result.candidates if c.lesion == "L5")
    assert l5.why == l5.supporting + l5.opposing
    assert l5.supporting and l5.opposing
    assert any("inversion" in s and "normal" in s for s in l5.opposing)
    assert all(s.endswith(".") and s[0].isupper() for s in l5.why)
    assert not any("_" in s for s in l5.why), "ids must not leak into sentences"


def test_empty_findings_give_no_candidates_but_a_disclaimer() -> None:
    """With nothing entered the aid does not guess, and still says it is not a diagnosis."""
    for findings in ({}, None, {"side": "left"}, {"history": {"back_pain": False}},
                     {"reflex": {"achilles": "normal"}, "tests": {"slr": "negative"}}):
        result = localize(findings)  # type: ignore[arg-type]
        assert result.candidates == ()
        assert result.red_flags == ()
        assert result.urgent is False
        assert "not a diagnosis" in result.disclaimer
        assert "educational" in result.disclaimer


def test_disclaimer_present_with_candidates() -> None:
    """A confident answer still carries the disclaimer."""
    assert "not a diagnosis" in localize(CLASSIC["S1"][0]).disclaimer


def test_lesion_without_supporting_finding_is_dropped() -> None:
    """Only lesions that some abnormal finding points to are listed."""
    result = localize({"side": "right", "numb": ["lateral_thigh"]})
    lesions = {c.lesion for c in result.candidates}
    assert "lateral_femoral_cutaneous" in lesions
    assert "tarsal_tunnel" not in lesions and "morton_neuroma" not in lesions


def test_schema_wrapper_shape_is_accepted() -> None:
    """A finding set saved in the schema file's own shape ({findings: ...}) works too."""
    plain = localize(CLASSIC["sural"][0])
    wrapped = localize({"findings": CLASSIC["sural"][0]})
    assert [c.lesion for c in wrapped.candidates] == [c.lesion for c in plain.candidates]


def test_core_does_not_import_qt() -> None:
    """The reasoning core runs with PySide6 unavailable (no display, no Qt)."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from spinetutor.core.reasoning import localize\n"
        "r = localize({'side': 'left', 'numb': ['sole'], 'tests': {'tinel_tarsal_tunnel': "
        "'positive'}})\n"
        "assert r.candidates[0].lesion == 'tarsal_tunnel'\n"
        "assert 'PySide6' not in [m.split('.')[0] for m in sys.modules if sys.modules[m]]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_random_valid_finding_sets_always_explain_themselves() -> None:
    """Any valid combination gives sorted candidates with readable reasons and no id leaks."""
    import random

    vocab = load_vocabulary()
    rng = random.Random(20261122)
    for _ in range(300):
        moves = rng.sample(list(vocab.movements), 4)
        findings: dict[str, Any] = {
            "side": rng.choice(vocab.sides),
            "pain": rng.sample(list(vocab.regions), rng.randint(0, 3)),
            "numb": rng.sample(list(vocab.regions), rng.randint(0, 3)),
            "weak": moves[: rng.randint(0, 2)],
            "normal_strength": moves[2:],
            "reflex": {r: rng.choice(vocab.reflex_values)
                       for r in rng.sample(list(vocab.reflexes), 2)},
            "tests": {t: rng.choice(vocab.test_values) for t in rng.sample(list(vocab.tests), 3)},
            "history": {k: rng.choice(v) for k, v in vocab.history.items()
                        if v and k not in HISTORY_LISTS},
        }
        findings["history"]["triggers"] = rng.sample(list(vocab.triggers), 2)
        findings["history"]["serious"] = rng.sample(list(vocab.history["serious"]), 1)
        result = localize(findings)
        points = [c.points for c in result.candidates]
        assert points == sorted(points, reverse=True)
        for cand in result.candidates:
            assert cand.supporting, cand.lesion
            assert all("_" not in s and s.endswith(".") for s in cand.why), cand.why
        assert result.urgent == ("emergency" in result.flag_levels)
        assert len(result.flag_levels) == len(result.red_flags)
        if not result.urgent:  # an emergency is flagged or not listed
            assert all(c.kind != "cauda/conus" for c in result.candidates)
