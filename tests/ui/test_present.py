"""Present mode: a lesson taught from clicker keys, blank screen, pathway reveal and pulse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spinetutor.core.atlas import load_atlas
from spinetutor.core.lesson_pack import load_pack
from spinetutor.ui.main_window import MainWindow
from spinetutor.ui.present.mode import PresentMode
from tests.ui.conftest import show_window, start_presenting

LESSON = """\
lesson:
  id: foot-drop-class
  title: Foot drop in class
  topic: Foot drop
  level: intro
  minutes: 10
  objectives: [Tell L5 from the peroneal nerve]
  sources: ["Textbook"]
  sections:
    - id: disc
      title: The disc
      text: "The **L4-L5 disc** presses on [L5](spinetutor:root:L5)."
      notes: |
        Ask the room **which root** before revealing. Point at the foramen.
      actions:
        - clear: true
        - select: disc:L4-L5
    - id: far
      title: Far lateral
      text: A far-lateral herniation catches the exiting root.
      actions:
        - herniation: far_lateral
    - id: nerve
      title: The peroneal nerve
      text: Round the fibular head.
      actions:
        - select: nerve:common_peroneal
        - zoom: leg_front
    - id: skin
      title: The skin
      text: Top of the foot.
      actions:
        - clear: true
        - highlight_regions: [dorsum_of_foot, great_toe]
quiz:
  id: foot-drop-class-quiz
  title: Foot drop check
  questions:
    - id: fd-q1
      type: single_choice
      prompt: Which movement is weak in L5 but normal in a peroneal palsy?
      explanation: Inversion (tibialis posterior) is supplied through the tibial nerve.
      about: [root:L5]
      options:
        - {id: a, text: Ankle dorsiflexion}
        - {id: b, text: Ankle inversion, correct: true}
    - id: fd-q2
      type: click_diagram
      prompt: Click the disc whose posterolateral herniation usually causes foot drop.
      explanation: The L4-L5 disc usually compresses the traversing L5 root.
      about: [root:L5]
      accepted: [disc:L4-L5]
"""


def write_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "foot-drop.yaml").write_text(LESSON, encoding="utf-8")
    return folder


@pytest.fixture
def present(qtbot, tmp_path):
    """The real main window with a Present mode over a small pack, presenting (not full screen)."""
    window, mode = start_presenting(qtbot, write_pack(tmp_path / "pack"))
    yield window, mode
    if window.mode is mode:
        mode.leave()


def key(qtbot, window, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key as a clicker or keyboard would: into the focused plate."""
    target = window.focusWidget() or window.view
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{name}"), modifier)


def test_a_lesson_is_taught_from_clicker_keys_alone(present, qtbot):
    """PageDown, Right and Space walk every section and the plate follows each one."""
    window, mode = present
    assert not window.menuBar().isVisible() and not window.card_dock.isVisible()
    assert mode.stage.slide.title.text() == "The disc"
    assert window.selection.target == "disc:L4-L5"
    assert window.selection.highlight.roots == ["L5"]
    key(qtbot, window, "PageDown")
    assert mode.cursor.key == ("foot-drop-class", "far")
    assert window.selection.herniation == "far_lateral"
    assert window.selection.highlight.roots == ["L4"]
    key(qtbot, window, "Right")
    assert mode.stage.slide.title.text() == "The peroneal nerve"
    assert window.selection.target == "nerve:common_peroneal"
    key(qtbot, window, "Space")
    assert window.selection.highlight.regions == {"dorsum_of_foot", "great_toe"}
    assert "4 / 4" in mode.stage.slide.header.text()
    key(qtbot, window, "PageDown")   # the end: stays on the last slide
    assert mode.cursor.key == ("foot-drop-class", "skin")
    key(qtbot, window, "PageUp")
    assert mode.cursor.key == ("foot-drop-class", "nerve")
    key(qtbot, window, "Escape")
    assert window.mode is None
    assert window.menuBar().isVisible() and window.card_dock.isVisible()
    assert window.centralWidget() is window.plate_area and window.view.isVisibleTo(window)


def test_b_blanks_and_unblanks_the_screen(present, qtbot):
    """B turns the projector black; B again (or '.') brings the slide back."""
    window, mode = present
    key(qtbot, window, "B")
    assert mode.stage.stack.currentWidget() is mode.stage.blank
    key(qtbot, window, "B")
    assert mode.stage.stack.currentWidget() is mode.stage.slide
    key(qtbot, window, "Period")
    assert mode.stage.blanked
    key(qtbot, window, "Period")
    assert not mode.stage.blanked


