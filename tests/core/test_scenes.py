"""Saved scenes and slide annotations: YAML inside the pack, strict reading, never outside."""

from __future__ import annotations

import os

import pytest

from spinetutor.core.scenes import (
    SCENES_FILE,
    OutsidePackError,
    PresentData,
    SavedScene,
    Stroke,
    load_present_data,
    pack_file,
    save_present_data,
    to_yaml,
)
from spinetutor.core.yaml_source import ContentError

PEN = Stroke("pen", "#d55e00", 4.0, ((10.0, 20.5), (30.5, 40.0), (50.0, 60.0)))
MARKER = Stroke("highlighter", "#f0e442", 18.0, ((1.0, 2.0),))


def _data() -> PresentData:
    scene = SavedScene("L5 on the foot", "disc:L4-L5", "far_lateral", (900.0, 600.0, 300.0, 350.0),
                       (PEN,))
    return PresentData([scene, SavedScene("Blank plate")],
                       {("foot-drop", "ladder"): [PEN, MARKER], ("foot-drop", "intro"): []})


def test_round_trip_through_yaml_inside_the_pack(tmp_path):
    """Saved scenes and drawings come back exactly as the instructor left them."""
    path = save_present_data(tmp_path, _data())
    assert path == pack_file(tmp_path) and path.is_file()
    assert path.parent.name == "scenes" and not path.name.endswith((".yaml", ".yml"))
    back = load_present_data(tmp_path, known_target=lambda t: t in {"disc:L4-L5"})
    assert back.scenes == _data().scenes
    assert back.annotations == {("foot-drop", "ladder"): [PEN, MARKER]}


def test_missing_file_is_empty(tmp_path):
    """A pack without saved scenes opens with an empty list."""
    assert load_present_data(tmp_path) == PresentData()


@pytest.mark.parametrize("where", ["../outside.stscene", "/etc/x.stscene", "scenes/../../x"])
def test_paths_outside_the_pack_are_refused(tmp_path, where):
    """Saving never writes outside the instructor's pack folder."""
    pack = tmp_path / "pack"
    pack.mkdir()
    with pytest.raises(OutsidePackError):
        save_present_data(pack, _data(), where)
    assert not (tmp_path / "outside.stscene").exists()


def test_a_symlinked_scenes_folder_pointing_out_is_refused(tmp_path):
    """A 'scenes' link to another folder is not a way out of the pack."""
    pack, elsewhere = tmp_path / "pack", tmp_path / "elsewhere"
    pack.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, pack / "scenes")
    with pytest.raises(OutsidePackError):
        save_present_data(pack, _data())
    assert not list(elsewhere.iterdir())


@pytest.mark.parametrize("text, line, words", [
    ("version: 1\nscenes:\n  - name: x\n    colour: red\n", 4, "unknown key 'colour'"),
    ("version: 1\nscenes:\n  - name: x\n    target: root:L9\n", 4, "unknown atlas target"),
    ("annotations:\n  l:\n    s:\n      - tool: crayon\n        colour: '#000000'\n"
     "        points: [[1, 2]]\n", 4, "tool must be one of"),
    ("annotations:\n  l:\n    s:\n      - tool: pen\n        colour: '#000000'\n"
     "        points: [[1, x]]\n", 6, "expected a number"),
    ("scenes: &a []\n", 1, "anchors"),
    ("version: 1\nversion: 1\n", 2, "duplicate key"),
])
def test_bad_files_name_the_line(tmp_path, text, line, words):
    """A hand-edited scenes file with a mistake gives the line and a plain message."""
    path = tmp_path / SCENES_FILE
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_present_data(tmp_path, known_target=lambda t: t == "root:L5")
    assert caught.value.line == line, caught.value.format()
    assert words in caught.value.format()


def test_yaml_is_readable_text():
    """The file is plain YAML an instructor can read: names quoted, one stroke per line."""
    text = to_yaml(_data())
    assert 'name: "L5 on the foot"' in text
    assert "points: [[10, 20.5], [30.5, 40], [50, 60]]" in text
