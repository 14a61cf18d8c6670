"""Every key of the Present mode in one table: the actions and the `?` sheet both read it.

Clickers send PageDown/PageUp (some Right/Left or Space, some B or '.' for a black screen), so
those move and blank; everything else has one letter.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from spinetutor.ui.i18n import translate
from spinetutor.ui.present.style import font_px

SLIDES = QT_TRANSLATE_NOOP("Present", "Slides")
PATHWAY = QT_TRANSLATE_NOOP("Present", "Pathway")
DRAWING = QT_TRANSLATE_NOOP("Present", "Drawing")
SCENES = QT_TRANSLATE_NOOP("Present", "Scenes")
COMPARE = QT_TRANSLATE_NOOP("Present", "Compare")
CLASS_QUESTION = QT_TRANSLATE_NOOP("Present", "Class question")
VIEW = QT_TRANSLATE_NOOP("Present", "View")

# (command, group, what it does, keys); group and text are shown via translate("Present", ...),
# the key names stay as they are (they are what is printed on the keys)
KEYS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("next", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Next slide (in a question: reveal answer, explanation, go on)"),
     ("PgDown", "Right", "Space")),
    ("previous", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Previous slide"), ("PgUp", "Left", "Backspace")),
    ("first", SLIDES,
     QT_TRANSLATE_NOOP("Present", "First slide of the lesson"), ("Home",)),
    ("last", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Last slide of the lesson"), ("End",)),
    ("next_lesson", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Next lesson"), ("Ctrl+PgDown",)),
    ("previous_lesson", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Previous lesson"), ("Ctrl+PgUp",)),
    ("blank", SLIDES,
     QT_TRANSLATE_NOOP("Present", "Black screen on / off"), ("B", ".")),
    ("reveal", PATHWAY,
     QT_TRANSLATE_NOOP("Present", "Reveal the next step: root, plexus, nerve, branch, skin"),
     ("R", "Down")),
    ("unreveal", PATHWAY,
     QT_TRANSLATE_NOOP("Present", "Take the last step back"), ("Up",)),
    ("pen", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Pen (press again to stop drawing)"), ("P",)),
    ("highlighter", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Highlighter"), ("H",)),
    ("laser", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Laser pointer"), ("L",)),
    ("colour", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Next pen colour"), ("K",)),
    ("undo", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Undo the last drawing on this slide"), ("Ctrl+Z",)),
    ("clear_drawing", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Clear the drawings on this slide"), ("X", "Del")),
    ("save_drawings", DRAWING,
     QT_TRANSLATE_NOOP("Present", "Save this lesson's drawings into the pack"), ("Ctrl+S",)),
    ("save_scene", SCENES,
     QT_TRANSLATE_NOOP("Present", "Save the current view as a scene in the pack"),
     ("Ctrl+Shift+S",)),
    ("open_scenes", SCENES,
     QT_TRANSLATE_NOOP("Present", "Open a saved scene"), ("O",)),
    ("compare", COMPARE,
     QT_TRANSLATE_NOOP("Present", "Compare two lesions side by side: the lesson's pairs, then "
                                  "the classic ones (again: next pair)"), ("C",)),
    ("compare_pick", COMPARE,
     QT_TRANSLATE_NOOP("Present", "Compare any two structures: pick them"), ("Shift+C",)),
    ("question", CLASS_QUESTION,
     QT_TRANSLATE_NOOP("Present", "Show a question from this lesson (again: next one)"), ("Q",)),
    ("open_class", CLASS_QUESTION,
     QT_TRANSLATE_NOOP("Present", "Open the question to the class: phones answer, a live "
                                  "chart shows the counts (again: close it)"), ("V",)),
    ("answer", CLASS_QUESTION,
     QT_TRANSLATE_NOOP("Present", "Reveal the correct answer"), ("A",)),
    ("explain", CLASS_QUESTION,
     QT_TRANSLATE_NOOP("Present", "Show the explanation"), ("E",)),
    ("bigger", VIEW,
     QT_TRANSLATE_NOOP("Present", "Larger text"), ("Ctrl++", "Ctrl+=", "]")),
    ("smaller", VIEW,
     QT_TRANSLATE_NOOP("Present", "Smaller text"), ("Ctrl+-", "[")),
    ("fit", VIEW,
     QT_TRANSLATE_NOOP("Present", "Fit the plate to its space again"), ("F",)),
    ("presenter", VIEW,
     QT_TRANSLATE_NOOP("Present", "Presenter view (next slide and notes) on / off"), ("F6",)),
    ("help", VIEW,
     QT_TRANSLATE_NOOP("Present", "This list of keys"), ("?", "F1")),
    ("back", VIEW,
     QT_TRANSLATE_NOOP("Present", "Close a question or comparison; else leave presenting"),
     ("Esc",)),
    ("toggle", VIEW,
     QT_TRANSLATE_NOOP("Present", "Start or stop presenting"), ("F5",)),
)


class ShortcutSheet(QDialog):
    """A large, readable list of every key, grouped, from the same table the actions use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-shortcuts")
        self.setWindowTitle(translate("Present", "Presenting: keys"))
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
    joiner = " &nbsp;{}&nbsp; ".format(escape(translate("Present", "or")))
    for _command, section, text, keys in KEYS:
        if section != group:
            heading = escape(translate("Present", section))
            rows.append(f"<tr><td colspan='2'><h3>{heading}</h3></td></tr>")
            group = section
        shown = joiner.join(f"<b><code>{escape(k)}</code></b>" for k in keys)
        rows.append(f"<tr><td width='34%'>{shown}</td>"
                    f"<td>{escape(translate('Present', text))}</td></tr>")
    return f"<table cellspacing='4'>{''.join(rows)}</table>"
