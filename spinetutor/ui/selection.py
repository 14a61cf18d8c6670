"""The current selection on the plate: target + herniation type -> Highlight, shared by panels.

Lessons, quizzes and the keyboard all go through this one object, so the plate, the card
and anything else listening stay in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from spinetutor.core.atlas import HERNIATIONS, Atlas
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.section_picture import SectionPicture, picture_highlight, regions_highlight


class SelectionModel(QObject):
    selection_changed = Signal(object)   # Highlight or None
    herniation_changed = Signal(str)

    def __init__(self, atlas: Atlas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.target = ""
        self.herniation = "posterolateral"
        # The herniation type the toolbar shows pressed: "" while the plate draws a condition
        # that is not a herniation (stenosis, a slip, an entrapment), so nothing claims one.
        self.shown_herniation = "posterolateral"
        self.highlight: Highlight | None = None
        self._picture: tuple[SectionPicture, str] | None = None

    def select(self, target: str) -> Highlight:
        """Select an atlas target; raises KeyError for an unknown one."""
        highlight = self.atlas.highlight(target, herniation=self.herniation)
        self._picture = None
        self._show_herniation(self.herniation)
        self.target = target
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def set_herniation(self, herniation: str) -> None:
        if herniation not in HERNIATIONS:
            raise ValueError(f"herniation must be one of {HERNIATIONS}")
        if herniation == self.herniation and self.shown_herniation:
            return
        self.herniation = herniation
        self._show_herniation(herniation)
        if self._picture is not None:
            picture, title = self._picture
            self.show_picture(SectionPicture(picture.shown, herniation, picture.zoom), title)
        elif self.target.startswith("disc:"):
            self.select(self.target)

    def show_pathology(self, pathology: str) -> Highlight:
        """Show a condition (core/pathology.py): its lesion drawn on the plate and the path it
        hurts lit - a spine lesion's roots, an entrapment's nerve below the site. The
        herniation toggle follows a herniation; any other condition (stenosis, a slip, a worn
        disc, an entrapment) leaves every herniation toggle unpressed. KeyError names an
        unknown id."""
        highlight = self.atlas.pathology_highlight(pathology)
        self._picture = None
        if pathology.startswith("herniation.") and highlight.herniation:
            self.herniation = highlight.herniation
            self._show_herniation(highlight.herniation)
        else:
            self._show_herniation("")
        self.target = highlight.target if self.atlas.knows(highlight.target) else ""
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def _show_herniation(self, shown: str) -> None:
        """Press the toolbar's herniation toggle `shown` ("" for none) if it changed."""
        if shown != self.shown_herniation:
            self.shown_herniation = shown
            self.herniation_changed.emit(shown)

    def show_picture(self, picture: SectionPicture, title: str = "regions") -> list[str]:
        """Show everything a lesson section's steps add up to, with its herniation type.

        Returns the problems of steps that could not be shown (the rest is still shown)."""
        highlight, problems = picture_highlight(self.atlas, picture, title)
        if picture.herniation in HERNIATIONS:
            self.herniation = picture.herniation
            self._show_herniation(picture.herniation)
        selected = [str(v) for kind, v in picture.shown if kind == "select"]
        if picture.shown and picture.shown[-1][0] == "pathology" and highlight is not None:
            drawn = self.atlas.pathology_highlight(str(picture.shown[-1][1])).target
            selected = [drawn] if self.atlas.knows(drawn) else []
        self._picture = (picture, title) if highlight is not None else None
        self.target = selected[-1] if selected and highlight is not None and \
            highlight.kind != "regions" else ""
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return problems

    def show_regions(self, regions: list[str], title: str = "regions") -> Highlight:
        """Light up a set of skin regions (a lesson's 'highlight_regions' action)."""
        highlight = regions_highlight(self.atlas, regions, title)
        self._picture = None
        self.target = ""
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def show_highlight(self, highlight: Highlight) -> Highlight:
        """Show a highlight built elsewhere (an entrapment in Consultation) as the selection."""
        self.target = highlight.target
        self.highlight = highlight
        self.selection_changed.emit(highlight)
        return highlight

    def clear(self) -> None:
        self._picture = None
        self._show_herniation(self.herniation)
        self.target = ""
        self.highlight = None
        self.selection_changed.emit(None)
