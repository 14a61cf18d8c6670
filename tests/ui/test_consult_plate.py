"""The plate in Consultation: the patient's marks stay on top, and the patient's side is said."""

from __future__ import annotations

from spinetutor.ui.consult.plate_marks import MARK_Z


def test_marks_are_painted_above_the_candidate_highlight(consult):
    """The top candidate's highlight never paints over the patient's own pain marks."""
    win, mode = consult
    mode.findings_panel.toggle_region("dorsum_of_foot", "pain")
    mode.findings_panel.exam.set_value("movements", "great_toe_extension", "weak")
    assert win.selection.target  # a candidate is lit
    layer = max(i.zValue() for i in win.scene.items() if type(i).__name__ == "_HighlightLayer")
    assert mode.marks.count() > 0 and layer < MARK_Z


def test_a_left_leg_patient_is_told_the_plate_is_a_mirror_image(consult):
    """Choosing 'Left leg' writes on the plate that the drawn right leg mirrors theirs."""
    win, mode = consult
    mode.findings_panel.set_side("left")
    assert "LEFT" in mode.marks.caption_text and "mirror" in mode.marks.caption_text
    shown = [i for i in win.scene.items() if getattr(i, "text", None)
             and callable(i.text) and "LEFT" in i.text()]
    assert shown and shown[0].isVisible()
    mode.confirm_forget = lambda *text: True
    mode.new_patient()
    assert mode.marks.caption_text == ""
