"""Saved classroom scenes and slide annotations, kept as YAML inside the instructor's pack.

An instructor prepares a class by drawing on slides and saving views ("L5 with the disc
herniated, zoomed on the foot, the dermatome circled"); both travel with the pack. The file is
YAML but named ``*.stscene`` so the lesson loader, which reads every ``*.yaml`` of a pack, does
not mistake it for a lesson. Writes are atomic and never leave the pack folder; reads use the
strict YAML loader, so a hand-edited file gives ``file:line:column`` errors, never a traceback.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spinetutor.core.atomic_write import atomic_write_text
from spinetutor.core.yaml_source import ContentError, YamlDocument, load_yaml_file

SCENES_FILE = Path("scenes") / "classroom.stscene"
TOOLS = ("pen", "highlighter")
HERNIATIONS = ("posterolateral", "far_lateral", "central")
MAX_POINTS = 5000
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_Path = tuple[str | int, ...]
Point = tuple[float, float]


@dataclass(frozen=True)
class Stroke:
    """One pen or highlighter line in plate (scene) coordinates, so zooming keeps it in place."""

    tool: str
    colour: str
    width: float
    points: tuple[Point, ...]


@dataclass(frozen=True)
class SavedScene:
    """A view to reopen in class: selection, herniation type, zoom rectangle and drawings."""

    name: str
    target: str | None = None
    herniation: str = "posterolateral"
    zoom: tuple[float, float, float, float] | None = None
    strokes: tuple[Stroke, ...] = ()
    slide: tuple[str, str] | None = None   # (lesson id, section id) it was saved on


@dataclass
class PresentData:
    """Everything the presenter keeps in a pack: saved scenes and per-slide annotations."""

    scenes: list[SavedScene] = field(default_factory=list)
    annotations: dict[tuple[str, str], list[Stroke]] = field(default_factory=dict)


class OutsidePackError(ValueError):
    """A file path that would land outside the pack folder."""


def pack_file(pack_root: str | Path, relative: str | Path = SCENES_FILE) -> Path:
    """The absolute path of ``relative`` inside the pack; refuses anything that escapes it.

    '..', absolute paths and symbolic links pointing out of the pack are all refused.
    """
    root = os.path.realpath(pack_root)
    if os.path.isabs(relative):
        raise OutsidePackError(f"'{relative}' is an absolute path; give a path inside the pack")
    target = os.path.realpath(os.path.join(root, relative))
    try:
        inside = os.path.commonpath([root, target]) == root and target != root
    except ValueError:  # another drive on Windows
        inside = False
    if not inside:
        raise OutsidePackError(f"'{relative}' is outside the pack folder; saving there is refused")
    return Path(target)


# ---- writing ------------------------------------------------------------------------
def _num(value: float) -> str:
    return f"{round(value, 1):g}"


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _stroke_lines(stroke: Stroke, indent: str) -> list[str]:
    points = ", ".join(f"[{_num(x)}, {_num(y)}]" for x, y in stroke.points)
    return [f"{indent}- tool: {stroke.tool}", f"{indent}  colour: {_text(stroke.colour)}",
            f"{indent}  width: {_num(stroke.width)}", f"{indent}  points: [{points}]"]


def to_yaml(data: PresentData) -> str:
    """The file text: block YAML with one line per stroke's points, easy to diff."""
    lines = ["# SpineTutor presentation scenes and slide annotations (YAML).",
             "# Written by the Present mode; coordinates are plate units.", "version: 1"]
    lines.append("scenes:" if data.scenes else "scenes: []")
    for scene in data.scenes:
        lines.append(f"  - name: {_text(scene.name)}")
        lines.append(f"    target: {_text(scene.target) if scene.target else 'null'}")
        lines.append(f"    herniation: {scene.herniation}")
        zoom = f"[{', '.join(_num(v) for v in scene.zoom)}]" if scene.zoom else "null"
        lines.append(f"    zoom: {zoom}")
        if scene.slide:
            lines.append(f"    lesson: {_text(scene.slide[0])}")
            lines.append(f"    section: {_text(scene.slide[1])}")
        lines.append("    strokes:" if scene.strokes else "    strokes: []")
        for stroke in scene.strokes:
            lines += _stroke_lines(stroke, "      ")
    slides = {key: strokes for key, strokes in sorted(data.annotations.items()) if strokes}
    lines.append("annotations:" if slides else "annotations: {}")
    lesson = None
    for (lesson_id, section_id), strokes in slides.items():
        if lesson_id != lesson:
            lines.append(f"  {_text(lesson_id)}:")
            lesson = lesson_id
        lines.append(f"    {_text(section_id)}:")
        for stroke in strokes:
            lines += _stroke_lines(stroke, "      ")
    return "\n".join(lines) + "\n"


def save_present_data(pack_root: str | Path, data: PresentData,
                      relative: str | Path = SCENES_FILE) -> Path:
    """Write atomically into the pack (creating its scenes folder); returns the file."""
    path = pack_file(pack_root, relative)
    path.parent.mkdir(parents=True, exist_ok=True)
    pack_file(pack_root, path.relative_to(os.path.realpath(pack_root)))  # re-check after mkdir
    atomic_write_text(path, to_yaml(data))
    return path


