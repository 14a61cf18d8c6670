"""Selection: click a structure -> highlight -> finished repaint of a 1920x1080 plate view.

For every vertebra, disc, root and region the click goes through the view's viewport
(QTest.mouseClick): hit test, selection model, scene highlight. Rows:

- natural (the target row): the click, then the event loop runs as in the app until the
  repaint the click caused has been painted and flushed. Qt repaints only what changed (the
  view's own update mode); the time stops when a zero timer started just before the click
  runs, which Qt does once the posted events, the repaint among them, are handled. Each
  sample must have painted, and the painted region must cover the view area of every item
  whose highlight state changed (the whole plate when the veil came or went), or the script
  stops. Floor: one event-loop pass with nothing to do.
- card: the same clicks, until the information card shows the new text and has painted it.
  The card's text is replaced on the pass after the plate's repaint (InfoCard), so this row
  is the whole click as a reader sees it.
- forced: the click, then `viewport().repaint()` of the whole 1920x1080 view (the earlier
  measure; the card's deferred text is not included). Floor: the same forced repaint with
  nothing changed, before each click.

The main plate renders every structure's highlight pictures in idle time after it is painted
at a new zoom (ui/diagram/warmup.py). The rows above are measured once that warm-up has
finished on its own in the event loop; its wall time and the pictures' memory are reported,
and so are the first clicks of a plate whose warm-up is off (every first click renders its
pathway's pictures: what a click within the warm-up's first moments can cost).

Targets (natural): median <= 4 ms, p95 <= 8 ms. Growth: the same natural clicks on plates
holding 1x, 2x and 4x the structures (the structure group repeated side by side).
Run: python benchmarks/bench_selection.py [--quick] [--json] [--no-growth]
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import _plate
from _common import emit, median, p95, parser, row
from PySide6.QtCore import QTimer
from PySide6.QtGui import QRegion

MEDIAN_MS, P95_MS = 4.0, 8.0
TIMEOUT_S = 5.0


def _states(scene: object) -> dict[object, frozenset[object]]:
    return {item: item.states for item in scene.structure_items()}  # type: ignore[attr-defined]


def _changed_region(view: object, before: dict[object, frozenset[object]],
                    veil_before: bool) -> QRegion:
    """The viewport area the click had to repaint: every item whose state changed."""
    viewport = view.viewport()  # type: ignore[attr-defined]
    scene = view.scene()  # type: ignore[attr-defined]
    if scene.veil_visible() != veil_before:  # the veil covers the whole plate
        rect = view.mapFromScene(scene.sceneRect()).boundingRect()  # type: ignore[attr-defined]
        return QRegion(rect.intersected(viewport.rect()))
    region = QRegion()
    for item, states in before.items():
        if item.states != states:  # type: ignore[attr-defined]
            rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()  # type: ignore
            region = region.united(QRegion(rect.intersected(viewport.rect())))
    return region


def _order(points: list[tuple[str, object]], rng: random.Random,
           current: str) -> list[tuple[str, object]]:
    """A shuffled round in which no click repeats the selection before it (that paints
    nothing)."""
    rng.shuffle(points)
    if len(points) > 1 and points[0][0] == current:
        points[0], points[1] = points[1], points[0]
    return points


def _natural_click(window: object, pos: object, counter: _plate.PaintCounter,
                   card_counter: _plate.PaintCounter) -> tuple[float, float]:
    """(click -> plate repainted, click -> card repainted) in ms, with the region checked."""
    app = _plate.app()
    view = window.view  # type: ignore[attr-defined]
    marks: list[float] = []
    paints = counter.count

    def mark() -> None:  # runs after the posted events; again until the plate has painted
        if counter.count > paints:
            marks.append(time.perf_counter())
        else:
            timer.start()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(mark)
    card_paints = card_counter.count
    counter.regions = QRegion()
    before = _states(window.scene)  # type: ignore[attr-defined]
    veil = window.scene.veil_visible()  # type: ignore[attr-defined]
    start = time.perf_counter()
    timer.start()
    _plate.click(view, pos)  # type: ignore[arg-type]
    while not marks:
        app.processEvents()
        if time.perf_counter() - start > TIMEOUT_S:
            raise RuntimeError("the click did not repaint the view")
    while card_counter.count == card_paints:
        app.processEvents()
        if time.perf_counter() - start > TIMEOUT_S:
            raise RuntimeError("the click did not repaint the card")
    card_done = time.perf_counter()
    missed = _changed_region(view, before, veil).subtracted(counter.regions)
    if not missed.isEmpty():
        raise RuntimeError(f"the repaint left changed areas unpainted: {missed.boundingRect()}")
    return (marks[0] - start) * 1000, (card_done - start) * 1000


def _click_samples(window: object, rounds: int, seed: int = 1,
                   forced_rounds: int | None = None) -> dict[str, list[float]]:
    app = _plate.app()
    view = window.view  # type: ignore[attr-defined]
    viewport = view.viewport()
    scene = window.scene  # type: ignore[attr-defined]
    points = [(t, view.mapFromScene(p)) for t, p in _plate.targets(scene)]
    # a tiny structure on a zoomed-out plate may not own the whole pixel its probe lands on
    points = [(t, pos) for t, pos in points if scene.target_at(view.mapToScene(pos)) == t]
    counter = _plate.PaintCounter(viewport)
    card_counter = _plate.PaintCounter(window.card.viewport())  # type: ignore[attr-defined]
    out: dict[str, list[float]] = {k: [] for k in
                                   ("natural", "card", "floor", "forced", "forced_floor")}
    wrong: list[str] = []
    rng = random.Random(seed)
    for _ in range(rounds):
        for target, pos in _order(points, rng, window.selection.target):  # type: ignore
            _plate.settle()
            out["floor"].append(_plate.timed(app.processEvents))
            plate_ms, card_ms = _natural_click(window, pos, counter, card_counter)
            out["natural"].append(plate_ms)
            out["card"].append(card_ms)
            if window.selection.target != target:  # type: ignore[attr-defined]
                wrong.append(target)
    for _ in range(rounds if forced_rounds is None else forced_rounds):
        for target, pos in _order(points, rng, window.selection.target):  # type: ignore
            _plate.settle()
            out["forced_floor"].append(_plate.timed(viewport.repaint))
            before = counter.count
            out["forced"].append(_plate.timed(lambda pos=pos: (_plate.click(view, pos),
                                                               viewport.repaint())))
            if counter.count == before:
                raise RuntimeError("the timed click did not repaint the view")
            if window.selection.target != target:  # type: ignore[attr-defined]
                wrong.append(target)
    if wrong:
        raise RuntimeError(f"clicks selected the wrong structure: {sorted(set(wrong))[:5]}")
    out["targets"] = [float(len(points))]
    return out


def _window(svg: Path | None = None, warm: bool = True) -> object:
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
    if not warm:
        window.view.warmup = None  # type: ignore[attr-defined]
    _plate.size_view(window, window.view)  # type: ignore[attr-defined]
    return window


def measure(quick: bool = False, growth: bool = True) -> list[dict[str, object]]:
    window = _window()
    warm_ms, warm_mib = _plate.wait_for_warmup(window)
    s = _click_samples(window, 2 if quick else 5, forced_rounds=1 if quick else 2)
    window.close()  # type: ignore[attr-defined]
    cold_window = _window(warm=False)
    cold = _click_samples(cold_window, 1, seed=2, forced_rounds=0)
    cold_window.close()  # type: ignore[attr-defined]
    n = int(s["targets"][0])
    natural, floor = s["natural"], median(s["floor"])
    forced, forced_floor = s["forced"], median(s["forced_floor"])
    rows = [
        row(f"selection: click->repaint (natural) median ({n} targets)", median(natural), "ms",
            floor, f"<= {MEDIAN_MS} ms", median(natural) <= MEDIAN_MS),
        row("selection: click->repaint (natural) p95", p95(natural), "ms", floor,
            f"<= {P95_MS} ms", p95(natural) <= P95_MS),
        row("selection: click->card repainted median", median(s["card"]), "ms", floor),
        row("selection: click->card repainted p95", p95(s["card"]), "ms", floor),
        row("selection: click->forced full repaint median", median(forced), "ms",
            forced_floor),
        row("selection: click->forced full repaint p95", p95(forced), "ms", forced_floor),
        row("selection: picture warm-up after the first paint (wall, incl. 250 ms delay)",
            warm_ms, "ms", None),
        row("selection: pictures held after warm-up and clicks", warm_mib, "MiB", None),
        row("selection: first clicks, warm-up off (cold pictures) median",
            median(cold["natural"]), "ms", median(cold["floor"])),
        row("selection: first clicks, warm-up off (cold pictures) p95", p95(cold["natural"]),
            "ms", median(cold["floor"])),
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
            _plate.wait_for_warmup(window)
            items = len(window.scene.structure_items())  # type: ignore[attr-defined]
            samples = _click_samples(window, 1 if quick else 3, forced_rounds=1)
            window.close()  # type: ignore[attr-defined]
            value = median(samples["natural"])
            base = base or value
            rows.append(row(f"growth: {copies}x plate ({items} items) natural median", value,
                            "ms", median(samples["floor"]), f"vs 1x: {value / base:.2f}x"))
            rows.append(row(f"growth: {copies}x plate forced full repaint median",
                            median(samples["forced"]), "ms", median(samples["forced_floor"])))
    return rows


def main() -> None:
    cli = parser(__doc__)
    cli.add_argument("--no-growth", action="store_true", help="skip the growth rows")
    args = cli.parse_args()
    emit("selection", measure(args.quick, not args.no_growth), args.json,
         ["natural: click, then the event loop until the repaint it caused is done "
          "(painted region checked); floor: one event-loop pass with nothing to do",
          "card: until the information card shows and has painted the new text",
          "forced: click + viewport().repaint() of the whole view; floor: that repaint "
          "with nothing changed"])


if __name__ == "__main__":
    main()
