"""Lesson text made safe for Qt rich text: Markdown without raw HTML, images only from the pack.

QTextBrowser would load any local image a document names and open local files from links, so
the browser here hands Qt only pictures it read itself through the core resolver, never opens
links itself and turns ``spinetutor:<target>`` links into a signal.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from spinetutor.core.lessons import Image
from spinetutor.core.pack_pictures import url_name
from spinetutor.ui import themes
from spinetutor.ui.pictures import picture_loader, refused_image

LINK_SCHEME = "spinetutor"
PICTURE_SCHEME = "spinetutor-picture"

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


def figure_html(key: str, alt: str, caption: str | None) -> str:
    """A picture listed under a section, by the key its browser gave it (never a path)."""
    cap = f"<p class='caption'>{escape(caption)}</p>" if caption else ""
    return (f"<p align='center'><img src='{escape(key, quote=True)}' "
            f"alt='{escape(alt, quote=True)}'></p>{cap}")


class PackPictures:
    """Markdown to HTML whose pictures are opaque keys to images read by the core resolver.

    Shared by the text browsers and the slide fitter, so every view shows a pack's pictures
    one way: ``images`` maps each key to what is shown (the picture, a placeholder while a
    big one decodes, or the crossed box when refused); ``waiting`` holds the loader keys
    still decoding.
    """

    def __init__(self, pack_root: str | None, base_dir: Path | str | None, width: int) -> None:
        self.pack_root, self.width = pack_root, width
        self.base_dir = str(base_dir) if base_dir is not None else None
        self.images: dict[str, QImage] = {}
        self.waiting: set[str] = set()

    def key(self, name: str) -> str:
        shown = picture_loader().picture(self.pack_root, self.base_dir, name, self.width)
        key = f"{PICTURE_SCHEME}:{len(self.images)}"
        self.images[key] = shown.image if shown.image is not None else refused_image()
        if shown.pending:
            self.waiting.add(shown.key)
        return key

    def markdown_html(self, markdown: str) -> str:
        """Lesson Markdown as HTML, each picture's address replaced by its key."""
        tokens = _LESSON_MD.parse(markdown)
        for token in tokens:
            for child in token.children or ():
                if child.type == "image":
                    child.attrSet("src", self.key(url_name(str(child.attrGet("src") or ""))))
        return _LESSON_MD.renderer.render(tokens, _LESSON_MD.options, {})

    def figures_html(self, figures: tuple[Image, ...]) -> str:
        return "".join(figure_html(self.key(image.file), image.alt, image.caption)
                       for image in figures)


def picture_resource(images: dict[str, QImage], kind: int, url: QUrl) -> object:
    """What a document gets when it asks for a resource: only pictures it was given.

    Never None: Qt would then open the URL from disk itself (and retry a picture that failed
    to decode in the working folder).
    """
    image_kind = QTextDocument.ResourceType.ImageResource
    if kind in (image_kind, image_kind.value):
        image = images.get(url.toString())
        return image if image is not None else refused_image()
    return QByteArray()


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text whose pictures come only from inside ``pack_root``; opens nothing.

    Qt never sees a picture's name: each one is resolved and read by the core resolver
    (``core.pack_pictures`` through ``ui.pictures``) and put in the document under an opaque
    ``spinetutor-picture:`` key; ``loadResource`` answers every other request with a refused
    picture or empty bytes (a null answer would make Qt read the name from disk itself, and
    a picture that fails to decode would make it try the name again in the working folder).
    ``target_link_clicked`` carries the atlas target of a ``spinetutor:`` link; every other
    link is ignored (lesson sources are shown as text, never fetched).
    """

    target_link_clicked = Signal(str)
    pictures_arrived = Signal()  # a big picture decoded in the background is now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack_root: str | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.html = ""
        self._css = ""  # the lesson CSS installed here; a caller's own CSS is left alone
        self._pictures: dict[str, QImage] = {}
        self._waiting: set[str] = set()
        self._source: tuple[str, Path | None, str, str, tuple[Image, ...]] | None = None
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        picture_loader().picture_ready.connect(self._on_loader_picture_ready)
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
                     after: str = "", figures: tuple[Image, ...] = ()) -> None:
        """Show Markdown between trusted, escaped HTML, then ``figures``; pictures are
        named relative to base_dir (the lesson file's folder) and must lie in the pack."""
        self._source = (markdown, base_dir, before, after, tuple(figures))
        width = max(200, self.viewport().width() - 48)
        shown = PackPictures(self.pack_root, base_dir, width)
        body = shown.markdown_html(markdown) + shown.figures_html(figures)
        self._pictures, self._waiting = shown.images, shown.waiting
        self.html = before + body + after
        self._install_css()
        self.document().clear()  # drops the pictures Qt cached under the previous keys
        self.setHtml(self.html)

    def decoding(self) -> bool:
        """True while a big picture of this text is still being decoded in the background."""
        return bool(self._waiting)

    def shown_pictures(self) -> list[QImage]:
        """The pictures the document draws now, in order, as Qt holds them (what is seen)."""
        kind = QTextDocument.ResourceType.ImageResource.value
        return [self.document().resource(kind, QUrl(key)) for key in self._pictures]

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        """Only the pictures this browser put in the document; nothing is read from disk."""
        return picture_resource(self._pictures, kind, url)

    def _on_loader_picture_ready(self, key: str) -> None:
        if key in self._waiting and self._source is not None:
            position = self.verticalScrollBar().value()
            self.set_markdown(*self._source)
            self.verticalScrollBar().setValue(position)
            self.pictures_arrived.emit()

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.path():
            self.target_link_clicked.emit(url.path())
