"""The assembled app: answers given in study mode are kept, the consultation keeps nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths

from spinetutor.ui.app import build_window
from tests.ui.test_study_support import click


@pytest.fixture
def app_window(qtbot, tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    win = build_window(store_path=tmp_path / "progress.sqlite3")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.progress.set_profile("Ana")
    yield win
    win.progress.close()


def _true_false_ids(study) -> list[str]:
    return [q.id for quiz in study.pack.quizzes for q in quiz.questions
            if q.type == "true_false"]


def test_an_answer_in_study_mode_is_recorded_for_the_learner(app_window, qtbot):
    """Answering a review question stores it under the chosen learner."""
    study = app_window.study
    qid = _true_false_ids(study)[0]
    assert study.start_questions([qid], "Review")
    panel = study.quiz_panel
    question = panel.session.current
    click(qtbot, panel.widget.true if question.answer else panel.widget.false)
    click(qtbot, panel.submit_button)
    answers = app_window.progress.answers()
    assert [(a.question_id, a.correct) for a in answers] == [(qid, True)]


def test_consultation_mode_records_nothing(app_window, qtbot):
    """While the consultation is open nothing is stored; back in study mode recording resumes."""
    app_window.set_mode("consult")
    assert not app_window.progress.is_recording
    assert not app_window.progress.record("any-question", 1.0, True)
    app_window.set_mode("study")
    assert app_window.progress.is_recording
    assert app_window.progress.answers() == []


def test_dashboard_review_button_opens_the_due_questions(app_window, qtbot):
    """The dashboard's review request runs those questions in the study panel."""
    ids = _true_false_ids(app_window.study)[:2]
    app_window.set_mode("consult")
    app_window.dashboard.review_requested.emit(ids)
    assert app_window.mode.name == "study"
    assert app_window.study.quiz_panel.session.current.id in ids
