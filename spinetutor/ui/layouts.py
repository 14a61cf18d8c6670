"""Where the panels sit in each mode, remembered per mode, and the View > Panels menu.

Each mode has a designed default (for 1366x768 up to 1920x1080 screens): Study shows the lessons
and the information card on the left, the plate in the middle and the lesson (with Progress as a
tab beside it) on the right; Consultation shows the findings | the plate | what it may mean, and
nothing else. When a person moves or closes panels, the arrangement is kept for that mode only
(``saveState`` on leaving it, ``restoreState`` on coming back) and written to the settings at
quit. "Reset layout" puts the current mode's default back. Present arranges its own screen and
is left alone here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QTabBar

from spinetutor.ui.i18n import translate
from spinetutor.ui.settings_store import LAYOUT_VERSION

if TYPE_CHECKING:
    from spinetutor.ui.main_window import MainWindow

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea

# The panels (dock object names) each managed mode shows; every other dock is hidden there.
PANELS: dict[str, tuple[str, ...]] = {
    "study": ("dock-lessons", "dock-information", "dock-study", "dock-progress"),
    "consult": ("dock-patient findings", "dock-what it may mean"),
}


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


class LayoutKeeper(QObject):
    """Applies each mode's default layout, remembers changes per mode, offers Reset layout."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.states: dict[str, QByteArray] = {}
        window.mode_leaving.connect(self._on_window_mode_leaving)
        window.mode_changed.connect(self._on_window_mode_changed)
        self.panels_menu = QMenu(translate("Layout", "&Panels"), window)
        self.panels_menu.menuAction().setObjectName("menu-panels")
        self.panels_menu.aboutToShow.connect(self._fill_panels_menu)
        window.view_menu.addSeparator()
        window.view_menu.addMenu(self.panels_menu)
        self.reset_action = QAction(translate("Layout", "&Reset layout"), window)
        self.reset_action.setObjectName("reset-layout")
        self.reset_action.triggered.connect(self.reset)
        window.view_menu.addAction(self.reset_action)
        self._fill_panels_menu()

    # ---- what the user sees ------------------------------------------------------------
    def docks(self, mode: str) -> list[QDockWidget]:
        """The existing panels of a mode, in the order of PANELS."""
        found = {d.objectName(): d for d in self.window.findChildren(QDockWidget)}
        return [found[name] for name in PANELS.get(mode, ()) if name in found]

    def reset(self) -> None:
        """Put the current mode's designed layout back (and forget the remembered one)."""
        mode = self.window.mode
        if mode is None or mode.name not in PANELS:
            return
        self.states.pop(mode.name, None)
        self.apply_default(mode.name)

    def apply_default(self, mode: str) -> None:
        window = self.window
        mine = {d.objectName(): d for d in self.docks(mode)}
        for dock in window.findChildren(QDockWidget):
            if dock.objectName() not in mine:
                self._take_out(dock)
        width = max(window.width(), 800)
        if mode == "study":
            self._study(mine, width)
        elif mode == "consult":
            self._consult(mine, width)

    def _study(self, docks: dict[str, QDockWidget], width: int) -> None:
        window = self.window
        lessons, card = docks.get("dock-lessons"), docks.get("dock-information")
        study, progress = docks.get("dock-study"), docks.get("dock-progress")
        if lessons is not None:
            window.addDockWidget(LEFT, lessons)
        if card is not None:
            window.addDockWidget(LEFT, card)
            if lessons is not None:
                window.splitDockWidget(lessons, card, Qt.Orientation.Vertical)
        if study is not None:
            window.addDockWidget(RIGHT, study)
            if progress is not None:
                window.tabifyDockWidget(study, progress)
        for dock in docks.values():
            dock.show()
        if study is not None:
            study.raise_()
        left = [d for d in (lessons, card) if d is not None]
        if left:
            window.resizeDocks(left[:1], [_clamp(width * 0.21, 250, 420)],
                               Qt.Orientation.Horizontal)
        if study is not None:
            window.resizeDocks([study], [_clamp(width * 0.34, 430, 640)],
                               Qt.Orientation.Horizontal)
        if len(left) == 2:
            height = max(window.height() - 120, 400)
            window.resizeDocks(left, [int(height * 0.45), int(height * 0.55)],
                               Qt.Orientation.Vertical)

    def _consult(self, docks: dict[str, QDockWidget], width: int) -> None:
        window = self.window
        findings = docks.get("dock-patient findings")
        explain = docks.get("dock-what it may mean")
        for dock, area in ((findings, LEFT), (explain, RIGHT)):
            if dock is not None:
                window.addDockWidget(area, dock)
                dock.show()
        sized = [(d, w) for d, w in ((findings, _clamp(width * 0.29, 380, 520)),
                                     (explain, _clamp(width * 0.30, 400, 560))) if d is not None]
        if sized:
            window.resizeDocks([d for d, _ in sized], [w for _, w in sized],
                               Qt.Orientation.Horizontal)

    def relayout(self) -> None:
        """Lay the current mode out again (after the window got its size, or states loaded)."""
        mode = self.window.mode
        if mode is not None:
            self.lay_out(mode.name)

    def lay_out(self, name: str) -> None:
        """Place mode `name`'s panels as remembered (or its default); every other panel is
        taken out. Used on a mode change, and at start for the mode about to be built."""
        self._on_window_mode_changed(name)

    def keep_to_mode(self) -> None:
        """Take out every panel the current mode does not show (one added after it started)."""
        mode = self.window.mode
        if mode is None or mode.name not in PANELS:
            return
        mine = set(PANELS[mode.name])
        for dock in self.window.findChildren(QDockWidget):
            if dock.objectName() not in mine:
                self._take_out(dock)

    def _take_out(self, dock: QDockWidget) -> None:
        """Another mode's panel leaves the layout (a hidden dock left in a tab group keeps
        its tab bar on screen)."""
        if self.window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea:
            self.window.removeDockWidget(dock)
        dock.hide()

    # ---- remembering -------------------------------------------------------------------
    def save_current(self) -> None:
        mode = self.window.mode
        if mode is not None and mode.name in PANELS:
            self.states[mode.name] = self.window.saveState(LAYOUT_VERSION)

    def _on_window_mode_leaving(self, name: str) -> None:
        if name in PANELS:
            self.states[name] = self.window.saveState(LAYOUT_VERSION)

    def _on_window_mode_changed(self, name: str) -> None:
        if name not in PANELS:   # Present arranges its own screen; no stale tabs in Tab's path
            self._hide_stale_tab_bars()
            QTimer.singleShot(0, self._hide_stale_tab_bars)
            return
        state = self.states.get(name)
        if state is None or not self.window.restoreState(state, LAYOUT_VERSION):
            self.apply_default(name)
        # a remembered layout from before a panel existed must not show another mode's panels
        mine = set(PANELS[name])
        for dock in self.window.findChildren(QDockWidget):
            if dock.objectName() not in mine:
                self._take_out(dock)
        self._hide_stale_tab_bars()
        QTimer.singleShot(0, self._hide_stale_tab_bars)   # after Qt's own layout pass
        self._fill_panels_menu()

    def _hide_stale_tab_bars(self) -> None:
        """Qt leaves the tab bar of a tab group whose panels left the layout shown (the
        Study | Progress tabs stayed on screen, and in Tab's path, in Consultation), and keeps
        a spare empty one "shown" outside the window: hide the first, and let Tab reach only
        tab bars with open panels."""
        window = self.window
        open_titles = {d.windowTitle() for d in window.findChildren(QDockWidget)
                       if d.toggleViewAction().isChecked()
                       and window.dockWidgetArea(d) != Qt.DockWidgetArea.NoDockWidgetArea}
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            live = bool({bar.tabText(i) for i in range(bar.count())} & open_titles)
            if bar.count() and not live and bar.isVisible():
                bar.hide()
            bar.setFocusPolicy(Qt.FocusPolicy.TabFocus if live else Qt.FocusPolicy.NoFocus)

    # ---- View > Panels -----------------------------------------------------------------
    def _fill_panels_menu(self) -> None:
        """Every panel of the current mode, checked when shown; unchecking closes it."""
        self.panels_menu.clear()
        mode = self.window.mode
        docks = self.docks(mode.name) if mode is not None else []
        for dock in docks:
            action = dock.toggleViewAction()
            action.setText(dock.windowTitle())
            self.panels_menu.addAction(action)
        self.panels_menu.menuAction().setEnabled(bool(docks))
