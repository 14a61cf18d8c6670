"""Light, dark and high-contrast themes, a visible focus ring, and the 100-200% type scale.

Every theme uses the Fusion style: native styles (Windows, macOS) ignore parts of a custom
palette, so a dark or high-contrast choice would come out half-applied. "system" picks light or
dark from ``QStyleHints.colorScheme()`` and follows it when the desktop switches.

High contrast is black on white with 4 px focus outlines: on a washed-out lecture-room projector
dark backgrounds turn grey, while black strokes on white keep their edges.

The focus ring is drawn by a small style sheet: every focusable widget keeps a border of the same
outer size in both states (a transparent or thin one unfocused, a thick coloured one focused),
so focusing never shifts the layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from spinetutor.paths import project_root

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


class ThemeController(QObject):
    """Owns the app's theme choice; re-applies "system" when the desktop's scheme changes."""

    theme_changed = Signal(str)  # the concrete theme now showing: light, dark, high_contrast

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("spinetutor-theme-controller")
        self._app = app
        self.choice = "system"
        self.current = ""
        app.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    def apply(self, name: str) -> str:
        concrete = resolve(name)
        self.choice = name
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None and self._app.style().name().lower() != "fusion":
            self._app.setStyle(fusion)
        self._app.setPalette(build_palette(concrete))
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
    return font.pointSizeF()


def app_icon() -> QIcon:
    """The SpineTutor icon (packaging/icons, also carried by the bundle) at every size drawn."""
    folder = project_root() / "packaging" / "icons"
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = folder / f"spinetutor-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon
