"""Hostile lesson packs in the real window: pack text is shown as typed, nothing outside is read.

Every test watches the folder around the pack (``FolderOpens``: inotify, so Qt's own C++ file
reads count) and fails when the app opens a file there.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from spinetutor.ui.present.mode import PresentMode
from tests.core._hostile_pack import (
    big_png,
    html_title,
    picture_lesson,
    write_picture_attack_pack,
    write_titles_pack,
)
from tests.ui._file_watch import FolderOpens
from tests.ui.conftest import show_window, start_presenting
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


@pytest.mark.skipif(not FolderOpens.available(), reason="needs Linux inotify")
def test_picture_attacks_open_nothing_outside_in_study_and_present(window, qtbot, tmp_path,
                                                                    monkeypatch):
    """Percent-escaped '..', absolute paths, symlinks, an SVG naming a file, a lesson file
    linking outside and a damaged picture: each attack is one located problem line, the good
    lessons open, and neither Study nor Present opens a file beside the pack (not even Qt
    retrying the damaged picture in the working folder)."""
    pack = write_picture_attack_pack(tmp_path)
    monkeypatch.chdir(tmp_path)  # where Qt would retry a picture that fails to decode
    with FolderOpens(tmp_path) as opens:
        study = open_study(qtbot, window, pack)
        assert sorted(lesson.id for lesson in study.pack.lessons) == [
            "broken-picture", "good", "hostile-titles"]
        problems = [study.browser.problems.item(i).text()
                    for i in range(study.browser.problems.count())]
        assert len(problems) == 6, problems
        for problem in problems:
            assert re.search(r"\.yaml:\d+:\d+: ", problem) and "\n" not in problem, problem
            assert "SECRET" not in problem
        assert any("outside.yaml:1:1:" in p and "symbolic link" in p for p in problems)
        assert any("dots.yaml:12:" in p and "'..'" in p for p in problems)
        view = study.lesson_view
        study.open_lesson("good")
        good = view.text.shown_pictures()
        assert [image.size().toTuple() for image in good] == [(30, 20), (30, 20)]
        study.open_lesson("broken-picture")
        broken = view.text.shown_pictures()
        assert len(broken) == 2 and all(image.size().toTuple() == (160, 90) for image in broken)
        _paint_everything(qtbot)
        present = PresentMode(window, lambda: (study.pack, pack), full_screen=False)
        window.add_mode(present)
        window.set_mode("present")
        present.toggle_presenter(True)
        for _ in range(6):
            _paint_everything(qtbot)
            present.cmd_next()
        assert opens.opened() == []
        present.toggle_presenter(False)
        window.set_mode("study")


def test_three_huge_pictures_never_freeze_a_slide(qtbot, tmp_path):
    """Three 8000 x 7990 PNGs on one slide: the slide appears at once with placeholders of the
    pictures' shape (nothing that size is decoded on the interface's thread); the pictures
    then arrive scaled to the text column."""
    pack = tmp_path / "pack"
    (pack / "images").mkdir(parents=True)
    names = [f"images/big{i}.png" for i in range(3)]
    for name in names:
        (pack / name).write_bytes(big_png())
    (pack / "big.yaml").write_text(picture_lesson("big", [], names))
    _win, mode = start_presenting(qtbot, pack)
    text = mode.stage.slide.text
    assert text.decoding()
    placeholders = text.shown_pictures()
    assert len(placeholders) == 3
    assert all(abs(p.width() / p.height() - 8000 / 7990) < 0.02 for p in placeholders)
    qtbot.waitUntil(lambda: not text.decoding(), timeout=180_000)
    text.viewport().grab()  # drawn as the room sees it
    pictures = text.shown_pictures()  # what Qt's document holds, not what was handed to it
    assert len(pictures) == 3
    for picture in pictures:
        assert picture.width() <= text.viewport().width()
        assert picture.pixelColor(picture.width() // 2, picture.height() // 2).red() == 200
