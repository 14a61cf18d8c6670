"""The window a person launches, built through run_gui's own composition (theme, settings,
progress, docks), at the screen sizes the layouts are designed for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from spinetutor.ui.app import start_window
from spinetutor.ui.i18n import install_language
from spinetutor.ui.settings_store import SettingsStore

SIZES = ((1366, 768), (1920, 1080))


def composed(qtbot, tmp_path, size=(1366, 768), language="en", scale=100, settings=None,
             lessons=None):
    """The launched app's window at `size`, with settings and progress in tmp_path."""
    store = settings or SettingsStore(QSettings(str(tmp_path / "settings.ini"),
                                                QSettings.Format.IniFormat))
    store.language, store.type_scale = language, scale
    window = start_window(store, lessons, store_path=tmp_path / "progress.sqlite3")
    qtbot.addWidget(window)
    window.setGeometry(0, 0, *size)
    qtbot.waitExposed(window)
    window.layouts.relayout()
    qtbot.wait(20)
    return window


@pytest.fixture
def launched(app, qtbot, tmp_path):
    made = []

    def make(**kwargs):
        made.append(composed(qtbot, tmp_path, **kwargs))
        return made[-1]

    yield make
    install_language("en")


def visible_docks(window) -> dict[str, QDockWidget]:
    return {d.objectName(): d for d in window.findChildren(QDockWidget) if d.isVisible()}


def plate_share(window, size) -> float:
    view = window.view
    drawn = view.mapFromScene(view.scene().itemsBoundingRect()).boundingRect()
    part = drawn.intersected(view.viewport().rect())
    return part.width() * part.height() / (size[0] * size[1])


@pytest.mark.parametrize("size", SIZES)
def test_study_and_consultation_give_the_plate_a_third_of_the_screen(launched, size):
    """In Study and Consultation the plate drawing covers at least a third of the screen."""
    window = launched(size=size)
    assert plate_share(window, size) >= 1 / 3
    window.set_mode("consult")
    qt_wait(window)
    assert plate_share(window, size) >= 1 / 3


