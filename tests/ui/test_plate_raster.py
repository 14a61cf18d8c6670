"""Highlight pictures are trimmed to what they show and rendered before anyone clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from spinetutor.ui.diagram.items import SPRITES
from spinetutor.ui.diagram.raster import trim
from tests.ui.conftest import click_scene_point


def _diagonal_nerve(width: int = 300, height: int = 400) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(230, 159, 0, 200), 3.5))
    painter.drawLine(QPointF(12.3, 8.6), QPointF(288.1, 391.4))
    painter.drawEllipse(QPointF(40, 350), 6, 6)
    painter.end()
    return image


def test_trimmed_picture_keeps_every_drawn_pixel_and_drops_most_empty_ones():
    image = _diagonal_nerve()
    pieces = trim(image, 5, 7)
    kept = sum(piece.width() * piece.height() for piece, _, _ in pieces)
    assert kept < 0.35 * image.width() * image.height()
    rebuilt = QImage(image.size(), image.format())
    rebuilt.fill(0)
    painter = QPainter(rebuilt)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    for piece, x, y in pieces:
        painter.drawImage(QPoint(x - 5, y - 7), piece)
    painter.end()
    assert rebuilt == image


def test_an_empty_picture_has_no_pieces():
    image = QImage(40, 30, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    assert trim(image, 0, 0) == ()


def test_an_idle_plate_has_every_click_ready(window, qtbot):
    """Once the plate has been idle a moment after its first paint, clicking a level, a
    root or a skin region only copies pictures: none is rendered on the click."""
    view = window.view
    qtbot.waitUntil(lambda: view.warmup.ready, timeout=15000)
    rendered = SPRITES.put_bytes
    for target in ("disc:L4-L5", "root:S1", "region:dorsum_of_foot", "vertebra:L2",
                   "region:posterior_thigh"):
        click_scene_point(qtbot, view, window.scene.probe_point(target))
        assert window.selection.target == target
        qtbot.wait(1)
    assert SPRITES.put_bytes == rendered


def test_an_idle_plate_clears_and_selects_without_redrawing_its_art(window, qtbot,
                                                                     monkeypatch):
    """Clearing a selection and selecting again swap the plain and the veiled art, both made
    in idle time: neither click redraws the plate's SVG art."""
    from spinetutor.ui.diagram import view as view_module

    view = window.view
    qtbot.waitUntil(lambda: view.warmup.ready, timeout=15000)
    redrawn: list[object] = []
    original = view_module.render_image
    monkeypatch.setattr(view_module, "render_image",
                        lambda *a, **k: redrawn.append(a[0]) or original(*a, **k))
    window.selection.clear()
    qtbot.wait(1)
    click_scene_point(qtbot, view, window.scene.probe_point("root:L5"))
    qtbot.wait(1)
    window.selection.clear()
    qtbot.wait(1)
    assert window.selection.target == ""
    assert redrawn == []
