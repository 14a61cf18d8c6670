"""Render the plate SVG to PNG with QtSvg (offscreen), optionally a zoomed crop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/plate/render_plate.py \
        [--svg assets/plate/plate.svg] [--out plate.png] [--scale 1.0] \
        [--crop x y w h]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def render(svg: Path, out: Path, scale: float = 1.0, crop: list[float] | None = None) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    vb = renderer.viewBoxF()
    x, y, w, h = crop if crop else (vb.x(), vb.y(), vb.width(), vb.height())
    img = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    # map the full viewBox so the crop window lands on the image
    full_w, full_h = vb.width() * scale, vb.height() * scale
    renderer.render(p, QRectF(-(x - vb.x()) * scale, -(y - vb.y()) * scale, full_w, full_h))
    p.end()
    img.save(str(out))
    print(f"wrote {out} ({img.width()}x{img.height()})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render the plate SVG to PNG")
    ap.add_argument("--svg", type=Path, default=ROOT / "assets" / "plate" / "plate.svg")
    ap.add_argument("--out", type=Path, default=Path("plate.png"))
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--crop", type=float, nargs=4, metavar=("X", "Y", "W", "H"))
    args = ap.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    render(args.svg, args.out, args.scale, args.crop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
