"""Conditions drawn on the plate: herniations, axial sections and entrapments, seen and clicked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from spinetutor.ui.diagram.styles import State
from tests.ui.conftest import click_scene_point


def _picture(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def _axial_item(scene, svg_id: str):
    return next(i for i in scene.structure_items() if i.svg_id == svg_id)


def _point_in(scene, item) -> QPointF:
    rect = item.outline().boundingRect()
    for i in range(1, 12):
        for j in range(1, 12):
            p = QPointF(rect.left() + rect.width() * i / 12, rect.top() + rect.height() * j / 12)
            if scene.item_at(p) is item:
                return p
    raise AssertionError(f"no point selects {item.svg_id}")


def test_each_herniation_type_draws_a_different_lesion_in_side_and_axial_views(window):
    """L4-L5 posterolateral, far-lateral and central each change the disc in both views."""
    scene, selection = window.scene, window.selection
    side = QRectF(300, 440, 140, 110)       # the L4-L5 disc and canal in the side view
    axial = QRectF(1405, 600, 140, 70)       # the front of the L4-L5 axial section
    pictures = []
    for kind in ("posterolateral", "far_lateral", "central"):
        selection.set_herniation(kind)
        selection.select("disc:L4-L5")
        assert scene.lesions.shown_groups() == [f"lesion.herniation.{kind}.L4-L5",
                                                f"lesion.herniation.{kind}.L4-L5.axial"]
        pictures.append((_picture(scene, side), _picture(scene, axial)))
    for a in range(3):
        for b in range(a + 1, 3):
            assert pictures[a][0] != pictures[b][0] and pictures[a][1] != pictures[b][1]
    selection.clear()
    assert scene.lesions.shown_groups() == []


def test_axial_sections_are_clickable_at_three_levels(window, qtbot):
    """Clicking the traversing root, the disc or the sac in a section selects it."""
    scene, view = window.scene, window.view
    for svg_id, target in [("axial.L4-L5.root.L5", "root:L5"),
                           ("axial.L4-L5.root.L4", "root:L4"),
                           ("axial.L5-S1.root.S1", "root:S1"),
                           ("axial.L3-L4.disc.L3-L4", "disc:L3-L4"),
                           ("axial.L5-S1.landmark.cauda_equina", "landmark:cauda_equina")]:
        item = _axial_item(scene, svg_id)
        view.zoom_to_area("axial")
        click_scene_point(qtbot, view, _point_in(scene, item))
        assert window.selection.target == target, svg_id
    # the traversing L5 in the L4-L5 section lights with the rest of the L5 root
    window.selection.select("disc:L4-L5")
    assert State.ROOT_PATH in _axial_item(scene, "axial.L4-L5.root.L5").states
    assert State.SELECTED in _axial_item(scene, "axial.L4-L5.disc.L4-L5").states


def test_an_entrapment_shows_the_site_and_the_nerve_below_it(window):
    """Showing a peroneal palsy draws the fibular-head cuff and lights the peroneal nerves."""
    scene = window.scene
    knee = QRectF(980, 380, 80, 60)
    before = _picture(scene, knee)
    window.selection.show_pathology("entrapment.fibular_head")
    assert scene.lesions.shown_groups() == ["lesion.entrapment.fibular_head"]
    assert _picture(scene, knee) != before
    assert all(State.NERVE_PATH in i.states for i in scene.items_for("nerve:deep_peroneal"))
    assert not any(i.states for i in scene.items_for("root:L5"))


def test_scoliosis_shows_its_coronal_inset_without_a_card(window):
    """The curve has no single structure: the inset appears and nothing is selected."""
    window.selection.show_pathology("scoliosis")
    assert window.scene.lesions.shown_groups() == ["lesion.scoliosis.coronal"]
    assert window.selection.target == ""


PATHOLOGY_LESSON = """\
lesson:
  id: slips
  title: Slips
  topic: Spondylolisthesis
  level: intro
  minutes: 5
  objectives: [Tell the two slips apart]
  sources: ["StatPearls: Spondylolisthesis"]
  sections:
    - id: isthmic
      title: Isthmic
      text: The pars breaks and L5 slips.
      actions:
        - clear: true
        - pathology: spondylolisthesis.isthmic.L5-S1
    - id: peroneal
      title: Peroneal
      text: Trapped at the knee.
      actions:
        - pathology: entrapment.fibular_head
        - zoom: leg_front
