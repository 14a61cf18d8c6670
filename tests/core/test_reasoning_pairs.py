"""Look-alike pairs come out the way a clinician would separate them, and red flags fire."""

from __future__ import annotations

from typing import Any

from spinetutor.core.reasoning import Localization, localize


def rank(result: Localization, lesion: str) -> int:
    """Position of `lesion` in the ranking (len() when it is not listed at all)."""
    order = [c.lesion for c in result.candidates]
    return order.index(lesion) if lesion in order else len(order)


def top(findings: dict[str, Any]) -> str:
    return localize(findings).candidates[0].lesion


def why_of(result: Localization, lesion: str) -> str:
    return " ".join(next(c for c in result.candidates if c.lesion == lesion).why)


# --- L5 root vs common peroneal nerve (foot drop) -------------------------------------------
PERONEAL = {
    "side": "left",
    "weak": ["ankle_dorsiflexion"],
    "numb": ["dorsum_of_foot"],
    "normal_strength": ["ankle_inversion", "hip_abduction"],
    "history": {"back_pain": False, "triggers": ["leg_crossing"]},
}
L5_DROP = {
    "side": "left",
    "weak": ["ankle_dorsiflexion", "ankle_inversion", "hip_abduction"],
    "numb": ["dorsum_of_foot"],
    "tests": {"slr": "positive"},
    "history": {"back_pain": True},
}


def test_foot_drop_with_normal_inversion_and_hip_abduction_is_peroneal() -> None:
    """Painless foot drop after leg crossing, inversion and hip abduction normal: not L5."""
    result = localize(PERONEAL)
    assert result.candidates[0].lesion == "common_peroneal_at_fibular_head"
    assert rank(result, "L5") > 1
    assert "inversion" in why_of(result, "common_peroneal_at_fibular_head")
    assert "leg crossing" in why_of(result, "common_peroneal_at_fibular_head")
    l5 = next(c for c in result.candidates if c.lesion == "L5")
    assert any("inversion" in s for s in l5.opposing)
    assert result.red_flags == ()


def test_foot_drop_with_weak_inversion_hip_abduction_back_pain_and_slr_is_l5() -> None:
    """The same foot drop with weak inversion and hip abduction, back pain and SLR: L5 root."""
    result = localize(L5_DROP)
    assert result.candidates[0].lesion == "L5"
    peroneal = next(c for c in result.candidates if c.lesion == "common_peroneal_at_fibular_head")
    assert peroneal.score < result.candidates[0].score - 0.3
    assert any("inversion" in s for s in peroneal.opposing)
    assert "straight leg raise" in why_of(result, "L5")


def test_inversion_alone_moves_the_answer_between_l5_and_peroneal() -> None:
    """Changing only the inversion test result changes which of the two ranks higher."""
    base = {"side": "left", "weak": ["ankle_dorsiflexion", "great_toe_extension"],
            "numb": ["dorsum_of_foot", "first_web_space"]}
    normal_inv = localize({**base, "normal_strength": ["ankle_inversion"]})
    weak_inv = localize({**base, "weak": [*base["weak"], "ankle_inversion"]})
    assert rank(normal_inv, "common_peroneal_at_fibular_head") < rank(normal_inv, "L5")
    assert rank(weak_inv, "L5") < rank(weak_inv, "common_peroneal_at_fibular_head")


def test_deep_peroneal_spares_eversion() -> None:
    """Foot drop with normal eversion and only first-web numbness: the deep branch."""
    result = localize({"side": "right", "weak": ["ankle_dorsiflexion", "great_toe_extension"],
                       "normal_strength": ["ankle_eversion"], "numb": ["first_web_space"]})
    assert result.candidates[0].lesion == "deep_peroneal"
    assert rank(result, "deep_peroneal") < rank(result, "common_peroneal_at_fibular_head")


# --- S1 root vs tarsal tunnel, S1 vs sural --------------------------------------------------
def test_s1_vs_tarsal_tunnel() -> None:
    """Reduced ankle jerk, weak toe walking and back pain is S1; Tinel and sole burning is not."""
    s1 = localize({"side": "right", "numb": ["sole", "lateral_foot"],
                   "weak": ["ankle_plantarflexion"], "reflex": {"achilles": "reduced"},
                   "tests": {"toe_walk": "positive"}, "history": {"back_pain": True}})
    tarsal = localize({"side": "right", "numb": ["sole"], "pain": ["sole"],
                       "reflex": {"achilles": "normal"},
                       "tests": {"tinel_tarsal_tunnel": "positive"},
                       "history": {"back_pain": False}})
    assert s1.candidates[0].lesion == "S1"
    assert rank(s1, "tarsal_tunnel") > 2
    assert "ankle jerk" in why_of(s1, "S1")
    assert tarsal.candidates[0].lesion == "tarsal_tunnel"
    assert rank(tarsal, "S1") > 1
    assert "inner ankle" in why_of(tarsal, "tarsal_tunnel")


