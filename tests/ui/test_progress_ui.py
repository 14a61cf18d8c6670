"""The progress UI: profiles, the store service, the dashboard and the class view.

Everything runs offscreen against a temporary store; widgets are clicked as a user would.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from spinetutor.core import progress_open
from spinetutor.core.progress import GUEST, ProgressStore
from spinetutor.core.progress_errors import ProgressNotSaved
from spinetutor.ui.progress.class_view import ClassView, export_results
from spinetutor.ui.progress.dashboard import ProgressDashboard
from spinetutor.ui.progress.profiles_dialog import LAST_PROFILE_KEY, ProfilesDialog
from spinetutor.ui.progress.store_service import StoreService, default_store_path
from spinetutor.ui.progress.tags import question_tags, tag_label, tags_of

NOW = datetime(2025, 5, 23, 15, 0, tzinfo=UTC)
TAGS = {
    **{f"s1-q{n}": ("S1", "nerve:tibial", "topic:Roots and the foot") for n in range(4)},
    **{f"l5-q{n}": ("L5", "disc:L4-L5", "topic:Roots and the foot") for n in range(4)},
    **{f"l4-q{n}": ("L4", "topic:Roots and the knee") for n in range(4)},
}
REPO = Path(__file__).resolve().parents[2]


class Clock:
    """A settable clock, so "due tomorrow" can become "due now" inside a test."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "progress.sqlite3"


