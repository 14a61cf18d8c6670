"""Every key of the Present mode in one table: the actions and the `?` sheet both read it.

Clickers send PageDown/PageUp (some Right/Left or Space, some B or '.' for a black screen), so
those move and blank; everything else has one letter.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from spinetutor.ui.present.style import font_px

# (command, group, what it does, keys)
KEYS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("next", "Slides", "Next slide (in a question: reveal answer, explanation, go on)",
     ("PgDown", "Right", "Space")),
    ("previous", "Slides", "Previous slide", ("PgUp", "Left", "Backspace")),
    ("first", "Slides", "First slide of the lesson", ("Home",)),
    ("last", "Slides", "Last slide of the lesson", ("End",)),
    ("next_lesson", "Slides", "Next lesson", ("Ctrl+PgDown",)),
    ("previous_lesson", "Slides", "Previous lesson", ("Ctrl+PgUp",)),
    ("blank", "Slides", "Black screen on / off", ("B", ".")),
    ("reveal", "Pathway", "Reveal the next step: root, plexus, nerve, branch, skin", ("R", "Down")),
    ("unreveal", "Pathway", "Take the last step back", ("Up",)),
    ("pen", "Drawing", "Pen (press again to stop drawing)", ("P",)),
    ("highlighter", "Drawing", "Highlighter", ("H",)),
    ("laser", "Drawing", "Laser pointer", ("L",)),
    ("colour", "Drawing", "Next pen colour", ("K",)),
    ("undo", "Drawing", "Undo the last drawing on this slide", ("Ctrl+Z",)),
    ("clear_drawing", "Drawing", "Clear the drawings on this slide", ("X", "Del")),
    ("save_drawings", "Drawing", "Save this lesson's drawings into the pack", ("Ctrl+S",)),
    ("save_scene", "Scenes", "Save the current view as a scene in the pack", ("Ctrl+Shift+S",)),
    ("open_scenes", "Scenes", "Open a saved scene", ("O",)),
    ("compare", "Compare", "Compare two lesions side by side (again: next pair)", ("C",)),
    ("question", "Class question", "Show a question from this lesson (again: next one)", ("Q",)),
    ("answer", "Class question", "Reveal the correct answer", ("A",)),
    ("explain", "Class question", "Show the explanation", ("E",)),
    ("bigger", "View", "Larger text", ("Ctrl++", "Ctrl+=", "]")),
    ("smaller", "View", "Smaller text", ("Ctrl+-", "[")),
    ("fit", "View", "Fit the plate to its space again", ("F",)),
    ("presenter", "View", "Presenter view (next slide and notes) on / off", ("F6",)),
    ("help", "View", "This list of keys", ("?", "F1")),
    ("back", "View", "Close a question or comparison; else leave presenting", ("Esc",)),
    ("toggle", "View", "Start or stop presenting", ("F5",)),
)


class ShortcutSheet(QDialog):
    """A large, readable list of every key, grouped, from the same table the actions use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-shortcuts")
        self.setWindowTitle("Presenting: keys")
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setFont(font_px(19))
        self.text.setHtml(sheet_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)


def sheet_html() -> str:
    rows = []
    group = ""
    for _command, section, text, keys in KEYS:
        if section != group:
            rows.append(f"<tr><td colspan='2'><h3>{escape(section)}</h3></td></tr>")
            group = section
        shown = " &nbsp;or&nbsp; ".join(f"<b><code>{escape(k)}</code></b>" for k in keys)
        rows.append(f"<tr><td width='34%'>{shown}</td><td>{escape(text)}</td></tr>")
    return f"<table cellspacing='4'>{''.join(rows)}</table>"
