"""Compare: two lesions side by side with what only one of them affects."""

from __future__ import annotations

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.compare import CLASSIC_PAIRS, compare, profile, term_name


def test_l5_vs_common_peroneal_hip_abduction_and_inversion_are_l5_only():
    """L5 vs peroneal palsy: hip abduction and inversion are weak only in the L5 root."""
    result = compare(load_atlas(), "root:L5", "nerve:common_peroneal")
    movements = result.aspect("movements")
    assert {"hip_abduction", "ankle_inversion"} <= set(movements.only_a)
    assert "ankle_dorsiflexion" in movements.shared
    assert "ankle_eversion" in movements.shared
    assert not movements.only_b
    assert "medial_hamstring" in result.aspect("reflexes").only_a
    assert "tinel_fibular_head" in result.aspect("tests").only_b
    assert "trendelenburg" in result.aspect("tests").only_a


def test_l5_vs_s1_skin_reflexes_and_tests_differ():
    """L5 vs S1: top of the foot against the sole and heel, hamstring against ankle jerk."""
    result = compare(load_atlas(), "root:L5", "root:S1")
    regions = result.aspect("regions")
    assert "dorsum_of_foot" in regions.only_a and "sole" in regions.only_b
    assert result.aspect("reflexes").only_b == ("achilles",)
    assert "toe_walk" in result.aspect("tests").only_b
    assert "heel_walk" in result.aspect("tests").only_a


def test_l4_vs_saphenous_same_skin_but_only_the_root_weakens_and_loses_the_knee_jerk():
    """L4 vs saphenous: the same inner-leg skin; weakness and a lost knee jerk mean the root."""
    result = compare(load_atlas(), "root:L4", "nerve:saphenous")
    assert "medial_leg" in result.aspect("regions").shared
    assert "knee_extension" in result.aspect("movements").only_a
    assert result.aspect("reflexes").only_a == ("patellar",)
    assert not result.aspect("movements").only_b


def test_a_disc_stands_for_the_root_it_compresses():
    """Comparing the L4-L5 disc is comparing the L5 root it usually compresses."""
    atlas = load_atlas()
    assert profile(atlas, "disc:L4-L5").movements == profile(atlas, "root:L5").movements
    far = profile(atlas, "disc:L4-L5", "far_lateral")
    assert far.reflexes == profile(atlas, "root:L4").reflexes


def test_classic_pairs_compare_and_every_id_has_a_readable_name():
    """Every classic pair compares, and every row has a readable name (no raw ids on screen)."""
    atlas = load_atlas()
    for a, b in CLASSIC_PAIRS:
        result = compare(atlas, a, b)
        for diff in result.aspects:
            for term in diff.shared + diff.only_a + diff.only_b:
                assert "_" not in term_name(atlas, diff.aspect, term)


def test_unknown_target_is_refused():
    """A mistyped target names itself in the error."""
    with pytest.raises(KeyError, match="root:L9"):
        compare(load_atlas(), "root:L9", "root:S1")
