"""`spinetutor validate --slides WIDTHxHEIGHT`: which sections need more than one slide.

Runs the very fitting the Present mode uses (fit.py) on every section of a pack, in every
language the lesson carries, so an author can shorten or split a section before class. Needs
no display: Qt's text layout runs on the offscreen platform.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from spinetutor.core.lesson_pack import LoadedPack, display_path
from spinetutor.core.lessons import Lesson
from spinetutor.core.yaml_source import ContentError, load_yaml_file
from spinetutor.ui.present.fit import fit_section, min_body_px


def ensure_gui() -> QGuiApplication:
    """A QGuiApplication for text layout; offscreen when none exists yet (no display needed)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


@dataclass(frozen=True)
class LongSection:
    """A section that needs `slides` slides at one size; `overflow` pixels beyond one slide."""

    file: str
    line: int
    column: int
    lesson: str
    section: str
    language: str
    slides: int
    overflow: int

    def format(self, size: tuple[int, int]) -> str:
        width, height = size
        where = f" ({self.language})" if self.language else ""
        floor = round(min_body_px(height))
        return (f"{self.file}:{self.line}:{self.column}: section '{self.section}' of lesson "
                f"'{self.lesson}'{where} needs {self.slides} slides at {width}x{height}: "
                f"{self.overflow} px more text than one slide holds at the smallest legible "
                f"type ({floor} px); split the section in two or shorten it")


def _versions(lesson: Lesson) -> list[tuple[str, Lesson]]:
    return [("", lesson)] + [(code, lesson.localized(code)) for code in sorted(lesson.translations)]


def long_sections(pack: LoadedPack, size: tuple[int, int],
                  pack_root: str | Path | None = None) -> list[LongSection]:
    """Every section (in every language) of `pack` that needs more than one slide at `size`."""
    ensure_gui()
    width, height = size
    found: list[LongSection] = []
    for original in pack.lessons:
        path = pack.files.get(f"lesson:{original.id}")
        base = QUrl.fromLocalFile(str(path.parent) + os.sep) if path else None
        root = str(pack_root) if pack_root else (str(path.parent) if path else None)
        doc = None
        for language, lesson in _versions(original):
            for index, section in enumerate(lesson.sections):
                fit = fit_section(section.title, section.text, width, height,
                                  pack_root=root, base=base)
                if fit.count == 1:
                    continue
                if doc is None and path is not None:
                    try:
                        doc = load_yaml_file(path, display_path(path))
                    except (ContentError, OSError):
                        doc = None
                where = ("lesson", "sections", index, "text") if not language else \
                    ("lesson", "translations", language, "sections", section.id, "text")
                line, column = doc.mark(where, key=True) if doc is not None else (1, 1)
                found.append(LongSection(display_path(path) if path else original.id, line,
                                         column, original.id, section.id, language, fit.count,
                                         max(1, round(fit.overflow))))
    return found
