"""The plate in Consultation: the patient's marks stay on top, and the patient's side is said."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint

from spinetutor.ui.consult.plate_marks import MARK_Z


def test_marks_are_painted_above_the_candidate_highlight(consult):
    """The top candidate's highlight never paints over the patient's own pain marks."""
    win, mode = consult
    mode.findings_panel.toggle_region("dorsum_of_foot", "pain")
    mode.findings_panel.exam.set_value("movements", "great_toe_extension", "weak")
    assert win.selection.target  # a candidate is lit
    layer = max(i.zValue() for i in win.scene.items() if type(i).__name__ == "HighlightLayer")
    assert mode.marks.count() > 0 and layer < MARK_Z


def test_a_left_leg_patient_is_told_the_plate_is_a_mirror_image(consult):
    """Choosing 'Left leg' writes on the plate that the drawn right leg mirrors theirs."""
    win, mode = consult
    mode.findings_panel.set_side("left")
    assert "LEFT" in mode.marks.caption_text and "mirror" in mode.marks.caption_text
    banner = mode.marks.banner
    assert banner.isVisible() and "LEFT" in banner.text()
    assert win.view.viewport().rect().contains(banner.geometry().topLeft())
    win.view.verticalScrollBar().setValue(win.view.verticalScrollBar().value() + 120)
    win.view.resize(win.view.width() - 40, win.view.height() - 60)
    assert banner.geometry().topLeft() == QPoint(8, 8), "pinned while the plate scrolls"
    mode.confirm_forget = lambda *text: True
    mode.new_patient()
    assert mode.marks.caption_text == "" and not banner.isVisible()


def test_an_entrapment_lights_its_nerve_from_the_squeeze_down_not_the_spine(consult):
    """Tarsal tunnel, Morton's and peroneal palsy light no spine root; the place is ringed."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from patient_stories import STORIES, enter_story

    win, mode = consult
    mode.confirm_forget = lambda *text: True
    expected = {"Tarsal tunnel": "medial_plantar", "Morton's neuroma": "",
                "Peroneal palsy, leg crossing": "common_peroneal"}
    for story, nerve in expected.items():
        mode.new_patient()
        enter_story(mode, STORIES[story][0])
        lit = win.selection.highlight
        assert not lit.roots, story
        assert "sciatic" not in lit.nerves and "lumbosacral_plexus" not in lit.nerves, story
        if nerve:
            assert nerve in lit.nerves
        assert lit.pathology.startswith("entrapment."), "the squeeze is drawn at its site"
    mode.new_patient()
    enter_story(mode, STORIES["L5 disc, left"][0])
    assert "L5" in win.selection.highlight.roots, "a root still lights from the spine"
    assert mode.marks.site_points == []


