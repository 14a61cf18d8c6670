"""Plate labels on a projector: every label the room sees is drawn at least 18 px tall at 1080
lines, by drawing the small ones bigger while presenting (never in Study)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from spinetutor.ui.diagram.label_floor import raise_labels
from spinetutor.ui.present.plate_labels import labels_on_screen
from tests.ui.conftest import show_window

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<text x="10" y="20" font-size="8" text-anchor="start">lateral</text>
<text x="10" y="29.5" font-size="8" text-anchor="start">recess</text>
<text x="50" y="60" font-size="14" text-anchor="middle">L4</text>
<text x="80" y="90" font-size="7" text-anchor="end">right</text>
</svg>"""

PACK = """\
lesson:
  id: spine-class
  title: The lumbar spine
  topic: Spine
  level: intro
  minutes: 5
  objectives: [Name the lumbar discs]
  sources: ["Textbook"]
  sections:
    - id: discs
      title: The discs
      text: The discs sit between the vertebral bodies.
      actions:
        - clear: true
        - zoom: lumbar_detail
"""


def test_small_labels_are_drawn_at_the_floor_and_their_lines_spread():
    """Labels under the floor grow to it, keeping their anchor; a two-line label's second line
    moves down with the first one's growth so the lines never overlap; big labels stay."""
    out = raise_labels(SVG, 10.5)
    assert 'y="20" font-size="10.5"' in out and ">lateral<" in out
    assert 'y="32.47" font-size="10.5"' in out    # 20 + 9.5 * 10.5 / 8
    assert 'font-size="14"' in out                 # already large enough
    assert 'x="80" y="90" font-size="10.5" text-anchor="end"' in out
    assert raise_labels(SVG, 0) == SVG


def _ink_rows(image, rect, colour: QColor) -> int:
    """How many pixel rows inside `rect` hold the label's own ink colour."""
    rows = 0
    for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) \
                    + abs(pixel.blue() - colour.blue()) < 60:
                rows += 1
                break
    return rows


def test_presenting_draws_the_small_plate_labels_big_enough_for_the_room(qtbot, tmp_path: Path):
    """On a 1920x1080 projector the lumbar spine's small "L4–L5 disc" label (8 plate units,
    13.7 px as designed at this zoom) is painted at least 18 px tall; leaving Present draws the
    plate as designed again. A condition's own labels on the slide are as large."""
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.ui.main_window import MainWindow
    from spinetutor.ui.present.mode import PresentMode

    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "spine.yaml").write_text(PACK, encoding="utf-8")
    atlas = load_atlas()
    pack = load_pack(tmp_path / "pack", atlas.knows)
    window = MainWindow(atlas)
    mode = PresentMode(window, lambda: (pack, tmp_path / "pack"), full_screen=False)
    window.add_mode(mode)
    show_window(qtbot, window, (1920, 1080))
    window.set_mode("present")
    view = window.view
    qtbot.waitUntil(lambda: mode.stage.slide.height() == 1080)
    mode.frame_plate()
    labels = labels_on_screen(view)
    assert labels and min(px for _, px in labels) >= 18 - 0.05
    disc = next(label for label, _ in labels if label.text == "L4–L5 disc")
    box = view.mapFromScene(disc.rect.adjusted(-2, -4, 30, 4)).boundingRect()
    ink = QColor("#3f5f77")
    raised = _ink_rows(view.viewport().grab().toImage(), box, ink)
    # cap and ascender height of an 18 px DejaVu label: about 13-14 px of ink
    assert raised >= 13
    # a condition drawn on the slide (a slip, its grade and labels at 7.5 units) reads too
    window.selection.show_pathology("spondylolisthesis.degenerative.L4-L5")
    slip = [px for label, px in labels_on_screen(view) if label.group]
    assert slip and min(slip) >= 18 - 0.05
    mode.leave()
    assert view.plate.label_floor == 0
    view.resetTransform()
    view.scale(18 / 10.5, 18 / 10.5)   # Present's zoom, the plate as designed
    view.centerOn(disc.rect.center())
    box = view.mapFromScene(disc.rect.adjusted(-2, -4, 30, 4)).boundingRect()
    designed = _ink_rows(view.viewport().grab().toImage(), box, ink)
    assert 0 < designed < raised - 2, (designed, raised)
