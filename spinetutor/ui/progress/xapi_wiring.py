"""Puts xAPI into the window: Progress > Learning Record Store…, the background sender and its
status line, and the pack's id on every queued statement."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from spinetutor.core.activity_ids import pack_slug
from spinetutor.ui.i18n import translate
from spinetutor.ui.progress.store_service import StoreService
from spinetutor.ui.progress.xapi_sender import XapiSender
from spinetutor.ui.study.mode import StudyMode


def wire_xapi(window: QMainWindow, service: StoreService, menu: QMenu,
              study: StudyMode) -> XapiSender:
    service.xapi_context = {"pack": pack_slug(study.pack_root)}
    study.quiz_finished.connect(lambda result: service.record_completion(
        "quiz", result.quiz_id, result.score, result.passed))
    sender = XapiSender(service, parent=window)
    label = QLabel()
    label.setAccessibleName(translate("Progress", "Learning records"))
    label.hide()

    def show(text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    sender.status_changed.connect(show)
    window.statusBar().addPermanentWidget(label)

    def open_settings() -> None:
        from spinetutor.ui.progress.lrs_dialog import LrsDialog

        LrsDialog(service, window).exec()
        sender.refresh()

    action = QAction(translate("App", "Learning &Record Store\u2026"), window)
    action.triggered.connect(open_settings)
    menu.addAction(action)
    sender.refresh()
    return sender
