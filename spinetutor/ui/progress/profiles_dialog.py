"""Choose who is learning at start: several learners share classroom PCs, each with a profile.

Names are typed inline (no pop-up prompts) so the whole flow works from the keyboard and in
tests; only deleting asks for confirmation, because it removes a learner's history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.progress import GUEST
from spinetutor.core.progress_errors import ProgressStoreError
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.progress.store_service import StoreService

LAST_PROFILE_KEY = "progress/last_profile"


class ProfilesDialog(QDialog):
    """Pick, create, rename or delete a learner, or continue as a guest who keeps nothing."""

    def __init__(self, service: StoreService, settings: QSettings | None = None,
                 parent: QWidget | None = None, offer_consultation: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Progress", "Who is learning?"))
        self.service = service
        self.settings = settings or QSettings()
        self.chosen: str | None = None
        self.consultation = False  # True: start in Consultation, no learner, nothing kept
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("Progress", "Your name"))
        self.name_edit.returnPressed.connect(self._on_create_button_clicked)
        self.create_button = QPushButton(translate("Progress", "Add learner"))
        self.rename_button = QPushButton(translate("Progress", "Rename to this name"))
        self.delete_button = QPushButton(translate("Progress", "Delete…"))
        self.start_button = QPushButton(translate("Progress", "Start"))
        self.start_button.setDefault(True)
        self.guest_button = QPushButton(
            translate("Progress", "Continue as guest — nothing is kept"))
        self.consult_button = QPushButton(
            translate("Progress", "Consultation with a patient — no learner, nothing kept"))
        self.consult_button.setObjectName("start-consultation")
        self.consult_button.setVisible(offer_consultation)
        self.consult_button.clicked.connect(self._on_consult_button_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        themes.follow(self, self.restyle)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.guest_button.clicked.connect(self._on_guest_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "Progress", "Choose your name to keep your progress on this computer.")))
        layout.addWidget(self.list, 1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.create_button)
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.delete_button)
        layout.addLayout(edit_row)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.guest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addWidget(self.consult_button)
        self.resize(520, 380)
        self._reload(self.settings.value(LAST_PROFILE_KEY, "", type=str))

    # -- helpers ----------------------------------------------------------------------------
    def restyle(self) -> None:
        """Names a little larger than body text; messages in the theme's problem colour."""
        self.list.setStyleSheet(f"QListWidget {{ font-size: {themes.rel_pt(1.2)}pt; }} "
                                "QListWidget::item { padding: 4px; }")
        self.message.setStyleSheet(f"color: {themes.color('wrong')};")
        # the name field keeps room for its hint ("Your name") and a name beside the three
        # buttons: at 1366x768 in Spanish it was squeezed to "Su no…"
        metrics = self.name_edit.fontMetrics()
        self.name_edit.setMinimumWidth(max(metrics.horizontalAdvance(
            self.name_edit.placeholderText()), metrics.averageCharWidth() * 14) + 24)

    def _reload(self, select: str | None = None) -> None:
        self.list.clear()
        for name in self.service.profiles():
            item = QListWidgetItem(name)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _update_buttons(self) -> None:
        name = self.selected()
        for button in (self.rename_button, self.delete_button, self.start_button):
            button.setEnabled(name is not None)
        self.start_button.setText(translate("Progress", "Start as {name}").format(name=name)
                                  if name else translate("Progress", "Start"))

    def _tell(self, text: str) -> None:
        self.message.setText(text)

    def _try(self, action) -> object | None:
        """Run a profile change; a bad name or an unwritable store becomes a message."""
        try:
            return action()
        except (ValueError, ProgressStoreError) as error:
            self._tell(str(error))
            return None

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting; tests replace this to answer without a modal box."""
        answer = QMessageBox.question(
            self, translate("Progress", "Delete learner"),
            translate("Progress", "Delete {name} and all of {name}'s answers and review "
                      "schedule? This cannot be undone here.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self, name: str) -> None:
        self.chosen = name
        self.service.set_profile(name)
        if name != GUEST:
            self.settings.setValue(LAST_PROFILE_KEY, name)
            self.settings.sync()
        self.accept()

    # -- slots ------------------------------------------------------------------------------
    def _on_list_current_item_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_list_item_double_clicked(self, item: QListWidgetItem) -> None:
        self._finish(item.text())

    def _on_create_button_clicked(self) -> None:
        name = self._try(lambda: self.service.create_profile(self.name_edit.text()))
        if name:
            self.name_edit.clear()
            self._tell("")
            self._reload(str(name))

    def _on_rename_button_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        name = self._try(lambda: self.service.rename_profile(old, self.name_edit.text()))
        if name:
            self.name_edit.clear()
            self._tell("")
            if self.settings.value(LAST_PROFILE_KEY, "", type=str) == old:
                self.settings.setValue(LAST_PROFILE_KEY, str(name))
            self._reload(str(name))

    def _on_delete_button_clicked(self) -> None:
        name = self.selected()
        if name is None or not self.confirm_delete(name):
            return
        self._tell("")
        if self._try(lambda: self.service.delete_profile(name) or True):
            self._tell(translate("Progress", "{name} was deleted.").format(name=name))
            self._reload()

    def _on_start_button_clicked(self) -> None:
        name = self.selected()
        if name is not None:
            self._finish(name)

    def _on_guest_button_clicked(self) -> None:
        self._finish(GUEST)

    def _on_consult_button_clicked(self) -> None:
        self.consultation = True
        self._finish(GUEST)


def choose_profile(service: StoreService, parent: QWidget | None = None,
                   settings: QSettings | None = None,
                   start_consultation: Callable[[], None] | None = None) -> str:
    """Show the chooser at start; closing it without a choice means studying as a guest.

    With `start_consultation`, the chooser also offers "Consultation with a patient": a
    clinician starts there as the guest (nothing recorded) without choosing a learner.
    """
    dialog = ProfilesDialog(service, settings, parent,
                            offer_consultation=start_consultation is not None)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        service.set_profile(GUEST)
        return GUEST
    if dialog.consultation and start_consultation is not None:
        start_consultation()
    return dialog.chosen
