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
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from spinetutor.core.progress_stats import Accuracy, DayActivity
from spinetutor.ui import themes
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.progress.look import (
    SKY,
    STRONG,
    accuracy_colour,
    ink,
    muted,
    percent,
    track,
    track_edge,
)
from spinetutor.ui.progress.tags import ROOT_LEVELS

BONE = "#F3E9D2"
BONE_EDGE = "#9C8B6A"
DISC = "#BFD9EA"
ROOT = "#D9B300"


def _font(bold: bool = False) -> QFont:
    """Chart text: a little smaller than body text, following the text size."""
    font = QFont()
    font.setPointSizeF(themes.rel_pt(0.95))
    font.setBold(bold)
    return font


def _background() -> str:
    """Charts sit on the dashboard's cards."""
    return themes.color("card_bg")


def _static_plot(plot: pg.PlotItem) -> None:
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    _style_axes(plot)


def _style_axes(plot: pg.PlotItem) -> None:
    """Axis text in the theme's text colour, axis lines in its frame colour, sized to the text."""
    font = _font()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(pg.mkPen(ink()))
        axis.setPen(pg.mkPen(themes.LOOKS[themes.current()].frame))
        axis.setStyle(tickFont=font)
        if name == "bottom":
            axis.setHeight(QFontMetrics(font).height() + 12)
    if plot.getAxis("left").labelText:
        plot.getAxis("left").setLabel(plot.getAxis("left").labelText, color=muted())


def _label(text: str, x: float, y: float, color: str = "", anchor=(0, 0.5),
           bold: bool = False) -> pg.TextItem:
    item = pg.TextItem(text, color=color or ink(), anchor=anchor)
    font = _font(bold)
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
        super().__init__(background=_background())
        plot = self.getPlotItem()
        _static_plot(plot)
        plot.invertY(True)
        plot.hideAxis("bottom")
        left = plot.getAxis("left")
        left.setTicks([[(i, level) for i, level in enumerate(ROOT_LEVELS)]])
        left.setStyle(tickLength=0)
        self._fit_labels()
        plot.setYRange(-0.6, len(ROOT_LEVELS) - 0.4, padding=0)
        self._data_items: list = []
        self._spine_items: list = []
        self._per_root: Mapping[str, Accuracy] | None = None
        self.restyle()

    def restyle(self) -> None:
        """Background, axes, spine and bars in the current theme and text size."""
        self.setBackground(_background())
        plot = self.getPlotItem()
        _style_axes(plot)
        left = plot.getAxis("left")
        left.setPen(pg.mkPen(None))
        left.setWidth(QFontMetrics(_font()).horizontalAdvance("L5") + 14)
        for item in self._spine_items:
            plot.removeItem(item)
        self._spine_items = []
        self._draw_spine(plot)
        if self._per_root is not None:
            self.set_data(self._per_root)
        self._fit_labels()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt override)
        super().resizeEvent(event)
        if getattr(self, "_spine_items", None) is not None:  # not while pyqtgraph builds it
            self._fit_labels()

    def _fit_labels(self) -> None:
        """Leave room right of the bars for "100% (999)" at the current text size."""
        left = self.SPINE_LEFT - 0.03
        width = max(self.getPlotItem().getViewBox().width(), 1.0)
        share = min(QFontMetrics(_font(bold=True)).horizontalAdvance("100% (999)") / width, 0.5)
        right = max(1.5, (1.03 - share * left) / (1 - share))
        self.getPlotItem().setXRange(left, right, padding=0)

    def _draw_spine(self, plot: pg.PlotItem) -> None:
        """Five lumbar bodies with discs, then the sacrum's five fused, narrowing segments."""
        bone_edge = BONE_EDGE if themes.current() != "high_contrast" else "#000000"
        disc_edge = "#7FA7C2" if themes.current() != "high_contrast" else "#000000"
        added = self._spine_items
        left, right = self.SPINE_LEFT, self.SPINE_RIGHT
        centre = (left + right) / 2
        for i in range(5):
            half = (right - left) / 2 + 0.006 * i
            body = QPainterPath()
            body.addRoundedRect(QRectF(centre - half, i - 0.36, 2 * half, 0.72), 0.03, 0.12)
            added.append(_shape(body, BONE, bone_edge))
            disc = QPainterPath()
            disc.addRoundedRect(QRectF(centre - half + 0.01, i + 0.38, 2 * half - 0.02, 0.24),
                                0.02, 0.08)
            added.append(_shape(disc, DISC, disc_edge))
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
            added.append(_shape(seg, BONE, bone_edge))
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
            added.append(item)
        for item in added:
            plot.addItem(item)

    def set_data(self, per_root: Mapping[str, Accuracy]) -> None:
        self._per_root = per_root
        plot = self.getPlotItem()
        for item in self._data_items:
            plot.removeItem(item)
        ys = list(range(len(ROOT_LEVELS)))
        edge = track_edge()
        empty = pg.BarGraphItem(x0=[0] * len(ys), y=ys, height=0.62, width=[1.0] * len(ys),
                                brush=track(), pen=pg.mkPen(edge) if edge else pg.mkPen(None))
        items: list = [empty]
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
                items.append(_label(translate("Progress", "no answers"), 0.04, i, muted()))
            else:
                label = _label("", 1.02, i)
                label.setHtml(f"<b>{percent(acc.accuracy)}</b>"
                              f" <span style='color:{muted()}'>({acc.answered})</span>")
                items.append(label)
        for item in items:
            plot.addItem(item)
        self._data_items = items


