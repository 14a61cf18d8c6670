"""What the projector shows while a question is open to the class: how to join, and the answers.

A QR code and the short address for phones, the PIN in large digits, a picker of this
laptop's addresses (the room's network may be any of them), the number of answers, and a live
bar chart. The chart marks the right answer only once the presenter reveals it.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spinetutor.ui.i18n import translate
from spinetutor.ui.present.style import ACCENT, GREEN, INK, MUTED, font_px


class QrCode(QWidget):
    """A QR code drawn square and crisp at any size (whole pixels per module, quiet zone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-class-qr")
        self.text = ""
        self.modules: list[tuple[int, ...]] = []

    def set_text(self, text: str) -> None:
        """Encode `text` (segno: pure Python, no dependencies, maintained; medium error
        correction so a projector's glare or a smudge still scans)."""
        self.text = text
        code = segno.make(text, error="m", micro=False)
        self.modules = [tuple(row) for row in code.matrix_iter(border=4)]
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self.modules)
        if not count:
            return
        unit = max(1, side // count)
        size = unit * count
        left, top = (self.width() - size) // 2, (self.height() - size) // 2
        painter.fillRect(left, top, size, size, QColor("white"))
        for y, row in enumerate(self.modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + x * unit, top + y * unit, unit, unit, QColor(INK))


class ClassPanel(QWidget):
    """Join instructions and the live answers; emits `address_picked` when the presenter
    chooses another of the laptop's addresses."""

    address_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("present-class")
        self.scale = 1.0
        self.qr = QrCode(self)
        self.join = QLabel(wordWrap=True, objectName="present-class-join")
        self.join.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = QLabel(objectName="present-class-pin")
        self.count = QLabel(objectName="present-class-count")
        self.addresses = QComboBox(objectName="present-class-addresses")
        self.addresses.setToolTip(translate(
            "Present", "The address of this laptop on the room's network"))
        self.addresses.activated.connect(
            lambda index: self.address_picked.emit(self.addresses.itemText(index)))
        self.note = QLabel(wordWrap=True, objectName="present-class-note")
        text = QVBoxLayout()
        text.addWidget(self.join)
        text.addWidget(self.pin)
        text.addWidget(self.count)
        text.addStretch(1)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(translate("Present", "Network:"), self))
        picker.addWidget(self.addresses, 1)
        text.addLayout(picker)
        text.addWidget(self.note)
        top = QHBoxLayout()
        top.addWidget(self.qr, 0)
        top.addLayout(text, 1)
        self.chart_slot = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top, 0)
        outer.addLayout(self.chart_slot, 1)
        self.chart: object | None = None   # BarChart, built on first show (pyqtgraph is big)

    def show_join(self, url: str, pin: str, addresses: list[str], current: str) -> None:
        self.qr.set_text(url)
        short = url.removeprefix("http://").rstrip("/")
        self.join.setText(translate("Present", "Answer on your phone: {address}").format(
            address=f"<b style='color:{ACCENT}'>{short}</b>"))
        self.pin.setText(translate("Present", "PIN {pin}").format(pin=pin))
        self.addresses.clear()
        self.addresses.addItems(addresses)
        self.addresses.setCurrentText(current)
        self.note.setText(translate(
            "Present", "Phones must be on the same network as this laptop. "
                       "Nothing about students is kept, only the counts."))
        self.apply_scale()

    def show_counts(self, answered: int, bars: list[tuple[str, str, int, bool]],
                    reveal: bool) -> None:
        self.count.setText(translate("Present", "{n} answer(s)").format(n=answered))
        if self.chart is None:
            from spinetutor.ui.present.class_chart import BarChart

            self.chart = BarChart(self)
            self.chart_slot.addWidget(self.chart)
        self.chart.show_bars(bars, reveal)  # type: ignore[attr-defined]

    def apply_scale(self) -> None:
        unit = max(self.window().height(), 480) / 1000.0 * self.scale
        self.join.setFont(font_px(26 * unit))
        self.join.setStyleSheet(f"color: {INK}")
        self.pin.setFont(font_px(52 * unit, QFont.Weight.Black))
        self.pin.setStyleSheet(f"color: {INK}")
        self.count.setFont(font_px(26 * unit, QFont.Weight.DemiBold))
        self.count.setStyleSheet(f"color: {GREEN}")
        self.note.setFont(font_px(15 * unit))
        self.note.setStyleSheet(f"color: {MUTED}")
        side = round(400 * unit)
        self.qr.setFixedSize(side, side)

