"""Study mode: reading a lesson with the plate following, and taking its quizzes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from spinetutor.ui.study.question_widgets import (
    ChoiceWidget,
    ClickWidget,
    OrderWidget,
    RegionsWidget,
    TrueFalseWidget,
)
from tests.ui.test_study_support import click, click_target, make_pack, open_study


def _lesson_item(study, lesson_id):
    tree = study.browser.tree
    for i in range(tree.topLevelItemCount()):
        topic = tree.topLevelItem(i)
        for j in range(topic.childCount()):
            if topic.child(j).data(0, Qt.ItemDataRole.UserRole + 1) == lesson_id:
                return topic.child(j)
    raise AssertionError(lesson_id)


def _answer_right(qtbot, window, panel) -> None:
    """Answer the current question correctly, mixing mouse and keyboard like a learner."""
    question, widget = panel.session.current, panel.widget
    if isinstance(widget, TrueFalseWidget):
        button = widget.true if question.answer else widget.false
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    elif isinstance(widget, ChoiceWidget) and widget.multiple:
        for option_id in question.correct_option_ids():
            widget.buttons[option_id].setFocus()
            qtbot.keyClick(widget.buttons[option_id], Qt.Key.Key_Space)
    elif isinstance(widget, ChoiceWidget):
        click(qtbot, widget.buttons[next(iter(question.correct_option_ids()))])
    elif isinstance(widget, ClickWidget):
        click_target(qtbot, window, question.accepted[0])
        assert "L4-L5 disc" in widget.picked_label.text()
    elif isinstance(widget, RegionsWidget):
        for region in question.expected:
            click_target(qtbot, window, f"region:{region}")
        assert window.selection.highlight.regions == frozenset(question.expected)
    elif isinstance(widget, OrderWidget):
        for wanted, item in enumerate(question.items):
            row = widget.response().index(item)
            widget.list.setCurrentRow(row)
            for _ in range(row - wanted):
                click(qtbot, widget.up)
    assert panel.submit_button.isEnabled()


def test_whole_lesson_and_practice_quiz_start_to_finish(window, qtbot, tmp_path):
    """A learner opens the lesson, pages through it, takes the quiz and sees 100%."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    view, panel = study.lesson_view, study.quiz_panel
    tree = study.browser.tree
    item = _lesson_item(study, "l5-story")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    assert view.lesson.id == "l5-story" and view.index == 0
    assert "After this lesson you can" in view.text.toPlainText()
    click(qtbot, view.next)
    assert view.section.id == "the-root" and window.selection.target == "root:L5"
    qtbot.keyClick(view.text, Qt.Key.Key_PageDown)
    assert view.section.id == "the-skin"
    assert not view.next.isEnabled() and view.quiz_buttons[0].isVisible()
    assert "Test source" in view.text.toPlainText()
    qtbot.keyClick(view.text, Qt.Key.Key_PageUp)
    assert view.section.id == "the-root"
    view.sections.setFocus()
    qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    assert view.section.id == "the-skin"
    answers, finished = [], []
    study.answer_submitted.connect(lambda qid, grade: answers.append((qid, grade)))
    study.quiz_finished.connect(finished.append)
    click(qtbot, view.quiz_buttons[0])
    assert study.stack.currentWidget() is panel
    for number in range(7):
        assert panel.counter.text() == f"Question {number + 1} of 7"
        ordering = isinstance(panel.widget, OrderWidget)
        assert panel.submit_button.isEnabled() == ordering   # nothing chosen yet
        _answer_right(qtbot, window, panel)
        panel.submit_button.setFocus()    # plate answers leave the focus on the plate
        qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return)
        assert panel.feedback.isVisible() and "Correct" in panel.feedback.text()
        assert panel.session.current.explanation.split(" - ")[0] in panel.feedback.text()
        qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    assert [grade.correct for _, grade in answers] == [True] * 7
    assert {qid for qid, _ in answers} == {q.id for q in study.pack.quizzes[0].questions}
    assert finished and finished[0].percent == 100
    assert study.stack.currentWidget() is study.result_view
    assert study.result_view.score.text() == "100%"
    click(qtbot, study.result_view.back)
    assert study.stack.currentWidget() is view


def test_section_actions_drive_the_plate(window, qtbot, tmp_path):
    """Showing a section selects, sets the herniation, highlights regions and zooms."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    study.open_lesson("l5-story", 0)
    assert window.selection.target == "disc:L4-L5"
    assert window.selection.herniation == "far_lateral"
    assert window.selection.highlight.roots == ["L4"]
    study.lesson_view.show_section(1)
    assert window.selection.herniation == "posterolateral"
    assert window.selection.target == "root:L5"
    study.lesson_view.show_section(2)
    assert window.selection.highlight.regions == frozenset(
        {"dorsum_of_foot", "great_toe", "first_web_space"})
    assert window.view._area == "foot_dorsum"


def test_link_in_lesson_text_selects_on_the_plate(window, qtbot, tmp_path):
    """Clicking 'the L5 root' in the text selects root:L5; the web link opens nothing."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    study.open_lesson("l5-story", 0)
    browser = study.lesson_view.text
    doc = browser.document()
    spots = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                spots[href] = browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    assert set(spots) == {"spinetutor:root:L5", "https://example.org/l5"}
    window.selection.clear()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spots["spinetutor:root:L5"])
    assert window.selection.target == "root:L5"
    window.selection.clear()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=spots["https://example.org/l5"])
    assert window.selection.target == "" and browser.source().isEmpty()