def test_stenosis_is_drawn_as_stenosis_not_a_central_herniation(consult):
    """A narrowed canal shows the stenosis drawing, not a central disc herniation."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from patient_stories import STORIES, enter_story

    win, mode = consult
    enter_story(mode, STORIES["Stenosis, both legs on walking"][0])
    assert win.selection.highlight.pathology == "stenosis.central.L4-L5"
    mode.side.tabs.setCurrentIndex(1)
    mode.side.conditions.choose("spinal_stenosis")
    assert win.selection.highlight.pathology == "stenosis.central.L4-L5"


def _button(win, key: str):
    """The toolbar button of a herniation toggle (what a user sees and clicks)."""
    from PySide6.QtWidgets import QToolBar

    toolbar = win.findChild(QToolBar, "toolbar-herniation")
    return toolbar.widgetForAction(win.herniation_actions[key])


def _pressed(win) -> list[str]:
    """The herniation toggles the toolbar shows pressed."""
    return [key for key in win.herniation_actions if _button(win, key).isChecked()]


def test_no_herniation_toggle_is_pressed_for_a_condition_that_is_not_a_herniation(consult,
                                                                                   qtbot):
    """Stenosis, a slipped or worn disc and the entrapments press no 'Disc herniation'
    toggle; a herniated disc presses its own, and a click on a disc brings the type back."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from patient_stories import STORIES, enter_story

    win, mode = consult
    mode.confirm_forget = lambda *text: True
    for story in ("Stenosis, both legs on walking", "Tarsal tunnel", "Morton's neuroma",
                  "Peroneal palsy, leg crossing"):
        mode.new_patient()
        enter_story(mode, STORIES[story][0])
        assert win.selection.highlight.pathology, story
        assert _pressed(win) == [], story
    mode.new_patient()
    mode.side.tabs.setCurrentIndex(1)
    conditions = mode.side.conditions.list
    titles = {c.id: row for row, c in enumerate(mode.library.conditions)}
    for cid, drawn in (("spinal_stenosis", "stenosis"), ("spondylolisthesis", "spondylolisthesis"),
                       ("bulging_disc", "degenerated"), ("peroneal_neuropathy", "entrapment"),
                       ("tarsal_tunnel", "entrapment"), ("morton_neuroma", "entrapment"),
                       ("herniated_disc", "herniation")):
        conditions.scrollToItem(conditions.item(titles[cid]))
        rect = conditions.visualItemRect(conditions.item(titles[cid]))
        qtbot.mouseClick(conditions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert win.selection.highlight.pathology.startswith(drawn), cid
        assert _pressed(win) == (["posterolateral"] if drawn == "herniation" else []), cid
    mode.side.conditions.choose("spinal_stenosis")
    assert _pressed(win) == []
    central = _button(win, "central")
    assert central.isVisible()
    qtbot.mouseClick(central, Qt.MouseButton.LeftButton)
    assert _pressed(win) == ["central"]
    assert win.selection.highlight.pathology == "herniation.central.L4-L5"


def test_typing_top_of_the_foot_in_the_find_box_marks_the_skin(consult, qtbot):
    """'Top of the foot' + Enter in the find box marks that skin, not the nerve named after it."""
    from PySide6.QtCore import Qt

    win, mode = consult
    box = win.find_box
    box.lineEdit().setFocus()
    qtbot.keyClicks(box.lineEdit(), "Top of the foot")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert "dorsum_of_foot" in mode.findings_panel.marks["pain"]


def test_hovering_the_plate_names_the_skin_in_plain_words(consult):
    """In Consultation the hover name is 'inner ankle bone', not 'Medial malleolus'."""
    win, mode = consult
    win.scene.structure_hovered.emit("region:medial_malleolus")
    assert win.hover_label.text() == "inner ankle bone"
    win.scene.structure_hovered.emit("region:perianal")
    assert "Perianal" not in win.hover_label.text()


def test_the_squeezed_here_label_is_large_and_clear_in_every_theme(app, qtbot):
    """The words beside the entrapment ring are in the consultation's large type on screen
    (at the zoom the patient sees, on a 1366x768 plate) and stand out from their box in each
    theme."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from spinetutor.core.atlas import load_atlas
    from spinetutor.ui import themes
    from spinetutor.ui.consult.plate_marks import PlateMarks
    from spinetutor.ui.consult.style import consult_font
    from spinetutor.ui.diagram.scene import PlateScene
    from spinetutor.ui.diagram.view import PlateView

    # windows closed by earlier tests are deleted first, so the theme restyles only this plate
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    view = PlateView(PlateScene(load_atlas()))
    qtbot.addWidget(view)
    view.resize(560, 680)   # the plate between the two panels at 1366x768
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to_area("legs")
    marks = PlateMarks(view.scene(), view)
    marks.show_site("start:deep_peroneal")   # the fibular head
    (label,) = marks.site_labels()
    for theme in ("light", "dark", "high_contrast"):
        themes.apply_theme(app, theme)
        on_screen = label.deviceTransform(view.viewportTransform()).mapRect(
            label.boundingRect()).toAlignedRect()
        assert view.viewport().rect().contains(on_screen), theme   # not cut at the edge
        large = QFontMetrics(consult_font(bold=True)).height()
        assert on_screen.height() >= large >= 1.25 * QFontMetrics(app.font()).height()
        image = view.viewport().grab(on_screen.adjusted(3, 3, -3, -3)).toImage()
        colours = Counter(image.pixel(x, y) for y in range(image.height())
                          for x in range(image.width()))
        ground = colours.most_common(1)[0][0]
        ink = max(themes.contrast(f"#{ground & 0xFFFFFF:06x}", f"#{c & 0xFFFFFF:06x}")
                  for c in colours)
        assert ink >= 7.0, theme
