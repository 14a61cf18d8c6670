"""The conditions the plate draws: each has its lesion layer, and showing one lights its path."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from spinetutor.core.atlas import load_atlas
from spinetutor.core.pathology import expand
from spinetutor.core.plate_ids import axial_level, is_clickable_id, svg_id_to_target
from spinetutor.paths import assets_dir

PLATES = [assets_dir() / "plate" / "plate.svg", assets_dir() / "plate" / "plate.es.svg"]


def _lesion_groups(svg) -> set[str]:
    return {el.get("id") for el in ET.parse(svg).getroot().iter()
            if (el.get("id") or "").startswith("lesion.")}


@pytest.mark.parametrize("svg", PLATES, ids=["en", "es"])
def test_every_condition_has_its_layer_on_the_plate(svg):
    """Each herniation type, stenosis, slip, worn disc, curve and entrapment site is drawn."""
    atlas = load_atlas()
    groups = _lesion_groups(svg)
    for pid, p in atlas.pathologies.items():
        assert set(p.layer_ids()) & groups, f"{pid} has no lesion layer in {svg.name}"
    for level in ("L3-L4", "L4-L5", "L5-S1"):
        for kind in ("posterolateral", "far_lateral", "central"):
            assert f"lesion.herniation.{kind}.{level}.axial" in groups
    assert "lesion.spondylolisthesis.isthmic.L5-S1" in groups
    assert "lesion.scoliosis.coronal" in groups


def test_each_herniation_type_draws_a_different_lesion():
    """Selecting L4-L5 with each herniation type names a different lesion to draw."""
    atlas = load_atlas()
    shown = {atlas.highlight("disc:L4-L5", h).pathology
             for h in ("posterolateral", "far_lateral", "central")}
    assert shown == {"herniation.posterolateral.L4-L5", "herniation.far_lateral.L4-L5",
                     "herniation.central.L4-L5"}


def test_spine_lesions_light_the_root_their_rule_gives():
    """Isthmic L5-S1 slip pinches the exiting L5; lateral recess stenosis the traversing L5."""
    atlas = load_atlas()
    assert atlas.pathology_highlight("spondylolisthesis.isthmic.L5-S1").roots == ["L5"]
    assert atlas.pathology_highlight("stenosis.lateral_recess.L4-L5").roots == ["L5"]
    central = atlas.pathology_highlight("stenosis.central.L4-L5")
    assert "landmark:cauda_equina" in central.structures
    assert central.pathology == "stenosis.central.L4-L5"


def test_an_entrapment_lights_the_nerve_below_the_site_not_the_spine():
    """A peroneal palsy at the fibular head lights the peroneal nerves and no root."""
    atlas = load_atlas()
    h = atlas.pathology_highlight("entrapment.fibular_head")
    assert h.roots == []
    assert set(h.nerves) == {"common_peroneal", "deep_peroneal", "superficial_peroneal"}
    assert "sciatic" not in h.nerves and h.territory_patches
    morton = atlas.pathology_highlight("entrapment.morton")
    assert morton.target == "region:third_web_space" and morton.patches


def test_unknown_or_broken_entries_are_named():
    """A typo in a pathology id or a duplicated level is reported by name."""
    with pytest.raises(KeyError, match="unknown pathology 'herniation.sideways'"):
        load_atlas().pathology("herniation.sideways")
    with pytest.raises(ValueError, match="'degenerated.L4-L5' is listed twice"):
        expand([{"id": "degenerated", "name": "x", "levels": ["L4-L5", "L4-L5"]}])


def test_axial_ids_name_their_level_and_target():
    """axial.L4-L5.root.L5 is the L5 root, drawn in the L4-L5 section."""
    assert is_clickable_id("axial.L4-L5.root.L5")
    assert svg_id_to_target("axial.L4-L5.root.L5") == "root:L5"
    assert svg_id_to_target("axial.L5-S1.landmark.cauda_equina") == "landmark:cauda_equina"
    assert axial_level("axial.L5-S1.disc.L5-S1") == "L5-S1"
    assert not is_clickable_id("axial.L4-L5") and not is_clickable_id("lesion.scoliosis")


def test_a_lesson_section_with_a_pathology_step_draws_it():
    """A section's 'pathology:' step adds the condition to what the section shows."""
    from types import SimpleNamespace

    from spinetutor.core.section_picture import picture_highlight, section_picture

    steps = [SimpleNamespace(kind="clear", value=True),
             SimpleNamespace(kind="select", value="root:L5"),
             SimpleNamespace(kind="pathology", value="stenosis.lateral_recess.L4-L5")]
    highlight, problems = picture_highlight(load_atlas(), section_picture(steps))
    assert not problems and highlight is not None
    assert highlight.pathology == "stenosis.lateral_recess.L4-L5"
    _, problems = picture_highlight(load_atlas(), section_picture(
        [SimpleNamespace(kind="pathology", value="stenosis.sideways")]))
    assert problems == ["unknown pathology 'stenosis.sideways'"]


