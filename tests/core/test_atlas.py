"""The bundled atlas agrees with the clinical reference and with itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from spinetutor.core.atlas import load_atlas

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "clinical_facts.yaml"

# Core dermatome zones, ISNCSCI key points and key muscles from the shared clinical reference.
DERMATOMES = {
    "L1": {"groin"},
    "L2": {"anterior_thigh", "anterolateral_thigh"},
    "L3": {"anterior_thigh", "medial_thigh", "anterior_knee", "medial_knee"},
    "L4": {"medial_knee", "medial_leg", "medial_malleolus", "medial_foot_arch"},
    "L5": {"lateral_leg", "anterolateral_leg", "dorsum_of_foot", "great_toe", "first_web_space",
           "second_toe"},
    "S1": {"posterior_calf", "lateral_malleolus", "lateral_foot", "little_toe", "sole", "heel",
           "lateral_heel"},
    "S2": {"posterior_thigh", "popliteal_fossa", "posterior_calf", "genitalia"},
}
KEY_MUSCLES = {"L1": None, "L2": "hip_flexion", "L3": "knee_extension",
               "L4": "ankle_dorsiflexion", "L5": "great_toe_extension",
               "S1": "ankle_plantarflexion", "S2": None}


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_thirty_three_vertebrae_in_order(atlas):
    """The spine lists 33 vertebrae from C1 to Co4, as every anatomy text counts them."""
    expected = ([f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)]
                + [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)]
                + [f"Co{i}" for i in range(1, 5)])
    assert list(atlas.vertebrae) == expected


def test_discs_start_at_c2_c3_and_end_at_l5_s1(atlas):
    """There is no C1-C2 disc and none inside the sacrum."""
    assert atlas.discs[0] == "C2-C3" and atlas.discs[-1] == "L5-S1"
    assert "C1-C2" not in atlas.discs and "S1-S2" not in atlas.discs
    assert len(atlas.discs) == 23


@pytest.mark.parametrize("root_id", sorted(DERMATOMES))
def test_dermatomes_match_the_reference(atlas, root_id):
    """Each root lights up exactly the core skin zones the reference table gives it."""
    assert atlas.root(root_id).dermatome == DERMATOMES[root_id]


def test_dermatomes_match_the_shared_reference_file(atlas):
    """The atlas and the shared reference table name the same dermatome regions."""
    if not REFERENCE.exists():
        pytest.skip("shared reference not beside the checkout")
    ref = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    for rid in ("L1", "L2", "L3", "L4", "L5", "S1", "S2"):
        assert atlas.root(rid).dermatome == set(ref["roots"][rid]["dermatome_regions"]), rid
    sacral = set(ref["roots"]["S3_S5"]["dermatome_regions"])
    union = atlas.root("S3").dermatome | atlas.root("S4").dermatome | atlas.root("S5").dermatome
    assert union == sacral


def test_key_points_and_muscles_follow_isncsci(atlas):
    """The card's key sensory point and key muscle are the ISNCSCI ones."""
    points = {"L2": "anterior_thigh", "L3": "medial_knee", "L4": "medial_malleolus",
              "L5": "dorsum_of_foot", "S1": "lateral_heel", "S2": "popliteal_fossa"}
    for rid, region in points.items():
        assert atlas.root(rid).key_sensory_point == region
    for rid, movement in KEY_MUSCLES.items():
        assert atlas.root(rid).key_muscle == movement


def test_reflexes_and_tests(atlas):
    """Knee jerk for L4, Achilles and toe walking for S1, heel walking for L4 and L5."""
    assert "patellar" in atlas.root("L4").reflexes
    assert "achilles" in atlas.root("S1").reflexes
    assert "achilles" not in atlas.root("L5").reflexes
    assert {"toe_walk", "single_leg_heel_raise"} <= atlas.root("S1").tests
    assert "heel_walk" in atlas.root("L5").tests and "heel_walk" in atlas.root("L4").tests
    assert "femoral_stretch" in atlas.root("L3").tests


def test_every_root_is_complete_and_sourced(atlas):
    """No root card has an empty dermatome, key point or source list."""
    for rid in atlas.root_ids:
        root = atlas.root(rid)
        assert root.dermatome, rid
        assert root.key_sensory_point, rid
        assert root.key_muscle or root.other_muscles, rid
        assert root.sources and root.dermatome_sources, rid
        for key in root.sources:
            assert atlas.source(key).url.startswith("http"), key


