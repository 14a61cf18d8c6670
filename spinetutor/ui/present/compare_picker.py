"""Compare any two structures: a picker of roots, nerves, discs and vertebrae, the lesson's own
`compare:` pairs and the classic bedside dilemmas, in Present (Shift+C) and in Study.

Present shows the chosen pair on its compare page; Study opens a window with the picker above
the same two plates and difference table (compare_view.ComparePage).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.atlas import Atlas, split_target
from spinetutor.core.compare import CLASSIC_PAIRS
from spinetutor.core.lessons import Lesson
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.present.compare_view import ComparePage
from spinetutor.ui.present.style import STAGE_QSS

KINDS = ("root", "nerve", "disc", "vertebra")
Pair = tuple[str, str]


def lesson_pairs(lesson: Lesson | None) -> list[Pair]:
    """The lesson's own pairs first, then the classic ones, each pair once."""
    pairs = [(p.a, p.b) for p in lesson.compare] if lesson is not None else []
    pairs += list(CLASSIC_PAIRS)
    return list(dict.fromkeys(pairs))


_SEGMENTS = ("C", "T", "L", "S", "Co")
_LEVEL = re.compile(r"^(Co|C|T|L|S)(\d+)")


def _level(name: str) -> tuple[int, int, str]:
    """Top-down spinal order for 'L5', 'L4-L5', 'Co1'; other names alphabetically after."""
    match = _LEVEL.match(name)
    if match is None:
        return (len(_SEGMENTS), 0, name)
    return (_SEGMENTS.index(match.group(1)), int(match.group(2)), name)


def structures(atlas: Atlas) -> list[str]:
    """Every target a comparison can take: roots, nerves, discs, vertebrae, top-down."""
    chosen = [t for t in atlas.targets() if split_target(t)[0] in KINDS]
    return sorted(chosen, key=lambda t: (KINDS.index(split_target(t)[0]),
                                         _level(split_target(t)[1])))


class ComparePicker(QWidget):
    """Two drop-downs (first and second structure) and a list of suggested pairs."""

    picked = Signal(str, str)

    def __init__(self, atlas: Atlas, pairs: Iterable[Pair] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare-picker")
        self.atlas = atlas
        self.first, self.second = QComboBox(), QComboBox()
        for combo, name in ((self.first, "compare-first"), (self.second, "compare-second")):
            combo.setObjectName(name)
            self._fill(combo)
        self.button = QPushButton(translate("Present", "Compare"), objectName="compare-go")
        self.button.clicked.connect(self._on_button_clicked)
        self.suggested = QListWidget(objectName="compare-suggested")
        self.suggested.itemActivated.connect(self._on_suggested_item_activated)
        self.set_pairs(pairs)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(translate("Present", "Compare")), 0, 0)
        grid.addWidget(self.first, 0, 1)
        grid.addWidget(QLabel(translate("Present", "with")), 0, 2)
        grid.addWidget(self.second, 0, 3)
        grid.addWidget(self.button, 0, 4)
        grid.addWidget(QLabel(translate("Present", "Suggested pairs (Enter or double-click):")),
                       1, 0, 1, 5)
        grid.addWidget(self.suggested, 2, 0, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _name(self, target: str) -> str:
        return self.atlas.name_of(target, language=content_language())

    def _fill(self, combo: QComboBox) -> None:
        kind = ""
        for target in structures(self.atlas):
            if split_target(target)[0] != kind:
                kind = split_target(target)[0]
                combo.insertSeparator(combo.count()) if combo.count() else None
            combo.addItem(self._name(target), target)
        combo.setToolTip(translate("Present", "Type to jump to a structure"))

    def set_pairs(self, pairs: Iterable[Pair]) -> None:
        self.suggested.clear()
        for a, b in pairs:
            item = QListWidgetItem(translate("Present", "{a}  vs  {b}").format(
                a=self._name(a), b=self._name(b)))
            item.setData(Qt.ItemDataRole.UserRole, (a, b))
            self.suggested.addItem(item)
        if self.suggested.count():
            self.suggested.setCurrentRow(0)
            self.choose(*self.suggested.item(0).data(Qt.ItemDataRole.UserRole))

    def choose(self, a: str, b: str) -> None:
        """Set both drop-downs (without comparing yet)."""
        for combo, target in ((self.first, a), (self.second, b)):
            index = combo.findData(target)
            if index >= 0:
                combo.setCurrentIndex(index)

    def pair(self) -> Pair:
        return self.first.currentData(), self.second.currentData()

    def _on_button_clicked(self) -> None:
        a, b = self.pair()
        if a and b:
            self.picked.emit(a, b)

    def _on_suggested_item_activated(self, item: QListWidgetItem) -> None:
        a, b = item.data(Qt.ItemDataRole.UserRole)
        self.choose(a, b)
        self.picked.emit(a, b)


class PickerDialog(QDialog):
    """The picker alone (Present): choosing a pair closes it and shows the comparison."""

    picked = Signal(str, str)

    def __init__(self, atlas: Atlas, pairs: Iterable[Pair], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("present-compare-picker")
        self.setWindowTitle(translate("Present", "Compare two structures"))
        self.picker = ComparePicker(atlas, pairs, self)
        self.picker.picked.connect(self._on_picker_picked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self.resize(760, 420)

    def _on_picker_picked(self, a: str, b: str) -> None:
        self.accept()
        self.picked.emit(a, b)


class CompareWindow(QDialog):
    """Study's comparison: the picker above two lit plates and the table of differences."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("study-compare")
        self.setWindowTitle(translate("Present", "Compare two structures"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.picker = ComparePicker(atlas, lesson_pairs(None), self)
        self.picker.suggested.setMaximumHeight(120)
        self.page = ComparePage(atlas, self)
        self.page.setStyleSheet(STAGE_QSS)
        self.page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.picker.picked.connect(self.show_pair)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.page, 1)
        self.resize(1300, 860)

    def set_lesson(self, lesson: Lesson | None) -> None:
        self.picker.set_pairs(lesson_pairs(lesson))

    def show_pair(self, a: str, b: str) -> None:
        self.picker.choose(a, b)
        self.page.show_pair(a, b, hint=False)
