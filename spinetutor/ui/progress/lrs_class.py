"""Read a class's answers back from an LRS into the class view, off the UI thread, with a
progress window that counts pages and can be cancelled (a class of 300 is 150,000 answers)."""

from __future__ import annotations

import threading
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.xapi_class import fetch_class
from spinetutor.core.xapi_client import Lrs, LrsError
from spinetutor.core.xapi_config import XapiSettings
from spinetutor.ui.i18n import translate

if TYPE_CHECKING:
    from spinetutor.ui.progress.class_view import ClassView
    from spinetutor.ui.progress.store_service import StoreService


class LrsClassForm(QDialog):
    """Where the class is: the LRS address, a key and secret that may read it, the class."""

    def __init__(self, known: XapiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Progress", "Class results from an LRS"))
        self.endpoint = QLineEdit(known.endpoint)
        self.username = QLineEdit(known.username)
        self.secret = QLineEdit(known.secret)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.registration = QLineEdit(known.registration)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for label, field in ((translate("Progress", "LRS address"), self.endpoint),
                             (translate("Progress", "Key"), self.username),
                             (translate("Progress", "Secret"), self.secret),
                             (translate("Progress", "Class registration"), self.registration)):
            field.setAccessibleName(label)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.lrs: Lrs | None = None

    def _check(self) -> None:
        registration = self.registration.text().strip()
        try:
            if registration:
                uuid.UUID(registration)
            self.lrs = Lrs(self.endpoint.text().strip(), self.username.text().strip(),
                           self.secret.text())
        except ValueError as error:
            text = str(error) if "endpoint" in str(error) else translate(
                "Progress", "The class registration is a UUID your LRS gave the class.")
            self.problem.setText(text)
            return
        self.accept()


class _Fetch(QObject):
    page = Signal(int, int)
    done = Signal(object)   # list of rows, or an error message

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()


def read_class_from_lrs(view: ClassView, service: StoreService | None) -> None:
    known = XapiSettings()
    if service is not None and service.store is not None and not service.is_guest:
        known = service.store.xapi_settings(service.profile)
    form = LrsClassForm(known, view)
    if form.exec() != QDialog.DialogCode.Accepted or form.lrs is None:
        return
    lrs, registration = form.lrs, form.registration.text().strip()
    progress = QProgressDialog(translate("Progress", "Reading the class from the LRS…"),
                               translate("Progress", "Stop"), 0, 0, view)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    fetch = _Fetch()
    view._lrs_fetch = fetch  # type: ignore[attr-defined]  # kept alive until done
    progress.canceled.connect(fetch.cancelled.set)
    fetch.page.connect(lambda pages, n: progress.setLabelText(
        translate("Progress", "Reading the class from the LRS… {n} records so far")
        .format(n=n)))

    def finished(outcome: object) -> None:
        progress.reset()
        if isinstance(outcome, str):
            view.overview.setText(translate("Progress", "The class could not be read: {why}.")
                                  .format(why=outcome))
            return
        source = translate("Progress", "the LRS at {address}").format(address=lrs.endpoint)
        view.load_rows(outcome, source)  # type: ignore[arg-type]

    fetch.done.connect(finished)

    def work() -> None:
        try:
            rows = fetch_class(lrs, registration,
                               lambda pages, n: (fetch.page.emit(pages, n),
                                                 not fetch.cancelled.is_set())[1])
        except LrsError as error:
            fetch.done.emit(str(error))
            return
        fetch.done.emit(rows)

    threading.Thread(target=work, name="xapi-class", daemon=True).start()
