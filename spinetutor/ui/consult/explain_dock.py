"""The right-hand panel: red flags, the ranked explanation or a condition, note and handout.

Why one panel: everything the patient takes home is visible in one place, top to bottom in
the order the handout prints it, and the disclaimer is never scrolled away.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.conditions import ConditionLibrary
from spinetutor.ui import themes
from spinetutor.ui.consult.conditions_panel import ConditionsPanel
from spinetutor.ui.consult.explanation_panel import ExplanationPanel
from spinetutor.ui.consult.red_flag_panel import RedFlagPanel
from spinetutor.ui.consult.style import consult_font
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.flow_layout import FlowLayout
from spinetutor.ui.panels.scrolling import vertical_scroll
from spinetutor.ui.panels.wrapping import WrapButton

FINDINGS_TAB, CONDITION_TAB = 0, 1


class ExplainDock(QWidget):
    save_requested = Signal()
    print_requested = Signal()
    tab_changed = Signal(int)

    def __init__(self, library: ConditionLibrary, disclaimer: str,
                 parent: QWidget | None = None, refs: Mapping[str, str] | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Everything but the disclaimer scrolls as one, so at large text sizes the red-flag
        # box keeps its full height instead of being squeezed under the tabs.
        body = QWidget()
        layout = QVBoxLayout(body)
        self.red_flags = RedFlagPanel()
        layout.addWidget(self.red_flags)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Consult", "What it may mean"))
        self.explanation = ExplanationPanel(library, refs=refs)
        self.conditions = ConditionsPanel(library)
        titles = (translate("Consult", "What it suggests"),
                  translate("Consult", "Explain a condition"))
        self.tabs.addTab(self.explanation, titles[0])
        self.tabs.addTab(self.conditions, titles[1])
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        # The pages are chosen with two toggle buttons that wrap onto two rows at large text
        # (a tab bar needed 570 px for both titles at 200 % and squeezed the plate, or cut
        # "Explain a condition" off); Ctrl+Tab still turns the page.
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.page_buttons = QButtonGroup(self)
        pages = FlowLayout()
        for index, title in enumerate(titles):
            button = WrapButton(title)
            button.setCheckable(True)
            button.setChecked(index == 0)
            button.setObjectName(f"consult-page-{index}")
            button.clicked.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.page_buttons.addButton(button, index)
            pages.addWidget(button)
        layout.addLayout(pages)
        layout.addWidget(self.tabs, 1)
        note_label = QLabel(translate("Consult", "Note for the handout:"))
        note_label.setWordWrap(True)   # at 200 % text it wraps rather than widen the panel
        layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("Consult", "For example: exercises to try, when to come back"))
        self.note.setMaximumHeight(90)
        self.note.setAccessibleName(translate("Consult", "Note for the handout"))
        self.note.setTabChangesFocus(True)   # Tab leaves the note; it never types a tab
        layout.addWidget(self.note)
        fields = FlowLayout()  # printed in the handout's heading; the clinic stays for the day
        self.clinic = QLineEdit()
        self.clinic.setPlaceholderText(translate("Consult", "Clinic name"))
        self.clinic.setAccessibleName(translate("Consult", "Clinic name for the handout"))
        self.clinic.setMinimumWidth(180)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        # the month in words, in the patient's language ('8 Dec 2026', '8 dic 2026'): a
        # bare '8 12 2026' reads as August in the United States
        self.date.setLocale(QLocale(language))
        self.date.setDisplayFormat(translate("Consult", "d MMM yyyy",
                                             "Qt date format of the handout's date field"))
        self.date.setAccessibleName(translate("Consult", "Date for the handout"))
        field = self.date.findChild(QLineEdit)   # where the keyboard types the date
        if field is not None:
            field.setAccessibleName(self.date.accessibleName())
        fields.addWidget(self.clinic)
        fields.addWidget(self.date)
        layout.addLayout(fields)
        buttons = FlowLayout()  # the two buttons stack when the text is large
        self.save_button = WrapButton(translate("Consult", "Save handout as PDF\u2026"))
        self.save_button.clicked.connect(self.save_requested)
        self.print_button = WrapButton(translate("Consult", "Preview and print\u2026"))
        self.print_button.clicked.connect(self.print_requested)
        for button, keys in ((self.save_button, QKeySequence.StandardKey.Save),
                             (self.print_button, QKeySequence.StandardKey.Print)):
            shortcut = QShortcut(keys, self, button.animateClick)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            button.setToolTip(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.scroll = vertical_scroll(body, translate("Consult", "What it may mean"))
        body.installEventFilter(self)
        outer.addWidget(self.scroll, 1)
        self.disclaimer = QLabel(disclaimer)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setContentsMargins(9, 0, 9, 9)
        outer.addWidget(self.disclaimer)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Large type from the application font (type scale included), theme colours."""
        self.setFont(consult_font())
        self.disclaimer.setFont(consult_font(0.85))
        # the tabs keep room for a few lines of reasons however large the text
        self.tabs.setMinimumHeight(QFontMetrics(consult_font()).height() * 9)
        self.disclaimer.setStyleSheet(
            f"color: {themes.color('muted')}; padding-top: 4px; "
            f"border-top: {themes.outline()}px solid {themes.color('rule')};")
        self._fit_width()

    def _fit_width(self) -> None:
        """The panel is never narrower than what it holds needs (the tabs' titles, the
        urgent box at 200 % text): a narrower dock cut "Explain a condition" off."""
        body = self.scroll.widget()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = self.scroll.contentsMargins()
        self.scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + frame.left()
                                    + frame.right())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LayoutRequest:   # red flags shown or hidden
            self._fit_width()
        return False

    def explaining_condition(self) -> bool:
        return self.tabs.currentIndex() == CONDITION_TAB and self.conditions.current is not None

    def reset(self) -> None:
        self.note.clear()
        self.date.setDate(QDate.currentDate())
        self.conditions.clear()
        self.tabs.setCurrentIndex(FINDINGS_TAB)
        self.explanation.show_result(None)
        self.red_flags.show_flags(())

    def _on_tabs_current_changed(self, index: int) -> None:
        self.page_buttons.button(index).setChecked(True)
        self.tab_changed.emit(index)
