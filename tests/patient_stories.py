"""Patient stories as a clinician would enter them in Consultation, with the expected outcome.

Each story: findings (findings_schema.yaml shape), the red-flag level it must raise ("" for
none, "soon", "emergency") and the lesion that should rank first ("" when any is acceptable).
Shared by the reasoning tests (tests/core) and the handout tests (tests/ui).
"""

from __future__ import annotations

from typing import Any

Story = tuple[dict[str, Any], str, str]

STORIES: dict[str, Story] = {
    # ---- quiet single-root and peripheral stories: no flag ---------------------------------
    "L5 disc, left": ({
        "side": "left",
        "pain": ["buttock", "posterior_thigh", "anterolateral_leg", "dorsum_of_foot"],
        "numb": ["dorsum_of_foot", "great_toe"], "weak": ["great_toe_extension"],
        "normal_strength": ["ankle_plantarflexion"], "reflex": {"achilles": "normal"},
        "tests": {"slr": "positive"}, "history": {"back_pain": True, "bladder": "normal",
                                                 "saddle_sensation": "normal"}}, "", "L5"),
    "S1 disc, right": ({
        "side": "right", "pain": ["posterior_thigh", "posterior_calf", "lateral_foot"],
        "numb": ["lateral_foot", "little_toe"], "weak": ["ankle_plantarflexion"],
        "reflex": {"achilles": "reduced"}, "tests": {"slr": "positive"},
        "history": {"back_pain": True, "triggers": ["sitting_cough_sneeze"]}}, "", "S1"),
    "L4 root": ({
        "side": "left", "pain": ["anterior_thigh", "medial_leg"], "numb": ["medial_leg"],
        "weak": ["knee_extension"], "reflex": {"patellar": "reduced"},
        "tests": {"femoral_stretch": "positive"}, "history": {"back_pain": True}}, "", "L4"),
    "Peroneal palsy, leg crossing": ({
        "side": "left", "weak": ["ankle_dorsiflexion", "toe_extension"],
        "numb": ["dorsum_of_foot", "anterolateral_leg"],
        "normal_strength": ["ankle_inversion", "hip_abduction"],
        "tests": {"tinel_fibular_head": "positive"},
        "history": {"back_pain": False, "gait": "steppage", "triggers": ["leg_crossing"]}},
        "", "common_peroneal_at_fibular_head"),
    "Morton's neuroma": ({
        "side": "right", "pain": ["third_web_space", "fourth_toe"], "numb": ["third_web_space"],
        "tests": {"mulder": "positive"},
        "history": {"back_pain": False, "triggers": ["tight_footwear"]}}, "", "morton_neuroma"),
    "Tarsal tunnel": ({
        "side": "left", "pain": ["sole", "medial_foot_arch"], "numb": ["sole"],
        "tests": {"tinel_tarsal_tunnel": "positive"},
        "history": {"back_pain": False, "triggers": ["flat_foot", "prolonged_standing"]}},
        "", "tarsal_tunnel"),
    "Meralgia": ({
        "side": "right", "numb": ["lateral_thigh", "anterolateral_thigh"],
        "normal_strength": ["hip_flexion", "knee_extension"],
        "history": {"back_pain": False, "triggers": ["tight_belt_or_weight_gain"]}},
        "", "lateral_femoral_cutaneous"),
    "Stenosis, both legs on walking": ({
        "side": "bilateral", "pain": ["buttock", "posterior_thigh", "posterior_calf"],
        "weak": ["great_toe_extension"], "tests": {"shopping_cart_sign": "positive"},
        "history": {"back_pain": True, "foot_pulses": "normal", "course": "stable",
                    "triggers": ["walking_relieved_by_sitting_or_flexion"]}},
        "", "lumbar_spinal_stenosis"),
    "Polyneuropathy": ({
        "side": "bilateral", "numb": ["sole", "great_toe", "dorsum_of_foot"],
        "reflex": {"achilles": "reduced"},
        "history": {"back_pain": False, "distribution": "stocking", "triggers": ["diabetes"]}},
        "", "peripheral_polyneuropathy"),
    "Plantar heel pain": ({
        "side": "left", "pain": ["heel"], "numb": [],
        "history": {"back_pain": False, "triggers": ["first_steps_after_rest"]}},
        "", "non_neural"),
    # ---- emergency today -----------------------------------------------------------------------
    "Cauda equina": ({
        "side": "bilateral", "pain": ["buttock", "posterior_thigh", "posterior_calf"],
        "numb": ["saddle", "perianal"], "tests": {"slr": "positive"},
        "reflex": {"patellar": "normal", "achilles": "reduced"},
        "history": {"back_pain": True, "bladder": "retention", "saddle_sensation": "reduced"}},
        "emergency", "cauda_equina"),
    "Sciatica in both legs alone": ({
        "side": "bilateral", "pain": ["buttock", "posterior_thigh", "posterior_calf"],
        "history": {"back_pain": True}}, "emergency", "cauda_equina"),
    "Genital numbness alone": ({
        "side": "left", "numb": ["genitalia"]}, "emergency", ""),
    "Sudden dense foot drop": ({
        "side": "left", "weak": ["ankle_dorsiflexion", "great_toe_extension"],
        "numb": ["dorsum_of_foot"],
        "history": {"back_pain": True, "onset": "sudden", "weakness_severity": "severe"}},
        "emergency", "L5"),
    "New sexual dysfunction with sciatica": ({
        "side": "right", "pain": ["posterior_thigh", "posterior_calf"],
        "history": {"back_pain": True, "sexual_function": "changed"}}, "emergency", ""),
    "Reduced bladder sensation": ({
        "side": "left", "pain": ["posterior_thigh"],
        "history": {"back_pain": True, "bladder_sensation": "reduced"}}, "emergency", ""),
    "Conus": ({
        "side": "bilateral", "numb": ["perianal"],
        "reflex": {"patellar": "normal", "achilles": "absent"},
        "history": {"onset": "sudden", "bladder": "incontinence", "bowel": "incontinence",
                    "back_pain": True}}, "emergency", "conus_medullaris"),
    # ---- see a doctor soon -------------------------------------------------------------------
    "Brisk reflexes with a weak foot": ({
        "side": "left", "weak": ["ankle_dorsiflexion"],
        "reflex": {"patellar": "brisk", "achilles": "brisk"},
        "tests": {"babinski": "positive"}}, "soon", ""),
    "Sciatica with a cancer history": ({
        "side": "right", "pain": ["posterior_thigh", "posterior_calf", "lateral_foot"],
        "reflex": {"achilles": "reduced"},
        "history": {"back_pain": True, "serious": ["cancer_history", "night_pain"]}},
        "soon", "S1"),
    "Back and leg pain with fever": ({
        "side": "left", "pain": ["anterior_thigh"],
        "history": {"back_pain": True, "serious": ["fever", "iv_drug_use"]}}, "soon", ""),
    "Worsening foot weakness, one leg": ({
        "side": "left", "weak": ["great_toe_extension"], "numb": ["dorsum_of_foot"],
        "history": {"back_pain": True, "course": "worsening"}}, "soon", "L5"),
}


