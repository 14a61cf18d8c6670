"""Panels follow the theme and the text size: no fixed point sizes, no unreadable colours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QTreeWidgetItemIterator

from spinetutor.core.progress import ProgressStore
from spinetutor.ui import themes
from spinetutor.ui.app import build_window
from spinetutor.ui.progress.dashboard import ProgressDashboard
from spinetutor.ui.progress.store_service import StoreService
from spinetutor.ui.study.lesson_browser import META_ROLE, LessonBrowser, LessonDelegate

Role = QPalette.ColorRole


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


def test_lesson_list_rows_fit_their_text_at_200(app, window, qtbot):
    """At 200% text size in a narrow lesson list, no title or "level · minutes" line is cut."""
    themes.apply_theme(app, "light")
    themes.apply_type_scale(app, 200)
    browser = window.findChildren(LessonBrowser)[0]
    browser.setParent(None)
    qtbot.addWidget(browser)
    browser.resize(280, 900)
    browser.show()
    qtbot.waitExposed(browser)
    app.processEvents()
    tree = browser.tree
    assert not tree.uniformRowHeights()
    wrap = int(Qt.TextFlag.TextWordWrap)
    font = QFont(tree.font())
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.86)
    rows, it = [], QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        rect = tree.visualItemRect(item)
        meta = item.data(0, META_ROLE)
        width = rect.width() - 2 * LessonDelegate.PAD
        title_font = QFont(font)
        title_font.setBold(not meta)
        need = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 10_000), wrap,
                                                     item.text(0)).height()
        if meta:
            need += QFontMetrics(small).boundingRect(QRect(0, 0, width, 10_000), wrap,
                                                     meta).height()
            longest = max(QFontMetrics(small).horizontalAdvance(w) for w in meta.split(" "))
            assert longest <= width, meta
        assert rect.height() >= need, item.text(0)
        assert rect.right() <= tree.viewport().width(), item.text(0)
        rows.append(rect)
        it += 1
    assert len(rows) > 5
    for above, below in zip(rows, rows[1:], strict=False):
        assert below.top() >= above.bottom(), "rows overlap"


def test_dashboard_text_is_readable_in_dark(app, qtbot, tmp_path):
    """In the dark theme every dashboard label and chart axis stands out from its card."""
    now = datetime(2025, 5, 23, 15, 0, tzinfo=UTC)
    tags = {f"{root.lower()}-q{n}": (root, f"topic:{root} topic") for root in ("S1", "L5")
            for n in range(4)}
    db = tmp_path / "progress.sqlite3"
    with ProgressStore(db, clock=lambda: now) as store:
        store.create_profile("Anna")
        for day in range(6, 0, -1):
            for n, qid in enumerate(tags):
                store.record_answer("Anna", qid, (day + n) % 3 == 0,
                                    now - timedelta(days=day, minutes=n))
    service = StoreService(db, clock=lambda: now)
    service.set_profile("Anna")
    themes.apply_theme(app, "dark")
    dash = ProgressDashboard(service, tags)
    qtbot.addWidget(dash)
    dash.resize(1100, 760)
    dash.show()
    qtbot.waitExposed(dash)
    app.processEvents()
    assert dash.pages.currentIndex() == 1
    checked = 0
    for label in dash.pages.currentWidget().findChildren(QLabel):
        if not label.isVisibleTo(dash) or not label.text():
            continue
        parent, back = label.parentWidget(), themes.LOOKS["dark"].window
        while parent is not None and parent is not dash:
            if isinstance(parent, QFrame) and parent.objectName() == "card":
                back = parent.palette().color(QPalette.ColorRole.Window)
                break
            parent = parent.parentWidget()
        ink = label.palette().color(QPalette.ColorRole.WindowText)
        assert themes.contrast(ink, back) >= 4.5, label.text()
        checked += 1
    assert checked > 10
    for chart in dash._charts.values():
        background = chart.backgroundBrush().color()
        plots = [chart.getPlotItem()] if hasattr(chart, "getPlotItem") else [
            chart.count_plot, chart.accuracy_plot]
        for plot in plots:
            axis = plot.getAxis("bottom")
            assert themes.contrast(axis.textPen().color(), background) >= 4.5
    service.close()
