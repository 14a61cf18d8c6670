"""A "Find a structure" box: type a name (L5, sural, big toe...) and select it on the plate.

Every structure is reachable without a mouse, and a learner who knows a name but not where
it is drawn finds it at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.ui.i18n import content_language, translate


class StructureFinder(QComboBox):
    structure_chosen = Signal(str)

    def __init__(self, atlas: Atlas, targets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)
        # 22 characters wide in the toolbar (not its longest name), which leaves the row room
        # for the herniation toggles; the list that drops down is as wide as its names
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(translate("Finder", "Find a structure\u2026"))
        self.setAccessibleName(translate("Finder", "Find a structure on the plate"))
        self.lineEdit().setAccessibleName(self.accessibleName())  # where typing goes
        language = content_language()
        self._names: list[tuple[str, ...]] = []  # each item's own names, lower case
        for target in targets:
            label = atlas.name_of(target, language=language)
            lay = atlas.name_of(target, lay=True, language=language)
            self.addItem(label if lay == label else f"{label} \u2014 {lay}", target)
            self._names.append(tuple({label.lower(), lay.lower()}))
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self._just_chosen = ""
        self.activated.connect(self._on_self_activated)
        self.lineEdit().returnPressed.connect(self._on_line_edit_return_pressed)

    def _choose(self, target: str) -> None:
        """Emit once per Enter: the combo's own activation and returnPressed both fire."""
        if target and target != self._just_chosen:
            self._just_chosen = target
            QTimer.singleShot(0, self._forget_choice)
            self.structure_chosen.emit(target)

    def _forget_choice(self) -> None:
        self._just_chosen = ""

    def _on_self_activated(self, index: int) -> None:
        self._choose(self.itemData(index))

    def _on_line_edit_return_pressed(self) -> None:
        """Enter on typed text picks the structure named exactly so (textbook or plain name:
        "top of the foot" is the skin, not a nerve whose description mentions it), else the
        first whose name starts with it, else the first that holds it."""
        typed = self.lineEdit().text().strip().lower()
        if not typed:
            return
        tests = (lambda name: name == typed, lambda name: name.startswith(typed),
                 lambda name: typed in name)
        match = None
        for test in tests:
            match = next((i for i, names in enumerate(self._names)
                          if any(test(n) for n in names)), None)
            if match is not None:
                break
        if match is not None:
            self.setCurrentIndex(match)
            self._choose(self.itemData(match))
