"""Two lesions side by side: two plates with their skin and pathway, and the differences.

Each side gets its own PlateScene/PlateView (built once, on first use); the table lists what
both share and what only one affects, so "L5 or peroneal?" is answered at a glance.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_i18n import term_text
from spinetutor.core.compare import Comparison, compare, term_name
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.diagram.view import PlateView
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.present.framing import frame, label_px, skin_area
from spinetutor.ui.present.style import BLUE, MUTED, VERMILLION, font_px

ASPECT_HEADINGS = {   # core.compare.ASPECT_TITLES, shown via translate("Present", ...)
    "regions": QT_TRANSLATE_NOOP("Present", "Skin (sensory loss, pain)"),
    "movements": QT_TRANSLATE_NOOP("Present", "Muscles / movements (weakness)"),
    "reflexes": QT_TRANSLATE_NOOP("Present", "Reflexes (reduced)"),
    "tests": QT_TRANSLATE_NOOP("Present", "Bedside tests (positive)"),
}


class ComparePage(QWidget):
    """Plate A | plate B | difference table."""

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-compare")
        self.atlas = atlas
        self.scale = 1.0
        self.projector = False   # on a projector: one shared view, labels legible (Present)
        self.comparison: Comparison | None = None
        self.scenes = (PlateScene(atlas), PlateScene(atlas))
        self.views = tuple(PlateView(scene, self) for scene in self.scenes)
        self.titles = (QLabel(objectName="present-title"), QLabel(objectName="present-title"))
        self.heading = QLabel(objectName="present-header")
        self.table = QLabel(wordWrap=True, objectName="present-compare-table")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout(self)
        grid.setContentsMargins(28, 16, 28, 16)
        grid.addWidget(self.heading, 0, 0, 1, 3)
        for column in (0, 1):
            self.titles[column].setWordWrap(True)
            grid.addWidget(self.titles[column], 1, column)
            grid.addWidget(self.views[column], 2, column)
            view = self.views[column]
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setFrameShape(PlateView.Shape.NoFrame)
        grid.addWidget(self.table, 1, 2, 2, 1)
        grid.setColumnStretch(0, 29)
        grid.setColumnStretch(1, 29)
        grid.setColumnStretch(2, 42)
        grid.setRowStretch(2, 1)

    def show_pair(self, target_a: str, target_b: str, herniation: str = "posterolateral",
                  hint: bool = True) -> None:
        self.comparison = compare(self.atlas, target_a, target_b, herniation)
        colours = (VERMILLION, BLUE)
        for side, target in enumerate((target_a, target_b)):
            highlight = self.atlas.highlight(target, herniation)
            self.scenes[side].show_highlight(highlight)
            self.titles[side].setText(
                f"<span style='color:{colours[side]}'>{escape(self._name(target))}"
                "</span>")
        self._zoom_all()
        self.heading.setText(translate(
            "Present", "Compare   \u00b7   C: next pair   \u00b7   Shift+C: pick any two   "
            "\u00b7   Esc: back") if hint else "")
        self._render_table()

    def _name(self, target: str) -> str:
        return self.atlas.name_of(target, language=content_language())

    def _term(self, aspect: str, term_id: str) -> str:
        if content_language() == "en":
            return term_name(self.atlas, aspect, term_id)
        try:
            return term_text(self.atlas, aspect, term_id, language=content_language())
        except KeyError:
            return term_name(self.atlas, aspect, term_id)

    def _zoom_all(self) -> None:
        """On a projector both plates show the same view (the one with most lit skin of the
        two) at a zoom and label size legible from the back of the room; elsewhere each plate
        fits the skin its structure affects."""
        area = skin_area(self.scenes) if self.projector else None
        if area is not None and self.height() > 0:
            for view in self.views:
                view.set_min_label_px(label_px(self.height()))
                frame(view, area, self.height())
            return
        for side, scene in enumerate(self.scenes):
            current = scene.current
            self._zoom(side, current.patches if current is not None else frozenset())

    def _zoom(self, side: int, patches: frozenset[str]) -> None:
        """Fit the skin the lesion affects (where the two differ most visibly)."""
        scene, rect = self.scenes[side], QRectF()
        for item in scene.structure_items():
            if item.patch_id in patches:
                rect = rect.united(item.sceneBoundingRect())
        view = self.views[side]
        if rect.isValid():
            view.show_rect(rect.adjusted(-40, -40, 40, 40))
        else:
            view.zoom_to_area("leg_front")

    def _render_table(self) -> None:
        c = self.comparison
        if c is None:
            return
        unit = max(self.height(), 480) / 1000.0 * self.scale
        for title in self.titles:
            title.setFont(font_px(34 * unit, QFont.Weight.ExtraBold))
        self.heading.setFont(font_px(19 * unit, QFont.Weight.DemiBold))
        self.table.setFont(font_px(19 * unit))
        only = translate("Present", "Only {name}")
        a = escape(only.format(name=self._name(c.a.target)))
        b = escape(only.format(name=self._name(c.b.target)))
        both = escape(translate("Present", "Both"))
        rows = [f"<tr><th></th><th style='color:{VERMILLION}'>{a}</th>"
                f"<th>{both}</th><th style='color:{BLUE}'>{b}</th></tr>"]
        for diff in c.aspects:
            def cell(ids: tuple[str, ...], colour: str, aspect: str = diff.aspect) -> str:
                if not ids:
                    return f"<td style='color:{MUTED}'>\u2014</td>"
                names = "<br>".join(escape(self._term(aspect, i)) for i in ids)
                return f"<td style='color:{colour}'>{names}</td>"
            heading = translate("Present", ASPECT_HEADINGS[diff.aspect])
            rows.append(f"<tr><td><b>{escape(heading)}</b></td>"
                        f"{cell(diff.only_a, VERMILLION)}{cell(diff.shared, '#000000')}"
                        f"{cell(diff.only_b, BLUE)}</tr>")
        self.table.setText("<table cellspacing='0' cellpadding='6' border='1' "
                           "style='border-color:#777777; border-style:solid'>"
                           + "".join(rows) + "</table>")

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._render_table()
        if self.comparison is not None:
            self._zoom_all()
