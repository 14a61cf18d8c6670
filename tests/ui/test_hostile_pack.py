"""Hostile lesson packs in the real window: pack text is shown as typed, nothing outside is read.

Every test watches the folder around the pack (``FolderOpens``: inotify, so Qt's own C++ file
reads count) and fails when the app opens a file there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from spinetutor.ui.present.mode import PresentMode
from tests.core._hostile_pack import html_title, write_titles_pack
from tests.ui._file_watch import FolderOpens
from tests.ui.conftest import show_window
from tests.ui.test_study_support import click, open_study


def _rich_labels_showing(text: str) -> list[str]:
    """Labels anywhere in the app that would read ``text`` (pack words) as HTML."""
    found = []
    for top in QApplication.topLevelWidgets():
        for label in [top, *top.findChildren(QLabel)]:
            if not isinstance(label, QLabel) or text not in label.text():
                continue
            if label.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{label.objectName() or type(label.parent()).__name__}")
    return found


def _raw_tooltips(text: str) -> list[str]:
    return [w.objectName() or type(w).__name__ for top in QApplication.topLevelWidgets()
            for w in [top, *top.findChildren(QWidget)] if text in w.toolTip()]


def _paint_everything(qtbot) -> None:
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            top.grab()
    qtbot.wait(50)


def test_html_in_titles_is_shown_as_typed_and_opens_nothing(window, qtbot, tmp_path):
    """A title `<img src='...'> L5` reads as those characters in Study, the quiz and its
    results, and no file beside the pack is opened."""
    pack = write_titles_pack(tmp_path)
    title = html_title(tmp_path)
    with FolderOpens(tmp_path) as opens:
        study = open_study(qtbot, window, pack)
        assert study.pack.problems == ()
        view = study.lesson_view
        assert view.title.text() == title
        assert view.title.textFormat() == Qt.TextFormat.PlainText
        assert view.meta.text().startswith(title)
        item = study.browser.tree.topLevelItem(0).child(0)
        assert "&lt;img" in item.toolTip(0) and "<img" not in item.toolTip(0)
        _paint_everything(qtbot)
        view.show_section(1)  # the last section: its quiz button
        click(qtbot, view.quiz_buttons[0])
        panel = study.quiz_panel
        assert panel.title.text() == title
        assert panel.widget.buttons["a"].text() == title  # a radio button: plain text
        click(qtbot, panel.widget.buttons["a"])
        _paint_everything(qtbot)
        for _ in range(3):
            if study.stack.currentWidget() is study.result_view:
                break
            click(qtbot, panel.submit_button)
            if panel.next_button.isVisible():
                click(qtbot, panel.next_button)
        assert study.stack.currentWidget() is study.result_view
        assert title in study.result_view.title.text()
        _paint_everything(qtbot)
        assert _rich_labels_showing("<img src=") == []
        assert _raw_tooltips("<img src=") == []
        assert opens.opened() == []


@pytest.mark.skipif(not FolderOpens.available(), reason="needs Linux inotify")
def test_html_titles_on_slides_and_presenter_view_open_nothing(qtbot, tmp_path):
    """Present shows the HTML title literally on the slide and in the presenter view."""
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.ui.main_window import MainWindow

    pack = write_titles_pack(tmp_path)
    title = html_title(tmp_path)
    with FolderOpens(tmp_path) as opens:
        atlas = load_atlas()
        loaded = load_pack(pack, atlas.knows)
        win = MainWindow(atlas)
        mode = PresentMode(win, lambda: (loaded, pack), full_screen=False)
        win.add_mode(mode)
        show_window(qtbot, win, (1400, 900))
        win.set_mode("present")
        slide = mode.stage.slide
        assert slide.title.text() == title
        assert slide.header.text().startswith(title)
        mode.toggle_presenter(True)
        assert mode.presenter.now.text().endswith(title)
        _paint_everything(qtbot)
        assert _rich_labels_showing("<img src=") == []
        assert opens.opened() == []
        mode.toggle_presenter(False)
