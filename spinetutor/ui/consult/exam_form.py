"""The examination and history as plain-word drop-downs and tick boxes.

Why drop-downs with "Not tested" first: a movement tested and found normal is evidence (it
separates a knee nerve from a spine root), so "normal" must be said, not left blank. Labels
are patient words; "Show medical terms" adds the textbook name in brackets.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_i18n import term_text
from spinetutor.core.findings import Vocabulary
from spinetutor.core.reasoning_patterns import load_knowledge
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.wrapping import WrapCombo

# Option and title words are shown through translate("Consult", ...).
STRENGTH = (("", QT_TRANSLATE_NOOP("Consult", "Not tested")),
            ("weak", QT_TRANSLATE_NOOP("Consult", "Weak")),
            ("normal", QT_TRANSLATE_NOOP("Consult", "Normal")))
REFLEX = (("", QT_TRANSLATE_NOOP("Consult", "Not tested")),
          ("normal", QT_TRANSLATE_NOOP("Consult", "Normal")),
          ("reduced", QT_TRANSLATE_NOOP("Consult", "Reduced")),
          ("absent", QT_TRANSLATE_NOOP("Consult", "Absent")),
          ("brisk", QT_TRANSLATE_NOOP("Consult", "Brisk (livelier than normal)")))
TEST = (("", QT_TRANSLATE_NOOP("Consult", "Not done")),
        ("positive", QT_TRANSLATE_NOOP("Consult", "Positive (brings on the symptoms)")),
        ("negative", QT_TRANSLATE_NOOP("Consult", "Negative")))
HISTORY_TITLES = {
    "back_pain": QT_TRANSLATE_NOOP("Consult", "Back pain"),
    "bladder": QT_TRANSLATE_NOOP("Consult", "Bladder"),
    "bladder_sensation": QT_TRANSLATE_NOOP("Consult", "Feeling when passing urine"),
    "bowel": QT_TRANSLATE_NOOP("Consult", "Bowels"),
    "saddle_sensation": QT_TRANSLATE_NOOP("Consult", "Feeling in the saddle area"),
    "sexual_function": QT_TRANSLATE_NOOP("Consult", "Sexual function"),
    "foot_pulses": QT_TRANSLATE_NOOP("Consult", "Pulses in the feet"),
    "distribution": QT_TRANSLATE_NOOP("Consult", "Pattern"),
    "gait": QT_TRANSLATE_NOOP("Consult", "Walking"),
    "onset": QT_TRANSLATE_NOOP("Consult", "How it started"),
    "course": QT_TRANSLATE_NOOP("Consult", "Since then"),
    "weakness_severity": QT_TRANSLATE_NOOP("Consult", "How weak"),
}
HISTORY_MEDICAL = {
    "back_pain": QT_TRANSLATE_NOOP("Consult", "back pain"),
    "bladder": QT_TRANSLATE_NOOP("Consult", "bladder"),
    "bladder_sensation": QT_TRANSLATE_NOOP("Consult", "bladder sensation"),
    "bowel": QT_TRANSLATE_NOOP("Consult", "bowels"),
    "saddle_sensation": QT_TRANSLATE_NOOP("Consult", "saddle sensation"),
    "sexual_function": QT_TRANSLATE_NOOP("Consult", "sexual dysfunction"),
    "foot_pulses": QT_TRANSLATE_NOOP("Consult", "foot pulses"),
    "distribution": QT_TRANSLATE_NOOP("Consult", "distribution"),
    "gait": QT_TRANSLATE_NOOP("Consult", "gait"),
    "onset": QT_TRANSLATE_NOOP("Consult", "onset"),
    "course": QT_TRANSLATE_NOOP("Consult", "course"),
    "weakness_severity": QT_TRANSLATE_NOOP("Consult", "power"),
}
SERIOUS_TITLE = QT_TRANSLATE_NOOP("Consult", "Other warning signs (ask everyone)")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_term(plain: str, term: str) -> str:
    """'Lifting the foot up — Ankle dorsiflexion'; the plain words alone when they are the term
    (never 'Back pain — Back pain (back pain)')."""
    if term.lower() in plain.lower():
        return plain
    return f"{plain} \u2014 {term}"


def _grid_box(title: str) -> tuple[QGroupBox, QGridLayout]:
    """A group with a label column that wraps (QFormLayout clips wrapped labels).

    The title is a wrapping bold label inside the box, not the box's own title, which never
    wraps and would be cut off at large text sizes.
    """
    box = QGroupBox()
    box.setAccessibleName(title)
    grid = QGridLayout(box)
    grid.setColumnStretch(0, 1)
    grid.setHorizontalSpacing(8)
    heading = QLabel(f"<b>{html.escape(title)}</b>")
    heading.setWordWrap(True)
    grid.addWidget(heading, 0, 0, 1, 2)
    return box, grid


def _add_row(grid: QGridLayout, label: QLabel, combo: QComboBox) -> None:
    """The question above its answer, both the panel's full width: an answer such as "Being
    unable to pass urine" or "No preguntado" is read in full, never cut to fit a column."""
    row = grid.rowCount()
    grid.addWidget(label, row, 0, 1, 2)
    grid.addWidget(combo, row + 1, 0, 1, 2)
    grid.setRowMinimumHeight(row + 2, 4)


