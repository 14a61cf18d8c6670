"""Consultation mode: a clinician and a patient work out where a leg or foot symptom comes from.

Plain words, large type, no quizzes or scores, and nothing recorded: the findings live only in
the panels and are forgotten when the mode is left. Only a handout the clinician chooses to
save or print leaves the app.

Flow: plate clicks and the findings panel -> a findings mapping -> core `localize` -> the
explanation panel, the red-flag panel and the plate (top candidate's path + marked skin).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from spinetutor.core.conditions import LesionView, load_conditions
from spinetutor.core.highlights import entrapment_highlight
from spinetutor.core.pathology import LESION_PATHOLOGY, pathology_for
from spinetutor.core.reasoning import Localization, localize
from spinetutor.core.reasoning_patterns import load_knowledge
from spinetutor.ui.consult.explain_dock import ExplainDock
from spinetutor.ui.consult.findings_panel import FindingsPanel
from spinetutor.ui.consult.handout import (
    HandoutContent,
    default_page_size,
    print_handout,
    write_handout_pdf,
)
from spinetutor.ui.consult.handout_content import build_handout
from spinetutor.ui.consult.plate_marks import PlateMarks
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.modes.base import Mode

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow


class ConsultMode(Mode):
    name = "consult"
    title = QT_TRANSLATE_NOOP("Modes", "Consultation")  # shown translated
    records_progress = False
    lay_language = True

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.language = content_language()
        self.result: Localization | None = None
        self.findings_dock = window.add_dock(QWidget(), "", Qt.DockWidgetArea.LeftDockWidgetArea,
                                             name="patient findings")
        self.explain_dock = window.add_dock(QWidget(), "", Qt.DockWidgetArea.RightDockWidgetArea,
                                            name="what it may mean")
        self.findings_dock.setMinimumWidth(380)
        self.explain_dock.setMinimumWidth(400)
        self.findings_dock.hide()
        self.explain_dock.hide()
        self.marks = PlateMarks(window.scene, window.view)
        self._card_was_visible = True
        self._saved_herniation = "posterolateral"
        self._build_panels()

    def _build_panels(self) -> None:
        """The panels, in the current language, placed in the two docks."""
        language = self.language
        self.library = load_conditions(language=language)
        self.findings_panel = FindingsPanel(self.window.atlas, language=language)
        knowledge = load_knowledge(language=language)
        self.side = ExplainDock(self.library, knowledge.disclaimer,
                                refs={p.lesion: p.ref for p in knowledge.patterns},
                                language=language)
        for dock, panel, title in (
                (self.findings_dock, self.findings_panel, translate("Consult", "Patient findings")),
                (self.explain_dock, self.side, translate("Consult", "What it may mean"))):
            old = dock.widget()
            dock.setWidget(panel)
            dock.setWindowTitle(title)
            if old is not None:
                old.deleteLater()
        self.findings_panel.findings_changed.connect(self._on_findings_panel_findings_changed)
        self.findings_panel.medical_terms_toggled.connect(
            self._on_findings_panel_medical_terms_toggled)
        self.findings_panel.new_patient_requested.connect(
            self._on_findings_panel_new_patient_requested)
        self.side.conditions.condition_chosen.connect(self._on_conditions_condition_chosen)
        self.side.tab_changed.connect(self._on_side_tab_changed)
        self.side.save_requested.connect(self._on_side_save_requested)
        self.side.print_requested.connect(self._on_side_print_requested)

    def set_language(self, language: str) -> None:
        """Rebuild the panels in `language` (installed by the caller), keeping this patient's
        marks, examination, note and chosen condition."""
        if language == self.language:
            return
        old_panel, old_side = self.findings_panel, self.side
        self.language = language
        self.window.scene.set_art_language(language)
        self._build_panels()
        panel = self.findings_panel
        panel.blockSignals(True)
        panel.medical_check.setChecked(old_panel.medical_check.isChecked())
        for symptom, regions in old_panel.marks.items():
            for region in regions:
                panel.toggle_region(region, symptom)
        if old_panel.side:
            panel.set_side(old_panel.side)
        panel.set_symptom(old_panel.symptom)
        old_exam, exam = old_panel.exam, panel.exam
        for store in ("strength", "reflexes", "tests", "history"):
            for key, combo in getattr(exam, store).items():
                combo.setCurrentIndex(getattr(old_exam, store)[key].currentIndex())
        for key, check in exam.triggers.items():
            check.setChecked(old_exam.triggers[key].isChecked())
        for key, check in exam.serious.items():
            check.setChecked(old_exam.serious[key].isChecked())
        panel.blockSignals(False)
        self.side.note.setPlainText(old_side.note.toPlainText())
        self.side.clinic.setText(old_side.clinic.text())
        self.side.date.setDate(old_side.date.date())
        self.side.conditions.list.setCurrentRow(old_side.conditions.list.currentRow())
        self.side.tabs.setCurrentIndex(old_side.tabs.currentIndex())
        self._on_findings_panel_medical_terms_toggled(panel.medical_check.isChecked())
        if self.window.mode is self:
            self._refresh()

    # ---- Mode ---------------------------------------------------------------------------
    def activate(self) -> None:
        """Swap the study card for the consultation panels and take over skin clicks."""
        window = self.window
        self._card_was_visible = not window.card_dock.isHidden()
        window.card_dock.hide()
        self.findings_dock.show()
        self.explain_dock.show()
        window.plate_click_handlers.append(self._on_plate_clicked)
        self._saved_herniation = window.selection.herniation
        # the legs and feet fill the plate: the skin a patient marks, toes large enough to click
        window.view.zoom_to_area("legs", min_target_px=24)
        self._refresh()

    def may_leave(self) -> bool:
        """Leaving forgets the patient, so ask first when anything has been recorded."""
        return not self.has_patient() or self.confirm_forget(
            translate("Consult", "Leave Consultation?"),
            translate("Consult", "Leaving Consultation forgets this patient: the marks, the "
                      "examination, the history and the note. Nothing is kept."),
            translate("Consult", "Leave and forget"))

    def deactivate(self) -> None:
        """Forget the patient: clear every panel, the marks and the plate; restore the card."""
        window = self.window
        if self._on_plate_clicked in window.plate_click_handlers:
            window.plate_click_handlers.remove(self._on_plate_clicked)
        self.findings_dock.hide()
        self.explain_dock.hide()
        if self._card_was_visible:
            window.card_dock.show()
        self.forget_patient()
        window.selection.clear()
        window.selection.set_herniation(self._saved_herniation)

    # ---- the patient ----------------------------------------------------------------------
    def has_patient(self) -> bool:
        """True when anything about a patient is on screen: marks, side, exam, note, topic."""
        return bool(self.findings() or self.side.note.toPlainText().strip()
                    or self.side.conditions.current is not None)

    def forget_patient(self) -> None:
        """Clear the marks, side, examination, history, note, chosen condition and warnings."""
        self.marks.clear()
        self.marks.show_side("")
        self.findings_panel.blockSignals(True)
        self.findings_panel.reset()
        self.findings_panel.blockSignals(False)
        self.side.reset()
        self.result = None

    def new_patient(self) -> bool:
        """Start afresh for the next patient (asks first when anything is recorded)."""
        if self.has_patient() and not self.confirm_forget(
                translate("Consult", "New patient?"),
                translate("Consult", "Start a new patient? Everything about this patient is "
                          "cleared: the marks, the examination, the history, the note and the "
                          "warnings."),
                translate("Consult", "Clear and start afresh")):
            return False
        self.forget_patient()
        self.window.selection.clear()
        self._refresh()
        return True

    def confirm_forget(self, title: str, text: str, accept: str) -> bool:
        """Ask before forgetting a patient; tests replace this to answer without a modal box."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, self.window)
        yes = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    # ---- what the panels show ---------------------------------------------------------------
    def findings(self) -> dict[str, Any]:
        return self.findings_panel.findings()

    def _refresh(self) -> None:
        findings = self.findings()
        self.result = localize(findings, language=self.language) if findings else None
        self.side.explanation.show_result(self.result)
        result = self.result
        self.side.red_flags.show_flags(result.flags_at("emergency") if result else (),
                                       result.flags_at("soon") if result else ())
        self._update_plate()

    def _plate_target(self) -> tuple[str, str, LesionView | None]:
        if self.side.explaining_condition():
            cond = self.side.conditions.current
            assert cond is not None
            return cond.target, cond.herniation, None
        for cand in self.side.explanation.top_candidates()[:1]:
            view = self.library.lesion(cand.lesion)
            return view.target, view.herniation, view
        return "", "posterolateral", None

    def _plate_pathology(self) -> str | None:
        """The condition drawn for the chosen condition text or the top candidate, if any
        (core/pathology.py): an entrapment shows its site and the nerve below it."""
        if self.side.explaining_condition():
            cond = self.side.conditions.current
            return pathology_for(condition=cond.id) if cond is not None else None
        for cand in self.side.explanation.top_candidates()[:1]:
            return pathology_for(lesion=cand.lesion)
        return None

    def _site_of(self, pathology: str | None) -> str:
        """Where a drawn entrapment squeezes its nerve (the site of the candidate drawn the
        same way), so a chosen condition's site is ringed and named like a candidate's."""
        for lesion, drawn in LESION_PATHOLOGY.items():
            if drawn == pathology:
                return self.library.lesion(lesion).site
        return ""

    def _update_plate(self) -> None:
        """Show the top candidate's (or the chosen condition's) path and lesion, with the
        marks on top.

        A drawn condition (core/pathology.py) shows its lesion: an entrapment its site and the
        nerve below it. Another peripheral entrapment lights its nerve from the squeeze down
        and rings the place; a root or the spine lights the whole pathway from the spine."""
        selection = self.window.selection
        target, herniation, view = self._plate_target()
        pathology = self._plate_pathology()
        site = view.site if view is not None else self._site_of(pathology)
        if pathology:
            selection.show_pathology(pathology)
        elif view is not None and (view.light or view.site):
            region = [view.site.removeprefix("region:")] if view.site.startswith("region:") \
                else []
            selection.show_highlight(entrapment_highlight(
                self.window.atlas, target, view.light, region))
        elif target:
            selection.set_herniation(herniation)
            selection.select(target)
        else:
            selection.clear()
        self.marks.show_site(site)
        self.marks.show(self.findings_panel.marks)
        self.marks.show_side(self.findings_panel.side)

    # ---- the handout ----------------------------------------------------------------------------
    def handout_content(self) -> HandoutContent:
        """What the handout says right now (nothing is kept after it is written)."""
        return build_handout(self)

    def save_handout(self, path: str | Path) -> None:
        write_handout_pdf(path, self.window.scene, self.handout_content(),
                          default_page_size())

    # ---- slots ------------------------------------------------------------------------------
    def _on_plate_clicked(self, target: str) -> bool:
        if not target.startswith("region:"):
            return False   # vertebrae, discs, nerves: explore as usual
        self.side.tabs.setCurrentIndex(0)
        self.findings_panel.toggle_region(target.removeprefix("region:"))
        return True

    def _on_findings_panel_findings_changed(self, _findings: dict) -> None:
        self._refresh()

    def _on_findings_panel_new_patient_requested(self) -> None:
        self.new_patient()

    def _on_findings_panel_medical_terms_toggled(self, on: bool) -> None:
        self.side.explanation.set_medical_terms(on)
        self.side.conditions.set_medical_terms(on)

    def _on_conditions_condition_chosen(self, _condition: object) -> None:
        self._update_plate()

    def _on_side_tab_changed(self, _index: int) -> None:
        self._update_plate()

    def _on_side_save_requested(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"handout-{date.today().isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("Consult", "Save handout as PDF"), suggested,
            translate("Consult", "PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_handout(path)

    def _on_side_print_requested(self) -> None:
        print_handout(self.window, self.window.scene, self.handout_content(),
                      default_page_size())