def qt_wait(window) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def test_study_shows_lesson_and_progress_as_tabs_and_consultation_has_no_progress(launched):
    """Study: lessons and card on the left, the lesson on the right with Progress as a tab
    beside it (not stacked over it); Consultation: findings | plate | what it may mean."""
    window = launched()
    docks = visible_docks(window)
    assert {"dock-lessons", "dock-information", "dock-study", "dock-progress"} <= set(docks)
    assert window.dockWidgetArea(docks["dock-lessons"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.tabifiedDockWidgets(docks["dock-study"]) == [docks["dock-progress"]]
    tabs = [t.tabText(i) for t in window.findChildren(QTabBar) if t.isVisible()
            for i in range(t.count())]
    assert "Progress" in tabs and "Study" in tabs
    # the lesson gets the column's full height: nothing is stacked above or below it
    assert docks["dock-study"].height() > window.height() * 0.8
    window.set_mode("consult")
    qt_wait(window)
    docks = visible_docks(window)
    assert set(docks) == {"dock-patient findings", "dock-what it may mean"}
    view = window.view
    assert docks["dock-patient findings"].geometry().right() < view.mapTo(window, view.rect(
        ).center()).x() < docks["dock-what it may mean"].geometry().left()
    assert not any(t.isVisible() and "Progress" in [t.tabText(i) for i in range(t.count())]
                   for t in window.findChildren(QTabBar))


def foot_and_ankle_targets(window) -> list:
    """The toe, web-space and ankle-bone skin patches drawn on the plate."""
    from spinetutor.ui.diagram.targets import is_small_target

    return [i for i in window.scene.items() if hasattr(i, "target") and is_small_target(i)]


def on_screen_box(window, item):
    """The click area of a plate item as the person sees it, in the view's pixels."""
    return window.view.mapFromScene(item.mapToScene(item.shape())).boundingRect().toRect()


@pytest.mark.parametrize("size", SIZES)
def test_consultation_foot_and_ankle_targets_are_24_px(launched, size):
    """Consultation opens on the legs and feet with every toe, web space and ankle bone on
    screen and its click area at least 24 px on its shorter side (measured on the window a
    person launches, at 1366x768 and 1920x1080)."""
    window = launched(size=size)
    window.view.fit_to_window()
    whole = window.view.current_scale()
    window.set_mode("consult")
    qt_wait(window)
    assert window.view.current_scale() > 1.4 * whole
    targets = foot_and_ankle_targets(window)
    names = {t.target for t in targets}
    assert {"region:lateral_malleolus", "region:medial_malleolus", "region:little_toe",
            "region:great_toe", "region:first_web_space"} <= names
    assert len(targets) >= 16   # toes, web spaces and malleoli in their two views
    viewport = window.view.viewport().rect()
    for item in targets:
        box = on_screen_box(window, item)
        assert viewport.contains(box), item.svg_id
        assert min(box.width(), box.height()) >= 24, (item.svg_id, box)
    window.modes["consult"].forget_patient()


def test_a_click_beside_the_ankle_bone_marks_it(launched, qtbot):
    """The ankle bone's click area reaches past its small drawn bump into the background
    beside the ankle: a click there marks the ankle bone, never a neighbouring patch."""
    from PySide6.QtCore import QPointF

    window = launched()
    window.set_mode("consult")
    qt_wait(window)
    item = next(i for i in foot_and_ankle_targets(window)
                if i.svg_id == "patch.lateral_malleolus.front")
    drawn, hit = item.outline(), item.shape()
    rect = hit.boundingRect()
    beside = next(QPointF(rect.left() + rect.width() * i / 20, rect.top() + rect.height() * j / 20)
                  for j in range(8, 13) for i in range(1, 20)
                  if hit.contains(QPointF(rect.left() + rect.width() * i / 20,
                                          rect.top() + rect.height() * j / 20))
                  and not drawn.contains(QPointF(rect.left() + rect.width() * i / 20,
                                                 rect.top() + rect.height() * j / 20))
                  and window.scene.item_at(QPointF(rect.left() + rect.width() * i / 20,
                                                   rect.top() + rect.height() * j / 20)) is item)
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(beside))
    panel = window.modes["consult"].findings_panel
    assert panel.marks["pain"] == ["lateral_malleolus"]
    window.modes["consult"].forget_patient()


def test_the_whole_legs_and_feet_show_at_1920x1080(launched):
    """At 1920x1080 the consultation shows every skin patch of both legs and feet at once."""
    window = launched(size=(1920, 1080))
    window.set_mode("consult")
    qt_wait(window)
    viewport = window.view.viewport().rect()
    legs = window.view.mapFromScene(window.scene.area_rect("legs").adjusted(30, 40, -30, -30))
    assert viewport.contains(legs.boundingRect())


def test_layouts_are_remembered_per_mode_and_reset(launched, qtbot):
    """Closing the card in Study stays closed when coming back from Consultation; View >
    Reset layout brings it back; View > Panels lists the mode's panels."""
    window = launched()
    card = window.card_dock
    card.close()
    window.set_mode("consult")
    window.set_mode("study")
    qt_wait(window)
    assert card.isHidden()
    window.layouts._fill_panels_menu()
    names = [a.text() for a in window.layouts.panels_menu.actions()]
    assert names == ["Lessons", "Information", "Study", "Progress"]
    window.layouts.reset_action.trigger()
    qt_wait(window)
    assert card.isVisible()


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_themes_keep_checked_toggles_and_the_consultations_large_type(app, qtbot, tmp_path,
                                                                       theme):
    """In every theme the active mode and herniation type look pressed, and the consultation
    panels' words are larger than the rest of the app."""
    from PySide6.QtWidgets import QComboBox, QLabel

    from spinetutor.ui.themes import color_distance

    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    store.theme = theme
    window = composed(qtbot, tmp_path, settings=store)
    window.set_mode("consult")
    qt_wait(window)
    bar = window.mode_toolbar
    on, off = (bar.widgetForAction(window.mode_actions[m]).grab().toImage()
               for m in ("consult", "study"))
    assert color_distance(on.pixelColor(4, on.height() // 2),
                          off.pixelColor(4, off.height() // 2)) > 100
    panel = window.modes["consult"].findings_panel
    base = app.font().pointSizeF()
    for widget in panel.findChildren(QLabel)[:5] + panel.findChildren(QComboBox)[:5]:
        assert widget.font().pointSizeF() >= 1.25 * base, type(widget).__name__


def test_dark_theme_unchecked_check_box_has_a_visible_edge(app, qtbot):
    """In the dark theme an unchecked check box still shows its box (3:1 against the field)."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    from spinetutor.ui import themes

    themes.apply_theme(app, "dark")
    box = QCheckBox("Show medical terms")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    row = int(rect.center().y() * ratio)
    edge = max(themes.contrast(image.pixelColor(x, row), themes.LOOKS["dark"].base)
               for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)))
    assert edge >= 3
