"""The slide page: lesson header, big title, big text beside the big plate, a footer strip.

Type is sized from the screen height (pixels), times a live scale the presenter changes with
[ and ]; long text shrinks to fit rather than scroll, down to a floor still readable at the
back of a room.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.lessons import Lesson, Section
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.present.reveal import KIND_TITLES, RevealStep
from spinetutor.ui.present.style import ACCENT, SLIDE_CSS, VERMILLION, font_px
from spinetutor.ui.study.safe_text import SafeTextBrowser

MIN_TEXT_SHRINK = 0.62


@dataclass
class SlideCursor:
    """Which lesson and section is on screen; moving past a lesson's end enters the next."""

    pack: LoadedPack
    lesson_index: int = 0
    section_index: int = 0

    @property
    def lesson(self) -> Lesson:
        return self.pack.lessons[self.lesson_index]

    @property
    def section(self) -> Section:
        return self.lesson.sections[self.section_index]

    @property
    def key(self) -> tuple[str, str]:
        return (self.lesson.id, self.section.id)

    def go(self, lesson_id: str, section_id: str | None = None) -> bool:
        for li, lesson in enumerate(self.pack.lessons):
            if lesson.id == lesson_id:
                ids = [s.id for s in lesson.sections]
                self.lesson_index = li
                self.section_index = ids.index(section_id) if section_id in ids else 0
                return True
        return False

    def step(self, delta: int) -> bool:
        """One slide forward or back, across lessons; False at either end of the pack."""
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
        self.lesson_index, self.section_index = lesson, section
        return True

    def step_lesson(self, delta: int) -> bool:
        lesson = self.lesson_index + delta
        if not 0 <= lesson < len(self.pack.lessons):
            return False
        self.lesson_index, self.section_index = lesson, 0
        return True

    def peek(self) -> tuple[Lesson, Section] | None:
        """The slide after this one (for the presenter view)."""
        probe = SlideCursor(self.pack, self.lesson_index, self.section_index)
        return (probe.lesson, probe.section) if probe.step(1) else None


class SlidePage(QWidget):
    """Header, title, text and the plate slot; the footer shows the reveal and the tool."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-slide")
        self.scale = 1.0
        self.header = QLabel(objectName="present-header")
        self.title = QLabel(objectName="present-title", wordWrap=True)
        plain(self.header, self.title)
        self.text = SafeTextBrowser(self)
        self.text.setObjectName("present-text")
        self.text.document().setDefaultStyleSheet(SLIDE_CSS)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer = QLabel(objectName="present-footer", wordWrap=True)
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.plate_slot = QVBoxLayout()
        self.plate_slot.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.text, 37)
        body.addLayout(self.plate_slot, 63)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 18, 28, 12)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addWidget(self.footer)
        self._markdown = ""
        self._base: Path | None = None
        self.apply_scale()

    # ---- content ----------------------------------------------------------------
    def show_slide(self, cursor: SlideCursor, base_dir: Path | None) -> None:
        lesson = cursor.lesson.localized(content_language())
        section = lesson.sections[cursor.section_index]
        self.header.setText(f"{lesson.title}   \u00b7   {cursor.section_index + 1} / "
                            f"{len(lesson.sections)}")
        self.title.setText(section.title)
        self._markdown, self._base = section.text, base_dir
        self._render_text()

    def _render_text(self) -> None:
        size = self._body_px()
        floor = size * MIN_TEXT_SHRINK
        while True:
            self.text.setFont(font_px(size))
            self.text.document().setDefaultFont(font_px(size))
            self.text.set_markdown(self._markdown, self._base)
            doc = self.text.document()
            doc.setTextWidth(max(100, self.text.viewport().width()))
            if doc.size().height() <= self.text.viewport().height() or size <= floor:
                return
            size *= 0.93

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
    def _unit(self) -> float:
        return max(self.height(), 480) / 1000.0 * self.scale

    def _body_px(self) -> float:
        return 30 * self._unit()

    def apply_scale(self) -> None:
        unit = self._unit()
        self.header.setFont(font_px(20 * unit, QFont.Weight.DemiBold))
        self.title.setFont(font_px(50 * unit, QFont.Weight.ExtraBold))
        self.footer.setFont(font_px(22 * unit))
        # two lines kept for the reveal strip, so the text area never jumps as steps appear
        self.footer.setFixedHeight(round(22 * unit * 2.9))
        if self._markdown:
            self._render_text()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.apply_scale()
