"""The plate in Spanish: its labels come from plate.es.svg; clicks work as in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import yaml
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from spinetutor.core.atlas import load_atlas
from spinetutor.ui import diagram
from spinetutor.ui.diagram.scene import PLATE_SVG, PlateScene, plate_svg_for
from spinetutor.ui.main_window import MainWindow
from tests.ui.conftest import click_scene_point, show_window

PLATE_ES = PLATE_SVG.with_name("plate.es.svg")
TABLE = PLATE_SVG.with_name("labels.es.yaml")
SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def _texts(svg) -> list[str]:
    return [el.text or "" for el in ET.parse(svg).getroot().iter(SVG_TEXT)]


@pytest.fixture
def spanish_window(spanish, qtbot):
    return show_window(qtbot, MainWindow(load_atlas()))


def _picture(scene: PlateScene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_spanish_plate_file_is_chosen_by_language(spanish_window):
    """With Spanish chosen, the plate's titles and labels are drawn in Spanish."""
    scene = spanish_window.scene
    assert scene.svg_file == PLATE_ES
    title = QRectF(960, 0, 330, 34)   # "Right leg — front" / "Pierna derecha — vista anterior"
    shown = _picture(scene, title)
    assert shown == _picture(PlateScene(scene.atlas, PLATE_ES), title)
    assert shown != _picture(PlateScene(scene.atlas, PLATE_SVG), title)


def test_english_and_a_missing_translation_fall_back_to_the_english_plate(tmp_path,
                                                                            monkeypatch):
    """English users, and a build without plate.es.svg, still see the English plate."""
    assert plate_svg_for("en") == PLATE_SVG
    assert plate_svg_for("es") == PLATE_ES
    monkeypatch.setattr(diagram.scene, "PLATE_SVG", tmp_path / "plate.svg")
    assert plate_svg_for("es") == tmp_path / "plate.svg"


def test_every_label_is_translated_where_the_table_says_so():
    """Every label, title, key line and note reads in Spanish (e.g. "Pierna derecha")."""
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))["labels"]
    english, spanish = _texts(PLATE_SVG), _texts(PLATE_ES)
    spanish_set = set(spanish)
    spanish_lines = {line for value in table.values() for line in value.split("|")}
    for key, value in table.items():
        if key.startswith("SpineTutor plate:"):   # the document <title>, not a <text>
            continue
        for line in value.split("|"):
            assert line in spanish_set, f"{line!r} (for {key!r}) is not on the Spanish plate"
        for line in key.split("|"):
            if line not in spanish_lines:
                assert line in english and line not in spanish_set, line
    assert "Pierna derecha — vista anterior" in spanish_set
    assert "n. peroneo superficial" in spanish_set and "cola de caballo" in spanish_set
    assert "Right leg — front" not in spanish_set and "sciatic n." not in spanish_set


def test_spanish_plate_keeps_the_english_structures():
    """The Spanish plate has the same clickable shapes, ids and coordinates as the English."""
    def structures(svg):
        group = next(g for g in ET.parse(svg).getroot() if g.get("id") == "structures")
        return [(el.get("id"), el.get("d")) for el in group]

    assert structures(PLATE_ES) == structures(PLATE_SVG)


@pytest.mark.parametrize("target", ["disc:L4-L5", "root:L5", "nerve:superficial_peroneal",
                                    "region:dorsum_of_foot", "landmark:cauda_equina",
                                    "region:saddle"])
def test_clicks_still_select_on_the_spanish_plate(spanish_window, qtbot, target):
    """Clicking a structure on the Spanish plate selects it, as on the English one."""
    scene = spanish_window.scene
    point = scene.probe_point(target)
    assert point is not None, target
    click_scene_point(qtbot, spanish_window.view, point)
    assert spanish_window.selection.target == target
    qtbot.keyClick(spanish_window.view, Qt.Key.Key_Escape)


@pytest.mark.parametrize(("target", "expected"), [
    ("root:L5", "Pie caído con marcha en estepaje"),
    ("root:S1", "Reflejo aquíleo disminuido o abolido."),
    ("nerve:common_peroneal", "Cabeza y cuello del peroné"),
    ("disc:L4-L5", "Dónde se notan el dolor y el adormecimiento"),
])
def test_the_information_card_speaks_spanish(spanish_window, qtbot, target, expected):
    """Clicking L5, S1, the common peroneal nerve or a disc on the Spanish plate opens a
    Spanish card: its headings and its facts, with the sources' own titles."""
    click_scene_point(qtbot, spanish_window.view, spanish_window.scene.probe_point(target))
    text, _, sources = spanish_window.card.toPlainText().partition("Fuentes")
    assert expected in text and sources   # source titles below are proper names
    for english in ("Where pain and numbness", "Bedside tests", "What the weakness",
                    "Where it gets trapped", "Foot drop", "Course"):
        assert english not in text
    assert spanish_window.card.card.sources   # the references are still listed