def _day_name(day: date, fmt: str) -> str:
    """A date in the interface language ('3 May' / '3 may', 'Mon' / 'lun')."""
    return QLocale(content_language()).toString(QDate(day.year, day.month, day.day), fmt)


def _day_ticks(first: date, count: int, room: int = 0) -> list[tuple[int, str]]:
    """A date every 1, 3 or 7 days, sparser when only ``room`` labels fit (0: no limit)."""
    step = 1 if count <= 8 else 7 if count > 21 else 3
    if room > 0:
        step = max(step, -(-count // room))
    last = count - 1
    ticks = [(i, _day_name(first + timedelta(days=i), "d MMM"))
             for i in range(last - step, -1, -step)]
    return sorted([*ticks, (last, translate("Progress", "Today"))])


class ActivityChart(pg.GraphicsLayoutWidget):
    """Answers per day (bars) above accuracy per day (dots on a line), sharing the date axis."""

    def __init__(self, max_days: int = 28) -> None:
        super().__init__()
        self.setBackground(_background())
        self.max_days = max_days
        self._data: tuple[Sequence[DayActivity], date] | None = None
        self.count_plot = self.addPlot(row=0, col=0)
        self.accuracy_plot = self.addPlot(row=1, col=0)
        for plot in (self.count_plot, self.accuracy_plot):
            _static_plot(plot)
            plot.showGrid(y=True, alpha=0.25)
        self.accuracy_plot.setXLink(self.count_plot)
        self.count_plot.getAxis("bottom").setStyle(showValues=False)
        self.count_plot.setLabel("left", translate("Progress", "answers"))
        self.accuracy_plot.setYRange(-0.06, 1.1, padding=0)
        self.accuracy_plot.getAxis("left").setTicks([[(0, "0%"), (0.5, "50%"), (1, "100%")]])
        for plot in (self.count_plot, self.accuracy_plot):
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        self.restyle()

    def restyle(self) -> None:
        """Background, axes and the line in the current theme and text size."""
        self.setBackground(_background())
        metrics = QFontMetrics(_font())
        for plot in (self.count_plot, self.accuracy_plot):
            _style_axes(plot)
            plot.getAxis("left").setWidth(metrics.horizontalAdvance("100%") + metrics.height()
                                          + 14)  # ticks and, on the upper plot, the label
        if self._data is not None:
            self.set_data(*self._data)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt override)
        super().resizeEvent(event)
        if getattr(self, "_data", None) is not None:  # fewer dates when narrow
            self.set_data(*self._data)

    def set_data(self, per_day: Sequence[DayActivity], today: date) -> None:
        self._data = (per_day, today)
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
            themes.color("rule"), style=Qt.PenStyle.DashLine)))
        self.accuracy_plot.plot(
            xs, [d.accuracy for d in days], pen=pg.mkPen(ink(), width=1.5),
            symbol="o", symbolSize=8, symbolPen=pg.mkPen(ink()),
            symbolBrush=[pg.mkBrush(accuracy_colour(d.accuracy)) for d in days],
        )
        metrics = QFontMetrics(_font())
        label = metrics.horizontalAdvance("20 May") + metrics.averageCharWidth() * 2
        ticks = _day_ticks(first, count, int(self.accuracy_plot.getViewBox().width() // label))
        self.accuracy_plot.getAxis("bottom").setTicks([ticks])
        self.count_plot.getAxis("bottom").setTicks([ticks])


class ForecastChart(pg.PlotWidget):
    """Reviews due on each of the coming days, today first, each bar with its number."""

    def __init__(self) -> None:
        super().__init__(background=_background())
        plot = self.getPlotItem()
        _static_plot(plot)
        plot.hideAxis("left")
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # keep "Today"
        self._due: Mapping[date, int] | None = None

    def restyle(self) -> None:
        """Background, axis and numbers in the current theme and text size."""
        self.setBackground(_background())
        _style_axes(self.getPlotItem())
        if self._due is not None:
            self.set_data(self._due)

    def set_data(self, due_by_day: Mapping[date, int]) -> None:
        self._due = due_by_day
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
            plot.addItem(_label(str(n), x, n + top * 0.04, anchor=(0.5, 1), bold=True))
        names = [translate("Progress", "Today")] + [_day_name(d, "ddd") for d in days[1:]]
        plot.getAxis("bottom").setTicks([list(zip(xs, names, strict=True))])
        plot.setYRange(0, top * 1.25, padding=0)
        plot.setXRange(-0.6, len(days) - 0.4, padding=0)
