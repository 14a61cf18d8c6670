"""Make the README and docs images from the app a person launches (run through screenshots.sh).

Writes docs/images/disc-L4-L5.png, region-dorsum.png, study.png, dashboard.png, consult.png and
present.png at 1920x1080.

It starts SpineTutor through its own `run_gui` (theme, settings, docks, the learner dialog) on
an X display, drives it the way a user would (choose a learner, open a lesson, click the plate,
mark the skin, switch modes) and saves the whole screen after each step into docs/images/.
A learner "Ana" with two weeks of answers to real questions of the default course is written
into the fresh data folder first, so the Progress page shows what a learner sees after study.
It refuses to run outside the fresh HOME that screenshots.sh makes.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "images"
STEP_MS = 3000


def seed_learner(store_path: Path, question_ids: list[str]) -> None:
    """Two weeks of answers by "Ana": most right, the S1 and L4 questions less often."""
    from spinetutor.core.progress import ProgressStore

    rng = random.Random(7)
    now = datetime.now(UTC)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with ProgressStore(store_path) as store:
        store.create_profile("Ana")
        for day in range(14, 0, -1):
            if day % 4 == 3:
                continue
            start = now - timedelta(days=day, minutes=60)
            session = store.start_session("Ana", start)
            for minute, qid in enumerate(rng.sample(question_ids, 9)):
                weak = "s1" in qid.lower() or "l4" in qid.lower()
                right = rng.random() > (0.55 if weak else 0.2)
                when = start + timedelta(minutes=3 + 4 * minute)
                store.record_answer("Ana", qid, right, when)
            store.end_session(session, start + timedelta(minutes=40))


def main() -> int:
    if not os.environ.get("SPINETUTOR_SCREENSHOT_HOME"):
        print("run tools/docs/screenshots.sh (it makes a fresh HOME)", file=sys.stderr)
        return 2
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    original = QtWidgets.QApplication
    steps: list = []

    class Armed(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            QTimer.singleShot(0, lambda: [QTimer.singleShot((i + 1) * STEP_MS, step)
                                          for i, step in enumerate(steps)])

    QtWidgets.QApplication = Armed

    def window():
        mains = [w for w in original.topLevelWidgets()
                 if isinstance(w, QtWidgets.QMainWindow) and w.isVisible()]
        return max(mains, key=lambda w: w.width() * w.height())

    def shoot(name: str):
        def step() -> None:
            QGuiApplication.primaryScreen().grabWindow(0).save(str(OUT / name))
            print("saved", OUT / name)
        return step

    def choose_ana() -> None:
        for top in original.topLevelWidgets():
            if isinstance(top, QtWidgets.QDialog) and top.isVisible():
                top.reject()   # the learner dialog (Ana is chosen in the next step)
        win = window()
        win.setGeometry(QGuiApplication.primaryScreen().availableGeometry())

    def study_disc() -> None:
        win = window()
        win.progress.set_profile("Ana")   # as choosing her in the dialog does
        win.set_mode("study")
        win.study.open_lesson("disc-level-vs-root")
        win.selection.select("disc:L4-L5")

    def quiz() -> None:
        win = window()
        study = win.study
        study.start_quiz(next(q for q in study.pack.quizzes if q.id == "root-to-foot-practice"))

    def dorsum() -> None:
        win = window()
        win.selection.select("region:dorsum_of_foot")

    def dashboard() -> None:
        win = window()
        dock = win.findChild(QtWidgets.QDockWidget, "dock-progress")
        dock.show()
        dock.raise_()

    def consult() -> None:
        win = window()
        win.set_mode("consult")
        mode = win.modes["consult"]
        panel = mode.findings_panel
        panel.set_symptom("pain")
        for region in ("dorsum_of_foot", "great_toe", "anterolateral_leg"):
            panel.toggle_region(region)
        panel.exam.set_value("movements", "great_toe_extension", "weak")
        panel.exam.set_value("reflexes", "achilles", "normal")

    def wait() -> None:
        """A step's time for the panels to settle."""

    def present() -> None:
        win = window()
        win.modes["consult"].forget_patient()   # leaving with a patient would ask first
        win.set_mode("present")

    def leave() -> None:
        window().set_mode("study")
        original.instance().quit()

    steps.extend([choose_ana, study_disc, shoot("disc-L4-L5.png"), dorsum,
                  shoot("region-dorsum.png"), quiz, shoot("study.png"),
                  dashboard, shoot("dashboard.png"), consult, wait, shoot("consult.png"), present,
                  shoot("present.png"), leave])

    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.paths import lessons_dir
    from spinetutor.ui.progress.store_service import default_store_path

    pack = load_pack(lessons_dir())
    ids = [q.id for quiz in pack.quizzes for q in quiz.questions]
    app = QtWidgets.QApplication.instance()
    assert app is None
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName("SpineTutor")
    QCoreApplication.setOrganizationName("SpineTutor")
    seed_learner(default_store_path(), ids)
    from spinetutor.ui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
