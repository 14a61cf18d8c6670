"""The live bar chart of the class's answers (pyqtgraph, imported only when a question is
opened to the class: it costs about 0.2 s and 50 MiB).

Horizontal bars, one per option in the order the slide lists them, each with its count; the
right answer turns green only when the presenter reveals it, so the chart never gives it away.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from spinetutor.ui.present.style import BLUE, GREEN, INK, font_px

GREY = "#b5bcc4"
MAX_BARS = 8          # plate questions: the right structures, then the most tapped others
MAX_LABEL = 38


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "\u2026"


class BarChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("present-class-chart")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.hideAxis("bottom")
        plot.showGrid(x=False, y=False)
        axis = plot.getAxis("left")
        axis.setTextPen(pg.mkPen(INK))
        axis.setPen(pg.mkPen(INK))
        axis.setStyle(tickLength=0)
        self.shown: list[tuple[str, str, int, bool]] = []
        self.revealed = False
        self._items: list[object] = []

    def show_bars(self, bars: list[tuple[str, str, int, bool]], reveal: bool) -> None:
        """Draw (key, label, count, correct) bars; colour the right ones when `reveal`."""
        bars = bars[:MAX_BARS]
        if bars == self.shown and reveal == self.revealed:
            return
        self.shown, self.revealed = bars, reveal
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items = []
        most = max([count for _k, _l, count, _r in bars] + [1])
        brushes = [pg.mkBrush(GREEN if right else GREY) if reveal else pg.mkBrush(BLUE)
                   for _k, _l, _c, right in bars]
        bar_item = pg.BarGraphItem(x0=0, y=list(range(len(bars))), height=0.66,
                                   width=[c for _k, _l, c, _r in bars], brushes=brushes,
                                   pen=pg.mkPen(None))
        plot.addItem(bar_item)
        self._items.append(bar_item)
        font = font_px(max(14, self.height() / 18))
        for index, (_key, _label, count, right) in enumerate(bars):
            text = pg.TextItem(f" {count}" + (" \u2714" if reveal and right else ""),
                               color=INK, anchor=(0, 0.5))
            text.setFont(font)
            text.setPos(count, index)
            plot.addItem(text)
            self._items.append(text)
        axis = plot.getAxis("left")
        axis.setTickFont(font)
        axis.setTicks([[(i, _short(label)) for i, (_k, label, _c, _r) in enumerate(bars)]])
        plot.setXRange(0, most * 1.25, padding=0)
        plot.setYRange(-0.6, max(len(bars), 1) - 0.4, padding=0)

    def bar_counts(self) -> list[int]:
        return [count for _k, _l, count, _r in self.shown]
