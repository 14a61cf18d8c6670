"""The slide page: lesson header, big title, big text beside the big plate, a footer strip.

Type is sized from the screen height (pixels), times a live scale the presenter changes with
[ and ]; long text reflows wider and smaller, down to a floor still readable at the back of a
room, then continues on a follow-on slide ("2/2") rather than scroll or clip (see fit.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.lessons import Lesson, Section
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.fit import (
    DOC_MARGIN,
    SlideFit,
    SlideLayout,
    fit_section,
    footer_font,
    header_font,
    title_font,
)
from spinetutor.ui.present.reveal import KIND_TITLES, RevealStep
from spinetutor.ui.present.style import ACCENT, VERMILLION, font_px, slide_css
from spinetutor.ui.study.safe_text import SafeTextBrowser


@dataclass
class SlideCursor:
    """Which lesson, section and page is on screen.

    A section whose text does not fit one slide shows on several pages (``pages`` is set by
    the slide page once it has fitted the text); moving past a lesson's end enters the next.
    ``page`` -1 means "the last page" (stepping back into a section).
    """

    pack: LoadedPack
    lesson_index: int = 0
    section_index: int = 0
    page: int = 0
    pages: int = 1

    @property
    def lesson(self) -> Lesson:
        return self.pack.lessons[self.lesson_index]

    @property
    def section(self) -> Section:
        return self.lesson.sections[self.section_index]

    @property
    def key(self) -> tuple[str, str]:
        return (self.lesson.id, self.section.id)

    def _enter(self, lesson: int, section: int, page: int = 0) -> None:
        self.lesson_index, self.section_index, self.page, self.pages = lesson, section, page, 1

    def go(self, lesson_id: str, section_id: str | None = None) -> bool:
        for li, lesson in enumerate(self.pack.lessons):
            if lesson.id == lesson_id:
                ids = [s.id for s in lesson.sections]
                self._enter(li, ids.index(section_id) if section_id in ids else 0)
                return True
        return False

    def set_section(self, index: int) -> None:
        self._enter(self.lesson_index, max(0, min(index, len(self.lesson.sections) - 1)))

    def step(self, delta: int) -> bool:
        """One slide forward or back, across pages and lessons; False at either end."""
        if delta > 0 and 0 <= self.page < self.pages - 1:
            self.page += 1
            return True
        if delta < 0 and self.page > 0:
            self.page -= 1
            return True
        section = self.section_index + delta
        lesson = self.lesson_index
        if section >= len(self.lesson.sections):
            if lesson + 1 >= len(self.pack.lessons):
                return False
            lesson, section = lesson + 1, 0
        elif section < 0:
            if lesson == 0:
                return False
            lesson -= 1
            section = len(self.pack.lessons[lesson].sections) - 1
        self._enter(lesson, section, 0 if delta > 0 else -1)
        return True

    def step_lesson(self, delta: int) -> bool:
        lesson = self.lesson_index + delta
        if not 0 <= lesson < len(self.pack.lessons):
            return False
        self._enter(lesson, 0)
        return True

    def peek(self) -> tuple[Lesson, Section, int, int] | None:
        """The slide after this one (lesson, section, page, pages), for the presenter view.

        The pages of a following section are not known until it is fitted: 0 of 0 then.
        """
        if 0 <= self.page < self.pages - 1:
            return self.lesson, self.section, self.page + 1, self.pages
        probe = SlideCursor(self.pack, self.lesson_index, self.section_index, -1, self.pages)
        if not probe.step(1):
            return None
        return probe.lesson, probe.section, 0, 0


class SlidePage(QWidget):
    """Header, title, text and the plate slot placed by `fit.slide_layout`; the footer shows
    the reveal and the tool. The text is fitted by `fit.fit_section` (the same computation
    `spinetutor validate --slides` runs), so it is never clipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-slide")
        self.scale = 1.0
        self.header = QLabel(self, objectName="present-header")
        self.title = QLabel(self, objectName="present-title", wordWrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        plain(self.header, self.title)
        self.text = SafeTextBrowser(self)
        self.text.setObjectName("present-text")
        self.text.setFrameShape(SafeTextBrowser.Shape.NoFrame)
        self.text.document().setDocumentMargin(DOC_MARGIN)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a projector slide is not selectable: a pen or highlighter dragged over the text
        # never selects it (links still work)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        # text shrinks to fit; what still overflows at the smallest size can be scrolled to
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.pictures_arrived.connect(self.refit)  # a big picture decoded late
        self.footer = QLabel(self, objectName="present-footer", wordWrap=True)
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.plate_box = QWidget(self)
        self.plate_slot = QVBoxLayout(self.plate_box)
        self.plate_slot.setContentsMargins(0, 0, 0, 0)
        self.cursor: SlideCursor | None = None
        self.fit: SlideFit | None = None
        self._lesson_title = ""
        self._title = ""
        self._markdown = ""
        self._base: Path | None = None

    # ---- content ----------------------------------------------------------------
    def show_slide(self, cursor: SlideCursor, base_dir: Path | None) -> None:
        lesson = cursor.lesson.localized(content_language())
        section = lesson.sections[cursor.section_index]
        self.cursor = cursor
        self._lesson_title = lesson.title
        self._title, self._markdown, self._base = section.title, section.text, base_dir
        self.refit()

    def show_title(self, title: str, markdown: str = "") -> None:
        """A slide with no lesson behind it (no pack, or a saved scene's name)."""
        self.cursor = None
        self._lesson_title, self._title, self._markdown = "", title, markdown
        self.refit()

    def refit(self) -> None:
        """Fit the text to the page's size again and place every part."""
        width, height = max(self.width(), 320), max(self.height(), 240)
        base = QUrl.fromLocalFile(str(self._base) + os.sep) if self._base else None
        fit = fit_section(self._title, self._markdown, width, height, self.scale,
                          self.text.pack_root, base)
        self.fit = fit
        cursor, page, count = self.cursor, 0, fit.count
        if cursor is not None:
            cursor.pages = count
            if not 0 <= cursor.page < count:
                cursor.page = count - 1
            page = cursor.page
        layout = fit.layout
        self._place(layout)
        if cursor is not None:
            self.header.setText(f"{self._lesson_title}   \u00b7   {cursor.section_index + 1} / "
                                f"{len(cursor.lesson.sections)}")
        else:
            self.header.setText("")
        part = f"  ({page + 1}/{count})" if count > 1 else ""
        self.title.setText(self._title + part)
        self._show_text(fit.pages[page], fit.px, base)

    def _place(self, layout: SlideLayout) -> None:
        unit = layout.unit
        self.header.setFont(header_font(unit))
        self.title.setFont(title_font(unit))
        self.footer.setFont(footer_font(unit))
        for widget, rect in ((self.header, layout.header), (self.title, layout.title),
                             (self.text, layout.text), (self.plate_box, layout.plate),
                             (self.footer, layout.footer)):
            widget.setGeometry(rect)

    def _show_text(self, markdown: str, px: float, base: QUrl | None) -> None:
        """The page's text; a single over-long sentence shrinks rather than being cut off."""
        doc = self.text.document()
        room = self.text.viewport().height()
        while True:
            self.text.setFont(font_px(px))
            doc.setDefaultStyleSheet(slide_css(px))
            doc.setDefaultFont(font_px(px))
            if base is not None:
                doc.setBaseUrl(base)
            self.text.set_markdown(markdown, self._base)
            doc.setTextWidth(self.text.viewport().width())
            if doc.size().height() <= room or px <= 8:
                return
            px *= 0.95

    def show_reveal(self, steps: list[RevealStep], shown: int, tool: str) -> None:
        parts = []
        for index, step in enumerate(steps):
            kind = escape(translate("Present", KIND_TITLES[step.kind]))
            if index < shown:
                parts.append(f"<span style='color:{VERMILLION}'><b>{kind}:"
                             f"</b> {escape(step.label)}</span>")
            else:
                parts.append(f"<span style='color:#8a8f96'>{kind} ?</span>")
        arrow = f" <b style='color:{ACCENT}'>\u2192</b> "
        text = arrow.join(parts) if steps else ""
        hint = {"pen": translate("Present", "Pen"),
                "highlighter": translate("Present", "Highlighter"),
                "laser": translate("Present", "Laser")}.get(tool)
        tail = f"<span style='color:{ACCENT}'>\u270e {escape(hint)}</span>" if hint else ""
        keys = escape(translate("Present", "? keys"))
        self.footer.setText("&nbsp;&nbsp;&nbsp;".join(p for p in (text, tail) if p)
                            or f"<span style='color:#8a8f96'>{keys}</span>")

    # ---- size -------------------------------------------------------------------
    def apply_scale(self) -> None:
        self.refit()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.refit()
