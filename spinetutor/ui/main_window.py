"""The main window: the plate in the centre, the card beside it, actions in menus and a toolbar.

Layout and actions only; what a selection means is decided by the core and SelectionModel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from spinetutor import __version__
from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_localized import localized_atlas
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.cards import has_card
from spinetutor.ui import themes
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.view import PlateView
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.message_bar import MessageBar
from spinetutor.ui.modes.base import Mode
from spinetutor.ui.modes.registry import ModeRegistry
from spinetutor.ui.panels.info_card import InfoCard
from spinetutor.ui.selection import SelectionModel
from spinetutor.ui.staged_start import PLACEHOLDER
from spinetutor.ui.structure_finder import StructureFinder
from spinetutor.ui.tool_icons import tool_icon
from spinetutor.ui.toolbar_wrap import ToolbarWrap

HERNIATION_LABELS = {   # shown through translate("MainWindow", ...)
    "posterolateral": QT_TRANSLATE_NOOP("MainWindow", "Posterolateral"),
    "far_lateral": QT_TRANSLATE_NOOP("MainWindow", "Far-lateral / foraminal"),
    "central": QT_TRANSLATE_NOOP("MainWindow", "Central (cauda equina)"),
}


def focusable(toolbar: QToolBar, action: QAction) -> None:
    """A toolbar toggle Tab can reach (tool buttons take no keyboard focus by default), named
    for screen readers by its text; Space presses it."""
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.text().replace("&", ""))


class MainWindow(QMainWindow):
    mode_leaving = Signal(str)   # the mode about to be left (its layout is still showing)
    mode_changed = Signal(str)
    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow",
                                      "SpineTutor \u2014 from the lower spine to the foot"))
        self.atlas = atlas
        self.selection = SelectionModel(atlas, self)
        self.scene = PlateScene(atlas)
        self.view = PlateView(self.scene, warm_pictures=True)
        self.card = InfoCard(atlas)
        self.message_bar = MessageBar()
        self.plate_area = QWidget()
        column = QVBoxLayout(self.plate_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.message_bar)
        column.addWidget(self.view, 1)
        self.setCentralWidget(self.plate_area)
        self.card_dock = self.add_dock(self.card, translate("MainWindow", "Information"),
                                       Qt.DockWidgetArea.RightDockWidgetArea, name="information")
        # A panel that wants plate clicks as answers (a quiz question, the consultation
        # mode's "where do you feel it") installs a handler; it returns True when it used
        # the click, otherwise the click selects as usual.
        self.plate_click_handlers: list[Callable[[str], bool]] = []
        self.hover_label = QLabel("")
        # It fills the status bar's stretch anyway; ignoring its text width means a new
        # hovered name repaints the label without laying the status bar out again.
        self.hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(QLabel(
            translate("MainWindow", "Educational use only \u2014 not a diagnosis")))
        self._build_actions()
        self.view.selection_requested.connect(self._on_view_selection_requested)
        self.view.clear_requested.connect(self.selection.clear)
        self.scene.structure_hovered.connect(self._on_scene_structure_hovered)
        self.view.structure_focused.connect(self._on_scene_structure_hovered)
        self.selection.selection_changed.connect(self._on_selection_changed)
        self.selection.herniation_changed.connect(self._on_selection_herniation_changed)
        self.modes = ModeRegistry()
        self.mode: Mode | None = None
        self.resize(1500, 900)

    def restore_plate_area(self) -> None:
        """Put the plate (and the message bar above it) back as the central widget.

        A mode that borrows the view for its own layout (presenting) calls this on leaving;
        the window keeps a reference to the area meanwhile, so nothing is lost.
        """
        self.plate_area.layout().addWidget(self.view, 1)
        if self.centralWidget() is not self.plate_area:
            self.takeCentralWidget()
            self.setCentralWidget(self.plate_area)
        self.plate_area.show()
        self.view.show()

    def show_message(self, text: str) -> None:
        """Show a notice in the banner above the plate until dismissed."""
        self.message_bar.show_message(text)

    # ---- modes -----------------------------------------------------------------
    def add_mode(self, mode: Mode) -> None:
        """Register a mode and give it a checkable entry in the Mode menu and toolbar."""
        self.modes.add(mode)
        self._add_mode_action(mode.name, mode.title)

    def add_mode_factory(self, name: str, title: str, factory: Callable[[], Mode]) -> None:
        """Register a mode (its menu entry now) that `factory()` builds on first use.

        `title` is untranslated (QT_TRANSLATE_NOOP in the "Modes" context), like Mode.title.
        """
        self.modes.add_factory(name, factory)
        self._add_mode_action(name, title)

    def _add_mode_action(self, name: str, title: str) -> None:
        action = self.mode_actions.get(name)
        if action is None:
            action = QAction(self, checkable=True)
            action.setObjectName(f"mode-{name}")
            action.setShortcut(QKeySequence(f"Ctrl+{len(self.mode_actions) + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.set_mode(n))
            self.mode_group.addAction(action)
            self.mode_menu.addAction(action)
            self.mode_toolbar.addAction(action)
            self.mode_actions[name] = action
        action.setText(translate("Modes", title))
        focusable(self.mode_toolbar, action)

    def set_mode(self, name: str) -> None:
        if self.mode is not None and self.mode.name == name:
            return
        if self.modes.is_building(name):
            # asked for from a nested event loop while the mode is being built (the start's
            # progress dialog): switch once it exists
            QTimer.singleShot(100, lambda: self.set_mode(name))
            return
        if self.mode is not None and not self.mode.may_leave():
            self.mode_actions[self.mode.name].setChecked(True)  # the click did not switch
            return
        if self.mode is not None:
            self.mode_leaving.emit(self.mode.name)
            self.mode.deactivate()
        self.selection.clear()
        self.mode = self.modes[name]
        self.mode_actions[name].setChecked(True)
        self.mode.activate()
        self.mode_changed.emit(name)

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea,
                 name: str | None = None) -> QDockWidget:
        """A dock showing `title`; `name` (default: the title) keys its saved layout, so pass
        an untranslated name when the title is translated."""
        key = f"dock-{(name or title).lower()}"
        waiting = self.findChild(QDockWidget, key)
        if waiting is not None and waiting.property(PLACEHOLDER):
            # a stand-in shown while the app was starting (ui/staged_start.py): the real
            # panel takes its place, so the layout does not move
            waiting.setProperty(PLACEHOLDER, False)
            old = waiting.widget()
            waiting.setWidget(widget)
            if old is not None:
                old.deleteLater()
            if title:
                waiting.setWindowTitle(title)
            return waiting
        dock = QDockWidget(title, self)
        dock.setObjectName(key)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        # a mode built after the saved layout was restored still gets its saved place
        self.restoreDockWidget(dock)
        return dock

    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        quit_action = QAction(translate("MainWindow", "&Quit"), self,
                              shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.mode_menu = self.menuBar().addMenu(translate("MainWindow", "&Mode"))
        self.mode_menu.menuAction().setObjectName("menu-mode")
        self.mode_toolbar = QToolBar(translate("MainWindow", "Mode"), self)
        self.mode_toolbar.setObjectName("toolbar-mode")
        self.addToolBar(self.mode_toolbar)
        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        self.view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        toolbar = QToolBar(translate("MainWindow", "Plate"), self)
        toolbar.setObjectName("toolbar-plate")
        # icons only: the words stay in the View menu, tool tips and accessible names, and
        # the row keeps room for the find box and the herniation toggles
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)
        self.plate_toolbar = toolbar
        self.tool_actions: dict[str, QAction] = {}
        for kind, text, keys, slot in (
            ("zoom_in", QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
             QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom_by(1.25)),
            ("zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
             QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom_by(0.8)),
            ("fit", QT_TRANSLATE_NOOP("MainWindow", "&Fit to window"), QKeySequence("Ctrl+0"),
             self.view.fit_to_window),
            ("clear", QT_TRANSLATE_NOOP("MainWindow", "&Clear selection"), QKeySequence("Ctrl+E"),
             self.selection.clear),
        ):
            action = QAction(translate("MainWindow", text), self, shortcut=keys)
            action.setObjectName(f"tool-{kind}")
            action.triggered.connect(slot)
            self.view_menu.addAction(action)
            toolbar.addAction(action)
            self.tool_actions[kind] = action
            named = action.text().replace("&", "")
            keys_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{named} ({keys_text})")
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(named)
        themes.follow(toolbar, self._restyle_tools)
        toolbar.addSeparator()
        self.find_box = StructureFinder(self.atlas, self.scene.keyboard_order())
        self.find_box.structure_chosen.connect(self._on_find_box_structure_chosen)
        toolbar.addWidget(self.find_box)
        # The herniation toggles have a toolbar of their own, on the first row when it fits
        # and on a second row otherwise (toolbar_wrap.py): never hidden behind "»".
        hernia = QToolBar(translate("MainWindow", "Disc herniation"), self)
        hernia.setObjectName("toolbar-herniation")
        self.addToolBar(hernia)
        self.herniation_toolbar = hernia
        hernia.addWidget(QLabel(translate("MainWindow", " Disc herniation: ")))
        self.herniation_menu = self.view_menu.addMenu(translate("MainWindow", "Disc &herniation"))
        self.herniation_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        # none pressed while the plate draws a condition that is not a herniation (stenosis)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for key, label in HERNIATION_LABELS.items():
            action = QAction(translate("MainWindow", label), self, checkable=True)
            action.setObjectName(f"herniation-{key}")
            action.setChecked(key == "posterolateral")
            action.setToolTip(localized_atlas(self.atlas, content_language()).disc_rules[key])
            action.triggered.connect(lambda _=False, k=key: self._on_herniation_triggered(k))
            group.addAction(action)
            hernia.addAction(action)
            self.herniation_menu.addAction(action)
            focusable(hernia, action)
            self.herniation_actions[key] = action
        self.toolbar_wrap = ToolbarWrap(self, [self.mode_toolbar, toolbar], hernia)
        find = QAction(translate("MainWindow", "&Find a structure"), self,
                       shortcut=QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self._on_find_triggered)
        self.view_menu.addAction(find)
        self.addAction(find)
        self.file_menu.addSeparator()
        self.file_menu.addAction(quit_action)
        self.help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About SpineTutor"), self)
        about.triggered.connect(self._show_about)
        self.help_menu.addAction(about)

    def _restyle_tools(self) -> None:
        """Tool icons in the theme's text colour, as tall as a line of the current text."""
        color = self.palette().color(QPalette.ColorRole.WindowText)
        side = max(16, self.plate_toolbar.fontMetrics().height())
        self.plate_toolbar.setIconSize(QSize(side, side))
        for kind, action in self.tool_actions.items():
            action.setIcon(tool_icon(kind, color, side))

    def _show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About SpineTutor"), translate(
            "MainWindow",
            "<h3>SpineTutor {version}</h3><p>An offline tutor for how a problem in the "
            "lower spine turns into pain, numbness or weakness in the foot.</p><p><b>For "
            "education only.</b> SpineTutor does not diagnose; anyone with saddle numbness, new "
            "bladder or bowel trouble, symptoms in both legs or rapidly worsening weakness "
            "should seek urgent care the same day.</p><p>Facts cite ISNCSCI/ASIA, StatPearls, "
            "Physiopedia, Radiopaedia and textbook tables; each card lists its sources.</p>",
        ).format(version=__version__))

    # ---- slots -----------------------------------------------------------------
    def _on_find_box_structure_chosen(self, target: str) -> None:
        """Select what was found and scroll the plate to it (it may be outside the zoom)."""
        self._on_view_selection_requested(target)
        items = self.scene.items_for(target)
        detail = [i for i in items if i.svg_id.endswith(".detail")]  # the large drawing
        if detail or items:
            self.view.ensureVisible((detail or items)[0], 40, 40)

    def _on_find_triggered(self) -> None:
        """Ctrl+F: the "Find a structure" box, its text selected to type over."""
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.lineEdit().selectAll()

    def _on_view_selection_requested(self, target: str) -> None:
        for handler in reversed(self.plate_click_handlers):
            if handler(target):
                return
        self.selection.select(target)

    def _on_scene_structure_hovered(self, target: str) -> None:
        lay = bool(self.mode is not None and self.mode.lay_language)  # plain words in Consultation
        self.hover_label.setText(
            self.atlas.name_of(target, lay=lay, language=content_language()) if target else "")

    def _on_selection_changed(self, highlight: Highlight | None) -> None:
        self.scene.show_highlight(highlight)
        self.card.show_highlight(highlight if has_card(highlight) else None)

    def _on_herniation_triggered(self, herniation: str) -> None:
        """A toggle pressed (or pressed again: it stays pressed) chooses that type."""
        self.selection.set_herniation(herniation)
        self._on_selection_herniation_changed(self.selection.shown_herniation)

    def _on_selection_herniation_changed(self, herniation: str) -> None:
        """Press the shown herniation type's toggle; "" (a condition that is not a herniation,
        such as stenosis) presses none."""
        for key, action in self.herniation_actions.items():
            action.setChecked(key == herniation)
