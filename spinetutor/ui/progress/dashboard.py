"""The progress dashboard: first what to study next, then how the learner is doing.

Top of the page answers "what now?": a big "Review N due questions" button and the weakest
topics, each with "Study this". Below, the charts explain why: accuracy per root beside the
spine, answers and accuracy per day, and the reviews coming due. pyqtgraph (``charts``) is
imported the first time the dashboard is shown, never at application start.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.progress_stats import Accuracy, Dashboard, weakest_topics
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.panels.flow_layout import FlowLayout
from spinetutor.ui.panels.scrolling import vertical_scroll
from spinetutor.ui.panels.wrapping import WrapButton
from spinetutor.ui.plain_text import plain_label
from spinetutor.ui.progress.dashboard_parts import (
    AccuracyBar,
    card,
    clear_layout,
    stat,
    style_sheet,
)
from spinetutor.ui.progress.look import (
    LEGEND,
    STRONG_FROM,
    counted,
    duration,
    percent,
    tag_text,
)
from spinetutor.ui.progress.store_service import StoreService
from spinetutor.ui.progress.tags import NameOf, questions_with_tag

WEAKEST_SHOWN = 3
MIN_ANSWERS = 3


class ProgressDashboard(QWidget):
    """Tells a learner at a glance what to study next; refreshes when answers change."""

    study_requested = Signal(list)
    review_requested = Signal(list)
    start_requested = Signal()

    def __init__(self, service: StoreService, question_tags: Mapping[str, Sequence[str]],
                 name_of: NameOf | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.question_tags = {q: tuple(t) for q, t in question_tags.items()}
        self.name_of = name_of
        self.data: Dashboard | None = None
        self.weakest: list[Accuracy] = []
        self._charts: dict[str, object] = {}
        self._dirty = True
        self.held = False
        self.setObjectName("progressDashboard")
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_main_page())
        service.answers_changed.connect(self._on_service_answers_changed)
        service.profile_changed.connect(self._on_service_profile_changed)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours and sizes of the current theme and text size, charts included."""
        self.setStyleSheet(style_sheet())
        line = self.fontMetrics().height()
        for chart, lines in (("spine", 18), ("activity", 12), ("forecast", 10)):
            if chart in self._charts:   # room for axes, labels and bars at any text size
                self._charts[chart].setMinimumHeight(lines * line)  # type: ignore[attr-defined]
        for chart in self._charts.values():
            chart.restyle()  # type: ignore[attr-defined]
        for bar in self.findChildren(AccuracyBar):
            bar.update()

    # -- building ---------------------------------------------------------------------------
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(translate("Progress", "No answers yet"))
        title.setObjectName("emptyTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("margin: 6px 0 14px 0;")
        self.start_button = WrapButton(translate("Progress", "Start the first lesson"))
        self.start_button.setObjectName("review")
        self.start_button.clicked.connect(self.start_requested)
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (title, self.empty_hint, self.start_button):
            layout.addWidget(widget)
        layout.addStretch(2)
        return vertical_scroll(page, translate("App", "Progress"))

    def _build_main_page(self) -> QWidget:
        """One column of cards that scrolls: the dashboard is a tab beside the lesson, a few
        hundred pixels wide, and every card keeps its full height at any text size."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.stats_row = FlowLayout(spacing=12)
        column.addLayout(self.stats_row)

        next_card, next_layout = card(translate("Progress", "Study next"))
        self.review_button = WrapButton()
        self.review_button.setObjectName("review")
        self.review_button.clicked.connect(self._on_review_button_clicked)
        self.review_hint = QLabel()
        self.review_hint.setObjectName("hint")
        self.review_hint.setWordWrap(True)
        next_layout.addWidget(self.review_button)
        next_layout.addWidget(self.review_hint)
        weak_title = QLabel(translate("Progress", "Your weakest topics"))
        weak_title.setObjectName("subheading")
        weak_title.setWordWrap(True)
        next_layout.addWidget(weak_title)
        self.weak_rows = QGridLayout()
        self.weak_rows.setColumnStretch(0, 1)
        next_layout.addLayout(self.weak_rows)
        column.addWidget(next_card)

        spine_card, self.spine_layout = card(
            translate("Progress", "Accuracy per root"),
            translate("Progress", "Share of answers right for questions about each root "
                      "(in brackets: how many answers)."))
        legend = QLabel("   ".join(f"<span style='color:{c}'>■</span> {translate('Progress', t)}"
                                   for c, t in LEGEND))
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        self.spine_layout.addWidget(legend)
        column.addWidget(spine_card)

        activity_card, self.activity_layout = card(
            translate("Progress", "Answers and accuracy per day"),
            translate("Progress", "Bars: questions answered. Dots: share right."))
        forecast_card, self.forecast_layout = card(
            translate("Progress", "Reviews due this week"),
            translate("Progress", "Today's bar includes any overdue."))
        self.forecast_card = forecast_card
        column.addWidget(activity_card)
        column.addWidget(forecast_card)
        column.addStretch(1)
        return vertical_scroll(page, translate("App", "Progress"))

    def _ensure_charts(self) -> None:
        """Import pyqtgraph and make the charts, the first time they are needed."""
        if self._charts:
            return
        from spinetutor.ui.progress import charts

        self._charts = {"spine": charts.SpineChart(), "activity": charts.ActivityChart(),
                        "forecast": charts.ForecastChart()}
        self.spine_layout.insertWidget(self.spine_layout.count() - 1, self._charts["spine"], 1)
        self.activity_layout.addWidget(self._charts["activity"], 1)
        self.forecast_layout.addWidget(self._charts["forecast"], 1)
        self.restyle()

    # -- showing ----------------------------------------------------------------------------
    def set_question_tags(self, question_tags: Mapping[str, Sequence[str]]) -> None:
        """New content (another lesson pack): recompute what each question counts for."""
        self.question_tags = {q: tuple(t) for q, t in question_tags.items()}
        self._schedule_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and not self.held:
            self.refresh()

    def set_held(self, held: bool) -> None:
        """Hold the numbers still (during a test, whose right and wrong are told at its end);
        releasing catches up with every answer given meanwhile."""
        self.held = held
        if not held and self._dirty and self.isVisible():
            self.refresh()

    def _schedule_refresh(self) -> None:
        self._dirty = True
        if self.isVisible() and not self.held:
            self.refresh()

    def refresh(self) -> None:
        """Recompute every number from the store and redraw."""
        self._dirty = False
        data = self.service.dashboard(self.question_tags)
        self.data = data
        if data.answered == 0:
            self._show_empty()
            return
        self.pages.setCurrentIndex(1)
        learner = self.service.profile
        self.title.setText(translate("Progress", "Guest — nothing is kept") if self.service.is_guest
                           else translate("Progress", "{learner}'s progress").format(
                               learner=learner))
        clear_layout(self.stats_row)
        for value, caption in (
            (counted(data.streak_days, translate("Progress", "1 day"),
                     translate("Progress", "{n} days")), translate("Progress", "streak")),
            (duration(data.time_studied), translate("Progress", "time studied")),
            (str(data.answered), translate("Progress", "answer") if data.answered == 1
             else translate("Progress", "answers")),
            (percent(data.accuracy), translate("Progress", "right overall")),
        ):
            self.stats_row.addWidget(stat(value, caption))
        self._fill_study_next(data)
        self._ensure_charts()
        roots = {k: v for k, v in data.per_tag.items() if ":" not in k}
        self._charts["spine"].set_data(roots)
        self._charts["activity"].set_data(data.per_day, self.service.now().date())
        self._charts["forecast"].set_data(data.due_by_day)

    def _show_empty(self) -> None:
        self.pages.setCurrentIndex(0)
        if self.service.is_guest:
            hint = translate("Progress", "You are studying as a guest, so nothing is kept. "
                             "Choose a learner profile to see your progress here.")
        else:
            hint = translate("Progress", "Answer a few quiz questions and this page will show "
                             "what to study next: your weakest roots and the reviews that are "
                             "due.")
        self.empty_hint.setText(hint)

    def _fill_study_next(self, data: Dashboard) -> None:
        due = data.due_now
        self.review_button.setEnabled(due > 0)
        if due:
            self.review_button.setText(counted(
                due, translate("Progress", "Review 1 due question"),
                translate("Progress", "Review {n} due questions")))
            self.review_hint.setText(
                translate("Progress", "Spaced review: the questions you are about to forget."))
        else:
            self.review_button.setText(translate("Progress", "Nothing due for review today"))
            upcoming = sum(data.due_by_day.values())
            self.review_hint.setText(
                counted(upcoming, translate("Progress", "1 review coming this week."),
                        translate("Progress", "{n} reviews coming this week."))
                if upcoming else translate("Progress", "Try a new lesson or a weak topic below."))
        clear_layout(self.weak_rows)
        answers = self.service.answers()
        ranked = weakest_topics(answers, self.question_tags, limit=WEAKEST_SHOWN,
                                min_answers=MIN_ANSWERS)
        self.weakest = [a for a in ranked if a.accuracy < STRONG_FROM]
        if not self.weakest:
            note = QLabel(translate("Progress",
                                    "No weak spots with enough answers yet — keep reviewing."))
            note.setObjectName("hint")
            note.setWordWrap(True)
            self.weak_rows.addWidget(note, 0, 0, 1, 2)
        for row, acc in enumerate(self.weakest):
            self._add_weak_row(row, acc)

    def _add_weak_row(self, row: int, acc: Accuracy) -> None:
        name = plain_label(tag_text(acc.key, self.name_of))  # a topic is the pack's words
        name.setObjectName("weakName")
        value = QLabel(translate("Progress", "{percent} right of {answered}").format(
            percent=percent(acc.accuracy), answered=acc.answered))
        value.setObjectName("weakValue")
        button = QPushButton(translate("Progress", "Study this"))
        button.setProperty("study", True)
        button.setObjectName(f"study:{acc.key}")
        button.clicked.connect(lambda _=False, tag=acc.key: self._on_study_button_clicked(tag))
        name.setWordWrap(True)
        value.setWordWrap(True)
        bar = AccuracyBar(acc.accuracy)
        bar.setMinimumWidth(60)
        # two lines per topic, so a narrow panel keeps every word: name and button, then
        # the bar and the figure
        self.weak_rows.addWidget(name, 2 * row, 0)
        self.weak_rows.addWidget(button, 2 * row, 1)
        self.weak_rows.addWidget(bar, 2 * row + 1, 0)
        self.weak_rows.addWidget(value, 2 * row + 1, 1)

    # -- slots ------------------------------------------------------------------------------
    def _on_service_answers_changed(self) -> None:
        self._schedule_refresh()

    def _on_service_profile_changed(self, _profile: str) -> None:
        self._schedule_refresh()

    def _on_review_button_clicked(self) -> None:
        due = self.service.due_questions()
        if due:
            self.review_requested.emit(due)

    def _on_study_button_clicked(self, tag: str) -> None:
        ids = questions_with_tag(self.question_tags, tag)
        self.study_requested.emit(self.service.study_order(ids))
