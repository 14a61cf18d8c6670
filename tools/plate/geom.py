"""Geometry helpers for the plate generator: smooth curves, Qt Boolean paths, SVG path data."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

Pt = tuple[float, float]


def catmull_rom(pts: list[Pt], closed: bool = False) -> list[tuple[Pt, Pt, Pt, Pt]]:
    """Cubic Bezier segments (p1, c1, c2, p2) of a uniform Catmull-Rom spline through pts."""
    p = [np.asarray(q, float) for q in pts]
    n = len(p)
    segs = []
    last = n if closed else n - 1
    for i in range(last):
        p0 = p[(i - 1) % n] if (closed or i > 0) else p[i]
        p1 = p[i]
        p2 = p[(i + 1) % n]
        p3 = p[(i + 2) % n] if (closed or i + 2 < n) else p2
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        segs.append((tuple(p1), tuple(c1), tuple(c2), tuple(p2)))
    return segs


def smooth_path(pts: list[Pt], closed: bool = False, path: QPainterPath | None = None
                ) -> QPainterPath:
    path = path if path is not None else QPainterPath()
    segs = catmull_rom(pts, closed)
    path.moveTo(QPointF(*pts[0]))
    for _, c1, c2, p2 in segs:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p2))
    if closed:
        path.closeSubpath()
    return path


def sample_spline(pts: list[Pt], closed: bool = False, per_seg: int = 24) -> np.ndarray:
    """Dense points along the Catmull-Rom spline through pts."""
    out = []
    for p1, c1, c2, p2 in catmull_rom(pts, closed):
        t = np.linspace(0, 1, per_seg, endpoint=False)[:, None]
        a, b, c, d = (np.asarray(v) for v in (p1, c1, c2, p2))
        out.append((1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d)
    out.append(np.asarray(pts[0] if closed else pts[-1], float)[None, :])
    return np.vstack(out)


def poly_path(pts, closed: bool = True) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(QPointF(float(pts[0][0]), float(pts[0][1])))
    for x, y in pts[1:]:
        path.lineTo(QPointF(float(x), float(y)))
    if closed:
        path.closeSubpath()
    return path


def ellipse_path(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), rx, ry)
    t = QTransform()
    t.translate(cx, cy)
    t.rotate(angle)
    return t.map(path)


def stroke_area(path: QPainterPath, width: float) -> QPainterPath:
    s = QPainterPathStroker()
    s.setWidth(width)
    s.setCapStyle(Qt.PenCapStyle.RoundCap)
    s.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return s.createStroke(path).simplified()


def union_all(paths: list[QPainterPath]) -> QPainterPath:
    out = QPainterPath()
    for p in paths:
        out = out.united(p)
    return out


def path_area(path: QPainterPath, step: float = 1.0) -> float:
    """Approximate filled area by polygon flattening (shoelace over subpaths, odd-even)."""
    total = 0.0
    for poly in path.toFillPolygons():
        pts = [(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())]
        a = 0.0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
            a += x1 * y2 - x2 * y1
        total += abs(a) / 2
    return total


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def simplify_run(pts: list[Pt], tol: float) -> list[Pt]:
    """Douglas-Peucker simplification of a polyline (keeps the end points)."""
    if len(pts) < 3 or tol <= 0:
        return pts
    a = np.asarray(pts, float)
    keep = np.zeros(len(a), bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(a) - 1)]
    while stack:
        i, j = stack.pop()
        if j - i < 2:
            continue
        p, q = a[i], a[j]
        d = q - p
        norm = math.hypot(d[0], d[1])
        seg = a[i + 1:j]
        if norm < 1e-9:
            dist = np.hypot(seg[:, 0] - p[0], seg[:, 1] - p[1])
        else:
            dist = np.abs(d[0] * (seg[:, 1] - p[1]) - d[1] * (seg[:, 0] - p[0])) / norm
        k = int(np.argmax(dist))
        if dist[k] > tol:
            m = i + 1 + k
            keep[m] = True
            stack += [(i, m), (m, j)]
    return [tuple(v) for v in a[keep]]


def to_d(path: QPainterPath, tol: float = 0.25) -> str:
    """SVG path data (absolute M/L/C/Z) of a QPainterPath; runs of lines are simplified."""
    parts: list[str] = []
    run: list[Pt] = []

    def flush() -> None:
        if len(run) > 1:
            for x, y in simplify_run(run, tol)[1:]:
                parts.append(f"L{fmt(x)} {fmt(y)}")
        run.clear()

    n = path.elementCount()
    i = 0
    start = None
    cur = None
    ET = QPainterPath.ElementType
    while i < n:
        e = path.elementAt(i)
        if e.type == ET.MoveToElement:
            flush()
            if start is not None and cur is not None and _close(cur, start):
                parts.append("Z")
            parts.append(f"M{fmt(e.x)} {fmt(e.y)}")
            start = cur = (e.x, e.y)
            run.append(cur)
            i += 1
        elif e.type == ET.LineToElement:
            cur = (e.x, e.y)
            run.append(cur)
            i += 1
        elif e.type == ET.CurveToElement:
            flush()
            c2 = path.elementAt(i + 1)
            p2 = path.elementAt(i + 2)
            parts.append(f"C{fmt(e.x)} {fmt(e.y)} {fmt(c2.x)} {fmt(c2.y)} {fmt(p2.x)} {fmt(p2.y)}")
            cur = (p2.x, p2.y)
            run.append(cur)
            i += 3
        else:
            i += 1
    flush()
    if start is not None and cur is not None and _close(cur, start):
        parts.append("Z")
    return " ".join(parts)


def _close(a: Pt, b: Pt) -> bool:
    return math.hypot(a[0] - b[0], a[1] - b[1]) < 0.05


def open_d(pts: list[Pt]) -> str:
    """SVG path data of an open smooth curve through pts."""
    return to_d(smooth_path(pts, closed=False))


def ribbon(pts: list[Pt], w0: float, w1: float) -> QPainterPath:
    """Closed tapered ribbon around the smooth curve through pts (width w0 -> w1)."""
    c = sample_spline(pts, per_seg=12)
    d = np.gradient(c, axis=0)
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    nrm = np.stack([-d[:, 1], d[:, 0]], axis=1)
    w = np.linspace(w0, w1, len(c))[:, None] / 2
    left = c + nrm * w
    right = c - nrm * w
    ring = np.vstack([left, right[::-1]])
    return poly_path(ring[::2].tolist() + [ring[-1].tolist()])


class Spine:
    """Arc-length parametrised smooth centreline (for vertebral columns and canals)."""

    def __init__(self, pts: list[Pt]):
        self.c = sample_spline(pts, per_seg=60)
        seg = np.linalg.norm(np.diff(self.c, axis=0), axis=1)
        self.s = np.concatenate([[0], np.cumsum(seg)])
        self.length = float(self.s[-1])

    def at(self, s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Point, caudal unit tangent t, anterior unit normal n (anterior = +x side)."""
        s = min(max(s, 0.0), self.length - 1e-6)
        i = int(np.searchsorted(self.s, s) - 1)
        i = max(0, min(i, len(self.c) - 2))
        f = (s - self.s[i]) / max(self.s[i + 1] - self.s[i], 1e-9)
        p = self.c[i] * (1 - f) + self.c[i + 1] * f
        t = self.c[i + 1] - self.c[i]
        t = t / np.linalg.norm(t)
        n = np.array([t[1], -t[0]])
        return p, t, n

    def local(self, s: float, a: float, up: float) -> Pt:
        """World point at arc length s, offset a anteriorly and up superiorly (local frame)."""
        p, t, n = self.at(s)
        q = p + a * n - up * t
        return float(q[0]), float(q[1])
