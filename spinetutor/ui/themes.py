"""Light, dark and high-contrast themes, a visible focus ring, and the 100-200% type scale.

Every theme uses the Fusion style: native styles (Windows, macOS) ignore parts of a custom
palette, so a dark or high-contrast choice would come out half-applied. "system" picks light or
dark from ``QStyleHints.colorScheme()`` and follows it when the desktop switches.

High contrast is black on white with 4 px focus outlines: on a washed-out lecture-room projector
dark backgrounds turn grey, while black strokes on white keep their edges.

The focus ring is drawn by a small style sheet: every focusable widget keeps a border of the same
outer size in both states (a transparent or thin one unfocused, a thick coloured one focused),
so focusing never shifts the layout.

Panels never hard-code a colour or a point size: they ask ``color("muted")`` (a small semantic
table with a value per theme) and ``rel_pt(1.4)`` (the application font times a factor), and
rebuild their style sheets and rich text in a ``follow(widget, restyle)`` callback, which runs
again whenever the theme or the type scale changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from spinetutor.paths import icons_dir

THEMES = ("system", "light", "dark", "high_contrast")
# Shown through translate("Themes", ...) where the menu is built.
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("Themes", "Follow the system"),
                "light": QT_TRANSLATE_NOOP("Themes", "Light"),
                "dark": QT_TRANSLATE_NOOP("Themes", "Dark"),
                "high_contrast": QT_TRANSLATE_NOOP("Themes", "High contrast")}
TYPE_SCALES = (100, 125, 150, 175, 200)
_BASE_SIZE_PROPERTY = "spinetutor_base_point_size"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True)
class Look:
    """The colours of one theme; ``frame``/``focus`` and widths feed the focus style sheet."""

    window: str
    text: str
    base: str
    alt_base: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    disabled: str
    frame: str
    focus: str
    border: int  # px of every focusable widget's border, unfocused
    focus_border: int  # px when focused (>= border; padding makes up the difference)


LOOKS: dict[str, Look] = {
    "light": Look(window="#F4F4F1", text="#1A1A1A", base="#FFFFFF", alt_base="#EEF0F3",
                  button="#E9E9E6", highlight="#1F5F8B", highlighted_text="#FFFFFF",
                  link="#0B57D0", disabled="#8A8A8A", frame="#9A9A9A", focus="#0B57D0",
                  border=1, focus_border=3),
    "dark": Look(window="#202124", text="#E8EAED", base="#2B2D31", alt_base="#33363B",
                 button="#303236", highlight="#8AB4F8", highlighted_text="#000000",
                 link="#8AB4F8", disabled="#7D8086", frame="#5F6368", focus="#FFC857",
                 border=1, focus_border=3),
    "high_contrast": Look(window="#FFFFFF", text="#000000", base="#FFFFFF", alt_base="#FFFFFF",
                          button="#FFFFFF", highlight="#000000", highlighted_text="#FFFFFF",
                          link="#000000", disabled="#595959", frame="#000000", focus="#000000",
                          border=2, focus_border=4),
}

# Semantic colours for panels, one value per theme. Text colours are at least 4.5:1 on the
# panel background (Base) and on their own *_bg; the Okabe-Ito meaning colours of the plate's
# key stay as swatches with black text, which reads on them in every theme.
COLORS: dict[str, dict[str, str]] = {
    "light": {
        "accent": "#1D3557", "muted": "#4F555D", "link": "#0B57D0",
        "ok": "#1B7A3E", "wrong": "#B3261E", "partial": "#8A5300",
        "ok_bg": "#E7F4EC", "wrong_bg": "#FBE9E7", "partial_bg": "#FDF3E1",
        "info_bg": "#E3F0F8", "info_fg": "#0B5A86", "test_bg": "#F6E7D7", "test_fg": "#8A4300",
        "tint_bg": "#EEF4F8", "tint_border": "#B9CFDE", "case_bg": "#FBF6EA",
        "case_border": "#D9C48F", "code_bg": "#F1EFE9", "head_bg": "#EEF2F6", "rule": "#D5D5D5",
        "card_bg": "#FFFDF9", "card_border": "#D8D2C4",
        "primary_bg": "#0B6FA4", "primary_fg": "#FFFFFF", "primary_hover": "#095A86",
        "primary_off_bg": "#C9D9E4", "primary_off_fg": "#4F555D",
        "warning_bg": "#FFF4CE", "warning_fg": "#3A2E00", "warning_border": "#C9A227",
        "problem_bg": "#FFF6F2", "problem_fg": "#7A2A0E", "problem_border": "#E8B4A0",
        "urgent_bg": "#7A0000", "urgent_fg": "#FFFFFF", "urgent_border": "#1A1A1A",
        "bar": "#0072B2", "bar_empty": "#E6E6E6", "bar_border": "#1A1A1A",
        "track": "#E0DED8", "swatch_fg": "#000000",
    },
    "dark": {
        "accent": "#A8C7FA", "muted": "#B4B8BE", "link": "#8AB4F8",
        "ok": "#7FD19B", "wrong": "#FFA195", "partial": "#F2C46D",
        "ok_bg": "#1C3526", "wrong_bg": "#432220", "partial_bg": "#3D321A",
        "info_bg": "#1F3446", "info_fg": "#A8D4F5", "test_bg": "#45321D", "test_fg": "#F5C99A",
        "tint_bg": "#24364A", "tint_border": "#4A6A88", "case_bg": "#37301F",
        "case_border": "#7A6636", "code_bg": "#3A3D42", "head_bg": "#33363B", "rule": "#55585E",
        "card_bg": "#2B2D31", "card_border": "#5F6368",
        "primary_bg": "#8AB4F8", "primary_fg": "#0B1A2A", "primary_hover": "#A8C7FA",
        "primary_off_bg": "#3C4654", "primary_off_fg": "#B4B8BE",
        "warning_bg": "#453A10", "warning_fg": "#FFE8A3", "warning_border": "#C9A227",
        "problem_bg": "#3F2620", "problem_fg": "#FFC4B0", "problem_border": "#A0533A",
        "urgent_bg": "#9B0000", "urgent_fg": "#FFFFFF", "urgent_border": "#FFC857",
        "bar": "#56B4E9", "bar_empty": "#3A3D42", "bar_border": "#B4B8BE",
        "track": "#3A3D42", "swatch_fg": "#000000",
    },
    "high_contrast": {
        "accent": "#000000", "muted": "#000000", "link": "#000000",
        "ok": "#004D1A", "wrong": "#8B0000", "partial": "#5C3A00",
        "ok_bg": "#FFFFFF", "wrong_bg": "#FFFFFF", "partial_bg": "#FFFFFF",
        "info_bg": "#FFFFFF", "info_fg": "#000000", "test_bg": "#FFFFFF", "test_fg": "#000000",
        "tint_bg": "#FFFFFF", "tint_border": "#000000", "case_bg": "#FFFFFF",
        "case_border": "#000000", "code_bg": "#FFFFFF", "head_bg": "#FFFFFF", "rule": "#000000",
        "card_bg": "#FFFFFF", "card_border": "#000000",
        "primary_bg": "#000000", "primary_fg": "#FFFFFF", "primary_hover": "#000000",
        "primary_off_bg": "#FFFFFF", "primary_off_fg": "#595959",
        "warning_bg": "#FFFFFF", "warning_fg": "#000000", "warning_border": "#000000",
        "problem_bg": "#FFFFFF", "problem_fg": "#000000", "problem_border": "#000000",
        "urgent_bg": "#7A0000", "urgent_fg": "#FFFFFF", "urgent_border": "#000000",
        "bar": "#000000", "bar_empty": "#FFFFFF", "bar_border": "#000000",
        "track": "#FFFFFF", "swatch_fg": "#000000",
    },
}

# Widgets a keyboard user can land on. Item views, text areas and the plate (a QGraphicsView)
# are QAbstractScrollArea subclasses; buttons, check boxes and fields are listed one by one.
# Spin boxes are left to Fusion: a bordered spin box loses its arrows (and the app has none).
_FOCUSABLE = ("QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QLineEdit",
              "QComboBox", "QSlider", "QTabBar", "QAbstractScrollArea")


def build_palette(name: str) -> QPalette:
    """The QPalette of a concrete theme (light, dark or high_contrast)."""
    look = LOOKS[name]
    palette = QPalette(QColor(look.button), QColor(look.window))
    for role, colour in (
        (Role.Window, look.window), (Role.WindowText, look.text), (Role.Base, look.base),
        (Role.AlternateBase, look.alt_base), (Role.Text, look.text), (Role.Button, look.button),
        (Role.ButtonText, look.text), (Role.BrightText, look.highlighted_text),
        (Role.Highlight, look.highlight), (Role.HighlightedText, look.highlighted_text),
        (Role.Link, look.link), (Role.LinkVisited, look.link), (Role.ToolTipBase, look.base),
        (Role.ToolTipText, look.text), (Role.PlaceholderText, look.disabled),
        (Role.Accent, look.highlight),
    ):
        palette.setColor(role, QColor(colour))
    if name == "high_contrast":  # no mid-grey bevels: every edge is black
        for role in (Role.Light, Role.Midlight, Role.Mid, Role.Dark, Role.Shadow):
            palette.setColor(role, QColor("#000000"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(look.disabled))
    return palette


def build_style_sheet(name: str) -> str:
    """Focus rings: the same border box in both states, coloured and thick when focused."""
    look = LOOKS[name]
    pad = look.focus_border - look.border
    widgets = ", ".join(_FOCUSABLE)
    focused = ", ".join(f"{w}:focus" for w in _FOCUSABLE)
    return "\n".join((
        f"{widgets} {{ border: {look.border}px solid transparent; padding: {pad}px; }}",
        f"QPushButton, QLineEdit, QComboBox, QAbstractScrollArea "
        f"{{ border-color: {look.frame}; border-radius: 3px; }}",
        f"QPushButton {{ background-color: {look.button}; color: {look.text}; "
        f"padding: {pad + 3}px {pad + 10}px; }}",
        f"QPushButton:pressed, QPushButton:checked {{ background-color: {look.highlight}; "
        f"color: {look.highlighted_text}; }}",
        f"QPushButton:disabled {{ color: {look.disabled}; }}",
        # a checked toggle (the active mode, the herniation type) keeps a pressed look: the
        # border rule above would otherwise leave it as flat as an unchecked one
        f"QToolButton:checked {{ background-color: {look.highlight}; "
        f"color: {look.highlighted_text}; border-color: {look.frame}; border-radius: 3px; }}",
        f"QToolButton:hover {{ border-color: {look.frame}; border-radius: 3px; }}",
        f"{focused} {{ border: {look.focus_border}px solid {look.focus}; padding: 0px; }}",
        "QPushButton:focus { padding: 3px 10px; }",
        f"QToolTip {{ color: {look.text}; background-color: {look.base}; "
        f"border: {look.border}px solid {look.frame}; }}",
    ))


def resolve(name: str) -> str:
    """The concrete theme for a setting: "system" becomes light or dark from the desktop."""
    if name not in THEMES:
        raise ValueError(f"unknown theme '{name}'; choose one of {', '.join(THEMES)}")
    if name != "system":
        return name
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class ThemeStyle(QProxyStyle):
    """Fusion, with the edge of check boxes and radio buttons in the theme's edge colour:
    Fusion draws it a shade darker than the window, invisible on the dark theme."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.edge = QColor()

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if not self.edge.isValid() or element not in (
                QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.edge, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.75, 0.75, -0.75, -0.75)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


