"""The study flow in the launched window: what a learner sees after answering, moving on,
taking a test, reviewing from the dashboard, finding a structure."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from spinetutor.ui.i18n import install_language
from tests.ui.test_layouts import composed
from tests.ui.test_study_support import click, click_target, make_pack


def settle(qtbot) -> None:
    qtbot.wait(30)
    QApplication.processEvents()


@pytest.fixture
def launched(app, qtbot, tmp_path):
    window = composed(qtbot, tmp_path, lessons=make_pack(tmp_path / "pack"))
    window.study.rng_factory = lambda: random.Random(7)
    service = window.progress
    service.create_profile("Ana")
    service.set_profile("Ana")
    yield window
    install_language("en")


def start(window, quiz_id: str):
    study = window.study
    study.start_quiz(next(q for q in study.pack.quizzes if q.id == quiz_id))
    return study.quiz_panel


def answer_first_option(qtbot, panel) -> None:
    """Pick the first choice (or True) and submit, as a learner clicking would."""
    widget = panel.widget
    button = getattr(widget, "true", None) or next(iter(widget.buttons.values()))
    click(qtbot, button)
    click(qtbot, panel.submit_button)


def in_view(scroll, widget) -> bool:
    top = widget.mapTo(scroll.widget(), widget.rect().topLeft()).y()
    shown = scroll.verticalScrollBar().value()
    return shown <= top and top + min(widget.height(), 60) <= shown + scroll.viewport().height()


def test_practice_explanation_comes_into_view_and_next_opens_at_the_prompt(launched, qtbot):
    """After a practice answer the explanation is scrolled into view; Next shows the new
    question from its prompt."""
    panel = start(launched, "l5-practice")
    settle(qtbot)
    answer_first_option(qtbot, panel)
    settle(qtbot)
    assert panel.feedback.isVisible()
    assert in_view(panel.scroll, panel.feedback)
    click(qtbot, panel.next_button)
    settle(qtbot)
    assert panel.scroll.verticalScrollBar().value() == 0
    assert in_view(panel.scroll, panel.prompt)


def test_a_test_shows_no_progress_until_it_ends(launched, qtbot):
    """During a test the Progress tab keeps its numbers still; at the end it counts them."""
    dashboard = launched.dashboard
    launched.findChild(type(launched.card_dock), "dock-progress").raise_()
    panel = start(launched, "l5-test")
    settle(qtbot)
    answer_first_option(qtbot, panel)
    settle(qtbot)
    dashboard.refresh() if not dashboard.held else None
    assert dashboard.held
    assert dashboard.data is None or dashboard.data.answered == 0
    while launched.study.stack.currentWidget() is panel:
        answer_first_option(qtbot, panel)
        settle(qtbot)
    assert not dashboard.held
    dashboard.refresh()
    assert dashboard.data.answered == 3


def test_review_asks_before_replacing_a_quiz_in_progress(launched, qtbot, monkeypatch):
    """A dashboard Review during a quiz asks first; No keeps the quiz where it was."""
    panel = start(launched, "l5-practice")
    settle(qtbot)
    answer_first_option(qtbot, panel)
    session = panel.session
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[1])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    launched.dashboard.review_requested.emit(["t-single"])
    assert asked and panel.session is session
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    launched.dashboard.review_requested.emit(["t-single"])
    assert panel.session is not session


def test_time_studied_counts_the_session_in_progress(launched, qtbot):
    """The first answers already count as time studied (not "none yet")."""
    panel = start(launched, "l5-practice")
    settle(qtbot)
    answer_first_option(qtbot, panel)
    data = launched.progress.dashboard({})
    assert data.time_studied.total_seconds() > 0


def test_enter_submits_after_picking_on_the_plate(launched, qtbot):
    """In a click-the-plate question, a click on the plate then Enter submits the answer."""
    panel = start(launched, "l5-practice")
    settle(qtbot)
    while type(panel.widget).__name__ != "ClickWidget":
        answer_first_option(qtbot, panel)
        click(qtbot, panel.next_button)
        settle(qtbot)
    click_target(qtbot, launched, "disc:L4-L5")
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert panel.answered


def test_find_box_scrolls_the_structure_into_view(launched, qtbot):
    """Choosing a structure in the find box selects it and scrolls the plate to it."""
    view = launched.view
    view.zoom_to_area("foot_dorsum")
    view.zoom_by(3)
    settle(qtbot)
    box = launched.find_box
    box.setCurrentIndex(box.findData("vertebra:L1"))
    box.activated.emit(box.currentIndex())
    settle(qtbot)
    assert launched.selection.target == "vertebra:L1"
    shown = [view.mapFromScene(item.sceneBoundingRect()).boundingRect()
             for item in launched.scene.items_for("vertebra:L1")]
    assert any(view.viewport().rect().intersects(rect) for rect in shown)


def test_counts_say_one_lesson_one_problem(launched, tmp_path):
    """Plurals: the bundled course is "15 lessons" (no folder name twice), a pack's count
    says "1 lesson", the validator "1 problem"."""
    from spinetutor.validate_cli import _count

    assert launched.study.browser.pack_label.text().endswith("1 lesson")
    assert _count(1, "problem") == "1 problem" and _count(2, "problem") == "2 problems"


def test_panel_sizes_stay_put_while_answering(launched, qtbot):
    """Answering a quiz (and Progress filling with numbers) never resizes the panels: the
    plate keeps its size through the whole quiz."""
    progress = launched.findChild(type(launched.card_dock), "dock-progress")

    def sizes():
        return [(d.objectName(), d.width())
                for d in (launched.card_dock, launched.study.study_dock)]

    before, plate = sizes(), launched.view.size()
    panel = start(launched, "l5-practice")
    for _ in range(3):   # the choice and true/false questions at the start of the quiz
        settle(qtbot)
        answer_first_option(qtbot, panel)
        progress.raise_()
        settle(qtbot)
        launched.study.study_dock.raise_()
        click(qtbot, panel.next_button)
    settle(qtbot)
    assert sizes() == before
    assert launched.view.size() == plate
