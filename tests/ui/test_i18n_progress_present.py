"""With Spanish installed, the progress screens and the Present mode read Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from spinetutor.core.progress import GUEST, ProgressStore
from spinetutor.ui.i18n import install_language
from spinetutor.ui.progress.class_view import export_results
from spinetutor.ui.progress.dashboard import ProgressDashboard
from spinetutor.ui.progress.profiles_dialog import ProfilesDialog
from spinetutor.ui.progress.store_service import StoreService, not_saved_message

NOW = datetime(2025, 5, 23, 15, 0, tzinfo=UTC)
TAGS = {f"s1-q{n}": ("S1",) for n in range(4)}


@pytest.fixture
def spanish(qapp):
    """Spanish installed for one test; English (the default) put back afterwards."""
    assert install_language("es")
    yield qapp
    install_language("en")


@pytest.fixture
def service(qtbot, tmp_path):
    svc = StoreService(tmp_path / "progress.sqlite3", clock=lambda: NOW)
    yield svc
    svc.close()


def test_spanish_dashboard_empty_state(spanish, qtbot, service, tmp_path) -> None:
    """A new learner's empty dashboard and the profile chooser are in Spanish."""
    service.create_profile("Ana")
    service.set_profile("Ana")
    dash = ProgressDashboard(service, TAGS)
    qtbot.addWidget(dash)
    dash.show()
    qtbot.waitExposed(dash)
    assert dash.pages.currentIndex() == 0
    texts = [label.text() for label in dash.findChildren(QLabel)]
    assert "Todavía no hay respuestas" in texts
    assert dash.empty_hint.text().startswith("Responda algunas preguntas")
    assert dash.start_button.text() == "Empezar la primera lección"
    service.set_profile(GUEST)
    dash.refresh()
    assert dash.empty_hint.text().startswith("Está estudiando como invitado")
    assert export_results(service, "x.csv").startswith("Los invitados no guardan respuestas")
    dialog = ProfilesDialog(service, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "¿Quién está estudiando?"
    assert dialog.start_button.text() == "Empezar como Ana"


def test_spanish_dashboard_with_answers(spanish, qtbot, tmp_path) -> None:
    """Stats, the weakest root, its button and the save-failure notice read Spanish."""
    db = tmp_path / "progress.sqlite3"
    with ProgressStore(db, clock=lambda: NOW) as store:
        store.create_profile("Ana")
        for n, qid in enumerate(TAGS):
            store.record_answer("Ana", qid, n == 0, NOW - timedelta(hours=n + 1))
    svc = StoreService(db, clock=lambda: NOW)
    svc.set_profile("Ana")
    dash = ProgressDashboard(svc, TAGS)
    qtbot.addWidget(dash)
    dash.show()
    qtbot.waitExposed(dash)
    assert dash.title.text() == "Progreso de Ana"
    assert dash.weak_rows.itemAtPosition(0, 0).widget().text() == "Raíz S1"
    assert dash.weak_rows.itemAtPosition(0, 3).widget().text() == "Estudiar esto"
    texts = [label.text() for label in dash.findChildren(QLabel)]
    assert "aciertos en total" in texts and "Aciertos por raíz" in texts
    message = not_saved_message(OSError("SpineTutor could not save your progress because the "
                                        "disk is full. Free some space and try again. Earlier "
                                        "progress is safe."))
    assert message.startswith("Ahora mismo no se pueden guardar sus respuestas: el disco está")
    svc.close()
