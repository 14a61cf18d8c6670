"""Turns a core Card into escaped rich text for QTextBrowser (and the printed handout)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from spinetutor.core.cards import Card
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate

LEGEND = QT_TRANSLATE_NOOP(   # shown through translate("Card", ...)
    "Card", "<p style='color:#444'><b>Key:</b> "
    "<span style='background:#E69F00'>&nbsp;orange, hatched&nbsp;</span> root and its "
    "dermatome &middot; <span style='background:#9cc3e0'>&nbsp;blue, cross-hatched, "
    "dashed&nbsp;</span> peripheral nerve and its territory &middot; "
    "<span style='background:#f0a98a'>&nbsp;heavy outline&nbsp;</span> your selection</p>"
)

# The translated card texts carry light-theme colours; these become the theme's own. The key's
# swatches keep their Okabe-Ito colours with black text, readable on them in every theme.
_SWATCHES = ("background:#E69F00", "background:#9cc3e0", "background:#f0a98a")
_GREYS = ("color:#444", "color:#555", "color:#666")


def theme_html(html: str, theme: str | None = None) -> str:
    """Rich text with its fixed greys and key swatches put in ``theme``'s colours."""
    muted = themes.color("muted", theme)
    for grey in _GREYS:
        html = html.replace(grey, f"color:{muted}")
    for swatch in _SWATCHES:
        html = html.replace(swatch, f"{swatch}; color:{themes.color('swatch_fg', theme)}")
    return html


def card_to_html(card: Card, legend: bool = True, theme: str | None = None) -> str:
    """The card as rich text in ``theme``'s colours (the current theme unless told)."""
    muted = themes.color("muted", theme)
    parts = [f"<h2 style='margin-bottom:0'>{escape(card.title)}</h2>"]
    if card.subtitle:
        parts.append(f"<p style='color:{muted};margin-top:2px'>"
                     f"<i>{escape(card.subtitle)}</i></p>")
    for heading, lines in card.sections:
        parts.append(f"<h4 style='margin-bottom:2px'>{escape(heading)}</h4>")
        if len(lines) == 1:
            parts.append(f"<p style='margin-top:0'>{escape(lines[0])}</p>")
        else:
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
    if legend:
        parts.append(theme_html(translate("Card", LEGEND), theme))
    if card.sources:
        items = "".join(
            f"<li>{escape(title)}<br><span style='color:{muted}'>{escape(url)}</span></li>"
            for title, url in card.sources)
        sources = escape(translate("Card", "Sources"))
        parts.append(f"<h4 style='margin-bottom:2px'>{sources}</h4><ol style='font-size:small'>"
                     f"{items}</ol>")
    return "".join(parts)