@pytest.mark.parametrize(("disc", "posterolateral", "far_lateral"), [
    ("L2-L3", "L3", "L2"), ("L3-L4", "L4", "L3"), ("L4-L5", "L5", "L4"), ("L5-S1", "S1", "L5"),
])
def test_disc_level_rules(atlas, disc, posterolateral, far_lateral):
    """A posterolateral herniation hits the traversing root, a far-lateral one the exiting root."""
    assert atlas.highlight(f"disc:{disc}").roots == {posterolateral}
    assert atlas.highlight(f"disc:{disc}", herniation="far_lateral").roots == {far_lateral}


def test_vertebra_selects_the_root_beneath_it(atlas):
    """Selecting L4 lights the L4 root, which exits below the L4 vertebra."""
    assert atlas.highlight("vertebra:L4").roots == ["L4"]
    assert atlas.highlight("vertebra:S1").roots == ["S1"]
    thoracic = atlas.highlight("vertebra:T10")
    assert not thoracic.roots and not thoracic.regions
    assert any("T10" in note for note in thoracic.notes)


def test_l4_l5_disc_pathway_runs_from_plexus_to_the_foot(atlas):
    """disc:L4-L5 lights L5, the sciatic and peroneal nerves in order, and the top of the foot."""
    h = atlas.highlight("disc:L4-L5")
    assert h.nerves[0] == "lumbosacral_plexus"
    order = list(h.nerves)
    assert order.index("sciatic") < order.index("common_peroneal") < order.index(
        "superficial_peroneal")
    assert {"dorsum_of_foot", "great_toe", "first_web_space"} <= h.regions
    assert "sole" not in h.regions


def test_central_herniation_reaches_the_saddle(atlas):
    """A central L4-L5 herniation involves every root below: the cauda equina and the saddle."""
    h = atlas.highlight("disc:L4-L5", herniation="central")
    assert list(h.roots)[:2] == ["L5", "S1"] and "S4" in h.roots
    assert "saddle" in h.regions and "landmark:cauda_equina" in h.structures


def test_region_reverse_lookup_shows_root_and_nerve(atlas):
    """The top of the foot can hurt from L5 or from the superficial peroneal nerve."""
    h = atlas.highlight("region:dorsum_of_foot")
    assert h.roots[0] == "L5"
    assert "superficial_peroneal" in h.nerves and "common_peroneal" in h.nerves
    assert h.dermatome_patches != h.territory_patches
    first_web = atlas.highlight("region:first_web_space")
    assert first_web.nerves[-1] == "deep_peroneal"


def test_nerve_highlight_covers_its_territory(atlas):
    """Selecting the sural nerve lights the outer foot and little toe, not the big toe."""
    h = atlas.highlight("nerve:sural")
    assert {"lateral_foot", "little_toe"} <= h.regions and "great_toe" not in h.regions
    assert list(h.nerves)[:3] == ["lumbosacral_plexus", "sciatic", "tibial"]


def test_conus_level_and_disagreement(atlas):
    """The conus ends at L1-L2 and the card keeps the disagreement between sources."""
    conus = atlas.landmark("conus_medullaris")
    details = dict(conus.details)
    assert details["level"] == "L1-L2"
    assert "L2-L3" in details["disagreement"]


def test_unknown_target_is_a_clear_error(atlas):
    """A typo in a target names the target instead of failing somewhere deep."""
    with pytest.raises(KeyError, match="disc:L4-L6"):
        atlas.highlight("disc:L4-L6")
    with pytest.raises(ValueError, match="herniation"):
        atlas.highlight("disc:L4-L5", herniation="sideways")


def test_keyboard_levels_walk_the_spine(atlas):
    """Up/Down steps through vertebrae and discs in anatomical order."""
    levels = atlas.levels()
    i = levels.index("vertebra:L4")
    assert levels[i + 1] == "disc:L4-L5" and levels[i + 2] == "vertebra:L5"
    assert levels[0] == "vertebra:C1" and levels[-1] == "vertebra:Co4"


def test_core_imports_without_qt():
    """The core loads the atlas with PySide6 blocked, so tools and checks need no display."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import spinetutor.core.atlas as a, spinetutor.core.highlights\n"
        "import pkgutil, importlib, spinetutor.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__): importlib.import_module("
        "'spinetutor.core.' + m.name)\n"
        "print(len(a.load_atlas().vertebrae))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "33"