@pytest.fixture
def service(qtbot, db: Path, clock: Clock):
    svc = StoreService(db, clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def fill(db: Path, profile: str = "Anna") -> None:
    """Two weeks of answers: S1 mostly wrong, L5 half right, L4 always right."""
    rates = {"S1": 0.2, "L5": 0.5, "L4": 1.0}
    with ProgressStore(db, clock=lambda: NOW) as store:
        store.create_profile(profile)
        for day in range(14, 0, -1):
            at = NOW - timedelta(days=day)
            for n, qid in enumerate(TAGS):
                at += timedelta(minutes=1)
                right = (day + n) % 10 < rates[TAGS[qid][0]] * 10
                store.record_answer(profile, qid, right, at)


def button(widget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert found, f"no visible button {text!r}"
    return found[0]


def click(qtbot, target: QPushButton) -> None:
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


# -- profiles ---------------------------------------------------------------------------------
def test_new_learner_is_created_chosen_and_remembered_next_time(qtbot, service, settings):
    """A learner types a name, adds it, starts, and is preselected the next day."""
    dialog = ProfilesDialog(service, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Anna")
    click(qtbot, dialog.create_button)
    qtbot.keyClicks(dialog.name_edit, "Ben")
    click(qtbot, dialog.create_button)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Anna", "Ben"]
    assert dialog.selected() == "Ben"
    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(service.profile_changed) as changed:
        click(qtbot, dialog.start_button)
    assert changed.args == ["Anna"] and service.profile == "Anna"
    assert settings.value(LAST_PROFILE_KEY) == "Anna"
    again = ProfilesDialog(service, settings)
    qtbot.addWidget(again)
    assert again.selected() == "Anna"


def test_taken_name_is_explained_in_the_dialog(qtbot, service, settings):
    """Adding a name twice shows why instead of failing silently."""
    dialog = ProfilesDialog(service, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(2):
        qtbot.keyClicks(dialog.name_edit, "Anna")
        click(qtbot, dialog.create_button)
    assert "already a profile" in dialog.message.text()
    assert dialog.list.count() == 1


def test_rename_and_delete_ask_and_do_what_they_say(qtbot, service, settings, monkeypatch):
    """Renaming keeps the learner's answers; delete only happens after confirming."""
    service.create_profile("Anna")
    service.set_profile("Anna")
    service.record("l5-q0", 1.0, True)
    dialog = ProfilesDialog(service, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Anna K")
    click(qtbot, dialog.rename_button)
    assert service.profiles() == ["Anna K"] and service.profile == "Anna K"
    assert [a.question_id for a in service.answers()] == ["l5-q0"]
    monkeypatch.setattr(dialog, "confirm_delete", lambda name: False)
    click(qtbot, dialog.delete_button)
    assert service.profiles() == ["Anna K"]
    monkeypatch.setattr(dialog, "confirm_delete", lambda name: True)
    click(qtbot, dialog.delete_button)
    assert service.profiles() == [] and dialog.list.count() == 0
    assert "deleted" in dialog.message.text()


def test_guest_records_nothing(qtbot, service, settings, db):
    """Continuing as a guest grades answers but leaves no trace on the computer."""
    dialog = ProfilesDialog(service, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, button(dialog, "Continue as guest — nothing is kept"))
    assert service.profile == GUEST and service.is_guest
    assert service.record("l5-q0", 1.0, True) is False
    assert service.answers() == [] and service.profiles() == []
    assert settings.value(LAST_PROFILE_KEY) is None
    with ProgressStore(db) as store:
        assert store.answers(GUEST) == [] and store.list_profiles() == []


def test_consultation_mode_records_nothing(qtbot, service):
    """In consultation mode answers are not kept, and they are again once it is left."""
    service.create_profile("Anna")
    service.set_profile("Anna")
    service.set_recording_enabled(False)
    assert service.record("l5-q0", 1.0, True) is False
    service.set_recording_enabled(True)
    with qtbot.waitSignal(service.answers_changed):
        assert service.record("l5-q1", 0.0, False) is True
    assert [a.question_id for a in service.answers()] == ["l5-q1"]


# -- store service faults ----------------------------------------------------------------------
def test_failed_save_tells_the_learner_once_and_the_app_keeps_working(
    qtbot, service, monkeypatch
):
    """A full disk shows one plain message; answering goes on and saving resumes later."""
    service.create_profile("Anna")
    service.set_profile("Anna")
    store = service.store
    real = store.record_answer

    def full_disk(*args, **kwargs):
        raise ProgressNotSaved("SpineTutor could not save your progress because the disk is "
                               "full. Free some space and try again. Earlier progress is safe.")

    monkeypatch.setattr(store, "record_answer", full_disk)
    notices: list[str] = []
    service.notice.connect(notices.append)
    assert service.record("l5-q0", 1.0, True) is False
    assert service.record("l5-q1", 1.0, True) is False
    assert notices == [
        "Your answers can't be saved right now: the disk is full. Free some space and try "
        "again. SpineTutor keeps working; nothing already saved is lost."
    ]
    monkeypatch.setattr(store, "record_answer", real)
    assert service.record("l5-q2", 1.0, True) is True
    assert [a.question_id for a in service.answers()] == ["l5-q2"]


def test_read_only_folder_is_announced_and_answers_are_not_lost_silently(
    qtbot, db, clock, monkeypatch
):
    """On a locked-down PC the learner is told at start, and told again why an answer isn't kept."""
    fill(db)
    monkeypatch.setattr(progress_open, "_folder_writable", lambda folder: False)
    svc = StoreService(db, clock=clock)
    notices: list[str] = []
    svc.notice.connect(notices.append)
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert "read-only" in notices[0]
    svc.set_profile("Anna")
    assert len(svc.answers()) > 0  # progress can still be looked at
    assert svc.record("l5-q0", 1.0, True) is False
    assert not svc.is_recording
    svc.close()


def test_progress_file_from_a_newer_version_does_not_stop_the_app(qtbot, db, clock):
    """A file from a newer SpineTutor is left alone; the app opens, says so, and saves nothing."""
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    svc = StoreService(db, clock=clock)
    with qtbot.waitSignal(svc.notice) as told:
        pass
    assert "newer version" in told.args[0]
    svc.set_profile("Anna")
    assert svc.record("l5-q0", 1.0, True) is False
    assert svc.answers() == [] and svc.due_questions() == []
    svc.close()


def test_default_store_lives_in_the_user_data_folder(qtbot):
    """Without a path the store goes to the platform's data folder (test mode here)."""
    QStandardPaths.setTestModeEnabled(True)
    try:
        path = default_store_path()
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert path.name == "progress.sqlite3" and "qttest" in str(path).lower()


# -- dashboard --------------------------------------------------------------------------------
def show_dashboard(qtbot, service) -> ProgressDashboard:
    dash = ProgressDashboard(service, TAGS)
    qtbot.addWidget(dash)
    dash.resize(1100, 760)
    dash.show()
    qtbot.waitExposed(dash)
    return dash


def test_empty_dashboard_offers_a_start(qtbot, service):
    """A new learner sees "No answers yet" and a button that starts the first lesson."""
    service.create_profile("Anna")
    service.set_profile("Anna")
    dash = show_dashboard(qtbot, service)
    assert dash.pages.currentIndex() == 0
    assert any(label.text() == "No answers yet" for label in dash.findChildren(QLabel))
    with qtbot.waitSignal(dash.start_requested):
        click(qtbot, dash.start_button)
    with qtbot.waitSignal(service.answers_changed):
        service.record("l4-q0", 1.0, True)
    assert dash.pages.currentIndex() == 1  # an open dashboard updates itself


def test_dashboard_puts_the_weakest_topic_first_and_studies_it(qtbot, db, clock):
    """S1 is answered worst, so it heads the list and "Study this" serves the S1 questions."""
    fill(db)
    svc = StoreService(db, clock=clock)
    svc.set_profile("Anna")
    dash = show_dashboard(qtbot, svc)
    assert dash.pages.currentIndex() == 1
    keys = [a.key for a in dash.weakest]
    assert keys[0] == "S1" and "L4" not in keys
    assert all(a.accuracy <= b.accuracy for a, b in pairwise(dash.weakest))
    assert dash.weak_rows.itemAtPosition(0, 0).widget().text() == "S1 root"  # top row
    s1_button = dash.findChild(QPushButton, "study:S1")
    assert s1_button.text() == "Study this"
    qtbot.waitUntil(s1_button.isVisible)
    with qtbot.waitSignal(dash.study_requested) as asked:
        click(qtbot, s1_button)
    assert sorted(asked.args[0]) == ["s1-q0", "s1-q1", "s1-q2", "s1-q3"]
    assert dash.title.text() == "Anna's progress"
    svc.close()


def test_review_button_serves_the_due_questions(qtbot, db, clock):
    """A week later the big button counts the due questions and hands them to the quiz."""
    fill(db)
    clock.now = NOW + timedelta(days=7)
    svc = StoreService(db, clock=clock)
    svc.set_profile("Anna")
    due = svc.due_questions()
    assert due, "a week after the last answers some reviews must be due"
    dash = show_dashboard(qtbot, svc)
    assert dash.review_button.text() == f"Review {len(due)} due questions"
    with qtbot.waitSignal(dash.review_requested) as asked:
        click(qtbot, dash.review_button)
    assert asked.args[0] == due
    svc.close()


def test_dashboard_module_does_not_import_pyqtgraph_until_shown():
    """Starting SpineTutor does not pay the 0.2 s pyqtgraph import; the dashboard does later."""
    code = (
        "import sys\n"
        "import spinetutor.ui.progress.dashboard, spinetutor.ui.progress.store_service\n"
        "import spinetutor.ui.progress.class_view, spinetutor.ui.progress.profiles_dialog\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported at start'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


# -- class view and export ----------------------------------------------------------------------
def test_class_view_combines_learners_and_names_a_broken_file(qtbot, tmp_path, db, clock):
    """Two learners' exports make one class table; a broken file is named with its line."""
    fill(db, "Anna")
    with ProgressStore(db, clock=lambda: NOW) as store:
        store.create_profile("Ben")
        for qid in TAGS:
            store.record_answer("Ben", qid, not qid.startswith("s1"), NOW)
        store.export_csv("Anna", tmp_path / "anna.csv")
        store.export_csv("Ben", tmp_path / "ben.csv")
    broken = tmp_path / "carl.csv"
    broken.write_text("profile,question_id,correct,score,answered_at\n"
                      "Carl,l5-q0,true,1,2025-05-01T10:00:00+00:00\n"
                      "Carl,l5-q1,maybe,1,2025-05-01T10:01:00+00:00\n")
    prompts = {"s1-q0": "Which root gives the ankle jerk?"}
    view = ClassView(TAGS, prompts)
    qtbot.addWidget(view)
    view.show()
    problems = view.load_paths([tmp_path / "anna.csv", broken, tmp_path / "ben.csv"])
    assert [(Path(p.path).name, p.line) for p in problems] == [("carl.csv", 3)]
    assert "carl.csv, line 3" in view.problem_label.text() and view.problem_label.isVisible()
    assert view.summary is not None and view.summary.learners == ("Anna", "Ben")
    assert view.summary.per_tag["S1"].accuracy < view.summary.per_tag["L4"].accuracy
    assert view.summary.most_missed[0].key.startswith("s1-")
    assert "2 learners" in view.overview.text()
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == ["Most missed", "By root and topic", "By question", "By learner"]
    missed = view.tabs.widget(0)
    assert isinstance(missed, QTableWidget)
    shown = [missed.item(r, 0).text() for r in range(missed.rowCount())]
    assert "Which root gives the ankle jerk?" in shown
    by_root = view.tabs.widget(1)
    assert by_root.item(0, 0).text() == "L4 root"


def test_learner_exports_results_as_csv(qtbot, tmp_path, service):
    """"Export my results" writes a CSV a teacher can open; a guest is told there is nothing."""
    service.create_profile("Anna")
    service.set_profile("Anna")
    service.record("l5-q0", 1.0, True)
    service.record("s1-q0", 0.0, False)
    out = tmp_path / "anna.csv"
    assert export_results(service, out) == "Exported 2 answers of Anna to anna.csv."
    lines = out.read_text().splitlines()
    assert lines[0] == "profile,question_id,correct,score,answered_at" and len(lines) == 3
    service.set_profile(GUEST)
    assert "nothing to export" in export_results(service, tmp_path / "guest.csv")


def test_pack_questions_become_dashboard_tags():
    """Questions about root:L5 count for the L5 row; nerves, discs and topics are kept too."""
    from spinetutor.core.lesson_pack import load_pack

    assert tags_of(["root:L5", "region:dorsum_of_foot", "nerve:sural"], "Roots") == (
        "L5", "nerve:sural", "topic:Roots")
    pack = load_pack(REPO / "docs" / "example-pack")
    tags = question_tags(pack)
    assert tags["example-l5-disc"][:2] == ("L5", "disc:L4-L5")
    assert tag_label("L5") == "L5 root" and tag_label("disc:L4-L5") == "L4-L5 disc"
