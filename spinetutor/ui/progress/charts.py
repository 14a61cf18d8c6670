"""The dashboard's pyqtgraph charts; this module is imported only when the dashboard is shown.

``import pyqtgraph`` costs about 0.2 s and 50 MiB, so nothing imports this module at start.
Charts are static pictures: mouse panning, zooming and context menus are switched off, since
a learner glancing at progress should never lose the view by an accidental drag.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from spinetutor.core.progress_stats import Accuracy, DayActivity
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.progress.look import (
    INK,
    MUTED,
    SKY,
    STRONG,
    TRACK,
    accuracy_colour,
    percent,
)
from spinetutor.ui.progress.tags import ROOT_LEVELS

BONE = "#F3E9D2"
BONE_EDGE = "#9C8B6A"
DISC = "#BFD9EA"
ROOT = "#D9B300"


def _static_plot(plot: pg.PlotItem) -> None:
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    font = QFont()
    font.setPointSize(9)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(pg.mkPen(INK))
        axis.setPen(pg.mkPen("#B0B0B0"))
        axis.setStyle(tickFont=font)


def _label(text: str, x: float, y: float, color: str = INK, anchor=(0, 0.5),
           bold: bool = False) -> pg.TextItem:
    item = pg.TextItem(text, color=color, anchor=anchor)
    font = QFont()
    font.setPointSize(9)
    font.setBold(bold)
    item.setFont(font)
    item.setPos(x, y)
    return item


def _shape(path: QPainterPath, fill: str, edge: str, width: float = 0.0) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setBrush(QBrush(QColor(fill)))
    pen = QPen(QColor(edge))
    pen.setCosmetic(True)
    pen.setWidthF(width or 1.0)
    item.setPen(pen)
    return item


class SpineChart(pg.PlotWidget):
    """Accuracy per root, each bar on the row of its level beside a small lumbosacral spine."""

    SPINE_LEFT = -0.34
    SPINE_RIGHT = -0.10

    def __init__(self) -> None:
        super().__init__(background="w")
        plot = self.getPlotItem()
        _static_plot(plot)
        plot.invertY(True)
        plot.hideAxis("bottom")
        left = plot.getAxis("left")
        left.setTicks([[(i, level) for i, level in enumerate(ROOT_LEVELS)]])
        left.setWidth(30)
        left.setPen(pg.mkPen(None))
        left.setStyle(tickLength=0)
        plot.setXRange(self.SPINE_LEFT - 0.03, 1.5, padding=0)
        plot.setYRange(-0.6, len(ROOT_LEVELS) - 0.4, padding=0)
        self._data_items: list = []
        self._draw_spine(plot)

    def _draw_spine(self, plot: pg.PlotItem) -> None:
        """Five lumbar bodies with discs, then the sacrum's five fused, narrowing segments."""
        left, right = self.SPINE_LEFT, self.SPINE_RIGHT
        centre = (left + right) / 2
        for i in range(5):
            half = (right - left) / 2 + 0.006 * i
            body = QPainterPath()
            body.addRoundedRect(QRectF(centre - half, i - 0.36, 2 * half, 0.72), 0.03, 0.12)
            plot.addItem(_shape(body, BONE, BONE_EDGE))
            disc = QPainterPath()
            disc.addRoundedRect(QRectF(centre - half + 0.01, i + 0.38, 2 * half - 0.02, 0.24),
                                0.02, 0.08)
            plot.addItem(_shape(disc, DISC, "#7FA7C2"))
        top, bottom = (right - left) / 2 + 0.03, 0.015
        for j in range(5):
            h0 = top + (bottom - top) * j / 5
            h1 = top + (bottom - top) * (j + 1) / 5
            seg = QPainterPath()
            seg.moveTo(centre - h0, 4.64 + j)
            seg.lineTo(centre + h0, 4.64 + j)
            seg.lineTo(centre + h1, 5.64 + j)
            seg.lineTo(centre - h1, 5.64 + j)
            seg.closeSubpath()
            plot.addItem(_shape(seg, BONE, BONE_EDGE))
        for i in range(len(ROOT_LEVELS)):
            edge = centre + (right - left) / 2 if i < 5 else centre + top - (top - bottom) * (
                i - 4.5) / 5
            root = QPainterPath()
            root.moveTo(edge, i + (0.45 if i < 5 else 0.0))
            root.quadTo(edge + 0.04, i + 0.05, -0.005, i)
            item = QGraphicsPathItem(root)
            pen = QPen(QColor(ROOT))
            pen.setCosmetic(True)
            pen.setWidthF(2.0)
            item.setPen(pen)
            plot.addItem(item)

    def set_data(self, per_root: Mapping[str, Accuracy]) -> None:
        plot = self.getPlotItem()
        for item in self._data_items:
            plot.removeItem(item)
        ys = list(range(len(ROOT_LEVELS)))
        track = pg.BarGraphItem(x0=[0] * len(ys), y=ys, height=0.62, width=[1.0] * len(ys),
                                brush=TRACK, pen=pg.mkPen(None))
        items: list = [track]
        shown = [(i, per_root[lvl]) for i, lvl in enumerate(ROOT_LEVELS) if lvl in per_root]
        if shown:
            bars = pg.BarGraphItem(
                x0=[0] * len(shown), y=[i for i, _ in shown], height=0.62,
                width=[max(a.accuracy, 0.012) for _, a in shown],
                brushes=[pg.mkBrush(accuracy_colour(a.accuracy)) for _, a in shown],
                pen=pg.mkPen(None),
            )
            items.append(bars)
        for i, level in enumerate(ROOT_LEVELS):
            acc = per_root.get(level)
            if acc is None:
                items.append(_label(translate("Progress", "no answers"), 0.04, i, MUTED))
            else:
                label = _label("", 1.02, i)
                label.setHtml(f"<b>{percent(acc.accuracy)}</b>"
                              f" <span style='color:{MUTED}'>({acc.answered})</span>")
                items.append(label)
        for item in items:
            plot.addItem(item)
        self._data_items = items


