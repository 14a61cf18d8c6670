"""Question text for other systems: lesson Markdown rendered to HTML with raw HTML and pictures
left out (a pack's text never becomes markup another system would run or fetch)."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).disable("image")


def to_html(markdown: str) -> str:
    """HTML for a piece of lesson Markdown; a single paragraph loses its <p> wrapper."""
    html = _markdown().render(markdown).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