def enter_story(mode: Any, findings: dict[str, Any]) -> None:
    """Enter a story in the consultation panel as a clinician would (marks, then the form);
    the panel reports once at the end, so a long story does not re-rank at every tick."""
    panel = mode.findings_panel
    panel.blockSignals(True)
    try:
        _fill(panel, findings)
    finally:
        panel.blockSignals(False)
    panel.findings_changed.emit(panel.findings())


def _fill(panel: Any, findings: dict[str, Any]) -> None:
    if findings.get("side"):
        panel.set_side(findings["side"])
    for region in findings.get("pain", ()):
        panel.toggle_region(region, "pain")
    for region in findings.get("numb", ()):
        panel.toggle_region(region, "numbness")
    exam = panel.exam
    for move in findings.get("weak", ()):
        exam.set_value("movements", move, "weak")
    for move in findings.get("normal_strength", ()):
        exam.set_value("movements", move, "normal")
    for reflex, value in findings.get("reflex", {}).items():
        exam.set_value("reflexes", reflex, value)
    for test, value in findings.get("tests", {}).items():
        exam.set_value("tests", test, value)
    for key, value in findings.get("history", {}).items():
        if key == "triggers":
            for trigger in value:
                exam.set_trigger(trigger, True)
        elif key == "serious":
            for item in value:
                exam.set_serious(item, True)
        else:
            exam.set_value("history", key, value)
