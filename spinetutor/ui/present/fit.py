"""Where a slide's parts go at a given screen size, and how its text fits: shared by the slide
page and `spinetutor validate --slides`, so what the check reports is what the room sees.

The text reflows in a wider column and a smaller type, but never below a legible floor
(28 px body at 1080 lines, 20 px at 720); what still does not fit continues on follow-on
slides ("2/2"), split between paragraphs or list items, never clipped. Needs a QGuiApplication
(offscreen is fine) for Qt's text layout, not widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from PySide6.QtCore import QRect, QUrl
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextDocument

from spinetutor.ui.present.style import font_px, slide_css
from spinetutor.ui.study.safe_text import PackPictures, picture_resource

# share of the slide's width the text may take, tried in order (the plate gets the rest)
TEXT_SHARES = (0.40, 0.50, 0.60)
SHRINK_STEP = 0.95
DOC_MARGIN = 14
GAP = 24
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(*\[])")
_BLOCKS = MarkdownIt("commonmark", {"html": False}).enable("table")


def body_px(height: int, scale: float = 1.0) -> float:
    """The body type a slide starts from: 3% of the screen height."""
    return 30 * max(height, 480) / 1000.0 * scale


def min_body_px(height: int, scale: float = 1.0) -> float:
    """The smallest body type still read from the back of a room (28 px at 1080, 20 at 720)."""
    return max(20.0, 28.0 * height / 1080.0) * min(scale, 1.0)


@dataclass(frozen=True)
class SlideLayout:
    """Rectangles of a slide's parts, in the slide's own pixels."""

    unit: float
    header: QRect
    title: QRect
    text: QRect
    plate: QRect
    footer: QRect


def title_font(unit: float) -> QFont:
    return font_px(44 * unit, QFont.Weight.ExtraBold)


def header_font(unit: float) -> QFont:
    return font_px(20 * unit, QFont.Weight.DemiBold)


def footer_font(unit: float) -> QFont:
    return font_px(22 * unit)


def slide_layout(width: int, height: int, title: str, share: float = TEXT_SHARES[0],
                 scale: float = 1.0) -> SlideLayout:
    """Header and wrapped title across the top, then the text beside the plate and its strip."""
    unit = max(height, 480) / 1000.0 * scale
    left, right = round(36 * height / 1000), round(28 * height / 1000)
    top, bottom = round(18 * height / 1000), round(12 * height / 1000)
    inner = max(200, width - left - right)
    header_h = QFontMetrics(header_font(unit)).height()
    y = top
    header = QRect(left, y, inner, header_h)
    y += header_h + 4
    metrics = QFontMetrics(title_font(unit))
    wrapped = metrics.boundingRect(QRect(0, 0, inner, 10_000), _WRAP, title or " ")
    title_rect = QRect(left, y, inner, wrapped.height() + 2)
    y += title_rect.height() + 6
    # the reveal strip sits under the plate it describes, two lines tall so the plate never
    # jumps as steps appear; the text runs down to the bottom margin beside it
    footer_h = round(QFontMetrics(footer_font(unit)).height() * 2.3)
    text_w = round((inner - GAP) * share)
    plate_x, plate_w = left + text_w + GAP, inner - text_w - GAP
    footer = QRect(plate_x, height - bottom - footer_h, plate_w, footer_h)
    text = QRect(left - DOC_MARGIN, y, text_w + DOC_MARGIN, max(80, height - bottom - y))
    plate = QRect(plate_x, y, plate_w, max(80, footer.top() - 6 - y))
    return SlideLayout(unit, header, title_rect, text, plate, footer)


_WRAP = 0x1000 | 0x0001  # Qt.TextWordWrap | Qt.AlignLeft


class SlideDocument(QTextDocument):
    """Slide text laid out as the slide shows it; pictures only those ``render`` gave it
    (read by the core resolver from inside the pack: ``safe_text.PackPictures``)."""

    def __init__(self, pack_root: str | None = None) -> None:
        super().__init__()
        self.pack_root = pack_root
        self.images: dict[str, QImage] = {}
        self.setDocumentMargin(DOC_MARGIN)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt override)
        return picture_resource(self.images, kind, url)


def text_height(markdown: str, width: int, px: float, pack_root: str | None = None,
                base: QUrl | None = None) -> float:
    """Height of `markdown` laid out `width` pixels wide in body type of `px` pixels."""
    doc = render(markdown, width, px, pack_root, base)
    return doc.size().height()


def render(markdown: str, width: int, px: float, pack_root: str | None = None,
           base: QUrl | None = None) -> SlideDocument:
    doc = SlideDocument(pack_root)
    if base is not None:
        doc.setBaseUrl(base)
    doc.setDefaultStyleSheet(slide_css(px))
    doc.setDefaultFont(font_px(px))
    doc.setTextWidth(max(100, width))
    base_dir = base.toLocalFile() if base is not None and base.isLocalFile() else None
    pictures = PackPictures(pack_root, base_dir, max(200, max(100, width) - 48))
    html = pictures.markdown_html(markdown)
    doc.images = pictures.images
    doc.setHtml(html)
    return doc


def blocks(markdown: str) -> list[str]:
    """The text cut where a slide may break: between top-level blocks and between list items."""
    lines = markdown.splitlines()
    cuts: list[int] = []
    for token in _BLOCKS.parse(markdown):
        if token.map is None or token.nesting == -1:
            continue
        if token.level == 0 or (token.level == 1 and token.type == "list_item_open"):
            cuts.append(token.map[0])
    cuts = sorted(set(cuts) | {0})
    pieces = []
    for start, end in zip(cuts, [*cuts[1:], len(lines)], strict=True):
        piece = "\n".join(lines[start:end]).strip("\n")
        if piece.strip():
            pieces.append(piece)
    return pieces


@dataclass(frozen=True)
class SlideFit:
    """How one section is shown at one size: its pages of Markdown, type size and layout."""

    pages: tuple[str, ...]
    px: float
    share: float
    layout: SlideLayout
    overflow: float      # pixels more than one slide holds at the smallest type and widest text

    @property
    def count(self) -> int:
        return len(self.pages)


def _join(pieces: list[str]) -> str:
    return "\n\n".join(pieces)


def _sentences(piece: str) -> list[str]:
    """A paragraph cut between sentences (lists and tables are kept whole)."""
    if piece.lstrip().startswith(("-", "*", "+", "|", "#")) or piece.lstrip()[:1].isdigit():
        return [piece]
    return [s for s in _SENTENCE.split(" ".join(piece.split())) if s]


def _paginate(pieces: list[str], width: int, room: int, px: float,
              pack_root: str | None, base: QUrl | None) -> list[str]:
    small: list[str] = []
    for piece in pieces:   # a paragraph taller than a slide continues mid-paragraph
        too_tall = text_height(piece, width, px, pack_root, base) > room
        small += _sentences(piece) if too_tall else [piece]
    pages: list[list[str]] = [[]]
    for piece in small:
        trial = [*pages[-1], piece]
        if pages[-1] and text_height(_join(trial), width, px, pack_root, base) > room:
            pages.append([piece])
        else:
            pages[-1] = trial
    return [_join(page) for page in pages]


def _title_with_part(title: str, count: int) -> str:
    return f"{title} ({count}/{count})"


def fit_section(title: str, markdown: str, width: int, height: int, scale: float = 1.0,
                pack_root: str | None = None, base: QUrl | None = None) -> SlideFit:
    """The largest type and narrowest text column showing the text on as few slides as may be."""
    top, floor = body_px(height, scale), min_body_px(height, scale)
    sizes = []
    size = top
    while size > floor:
        sizes.append(size)
        size *= SHRINK_STEP
    sizes.append(floor)
    for share in TEXT_SHARES:
        layout = slide_layout(width, height, title, share, scale)
        for px in sizes:
            if text_height(markdown, layout.text.width(), px, pack_root, base) \
                    <= layout.text.height():
                return SlideFit((markdown,), px, share, layout, 0.0)
    widest = slide_layout(width, height, title, TEXT_SHARES[-1], scale)
    overflow = text_height(markdown, widest.text.width(), floor, pack_root, base) \
        - widest.text.height()
    pieces = blocks(markdown)
    # the fewest slides: widest text, smallest type; then the largest type keeping that count
    layout = slide_layout(width, height, _title_with_part(title, 9), TEXT_SHARES[-1], scale)
    pages = _paginate(pieces, layout.text.width(), layout.text.height(), floor, pack_root, base)
    best = SlideFit(tuple(pages), floor, TEXT_SHARES[-1], layout, overflow)
    for px in sizes:
        trial = _paginate(pieces, layout.text.width(), layout.text.height(), px, pack_root, base)
        if len(trial) <= len(pages):
            return SlideFit(tuple(trial), px, TEXT_SHARES[-1], layout, overflow)
    return best
