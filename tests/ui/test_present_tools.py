"""Present mode tools: drawing, undo, clear, saved drawings and scenes, compare, questions."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from spinetutor.core.scenes import SCENES_FILE, load_present_data
from spinetutor.ui.present.mode import PresentMode
from tests.ui.test_present import key, present  # noqa: F401 (fixture)


def drag(qtbot, view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Draw with the mouse across the plate's viewport, as a presenter would."""
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(port, start + (end - start) * (i / steps))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)


def test_pen_strokes_undo_and_clear(present, qtbot):  # noqa: F811
    """Dragging with the pen draws on the plate; Ctrl+Z takes it back; X clears the slide."""
    window, mode = present
    view = window.view
    target_before = window.selection.target
    key(qtbot, window, "P")
    assert mode.annotation_input.tool == "pen"
    drag(qtbot, view, QPoint(200, 200), QPoint(320, 260))
    strokes = mode.annotations.of(mode.slide_key)
    assert len(strokes) == 1 and strokes[0].tool == "pen" and len(strokes[0].points) >= 5
    start = view.mapToScene(QPoint(200, 200))
    assert abs(strokes[0].points[0][0] - start.x()) < 1.5
    assert window.selection.target == target_before   # drawing did not select anything
    assert mode.layer.strokes == strokes
    key(qtbot, window, "H")
    drag(qtbot, view, QPoint(150, 300), QPoint(260, 300))
    assert [s.tool for s in mode.annotations.of(mode.slide_key)] == ["pen", "highlighter"]
    key(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    assert [s.tool for s in mode.annotations.of(mode.slide_key)] == ["pen"]
    drag(qtbot, view, QPoint(100, 100), QPoint(140, 150))
    key(qtbot, window, "X")
    assert mode.annotations.of(mode.slide_key) == [] and mode.layer.strokes == []
    key(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    assert len(mode.annotations.of(mode.slide_key)) == 2


def test_drawings_stay_with_their_slide_and_round_trip_through_the_pack(present, qtbot, tmp_path):  # noqa: F811
    """Drawings come back with their slide, are saved as YAML inside the pack and load again."""
    window, mode = present
    key(qtbot, window, "P")
    drag(qtbot, window.view, QPoint(200, 200), QPoint(300, 240))
    first = mode.annotations.of(mode.slide_key)
    key(qtbot, window, "PageDown")
    assert mode.layer.strokes == []
    key(qtbot, window, "PageUp")
    assert mode.layer.strokes == first
    key(qtbot, window, "S", Qt.KeyboardModifier.ControlModifier)
    pack_root = tmp_path / "pack"
    saved = load_present_data(pack_root, known_target=window.atlas.knows)
    assert saved.annotations == {("foot-drop-class", "disc"): first}
    assert (pack_root / SCENES_FILE).is_file()
    assert mode.cmd_save_drawings(relative="../stolen.stscene") is False
    assert not (tmp_path / "stolen.stscene").exists()
    assert "outside the pack" in mode.stage.toast.text()
    # a fresh presenter on the same pack finds the drawing on its slide
    fresh = PresentMode(window, mode.pack_provider, full_screen=False)
    fresh.pack_root = pack_root
    fresh._load_saved()
    assert fresh.annotations.of(("foot-drop-class", "disc")) == first


def test_saved_scene_reopens_selection_herniation_zoom_and_drawing(present, qtbot, tmp_path):  # noqa: F811
    """A saved view (L4-L5 far-lateral, zoomed, with a circle) opens again from the list, on
    the slide it was saved on: that slide's title, text and counter, not another's."""
    window, mode = present
    window.selection.set_herniation("far_lateral")
    window.selection.select("disc:L4-L5")
    window.view.zoom_to_area("foot_dorsum")
    key(qtbot, window, "P")
    drag(qtbot, window.view, QPoint(220, 220), QPoint(260, 300))
    assert mode.cmd_save_scene(name="Far lateral L4") is True
    key(qtbot, window, "PageDown")
    key(qtbot, window, "PageDown")
    key(qtbot, window, "O")
    assert mode.scene_list is not None and mode.scene_list.count() == 1
    item = mode.scene_list.item(0)
    mode.scene_list.itemActivated.emit(item)
    assert window.selection.target == "disc:L4-L5"
    assert window.selection.herniation == "far_lateral"
    assert window.selection.highlight.roots == ["L4"]
    assert len(mode.layer.strokes) == 1
    slide = mode.stage.slide
    assert mode.cursor.key == ("foot-drop-class", "disc")
    assert slide.title.text() == "The disc" and "1 / 4" in slide.header.text()
    assert "L4-L5 disc" in slide.text.toPlainText()
    assert "Far lateral L4" in mode.stage.toast.text()
    saved = load_present_data(tmp_path / "pack", known_target=window.atlas.knows)
    assert saved.scenes[0].slide == ("foot-drop-class", "disc")


def test_cleared_drawings_stay_cleared_when_presenting_again(present, qtbot):  # noqa: F811
    """Drawings saved into the pack, then cleared with X, do not come back when the presenter
    leaves and starts presenting again."""
    window, mode = present
    key(qtbot, window, "P")
    drag(qtbot, window.view, QPoint(200, 200), QPoint(300, 240))
    key(qtbot, window, "S", Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, "X")
    assert mode.layer.strokes == []
    mode.leave()
    window.set_mode("present")
    assert mode.cursor.key == ("foot-drop-class", "disc")
    assert mode.layer.strokes == [] and mode.annotations.of(mode.slide_key) == []


def test_cleared_drawings_stay_cleared_when_the_pack_is_opened_again(present, qtbot, tmp_path):  # noqa: F811
    """X on a slide whose drawings were saved takes them out of the pack's file too: the next
    class (the app started again) finds the slide clean, and other slides keep theirs."""
    window, mode = present
    key(qtbot, window, "P")
    drag(qtbot, window.view, QPoint(200, 200), QPoint(300, 240))
    key(qtbot, window, "PageDown")
    drag(qtbot, window.view, QPoint(220, 220), QPoint(320, 260))
    key(qtbot, window, "S", Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, "PageUp")
    key(qtbot, window, "X")
    assert "in the pack too" in mode.stage.toast.text()
    pack_root = tmp_path / "pack"
    saved = load_present_data(pack_root, known_target=window.atlas.knows)
    assert list(saved.annotations) == [("foot-drop-class", "far")]
    fresh = PresentMode(window, mode.pack_provider, full_screen=False)   # the next class
    fresh.pack_root = pack_root
    fresh._load_saved()
    assert fresh.annotations.of(("foot-drop-class", "disc")) == []
    assert len(fresh.annotations.of(("foot-drop-class", "far"))) == 1


def test_highlighter_over_the_slide_text_selects_nothing(present, qtbot):  # noqa: F811
    """With the highlighter on, dragging across the slide's text leaves no text selection."""
    window, mode = present
    key(qtbot, window, "H")
    text = mode.stage.slide.text
    port = text.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(port, QPoint(200, 30))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=QPoint(200, 30))
    assert not text.textCursor().hasSelection()


def test_compare_l5_with_common_peroneal(present, qtbot):  # noqa: F811
    """C, C shows L5 beside the common peroneal nerve; hip abduction and inversion are L5-only."""
    window, mode = present
    key(qtbot, window, "C")
    assert mode.stage.page == "compare"
    key(qtbot, window, "C")
    page = mode.stage.compare
    assert page.comparison.b.target == "nerve:common_peroneal"
    assert {"hip_abduction", "ankle_inversion"} <= set(
        page.comparison.aspect("movements").only_a)
    text = page.table.text()
    assert "Hip abduction" in text and "Ankle inversion" in text
    assert page.scenes[0].current.target == "root:L5"
    assert page.scenes[1].current.target == "nerve:common_peroneal"
    key(qtbot, window, "Escape")
    assert mode.stage.page == "slide" and window.mode is mode


def test_class_question_hides_then_reveals_answer_and_explanation(present, qtbot):  # noqa: F811
    """Q asks with answers hidden; A shows the right option; E the reasoning; Space goes on."""
    window, mode = present
    key(qtbot, window, "Q")
    page = mode.stage.question
    assert mode.stage.page == "question"
    assert "\u2714" not in page.choices.text() and page.explanation.text() == ""
    key(qtbot, window, "A")
    assert "Ankle inversion&nbsp;&nbsp;\u2714" in page.choices.text()
    assert page.explanation.text() == ""
    key(qtbot, window, "E")
    assert "tibial nerve" in page.explanation.text()
    key(qtbot, window, "Q")          # the diagram question: answer shown on the plate
    assert page.question.id == "fd-q2" and window.selection.target == ""
    key(qtbot, window, "Space")
    assert window.selection.target == "disc:L4-L5"
    key(qtbot, window, "Space")
    assert page.stage == 2
    key(qtbot, window, "Space")
    assert mode.stage.page == "slide"
