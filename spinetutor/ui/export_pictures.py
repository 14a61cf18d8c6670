"""Pictures of the plate for exported plate questions: the question's part of the plate as the
learner sees it, and the same part with the right answer lit (the back of an Anki card)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from spinetutor.core.atlas import Atlas
from spinetutor.core.export_items import ExportQuestion
from spinetutor.core.quizzes import ClickDiagram, MarkRegions
from spinetutor.ui.diagram.scene import PlateScene
from spinetutor.ui.selection import SelectionModel

PICTURE_WIDTH = 800  # px: sharp on a phone or laptop
JPEG_QUALITY = 85    # a deck of the whole course stays a few MB (PNG made it 28 MB)


class PlatePictures:
    """Renders (front, back) JPEGs for plate questions from one offscreen plate scene."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self.scene = PlateScene(atlas)
        self.selection = SelectionModel(atlas)

    def __call__(self, item: ExportQuestion) -> tuple[bytes, bytes] | None:
        question = item.question
        if not isinstance(question, ClickDiagram | MarkRegions):
            return None
        rect = self.scene.area_rect(question.zoom or "all")
        self.scene.show_highlight(None)
        front = self._render(rect)
        try:
            if isinstance(question, MarkRegions):
                highlight = self.selection.show_regions(list(question.expected), item.id)
            else:
                highlight = self.selection.select(question.accepted[0])
        except KeyError:
            return None
        self.scene.show_highlight(highlight)
        back = self._render(rect)
        self.scene.show_highlight(None)
        return front, back

    def _render(self, rect: QRectF) -> bytes:
        height = max(1, round(rect.height() * PICTURE_WIDTH / rect.width()))
        image = QImage(PICTURE_WIDTH, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.scene.render(painter, QRectF(0, 0, PICTURE_WIDTH, height), rect,
                          Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPG", JPEG_QUALITY)
        buffer.close()
        return bytes(data.data())
