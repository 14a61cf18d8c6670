"""The plate as a QGraphicsScene: SVG art in three layers and one item per structure.

The scene knows nothing of lessons or quizzes: it emits structure_hovered/structure_clicked
with atlas targets and shows whatever Highlight it is given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
)

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.translations import DEFAULT_LANGUAGE
from spinetutor.core.zoom_areas import ZoomArea
from spinetutor.paths import assets_dir
from spinetutor.ui.diagram.geometry import load_plate_shapes
from spinetutor.ui.diagram.items import StructureItem
from spinetutor.ui.diagram.label_floor import floor_units, raised_svg
from spinetutor.ui.diagram.lesions import LesionLayer
from spinetutor.ui.diagram.scene_layers import ArtLayer, HighlightLayer, Veil
from spinetutor.ui.diagram.styles import State
from spinetutor.ui.diagram.targets import smallest_side, widen_small_targets
from spinetutor.ui.i18n import content_language

PLATE_SVG = assets_dir() / "plate" / "plate.svg"
AREAS: tuple[str, ...] = get_args(ZoomArea)   # what a lesson's `zoom:` may name
_AREA_GROUPS = {"legs": ("leg_front", "leg_back", "foot_dorsum", "foot_sole"),
                "foot": ("foot_dorsum", "foot_sole"),
                "spine": ("spine_overview", "lumbar_detail")}
_LAYER_AREAS = {"coronal": "lesion.scoliosis.coronal"}   # insets drawn only with a condition
_PATCH_VIEW_AREA = {"front": "leg_front", "back": "leg_back", "dorsum": "foot_dorsum",
                    "sole": "foot_sole", "saddle": "saddle"}
_Z = {"patch": 10, "vertebra": 20, "disc": 20, "landmark": 22, "root": 30, "nerve": 32}


def plate_svg_for(language: str) -> Path:
    """The plate with its labels in `language` (plate.<lang>.svg, written by
    tools/plate/make_plate.py with the same ids and geometry); English when that file is
    missing."""
    if language != DEFAULT_LANGUAGE:
        localized = PLATE_SVG.with_name(f"plate.{language}.svg")
        if localized.is_file():
            return localized
    return PLATE_SVG


def _item_target(atlas: Atlas, target: str) -> str:
    """Clicking a skin patch selects its whole region; other ids are already targets."""
    if target.startswith("patch:"):
        return "region:" + atlas.patch(target.removeprefix("patch:")).region
    return target


def _carried_roots(svg_id: str, atlas: Atlas) -> frozenset[str] | None:
    """Roots a piece of the plexus carries, when its variant names them (`..._plexus.L4_L5`).

    The plexus is drawn as several strands; naming the roots each strand carries lets a
    selection light only the strands its roots run through. None means "every root".
    """
    parts = svg_id.split(".")
    if len(parts) < 3 or parts[0] != "nerve":
        return None
    named = frozenset(parts[2].split("_"))
    return named if named and named <= set(atlas.root_ids) else None


class PlateScene(QGraphicsScene):
    structure_hovered = Signal(str)   # atlas target under the pointer, "" when none
    structure_clicked = Signal(str)

    def __init__(self, atlas: Atlas, svg_file: Path | None = None) -> None:
        """`svg_file` draws and shapes the scene; by default the art comes from the plate in
        the app's language and the clickable shapes from the English plate (same geometry)."""
        super().__init__()
        self.atlas = atlas
        self.svg_file = svg_file or plate_svg_for(content_language())
        self.renderer = QSvgRenderer(str(self.svg_file))
        self.label_floor = 0.0   # labels drawn at least this many units tall (0: as drawn)
        self._renderers = {(str(self.svg_file), 0.0): self.renderer}
        rect, shapes = load_plate_shapes(svg_file or PLATE_SVG)
        self.setSceneRect(rect)
        self.setBackgroundBrush(QColor("white"))
        self._layers: dict[str, list[QGraphicsSvgItem]] = {"back": [], "front": []}
        self._add_layer("art-back", 0, "back")
        self._add_layer("structures", 1, "back")
        self._veil = Veil(rect)
        self._veil.setBrush(QColor(255, 255, 255, 120))
        self._veil.setPen(Qt.PenStyle.NoPen)
        self._veil.setZValue(5)
        self._veil.setVisible(False)
        self.addItem(self._veil)
        self._add_layer("art-front", 100, "front")
        self._lit: set[StructureItem] = set()
        self.addItem(HighlightLayer(self))
        self.lesions = LesionLayer(self.renderer)
        self.addItem(self.lesions)
        self._by_target: dict[str, list[StructureItem]] = defaultdict(list)
        self._by_area: dict[str, list[StructureItem]] = defaultdict(list)
        self._by_patch: dict[str, StructureItem] = {}
        for order, shape in enumerate(shapes):
            item = StructureItem(shape, _item_target(atlas, shape.target))
            kind = shape.target.split(":", 1)[0]
            item.setZValue(_Z[kind] + order / 10000)
            item.patch_id = shape.target.removeprefix("patch:") if kind == "patch" else None
            item.carries = _carried_roots(shape.svg_id, atlas)
            self.addItem(item)
            self._by_target[item.target].append(item)
            if item.patch_id is not None:
                self._by_patch[item.patch_id] = item
            area = self._area_of(shape.svg_id, item)
            self._by_area[area].append(item)
            if area == "axial":   # one section on its own: axial_L4-L5
                self._by_area[f"axial_{shape.svg_id.split('.')[1]}"].append(item)
        self._targets_sized = False   # the toe and ankle click areas grow on first use
        self._hover = ""
        self._focus = ""
        self._highlight_states: dict[StructureItem, set[State]] = {}
        self.current: Highlight | None = None

    def _add_layer(self, element_id: str, z: float, group: str) -> None:
        if not self.renderer.elementExists(element_id):
            return
        layer = ArtLayer(group)
        layer.setSharedRenderer(self.renderer)
        layer.setElementId(element_id)
        layer.setPos(self.renderer.boundsOnElement(element_id).topLeft())
        layer.setZValue(z)
        layer.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # A PlateView keeps its own images of the art; an item cache (QGraphicsSvgItem's
        # default) would only hold empty pixmaps there.
        layer.setCacheMode(QGraphicsSvgItem.CacheMode.NoCache)
        self._layers[group].append(layer)
        self.addItem(layer)

    def set_art_language(self, language: str) -> None:
        """Draw the art (labels) in `language` from now on: a live language switch relabels
        the plate on screen and in the handout. The clickable shapes never change."""
        svg_file = plate_svg_for(language)
        if svg_file == self.svg_file:
            return
        self.svg_file = svg_file
        self._load_art()

    def set_label_floor(self, units: float) -> None:
        """Draw every label at least `units` plate units tall (0: as the plate draws them),
        for a projector; label_floor.py says how. Rounded up to a half unit."""
        floor = floor_units(units) if units > 0 else 0.0
        if floor == self.label_floor:
            return
        self.label_floor = floor
        self._load_art()

    def art_svg(self) -> bytes:
        """The SVG the art is drawn from now (the language's plate, labels raised)."""
        return raised_svg(Path(self.svg_file), self.label_floor)

    def _load_art(self) -> None:
        # kept: a view's art images are keyed by the renderer's id, never reused meanwhile
        key = (str(self.svg_file), self.label_floor)
        if key not in self._renderers:
            self._renderers[key] = (QSvgRenderer(QByteArray(self.art_svg())) if self.label_floor
                                    else QSvgRenderer(str(self.svg_file)))
        self.renderer = self._renderers[key]
        for layers in self._layers.values():
            for layer in layers:
                layer.setSharedRenderer(self.renderer)  # a new renderer: a new art_key
                # larger labels can widen the group: keep the drawing where it was
                layer.setPos(self.renderer.boundsOnElement(layer.elementId()).topLeft())
        self.lesions.set_renderer(self.renderer)
        self.update()

    # ---- the art as a PlateView caches it -------------------------------------------------
    def art_key(self, group: str) -> tuple[object, ...]:
        """What the picture of an art group ("back" or "front") depends on, veil apart."""
        return (self.backgroundBrush().color().rgba(), self.sceneRect().getRect(),
                *((id(layer.renderer()), layer.elementId(), layer.isVisible(),
                   layer.pos().toTuple()) for layer in self._layers[group]))

    def paint_art(self, painter: QPainter, rect: QRectF, group: str, veiled: bool) -> None:
        """Paint an art group within scene `rect` as its items would: "back" is the
        background brush, the art under the structures and, when `veiled`, the veil;
        "front" the art over the structures (on a transparent image); "veil" the veil
        alone (over a copy of the plain "back")."""
        parts: list[QGraphicsItem] = [] if group == "veil" else list(self._layers[group])
        if group == "back":
            painter.fillRect(rect, self.backgroundBrush())
        if veiled or group == "veil":
            parts.append(self._veil)
        option = QStyleOptionGraphicsItem()
        for part in parts:
            if not part.isVisible() and part is not self._veil:
                continue
            painter.save()
            painter.setTransform(part.sceneTransform(), combine=True)
            option.exposedRect = part.boundingRect()
            base = QGraphicsSvgItem if isinstance(part, QGraphicsSvgItem) else QGraphicsRectItem
            base.paint(part, painter, option, None)  # type: ignore[arg-type]
            painter.restore()

    def _area_of(self, svg_id: str, item: StructureItem) -> str:
        if item.patch_id is not None:
            return _PATCH_VIEW_AREA.get(self.atlas.patch(item.patch_id).view, "all")
        if svg_id.startswith("axial."):
            return "axial"
        if svg_id.endswith(".detail") or svg_id.startswith(("root.", "nerve.lumbosacral")):
            return "lumbar_detail"
        if svg_id.startswith(("vertebra.", "disc.", "landmark.")):
            return "spine_overview"
        return "all"

    # ---- queries ------------------------------------------------------------------
    def lit_items(self) -> list[StructureItem]:
        """Structures shown in any state (hovered, focused, highlighted), bottom first."""
        return sorted(self._lit, key=StructureItem.zValue)

    def structure_items(self) -> list[StructureItem]:
        return [item for items in self._by_target.values() for item in items]

    def items_for(self, target: str) -> list[StructureItem]:
        return list(self._by_target.get(target, ()))

    def targets(self) -> frozenset[str]:
        return frozenset(self._by_target)

    def keyboard_order(self) -> list[str]:
        """Every drawn structure in reading order: spine levels, roots, cord, nerves, skin."""
        atlas = self.atlas
        order = list(atlas.levels()) + [f"root:{r}" for r in atlas.root_ids]
        order += sorted(t for t in self._by_target if t.startswith("landmark:"))
        order += [f"nerve:{n}" for n in atlas.nerve_ids]
        order += [f"region:{r}" for r in atlas.terms("regions")]
        return [t for t in order if t in self._by_target]

    def size_small_targets(self) -> float:
        """Grow the toe and ankle click areas into the background (targets.py), once, on
        first use (about 40 ms, kept off the start-up); returns the smallest one's side."""
        items = [i for items in self._by_target.values() for i in items]
        if not self._targets_sized:
            self._targets_sized = True
            widen_small_targets(items)
        return smallest_side(items)

    def item_at(self, pos: QPointF) -> StructureItem | None:
        """The structure a click at `pos` means.

        A nerve or root drawn under the pointer wins; so does the nearest line whose hit band
        holds the point over skin or bone, so a near miss on a thin nerve still counts and
        among crowded roots the closest wins. Over the cord and cauda equina only the drawn
        line does, which leaves the cauda itself clickable. Otherwise the topmost area.
        """
        if not self._targets_sized:
            self.size_small_targets()
        best: tuple[int, StructureItem] | None = None
        area: StructureItem | None = None
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder):
            if not isinstance(item, StructureItem):
                continue
            if not item.is_line:
                if area is None:
                    area = item
                continue
            rank = item.nearness(pos)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, item)
        if best is not None and (best[0] == 0 or area is None
                                 or (best[0] == 1 and area.zValue() < _Z["landmark"])):
            return best[1]
        return area if area is not None else (best[1] if best else None)

    def target_at(self, pos: QPointF) -> str:
        item = self.item_at(pos)
        return item.target if item is not None else ""

    def probe_point(self, target: str) -> QPointF | None:
        """A scene point where a click selects `target` (for tests, tours and snapshots)."""
        for item in self.items_for(target):
            if item.is_line:
                line = item.outline()
                candidates = [line.pointAtPercent(t / 20) for t in (10, 9, 11, 8, 12, 7, 13, 6,
                                                                      14, 5, 15, 4, 16, 3, 17)]
            else:
                rect = item.outline().boundingRect()
                x0, y0, w, h = rect.left(), rect.top(), rect.width(), rect.height()
                candidates = [rect.center()] + [
                    QPointF(x0 + w * i / 24, y0 + h * j / 24)
                    for i in range(1, 24) for j in range(1, 24)]
            for point in candidates:
                if all(self.item_at(point + QPointF(dx, dy)) is item
                       for dx in (-1.0, 0, 1.0) for dy in (-1.0, 0, 1.0)):
                    return point
        return None

    def area_rect(self, area: str) -> QRectF:
        if area not in AREAS:
            raise KeyError(f"unknown area '{area}'; use one of {AREAS}")
        if area == "all":
            return self.sceneRect()
        if area in _LAYER_AREAS:
            bounds = self.renderer.boundsOnElement(_LAYER_AREAS[area])
            return bounds.adjusted(-10, -10, 10, 10) if bounds.isValid() else self.sceneRect()
        rect = QRectF()
        for part in _AREA_GROUPS.get(area, (area,)):
            for item in self._by_area.get(part, ()):
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isValid():
            return self.sceneRect()
        if area.startswith("axial"):   # the sections' labels stand beside them
            return rect.adjusted(-100, -30, 70, 8)
        return rect.adjusted(-30, -40, 30, 30)

    # ---- states -------------------------------------------------------------------
    def set_hover(self, target: str) -> None:
        if target != self._hover:
            old, self._hover = self._hover, target
            self._refresh(old, target)
            self.structure_hovered.emit(target)

    def veil_visible(self) -> bool:
        """Whether the art is dimmed behind a highlight."""
        return self._veil.isVisible()

    def hover_target(self) -> str:
        return self._hover

    def set_focus_target(self, target: str) -> None:
        old, self._focus = self._focus, target
        self._refresh(old, target)

    def focus_target(self) -> str:
        return self._focus

    def show_highlight(self, highlight: Highlight | None) -> None:
        """Paint a selection's pathway; None clears it."""
        self.current = highlight
        self.lesions.show(highlight.pathology if highlight is not None else None)
        before = self._highlight_states
        self._highlight_states = self._collect(highlight) if highlight is not None else {}
        self._veil.setVisible(highlight is not None)
        # Only items lit before or now can change (hover and focus stay as they are).
        for item in before.keys() | self._highlight_states.keys():
            self._apply(item)

    def show_pathology(self, pathology: str | None) -> None:
        """Draw a condition's lesion layers over the plate without changing the highlight
        (None hides them); the selection model's show_pathology() also lights its path."""
        self.lesions.show(pathology)

    def likely_states(self) -> Iterator[tuple[StructureItem, State]]:
        """Every (item, state) the plate shows when a structure is selected or hovered, the
        spine's levels and roots first: what a view renders ahead of the clicks."""
        for target in self.keyboard_order():
            for item in self._by_target.get(target, ()):
                yield item, State.HOVERED
            try:
                highlight = self.atlas.highlight(target)
            except KeyError:
                continue
            for item, states in self._collect(highlight).items():
                for state in states:
                    yield item, state

    def _collect(self, h: Highlight) -> dict[StructureItem, set[State]]:
        """The states each item takes when `h` is shown (every part of a combined one)."""
        if h.parts:
            merged: dict[StructureItem, set[State]] = {}
            for part in h.parts:
                for item, states in self._collect(part).items():
                    merged.setdefault(item, set()).update(states)
            return merged
        found: dict[StructureItem, set[State]] = {}
        roots = set(h.roots) - set(h.overlap_roots)

        def mark(targets: object, state: State) -> None:
            for target in targets:  # type: ignore[attr-defined]
                for item in self._by_target.get(target, ()):
                    if item.carries is None or item.carries & roots or not roots:
                        found.setdefault(item, set()).add(state)

        def mark_patches(patch_ids: frozenset[str], state: State) -> None:
            for patch_id in patch_ids:
                item = self._by_patch.get(patch_id)
                if item is not None:
                    found.setdefault(item, set()).add(state)

        if h.kind == "region":
            mark_patches(h.dermatome_patches, State.DERMATOME)
            mark_patches(h.territory_patches, State.TERRITORY)
            mark_patches(h.patches, State.SELECTED)
            mark([f"nerve:{n}" for n in h.root_nerves], State.ROOT_PATH)
            mark([f"nerve:{n}" for n in h.nerves], State.NERVE_PATH)
            mark([f"root:{r}" for r in h.roots if r not in h.overlap_roots], State.ROOT_PATH)
            mark([f"root:{r}" for r in h.overlap_roots], State.OVERLAP)
        elif h.kind == "nerve":
            mark_patches(h.territory_patches, State.TERRITORY)
            mark([f"nerve:{n}" for n in h.nerves], State.NERVE_PATH)
            mark([f"root:{r}" for r in h.roots], State.ROOT_PATH)
        else:
            mark_patches(h.patches, State.DERMATOME)
            mark([f"nerve:{n}" for n in h.nerves], State.ROOT_PATH)
            mark([f"root:{r}" for r in h.roots], State.ROOT_PATH)
        mark(h.structures, State.SELECTED)
        return found

    def _refresh(self, *targets: str) -> None:
        for target in targets:
            for item in self._by_target.get(target, ()):
                self._apply(item)

    def _apply(self, item: StructureItem) -> None:
        states = set(self._highlight_states.get(item, ()))
        if item.target == self._hover and self._hover:
            states.add(State.HOVERED)
        if item.target == self._focus and self._focus:
            states.add(State.FOCUSED)
        if item.set_states(frozenset(states)):
            if states:
                self._lit.add(item)
            else:
                self._lit.discard(item)
            self.update(item.sceneBoundingRect())
