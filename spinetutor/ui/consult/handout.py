"""The patient handout: the plate as highlighted (vector) and the plain-language explanation.

Why this shape: the handout is the only thing about the patient that leaves the app, and only
when the clinician saves or prints it. The text is laid out by QTextDocument (which breaks
pages between lines); the first page keeps a blank image where the plate is then drawn with
QGraphicsScene.render, so the plate stays vector in the PDF and sharp on paper.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
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
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from spinetutor.ui.consult.red_flag_panel import general_advice
from spinetutor.ui.diagram.scene import PLATE_SVG
from spinetutor.ui.i18n import translate

CSS_DPI = 96.0           # the document is laid out in 96-dpi pixels, then scaled to the device
MARGIN = 52.0            # page margin in those pixels (about 14 mm)
FOOTER = 26.0
PLATE_URL = QUrl("handout:plate-space")
_GRADIENT_FILL = re.compile(r'fill="url\(#[^)"]*\)"')
EDUCATIONAL = QT_TRANSLATE_NOOP(   # pass translate("Consult", EDUCATIONAL) to show it
    "Consult", "Made with SpineTutor for education only: it explains anatomy and is not a "
    "diagnosis. Only a clinician who examines you can say what is wrong.")


@dataclass(frozen=True)
class HandoutBlock:
    """A heading with paragraphs and bullet points, e.g. one candidate or one condition."""

    heading: str
    paragraphs: Sequence[str] = ()
    bullets: Sequence[str] = ()


@dataclass(frozen=True)
class HandoutContent:
    title: str
    date: str
    intro: str = ""
    marks: Sequence[str] = ()
    blocks: Sequence[HandoutBlock] = ()
    urgent_heading: str = ""
    red_flags: Sequence[str] = ()
    soon_heading: str = ""
    soon_flags: Sequence[str] = ()
    note: str = ""
    disclaimer: str = EDUCATIONAL
    legend: Sequence[str] = field(default_factory=tuple)


def handout_html(content: HandoutContent, plate_w: float, plate_h: float) -> str:
    """The handout's text as simple HTML (everything escaped; no outside resources)."""
    e = html.escape
    out = [f"<h1 style='font-size:17pt; margin:0'>{e(content.title)}</h1>",
           f"<p style='color:#333; margin-top:2px'>{e(content.date)}</p>",
           f"<p><img src='{PLATE_URL.toString()}' width='{int(plate_w)}' "
           f"height='{int(plate_h)}'></p>"]
    if content.legend:
        legend = e("  \u00b7  ".join(content.legend))
        out.append(f"<p style='font-size:9pt; color:#333'>{legend}</p>")
    if content.urgent_heading and content.red_flags:
        flags = "".join(f"<p>{e(s)}</p>" for s in content.red_flags)
        out.append(
            "<table width='100%' border='3' cellpadding='10' cellspacing='0' "
            "style='border-color:#000; border-style:solid' bgcolor='#7a0000'><tr><td>"
            f"<p style='color:white; font-size:16pt'><b>\u26a0 {e(content.urgent_heading)}</b></p>"
            f"<div style='color:white'>{flags}</div></td></tr></table><p></p>")
    if content.soon_heading and content.soon_flags:
        flags = "".join(f"<p>{e(s)}</p>" for s in content.soon_flags)
        out.append(
            "<table width='100%' border='3' cellpadding='10' cellspacing='0' "
            "style='border-color:#000; border-style:solid' bgcolor='#fff4ce'><tr><td>"
            f"<p style='font-size:14pt'><b>\u26a0 {e(content.soon_heading)}</b></p>"
            f"<div>{flags}</div></td></tr></table><p></p>")
    if content.marks:
        items = "".join(f"<li>{e(m)}</li>" for m in content.marks)
        told = e(translate("Consult", "What you told us"))
        out.append(f"<h2>{told}</h2><ul>{items}</ul>")
    if content.intro:
        out.append(f"<p>{e(content.intro)}</p>")
    for block in content.blocks:
        out.append(f"<h2>{e(block.heading)}</h2>")
        out.extend(f"<p>{e(p)}</p>" for p in block.paragraphs)
        if block.bullets:
            out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in block.bullets) + "</ul>")
    when = e(translate("Consult", "When to seek urgent care"))
    out.append(
        "<table width='100%' border='2' cellpadding='8' cellspacing='0' bgcolor='#f3f3f3'>"
        f"<tr><td><p><b>\u26a0 {when}</b></p>"
        f"<p>{e(general_advice())}</p>"
        "</td></tr></table>")
    if content.note.strip():
        note = "<br>".join(e(line) for line in content.note.strip().splitlines())
        heading = e(translate("Consult", "A note from your clinician"))
        out.append(f"<h2>{heading}</h2><p>{note}</p>")
    out.append(f"<p style='font-size:9pt; color:#333'><i>{e(content.disclaimer)}</i></p>")
    return "".join(out)


def write_handout_pdf(path: str | Path, scene: QGraphicsScene, content: HandoutContent) -> None:
    """Write the handout as an A4 PDF at `path` (the plate is drawn as vectors)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(content.title)
    writer.setCreator("SpineTutor")
    paint_handout(writer, scene, content)


def paint_handout(device: QPagedPaintDevice, scene: QGraphicsScene,
                  content: HandoutContent) -> None:
    """Lay out and paint the handout onto a PDF writer or a printer, page by page."""
    scale = device.logicalDpiX() / CSS_DPI
    page_w, page_h = device.width() / scale, device.height() / scale
    body_w = page_w - 2 * MARGIN
    body_h = page_h - 2 * MARGIN - FOOTER
    source = scene.sceneRect()
    plate_w = body_w
    plate_h = min(body_h * 0.5, plate_w * source.height() / max(source.width(), 1.0))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.addResource(QTextDocument.ResourceType.ImageResource, PLATE_URL, _blank_image())
    doc.setHtml(handout_html(content, plate_w, plate_h))
    doc.setPageSize(QSizeF(body_w, body_h))
    plate_top = _plate_top(doc)
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
        if page == 0 and plate_top is not None:
            target = QRectF(MARGIN, MARGIN + plate_top, plate_w, plate_h)
            _render_scene(painter, scene, target, source)
        _footer(painter, page_w, page_h, page + 1, pages)
    painter.end()


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _plate_top(doc: QTextDocument) -> float | None:
    """Where the reserved plate image sits in the laid-out document (y of its block)."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if "\ufffc" in block.text():
            return layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
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


def _footer(painter: QPainter, page_w: float, page_h: float, page: int, pages: int) -> None:
    painter.save()
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    rect = QRectF(MARGIN, page_h - MARGIN - FOOTER + 8, page_w - 2 * MARGIN, FOOTER)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, translate(
        "Consult", "SpineTutor \u2014 educational use only, not a diagnosis"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight, translate(
        "Consult", "Page {page} of {pages}").format(page=page, pages=pages))
    painter.restore()


def print_handout(parent: object, scene: QGraphicsScene, content: HandoutContent) -> bool:
    """Ask for a printer and print the handout; False when the clinician cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)  # type: ignore[arg-type]
    dialog.setWindowTitle(translate("Consult", "Print handout"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_handout(printer, scene, content)
    return True