# ---- reading ------------------------------------------------------------------------
class _Reader:
    """Turns the strict loader's plain data into the model, naming the line of each problem."""

    def __init__(self, doc: YamlDocument, known_target: Callable[[str], bool] | None) -> None:
        self.doc = doc
        self.known_target = known_target

    def fail(self, path: _Path, message: str, fix: str | None = None) -> ContentError:
        return self.doc.error(path, message, fix)

    def mapping(self, value: Any, path: _Path, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "expected a mapping (key: value lines)")
        for key in value:
            if key not in keys:
                raise self.doc.error((*path, key), f"unknown key '{key}'",
                                     f"use one of {', '.join(keys)}", key=True)
        return value

    def listing(self, value: Any, path: _Path) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, "expected a list")
        return value

    def number(self, value: Any, path: _Path) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise self.fail(path, f"expected a number, not '{value}'") from None
        if not math.isfinite(number) or abs(number) > 1e6:
            raise self.fail(path, f"'{value}' is not a usable coordinate")
        return number

    def stroke(self, value: Any, path: _Path) -> Stroke:
        raw = self.mapping(value, path, ("tool", "colour", "width", "points"))
        tool = raw.get("tool")
        if tool not in TOOLS:
            raise self.fail((*path, "tool"), f"tool must be one of {', '.join(TOOLS)}")
        colour = raw.get("colour")
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise self.fail((*path, "colour"), "colour must look like \"#d55e00\"")
        width = self.number(raw.get("width", "4"), (*path, "width"))
        if not 0.5 <= width <= 80:
            raise self.fail((*path, "width"), "width must be between 0.5 and 80")
        points_path = (*path, "points")
        points = self.listing(raw.get("points"), points_path)
        if not 1 <= len(points) <= MAX_POINTS:
            raise self.fail(points_path, f"a stroke needs 1 to {MAX_POINTS} points")
        out: list[Point] = []
        for index, point in enumerate(points):
            where = (*points_path, index)
            if not isinstance(point, list) or len(point) != 2:
                raise self.fail(where, "each point is a pair [x, y]")
            out.append((self.number(point[0], (*where, 0)), self.number(point[1], (*where, 1))))
        return Stroke(tool, colour.lower(), width, tuple(out))

    def scene(self, value: Any, path: _Path) -> SavedScene:
        raw = self.mapping(value, path, ("name", "target", "herniation", "zoom", "strokes",
                                         "lesson", "section"))
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise self.fail((*path, "name"), "each scene needs a name")
        target = raw.get("target")
        if target is not None and (not isinstance(target, str) or (
                self.known_target is not None and not self.known_target(target))):
            raise self.fail((*path, "target"), f"unknown atlas target '{target}'",
                            "write kind:id, e.g. root:L5 or disc:L4-L5")
        herniation = raw.get("herniation") or "posterolateral"
        if herniation not in HERNIATIONS:
            raise self.fail((*path, "herniation"),
                            f"herniation must be one of {', '.join(HERNIATIONS)}")
        zoom_raw = raw.get("zoom")
        zoom = None
        if zoom_raw is not None:
            items = self.listing(zoom_raw, (*path, "zoom"))
            if len(items) != 4:
                raise self.fail((*path, "zoom"), "zoom is [x, y, width, height] or null")
            x, y, w, h = (self.number(v, (*path, "zoom", i)) for i, v in enumerate(items))
            if w <= 0 or h <= 0:
                raise self.fail((*path, "zoom"), "zoom width and height must be positive")
            zoom = (x, y, w, h)
        strokes = tuple(self.stroke(s, (*path, "strokes", i))
                        for i, s in enumerate(self.listing(raw.get("strokes"), (*path, "strokes"))))
        slide = None
        if raw.get("lesson") is not None or raw.get("section") is not None:
            lesson, section = raw.get("lesson"), raw.get("section")
            if not isinstance(lesson, str) or not isinstance(section, str):
                raise self.fail((*path, "lesson"), "a scene's slide needs both 'lesson' and "
                                "'section' ids", "write e.g. lesson: foot-drop, section: l5")
            slide = (lesson, section)
        return SavedScene(name.strip(), target, herniation, zoom, strokes, slide)

    def read(self) -> PresentData:
        if self.doc.data is None:
            return PresentData()
        raw = self.mapping(self.doc.data, (), ("version", "scenes", "annotations"))
        if str(raw.get("version", "1")) != "1":
            raise self.fail(("version",), "this file was written by a newer SpineTutor",
                            "update SpineTutor to open it")
        scenes = [self.scene(s, ("scenes", i))
                  for i, s in enumerate(self.listing(raw.get("scenes"), ("scenes",)))]
        annotations: dict[tuple[str, str], list[Stroke]] = {}
        lessons = raw.get("annotations") or {}
        if not isinstance(lessons, dict):
            raise self.fail(("annotations",), "annotations map lesson ids to section ids")
        for lesson_id, sections in lessons.items():
            if not isinstance(sections, dict):
                raise self.fail(("annotations", lesson_id), "expected section ids under a lesson")
            for section_id, strokes in sections.items():
                where = ("annotations", lesson_id, section_id)
                annotations[(lesson_id, section_id)] = [
                    self.stroke(s, (*where, i)) for i, s in enumerate(self.listing(strokes, where))]
        return PresentData(scenes, annotations)


def load_present_data(pack_root: str | Path, relative: str | Path = SCENES_FILE,
                      known_target: Callable[[str], bool] | None = None) -> PresentData:
    """Read the pack's scenes file (empty data when there is none yet).

    Raises ContentError (file:line:column, message, fix) for a bad file and OutsidePackError
    for a path outside the pack.
    """
    path = pack_file(pack_root, relative)
    if not path.exists():
        return PresentData()
    shown = os.path.join(os.path.basename(os.path.realpath(pack_root)), str(relative))
    return _Reader(load_yaml_file(path, shown), known_target).read()
