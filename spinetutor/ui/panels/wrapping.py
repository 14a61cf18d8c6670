"""A push button and a drop-down whose text wraps onto more lines instead of widening its panel
or being cut off.

A QPushButton never wraps: a long label ("Take the quiz: Herniated disc, bulging disc and disc
degeneration (12 questions)", or any label at 200 % text) sets the minimum width of the whole
dock, which then squeezes the plate. This button keeps its full text (``text()``, read by screen
readers and tests) and lays it out in as many lines as its width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.align = Qt.AlignmentFlag.AlignCenter

    def _padding(self) -> QSize:
        """The room the style puts around a one-line label (frame, margins, style sheet)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = QFontMetrics(self.font())
        line = QSize(metrics.horizontalAdvance("x"), metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, line,
                                             self)
        return QSize(size.width() - line.width(), size.height() - line.height())

    def _text_size(self, width: int) -> QSize:
        metrics = QFontMetrics(self.font())
        return metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), _FLAGS,
                                    self.text()).size()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pad = self._padding()
        return self._text_size(width - pad.width()).height() + pad.height()

    def natural_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(line) for line in self.text().split("\n")),
                     default=0)
        return widest + self._padding().width() + 2

    def sizeHint(self) -> QSize:
        width = self.natural_width()
        if self.isVisible() and self.width() > 0:  # laid out: the lines it has at its width
            width = min(width, max(self.width(), self.minimumSizeHint().width()))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        word = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        width = min(word + self._padding().width() + 2, self.natural_width())
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()   # new width, new number of lines: ask for the height again

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        pad = self._padding()
        area = self.rect().adjusted(pad.width() // 2, pad.height() // 2,
                                    -(pad.width() - pad.width() // 2),
                                    -(pad.height() - pad.height() // 2))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.style().drawItemText(painter, area, int(Qt.TextFlag.TextWordWrap | self.align),
                                  option.palette, self.isEnabled(), self.text(),
                                  option.palette.ColorRole.ButtonText)


class WrapCombo(QComboBox):
    """A drop-down whose chosen answer wraps onto more lines instead of being cut off.

    Answers such as "Symmetric numbness of both feet in a stocking pattern" are longer than a
    side panel is wide (and at 200 % text most answers are); the closed drop-down grows in
    height to show the whole answer. The list that opens shows every answer as usual.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(7)
        self.currentIndexChanged.connect(self.updateGeometry)

    def _field(self, width: int, height: int) -> QRect:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, height)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint().height()
        field = self._field(width, one_line)
        metrics = QFontMetrics(self.font())
        text = metrics.boundingRect(QRect(0, 0, max(field.width() - 2, 1), 100000),
                                    int(Qt.TextFlag.TextWordWrap), self.currentText())
        return max(one_line, one_line - metrics.height() + text.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.width() if self.isVisible() and self.width() > 0 else hint.width()
        return QSize(hint.width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.width() if self.isVisible() and self.width() > 0 else hint.width()
        return QSize(hint.width(), self.heightForWidth(max(width, hint.width())))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        field = self._field(self.width(), self.height()).adjusted(1, 0, -1, 0)
        self.style().drawItemText(
            painter, field, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter
                                | Qt.AlignmentFlag.AlignLeft),
            option.palette, self.isEnabled(), text, option.palette.ColorRole.ButtonText)
