"""Reasons that teach: the findings separating the leading candidates come first, in plain words."""

from __future__ import annotations

import re

from patient_stories import STORIES

from spinetutor.core.reasoning import localize

JARGON = re.compile(r"tibialis|gluteus|peronei|neurogenic claudication|vascular claudication|"
                    r"non-nerve cause", re.IGNORECASE)


def test_the_l5_versus_peroneal_separators_lead_the_reasons() -> None:
    """For a knee-nerve foot drop, normal inversion is among the first three reasons shown."""
    findings, _, _ = STORIES["Peroneal palsy, leg crossing"]
    result = localize(findings)
    peroneal = result.candidates[0]
    assert peroneal.lesion == "common_peroneal_at_fibular_head"
    assert any("inversion" in s for s in peroneal.supporting[:3]), peroneal.supporting


def test_sciatic_nerve_does_not_fit_well_for_a_peroneal_palsy() -> None:
    """Leg crossing and a Tinel sign at the knee argue against the sciatic nerve."""
    findings, _, _ = STORIES["Peroneal palsy, leg crossing"]
    sciatic = next(c for c in localize(findings).candidates if c.lesion == "sciatic_neuropathy")
    assert sciatic.score < 0.75
    assert any("outer knee" in s for s in sciatic.opposing)


def test_no_reason_uses_muscle_latin_or_claudication_jargon() -> None:
    """Plain words: no 'tibialis posterior', 'neurogenic claudication', 'a non-nerve cause'."""
    for findings, _, _ in STORIES.values():
        for cand in localize(findings).candidates:
            for sentence in cand.why:
                assert not JARGON.search(sentence), sentence


def test_reordering_keeps_every_reason() -> None:
    """Putting the separating findings first never drops or duplicates a reason."""
    for findings, _, _ in STORIES.values():
        for cand in localize(findings).candidates:
            expected = sorted(s for _, w, s in cand.evidence if w)
            assert sorted(cand.why) == expected
