"""Present with huge pictures: how long the interface is frozen by three 8000 x 7990 PNGs.

A pack from a stranger may hold enormous pictures (three 8000 x 7990 PNGs are 230 KB on
disk). The slide holding them is shown (PresentMode, offscreen, 1400 x 900) and a 10 ms timer
records every gap in the event loop until the pictures are on screen (or 60 s pass). Figures:
the time to show the slide (the synchronous part), the longest gap (what a presenter feels
as a freeze), and the time until the scaled pictures are shown. Floor: the same slide with
three 30 x 20 pictures.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_present_pictures.py [--json]
Copy this script and _common.py into another checkout's benchmarks/ to measure its code.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from _common import emit, parser, row

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from spinetutor.core.atlas import load_atlas  # noqa: E402
from spinetutor.core.lesson_pack import load_pack  # noqa: E402
from spinetutor.ui.main_window import MainWindow  # noqa: E402
from spinetutor.ui.present.mode import PresentMode  # noqa: E402
from tests.core._hostile_pack import picture_lesson, png_bytes  # noqa: E402


def measure(app: QApplication, size: tuple[int, int], folder: Path) -> tuple[float, float, float]:
    pack = folder / f"pack-{size[0]}"
    (pack / "images").mkdir(parents=True)
    data = png_bytes(*size)
    names = [f"images/p{i}.png" for i in range(3)]
    for name in names:
        (pack / name).write_bytes(data)
    (pack / "p.yaml").write_text(picture_lesson("p", [], names))
    atlas = load_atlas()
    loaded = load_pack(pack, atlas.knows)
    window = MainWindow(atlas)
    mode = PresentMode(window, lambda: (loaded, pack), full_screen=False)
    window.add_mode(mode)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    start = time.perf_counter()
    window.set_mode("present")
    shown = time.perf_counter() - start
    last[0] = time.perf_counter()
    timer.start()
    text = mode.stage.slide.text
    decoding = getattr(text, "decoding", lambda: False)
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
        if not decoding() and time.perf_counter() - start > 0.3:
            break
    arrived = time.perf_counter() - start
    timer.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    return shown, max(gaps or [0.0]), arrived


def main() -> None:
    args = parser(__doc__).parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(app, (30, 20), Path(tmp))
        big = measure(app, (8000, 7990), Path(tmp))
    rows = [row("slide shown (synchronous part)", big[0], "s", floor=small[0]),
            row("longest event-loop gap until the pictures are shown", big[1], "s",
                floor=small[1]),
            row("until the scaled pictures are shown", big[2], "s", floor=small[2])]
    emit("Present: a slide with three 8000 x 7990 PNGs", rows, args.json)


if __name__ == "__main__":
    main()
