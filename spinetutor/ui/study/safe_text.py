"""Lesson text made safe for Qt rich text: Markdown without raw HTML, images only from the pack.

QTextBrowser would load any local image a document names and open local files from links, so
the browser here refuses every resource outside the pack root (and every remote URL), never
opens links itself and turns ``spinetutor:<target>`` links into a signal.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from spinetutor.ui import themes

LINK_SCHEME = "spinetutor"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp")
MAX_IMAGE_BYTES = 8 * 1024 * 1024

_LESSON_MD = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_PLAIN_MD = MarkdownIt("commonmark", {"html": False}).disable(["image", "link"])



def lesson_css() -> str:
    """The lesson look for Qt's CSS subset, in the current theme's colours.

    Body text takes the browser's palette (Text on Base); sizes are relative (headings follow
    the widget font, captions are ``small``) so the type scale reaches them.
    """
    c = themes.color
    underline = "underline" if themes.current() == "high_contrast" else "none"
    return f"""
p, li {{ line-height: 140%; }}
h1, h2, h3 {{ color: {c("accent")}; }}
a {{ color: {c("link")}; text-decoration: {underline}; font-weight: 600; }}
code {{ background: {c("code_bg")}; }}
table {{ border-collapse: collapse; }}
th {{ background: {c("head_bg")}; padding: 4px 8px; }}
td {{ padding: 4px 8px; border-bottom: 1px solid {c("rule")}; }}
blockquote {{ color: {c("muted")}; margin-left: 12px; }}
.caption {{ color: {c("muted")}; font-size: small; }}
"""


def markdown_html(text: str) -> str:
    """Markdown to HTML with raw HTML shown as text (never interpreted)."""
    return _LESSON_MD.render(text)


def plain_markdown_html(text: str) -> str:
    """Markdown for quiz prompts: emphasis and lists only, no images and no links."""
    return _PLAIN_MD.render(text)


def inline_markdown_html(text: str) -> str:
    """Quiz Markdown for use inside a sentence: one paragraph loses its <p> wrapper."""
    html = plain_markdown_html(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def figure_html(file: str, alt: str, caption: str | None) -> str:
    """A picture listed under a section (its path is checked again when it loads)."""
    cap = f"<p class='caption'>{escape(caption)}</p>" if caption else ""
    return (f"<p align='center'><img src='{escape(file, quote=True)}' "
            f"alt='{escape(alt, quote=True)}'></p>{cap}")


def inside(path: str, root: str) -> bool:
    """True when ``path`` (after resolving links and '..') lies inside ``root``."""
    real, base = os.path.realpath(path), os.path.realpath(root)
    try:
        return os.path.commonpath([real, base]) == base
    except ValueError:  # another drive on Windows
        return False


def pack_image_path(url: QUrl, base: QUrl, pack_root: str) -> str | None:
    """The picture file `url` (relative to `base`) names inside `pack_root`, else None.

    Refused: remote URLs, paths outside the pack (after links and '..'), other suffixes, and
    files over MAX_IMAGE_BYTES.
    """
    if url.isRelative():
        url = base.resolved(url)
    if url.scheme() not in ("file", "") or url.host():
        return None
    path = url.toLocalFile() if url.scheme() == "file" else url.path()
    if not path or not os.path.isabs(path) or not inside(path, pack_root):
        return None
    if not path.lower().endswith(IMAGE_SUFFIXES) or not os.path.isfile(path):
        return None
    if os.path.getsize(path) > MAX_IMAGE_BYTES:
        return None
    return path


def pack_image(path: str, width: int) -> QImage | None:
    """The picture at `path`, scaled down to sit inside a text column `width` pixels wide."""
    image = QImage(path)
    if image.isNull():
        return None
    room = max(200, width - 48)
    return image.scaledToWidth(room) if image.width() > room else image


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text that loads pictures only from inside ``pack_root`` and opens nothing.

    ``target_link_clicked`` carries the atlas target of a ``spinetutor:`` link; every other
    link is ignored (lesson sources are shown as text, never fetched).
    """

    target_link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack_root: str | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.html = ""
        self._css = ""  # the lesson CSS installed here; a caller's own CSS is left alone
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        themes.follow(self, self.restyle)

    def _install_css(self) -> bool:
        """Put the lesson CSS in the current theme, unless the caller set CSS of its own."""
        if self.document().defaultStyleSheet() != self._css:
            return False
        self._css = lesson_css()
        self.document().setDefaultStyleSheet(self._css)
        return True

    def restyle(self) -> None:
        """Show the same text again in the current theme, keeping the reading position."""
        if self._install_css() and self.html:
            position = self.verticalScrollBar().value()
            self.setHtml(self.html)
            self.verticalScrollBar().setValue(position)

    def set_markdown(self, markdown: str, base_dir: Path | None, before: str = "",
                     after: str = "") -> None:
        """Show Markdown between trusted, escaped HTML; pictures resolve against base_dir."""
        if base_dir is not None:
            self.document().setBaseUrl(QUrl.fromLocalFile(str(base_dir) + os.sep))
        self.html = before + markdown_html(markdown) + after
        self._install_css()
        self.setHtml(self.html)

    def resource_path(self, url: QUrl) -> str | None:
        """The local file a picture URL names, or None when it must not be loaded."""
        if self.pack_root is None:
            return None
        return pack_image_path(url, self.document().baseUrl(), self.pack_root)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        """Pictures from inside the pack, scaled to fit; nothing else, ever."""
        if kind != QTextDocument.ResourceType.ImageResource.value and \
                kind != QTextDocument.ResourceType.ImageResource:
            return None
        path = self.resource_path(url)
        return None if path is None else pack_image(path, self.viewport().width())

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.path():
            self.target_link_clicked.emit(url.path())