def _day_name(day: date, fmt: str) -> str:
    """A date in the interface language ('3 May' / '3 may', 'Mon' / 'lun')."""
    return QLocale(content_language()).toString(QDate(day.year, day.month, day.day), fmt)


def _day_ticks(first: date, count: int) -> list[tuple[int, str]]:
    step = 1 if count <= 8 else 7 if count > 21 else 3
    last = count - 1
    ticks = [(i, _day_name(first + timedelta(days=i), "d MMM"))
             for i in range(last - step, -1, -step)]
    return sorted([*ticks, (last, translate("Progress", "Today"))])


class ActivityChart(pg.GraphicsLayoutWidget):
    """Answers per day (bars) above accuracy per day (dots on a line), sharing the date axis."""

    def __init__(self, max_days: int = 28) -> None:
        super().__init__()
        self.setBackground("w")
        self.max_days = max_days
        self.count_plot = self.addPlot(row=0, col=0)
        self.accuracy_plot = self.addPlot(row=1, col=0)
        for plot in (self.count_plot, self.accuracy_plot):
            _static_plot(plot)
            plot.getAxis("left").setWidth(40)
            plot.showGrid(y=True, alpha=0.25)
        self.accuracy_plot.setXLink(self.count_plot)
        self.count_plot.getAxis("bottom").setStyle(showValues=False)
        self.count_plot.setLabel("left", translate("Progress", "answers"))
        self.accuracy_plot.setYRange(-0.06, 1.1, padding=0)
        self.accuracy_plot.getAxis("left").setTicks([[(0, "0%"), (0.5, "50%"), (1, "100%")]])
        for plot in (self.count_plot, self.accuracy_plot):
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)

    def set_data(self, per_day: Sequence[DayActivity], today: date) -> None:
        self.count_plot.clear()
        self.accuracy_plot.clear()
        first = today - timedelta(days=self.max_days - 1)
        if per_day:
            first = max(first, min(per_day[0].day, today - timedelta(days=6)))
        count = (today - first).days + 1
        days = [d for d in per_day if d.day >= first]
        xs = [(d.day - first).days for d in days]
        self.count_plot.addItem(pg.BarGraphItem(
            x=xs, height=[d.answered for d in days], width=0.7, brush=SKY,
            pen=pg.mkPen(None)))
        top = max([d.answered for d in days], default=1)
        self.count_plot.setYRange(0, top * 1.1 + 1, padding=0)
        self.count_plot.setXRange(-0.7, count - 0.3, padding=0)
        self.accuracy_plot.addItem(pg.InfiniteLine(0.6, angle=0, pen=pg.mkPen(
            "#C9C9C9", style=Qt.PenStyle.DashLine)))
        self.accuracy_plot.plot(
            xs, [d.accuracy for d in days], pen=pg.mkPen(INK, width=1.5),
            symbol="o", symbolSize=8, symbolPen=pg.mkPen(INK),
            symbolBrush=[pg.mkBrush(accuracy_colour(d.accuracy)) for d in days],
        )
        ticks = _day_ticks(first, count)
        self.accuracy_plot.getAxis("bottom").setTicks([ticks])
        self.count_plot.getAxis("bottom").setTicks([ticks])


class ForecastChart(pg.PlotWidget):
    """Reviews due on each of the coming days, today first, each bar with its number."""

    def __init__(self) -> None:
        super().__init__(background="w")
        plot = self.getPlotItem()
        _static_plot(plot)
        plot.hideAxis("left")

    def set_data(self, due_by_day: Mapping[date, int]) -> None:
        plot = self.getPlotItem()
        plot.clear()
        days = sorted(due_by_day)
        counts = [due_by_day[d] for d in days]
        xs = list(range(len(days)))
        colours = [pg.mkBrush(STRONG if i else "#CC79A7") for i in xs]
        plot.addItem(pg.BarGraphItem(x=xs, height=counts, width=0.65, brushes=colours,
                                     pen=pg.mkPen(None)))
        top = max(counts, default=0) or 1
        for x, n in zip(xs, counts, strict=True):
            plot.addItem(_label(str(n), x, n + top * 0.04, INK, anchor=(0.5, 1), bold=True))
        names = [translate("Progress", "Today")] + [_day_name(d, "ddd") for d in days[1:]]
        plot.getAxis("bottom").setTicks([list(zip(xs, names, strict=True))])
        plot.setYRange(0, top * 1.25, padding=0)
        plot.setXRange(-0.6, len(days) - 0.4, padding=0)
