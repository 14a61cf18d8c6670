"""The plate: every structure clickable by its exact shape, keyboard, zoom and highlight."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPointF, Qt

from spinetutor.core.atlas import load_atlas
from spinetutor.core.plate_ids import is_clickable_id, svg_id_to_target
from spinetutor.ui.diagram.scene import PLATE_SVG
from spinetutor.ui.diagram.styles import State
from tests.ui.conftest import click_scene_point


def _svg_ids() -> set[str]:
    tree = ET.parse(PLATE_SVG)
    return {el.get("id") for el in tree.iter() if el.get("id")}


def test_svg_and_atlas_agree():
    """Every clickable id in the drawing is an atlas structure, and every structure is drawn."""
    atlas = load_atlas()
    clickable = {i for i in _svg_ids() if is_clickable_id(i)}
    targets = {svg_id_to_target(i) for i in clickable}
    unknown = {t for t in targets if not atlas.knows(t)}
    assert not unknown, f"SVG ids not in the atlas: {sorted(unknown)}"
    expected = ({f"vertebra:{v}" for v in atlas.vertebrae} | {f"disc:{d}" for d in atlas.discs}
                | {f"root:{r}" for r in atlas.root_ids} | {f"nerve:{n}" for n in atlas.nerve_ids}
                | {f"patch:{p.id}" for p in atlas.patches()})
    missing = expected - targets
    assert not missing, f"atlas structures missing from the plate: {sorted(missing)}"


def test_every_structure_is_clickable_at_a_real_position(window, qtbot):
    """Clicking inside each vertebra, disc, root, nerve and skin region selects it, and only it."""
    scene, view = window.scene, window.view
    for target in sorted(scene.targets()):
        point = scene.probe_point(target)
        assert point is not None, f"{target} is hidden under other structures"
        click_scene_point(qtbot, view, point)
        assert window.selection.target == target, (target, window.selection.target)
    view.fit_to_window()


def test_click_outside_any_structure_selects_nothing(window, qtbot):
    """A click on empty paper leaves the current selection alone."""
    window.selection.select("disc:L4-L5")
    click_scene_point(qtbot, window.view, QPointF(2, 2))
    assert window.selection.target == "disc:L4-L5"


def test_clicking_a_disc_highlights_root_path_and_dermatome(window, qtbot):
    """Clicking the L4-L5 disc lights the L5 root, its nerves and the top of the foot."""
    scene = window.scene
    click_scene_point(qtbot, window.view, scene.probe_point("disc:L4-L5"))
    assert window.selection.highlight.roots == ["L5"]
    assert all(State.ROOT_PATH in i.states for i in scene.items_for("root:L5"))
    assert all(State.ROOT_PATH in i.states for i in scene.items_for("nerve:common_peroneal"))
    assert all(State.DERMATOME in i.states for i in scene.items_for("region:dorsum_of_foot"))
    assert not any(i.states for i in scene.items_for("region:sole"))
    assert "L5" in window.card.card.title or "L4-L5" in window.card.card.title
    text = window.card.toPlainText()
    assert "Dorsum of the foot at the third metatarsophalangeal joint" in text
    assert "Sources" in text


def test_far_lateral_toggle_moves_the_highlight_to_l4(window, qtbot):
    """The far-lateral toggle re-reads the same disc as compressing the exiting L4 root."""
    window.selection.select("disc:L4-L5")
    window.herniation_actions["far_lateral"].trigger()
    assert window.selection.highlight.roots == ["L4"]
    assert all(State.DERMATOME in i.states for i in window.scene.items_for("region:medial_leg"))


def test_region_click_shows_root_and_nerve_in_distinct_styles(window, qtbot):
    """Clicking the top of the foot shows L5 (orange) and the peroneal nerve (blue, dashed)."""
    scene = window.scene
    click_scene_point(qtbot, window.view, scene.probe_point("region:dorsum_of_foot"))
    assert window.selection.highlight.roots[0] == "L5"
    spn = scene.items_for("nerve:superficial_peroneal")
    assert spn and all(State.NERVE_PATH in i.states for i in spn)
    assert all(State.ROOT_PATH in i.states for i in scene.items_for("root:L5"))
    text = window.card.toPlainText()
    assert "Superficial peroneal" in text and "L5 nerve root" in text


def test_keyboard_walks_levels_and_selects(window, qtbot):
    """Up/Down move along the spine, Enter selects, Esc clears."""
    view = window.view
    view.setFocus()
    window.selection.select("vertebra:L4")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.target == "disc:L4-L5"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.selection.target == "vertebra:L5"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.target == "vertebra:L4"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.selection.target == "" and window.selection.highlight is None
    assert not any(i.states for i in window.scene.structure_items())


def test_zoom_keys_and_fit(window, qtbot):
    """Plus zooms in, minus zooms out, 0 fits the whole plate again."""
    view = window.view
    view.setFocus()
    start = view.current_scale()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.current_scale() == pytest.approx(start * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.current_scale() < start
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.current_scale() == pytest.approx(start, rel=0.01)


def test_drag_pans_instead_of_selecting(window, qtbot):
    """Dragging the plate pans it and does not select what was under the pointer."""
    view = window.view
    view.zoom_by(3)
    point = window.scene.probe_point("disc:L4-L5")
    view.centerOn(point)
    start = view.mapFromScene(point)
    before = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + (start * 0 + type(start)(step * 20, step * 10)))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       pos=start + type(start)(100, 50))
    after = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    assert after != before
    assert window.selection.target == ""


def test_hover_shows_the_name(window, qtbot):
    """Moving the pointer over a structure outlines it and names it in the status bar."""
    view = window.view
    point = window.scene.probe_point("root:L5")
    qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(3, 3)))
    qtbot.mouseMove(view.viewport(), view.mapFromScene(point))
    assert window.hover_label.text() == "L5 nerve root"
    assert all(State.HOVERED in i.states for i in window.scene.items_for("root:L5"))


def test_wheel_zooms_in_and_out(window, qtbot):
    """Turning the mouse wheel over the plate zooms in, turning it back zooms out."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.view
    start = view.current_scale()
    centre = view.viewport().rect().center()

    def wheel(delta: int) -> None:
        event = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)),
                            QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(120)
    assert view.current_scale() == pytest.approx(start * 1.25)
    wheel(-240)
    assert view.current_scale() == pytest.approx(start / 1.25)


