"""With Spanish installed, the progress screens and the Present mode read Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from spinetutor.core.progress import GUEST, ProgressStore
from spinetutor.ui.progress.class_view import export_results
from spinetutor.ui.progress.dashboard import ProgressDashboard
from spinetutor.ui.progress.profiles_dialog import ProfilesDialog
from spinetutor.ui.progress.store_service import StoreService, not_saved_message
from tests.ui.conftest import start_presenting

NOW = datetime(2025, 5, 23, 15, 0, tzinfo=UTC)
TAGS = {f"s1-q{n}": ("S1",) for n in range(4)}
LESSON = """\
lesson:
  id: drop
  title: Foot drop
  topic: Foot drop
  level: intro
  minutes: 5
  objectives: [Tell L5 from the peroneal nerve]
  sources: ["Textbook"]
  sections:
    - id: disc
      title: The disc
      text: The L4-L5 disc presses on L5.
      actions:
        - select: disc:L4-L5
    - id: nerve
      title: The nerve
      text: Round the fibular head.
  translations:
    es:
      title: Pie caído
      sections:
        disc: {title: El disco, text: El disco L4-L5 comprime L5.}
quiz:
  id: drop-quiz
  title: Foot drop check
  questions:
    - id: q1
      type: true_false
      prompt: L5 supplies ankle dorsiflexion.
      explanation: Tibialis anterior is mainly L4-L5.
      about: [root:L5]
      answer: true
"""


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
    assert dash.weak_rows.itemAtPosition(0, 1).widget().text() == "Estudiar esto"
    texts = [label.text() for label in dash.findChildren(QLabel)]
    assert "aciertos en total" in texts and "Aciertos por raíz" in texts
    message = not_saved_message(OSError("SpineTutor could not save your progress because the "
                                        "disk is full. Free some space and try again. Earlier "
                                        "progress is safe."))
    assert message.startswith("Ahora mismo no se pueden guardar sus respuestas: el disco está")
    svc.close()


@pytest.fixture
def presenting(spanish, qtbot, tmp_path):
    """A main window presenting a small pack, with Spanish installed before it was built."""
    root = tmp_path / "pack"
    root.mkdir()
    (root / "drop.yaml").write_text(LESSON, encoding="utf-8")
    window, mode = start_presenting(qtbot, root)
    yield window, mode
    if window.mode is mode:
        mode.leave()


def press(qtbot, window, name: str) -> None:
    qtbot.keyClick(window.focusWidget() or window.view, getattr(Qt.Key, f"Key_{name}"))


def test_spanish_present_key_sheet_slides_and_tools(presenting, qtbot) -> None:
    """The key sheet describes every key in Spanish (key names stay keys); the slide, reveal
    strip, class question and comparison read Spanish too."""
    window, mode = presenting
    assert mode.stage.slide.title.text() == "El disco"
    assert mode.stage.slide.header.text().startswith("Pie caído")
    assert mode.actions["blank"].text() == "Pantalla en negro sí / no"
    press(qtbot, window, "Question")
    assert mode.sheet is not None and mode.sheet.windowTitle() == "Presentación: teclas"
    sheet = mode.sheet.text.toPlainText()
    for words in ("Diapositivas", "Pantalla en negro", "Deshacer el último trazo",
                  "PgDown", "Space", "Ctrl+Z", "Esc"):
        assert words in sheet
    for english in ("Black screen", "Slides", "Undo the last"):
        assert english not in sheet
    mode.sheet.close()
    press(qtbot, window, "R")
    assert "Raíz:" in mode.stage.slide.footer.text()
    assert "raíz L5" in mode.stage.slide.footer.text()
    press(qtbot, window, "P")
    assert "Lápiz" in mode.stage.slide.footer.text()
    press(qtbot, window, "P")
    press(qtbot, window, "Q")
    page = mode.stage.question
    assert page.header.text().startswith("Pregunta a la clase 1 de 1")
    assert "Verdadero" in page.choices.text() and "Falso" in page.choices.text()
    press(qtbot, window, "E")
    assert "Por qué:" in page.explanation.text()
    press(qtbot, window, "C")
    compare = mode.stage.compare
    assert compare.heading.text().startswith("Comparar")
    table = compare.table.text()
    assert "Solo Raíz nerviosa L5" in table and "Ambos" in table
    assert "Piel (pérdida de sensibilidad, dolor)" in table
