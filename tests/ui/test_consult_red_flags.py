"""Consultation red flags at two levels, raised from inputs a clinician ticks in the panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def _tick(qtbot, mode, check) -> None:
    """Scroll the check box into view and click it where the clinician would."""
    mode.findings_panel.scroll.ensureWidgetVisible(check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton,
                     pos=QPoint(check.width() // 2, check.height() // 2))


def test_ticking_a_cancer_history_asks_for_advice_soon_not_today(consult, qtbot):
    """Sciatica plus a ticked 'cancer now or in the past': the yellow 'soon' box only."""
    win, mode = consult
    panel = mode.side.red_flags
    mode.findings_panel.set_side("right")
    mode.findings_panel.toggle_region("posterior_calf", "pain")
    assert not panel.isVisibleTo(mode.side)
    check = mode.findings_panel.exam.serious["cancer_history"]
    _tick(qtbot, mode, check)
    assert check.isChecked()
    assert panel.isVisibleTo(mode.side)
    assert panel.soon_box.isVisibleTo(panel) and not panel.today.isVisibleTo(panel)
    assert not panel.urgent
    assert "Please get medical advice soon" in panel.soon_box.title.text()
    content = mode.handout_content()
    assert content.urgent_heading == "" and content.soon_flags


def test_sciatica_in_both_legs_alone_shows_seek_care_today(consult):
    """Pain down both legs with nothing else ticked raises the emergency box."""
    win, mode = consult
    mode.findings_panel.set_side("bilateral")
    mode.findings_panel.toggle_region("posterior_thigh", "pain")
    panel = mode.side.red_flags
    assert panel.urgent and panel.today.isVisibleTo(panel)
    assert "Seek urgent care today" in panel.title.text()
    assert "both legs" in panel.body.text()


def test_new_sexual_dysfunction_and_bladder_feeling_are_inputs_that_flag(consult):
    """'Sexual function: a new change' alone raises the emergency box."""
    win, mode = consult
    exam = mode.findings_panel.exam
    exam.set_value("history", "sexual_function", "changed")
    assert mode.side.red_flags.urgent
    exam.set_value("history", "sexual_function", "")
    assert not mode.side.red_flags.isVisibleTo(mode.side)
    exam.set_value("history", "bladder_sensation", "reduced")
    assert mode.side.red_flags.urgent


def test_babinski_with_a_weak_foot_says_it_does_not_fit_a_nerve_root(consult):
    """An up-going big toe with a weak foot: 'see a doctor soon', not a quiet root answer."""
    win, mode = consult
    exam = mode.findings_panel.exam
    exam.set_value("movements", "ankle_dorsiflexion", "weak")
    exam.set_value("tests", "babinski", "positive")
    panel = mode.side.red_flags
    assert panel.soon and not panel.urgent
    assert "nerve root" in panel.soon_box.body.text()


def test_medical_terms_never_repeat_the_plain_words(consult):
    """'Show medical terms' never prints 'Back pain — Back pain (back pain)'."""
    win, mode = consult
    mode.findings_panel.medical_check.setChecked(True)
    texts = [w.text() for w, _, _ in mode.findings_panel.exam._labels]
    assert "Back pain" in texts
    assert not any("Back pain (back pain)" in t for t in texts)
    assert any("\u2014 Ankle dorsiflexion" in t for t in texts)
