"""The current selection on the plate: target + herniation type -> Highlight, shared by panels.

Lessons, quizzes and the keyboard all go through this one object, so the plate, the card
and anything else listening stay in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from spinetutor.core.atlas import HERNIATIONS, Atlas
from spinetutor.core.atlas_model import Highlight, OrderedIds


class SelectionModel(QObject):
    selection_changed = Signal(object)   # Highlight or None
    herniation_changed = Signal(str)

    def __init__(self, atlas: Atlas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.target = ""
        self.herniation = "posterolateral"
        self.highlight: Highlight | None = None

    def select(self, target: str) -> Highlight:
        """Select an atlas target; raises KeyError for an unknown one."""
        highlight = self.atlas.highlight(target, herniation=self.herniation)
        self.target = target
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def set_herniation(self, herniation: str) -> None:
        if herniation not in HERNIATIONS:
            raise ValueError(f"herniation must be one of {HERNIATIONS}")
        if herniation == self.herniation:
            return
        self.herniation = herniation
        self.herniation_changed.emit(herniation)
        if self.target.startswith("disc:"):
            self.select(self.target)

    def show_pathology(self, pathology: str) -> Highlight:
        """Show a condition (core/pathology.py): its lesion drawn on the plate and the path it
        hurts lit - a spine lesion's roots, an entrapment's nerve below the site. The
        herniation toggle follows a herniation. KeyError names an unknown id."""
        highlight = self.atlas.pathology_highlight(pathology)
        if highlight.herniation and highlight.herniation != self.herniation:
            self.herniation = highlight.herniation
            self.herniation_changed.emit(highlight.herniation)
        self.target = highlight.target if self.atlas.knows(highlight.target) else ""
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def show_regions(self, regions: list[str], title: str = "regions") -> Highlight:
        """Light up a set of skin regions (a lesson's 'highlight_regions' action)."""
        for region in regions:
            if region not in self.atlas.region_ids():
                raise KeyError(f"unknown region '{region}'")
        patches = frozenset(p.id for r in regions for p in self.atlas.patches_of_region(r))
        highlight = Highlight(target=f"regions:{title}", kind="regions", herniation=None,
                              roots=OrderedIds(), nerves=OrderedIds(),
                              regions=frozenset(regions), patches=patches)
        self.target = ""
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def clear(self) -> None:
        self.target = ""
        self.highlight = None
        self.selection_changed.emit(None)