# The edge of check boxes and radio buttons: at least 3:1 against the field (WCAG 1.4.11).
EDGES = {"light": "#6B6B6B", "dark": "#9AA0A6", "high_contrast": "#000000"}


class ThemeController(QObject):
    """Owns the app's theme choice; re-applies "system" when the desktop's scheme changes."""

    theme_changed = Signal(str)  # the concrete theme now showing: light, dark, high_contrast
    type_scale_changed = Signal(float)  # the application font's new point size

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("spinetutor-theme-controller")
        self._app = app
        self.choice = "system"
        self.current = ""
        self._style: ThemeStyle | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    def apply(self, name: str) -> str:
        concrete = resolve(name)
        self.choice = name
        if self._style is None or not shiboken6.isValid(self._style):
            self._style = ThemeStyle()
            self._app.setStyle(self._style)
        self._style.edge = QColor(EDGES[concrete])
        self._app.setPalette(build_palette(concrete))
        # without this a style sheet stops a panel's font reaching its children: the
        # consultation's large type fell back to the application font in every theme
        self._app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        self._app.setStyleSheet(build_style_sheet(concrete))
        if self.current != concrete:
            self.current = concrete
            self.theme_changed.emit(concrete)
        return concrete

    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")


def theme_controller(app: QApplication) -> ThemeController:
    """The app's one ThemeController (created on first use; a child of the app)."""
    found = app.findChild(ThemeController, "spinetutor-theme-controller")
    return found if found is not None else ThemeController(app)


