"""Compare any two structures (Present and Study), the lesson's own `compare:` pairs, and
Study following the lesson that was presented."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spinetutor.ui.app import build_window
from spinetutor.ui.present.compare_picker import ComparePicker
from tests.ui.conftest import start_presenting
from tests.ui.test_present import LESSON, key

PAIRS = """\
  compare:
    - {a: root:S1, b: nerve:sural}
    - {a: root:L5, b: nerve:sciatic}
quiz:"""


def write_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "foot-drop.yaml").write_text(LESSON.replace("quiz:", PAIRS, 1), encoding="utf-8")
    return folder


def _presenting(qtbot, tmp_path: Path):
    window, mode = start_presenting(qtbot, write_pack(tmp_path / "pack"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, mode


def _pick(qtbot, picker: ComparePicker, a: str, b: str) -> None:
    """Choose two structures in the drop-downs and press Compare, as a user would."""
    for combo, target in ((picker.first, a), (picker.second, b)):
        combo.setCurrentIndex(combo.findData(target))
    qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)


def test_c_shows_the_lessons_own_pairs_first_then_the_classic_ones(qtbot, tmp_path):
    """C compares S1 with the sural nerve (the lesson's first pair), then L5 with the sciatic
    nerve, then the built-in L5 vs S1; the table says what only the sural nerve lacks."""
    window, mode = _presenting(qtbot, tmp_path)
    key(qtbot, window, "C")
    page = mode.stage.compare
    assert mode.stage.page == "compare"
    assert (page.comparison.a.target, page.comparison.b.target) == ("root:S1", "nerve:sural")
    assert "calf" in page.table.text().lower() or "plantar" in page.table.text().lower()
    key(qtbot, window, "C")
    assert (page.comparison.a.target, page.comparison.b.target) == ("root:L5", "nerve:sciatic")
    key(qtbot, window, "C")
    assert (page.comparison.a.target, page.comparison.b.target) == ("root:L5", "root:S1")


def test_shift_c_picks_any_two_structures(qtbot, tmp_path):
    """Shift+C opens a picker; choosing the L4 root and the saphenous nerve shows that pair."""
    window, mode = _presenting(qtbot, tmp_path)
    key(qtbot, window, "C", Qt.KeyboardModifier.ShiftModifier)
    dialog = mode.picker
    assert dialog is not None and dialog.isVisible()
    suggested = [dialog.picker.suggested.item(i).text()
                 for i in range(dialog.picker.suggested.count())]
    assert "sural" in suggested[0].lower()
    _pick(qtbot, dialog.picker, "disc:L4-L5", "nerve:common_peroneal")
    page = mode.stage.compare
    assert mode.stage.page == "compare"
    assert (page.comparison.a.target, page.comparison.b.target) == \
        ("disc:L4-L5", "nerve:common_peroneal")
    assert not dialog.isVisible()


def test_study_compares_any_two_structures_and_follows_the_presented_lesson(qtbot, tmp_path):
    """In Study, View > Compare opens two lit plates with the lesson's pairs on offer; after
    presenting, Study shows the lesson and section that were on the projector."""
    window = build_window(write_pack(tmp_path / "pack"), store_path=tmp_path / "p.sqlite3")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    study = window.modes["study"]
    compare = window.findChild(type(study.compare_action), "study-compare")
    assert compare is not None and compare.isVisible()
    compare.trigger()
    dialog = study.compare_window
    assert dialog.isVisible()
    assert "sural" in dialog.picker.suggested.item(0).text().lower()
    _pick(qtbot, dialog.picker, "root:S1", "nerve:sural")
    assert (dialog.page.comparison.a.target, dialog.page.comparison.b.target) == \
        ("root:S1", "nerve:sural")
    left, right = (scene.current for scene in dialog.page.scenes)
    assert left.roots == ["S1"] and right.nerves and "sural" in right.nerves
    dialog.close()
    window.set_mode("present")
    present = window.modes["present"]
    assert present.go("foot-drop-class", "nerve")
    window.set_mode("study")
    QApplication.processEvents()
    assert study.lesson_view.lesson.id == "foot-drop-class"
    assert study.lesson_view.section.id == "nerve"


def test_compared_plates_on_a_projector_show_one_view_with_legible_labels(qtbot, tmp_path):
    """On a 1920x1080 projector, C frames both plates on the same part of the body (the one
    with most lit skin) and every label on either plate is at least 18 px tall; leaving
    Present draws the main plate's labels as designed again."""
    from spinetutor.ui.present.plate_labels import labels_on_screen

    window, mode = _presenting(qtbot, tmp_path)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: mode.stage.height() == 1080)
    key(qtbot, window, "C")
    page = mode.stage.compare
    assert (page.comparison.a.target, page.comparison.b.target) == ("root:S1", "nerve:sural")
    shown = [v.mapToScene(v.viewport().rect()).boundingRect() for v in page.views]
    assert shown[0] == shown[1]
    sole = page.scenes[0].area_rect("foot_sole")
    assert sole.intersects(shown[0])
    for view in page.views:
        labels = labels_on_screen(view)
        assert labels and min(px for _, px in labels) >= 18 - 0.05
    mode.leave()
    assert window.view.plate.label_floor == 0
