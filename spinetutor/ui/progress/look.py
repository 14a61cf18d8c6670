"""Colours and wording shared by the dashboard and its charts (no pyqtgraph here).

Accuracy colours come from the Okabe-Ito palette, which stays distinct for colour-blind
viewers, and are never the only cue: every bar also carries its percentage as text.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.progress.tags import NameOf, tag_label

WEAK = "#D55E00"      # vermillion: under 60%
FAIR = "#E69F00"      # orange: 60-79%
STRONG = "#0072B2"    # blue: 80% and over
SKY = "#56B4E9"
WEAK_BELOW = 0.6
STRONG_FROM = 0.8
LEGEND = ((WEAK, QT_TRANSLATE_NOOP("Progress", "under 60%")),   # shown via translate()
          (FAIR, "60–79%"), (STRONG, QT_TRANSLATE_NOOP("Progress", "80% and over")))


def ink() -> str:
    """Text colour of the current theme, for chart labels and axes."""
    return themes.LOOKS[themes.current()].text


def muted() -> str:
    """Secondary text (counts in brackets, "no answers") of the current theme."""
    return themes.color("muted")


def track() -> str:
    """The empty part of a bar in the current theme."""
    return themes.color("track")


def track_edge() -> str | None:
    """An outline for the bar track where it would not show against the card (high contrast)."""
    if themes.contrast(track(), themes.color("card_bg")) < 1.2:
        return themes.color("bar_border")
    return None


def accuracy_colour(accuracy: float) -> str:
    if accuracy < WEAK_BELOW:
        return WEAK
    return FAIR if accuracy < STRONG_FROM else STRONG


def percent(accuracy: float | None) -> str:
    return "–" if accuracy is None else f"{round(accuracy * 100)}%"


def duration(span: timedelta) -> str:
    """'2 h 05 min', '14 min', 'none yet' (translated)."""
    minutes = int(span.total_seconds() // 60)
    if minutes <= 0:
        return translate("Progress", "none yet")
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def counted(count: int, one: str, many: str) -> str:
    """`one` when count is 1, else `many` with its {n} filled in (both already translated)."""
    return (one if count == 1 else many).format(n=count)


def tag_text(tag: str, name_of: NameOf | None = None) -> str:
    """A tag's name in the interface language: 'L5 root', 'Sural nerve', or the topic."""
    if ":" not in tag:
        return translate("Progress", "{root} root").format(root=tag)
    if tag.startswith("topic:"):
        return tag_label(tag, name_of)
    text = tag_label(tag, name_of)   # Spanish atlas formats start lower case ('disco L4-L5')
    return text[:1].upper() + text[1:]
