"""Selection: click a structure -> highlight -> finished repaint of a 1920x1080 plate view.

For every vertebra, disc, root and region the click goes through the view's viewport
(QTest.mouseClick), then `viewport().repaint()` forces the whole view to paint, so the time
covers hit testing, the selection model, the scene highlight, the information card and the
paint. Floor: the same forced repaint with nothing changed, interleaved with the clicks.
Targets: median <= 4 ms, p95 <= 8 ms.

Growth: the same clicks on plates holding 1x, 2x and 4x the structures (the plate's
structure group repeated side by side), to show how selection scales with the plate.
Run: python benchmarks/bench_selection.py [--quick] [--json] [--no-growth]
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import _plate
from _common import emit, median, p95, parser, row

MEDIAN_MS, P95_MS = 4.0, 8.0


def _click_samples(window: object, rounds: int, seed: int = 1) -> dict[str, list[float]]:
    view = window.view  # type: ignore[attr-defined]
    viewport = view.viewport()
    scene = window.scene  # type: ignore[attr-defined]
    points = [(t, view.mapFromScene(p)) for t, p in _plate.targets(scene)]
    # a tiny structure on a zoomed-out plate may not own the whole pixel its probe lands on
    points = [(t, pos) for t, pos in points if scene.target_at(view.mapToScene(pos)) == t]
    counter = _plate.PaintCounter(viewport)
    clicks: list[float] = []
    floor: list[float] = []
    wrong: list[str] = []
    rng = random.Random(seed)
    for _ in range(rounds):
        rng.shuffle(points)
        for target, pos in points:
            _plate.settle()
            floor.append(_plate.timed(viewport.repaint))
            before = counter.count
            clicks.append(_plate.timed(lambda pos=pos: (_plate.click(view, pos),
                                                        viewport.repaint())))
            if counter.count == before:
                raise RuntimeError("the timed click did not repaint the view")
            if window.selection.target != target:  # type: ignore[attr-defined]
                wrong.append(target)
    if wrong:
        raise RuntimeError(f"clicks selected the wrong structure: {sorted(set(wrong))[:5]}")
    return {"clicks": clicks, "floor": floor, "targets": [float(len(points))]}


def _window(svg: Path | None = None) -> object:
    from spinetutor.core.atlas import load_atlas
    from spinetutor.ui import main_window
    from spinetutor.ui.app import build_window
    from spinetutor.ui.diagram.scene import PlateScene

    _plate.app()
    if svg is None:
        window = build_window()
    else:
        original = main_window.PlateScene
        main_window.PlateScene = lambda atlas: PlateScene(atlas, svg)  # type: ignore[misc]
        try:
            window = main_window.MainWindow(load_atlas())
        finally:
            main_window.PlateScene = original  # type: ignore[misc]
    _plate.size_view(window, window.view)  # type: ignore[attr-defined]
    return window


def measure(quick: bool = False, growth: bool = True) -> list[dict[str, object]]:
    window = _window()
    samples = _click_samples(window, 2 if quick else 5)
    window.close()  # type: ignore[attr-defined]
    clicks, floor = samples["clicks"], samples["floor"]
    n = int(samples["targets"][0])
    rows = [
        row(f"selection: click->repaint median ({n} targets)", median(clicks), "ms",
            median(floor), f"<= {MEDIAN_MS} ms", median(clicks) <= MEDIAN_MS),
        row("selection: click->repaint p95", p95(clicks), "ms", median(floor),
            f"<= {P95_MS} ms", p95(clicks) <= P95_MS),
    ]
    if growth:
        rows += measure_growth(quick)
    return rows


def measure_growth(quick: bool = False) -> list[dict[str, object]]:
    from spinetutor.ui.diagram.scene import PLATE_SVG

    rows = []
    base = None
    with tempfile.TemporaryDirectory() as folder:
        for copies in (1, 2, 4):
            svg = _plate.grown_svg(PLATE_SVG, copies, Path(folder))
            window = _window(svg)
            items = len(window.scene.structure_items())  # type: ignore[attr-defined]
            samples = _click_samples(window, 1 if quick else 3)
            window.close()  # type: ignore[attr-defined]
            value = median(samples["clicks"])
            base = base or value
            rows.append(row(f"growth: {copies}x plate ({items} items) median", value, "ms",
                            median(samples["floor"]), f"vs 1x: {value / base:.2f}x"))
    return rows


def main() -> None:
    cli = parser(__doc__)
    cli.add_argument("--no-growth", action="store_true", help="skip the growth rows")
    args = cli.parse_args()
    emit("selection", measure(args.quick, not args.no_growth), args.json,
         ["floor: viewport().repaint() of the same 1920x1080 view with nothing changed"])


if __name__ == "__main__":
    main()
