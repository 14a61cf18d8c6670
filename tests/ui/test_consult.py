"""Consultation mode: mark symptoms, tick findings, read the ranking and the red-flag panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.consult.mode import ConsultMode
from spinetutor.ui.diagram.styles import State
from spinetutor.ui.main_window import MainWindow
from tests.ui.conftest import click_scene_point


def _foot_drop(mode: ConsultMode) -> None:
    exam = mode.findings_panel.exam
    exam.set_value("movements", "ankle_dorsiflexion", "weak")
    exam.set_value("movements", "ankle_inversion", "normal")
    exam.set_value("movements", "hip_abduction", "normal")
    exam.set_trigger("leg_crossing", True)


def _ranked(mode: ConsultMode) -> list[str]:
    """The numbered candidate lines as the panel shows them, best first."""
    lines = mode.side.explanation.text().splitlines()
    return [line for line in lines if line[:2] in ("1.", "2.", "3.")]


def test_switching_to_consult_shows_panels_and_leaving_hides_them(qtbot):
    """Entering consultation swaps the study card for the findings and explanation panels."""
    win = MainWindow(load_atlas())
    qtbot.addWidget(win)
    mode = ConsultMode(win)
    win.add_mode(mode)
    win.show()
    qtbot.waitExposed(win)
    assert not win.card_dock.isHidden()
    assert mode.findings_dock.isHidden() and mode.explain_dock.isHidden()
    win.set_mode("consult")
    assert mode.findings_dock.isVisible() and mode.explain_dock.isVisible()
    assert win.card_dock.isHidden()
    assert mode._on_plate_clicked in win.plate_click_handlers
    assert mode.side.disclaimer.text().startswith("This is an educational aid")
    assert mode.records_progress is False and mode.lay_language is True
    other = ConsultMode(win)
    other.name = "other"
    win.add_mode(other)
    mode.findings_panel.toggle_region("dorsum_of_foot")
    asked = []
    mode.confirm_forget = lambda *text: asked.append(text) or True
    win.set_mode("other")
    assert asked, "leaving with a patient on screen asks first"
    win.set_mode("consult")
    win.set_mode("other")
    other.deactivate()
    assert mode.findings_dock.isHidden() and mode.explain_dock.isHidden()
    assert not win.card_dock.isHidden()
    assert mode._on_plate_clicked not in win.plate_click_handlers
    assert mode.findings() == {}, "leaving the mode forgets the patient"
    assert mode.marks.count() == 0


def test_clicking_the_top_of_the_foot_marks_it(consult, qtbot):
    """Clicking the top of the foot on the picture lists it and shades it; again unmarks it."""
    win, mode = consult
    mode.findings_panel.set_symptom("numbness")
    point = win.scene.probe_point("region:dorsum_of_foot")
    click_scene_point(qtbot, win.view, point)
    assert mode.findings_panel.marks["numbness"] == ["dorsum_of_foot"]
    assert "Numbness: top of the foot" in mode.findings_panel.marked_lines()
    assert mode.findings()["numb"] == ["dorsum_of_foot"]
    assert mode.marks.count() > 0
    assert win.selection.target != "region:dorsum_of_foot", "a mark, not a study selection"
    click_scene_point(qtbot, win.view, win.scene.probe_point("region:dorsum_of_foot"))
    assert mode.findings_panel.marks["numbness"] == []
    assert mode.marks.count() == 0


def test_clicking_a_disc_still_explores_it(consult, qtbot):
    """Clicks on bones and discs are not marks: they select as in study mode."""
    win, mode = consult
    click_scene_point(qtbot, win.view, win.scene.probe_point("disc:L4-L5"))
    assert win.selection.target == "disc:L4-L5"
    assert mode.findings() == {}


def test_foot_drop_with_normal_inversion_ranks_the_peroneal_nerve_first(consult):
    """Weak foot lift with normal inversion and hip abduction after leg crossing: knee nerve."""
    win, mode = consult
    _foot_drop(mode)
    ranked = _ranked(mode)
    assert ranked and "common peroneal nerve" in ranked[0], ranked
    assert win.selection.target == "nerve:common_peroneal"
    assert all(State.SELECTED in i.states for i in win.scene.items_for("nerve:common_peroneal"))
    assert "What fits:" in mode.side.explanation.text()
    assert not mode.side.red_flags.isVisibleTo(mode.side)


def test_weak_inversion_back_pain_and_slr_rank_l5_first(consult):
    """Making inversion weak, adding back pain and a positive SLR moves the L5 root to first."""
    win, mode = consult
    _foot_drop(mode)
    exam = mode.findings_panel.exam
    exam.set_value("movements", "ankle_inversion", "weak")
    exam.set_value("history", "back_pain", True)
    exam.set_value("tests", "slr", "positive")
    # Still ticked, leg crossing (a knee-nerve trigger) with normal hip abduction keeps the
    # sciatic nerve just ahead (the reference's foot-drop ladder); the story is now the back.
    exam.set_trigger("leg_crossing", False)
    ranked = _ranked(mode)
    assert ranked and "L5 nerve root" in ranked[0], ranked
    assert win.selection.target == "root:L5"
    assert all(State.ROOT_PATH in i.states for i in win.scene.items_for("root:L5"))


def test_saddle_numbness_and_retention_show_the_urgent_panel(consult):
    """Saddle numbness with being unable to pass urine shows 'Seek urgent care today'."""
    win, mode = consult
    panel = mode.side.red_flags
    assert not panel.isVisibleTo(mode.side)
    mode.findings_panel.toggle_region("saddle", "numbness")
    mode.findings_panel.exam.set_value("history", "bladder", "retention")
    assert panel.isVisibleTo(mode.side)
    assert panel.urgent
    assert "Seek urgent care today" in panel.title.text()
    assert "cauda equina" in panel.body.text()
    assert "\u26a0" in panel.title.text(), "an icon, not colour alone"


def test_medical_terms_only_on_request(consult):
    """Labels are plain words; 'Show medical terms' adds the textbook names."""
    win, mode = consult
    exam = mode.findings_panel.exam
    label = next(lbl for lbl, plain, _ in exam._labels if plain == "Lifting the foot up")
    assert "dorsiflexion" not in label.text()
    mode.findings_panel.medical_check.setChecked(True)
    assert "Ankle dorsiflexion" in label.text()
    _foot_drop(mode)
    assert "fibular head" in mode.side.explanation.text()


def test_explaining_a_condition_shows_it_on_the_plate(consult):
    """Choosing 'Narrowed spinal canal' explains it and draws the narrowed canal at L4-L5,
    lighting every root below it, with no herniation type claimed."""
    win, mode = consult
    mode.side.tabs.setCurrentIndex(1)
    mode.side.conditions.choose("spinal_stenosis")
    assert win.selection.target == "disc:L4-L5"
    assert win.selection.highlight.pathology == "stenosis.central.L4-L5"
    assert {"L5", "S1"} <= set(win.selection.highlight.roots)
    assert win.selection.shown_herniation == ""
    text = mode.side.conditions.text.text()
    assert "shopping trolley" in text and "What usually helps" in text
    win.set_mode("consult")  # no-op while active
    mode.deactivate()
    assert win.selection.herniation == "posterolateral"


def test_reasons_name_the_nerve_in_plain_words_until_medical_terms_are_on(consult, qtbot):
    """Meralgia's reasons say 'the skin nerve of the outer thigh', not 'the lateral femoral
    cutaneous nerve (meralgia paresthetica)', on screen and on the handout; ticking 'Show
    medical terms' brings the textbook name back."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1]))
    from patient_stories import STORIES, enter_story

    win, mode = consult
    enter_story(mode, STORIES["Meralgia"][0])
    shown = mode.side.explanation.text()
    assert "skin nerve of the outer thigh" in shown
    assert "lateral femoral cutaneous" not in shown and "paresthetica" not in shown
    handout = " ".join(b for block in mode.handout_content().blocks for b in block.bullets)
    assert "skin nerve of the outer thigh" in handout and "cutaneous" not in handout
    check = mode.findings_panel.medical_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    assert "lateral femoral cutaneous nerve (meralgia paresthetica)" in \
        mode.side.explanation.text()
