"""Privacy and flow: 'New patient' forgets everything, leaving asks first, and a clinician can
start straight in Consultation without choosing a learner."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def _fill_patient(mode) -> None:
    panel = mode.findings_panel
    panel.set_side("left")
    panel.toggle_region("saddle", "numbness")
    panel.exam.set_value("movements", "ankle_dorsiflexion", "weak")
    panel.exam.set_value("history", "bladder", "retention")
    panel.exam.set_serious("fever", True)
    mode.side.note.setPlainText("Mr Smith, NHS 123")
    assert mode.side.red_flags.isVisibleTo(mode.side)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(widget.width() // 2, widget.height() // 2))


def test_new_patient_clears_marks_exam_history_note_and_flags(consult, qtbot):
    """After 'New patient' nothing of the last patient is left: not the note, not the flag."""
    win, mode = consult
    _fill_patient(mode)
    asked = []
    mode.confirm_forget = lambda *text: asked.append(text) or True
    _click(qtbot, mode.findings_panel.new_patient_button)
    assert asked, "it asks first when there is something to lose"
    assert mode.findings() == {}
    assert mode.side.note.toPlainText() == ""
    assert not mode.side.red_flags.isVisibleTo(mode.side)
    assert mode.marks.count() == 0
    assert not mode.findings_panel.exam.serious["fever"].isChecked()
    assert "Mr Smith" not in mode.handout_content().note


def test_new_patient_can_be_cancelled_and_does_not_ask_when_empty(consult, qtbot):
    """Cancelling keeps the patient; with nothing recorded it simply starts afresh."""
    win, mode = consult
    _fill_patient(mode)
    mode.confirm_forget = lambda *text: False
    _click(qtbot, mode.findings_panel.new_patient_button)
    assert mode.side.note.toPlainText() == "Mr Smith, NHS 123"
    assert mode.findings()["history"]["bladder"] == "retention"
    mode.confirm_forget = lambda *text: True
    assert mode.new_patient()

    def never(*text):
        raise AssertionError("asked with nothing to lose")

    mode.confirm_forget = never
    assert mode.new_patient()


def test_leaving_consultation_with_findings_asks_and_can_stay(consult, qtbot):
    """Switching to Study with a patient on screen asks; 'Cancel' stays in Consultation."""
    from spinetutor.ui.modes.base import Mode

    win, mode = consult
    other = Mode(win)
    other.name = "other"
    win.add_mode(other)
    _fill_patient(mode)
    mode.confirm_forget = lambda *text: False
    win.set_mode("other")
    assert win.mode is mode
    assert win.mode_actions["consult"].isChecked()
    assert mode.side.note.toPlainText() == "Mr Smith, NHS 123"
    mode.confirm_forget = lambda *text: True
    win.set_mode("other")
    assert win.mode is other
    assert mode.findings() == {}


def test_first_start_offers_consultation_without_a_learner(qapp, tmp_path, qtbot):
    """'Who is learning?' has a button that opens Consultation as the guest, nothing kept."""
    from PySide6.QtCore import QSettings, QTimer

    from spinetutor.core.progress import GUEST
    from spinetutor.ui.progress.profiles_dialog import ProfilesDialog, choose_profile
    from spinetutor.ui.progress.store_service import StoreService

    service = StoreService(tmp_path / "progress.sqlite")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    started = []

    def press() -> None:
        dialog = next(w for w in qapp.topLevelWidgets()
                      if isinstance(w, ProfilesDialog) and w.isVisible())
        assert dialog.consult_button.isVisible()
        _click(qtbot, dialog.consult_button)

    QTimer.singleShot(200, press)
    name = choose_profile(service, None, settings, start_consultation=lambda: started.append(1))
    assert name == GUEST and started == [1]
    assert service.profile == GUEST
    service.close()
