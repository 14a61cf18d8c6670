"""Panels follow the theme and the text size: no fixed point sizes, no unreadable colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QStyleFactory

from spinetutor.ui import themes
from spinetutor.ui.app import build_window

Role = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """The QApplication, with its look put back afterwards so other tests see the default."""
    palette, sheet, font = QPalette(qapp.palette()), qapp.styleSheet(), QFont(qapp.font())
    style = qapp.style().name()
    yield qapp
    themes.apply_type_scale(qapp, 100)
    controller = qapp.findChild(themes.ThemeController, "spinetutor-theme-controller")
    if controller is not None:
        controller.setParent(None)
        controller.deleteLater()
    qapp.setProperty(themes._BASE_SIZE_PROPERTY, None)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def window(app, qtbot):
    win = build_window()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.set_mode("study")
    win.study.open_lesson("disc-level-vs-root", 1)
    win.selection.select("root:L5")
    return win


def _sizes(window, app) -> dict[str, float]:
    study = window.study
    study.start_quiz(study.pack.quizzes[0])
    app.processEvents()
    return {"lesson title": study.lesson_view.title.font().pointSizeF(),
            "quiz prompt": study.quiz_panel.prompt.font().pointSizeF(),
            "card text": window.card.font().pointSizeF()}


def _text_on_base(widget) -> float:
    palette = widget.palette()
    return themes.contrast(palette.color(Role.Text), palette.color(Role.Base))


def test_text_size_200_doubles_lesson_quiz_and_card_text(app, window):
    """At 200% text size the lesson title, quiz question and card text are twice as big."""
    themes.apply_theme(app, "light")
    themes.apply_type_scale(app, 100)
    normal = _sizes(window, app)
    themes.apply_type_scale(app, 200)
    app.processEvents()
    large = _sizes(window, app)
    for name, size in normal.items():
        assert large[name] == pytest.approx(2 * size, rel=0.05), name
    assert normal["lesson title"] > normal["card text"]  # the title stays a title


def test_dark_theme_panel_text_is_readable(app, window):
    """In the dark theme lesson, card, quiz and consultation text all stand out (WCAG 4.5:1)."""
    themes.apply_theme(app, "dark")
    app.processEvents()
    lesson = window.study.lesson_view
    assert _text_on_base(lesson.text) >= 4.5
    assert _text_on_base(window.card) >= 4.5
    base = themes.LOOKS["dark"].base
    assert themes.contrast(themes.color("accent"), base) >= 4.5  # headings
    assert themes.contrast(themes.color("muted"), base) >= 4.5  # sources, subtitles
    window.set_mode("consult")
    consult = window.modes["consult"]
    consult.findings_panel.toggle_region("saddle", "numbness")
    consult.findings_panel.exam.set_value("history", "bladder", "retention")
    app.processEvents()
    assert _text_on_base(consult.side.explanation.browser) >= 4.5
    assert themes.contrast(themes.color("muted"), themes.LOOKS["dark"].window) >= 4.5
    flags = consult.side.red_flags
    assert flags.isVisibleTo(consult.side)
    assert themes.contrast(themes.color("urgent_fg"), themes.color("urgent_bg")) >= 4.5
    assert themes.color("urgent_bg") in flags.styleSheet()


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_semantic_colours_are_readable_in_every_theme(app, theme):
    """Feedback, badges, warnings and the urgent box read clearly in every theme."""
    look = themes.LOOKS[theme]
    c = themes.COLORS[theme]
    for ink in ("accent", "muted", "link", "ok", "wrong", "partial"):
        assert themes.contrast(c[ink], look.base) >= 4.5, ink
    for ink, back in (("ok", "ok_bg"), ("wrong", "wrong_bg"), ("partial", "partial_bg"),
                      ("info_fg", "info_bg"), ("test_fg", "test_bg"),
                      ("primary_fg", "primary_bg"), ("warning_fg", "warning_bg"),
                      ("problem_fg", "problem_bg"), ("urgent_fg", "urgent_bg")):
        assert themes.contrast(c[ink], c[back]) >= 4.5, (ink, back)
    for back in ("ok_bg", "wrong_bg", "partial_bg", "card_bg", "tint_bg", "case_bg"):
        assert themes.contrast(look.text, c[back]) >= 4.5, back


def test_switching_theme_updates_an_open_panel(app, window):
    """Switching to dark while a lesson and a quiz are open repaints them at once, no reopening."""
    themes.apply_theme(app, "light")
    lesson = window.study.lesson_view
    assert themes.COLORS["light"]["accent"] in lesson.styleSheet()
    themes.apply_theme(app, "dark")
    assert themes.COLORS["dark"]["accent"] in lesson.styleSheet()
    assert themes.COLORS["dark"]["accent"] in lesson.text.document().defaultStyleSheet()
    assert themes.COLORS["dark"]["muted"] in window.card.toHtml().upper()
    window.study.start_quiz(window.study.pack.quizzes[0])
    themes.apply_theme(app, "high_contrast")
    assert themes.COLORS["high_contrast"]["primary_bg"] in window.study.quiz_panel.styleSheet()
    assert themes.COLORS["dark"]["accent"] not in lesson.styleSheet()


def test_no_panel_keeps_a_fixed_point_size(app, window):
    """Changing the text size reaches every label of the lesson and quiz panels."""
    themes.apply_type_scale(app, 100)
    app.processEvents()
    before = {id(w): w.font().pointSizeF() for w in window.study.stack.findChildren(QLabel)}
    themes.apply_type_scale(app, 150)
    app.processEvents()
    for label in window.study.stack.findChildren(QLabel):
        if id(label) in before and before[id(label)] > 0:
            assert label.font().pointSizeF() == pytest.approx(1.5 * before[id(label)], rel=0.06)
