"""A learner turns on sending in Settings, answers reach a real LRS in the background, and the
instructor reads the class back from it in the class view."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableWidget

from spinetutor.core.xapi_class import fetch_class
from spinetutor.core.xapi_client import Lrs
from spinetutor.core.xapi_config import XapiSettings
from spinetutor.ui.progress.class_view import ClassView
from spinetutor.ui.progress.lrs_dialog import LrsDialog
from spinetutor.ui.progress.store_service import StoreService
from spinetutor.ui.progress.xapi_sender import XapiSender
from tests.core.ralph_lrs import SECRET, USER, ralph_executable, ralph_server

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def service(qtbot, tmp_path: Path):
    clock = iter(START + timedelta(seconds=30 * n) for n in range(10_000))
    svc = StoreService(tmp_path / "progress.sqlite3", clock=lambda: next(clock))
    svc.create_profile("ana")
    svc.set_profile("ana")
    yield svc
    svc.close()


def test_settings_refuse_to_send_until_filled_in_and_never_show_the_secret(qtbot, service):
    """Ticking 'send' with a missing secret or a wrong registration says what to fix; a good
    form is saved for this learner only; the secret is never shown as text."""
    dialog = LrsDialog(service)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.endpoint.setText("https://lrs.school.example/xAPI/")
    dialog.username.setText("key-1")
    dialog.registration.setText("week 3")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert "key and secret" in dialog.verdict.text() and "UUID" in dialog.verdict.text()
    assert service.store.xapi_settings("ana") == XapiSettings()   # nothing saved yet
    dialog.secret.setText("hunter2-secret")
    registration = str(uuid.uuid4())
    dialog.registration.setText(registration)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = service.store.xapi_settings("ana")
    assert saved.enabled and saved.registration == registration and saved.account == "ana"
    assert "hunter2" not in repr(saved)
    assert all("hunter2" not in label.text() for label in dialog.findChildren(QLabel))
    assert service.store.xapi_settings("ben") == XapiSettings()   # others: still off


def test_the_guest_cannot_turn_sending_on(qtbot, tmp_path: Path):
    """The guest keeps nothing, so the dialog says to choose a learner and cannot save."""
    svc = StoreService(tmp_path / "p.sqlite3")
    try:
        dialog = LrsDialog(svc)
        qtbot.addWidget(dialog)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and "learner" in dialog.verdict.text()
    finally:
        svc.close()


@pytest.mark.skipif(ralph_executable() is None, reason="Ralph LRS (test extra) not installed")
def test_answers_go_in_the_background_and_the_class_view_reads_them(qtbot, service,
                                                                    tmp_path: Path):
    """With sending on, answers reach the LRS without the learner doing anything (status:
    'all sent'); nothing goes while it is off; the class view then shows the class."""
    registration = str(uuid.uuid4())
    with ralph_server(tmp_path / "ralph") as endpoint:
        sender = XapiSender(service)
        for n in range(12):
            service.record(f"q-{n}", 1.0 if n % 4 else 0.0, bool(n % 4))
        sender.send_now()                                   # off: nothing leaves
        assert service.store.outbox_size() == 12 and sender.status == ""
        service.store.save_xapi_settings("ana", XapiSettings(
            True, endpoint, USER, SECRET, "ana.garcia", "https://school.example", registration))
        sender.refresh()
        assert "12 waiting" in sender.status
        sender.send_now()
        qtbot.waitUntil(lambda: "all sent" in sender.status, timeout=60_000)
        assert service.store.outbox_size() == 0
        rows = fetch_class(Lrs(endpoint, USER, SECRET), registration)
    assert len(rows) == 12 and {r.profile for r in rows} == {"ana.garcia"}
    view = ClassView()
    qtbot.addWidget(view)
    view.load_rows(rows, "the LRS")
    assert "1 learner" in view.overview.text() and "12 answers" in view.overview.text()
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    by_learner = view.tabs.widget(titles.index("By learner"))
    assert isinstance(by_learner, QTableWidget) and by_learner.rowCount() == 1
    assert by_learner.item(0, 0).text() == "ana.garcia" and by_learner.item(0, 3).text() == "3"


def test_the_class_summary_exports_as_csv_and_prints(qtbot, tmp_path: Path) -> None:
    """An instructor keeps the class results: the CSV has a row per question, root and
    learner; printing to PDF gives a document with every table."""
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from spinetutor.core.progress_csv import CsvAnswer

    rows = [CsvAnswer(name, f"q-{n}", n % 2 == 0, float(n % 2 == 0), START)
            for name in ("ana", "ben") for n in range(4)]
    view = ClassView({"q-0": ("L5",), "q-1": ("S1",)})
    qtbot.addWidget(view)
    assert not view.export_button.isEnabled()
    view.load_rows(rows, "the LRS")
    assert view.export_button.isEnabled() and view.print_button.isEnabled()
    out = view.export_summary(tmp_path / "class.csv")
    lines = out.read_text().splitlines()
    assert lines[0] == "view,key,answers,learners,right_percent,missed"
    assert "learner,ana,4,1,50.0,2" in lines and "root_or_topic,L5,2,2,100.0,0" in lines
    assert sum(line.startswith("question,") for line in lines) == 4
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "class.pdf"))
    assert view.print_summary(printer)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "class.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "By learner" in text and "ben" in text and "Most missed" in text
