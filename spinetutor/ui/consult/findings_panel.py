"""The left panel: "Where do you feel it?" marks, the side, and the examination form.

Why the panel owns the marks but not the plate: the mode passes plate clicks in through
`toggle_region`, and the panel reports everything as one findings mapping (shaped as the
shared findings schema) in `findings_changed`, so the reasoning stays in the core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_i18n import term_text
from spinetutor.ui import themes
from spinetutor.ui.consult.exam_form import ExamForm
from spinetutor.ui.consult.plate_marks import SYMPTOMS, swatch_brushes, symptom_label
from spinetutor.ui.consult.style import consult_font
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.flow_layout import FlowLayout
from spinetutor.ui.panels.scrolling import vertical_scroll

SIDES = (("left", QT_TRANSLATE_NOOP("Consult", "Left leg")),   # shown via translate()
         ("right", QT_TRANSLATE_NOOP("Consult", "Right leg")),
         ("bilateral", QT_TRANSLATE_NOOP("Consult", "Both legs")))


def symptom_icon(symptom: str, size: int = 22) -> QIcon:
    """A small swatch with the plate's fill, hatch and outline for this symptom."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.white)
    painter = QPainter(pix)
    fill, hatch, pen = swatch_brushes(symptom)
    painter.fillRect(2, 2, size - 4, size - 4, fill)
    painter.fillRect(2, 2, size - 4, size - 4, hatch)
    painter.setPen(pen)
    painter.drawRect(2, 2, size - 5, size - 5)
    painter.end()
    return QIcon(pix)