def test_s1_vs_sural() -> None:
    """Outer-foot numbness: purely sensory with Tinel is sural; calf weakness and reflex loss S1."""
    sensory = {"side": "left", "numb": ["lateral_foot", "little_toe"]}
    sural = localize({**sensory, "reflex": {"achilles": "normal"},
                      "normal_strength": ["ankle_plantarflexion"],
                      "tests": {"tinel_sural": "positive"},
                      "history": {"back_pain": False, "triggers": ["ankle_injury"]}})
    s1 = localize({**sensory, "weak": ["ankle_plantarflexion"], "reflex": {"achilles": "absent"},
                   "tests": {"slr": "positive"}, "history": {"back_pain": True}})
    assert sural.candidates[0].lesion == "sural"
    assert rank(sural, "S1") > 1
    assert s1.candidates[0].lesion == "S1"
    assert any("not explained by the sural" in s or "points to S1" in s
               for s in next(c for c in s1.candidates if c.lesion == "sural").opposing)


# --- L4 root vs saphenous nerve ---------------------------------------------------------------
def test_l4_vs_saphenous() -> None:
    """Same inner-leg numbness: quadriceps/knee jerk/back pain is L4, sensory only is saphenous."""
    skin = {"side": "left", "numb": ["medial_leg", "medial_malleolus"]}
    l4 = localize({**skin, "weak": ["knee_extension"], "reflex": {"patellar": "reduced"},
                   "history": {"back_pain": True}})
    saph = localize({**skin, "normal_strength": ["knee_extension"],
                     "reflex": {"patellar": "normal"}, "history": {"back_pain": False}})
    assert l4.candidates[0].lesion == "L4"
    assert rank(l4, "saphenous") > 1
    assert saph.candidates[0].lesion == "saphenous"
    assert rank(saph, "L4") >= 1
    assert "knee jerk" in why_of(saph, "saphenous")


# --- Upper lumbar roots vs meralgia paresthetica --------------------------------------------
def test_upper_lumbar_root_vs_meralgia() -> None:
    """Outer-thigh numbness alone is meralgia; add weak hip flexion and femoral stretch: L2/L3."""
    meralgia = localize({"side": "right", "numb": ["lateral_thigh", "anterolateral_thigh"],
                         "normal_strength": ["hip_flexion", "knee_extension"],
                         "reflex": {"patellar": "normal"},
                         "history": {"back_pain": False,
                                     "triggers": ["tight_belt_or_weight_gain"]}})
    root = localize({"side": "right", "numb": ["anterolateral_thigh", "anterior_thigh"],
                     "weak": ["hip_flexion", "knee_extension"],
                     "tests": {"femoral_stretch": "positive"}, "history": {"back_pain": True}})
    assert meralgia.candidates[0].lesion == "lateral_femoral_cutaneous"
    assert rank(meralgia, "L2") > 0 and rank(meralgia, "L3") > 0
    assert root.candidates[0].lesion in ("L2", "L3")
    assert rank(root, "lateral_femoral_cutaneous") > 2
    lfc = next(c for c in root.candidates if c.lesion == "lateral_femoral_cutaneous")
    assert any("hip flexion" in s for s in lfc.opposing)


# --- Neurogenic vs vascular claudication ----------------------------------------------------
def test_stenosis_vs_vascular_claudication() -> None:
    """Walking pain eased by sitting is stenosis; eased by standing with weak pulses, arteries."""
    legs = {"side": "bilateral", "pain": ["buttock", "posterior_calf"]}
    neuro = localize({**legs, "history": {"back_pain": True, "foot_pulses": "normal",
                                          "triggers": ["walking_relieved_by_sitting_or_flexion"]}})
    vascular = localize({**legs, "history": {"foot_pulses": "reduced",
                                             "triggers": ["walking_relieved_by_standing_still"]}})
    assert neuro.candidates[0].lesion == "lumbar_spinal_stenosis"
    assert vascular.candidates[0].lesion == "non_neural"
    assert rank(vascular, "lumbar_spinal_stenosis") > 0
    assert "pulses" in why_of(vascular, "non_neural")
    assert neuro.red_flags == () and vascular.red_flags == ()


# --- Cauda equina and conus ------------------------------------------------------------------
CAUDA = {
    "side": "bilateral",
    "pain": ["buttock", "posterior_thigh", "posterior_calf"],
    "numb": ["saddle"],
    "tests": {"slr": "positive"},
    "history": {"back_pain": True, "bladder": "retention", "saddle_sensation": "reduced"},
}


def test_cauda_equina_ranks_first_and_raises_urgent_red_flags() -> None:
    """Bilateral sciatica, saddle numbness and retention: cauda equina, seek care today."""
    result = localize(CAUDA)
    assert result.candidates[0].lesion == "cauda_equina"
    assert result.urgent is True
    text = " ".join(result.red_flags)
    assert "saddle" in text and "urine" in text and "both legs" in text
    assert result.flag_levels == ("emergency",) * len(result.red_flags)
    assert all("emergency department today" in flag for flag in result.red_flags)


