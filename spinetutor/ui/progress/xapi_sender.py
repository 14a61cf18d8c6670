"""Sends the current learner's queued xAPI statements in the background, when they turned
sending on: a few seconds after each answer and every few minutes, never on the UI thread.

The status line says what a learner needs to know: how many records wait, when they last
reached the LRS, or why they could not (offline is normal: they go later).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from spinetutor.ui.i18n import translate
from spinetutor.ui.progress.store_service import StoreService

if TYPE_CHECKING:  # the HTTP client is imported at the first send, not at start-up
    from spinetutor.core.xapi_config import XapiSettings
    from spinetutor.core.xapi_send import SendReport

AFTER_ANSWER_MS = 5_000
EVERY_MS = 180_000
SEND_BUDGET_S = 60.0  # one background pass stops after this, the rest goes next time


class XapiSender(QObject):
    status_changed = Signal(str)
    _finished = Signal(object)   # SendReport or an error message, from the worker thread

    def __init__(self, service: StoreService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._busy = False
        self._soon = QTimer(self, singleShot=True, interval=AFTER_ANSWER_MS)
        self._soon.timeout.connect(self.send_now)
        self._every = QTimer(self, interval=EVERY_MS)
        self._every.timeout.connect(self.send_now)
        self._every.start()
        self._finished.connect(self._on_finished)
        service.answers_changed.connect(self._soon.start)
        service.profile_changed.connect(lambda _name: self.refresh())
        self.status = ""

    def settings(self) -> XapiSettings | None:
        store = self.service.store
        if store is None or self.service.is_guest:
            return None
        try:
            return store.xapi_settings(self.service.profile)
        except Exception:  # a damaged table must not stop studying
            return None

    def refresh(self) -> None:
        """Say where sending stands without sending (after a learner switch or a save)."""
        settings = self.settings()
        if settings is None or not settings.enabled:
            self._set("")
            return
        self._set(self._waiting_text())
        self._soon.start()

    def _waiting_text(self) -> str:
        store = self.service.store
        waiting = store.outbox_size() if store is not None else 0
        if not waiting:
            return translate("Progress", "Learning records: all sent")
        return translate("Progress", "Learning records: {n} waiting to send").format(n=waiting)

    def send_now(self) -> None:
        settings = self.settings()
        if self._busy or settings is None or not settings.enabled or settings.problems():
            return
        store = self.service.store
        if store is None or not store.outbox_size():
            self._set(translate("Progress", "Learning records: all sent"))
            return
        from spinetutor.core.xapi_client import Lrs
        from spinetutor.core.xapi_send import open_outbox, send
        from spinetutor.core.xapi_statements import Learner

        self._busy = True
        learner = Learner(settings.account, settings.home_page, settings.registration or None)
        path = store.path
        lrs = Lrs(settings.endpoint, settings.username, settings.secret)

        def work() -> None:
            try:
                conn = open_outbox(path)
                try:
                    report = send(conn, lrs, {self.service.profile: learner},
                                  deadline=time.time() + SEND_BUDGET_S)
                finally:
                    conn.close()
            except Exception as error:  # the worker reports, it never raises into Qt
                self._finished.emit(str(error))
                return
            self._finished.emit(report)

        threading.Thread(target=work, name="xapi-send", daemon=True).start()

    def _on_finished(self, outcome: SendReport | str) -> None:
        self._busy = False
        if isinstance(outcome, str) or outcome.error:
            error = outcome if isinstance(outcome, str) else outcome.error
            waiting = None if isinstance(outcome, str) else outcome.remaining
            text = translate("Progress", "Learning records not sent ({error}); "
                             "they will go later").format(error=error)
            if waiting is not None:
                text += translate("Progress", " · {n} waiting").format(n=waiting)
            self._set(text)
            return
        clock = time.strftime("%H:%M")
        self._set(translate("Progress", "Learning records: all sent at {time}").format(time=clock)
                  if not outcome.remaining else
                  translate("Progress", "Learning records: {n} waiting to send")
                  .format(n=outcome.remaining))

    def _set(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)