def apply_theme(app: QApplication, name: str) -> str:
    """Show ``name`` (system, light, dark, high_contrast); returns the concrete theme shown."""
    return theme_controller(app).apply(name)


def apply_type_scale(app: QApplication, percent: int) -> float:
    """Scale the application font to ``percent`` (100-200) of its size at first call.

    Widgets that set their own font keep it; panels should size text with relative fonts
    (``QFont.setPointSizeF(app.font().pointSizeF() * 1.2)``) so the scale reaches them too.
    Returns the new point size.
    """
    percent = max(100, min(200, int(percent)))
    base = app.property(_BASE_SIZE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a pixel-sized font: fall back to the usual desktop size
            base = 10.0
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    if app.styleSheet():  # re-polish so widgets styled by the sheet pick up the new size
        app.setStyleSheet(app.styleSheet())
    theme_controller(app).type_scale_changed.emit(font.pointSizeF())
    return font.pointSizeF()


def current() -> str:
    """The concrete theme showing now; before any choice, light or dark from the palette."""
    app = QApplication.instance()
    if app is None:
        return "light"
    found = app.findChild(ThemeController, "spinetutor-theme-controller")
    if found is not None and found.current:
        return found.current
    window = app.palette().color(Role.Window)  # type: ignore[attr-defined]
    return "dark" if window.lightnessF() < 0.5 else "light"


def color(name: str, theme: str | None = None) -> str:
    """A semantic colour ("accent", "muted", "ok", "wrong", "warning_bg", ...) of a theme."""
    return COLORS[theme or current()][name]


def outline(theme: str | None = None) -> int:
    """Border width in px for panel frames: heavier in high contrast."""
    return LOOKS[theme or current()].border


def focus_rule(selector: str, theme: str | None = None) -> str:
    """The theme's focus ring for widgets whose own style sheet sets a border."""
    look = LOOKS[theme or current()]
    return f"{selector}:focus {{ border: {look.focus_border}px solid {look.focus}; }}"


def rel_pt(factor: float = 1.0) -> float:
    """The application font's point size (type scale included) times ``factor``."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else 0.0  # type: ignore[attr-defined]
    return round((size if size > 0 else 10.0) * factor, 1)


def follow(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Run ``restyle`` now and after every theme or type-scale change while ``widget`` lives."""
    restyle()
    app = QApplication.instance()
    if app is None:
        return
    controller = theme_controller(app)  # type: ignore[arg-type]

    def again(*_args: object) -> None:
        if shiboken6.isValid(widget):
            restyle()

    controller.theme_changed.connect(again)
    controller.type_scale_changed.connect(again)

    def forget(*_args: object) -> None:
        if shiboken6.isValid(controller):
            for signal in (controller.theme_changed, controller.type_scale_changed):
                with contextlib.suppress(RuntimeError, TypeError):  # already gone
                    signal.disconnect(again)

    widget.destroyed.connect(forget)


def luminance(colour: str | QColor) -> float:
    """WCAG relative luminance of a colour."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def color_distance(a: str | QColor, b: str | QColor) -> float:
    """How far apart two colours are (0-441, RGB distance): "does it look different"."""
    ca, cb = QColor(a), QColor(b)
    return ((ca.red() - cb.red()) ** 2 + (ca.green() - cb.green()) ** 2
            + (ca.blue() - cb.blue()) ** 2) ** 0.5


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def app_icon() -> QIcon:
    """The SpineTutor icon (packaging/icons, carried by the wheel and the bundle) at every size."""
    folder = icons_dir()
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = folder / f"spinetutor-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon
