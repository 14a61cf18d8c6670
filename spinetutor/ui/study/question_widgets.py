"""One input widget per question type; each returns the response core grading expects.

Plate questions (click the diagram, mark the regions) get clicks from the quiz panel through
``plate_clicked`` and report what the learner picked, so the panel can show it on the plate.
A keyboard fallback (a list of names) keeps them answerable without a mouse.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.quizzes import (
    CaseVignette,
    ClickDiagram,
    MarkRegions,
    MultipleChoice,
    OrderPathway,
    Question,
    TrueFalse,
)
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.study.safe_text import plain_markdown_html

Names = Callable[[str], str]


def mark(button: QAbstractButton, key: str) -> None:
    """Colour a revealed choice "ok" (bold) or "wrong", following the theme.

    The words added to the choice (right / not right) say the same, so colour is never alone.
    """
    weight = "; font-weight:600" if key == "ok" else ""
    themes.follow(button, lambda: button.setStyleSheet(f"color:{themes.color(key)}{weight}"))


class QuestionWidget(QWidget):
    """Base: ``response()`` is None until the learner has answered something."""

    answer_changed = Signal()
    picked_changed = Signal(object)   # plate questions: the target or region list picked

    def response(self) -> object | None:
        return None

    def plate_clicked(self, target: str) -> bool:
        """A click on the plate while this question is shown; True when it was used."""
        return False

    def reveal(self) -> None:
        """After answering in practice: mark right and wrong choices."""

    def lock(self) -> None:
        """After answering: inputs stop accepting changes; the text stays readable."""
        for child in self.findChildren(QAbstractButton) + self.findChildren(QComboBox) \
                + self.findChildren(QListWidget):
            child.setEnabled(False)


class ChoiceWidget(QuestionWidget):
    """Single choice, case vignette (radios) and multiple choice (checkboxes)."""

    def __init__(self, question: Question, order: list[str], names: Names) -> None:
        super().__init__()
        self.question = question
        self.multiple = isinstance(question, MultipleChoice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(question, CaseVignette):
            findings = "".join(f"<li>{escape(f)}</li>" for f in question.findings)
            heading = escape(translate("Study", "Findings"))
            case = QLabel(plain_markdown_html(question.case)
                          + f"<b>{heading}</b>"
                          f"<ul style='margin-left:-20px'>{findings}</ul>")
            case.setObjectName("caseBox")
            case.setWordWrap(True)
            case.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(case)
        if self.multiple:
            hint = QLabel(translate("Study", "Pick all that apply."))
            hint.setObjectName("hint")
            layout.addWidget(hint)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        options = {o.id: o for o in getattr(question, "options", ())}
        self.buttons: dict[str, QAbstractButton] = {}
        for option_id in order:
            option = options[option_id]
            text = getattr(option, "text", None) or names(getattr(option, "lesion", option_id))
            button: QAbstractButton = QCheckBox(text) if self.multiple else QRadioButton(text)
            button.setObjectName(f"option-{option_id}")
            if self.multiple:   # check boxes in a button group share one Tab stop: each
                button.toggled.connect(lambda *_: self.answer_changed.emit())  # gets its own
            else:
                self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[option_id] = button
        self.group.buttonToggled.connect(lambda *_: self.answer_changed.emit())

    def response(self) -> object | None:
        picked = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if not picked:
            return None
        return picked if self.multiple else picked[0]

    def reveal(self) -> None:
        right = self.question.correct_option_ids()
        for option_id, button in self.buttons.items():
            button.setEnabled(False)
            if option_id in right:
                button.setText(button.text() + translate("Study", "   \u2714 right"))
                mark(button, "ok")
            elif button.isChecked():
                button.setText(button.text() + translate("Study", "   \u2718 not right"))
                mark(button, "wrong")


class TrueFalseWidget(QuestionWidget):
    def __init__(self, question: TrueFalse) -> None:
        super().__init__()
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.true, self.false = (QRadioButton(translate("Study", "True")),
                                 QRadioButton(translate("Study", "False")))
        for button in (self.true, self.false):
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.answer_changed.emit())

    def response(self) -> object | None:
        if self.true.isChecked():
            return True
        return False if self.false.isChecked() else None

    def reveal(self) -> None:
        right = self.true if self.question.answer else self.false
        for button in (self.true, self.false):
            button.setEnabled(False)
        right.setText(right.text() + translate("Study", "   \u2714 right"))
        mark(right, "ok")


class ClickWidget(QuestionWidget):
    """Answer by clicking the plate; the structure picked is named (and can be re-picked)."""

    def __init__(self, targets: list[str], names: Names) -> None:
        super().__init__()
        self.names = names
        self.picked: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate("Study", "Click your answer on the diagram. Click again to change it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.picked_label = QLabel(translate("Study", "Your answer: \u2014"))
        self.picked_label.setObjectName("picked")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("Study", "Or choose the structure by name"))
        self.chooser.addItem(translate("Study", "Or choose by name\u2026"), "")
        for target in sorted(targets, key=names):
            self.chooser.addItem(names(target), target)
        self.chooser.activated.connect(self._on_chooser_activated)
        layout.addWidget(hint)
        layout.addWidget(self.picked_label)
        layout.addWidget(self.chooser)

    def plate_clicked(self, target: str) -> bool:
        self.pick(target)
        return True

    def pick(self, target: str) -> None:
        self.picked = target
        self.picked_label.setText(translate("Study", "Your answer: <b>{name}</b>").format(
            name=escape(self.names(target))))
        self.picked_changed.emit(target)
        self.answer_changed.emit()

    def response(self) -> object | None:
        return self.picked

    def _on_chooser_activated(self, index: int) -> None:
        target = self.chooser.itemData(index)
        if target:
            self.pick(target)


class StepList(QListWidget):
    """A list whose current row moves with Ctrl+Up / Ctrl+Down (arrows alone still browse)
    and whose Delete key asks to remove it."""

    step_requested = Signal(int)
    removal_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        keys = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in keys:
            self.step_requested.emit(keys[Qt.Key(event.key())])
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removal_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RegionsWidget(QuestionWidget):
    """Clicks on skin toggle regions; the list shows what is marked (Delete removes one)."""

    def __init__(self, regions: list[str], names: Names) -> None:
        super().__init__()
        self.names = names
        self.marked: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(translate(
            "Study", "Click each region on the diagram to mark it; click again to unmark."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.list = StepList()
        self.list.setAccessibleName(translate("Study", "Marked regions (Delete removes one)"))
        self.list.removal_requested.connect(self._on_list_removal_requested)
        self.list.setMaximumHeight(130)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("Study", "Mark a region by name"))
        self.chooser.addItem(translate("Study", "Or mark a region by name\u2026"), "")
        for region in sorted(regions, key=lambda r: names(f"region:{r}")):
            self.chooser.addItem(names(f"region:{region}"), region)
        self.chooser.activated.connect(self._on_chooser_activated)
        layout.addWidget(hint)
        layout.addWidget(QLabel(translate("Study", "Marked:")))
        layout.addWidget(self.list)
        layout.addWidget(self.chooser)

    def plate_clicked(self, target: str) -> bool:
        if target.startswith("region:"):
            self.toggle(target.removeprefix("region:"))
        return True   # a click on bone or a nerve must not select it during the question

    def toggle(self, region: str) -> None:
        if region in self.marked:
            self.marked.remove(region)
        else:
            self.marked.append(region)
        self.list.clear()
        for marked in self.marked:
            self.list.addItem(QListWidgetItem(self.names(f"region:{marked}")))
        self.picked_changed.emit(list(self.marked))
        self.answer_changed.emit()

    def response(self) -> object | None:
        return list(self.marked) if self.marked else None

    def _on_chooser_activated(self, index: int) -> None:
        region = self.chooser.itemData(index)
        if region:
            self.toggle(region)
        self.chooser.setCurrentIndex(0)

    def _on_list_removal_requested(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.marked):
            self.toggle(self.marked[row])


class OrderWidget(QuestionWidget):
    """Reorder by drag and drop, by the Up/Down buttons, or Ctrl+Up/Ctrl+Down in the list."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = StepList()
        self.list.setAccessibleName(translate("Study", "Steps to put in order"))
        self.list.setToolTip(translate("Study", "Drag a step, or move it with Ctrl+Up / Ctrl+Down"))
        self.list.step_requested.connect(self.move)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.addItems(order)
        self.list.setCurrentRow(0)
        self.list.model().rowsMoved.connect(lambda *_: self.answer_changed.emit())
        buttons = QVBoxLayout()
        self.up, self.down = (QPushButton(translate("Study", "\u2191 Up")),
                              QPushButton(translate("Study", "\u2193 Down")))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def move(self, step: int) -> None:
        """Move the current step up or down one place, keeping it current."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.answer_changed.emit()

    def response(self) -> object | None:
        return [self.list.item(i).text() for i in range(self.list.count())]


def make_widget(question: Question, order: list[str], names: Names, targets: list[str],
                regions: list[str]) -> QuestionWidget:
    """The input widget for any question type."""
    if isinstance(question, TrueFalse):
        return TrueFalseWidget(question)
    if isinstance(question, ClickDiagram):
        return ClickWidget(targets, names)
    if isinstance(question, MarkRegions):
        return RegionsWidget(regions, names)
    if isinstance(question, OrderPathway):
        return OrderWidget(order)
    return ChoiceWidget(question, order, names)