"""


def test_a_lesson_step_draws_a_condition(window, qtbot, tmp_path):
    """A section's 'pathology:' step draws the slip, lights the exiting L5, then the knee."""
    from tests.ui.test_study_support import open_study

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "slips.yaml").write_text(PATHOLOGY_LESSON, encoding="utf-8")
    study = open_study(qtbot, window, pack)
    study.open_lesson("slips", 0)
    assert window.scene.lesions.shown_groups() == ["lesion.spondylolisthesis.isthmic.L5-S1"]
    assert window.selection.target == "disc:L5-S1"
    assert window.selection.highlight.roots == ["L5"]
    study.lesson_view.show_section(1)
    assert window.scene.lesions.shown_groups() == ["lesion.entrapment.fibular_head"]
    assert window.selection.highlight.roots == []


def test_validate_names_an_unknown_condition(tmp_path):
    """A typo in a 'pathology:' step is reported at its line with the nearest id."""
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.lesson_pack import load_lesson_file

    path = tmp_path / "slips.yaml"
    path.write_text(PATHOLOGY_LESSON.replace("isthmic.L5-S1", "isthmic.L5S1"), encoding="utf-8")
    result = load_lesson_file(path, tmp_path, load_atlas().knows)
    problems = [p.format() for p in result.problems]
    wrong = "unknown pathology 'spondylolisthesis.isthmic.L5S1'"
    assert any("slips.yaml:15:22:" in p and wrong in p and "'spondylolisthesis.isthmic.L5-S1'?"
               in p for p in problems), problems


def test_the_consultation_draws_its_top_candidate(consult):
    """A peroneal palsy on top draws the fibular-head site; stenosis draws the narrow canal."""
    win, mode = consult
    exam = mode.findings_panel.exam
    exam.set_value("movements", "ankle_dorsiflexion", "weak")
    exam.set_value("movements", "ankle_inversion", "normal")
    exam.set_value("movements", "hip_abduction", "normal")
    exam.set_trigger("leg_crossing", True)
    assert win.scene.lesions.shown_groups() == ["lesion.entrapment.fibular_head"]
    assert win.selection.highlight.roots == []
    mode.side.tabs.setCurrentIndex(1)
    mode.side.conditions.choose("spinal_stenosis")
    assert win.scene.lesions.shown_groups() == ["lesion.stenosis.central.L4-L5",
                                                "lesion.stenosis.central.L4-L5.axial"]
    assert win.selection.target == "disc:L4-L5"


def test_every_condition_the_course_teaches_is_drawn_where_the_lesson_looks(window, qtbot):
    """Opening each shipped section with a 'pathology:' step in Study draws that condition's
    lesion, and the section's zoom shows it (the slip in the side view, the curve's inset,
    the entrapment site on the leg)."""
    from tests.core.test_pathology import _course_pathology_steps
    from tests.ui.test_study_support import open_study

    study = open_study(qtbot, window, None)
    scene, view = window.scene, window.view
    steps = _course_pathology_steps()
    assert len(steps) >= 14
    for lesson_id, section_id, pid in steps:
        lesson = study.pack.lesson(lesson_id)
        index = [s.id for s in lesson.sections].index(section_id)
        study.open_lesson(lesson_id, index)
        qtbot.waitUntil(lambda pid=pid: scene.lesions.pathology == pid)
        groups = scene.lesions.shown_groups()
        assert f"lesion.{pid}" in groups or f"lesion.{pid}.coronal" in groups, (section_id, pid)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        shown = [scene.renderer.boundsOnElement(g) for g in groups]
        assert any(visible.intersected(b).width() * visible.intersected(b).height()
                   >= 0.8 * b.width() * b.height() for b in shown), (section_id, pid)
