"""'Explain a condition': pick one, see it on the plate with a short text and what helps.

Why a list rather than a search box: the clinician is talking to the patient while choosing,
and a dozen named conditions fit on screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from spinetutor.core.conditions import Condition, ConditionLibrary
from spinetutor.ui.i18n import translate


class ConditionsPanel(QWidget):
    condition_chosen = Signal(object)   # Condition, or None when the choice is cleared

    def __init__(self, library: ConditionLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.medical = False
        self.current: Condition | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Consult", "Conditions"))
        for cond in library.conditions:
            self.list.addItem(cond.title)
        self.list.setMaximumHeight(190)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        layout.addWidget(self.list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.text = QLabel(translate(
            "Consult", "Choose a condition to see it on the picture and read about it."))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setOpenExternalLinks(False)
        scroll.setWidget(self.text)
        layout.addWidget(scroll, 1)

    def choose(self, condition_id: str) -> None:
        ids = [c.id for c in self.library.conditions]
        self.list.setCurrentRow(ids.index(condition_id))

    def set_medical_terms(self, on: bool) -> None:
        self.medical = on
        self._render()

    def clear(self) -> None:
        self.list.setCurrentRow(-1)

    def _render(self) -> None:
        cond = self.current
        if cond is None:
            self.text.setText(translate(
                "Consult", "Choose a condition to see it on the picture and read about it."))
            return
        medical_name = translate("Consult", "Medical name: {name}").format(name=cond.medical)
        medical = f"<p><i>{html.escape(medical_name)}</i></p>" if self.medical else ""
        helps = html.escape(translate("Consult", "What usually helps:"))
        self.text.setText(
            f"<h3>{html.escape(cond.title)}</h3>{medical}"
            f"<p>{html.escape(cond.what)}</p>"
            f"<p><b>{helps}</b> {html.escape(cond.helps)}</p>")

    def _on_list_current_row_changed(self, row: int) -> None:
        self.current = self.library.conditions[row] if row >= 0 else None
        self._render()
        self.condition_chosen.emit(self.current)