def test_zoom_to_area_frames_the_foot(window):
    """A lesson's zoom to the sole fills the view with the sole, not the whole plate."""
    view = window.view
    view.zoom_to_area("foot_sole")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    sole = window.scene.area_rect("foot_sole")
    assert visible.width() < window.scene.sceneRect().width() / 2
    assert visible.contains(sole.center())


def test_left_right_reach_every_structure_from_the_keyboard(window, qtbot):
    """Left/Right visit every drawn structure, so nothing on the plate needs a mouse."""
    view = window.view
    view.setFocus()
    seen = set()
    order = window.scene.keyboard_order()
    for _ in order:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        seen.add(window.scene.focus_target())
    assert seen == set(window.scene.targets())
    window.scene.set_focus_target("")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.target == order[0]
    assert "Press Enter" in view.accessibleDescription()


def test_find_box_selects_by_name(window, qtbot):
    """Typing 'sural' in the find box and pressing Enter selects the sural nerve."""
    box = window.find_box
    chosen = []
    box.structure_chosen.connect(chosen.append)
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "Sural nerve")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.selection.target == "nerve:sural"
    assert chosen == ["nerve:sural"]  # selected once, not once per signal


def test_overlap_roots_are_drawn_differently_from_core_roots(window):
    """For the top of the foot, L5 (core) is a solid path and L4/S1 (other maps) are dotted."""
    window.selection.select("region:dorsum_of_foot")
    scene = window.scene
    assert all(i.states == {State.ROOT_PATH} for i in scene.items_for("root:L5"))
    for root in ("root:L4", "root:S1"):
        assert all(i.states == {State.OVERLAP} for i in scene.items_for(root))


def test_every_zoom_area_an_author_may_write_frames_its_part(window):
    """'legs', 'foot', 'spine', one axial section and the scoliosis inset each frame their own
    part of the plate: the L4-L5 section full size shows its disc and roots, not L3-L4."""
    from typing import get_args

    from spinetutor.core.zoom_areas import ZoomArea

    scene, view = window.scene, window.view
    assert set(get_args(ZoomArea)) >= {"legs", "foot", "spine", "axial_L4-L5", "coronal"}
    whole = scene.sceneRect()
    for area in get_args(ZoomArea):
        rect = scene.area_rect(area)
        assert whole.contains(rect.center()), area
        assert area == "all" or rect.width() < whole.width() * 0.8, area
    assert scene.area_rect("legs").contains(scene.area_rect("foot_sole"))
    assert scene.area_rect("foot").contains(scene.area_rect("foot_dorsum"))
    assert scene.area_rect("spine").contains(scene.area_rect("lumbar_detail").center())
    view.zoom_to_area("axial_L4-L5")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for svg_id in ("axial.L4-L5.disc.L4-L5", "axial.L4-L5.root.L5", "axial.L4-L5.root.L4"):
        item = next(i for i in scene.structure_items() if i.svg_id == svg_id)
        assert visible.contains(item.sceneBoundingRect()), svg_id
    l3 = next(i for i in scene.structure_items() if i.svg_id == "axial.L3-L4.disc.L3-L4")
    assert not visible.contains(l3.sceneBoundingRect())
    assert view.current_scale() > 2 * scene.area_rect("all").width() / whole.width()
    inset = scene.renderer.boundsOnElement("lesion.scoliosis.coronal")
    view.zoom_to_area("coronal")
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(inset)
