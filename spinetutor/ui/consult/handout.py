"""The patient handout: the plate as highlighted (vector) and the plain-language explanation.

Why this shape: the handout is the only thing about the patient that leaves the app, and only
when the clinician saves or prints it. The text is laid out by QTextDocument (which breaks
pages between lines); a blank image keeps the plate's place beside the findings, where the
plate is then drawn with QGraphicsScene.render, so it stays vector in the PDF and sharp on
paper. The saved PDF, the print preview and the printer share one page set-up and one painter,
so what the preview shows is what prints. Boxes never split across pages and headings never
end a page (`keep_together`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from spinetutor.ui.consult.handout_html import (
    EDUCATIONAL,
    PLATE_URL,
    HandoutBlock,
    HandoutContent,
    handout_html,
)
from spinetutor.ui.diagram.scene import PLATE_SVG
from spinetutor.ui.i18n import translate

__all__ = ["EDUCATIONAL", "HandoutBlock", "HandoutContent", "default_page_size", "handout_html",
           "keep_together", "page_count", "paint_handout", "pdf_writer", "preview_handout",
           "print_handout", "write_handout_pdf"]

CSS_DPI = 96.0           # the document is laid out in 96-dpi pixels, then scaled to the device
MARGIN = 42.0            # page margin in those pixels (about 11 mm; printers need 5)
FOOTER = 30.0            # two small lines: the educational-use sentence and the page number
PLATE_SHARE = 0.44       # the plate takes about half the width, beside the findings
BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_GRADIENT_FILL = re.compile(r'fill="url\(#[^)"]*\)"')


def default_page_size() -> QPageSize.PageSizeId:
    """Letter where the system locale uses it (the Americas' Letter countries), else A4."""
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
              QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela,
              QLocale.Country.Philippines}
    return (QPageSize.PageSizeId.Letter if QLocale.system().territory() in letter
            else QPageSize.PageSizeId.A4)


