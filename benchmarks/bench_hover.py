"""Hover: one mouse move over the 1920x1080 plate view -> hover state updated and repainted.

Moves sweep the plate along horizontal lines (every 6 px, several rows through spine, legs and
feet), each sent to the viewport as a QMouseEvent, then the event loop runs once so Qt paints
the dirty region, as it does for a real pointer. Floor: the same event-loop pass after a move
to a spot outside the plate (hit test over nothing, nothing repainted). Rows report all moves
and the moves that changed the hovered structure (those repaint). Target: median <= 1 ms.
Run: python benchmarks/bench_hover.py [--quick] [--json]
"""

from __future__ import annotations

import _plate
from _common import emit, median, p95, parser, row
from PySide6.QtCore import QPoint

TARGET_MS = 1.0


def measure(quick: bool = False) -> list[dict[str, object]]:
    from spinetutor.ui.app import build_window

    app = _plate.app()
    window = build_window()
    _plate.size_view(window, window.view)
    _plate.wait_for_warmup(window)  # the pictures a hover copies are rendered in idle time
    view = window.view
    counter = _plate.PaintCounter(view.viewport())
    rows_y = [int(_plate.VIEW_H * f) for f in ((0.2, 0.5, 0.8) if quick else
                                               (0.15, 0.3, 0.45, 0.6, 0.75, 0.9))]
    outside = QPoint(2, 2)
    moves: list[float] = []
    changing: list[float] = []
    floor: list[float] = []
    painted = 0
    for _ in range(1 if quick else 3):
        for y in rows_y:
            for x in range(0, _plate.VIEW_W, 6):
                _plate.move(view, outside)
                _plate.settle()
                floor.append(_plate.timed(lambda: (_plate.move(view, outside),
                                                   app.processEvents())))
                _plate.move(view, QPoint(max(0, x - 6), y))
                _plate.settle()
                before_target, before_paints = window.scene._hover, counter.count
                moves.append(_plate.timed(lambda x=x, y=y: (_plate.move(view, QPoint(x, y)),
                                                            app.processEvents())))
                if window.scene._hover != before_target:
                    changing.append(moves[-1])
                    painted += counter.count > before_paints
    window.close()
    floor_ms = median(floor)
    return [
        row(f"hover: move->repaint median ({len(moves)} moves)", median(moves), "ms", floor_ms,
            f"<= {TARGET_MS} ms", median(moves) <= TARGET_MS),
        row(f"hover: moves that change the hovered structure ({len(changing)}), median",
            median(changing), "ms", floor_ms, f"<= {TARGET_MS} ms",
            median(changing) <= TARGET_MS),
        row("hover: moves that change the hovered structure, p95", p95(changing), "ms",
            floor_ms),
    ], painted, len(changing)


def main() -> None:
    args = parser(__doc__).parse_args()
    rows, painted, changed = measure(args.quick)
    emit("hover", rows, args.json,
         ["floor: a move to a spot off the plate plus one event-loop pass",
          f"{painted} of {changed} hover changes repainted within the timed event-loop pass"])


if __name__ == "__main__":
    main()