def test_reveal_steps_down_the_pathway_and_the_pulse_travels(present, qtbot):
    """R reveals root, plexus, nerve, branches, then skin; the glowing dot moves over time."""
    window, mode = present
    scene = window.scene
    lit = lambda target: any(item.states for item in scene.items_for(target))  # noqa: E731
    key(qtbot, window, "R")
    assert [s.kind for s in mode.steps] == ["root", "plexus", "nerve", "branch", "branch",
                                            "skin"]
    assert lit("root:L5") and not lit("nerve:sciatic") and not lit("region:dorsum_of_foot")
    key(qtbot, window, "R")
    assert lit("nerve:lumbosacral_plexus") and not lit("nerve:sciatic")
    key(qtbot, window, "Down")
    assert lit("nerve:sciatic") and not lit("nerve:common_peroneal")
    key(qtbot, window, "R")
    assert lit("nerve:common_peroneal")
    key(qtbot, window, "R")
    assert lit("nerve:deep_peroneal") and not lit("region:dorsum_of_foot")
    key(qtbot, window, "R")
    assert lit("region:dorsum_of_foot")
    assert "Skin:" in mode.stage.slide.footer.text()
    pulse = mode.pulse
    assert pulse.isVisible() and len(pulse.positions()) == 2   # deep and superficial branch
    before = pulse.positions()[0]
    qtbot.waitUntil(lambda: pulse.positions()[0] != before, timeout=3000)
    key(qtbot, window, "Up")
    assert not lit("region:dorsum_of_foot")
    key(qtbot, window, "PageDown")    # a new slide ends the reveal
    assert not pulse.isVisible() and not mode.steps


def test_question_mark_opens_the_shortcut_sheet(present, qtbot):
    """'?' shows a sheet listing every key, including the clicker keys."""
    window, mode = present
    key(qtbot, window, "Question")
    assert mode.sheet is not None and mode.sheet.isVisible()
    text = mode.sheet.text.toPlainText()
    for words in ("PgDown", "Space", "Ctrl+Z", "Black screen", "Esc"):
        assert words in text


def test_text_size_changes_live(present, qtbot):
    """] and Ctrl+Minus make the slide text larger and smaller at once."""
    window, mode = present
    before = mode.stage.slide.title.font().pixelSize()
    key(qtbot, window, "BracketRight")
    assert mode.stage.slide.title.font().pixelSize() > before
    key(qtbot, window, "Minus", Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, "Minus", Qt.KeyboardModifier.ControlModifier)
    assert mode.stage.slide.title.font().pixelSize() < before


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_shipped_course_can_be_presented_from_end_to_end(qtbot, app, size):
    """Walking the whole shipped course with Page Down (in the app's theme and a large type
    scale, as a user may have set) shows every section on one slide, its text whole (nothing
    cut off) in legible type, every diagram step runs, and every plate label on screen is at
    least 18 px tall at 1080 lines (12 px at 720), measured slide by slide."""
    from spinetutor.ui import themes
    from spinetutor.ui.present.fit import min_body_px

    themes.apply_theme(app, "high_contrast")
    themes.apply_type_scale(app, 150)
    atlas = load_atlas()
    root = Path(__file__).resolve().parents[2] / "lessons"
    pack = load_pack(root, atlas.knows)
    if not pack.lessons:
        pytest.skip("the shipped course does not load here")
    window = MainWindow(atlas)
    mode = PresentMode(window, lambda: (pack, root), full_screen=False)
    window.add_mode(mode)
    show_window(qtbot, window, size)
    window.set_mode("present")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    slide = mode.stage.slide
    assert slide.size().toTuple() == size
    problems: list[str] = []
    mode.toast = problems.append   # a skipped diagram step would be reported here
    from spinetutor.ui.present.framing import focus_rect, label_px, lit_in
    from spinetutor.ui.present.plate_labels import labels_on_screen

    seen, hidden, follow_on, small_labels, off_plate = [], [], [], [], []
    view = window.view
    smallest = 100.0
    while True:
        seen.append(mode.cursor.key)
        # every label on screen >= 18 px on 1080 lines, the slide's subject in view
        labels = labels_on_screen(view)
        assert labels, mode.cursor.key
        low = min(px for _, px in labels)
        smallest = min(smallest, low)
        if low < label_px(size[1]) - 0.05:
            small_labels.append((mode.cursor.key, round(low, 1)))
        subject = focus_rect(view.plate, mode.frame_area)
        lit = lit_in(view.plate, subject)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if not shown.intersects(lit if lit.isValid() else subject):
            off_plate.append(mode.cursor.key)
        text = slide.text
        if text.document().size().height() > text.viewport().height() or \
                text.font().pixelSize() < round(min_body_px(size[1])):
            hidden.append(mode.cursor.key)
        if mode.cursor.pages > 1:
            follow_on.append(mode.cursor.key)
        if mode.cursor.peek() is None:
            break
        key(qtbot, window, "PageDown")
    every = [(lesson.id, s.id) for lesson in pack.lessons for s in lesson.sections]
    assert list(dict.fromkeys(seen)) == every
    assert not hidden
    assert follow_on == []
    assert small_labels == [] and off_plate == []
    assert not problems
    mode.leave()