class _ClickLabel(QLabel):
    """A wrapping label that toggles its check box (QCheckBox text never wraps)."""

    def __init__(self, check: QCheckBox) -> None:
        super().__init__()
        self.check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.check.toggle()
        event.accept()


class ExamForm(QWidget):
    """Strength, reflexes, bedside tests, history and triggers; emits `changed` on any edit."""

    changed = Signal()

    def __init__(self, atlas: Atlas, vocab: Vocabulary | None = None,
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.language = language
        self.vocab = vocab or load_knowledge(language=language).vocab
        self.medical = False
        self.strength: dict[str, QComboBox] = {}
        self.reflexes: dict[str, QComboBox] = {}
        self.tests: dict[str, QComboBox] = {}
        self.history: dict[str, QComboBox] = {}
        self.triggers: dict[str, QCheckBox] = {}
        self.serious: dict[str, QCheckBox] = {}
        self._labels: list[tuple[QLabel, str, str]] = []  # widget, plain, medical
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._combo_group(
            translate("Consult", "Strength: is the movement weak?"), "movements", STRENGTH,
            self.strength))
        layout.addWidget(self._combo_group(translate("Consult", "Reflexes"), "reflexes", REFLEX,
                                           self.reflexes))
        layout.addWidget(self._combo_group(translate("Consult", "Bedside tests"), "tests", TEST,
                                           self.tests))
        layout.addWidget(self._history_group())
        layout.addWidget(self._check_group(translate("Consult", SERIOUS_TITLE), "serious",
                                           self.vocab.history_labels.get("serious", {}),
                                           self.serious))
        layout.addWidget(self._trigger_group())
        layout.addStretch(1)
        self.set_medical_terms(False)

    # ---- building ---------------------------------------------------------------------
    def _combo_group(self, title: str, section: str, options: tuple[tuple[str, str], ...],
                     store: dict[str, QComboBox]) -> QGroupBox:
        box, grid = _grid_box(title)
        options = tuple((value, translate("Consult", text)) for value, text in options)
        for term_id in self.atlas.terms(section):
            combo = self._combo(options, f"{section}:{term_id}")
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(combo)
            lay = term_text(self.atlas, section, term_id, "lay", self.language)
            name = term_text(self.atlas, section, term_id, "name", self.language)
            self._labels.append((label, _capital(lay), _with_term(_capital(lay), name)))
            _add_row(grid, label, combo)
            store[term_id] = combo
        return box

    def _combo(self, options: tuple[tuple[str, Any], ...], name: str) -> QComboBox:
        combo = WrapCombo()   # the panel's width, not the longest answer, rules
        combo.setObjectName(name)
        for value, text in options:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        return combo

    def _history_group(self) -> QGroupBox:
        box, grid = _grid_box(translate("Consult", "What the person tells you"))
        not_asked = translate("Consult", "Not asked")
        for key, source in HISTORY_TITLES.items():
            title = translate("Consult", source)
            labels = self.vocab.history_labels.get(key, {})
            if key == "back_pain":
                options: tuple[tuple[Any, str], ...] = (
                    ("", not_asked), (True, translate("Consult", "Yes")),
                    (False, translate("Consult", "No")))
            else:
                options = (("", not_asked),) + tuple(
                    (v, _capital(str(labels.get(v, v)))) for v in self.vocab.history[key])
            combo = self._combo(options, f"history:{key}")
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(combo)
            medical = translate("Consult", HISTORY_MEDICAL[key])
            self._labels.append((label, title, _with_term(title, medical)))
            _add_row(grid, label, combo)
            self.history[key] = combo
        return box

    def _trigger_group(self) -> QGroupBox:
        return self._check_group(translate("Consult", "What brings it on or goes with it"),
                                 "trigger", self.vocab.triggers, self.triggers)

    def _check_group(self, title: str, prefix: str, items: dict[str, str],
                     store: dict[str, QCheckBox]) -> QGroupBox:
        """Tick boxes with wrapping plain-word labels (a tick = present, blank = not said)."""
        box, grid = _grid_box(title)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        for key, text in items.items():
            check = QCheckBox()
            check.setObjectName(f"{prefix}:{key}")
            check.setAccessibleName(_capital(text))
            check.toggled.connect(self._on_trigger_toggled)
            label = _ClickLabel(check)
            self._labels.append((label, _capital(text), _capital(text)))
            row = grid.rowCount()
            grid.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            store[str(key)] = check
        return box

    # ---- state --------------------------------------------------------------------------
    def set_medical_terms(self, on: bool) -> None:
        """Plain words only, or plain words with the textbook name in brackets."""
        self.medical = on
        for widget, plain, medical in self._labels:
            text = medical if on else plain
            widget.setText(text)
            buddy = widget.buddy()
            if isinstance(buddy, QComboBox):  # a screen reader names the question, then
                buddy.setAccessibleName(text)  # reads the answer as the value
                buddy.setAccessibleDescription(text)   # Linux readers name a combo by value

    def set_value(self, section: str, key: str, value: Any) -> None:
        """Set one answer by its data value ("" = not tested), as a click would."""
        store = {"movements": self.strength, "reflexes": self.reflexes, "tests": self.tests,
                 "history": self.history}[section]
        combo = store[key]
        index = combo.findData(value)
        if index < 0:
            raise KeyError(f"{section}.{key} has no option {value!r}")
        combo.setCurrentIndex(index)

    def set_trigger(self, trigger: str, on: bool) -> None:
        self.triggers[trigger].setChecked(on)

    def set_serious(self, item: str, on: bool) -> None:
        """Tick or clear one serious-pathology warning (cancer history, fever ...)."""
        self.serious[item].setChecked(on)

    def is_empty(self) -> bool:
        """True when nothing at all has been recorded in the form."""
        return not self.findings()

    def reset(self) -> None:
        for store in (self.strength, self.reflexes, self.tests, self.history):
            for combo in store.values():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        for check in (*self.triggers.values(), *self.serious.values()):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.changed.emit()

    def findings(self) -> dict[str, Any]:
        """The exam part of a findings mapping (findings_schema.yaml): only what was recorded."""
        out: dict[str, Any] = {}
        weak = sorted(k for k, c in self.strength.items() if c.currentData() == "weak")
        normal = sorted(k for k, c in self.strength.items() if c.currentData() == "normal")
        if weak:
            out["weak"] = weak
        if normal:
            out["normal_strength"] = normal
        reflex = {k: c.currentData() for k, c in self.reflexes.items() if c.currentData()}
        tests = {k: c.currentData() for k, c in self.tests.items() if c.currentData()}
        if reflex:
            out["reflex"] = reflex
        if tests:
            out["tests"] = tests
        history: dict[str, Any] = {k: c.currentData() for k, c in self.history.items()
                                   if c.currentData() != ""}
        triggers = sorted(t for t, c in self.triggers.items() if c.isChecked())
        if triggers:
            history["triggers"] = triggers
        serious = [k for k, c in self.serious.items() if c.isChecked()]
        if serious:
            history["serious"] = serious
        if history:
            out["history"] = history
        return out

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _on_trigger_toggled(self, _on: bool) -> None:
        self.changed.emit()
