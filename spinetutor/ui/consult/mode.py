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

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from spinetutor.core.conditions import load_conditions
from spinetutor.core.reasoning import Localization, localize
from spinetutor.core.reasoning_patterns import load_knowledge
from spinetutor.ui.consult.explain_dock import ExplainDock
from spinetutor.ui.consult.explanation_panel import fit_words
from spinetutor.ui.consult.findings_panel import SIDES, FindingsPanel
from spinetutor.ui.consult.handout import (
    EDUCATIONAL,
    HandoutBlock,
    HandoutContent,
    print_handout,
    write_handout_pdf,
)
from spinetutor.ui.consult.plate_marks import PlateMarks
from spinetutor.ui.modes.base import Mode

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow

HANDOUT_TITLE = "Your leg and foot: notes from today"
LEGEND = ("Shaded on the picture: the nerve root or nerve that best fits, and the areas you "
          "marked (P = pain, N = numbness, T = tingling)",
          "The picture shows a right leg; a left leg is the mirror image")
CONDITION_LEGEND = ("Shaded on the picture: where this happens and the nerves and skin it "
                    "affects", LEGEND[1])


class ConsultMode(Mode):
    name = "consult"
    title = "Consultation"
    records_progress = False
    lay_language = True

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.library = load_conditions()
        self.result: Localization | None = None
        self.findings_panel = FindingsPanel(window.atlas)
        self.side = ExplainDock(self.library, load_knowledge().disclaimer)
        self.findings_dock = window.add_dock(self.findings_panel, "Patient findings",
                                             Qt.DockWidgetArea.LeftDockWidgetArea)
        self.explain_dock = window.add_dock(self.side, "What it may mean",
                                            Qt.DockWidgetArea.RightDockWidgetArea)
        self.findings_dock.setMinimumWidth(380)
        self.explain_dock.setMinimumWidth(400)
        self.findings_dock.hide()
        self.explain_dock.hide()
        self.marks = PlateMarks(window.scene)
        self._card_was_visible = True
        self._saved_herniation = "posterolateral"
        self.findings_panel.findings_changed.connect(self._on_findings_panel_findings_changed)
        self.findings_panel.medical_terms_toggled.connect(
            self._on_findings_panel_medical_terms_toggled)
        self.side.conditions.condition_chosen.connect(self._on_conditions_condition_chosen)
        self.side.tab_changed.connect(self._on_side_tab_changed)
        self.side.save_requested.connect(self._on_side_save_requested)
        self.side.print_requested.connect(self._on_side_print_requested)

    # ---- Mode ---------------------------------------------------------------------------
    def activate(self) -> None:
        """Swap the study card for the consultation panels and take over skin clicks."""
        window = self.window
        self._card_was_visible = not window.card_dock.isHidden()
        window.card_dock.hide()
        self.findings_dock.show()
        self.explain_dock.show()
        window.resizeDocks([self.findings_dock, self.explain_dock], [430, 430],
                           Qt.Orientation.Horizontal)
        window.plate_click_handlers.append(self._on_plate_clicked)
        self._saved_herniation = window.selection.herniation
        self._refresh()

    def deactivate(self) -> None:
        """Forget the patient: clear every panel, the marks and the plate; restore the card."""
        window = self.window
        if self._on_plate_clicked in window.plate_click_handlers:
            window.plate_click_handlers.remove(self._on_plate_clicked)
        self.findings_dock.hide()
        self.explain_dock.hide()
        if self._card_was_visible:
            window.card_dock.show()
        self.marks.clear()
        self.findings_panel.blockSignals(True)
        self.findings_panel.reset()
        self.findings_panel.blockSignals(False)
        self.side.reset()
        self.result = None
        window.selection.clear()
        window.selection.set_herniation(self._saved_herniation)

    # ---- what the panels show ---------------------------------------------------------------
    def findings(self) -> dict[str, Any]:
        return self.findings_panel.findings()

    def _refresh(self) -> None:
        findings = self.findings()
        self.result = localize(findings) if findings else None
        self.side.explanation.show_result(self.result)
        flags = self.result.red_flags if self.result else ()
        self.side.red_flags.show_flags(flags, bool(self.result and self.result.urgent))
        self._update_plate()

    def _plate_target(self) -> tuple[str, str]:
        if self.side.explaining_condition():
            cond = self.side.conditions.current
            assert cond is not None
            return cond.target, cond.herniation
        for cand in self.side.explanation.top_candidates()[:1]:
            view = self.library.lesion(cand.lesion)
            return view.target, view.herniation
        return "", "posterolateral"

    def _update_plate(self) -> None:
        """Show the top candidate's (or the chosen condition's) path, with the marks on top."""
        selection = self.window.selection
        target, herniation = self._plate_target()
        if target:
            selection.set_herniation(herniation)
            selection.select(target)
        else:
            selection.clear()
        self.marks.show(self.findings_panel.marks)

    # ---- the handout ----------------------------------------------------------------------------
    def handout_content(self) -> HandoutContent:
        """What the handout says right now (nothing is kept after it is written)."""
        today = date.today()
        marks = list(self.findings_panel.marked_lines())
        side = dict(SIDES).get(self.findings_panel.side)
        if side:
            marks.append(f"Side: {side.lower()}")
        intro = ""
        blocks: list[HandoutBlock] = []
        if self.side.explaining_condition():
            cond = self.side.conditions.current
            assert cond is not None
            blocks = [HandoutBlock(cond.title, (cond.what,)),
                      HandoutBlock("What usually helps", (cond.helps,))]
        else:
            top = self.side.explanation.top_candidates()
            intro = ("We compared what you told us and what the examination found with "
                     "textbook patterns. Where it may come from, most likely first:"
                     if top else "No single nerve or nerve root stands out from these findings.")
            for rank, cand in enumerate(top, start=1):
                plain = self.library.lesion(cand.lesion).plain
                bullets = [*cand.supporting[:4],
                           *(f"Against: {s}" for s in cand.opposing[:2])]
                blocks.append(HandoutBlock(f"{rank}. {plain} ({fit_words(cand.score)})",
                                           bullets=bullets))
        panel = self.side.red_flags
        return HandoutContent(
            title=HANDOUT_TITLE, date=f"{today.day} {today:%B %Y}", intro=intro,
            marks=marks, blocks=blocks,
            urgent_heading=panel.heading() if panel.sentences else "",
            red_flags=panel.sentences, note=self.side.note.toPlainText(),
            disclaimer=EDUCATIONAL,
            legend=CONDITION_LEGEND if self.side.explaining_condition() else LEGEND)

    def save_handout(self, path: str | Path) -> None:
        write_handout_pdf(path, self.window.scene, self.handout_content())

    # ---- slots ------------------------------------------------------------------------------
    def _on_plate_clicked(self, target: str) -> bool:
        if not target.startswith("region:"):
            return False   # vertebrae, discs, nerves: explore as usual
        self.side.tabs.setCurrentIndex(0)
        self.findings_panel.toggle_region(target.removeprefix("region:"))
        return True

    def _on_findings_panel_findings_changed(self, _findings: dict) -> None:
        self._refresh()

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
        path, _ = QFileDialog.getSaveFileName(self.window, "Save handout as PDF", suggested,
                                              "PDF files (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_handout(path)

    def _on_side_print_requested(self) -> None:
        print_handout(self.window, self.window.scene, self.handout_content())