def test_f5_leaves_and_starts_presenting_again(present, qtbot):
    """F5 leaves the slide show with the window as it was, and F5 starts it again."""
    window, mode = present
    key(qtbot, window, "F5")
    assert window.mode is None and window.centralWidget() is window.plate_area
    assert window.menuBar().isVisible()
    key(qtbot, window, "F5")
    assert window.mode is mode and window.centralWidget() is mode.stage
    assert mode.stage.slide.title.text() == "The disc"


def test_snapshot_renders_a_slide_to_png(present, tmp_path):
    """`spinetutor snapshot --mode present` writes the slide as the room would see it."""
    window, mode = present
    from spinetutor.ui.present.snapshot import render_present_snapshot

    out = tmp_path / "slide.png"
    render_present_snapshot(window, "foot-drop-class", "nerve", out, (1200, 800), reveal=2)
    assert out.stat().st_size > 10_000
    assert mode.cursor.key == ("foot-drop-class", "nerve") and mode.shown == 2
    with pytest.raises(KeyError):
        render_present_snapshot(window, "no-such-lesson", None, out, (1200, 800))


def test_presenter_view_shows_notes_next_slide_and_clock(present, qtbot):
    """F6 opens the presenter's screen: the section's own notes (rendered, no Markdown marks),
    the next slide's title and a running clock; a section without notes says so."""
    window, mode = present
    key(qtbot, window, "F6")
    presenter = mode.presenter
    assert presenter is not None and presenter.isVisible()
    notes = presenter.notes.toPlainText()
    assert "Ask the room which root before revealing" in notes
    assert "**" not in notes and "The L4-L5 disc" not in notes
    assert "Next: Far lateral" in presenter.next.text()
    assert presenter.count.text() == "Slide 1 of 4"
    assert ":" in presenter.clock.text()
    key(qtbot, window, "PageDown")
    assert "Next: The peroneal nerve" in presenter.next.text()
    assert "No notes for this slide" in presenter.notes.toPlainText()
    assert "A far-lateral herniation" in presenter.notes.toPlainText()


def test_clicker_keys_work_with_the_presenter_view_focused(present, qtbot):
    """With the presenter's window focused (clicked on the laptop), Page Down, Page Up, B,
    F6 and Esc still drive the slides: the clicker never stops mid-class."""
    window, mode = present
    key(qtbot, window, "F6")
    presenter = mode.presenter
    assert window.isActiveWindow() or not presenter.isActiveWindow()   # opening keeps focus
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert mode.cursor.key == ("foot-drop-class", "far")
    assert "Next: The peroneal nerve" in presenter.next.text()
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert mode.cursor.key == ("foot-drop-class", "nerve")
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert mode.cursor.key == ("foot-drop-class", "far")
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert mode.stage.blanked
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert not mode.stage.blanked
    qtbot.keyClick(presenter, Qt.Key.Key_F6)
    assert not presenter.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, "F6")
    assert presenter.isVisible()
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.mode is not mode and not presenter.isVisible()


def test_leaving_present_keeps_the_message_bar(present, qtbot):
    """After presenting, notices still appear above the plate (the banner was not lost)."""
    window, mode = present
    key(qtbot, window, "Question")
    mode.deactivate()
    assert mode.sheet is None or not mode.sheet.isVisible()
    window.show_message("Your answers can't be saved right now.")
    assert window.message_bar.isVisible()
    assert window.message_bar.parent() is window.plate_area
