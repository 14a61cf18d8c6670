"""Settings > Learning Record Store: where a learner's records go, and whether they go at all.

Sending is off until the learner ticks it; the fields are checked in plain words before it can
be turned on, and "Test connection" tries the address and the key and secret (in the
background, so a slow school network never freezes the window).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.progress_errors import ProgressStoreError
from spinetutor.core.xapi_client import Lrs, LrsError
from spinetutor.core.xapi_config import XapiSettings
from spinetutor.ui.i18n import translate
from spinetutor.ui.progress.store_service import StoreService


class LrsDialog(QDialog):
    tested = Signal(str)   # the connection test's verdict, from its worker thread

    def __init__(self, service: StoreService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Progress", "Learning Record Store"))
        self.service = service
        current = (service.store.xapi_settings(service.profile)
                   if service.store is not None and not service.is_guest else XapiSettings())
        intro = QLabel(translate(
            "Progress", "Your school can collect what you answer in a Learning Record Store "
            "(xAPI). Nothing is sent unless you tick the box below. Ask your instructor for "
            "the address, key and secret and the class registration."))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(translate("Progress", "Send my learning records to this LRS"))
        self.enabled.setChecked(current.enabled)
        self.endpoint = QLineEdit(current.endpoint)
        self.endpoint.setPlaceholderText("https://lrs.school.example/xAPI/")
        self.username = QLineEdit(current.username)
        self.secret = QLineEdit(current.secret)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.account = QLineEdit(current.account or service.profile)
        self.home_page = QLineEdit(current.home_page)
        self.registration = QLineEdit(current.registration)
        self.registration.setPlaceholderText("9e3b1c3a-4f7d-4e8e-9a51-2a6f0c1d7b42")
        form = QFormLayout()
        for label, field in (
            (translate("Progress", "LRS address"), self.endpoint),
            (translate("Progress", "Key"), self.username),
            (translate("Progress", "Secret"), self.secret),
            (translate("Progress", "Your account name"), self.account),
            (translate("Progress", "Account belongs to (address)"), self.home_page),
            (translate("Progress", "Class registration"), self.registration),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.test_button = QPushButton(translate("Progress", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.enabled)
        layout.addWidget(self.test_button)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.tested.connect(self._on_tested)
        if service.is_guest or service.store is None:
            self.verdict.setText(translate(
                "Progress", "Choose a learner first: the guest keeps nothing, so it sends "
                "nothing."))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def settings(self) -> XapiSettings:
        return XapiSettings(self.enabled.isChecked(), self.endpoint.text().strip(),
                            self.username.text().strip(), self.secret.text(),
                            self.account.text().strip(), self.home_page.text().strip(),
                            self.registration.text().strip())

    def save(self) -> None:
        settings = self.settings()
        problems = settings.problems()
        if settings.enabled and problems:
            self.verdict.setText(translate("Progress", "Before sending can start: {what}.")
                                 .format(what="; ".join(problems)))
            return
        try:
            assert self.service.store is not None
            self.service.store.save_xapi_settings(self.service.profile, settings)
        except (ProgressStoreError, ValueError) as error:
            self.verdict.setText(str(error))
            return
        self.accept()

    def test_connection(self) -> None:
        settings = self.settings()
        try:
            lrs = Lrs(settings.endpoint, settings.username, settings.secret)
        except ValueError as error:
            self.verdict.setText(str(error))
            return
        self.test_button.setEnabled(False)
        self.verdict.setText(translate("Progress", "Trying {address}…")
                             .format(address=settings.endpoint))

        def work() -> None:
            try:
                versions = lrs.check()
            except LrsError as error:
                self.tested.emit(translate("Progress", "Not connected: {why}.").format(why=error))
                return
            text = translate("Progress", "Connected: the LRS accepted the key and secret.")
            if versions:
                text += " " + translate("Progress", "xAPI {versions}.").format(versions=versions)
            self.tested.emit(text)

        threading.Thread(target=work, name="xapi-test", daemon=True).start()

    def _on_tested(self, verdict: str) -> None:
        self.test_button.setEnabled(True)
        self.verdict.setText(verdict)
