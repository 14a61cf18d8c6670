"""Present-mode tools on the plate: pathway reveal with a pulse, drawing, saved scenes.

A mixin of PresentMode, kept apart so the slide flow (mode.py) stays readable. Drawings belong
to the slide on screen (``slide_key``); an opened saved scene has its own key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem

from spinetutor.core.atlas_model import Highlight
from spinetutor.core.scenes import (
    SCENES_FILE,
    OutsidePackError,
    PresentData,
    SavedScene,
    load_present_data,
    save_present_data,
)
from spinetutor.core.yaml_source import ContentError
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.present.annotate import AnnotationInput, AnnotationLayer, SlideAnnotations
from spinetutor.ui.present.contrast import ContrastLayer
from spinetutor.ui.present.keys import ShortcutSheet
from spinetutor.ui.present.pulse import PulseItem
from spinetutor.ui.present.reveal import (
    RevealStep,
    partial_highlight,
    pulse_chains,
    reveal_steps,
)
from spinetutor.ui.present.style import PEN_COLOURS

if TYPE_CHECKING:
    from pathlib import Path

    from spinetutor.ui.present.stage import Stage


class Classroom:
    window: Any
    stage: Stage | None
    pack_root: Path | None

    def __init__(self) -> None:
        self.annotations = SlideAnnotations()
        self.slide_key: tuple[str, str] = ("", "")
        self.saved_scenes: list[SavedScene] = []
        self.steps: list[RevealStep] = []
        self.shown = 0
        self._revealing: Highlight | None = None
        self.sheet: ShortcutSheet | None = None
        self.scene_list: QListWidget | None = None
        self.layer: AnnotationLayer | None = None
        self.pulse: PulseItem | None = None
        self.contrast: ContrastLayer | None = None

    def build_overlays(self) -> None:
        scene, view = self.window.scene, self.window.view
        self.layer = AnnotationLayer(scene.sceneRect())
        scene.addItem(self.layer)
        self.pulse = PulseItem(scene)
        self.contrast = ContrastLayer(scene)
        self.annotation_input = AnnotationInput(view, self.layer)
        view.viewport().installEventFilter(self.annotation_input)
        self.annotation_input.stroke_finished.connect(self._on_annotation_input_stroke_finished)
        self.annotations.changed.connect(self.refresh_annotations)
        self.window.selection.selection_changed.connect(self._on_selection_changed)

    def overlays_visible(self, on: bool) -> None:
        for item in (self.layer, self.contrast):
            if item is not None:
                item.setVisible(on)

    def toast(self, text: str) -> None:
        if self.stage is not None:
            self.stage.show_toast(text)

    def refresh_footer(self) -> None:
        if self.stage is not None:
            self.stage.slide.show_reveal(self.steps, self.shown, self.annotation_input.tool)

    # ---- reveal -------------------------------------------------------------------
    def cmd_reveal(self) -> None:
        """One more step of the pathway (starting the reveal from the current selection)."""
        if self._revealing is None:
            highlight = self.window.selection.highlight
            self.steps = reveal_steps(self.window.atlas, highlight, content_language())
            if not self.steps:
                self.toast(translate("Present",
                                     "Select a root, disc or nerve first: nothing to reveal"))
                return
            self._revealing, self.shown = highlight, 0
        self.shown = min(self.shown + 1, len(self.steps))
        self._show_reveal()

    def cmd_unreveal(self) -> None:
        if self._revealing is not None:
            self.shown = max(self.shown - 1, 0)
            self._show_reveal()

    def _show_reveal(self) -> None:
        full = self._revealing
        if full is None or self.pulse is None:
            return
        self.window.scene.show_highlight(partial_highlight(full, self.steps, self.shown))
        if self.contrast is not None:
            self.contrast.update()
        self.pulse.run(pulse_chains(self.window.atlas, full, self.steps, self.shown))
        self.refresh_footer()

    def stop_reveal(self) -> None:
        if self.pulse is not None:
            self.pulse.stop()
        if self._revealing is not None:
            self._revealing = None
            self.window.scene.show_highlight(self.window.selection.highlight)
            if self.contrast is not None:
                self.contrast.update()
        self.steps, self.shown = [], 0
        if self.stage is not None and self.layer is not None:
            self.refresh_footer()

    def _on_selection_changed(self, highlight: object) -> None:
        if self.contrast is not None:
            self.contrast.update()
        if self._revealing is not None and highlight is not self._revealing:
            self.stop_reveal()

    # ---- drawing ------------------------------------------------------------------
    def _tool(self, tool: str) -> None:
        current = self.annotation_input.tool
        self.annotation_input.set_tool("none" if current == tool else tool)
        self.refresh_footer()

    def cmd_pen(self) -> None:
        self._tool("pen")

    def cmd_highlighter(self) -> None:
        self._tool("highlighter")

    def cmd_laser(self) -> None:
        self._tool("laser")

    def cmd_colour(self) -> None:
        colours = PEN_COLOURS
        current = self.annotation_input.colour
        index = colours.index(current) if current in colours else -1
        self.annotation_input.colour = colours[(index + 1) % len(colours)]
        if self.annotation_input.tool != "pen":
            self.annotation_input.set_tool("pen")
        self.refresh_footer()

    def cmd_undo(self) -> None:
        self.annotations.undo(self.slide_key)

    def cmd_clear_drawing(self) -> None:
        """Clear this slide's drawings; those saved in the pack are taken out of its file too,
        so they do not come back when the pack is opened again (Ctrl+Z still brings them back
        on screen, Ctrl+S into the file)."""
        self.annotations.clear(self.slide_key)
        if self.pack_root is None or self.slide_key[0] in ("scene", "question", "compare"):
            return
        try:
            data = load_present_data(self.pack_root, known_target=self.window.atlas.knows)
        except (ContentError, OutsidePackError, OSError):
            return   # nothing readable saved: nothing to take out
        if data.annotations.pop(self.slide_key, None):
            self._write(data, SCENES_FILE, translate(
                "Present", "Cleared the drawings on this slide, in the pack too ({path})"))

    def refresh_annotations(self) -> None:
        if self.layer is not None:
            self.layer.show_strokes(self.annotations.of(self.slide_key))

    def _on_annotation_input_stroke_finished(self, stroke: object) -> None:
        self.annotations.add(self.slide_key, stroke)  # type: ignore[arg-type]

    def _read_data(self) -> PresentData | None:
        if self.pack_root is None:
            self.toast(translate("Present", "No lesson pack folder to save into"))
            return None
        try:
            return load_present_data(self.pack_root, known_target=self.window.atlas.knows)
        except (ContentError, OutsidePackError, OSError) as problem:
            self.toast(translate("Present", "Not saved: {problem}").format(problem=problem))
            return None

    def _write(self, data: PresentData, relative: str | Path, saved: str) -> bool:
        """Save; `saved` is the translated message, its {path} filled with `relative`."""
        try:
            save_present_data(self.pack_root, data, relative)  # type: ignore[arg-type]
        except (OutsidePackError, OSError) as problem:
            self.toast(translate("Present", "Not saved: {problem}").format(problem=problem))
            return False
        self.toast(saved.replace("{path}", str(relative)))
        return True

    def cmd_save_drawings(self, _checked: bool = False, relative: str | Path = SCENES_FILE
                          ) -> bool:
        """Write every slide's drawings (and the saved scenes) into the pack's scenes file."""
        data = self._read_data() if relative == SCENES_FILE else PresentData()
        if data is None:
            return False
        data.annotations = {k: v for k, v in self.annotations.strokes.items()
                            if v and k[0] not in ("scene", "question", "compare")}
        return self._write(data, relative,
                           translate("Present", "Saved the drawings into the pack ({path})"))

    # ---- saved scenes -------------------------------------------------------------
    def cmd_save_scene(self, _checked: bool = False, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self.window, translate("Present", "Save scene"),
                                            translate("Present", "Name of this view:"))
            if not ok or not name.strip():
                return False
        data = self._read_data()
        if data is None:
            return False
        view, selection = self.window.view, self.window.selection
        rect = view.mapToScene(view.viewport().rect()).boundingRect()
        cursor = getattr(self, "cursor", None)
        scene = SavedScene(name.strip(), selection.target or None, selection.herniation,
                           (rect.x(), rect.y(), rect.width(), rect.height()),
                           tuple(self.annotations.of(self.slide_key)),
                           cursor.key if cursor is not None else None)
        data.scenes = [s for s in data.scenes if s.name != scene.name] + [scene]
        saved = translate("Present", "Saved scene '{name}' into the pack ({path})")
        if self._write(data, SCENES_FILE, saved.replace("{name}", scene.name)):
            self.saved_scenes = data.scenes
            return True
        return False

    def cmd_open_scenes(self) -> None:
        """A list of the pack's saved scenes; Enter or a double click opens one."""
        if not self.saved_scenes:
            self.toast(translate("Present",
                                 "No saved scenes in this pack yet (Ctrl+Shift+S saves one)"))
            return
        listing = QListWidget()
        listing.setWindowTitle(translate("Present", "Saved scenes"))
        listing.setObjectName("present-scene-list")
        for index, scene in enumerate(self.saved_scenes):
            item = QListWidgetItem(scene.name)
            item.setData(256, index)
            listing.addItem(item)
        listing.itemActivated.connect(lambda item: (self.open_scene(item.data(256)),
                                                    listing.close()))
        listing.resize(520, 380)
        listing.setCurrentRow(0)
        listing.show()
        self.scene_list = listing

    def open_scene(self, index: int) -> None:
        """Show the slide the scene was saved on (counter and text right), then its view."""
        from PySide6.QtCore import QRectF

        scene = self.saved_scenes[index]
        cursor = getattr(self, "cursor", None)
        moved = scene.slide is not None and cursor is not None and cursor.go(*scene.slide)
        self.show_slide()  # type: ignore[attr-defined]
        selection, view = self.window.selection, self.window.view
        selection.set_herniation(scene.herniation)
        if scene.target:
            selection.select(scene.target)
        else:
            selection.clear()
        if scene.zoom:
            self.framed = False   # the scene's own zoom, kept until the next slide
            view.show_rect(QRectF(*scene.zoom))
        self.slide_key = ("scene", scene.name)
        self.annotations.strokes[self.slide_key] = list(scene.strokes)
        self.refresh_annotations()
        where = "" if moved or scene.slide is None else translate(
            "Present", " (its slide is no longer in this pack)")
        self.toast(translate("Present", "Scene: {name}").format(name=scene.name) + where)

    # ---- help ---------------------------------------------------------------------
    def cmd_help(self) -> None:
        if self.sheet is None:
            self.sheet = ShortcutSheet(self.window)
        self.sheet.show()
        self.sheet.raise_()
