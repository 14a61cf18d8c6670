"""Start in two steps: the window with the plate first, the rest after its first paint.

Most of a start is spent importing and building what the plate does not need: the lesson
models (pydantic), the lesson pack, Markdown, the progress store and its charts. A person
starting the app sees the window, the plate and the panels where they will stay; the panels
say they are opening, and fill in once the plate has been painted. Each panel that waits is a
stand-in dock with the real dock's name, title and width, so the saved layout places it and
the plate does not move when the real panel takes its place (`MainWindow.add_dock` reuses it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar, QVBoxLayout, QWidget

from spinetutor.ui.i18n import translate

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
PLACEHOLDER = "spinetutor-placeholder"   # dynamic property on a stand-in dock


@dataclass(frozen=True)
class Waiting:
    """A panel that is built after the first paint: where it goes and what it is called."""

    name: str           # the dock's layout name (as MainWindow.add_dock is given it)
    context: str        # translation context and source text of its title
    title: str
    area: Qt.DockWidgetArea
    min_width: int = 0


# The panels each mode shows that are built after the first paint (the information card is
# part of the window and exists from the start). Titles are the real docks' titles.
WAITING: dict[str, tuple[Waiting, ...]] = {
    "study": (
        Waiting("lessons", "Study", QT_TRANSLATE_NOOP("Study", "Lessons"), LEFT),
        Waiting("study", "Modes", QT_TRANSLATE_NOOP("Modes", "Study"), RIGHT),
        Waiting("progress", "App", QT_TRANSLATE_NOOP("App", "Progress"), RIGHT),
    ),
    "consult": (
        Waiting("patient findings", "Consult", QT_TRANSLATE_NOOP("Consult", "Patient findings"),
                LEFT, 380),
        Waiting("what it may mean", "Consult", QT_TRANSLATE_NOOP("Consult", "What it may mean"),
                RIGHT, 400),
    ),
}
OPENING = QT_TRANSLATE_NOOP("Start", "Opening\u2026")


def opening_panel() -> QWidget:
    """What a waiting panel shows: a line saying it is opening and a busy bar."""
    panel = QWidget()
    column = QVBoxLayout(panel)
    label = QLabel(translate("Start", OPENING))
    label.setObjectName("opening-label")
    bar = QProgressBar()
    bar.setRange(0, 0)   # busy: how long is not known
    bar.setTextVisible(False)
    bar.setAccessibleName(translate("Start", OPENING))
    column.addWidget(label)
    column.addWidget(bar)
    column.addStretch(1)
    return panel


def add_waiting_panels(window: MainWindow, mode: str) -> list[QDockWidget]:
    """Stand-in docks for `mode`'s panels that do not exist yet (none for other modes)."""
    docks = []
    for waiting in WAITING.get(mode, ()):
        if window.findChild(QDockWidget, f"dock-{waiting.name}") is not None:
            continue
        dock = window.add_dock(opening_panel(), translate(waiting.context, waiting.title),
                               waiting.area, name=waiting.name)
        dock.setProperty(PLACEHOLDER, True)
        if waiting.min_width:
            dock.setMinimumWidth(waiting.min_width)
        docks.append(dock)
    return docks


def is_waiting(dock: QDockWidget) -> bool:
    return bool(dock.property(PLACEHOLDER))


class _AfterFirstPaint(QObject):
    """Calls `then` once, on the pass of the event loop after `widget` was first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run `then` soon after `widget` has been painted for the first time."""
    _AfterFirstPaint(widget, then)


def run_steps(steps: list[Callable[[], None]], done: Callable[[], None] | None = None) -> None:
    """Run each step on its own pass of the event loop, so the window repaints (and the busy
    bars move) between them; then `done`."""
    if not steps:
        if done is not None:
            done()
        return
    first, rest = steps[0], steps[1:]

    def step() -> None:
        try:
            first()
        finally:   # a step that fails is reported by Qt; the start still finishes
            run_steps(rest, done)

    QTimer.singleShot(0, step)