def _course_pathology_steps() -> list[tuple[str, str, str]]:
    """(lesson id, section id, pathology id) of every `pathology:` step of the shipped course."""
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.paths import lessons_dir

    pack = load_pack(lessons_dir(), load_atlas().knows)
    assert not pack.problems
    return [(lesson.id, section.id, str(action.value))
            for lesson in pack.lessons for section in lesson.sections
            for action in section.actions if action.kind == "pathology"]


@pytest.mark.parametrize("svg", PLATES, ids=["en", "es"])
def test_the_course_draws_each_kind_of_condition_it_teaches(svg):
    """The shipped lessons draw every herniation type, stenosis, both slips, a worn disc, the
    curve and each entrapment site, and each condition they name is drawn on the plate."""
    used = {pid for _, _, pid in _course_pathology_steps()}
    atlas = load_atlas()
    groups = _lesion_groups(svg)
    for pid in used:
        assert pid in atlas.pathologies, pid
        assert set(atlas.pathology(pid).layer_ids()) & groups, f"{pid} not in {svg.name}"
    families = {atlas.pathology(pid).family for pid in used}
    assert families >= {
        "herniation.posterolateral", "herniation.far_lateral", "herniation.central",
        "stenosis.central", "spondylolisthesis.degenerative", "spondylolisthesis.isthmic",
        "degenerated", "scoliosis", "entrapment.fibular_head", "entrapment.tarsal_tunnel",
        "entrapment.morton", "entrapment.sural", "entrapment.saphenous"}
    lessons = {lesson for lesson, _, _ in _course_pathology_steps()}
    assert {"disc-level-vs-root", "herniated-bulging-disc"} <= lessons


def test_a_bulging_disc_is_drawn_as_an_ageing_disc_not_a_herniation():
    """The consultation's 'Bulging disc' shows the worn, bulging disc, not a herniation."""
    from spinetutor.core.pathology import pathology_for

    pid = pathology_for(condition="bulging_disc")
    assert pid is not None and not pid.startswith("herniation.")
    assert load_atlas().pathology(pid).family == "degenerated"


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_section_showing_the_curve_with_a_vertebra_has_a_card(language):
    """A section selecting T8 and drawing the scoliosis inset describes T8 and names the
    curve among what the plate shows (building the card raised KeyError)."""
    from spinetutor.core.cards import build_card
    from spinetutor.core.section_picture import SectionPicture, picture_highlight

    atlas = load_atlas()
    picture = SectionPicture((("select", "vertebra:T8"), ("pathology", "scoliosis")))
    highlight, problems = picture_highlight(atlas, picture)
    assert not problems and highlight.pathology == "scoliosis"
    card = build_card(atlas, highlight, language)
    also = card.sections[0][1]
    assert len(also) == 1 and ("scoliosis" in also[0].lower() or "escoliosis" in also[0].lower())


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_drawn_slip_stenosis_or_worn_disc_is_not_explained_by_the_herniation_rule(language):
    """The card for a slipped vertebra, a narrowed canal or a worn disc never says how a
    posterolateral herniation works; a drawn herniation still does."""
    from spinetutor.core.atlas_localized import localized_atlas
    from spinetutor.core.cards import build_card
    from spinetutor.core.pathology import pathology_highlight

    atlas = load_atlas()
    local = localized_atlas(atlas, language)
    rules = {local.disc_rules[kind] for kind in ("posterolateral", "far_lateral", "central")}
    for pid in ("spondylolisthesis.degenerative.L4-L5", "spondylolisthesis.isthmic.L5-S1",
                "stenosis.central.L4-L5", "stenosis.lateral_recess.L4-L5", "degenerated.L4-L5"):
        card = build_card(atlas, pathology_highlight(atlas, pid), language)
        lines = {line for _, text in card.sections for line in text}
        assert not lines & rules, pid
    card = build_card(atlas, pathology_highlight(atlas, "herniation.far_lateral.L4-L5"), language)
    assert local.disc_rules["far_lateral"] in {line for _, text in card.sections for line in text}
