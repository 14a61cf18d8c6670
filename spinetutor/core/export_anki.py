"""An Anki deck (.apkg) of a pack's questions, written with genanki.

One note per question: the prompt (and its choices or steps) on the front, the right answer,
the explanation and the lesson on the back. Plate questions carry pictures of the plate: the
question's part of it on the front and the right structures lit on the back. Notes keep the
question's stable id as their guid, so importing a newer export updates the cards instead of
adding copies; tags name the lesson and the atlas targets the question tests.
"""

from __future__ import annotations

import hashlib
import html
import tempfile
from collections.abc import Callable
from pathlib import Path

import genanki

from spinetutor.core.activity_ids import question_id
from spinetutor.core.export_items import ExportQuestion, Skipped, ordered_steps
from spinetutor.core.export_text import to_html
from spinetutor.core.quizzes import MultipleChoice, OrderPathway

# (front JPEG, back JPEG) of a plate question, or None when no picture can be made
Pictures = Callable[[ExportQuestion], tuple[bytes, bytes] | None]

FIELDS = ("Question", "Answer", "Explanation", "Lesson", "Id")
STYLE = """
.card { font-family: sans-serif; font-size: 20px; line-height: 1.4; text-align: left;
        color: #1b1b1b; background: #ffffff; max-width: 46em; margin: 0 auto; }
.card.nightMode { color: #eeeeee; background: #1e1e1e; }
img { max-width: 100%; height: auto; }
.lesson { font-size: 14px; color: #666666; margin-top: 1em; }
.right { font-weight: bold; }
"""


def _stable_int(text: str) -> int:
    """A 31-bit id that is the same on every machine (Anki's model and deck ids)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") >> 1


def model() -> genanki.Model:
    return genanki.Model(
        _stable_int("SpineTutor question model v1"), "SpineTutor question",
        fields=[{"name": name} for name in FIELDS],
        templates=[{
            "name": "Question",
            "qfmt": "{{Question}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<div>{{Explanation}}</div>"
                    "<div class=lesson>{{Lesson}}</div>",
        }],
        css=STYLE,
    )


def write_apkg(items: list[ExportQuestion], out: Path, deck_name: str, pack_slug: str,
               pictures: Pictures | None = None) -> list[Skipped]:
    """Write the deck to `out`; returns the questions it could not hold (with why)."""
    deck = genanki.Deck(_stable_int(f"SpineTutor deck {pack_slug}"), deck_name)
    note_model = model()
    skipped: list[Skipped] = []
    with tempfile.TemporaryDirectory(prefix="spinetutor-anki-") as folder:
        media: list[str] = []
        for item in items:
            front, back = _front(item), _back(item)
            if item.uses_plate:
                pair = pictures(item) if pictures else None
                if pair is None:
                    skipped.append(Skipped(item.id, item.lesson_id,
                                           "a plate question needs the plate's picture, which "
                                           "could not be drawn here"))
                    continue
                names = (f"spinetutor-{pack_slug}-{item.id}-q.jpg",
                         f"spinetutor-{pack_slug}-{item.id}-a.jpg")
                for name, data in zip(names, pair, strict=True):
                    (Path(folder) / name).write_bytes(data)
                    media.append(str(Path(folder) / name))
                front += f'<div><img src="{names[0]}"></div>'
                back = f'<div><img src="{names[1]}"></div>' + back
            stable = question_id(pack_slug, item.id)
            deck.add_note(genanki.Note(
                model=note_model,
                fields=[front, back, to_html(item.question.explanation),
                        html.escape(item.lesson_title), html.escape(stable)],
                guid=genanki.guid_for(stable),
                tags=_tags(item),
            ))
        package = genanki.Package(deck)
        package.media_files = media
        out.parent.mkdir(parents=True, exist_ok=True)
        package.write_to_file(str(out))
    return skipped


def _tags(item: ExportQuestion) -> list[str]:
    tags = [f"spinetutor::{item.lesson_id}"]
    tags += [target.replace(":", "::").replace(" ", "_") for target in item.question.about]
    return tags


def _front(item: ExportQuestion) -> str:
    parts = [to_html(item.prompt)]
    if item.choices:
        hint = " (choose all that apply)" if isinstance(item.question, MultipleChoice) else ""
        rows = "".join(f"<li>{to_html(choice.text)}</li>" for choice in item.choices)
        parts.append(f"<ol type=a>{rows}</ol>{hint}")
    if isinstance(item.question, OrderPathway):
        steps = sorted(ordered_steps(item))  # alphabetical, and never the answer's order
        if steps == ordered_steps(item):
            steps.reverse()
        rows = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        parts.append(f"<p>Put these in order:</p><ul>{rows}</ul>")
    return "".join(parts)


def _back(item: ExportQuestion) -> str:
    if item.choices:
        right = [to_html(choice.text) for choice in item.choices if choice.correct]
        return "".join(f"<div class=right>{text}</div>" for text in right)
    if isinstance(item.question, OrderPathway):
        rows = "".join(f"<li>{html.escape(step)}</li>" for step in ordered_steps(item))
        return f"<ol class=right>{rows}</ol>"
    return ""