def write_handout_pdf(path: str | Path, scene: QGraphicsScene, content: HandoutContent,
                      page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> None:
    """Write the handout as a PDF at `path` (A4 or Letter; the plate is drawn as vectors)."""
    writer = pdf_writer(path, page_size)
    writer.setTitle(content.title)
    paint_handout(writer, scene, content)


def pdf_writer(path: str | Path, page_size: QPageSize.PageSizeId) -> QPdfWriter:
    """A PDF device set up like the printer: the whole sheet, portrait, our own margins."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(page_size))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setCreator("SpineTutor")
    return writer


def _layout(device: QPagedPaintDevice, scene: QGraphicsScene,
            content: HandoutContent) -> tuple[QTextDocument, float, float, float]:
    """The document laid out for this page: (document, scale, body width, body height)."""
    scale = device.logicalDpiX() / CSS_DPI
    page_w, page_h = device.width() / scale, device.height() / scale
    body_w = page_w - 2 * MARGIN
    body_h = page_h - 2 * MARGIN - FOOTER
    source = scene.sceneRect()
    plate_w = body_w * PLATE_SHARE
    plate_h = plate_w * source.height() / max(source.width(), 1.0)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)  # 10 pt at 96 dpi
    doc.setDefaultFont(font)
    doc.addResource(QTextDocument.ResourceType.ImageResource, PLATE_URL, _blank_image())
    doc.setHtml(handout_html(content, plate_w, plate_h))
    doc.setPageSize(QSizeF(body_w, body_h))
    keep_together(doc, body_h)
    return doc, scale, body_w, body_h


def keep_together(doc: QTextDocument, body_h: float) -> None:
    """Never split a box across pages and never leave a heading at the foot of a page.

    A table (a warning box, the plate row) that would straddle a page boundary starts the next
    page instead; so does a bold heading whose next block would fall on the next page.
    """
    for _ in range(12):  # each pass moves one item; a handout has only a few
        if not (_move_split_table(doc, body_h) or _move_orphan_heading(doc, body_h)):
            return


def _move_split_table(doc: QTextDocument, body_h: float) -> bool:
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        first = int(rect.top() // body_h)
        fmt = frame.frameFormat()
        if rect.height() < body_h and rect.bottom() > (first + 1) * body_h + 0.5 \
                and not fmt.pageBreakPolicy() & BREAK_BEFORE:
            fmt.setPageBreakPolicy(BREAK_BEFORE)
            frame.setFrameFormat(fmt)
            return True
    return False


def _move_orphan_heading(doc: QTextDocument, body_h: float) -> bool:
    """Push a heading whose next block starts the next page down to that page (by its top
    margin: a page-break flag on a block Qt already moved leaves a blank page)."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        fmt = block.blockFormat()
        if _is_heading(block) and nxt.isValid() and block.length() < 120 \
                and QTextCursor(block).currentFrame() is doc.rootFrame():
            top = layout.blockBoundingRect(block).top()
            below = layout.blockBoundingRect(nxt).top() + _first_line(nxt)
            page = int(top // body_h)
            if page != int(below // body_h):
                fmt.setTopMargin(fmt.topMargin() + (page + 1) * body_h - top + 1)
                QTextCursor(block).setBlockFormat(fmt)
                return True
        block = nxt
    return False


def _is_heading(block) -> bool:  # QTextBlock
    """A heading block, or a short paragraph that starts in bold (the handout's subheads)."""
    if block.blockFormat().headingLevel() > 0:
        return True
    it = block.begin()  # kept in a name: a fragment of a dropped iterator is a dangling one
    if it.atEnd():
        return False
    fragment = it.fragment()
    return fragment.isValid() and fragment.charFormat().fontWeight() >= QFont.Weight.Bold


def _first_line(block) -> float:  # QTextBlock
    layout = block.layout()
    return layout.lineAt(0).height() if layout is not None and layout.lineCount() else 0.0


def page_count(device: QPagedPaintDevice, scene: QGraphicsScene,
               content: HandoutContent) -> int:
    """How many pages the handout takes on this device."""
    return _layout(device, scene, content)[0].pageCount()


def paint_handout(device: QPagedPaintDevice, scene: QGraphicsScene,
                  content: HandoutContent) -> None:
    """Lay out and paint the handout onto a PDF writer or a printer, page by page."""
    doc, scale, body_w, body_h = _layout(device, scene, content)
    page_w, page_h = device.width() / scale, device.height() / scale
    plate = _plate_rect(doc)
    pages = doc.pageCount()
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(MARGIN, MARGIN - page * body_h)
        clip = QRectF(0, page * body_h, body_w, body_h)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()
        if plate is not None and int((plate.top() + 1) // body_h) == page:
            target = plate.translated(MARGIN, MARGIN - page * body_h)
            _render_scene(painter, scene, target, scene.sceneRect())
        _footer(painter, page_w, page_h, page + 1, pages, content.disclaimer)
    painter.end()


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _plate_rect(doc: QTextDocument) -> QRectF | None:
    """Where the reserved plate image sits in the laid-out document (inside its table cell)."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if not frag.isValid():
                it += 1
                continue
            fmt = frag.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == PLATE_URL.toString():
                image = fmt.toImageFormat()
                offset = frag.position() - block.position()
                line = block.layout().lineForTextPosition(offset)
                rect = layout.blockBoundingRect(block)
                x = rect.left() + line.cursorToX(offset)[0]
                y = rect.top() + line.y() + max(0.0, line.height() - image.height())
                return QRectF(x, y, image.width(), image.height())
            it += 1
        block = block.next()
    return None


@lru_cache(maxsize=2)
def _print_safe_svg(svg_file: str) -> QSvgRenderer:
    """The plate art without gradient fills: Qt's PDF engine paints alpha gradients opaque
    black (the skin shading turned the legs black), and the shading adds nothing on paper."""
    text = Path(svg_file).read_text(encoding="utf-8")
    return QSvgRenderer(QByteArray(_GRADIENT_FILL.sub('fill="none"', text).encode("utf-8")))


def _render_scene(painter: QPainter, scene: QGraphicsScene, target: QRectF,
                  source: QRectF) -> None:
    """Paint the plate as vectors: caches off (nothing rasterised), print-safe art swapped in."""
    caches: list[tuple[QGraphicsItem, QGraphicsItem.CacheMode]] = []
    for item in scene.items():
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache:
            caches.append((item, item.cacheMode()))
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    layers = [i for i in scene.items() if isinstance(i, QGraphicsSvgItem)]
    originals = [layer.renderer() for layer in layers]
    svg_file = getattr(scene, "svg_file", PLATE_SVG)
    safe = _print_safe_svg(str(svg_file)) if layers and Path(svg_file).exists() else None
    if safe is not None and safe.isValid():
        for layer in layers:
            layer.setSharedRenderer(safe)
    painter.save()
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.restore()
    if safe is not None and safe.isValid():
        for layer, renderer in zip(layers, originals, strict=True):
            layer.setSharedRenderer(renderer)
    for item, mode in caches:
        item.setCacheMode(mode)
    painter.save()
    painter.setPen(QPen(QColor("#666666"), 0.8))
    painter.drawRect(target)
    painter.restore()


def _footer(painter: QPainter, page_w: float, page_h: float, page: int, pages: int,
            disclaimer: str) -> None:
    """The educational-use sentence on every page (never alone on a page of its own)."""
    painter.save()
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    number = translate("Consult", "Page {page} of {pages}").format(page=page, pages=pages)
    width = painter.fontMetrics().horizontalAdvance(number) + 12
    rect = QRectF(MARGIN, page_h - MARGIN - FOOTER + 4, page_w - 2 * MARGIN, FOOTER)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
    painter.drawText(rect.adjusted(0, 0, -width, 0),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                     | Qt.TextFlag.TextWordWrap, disclaimer)
    painter.restore()


def _printer(page_size: QPageSize.PageSizeId):  # -> QPrinter (QtPrintSupport loads late)
    """A printer set up exactly like the saved PDF: the whole sheet, our own margins."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page_size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def preview_handout(parent: object, scene: QGraphicsScene, content: HandoutContent,
                    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
                    show: bool = True):  # -> QPrintPreviewDialog
    """A print preview painted by the same code that prints: what it shows is what prints.

    Its own print button sends it to the chosen printer; closing it prints nothing.
    """
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(_printer(page_size), parent)  # type: ignore[arg-type]
    dialog.setWindowTitle(translate("Consult", "Handout preview"))
    dialog.paintRequested.connect(lambda device: paint_handout(device, scene, content))
    if show:
        dialog.exec()
    return dialog


def print_handout(parent: object, scene: QGraphicsScene, content: HandoutContent,
                  page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> None:
    """Show the preview; the clinician prints from it (or closes it)."""
    preview_handout(parent, scene, content, page_size)