def test_conus_vs_cauda() -> None:
    """Sudden, symmetric, early incontinence, knee jerks kept, ankle jerks lost: conus."""
    conus = localize({"side": "bilateral", "numb": ["perianal"],
                      "reflex": {"patellar": "normal", "achilles": "absent"},
                      "history": {"onset": "sudden", "bladder": "incontinence",
                                  "bowel": "incontinence", "back_pain": True}})
    assert conus.candidates[0].lesion == "conus_medullaris"
    assert rank(conus, "cauda_equina") == 1
    assert "knee jerk" in why_of(conus, "conus_medullaris")
    cauda = localize({**CAUDA, "reflex": {"patellar": "reduced", "achilles": "reduced"},
                      "history": {**CAUDA["history"], "onset": "gradual"}})
    assert rank(cauda, "cauda_equina") < rank(cauda, "conus_medullaris")


# --- Polyneuropathy, Morton, plantar fasciitis -----------------------------------------------
def test_polyneuropathy_stocking_is_not_a_root_or_an_emergency() -> None:
    """Symmetric stocking numbness with both ankle jerks reduced in diabetes: polyneuropathy."""
    result = localize({"side": "bilateral", "numb": ["sole", "great_toe", "dorsum_of_foot"],
                       "reflex": {"achilles": "reduced"},
                       "history": {"distribution": "stocking", "back_pain": False,
                                   "triggers": ["diabetes"]}})
    assert result.candidates[0].lesion == "peripheral_polyneuropathy"
    assert rank(result, "S1") > 2 and rank(result, "L5") > 2
    assert result.red_flags == ()


def test_morton_neuroma() -> None:
    """Pain between the third and fourth toes with a Mulder click: Morton's neuroma."""
    result = localize({"side": "left", "pain": ["third_web_space", "fourth_toe"],
                       "numb": ["third_toe", "fourth_toe"], "tests": {"mulder": "positive"}})
    assert result.candidates[0].lesion == "morton_neuroma"
    assert "Mulder" in why_of(result, "morton_neuroma")


def test_plantar_fasciitis_is_non_neural() -> None:
    """First-step heel pain without numbness is not a nerve problem."""
    result = localize({"side": "right", "pain": ["heel"], "numb": [],
                       "history": {"triggers": ["first_steps_after_rest"], "back_pain": False}})
    assert result.candidates[0].lesion == "non_neural"
    assert "first steps" in why_of(result, "non_neural")
    numb = localize({"side": "right", "pain": ["heel"], "numb": ["sole", "heel"],
                     "tests": {"tinel_tarsal_tunnel": "positive"},
                     "history": {"triggers": ["first_steps_after_rest"]}})
    assert numb.candidates[0].lesion != "non_neural"


# --- Red flags --------------------------------------------------------------------------------
def test_each_red_flag_fires_on_its_own() -> None:
    """Every red flag in the reference shows, in plain words, from its own finding."""
    cases = {
        "saddle": {"side": "left", "numb": ["perineum"]},
        "saddle area": {"history": {"saddle_sensation": "absent"}},
        "passing urine": {"history": {"bladder": "hesitancy"}},
        "bowel": {"history": {"bowel": "incontinence"}},
        "both legs": {"side": "bilateral", "weak": ["great_toe_extension"]},
    }
    for word, findings in cases.items():
        result = localize(findings)
        assert result.urgent, word
        assert any(word in flag for flag in result.red_flags), (word, result.red_flags)
        assert not any("_" in flag for flag in result.red_flags)


def test_bilateral_foot_drop_and_multi_root_weakness_are_red_flags() -> None:
    """Foot drop on both sides, or weakness needing three roots, calls for urgent assessment."""
    both = localize({"side": "bilateral", "weak": ["ankle_dorsiflexion"]})
    multi = localize({"side": "right",
                      "weak": ["hip_flexion", "great_toe_extension", "ankle_plantarflexion"]})
    two = localize({"side": "right", "weak": ["great_toe_extension", "ankle_plantarflexion"]})
    assert any("several nerve roots" in f or "both feet" in f for f in both.red_flags)
    assert multi.urgent and any("several nerve roots" in f for f in multi.red_flags)
    assert two.red_flags == () and two.urgent is False


def test_ordinary_one_sided_sciatica_has_no_red_flags() -> None:
    """A one-sided L5 or S1 picture with normal bladder and saddle gives no alarm."""
    result = localize({**L5_DROP, "history": {"back_pain": True, "bladder": "normal",
                                              "bowel": "normal", "saddle_sensation": "normal"}})
    assert result.red_flags == ()
    assert result.urgent is False
    assert result.candidates[0].lesion == "L5"