def test_click_diagram_question_graded_by_the_real_plate_position(window, qtbot, tmp_path):
    """Clicking the L4-L5 disc on the plate is right; clicking the L4 vertebra is wrong."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    answers = []
    study.answer_submitted.connect(lambda qid, grade: answers.append(grade))
    assert study.start_questions(["q-click"], "Foot drop review")
    panel = study.quiz_panel
    assert panel.title.text() == "Foot drop review"
    click_target(qtbot, window, "disc:L4-L5")
    assert panel.widget.picked == "disc:L4-L5"
    assert window.scene.focus_target() == "disc:L4-L5"
    assert window.selection.target == ""   # the click answered; it did not select
    click(qtbot, panel.submit_button)
    assert answers[-1].correct and answers[-1].question_id == "q-click"
    study.start_questions(["q-click"], "Again")
    click_target(qtbot, window, "vertebra:L4")
    assert "L4 vertebra" in panel.widget.picked_label.text()
    click(qtbot, panel.submit_button)
    assert not answers[-1].correct
    assert "L4-L5 disc" in panel.feedback.text()
    click_target(qtbot, window, "vertebra:L4")   # after answering, clicks select again
    assert window.selection.target == "vertebra:L4"


def test_mark_regions_by_clicking_gives_partial_credit(window, qtbot, tmp_path):
    """Marking two of three L5 foot regions plus a wrong one earns a third, named as such."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    answers = []
    study.answer_submitted.connect(lambda qid, grade: answers.append(grade))
    study.start_questions(["q-regions"], "Dermatomes")
    panel = study.quiz_panel
    for region in ("great_toe", "dorsum_of_foot", "heel", "lateral_foot"):
        click_target(qtbot, window, f"region:{region}")
    click_target(qtbot, window, "region:lateral_foot")     # a second click unmarks
    assert panel.widget.marked == ["great_toe", "dorsum_of_foot", "heel"]
    assert panel.widget.list.count() == 3
    assert window.selection.highlight.regions == frozenset(panel.widget.marked)
    panel.submit_button.setFocus()
    qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return)
    assert answers[-1].score == 1 / 3 and not answers[-1].correct
    text = panel.feedback.text()
    assert "Partly right" in text and "First web space" in text.replace("first web", "First web")


def test_order_pathway_reordered_with_buttons_and_keys(window, qtbot, tmp_path):
    """The steps start shuffled; Up/Down buttons and Ctrl+arrows put them in order."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    study.start_questions(["q-order"], "Pathway")
    panel = study.quiz_panel
    widget = panel.widget
    items = list(panel.session.current.items)
    assert widget.response() != items and sorted(widget.response()) == sorted(items)
    for wanted, item in enumerate(items):
        row = widget.response().index(item)
        widget.list.setCurrentRow(row)
        widget.list.setFocus()
        for _ in range(row - wanted):
            qtbot.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert widget.response() == items
    widget.list.setCurrentRow(0)
    click(qtbot, widget.down)
    assert widget.response()[1] == items[0]
    click(qtbot, widget.up)
    assert widget.response() == items
    click(qtbot, panel.submit_button)
    assert "Correct" in panel.feedback.text()


def test_test_mode_hides_feedback_until_the_results(window, qtbot, tmp_path):
    """In a test no feedback shows; the result lists missed questions linked to the lesson."""
    study = open_study(qtbot, window, make_pack(tmp_path / "pack"))
    study.open_lesson("l5-story", 2)
    click(qtbot, study.lesson_view.quiz_buttons[1])
    panel = study.quiz_panel
    assert panel.badge.text().startswith("Test")
    results = []
    study.quiz_finished.connect(results.append)
    click(qtbot, panel.widget.buttons["l4"])               # right
    click(qtbot, panel.submit_button)
    assert not panel.feedback.isVisible() and panel.counter.text() == "Question 2 of 3"
    click(qtbot, panel.widget.false)                        # wrong
    qtbot.keyClick(panel.submit_button, Qt.Key.Key_Return)
    assert not panel.feedback.isVisible()
    click(qtbot, panel.widget.false)                        # wrong
    click(qtbot, panel.submit_button)
    result = results[0]
    assert result.passed is False and result.missed == ("t-tf", "t-skin")
    view = study.result_view
    assert study.stack.currentWidget() is view and view.score.text() == "33%"
    assert "Not passed" in view.verdict.text()
    assert len(view.review_buttons) == 2
    assert any("great toe is L5 skin" in label.text() for label in view.findChildren(QLabel))
    assert "Which disc?" in view.review_buttons[0].text()   # the sural nerve: lesson start
    click(qtbot, view.review_buttons[1])                    # about region:great_toe
    assert study.stack.currentWidget() is study.lesson_view
    assert study.lesson_view.section.id == "the-skin"
