"""Study in Spanish: the lesson list, a translated lesson and its quiz as a student meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from spinetutor.core.atlas import load_atlas
from spinetutor.paths import lessons_dir
from spinetutor.ui.main_window import MainWindow
from spinetutor.ui.study.question_widgets import ChoiceWidget
from tests.ui.conftest import show_window
from tests.ui.test_study_support import click, open_study

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _groups(study) -> dict[str, list[str]]:
    tree = study.browser.tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).data(0, LESSON_ROLE)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_spanish_student_opens_lesson_16_and_answers_its_quiz(spanish, qtbot):
    """The list names the topics in Spanish without splitting a topic whose other lessons are
    not translated yet; lesson 16 reads in Spanish and its quiz asks, answers and explains in
    Spanish."""
    window = show_window(qtbot, MainWindow(load_atlas()))
    study = open_study(qtbot, window, lessons_dir())
    groups = _groups(study)
    assert "serious-pathology-screening" in groups["Señales de alarma y pruebas"]
    assert "Red flags and investigations" not in groups
    assert len(groups["Señales de alarma y pruebas"]) == 3   # lessons 13, 14 and 16 together
    tree = study.browser.tree
    item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())
                if tree.topLevelItem(i).child(j).data(0, LESSON_ROLE)
                == "serious-pathology-screening")
    assert item.text(0) == "Cribado de patología grave"
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    view, panel = study.lesson_view, study.quiz_panel
    assert "síndrome de cola de caballo" in view.text.toPlainText()
    button = view.quiz_buttons[0]
    assert "Patología grave y cribado de motoneurona superior" in button.text()
    click(qtbot, button)
    question = panel.session.current
    assert "IFOMPT" in panel.prompt.text() and "Marque todas" in panel.prompt.text()
    assert isinstance(panel.widget, ChoiceWidget)
    for option_id in question.correct_option_ids():
        panel.widget.buttons[option_id].setFocus()
        qtbot.keyClick(panel.widget.buttons[option_id], Qt.Key.Key_Space)
    assert panel.widget.buttons["cancer"].text() == "Neoplasia maligna"
    click(qtbot, panel.submit_button)
    assert "neoplasia maligna y la infección" in panel.feedback.text()


def test_spanish_grading_sentences_and_a_second_results_page(spanish, qtbot):
    """The grader's own sentences are Spanish ('La afirmación es falsa.'), and finishing a quiz
    twice with missed questions shows the results page again (it used to fail on the second)."""
    from spinetutor.core.grading import MESSAGES
    from spinetutor.ui.study.grading_words import WORDS, grading_words
    from spinetutor.ui.study.question_widgets import TrueFalseWidget

    assert WORDS.keys() == MESSAGES.keys()
    assert grading_words()["false"] == "La afirmación es falsa."
    window = show_window(qtbot, MainWindow(load_atlas()))
    study = open_study(qtbot, window, lessons_dir())
    quiz = next(iter(study.pack.quizzes_for("slips-and-curves")))
    for _ in range(2):
        study.start_quiz(quiz)
        panel = study.quiz_panel
        for _number in range(len(quiz.questions)):
            widget = panel.widget
            if isinstance(widget, TrueFalseWidget):
                click(qtbot, widget.false if panel.session.current.answer else widget.true)
            elif isinstance(widget, ChoiceWidget):
                wrong = next(o for o in panel.session.current.options if not o.correct)
                click(qtbot, widget.buttons[wrong.id])
            click(qtbot, panel.submit_button)
            if isinstance(widget, TrueFalseWidget):
                assert "La afirmación es" in panel.feedback.text()
                assert "statement" not in panel.feedback.text()
            click(qtbot, panel.next_button)
        assert study.stack.currentWidget() is study.result_view
        assert study.result_view.missed_title.text() == "Repase lo que falló"
        assert "La afirmación es" in study.result_view.toolTip() + " ".join(
            label.text() for label in study.result_view.findChildren(QLabel))
