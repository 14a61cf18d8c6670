"""The route a pain pulse travels: drawn nerve pieces joined spine-first, in plain numbers.

Each target (a root, the plexus, a nerve) is drawn as several polylines: the plexus is a net
of short segments, a nerve is split between the back view, a link and the front view. For each
target in order we walk its own segments (shortest way through its net) from where the last
one ended to the point nearest the next target; the last target is walked to its far end.
Gaps between separate drawings (back view to front view) become jumps the pulse skips.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

Point = tuple[float, float]
Polyline = list[Point]
SNAP = 4.0   # plate units: endpoints closer than this are the same junction


@dataclass(frozen=True)
class Run:
    """A drawn stretch of the route; ``jump`` marks that the pulse skips to its start."""

    points: tuple[Point, ...]
    jump: bool
    target_index: int


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _length(points: Polyline | tuple[Point, ...]) -> float:
    return sum(_dist(points[i], points[i + 1]) for i in range(len(points) - 1))


class _Net:
    """Junctions (endpoints) and the polylines joining them; separate pieces joined by jumps."""

    def __init__(self, polylines: list[Polyline]) -> None:
        self.nodes: list[Point] = []
        self.edges: dict[int, list[tuple[int, float, tuple[Point, ...], bool]]] = {}
        for line in polylines:
            if len(line) < 2:
                continue
            a, b = self._node(line[0]), self._node(line[-1])
            self._edge(a, b, tuple(line), False)
        self._join_pieces()

    def _node(self, point: Point) -> int:
        for index, node in enumerate(self.nodes):
            if _dist(node, point) <= SNAP:
                return index
        self.nodes.append(point)
        self.edges[len(self.nodes) - 1] = []
        return len(self.nodes) - 1

    def _edge(self, a: int, b: int, points: tuple[Point, ...], jump: bool) -> None:
        length = _length(points)
        self.edges[a].append((b, length, points, jump))
        self.edges[b].append((a, length, tuple(reversed(points)), jump))

    def _join_pieces(self) -> None:
        pieces = self._pieces()
        while len(pieces) > 1:
            first = pieces[0]
            best = min(((_dist(self.nodes[i], self.nodes[j]), i, j, k)
                        for k, other in enumerate(pieces[1:], 1)
                        for i in first for j in other), default=None)
            if best is None:
                return
            _, i, j, _k = best
            self._edge(i, j, (self.nodes[i], self.nodes[j]), True)
            pieces = self._pieces()

    def _pieces(self) -> list[set[int]]:
        seen: set[int] = set()
        out = []
        for start in range(len(self.nodes)):
            if start in seen:
                continue
            piece, todo = set(), [start]
            while todo:
                node = todo.pop()
                if node in piece:
                    continue
                piece.add(node)
                todo.extend(n for n, *_ in self.edges[node])
            seen |= piece
            out.append(piece)
        return out

    def nearest(self, point: Point) -> int:
        return min(range(len(self.nodes)), key=lambda i: _dist(self.nodes[i], point))

    def shortest(self, start: int, jumps: bool = True
                 ) -> tuple[dict[int, float], dict[int, tuple[int, int]]]:
        best = {start: 0.0}
        back: dict[int, tuple[int, int]] = {}
        queue = [(0.0, start)]
        while queue:
            cost, node = heapq.heappop(queue)
            if cost > best.get(node, math.inf):
                continue
            for index, (other, length, _pts, jump) in enumerate(self.edges[node]):
                if jump and not jumps:
                    continue
                new = cost + length * (3.0 if jump else 1.0)
                if new < best.get(other, math.inf):
                    best[other] = new
                    back[other] = (node, index)
                    heapq.heappush(queue, (new, other))
        return best, back

    def walk(self, start: int, end: int) -> list[tuple[tuple[Point, ...], bool]]:
        _, back = self.shortest(start)
        out = []
        node = end
        while node != start and node in back:
            prev, index = back[node]
            _other, _length, points, jump = self.edges[prev][index]
            out.append((points, jump))
            node = prev
        return list(reversed(out))

    def farthest(self, start: int, jumps: bool = True) -> int:
        """The junction furthest along the drawing (without jumps: stay on this drawing)."""
        best, _ = self.shortest(start, jumps)
        return max(best, key=lambda n: best[n])


def build_route(targets: list[list[Polyline]]) -> list[Run]:
    """Runs for targets in spine-to-foot order (each given as its drawn polylines)."""
    nets = [_Net(lines) for lines in targets]
    runs: list[Run] = []
    here: Point | None = None
    for index, net in enumerate(nets):
        if not net.nodes:
            continue
        following = next((n for n in nets[index + 1:] if n.nodes), None)
        if following is not None:
            exit_node = min(range(len(net.nodes)), key=lambda i: min(
                _dist(net.nodes[i], node) for node in following.nodes))
        if here is None:
            entry = net.farthest(exit_node) if following is not None else 0
        else:
            entry = net.nearest(here)
        if following is None:
            exit_node = net.farthest(entry, jumps=False)
        if here is not None and _dist(here, net.nodes[entry]) > SNAP:
            runs.append(Run((here, net.nodes[entry]), True, index))
        for points, jump in net.walk(entry, exit_node):
            runs.append(Run(points, jump, index))
        here = net.nodes[exit_node]
    return runs


class RouteCursor:
    """Where along the drawn route a fraction of the way lies (jumps take no time)."""

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        self.total = sum(_length(run.points) for run in runs if not run.jump)

    def point_at(self, fraction: float) -> Point | None:
        if not self.runs:
            return None
        distance = max(0.0, min(1.0, fraction)) * self.total
        for run in self.runs:
            if run.jump:
                continue
            pts = run.points
            for i in range(len(pts) - 1):
                step = _dist(pts[i], pts[i + 1])
                if distance <= step and step > 0:
                    t = distance / step
                    return (pts[i][0] + (pts[i + 1][0] - pts[i][0]) * t,
                            pts[i][1] + (pts[i + 1][1] - pts[i][1]) * t)
                distance -= step
        last = self.runs[-1].points[-1]
        return last

    def trail(self, fraction: float, length: float, samples: int = 14) -> list[Point]:
        """Points behind the pulse, newest last, for a fading tail."""
        if self.total <= 0:
            return []
        out = []
        for k in range(samples, -1, -1):
            f = fraction - length * k / samples / self.total
            if f >= 0:
                point = self.point_at(f)
                if point is not None:
                    out.append(point)
        return out