class FindingsPanel(QWidget):
    findings_changed = Signal(dict)   # a findings mapping, as findings_schema.yaml
    marks_changed = Signal(dict)      # symptom -> sorted region ids
    medical_terms_toggled = Signal(bool)
    new_patient_requested = Signal()

    def __init__(self, atlas: Atlas, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.language = language
        self.marks: dict[str, list[str]] = {s: [] for s in SYMPTOMS}
        self.side = ""
        self.mark_rows: list[QWidget] = []
        outer = QVBoxLayout(self)
        top = FlowLayout()
        self.new_patient_button = QPushButton(translate("Consult", "New patient"))
        self.new_patient_button.setObjectName("new-patient")
        self.new_patient_button.setToolTip(translate(
            "Consult", "Forget everything about this patient: marks, examination, history, "
            "note and warnings"))
        self.new_patient_button.clicked.connect(self.new_patient_requested)
        top.addWidget(self.new_patient_button)
        self.medical_check = QCheckBox(translate("Consult", "Show medical terms"))
        self.medical_check.toggled.connect(self._on_medical_check_toggled)
        top.addWidget(self.medical_check)
        outer.addLayout(top)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self._where_group())
        self.exam = ExamForm(atlas, language=language)
        self.exam.changed.connect(self._on_exam_changed)
        layout.addWidget(self.exam)
        self.scroll = vertical_scroll(body, translate("Consult", "Patient findings"))
        outer.addWidget(self.scroll, 1)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Large type from the application font; the panel as wide as its widest row needs.

        The form scrolls only vertically, so at large text sizes the dock widens instead of
        cutting off the drop-downs at its right edge.
        """
        self.setFont(consult_font())
        self._fit_width()

    def _fit_width(self) -> None:
        body = self.scroll.widget()
        if body is not None:
            body.layout().activate()
            bar = self.scroll.verticalScrollBar().sizeHint().width()
            frame = self.scroll.contentsMargins()  # the theme's border and focus padding
            self.scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + frame.left()
                                        + frame.right())

    def _where_group(self) -> QGroupBox:
        box = QGroupBox(translate("Consult", "Where do you feel it?"))
        layout = QVBoxLayout(box)
        row = FlowLayout()  # wraps onto a second row at large text sizes
        self.symptom_group = QButtonGroup(self)
        self.symptom_buttons: dict[str, QPushButton] = {}
        for symptom in SYMPTOMS:
            button = QPushButton(symptom_icon(symptom), symptom_label(symptom))
            button.setIconSize(QSize(22, 22))
            button.setCheckable(True)
            button.setChecked(symptom == "pain")
            button.setObjectName(f"symptom-{symptom}")
            self.symptom_group.addButton(button)
            self.symptom_buttons[symptom] = button
            row.addWidget(button)
        layout.addLayout(row)
        sides = FlowLayout()
        self.side_group = QButtonGroup(self)
        self.side_buttons: dict[str, QPushButton] = {}
        for side, text in SIDES:
            button = QPushButton(translate("Consult", text))
            button.setCheckable(True)
            button.setObjectName(f"side-{side}")
            button.clicked.connect(lambda _=False, s=side: self.set_side(s))
            self.side_group.addButton(button)
            self.side_buttons[side] = button
            sides.addWidget(button)
        layout.addLayout(sides)
        hint = QLabel(translate("Consult", "Pick pain, numbness or tingling, then click the "
                                "skin on the picture. Click again to remove it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.mark_list = QWidget()
        self.mark_list.setAccessibleName(translate("Consult", "Marked areas"))
        self._mark_rows = QVBoxLayout(self.mark_list)
        self._mark_rows.setContentsMargins(0, 0, 0, 0)
        self.empty_marks = QLabel(translate("Consult", "Nothing marked yet."))
        self._mark_rows.addWidget(self.empty_marks)
        layout.addWidget(self.mark_list)
        clear = QPushButton(translate("Consult", "Clear all marks"))
        clear.clicked.connect(self.clear_marks)
        layout.addWidget(clear)
        return box

    # ---- the marks ----------------------------------------------------------------------
    @property
    def symptom(self) -> str:
        for symptom, button in self.symptom_buttons.items():
            if button.isChecked():
                return symptom
        return "pain"

    def set_symptom(self, symptom: str) -> None:
        self.symptom_buttons[symptom].setChecked(True)

    def set_side(self, side: str) -> None:
        self.side = side
        self.side_buttons[side].setChecked(True)
        self._emit()

    def toggle_region(self, region: str, symptom: str | None = None) -> bool:
        """Mark or unmark a skin region for the current symptom; True when now marked."""
        if region not in self.atlas.region_ids():
            raise KeyError(f"unknown region '{region}'")
        regions = self.marks[symptom or self.symptom]
        marked = region not in regions
        if marked:
            regions.append(region)
        else:
            regions.remove(region)
        self._marks_edited()
        return marked

    def remove_mark(self, symptom: str, region: str) -> None:
        if region in self.marks[symptom]:
            self.marks[symptom].remove(region)
            self._marks_edited()

    def clear_marks(self) -> None:
        self.marks = {s: [] for s in SYMPTOMS}
        self._marks_edited()

    def marked_lines(self) -> list[str]:
        """The marks in plain words, e.g. 'Numbness: top of the foot'."""
        return [f"{symptom_label(s)}: {self._region_name(r)}"
                for s in SYMPTOMS for r in self.marks[s]]

    def _region_name(self, region: str) -> str:
        lay = term_text(self.atlas, "regions", region, "lay", self.language)
        if self.medical_check.isChecked():
            return f"{lay} ({term_text(self.atlas, 'regions', region, 'name', self.language)})"
        return lay

    def _marks_edited(self) -> None:
        self._rebuild_list()
        self.marks_changed.emit({s: sorted(r) for s, r in self.marks.items()})
        self._emit()

    def _rebuild_list(self) -> None:
        for row in self.mark_rows:
            self._mark_rows.removeWidget(row)
            row.hide()  # gone at once, even before the event loop deletes it
            row.deleteLater()
        self.mark_rows: list[QWidget] = []
        previous: QWidget = list(self.side_buttons.values())[-1]
        for symptom in SYMPTOMS:
            for region in self.marks[symptom]:
                row = QWidget()
                layout = QHBoxLayout(row)
                layout.setContentsMargins(4, 2, 4, 2)
                icon = QLabel()
                icon.setPixmap(symptom_icon(symptom, 18).pixmap(18, 18))
                layout.addWidget(icon)
                text = QLabel(f"{symptom_label(symptom)}: {self._region_name(region)}")
                text.setWordWrap(True)
                layout.addWidget(text, 1)
                remove = QPushButton(translate("Consult", "Remove"))  # looks like a button
                remove.setAccessibleName(translate("Consult", "Remove {symptom}: {area}").format(
                    symptom=symptom_label(symptom), area=self._region_name(region)))
                remove.clicked.connect(
                    lambda _=False, s=symptom, r=region: self.remove_mark(s, r))
                layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
                # under the theme's style sheet a font reaches only the children a widget
                # has when it is set: a row made later kept the 9 pt application font
                row.setFont(self.font())
                self._mark_rows.addWidget(row)
                self.mark_rows.append(row)
                # Tab reaches each Remove where it is shown, after the side buttons, not
                # after everything built before it (the handout's Print)
                QWidget.setTabOrder(previous, remove)
                previous = remove
        self.empty_marks.setVisible(not self.mark_rows)
        self._fit_width()

    # ---- the whole finding set ------------------------------------------------------------
    def findings(self) -> dict[str, Any]:
        """Everything recorded so far as a findings mapping; unrecorded keys are left out."""
        out: dict[str, Any] = {}
        if self.side:
            out["side"] = self.side
        if self.marks["pain"]:
            out["pain"] = sorted(self.marks["pain"])
        numb = sorted(set(self.marks["numbness"]) | set(self.marks["tingling"]))
        if numb:
            out["numb"] = numb
        out.update(self.exam.findings())
        return out

    def reset(self) -> None:
        """Forget everything about this patient (used when leaving the mode)."""
        self.side = ""
        self.side_group.setExclusive(False)
        for button in self.side_buttons.values():
            button.setChecked(False)
        self.side_group.setExclusive(True)
        self.marks = {s: [] for s in SYMPTOMS}
        self._rebuild_list()
        self.exam.reset()

    def _emit(self) -> None:
        self.findings_changed.emit(self.findings())

    def _on_exam_changed(self) -> None:
        self._emit()

    def _on_medical_check_toggled(self, on: bool) -> None:
        self.exam.set_medical_terms(on)
        self._rebuild_list()
        self.medical_terms_toggled.emit(on)
