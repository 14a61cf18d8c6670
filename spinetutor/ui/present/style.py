"""The projector look in one place: near-black on white, heavy type, strong accents.

A washed-out projector loses dark-background contrast first, so slides are dark text on white,
with accents from the Okabe-Ito palette that stay apart in greyscale.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

INK = "#000000"
MUTED = "#33383f"
ACCENT = "#0b3d91"
VERMILLION = "#c84b00"
BLUE = "#0060a0"
GREEN = "#007a4d"
PAPER = "#ffffff"
PEN_COLOURS = ("#d55e00", "#0072b2", "#009e73", "#000000")
HIGHLIGHTER_COLOUR = "#f0e442"
LASER = QColor(255, 20, 20)

def slide_css(px: float) -> str:
    """Slide text CSS for body type of `px` pixels: spacing follows the type, not Qt's 12 px."""
    gap = round(px * 0.45)
    # the size is in the CSS as well as the default font: an application style sheet or type
    # scale (themes) would otherwise change the widget's font after the text was fitted
    return f"""
body {{ color: {INK}; font-size: {round(px)}px; font-family: {FAMILIES_CSS}; }}
p {{ margin-top: 0px; margin-bottom: {gap}px; line-height: 125%; }}
li {{ line-height: 125%; margin-bottom: {round(gap / 3)}px; }}
ul, ol {{ margin-top: 0px; margin-bottom: {gap}px; }}
strong, b {{ color: {INK}; }}
em {{ color: {MUTED}; }}
h1, h2, h3 {{ color: {ACCENT}; }}
a {{ color: {ACCENT}; text-decoration: none; font-weight: 700; }}
code {{ background: #eeeeee; }}
th {{ background: #e4e9f0; padding: 4px 10px; }}
td {{ padding: 4px 10px; border-bottom: 1px solid #999999; }}
"""


STAGE_QSS = f"""
#present-stage, #present-slide, #present-question, #present-compare {{ background: {PAPER}; }}
QLabel {{ color: {INK}; }}
#present-header {{ color: {MUTED}; }}
#present-title {{ color: {ACCENT}; font-weight: 800; }}
#present-footer {{ color: {MUTED}; }}
#present-toast {{ background: {INK}; color: white; border-radius: 8px; padding: 10px 18px; }}
#present-blank {{ background: black; }}
QGraphicsView, QGraphicsView:focus {{ border: none; padding: 0px; }}
QTextBrowser {{ border: none; padding: 0px; margin: 0px; background: {PAPER}; color: {INK}; }}
"""


FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica", "Arial"]
FAMILIES_CSS = ", ".join(f"'{f}'" for f in FAMILIES)


def font_px(px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """A sans-serif font of this pixel size (pixels scale with the projector, points do not)."""
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(max(8, round(px)))
    font.setWeight(weight)
    return font
