"""Find text a person cannot read in full: cut off by its own widget, or hidden with no way to
scroll to it.

Used by the layout tests (every mode x language x screen size x text size) and by the
documentation screenshot script, so the same rules judge both. A widget counts when it is
visible on screen; text inside a scroll area that can scroll is fine (the reader scrolls).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

SLACK = 2  # px of rounding forgiven


def _scrolled(widget: QWidget) -> bool:
    """Whether a scroll area that can scroll vertically holds the widget."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget) -> bool:
    """Shown, though perhaps scrolled out of sight (text there must fit when scrolled to)."""
    return widget.isVisible()


def _on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _labels(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if not _shown(label) or not label.text().strip():
            continue
        pixmap = label.pixmap()
        if pixmap is not None and not pixmap.isNull():
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK and not _scrolled(label):
                found.append(f"label (wrapped, needs {need}px, has {label.height()}px): "
                             f"{label.text()[:60]!r}")
        elif label.sizeHint().width() > label.contentsRect().width() + SLACK + \
                label.margin() * 2:
            found.append(f"label ({label.sizeHint().width()}px text in "
                         f"{label.contentsRect().width()}px): {label.text()[:60]!r}")
    return found


def _buttons(top: QWidget) -> list[str]:
    found = []
    for button in top.findChildren(QAbstractButton):
        if not _shown(button) or not button.text().strip():
            continue
        hint = button.sizeHint()
        if button.hasHeightForWidth():   # a wrapping button: its lines at its width
            short = button.heightForWidth(button.width()) > button.height() + SLACK
            narrow = button.minimumSizeHint().width() > button.width() + SLACK
        else:
            short = hint.height() > button.height() + SLACK
            narrow = hint.width() > button.width() + SLACK
        if short or narrow:
            found.append(f"{type(button).__name__} ({hint.width()}x{hint.height()} in "
                         f"{button.width()}x{button.height()}): {button.text()[:60]!r}")
    return found


def _areas(top: QWidget) -> list[str]:
    found = []
    for area in top.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or not _on_screen(area):
            continue
        if area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff \
                and inner.height() > area.viewport().height() + 4:
            words = " ".join(lab.text() for lab in inner.findChildren(QLabel))[:60]
            found.append(f"scroll area hides {inner.height() - area.viewport().height()}px "
                         f"with no scroll bar: {words!r}")
    for area in top.findChildren(QAbstractScrollArea):
        doc = getattr(area, "document", None)
        if not callable(doc) or not _on_screen(area):
            continue
        bar = area.verticalScrollBar()
        hidden = bar.maximum() > 0 and not bar.isVisible()
        if not hidden and area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            hidden = doc().size().height() > area.viewport().height() + 4
        if hidden and doc().toPlainText().strip():
            found.append(f"text area with hidden text and no scroll bar: "
                         f"{doc().toPlainText().strip()[:60]!r}")
    return found


def _combos(top: QWidget) -> list[str]:
    found = []
    for combo in top.findChildren(QComboBox):
        if not _shown(combo) or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        if combo.hasHeightForWidth():   # a wrapping drop-down: its lines at its width
            need = combo.heightForWidth(combo.width())
            if need > combo.height() + SLACK:
                found.append(f"drop-down (wrapped, needs {need}px, has {combo.height()}px): "
                             f"{combo.currentText()[:60]!r}")
            continue
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if need > field.width() + SLACK:
            found.append(f"drop-down ({need}px text in {field.width()}px): "
                         f"{combo.currentText()[:60]!r}")
    return found


def _words(widget: QWidget) -> str:
    """The text a widget shows, if it is one that shows text."""
    if isinstance(widget, QLabel) and (widget.pixmap() is None or widget.pixmap().isNull()):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def _clipped_by_panels(top: QWidget) -> list[str]:
    """Text widgets that reach past the edge of a panel holding them (or the window's),
    where no scroll bar can bring the hidden part into view: a dock narrower than its
    content, a window narrower than its docks' minimum widths."""
    found = []
    origin = QPoint(0, 0)
    for widget in top.findChildren(QWidget):
        words = _words(widget).strip()
        if not words or not _on_screen(widget):
            continue
        rect = QRect(widget.mapTo(top, origin), widget.size())
        seen, across, down = rect, False, False
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
                off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                across |= parent.horizontalScrollBarPolicy() != off
                down |= parent.verticalScrollBarPolicy() != off
            box = top.rect() if parent is top else QRect(parent.mapTo(top, origin), parent.size())
            seen = seen.intersected(box)
            if parent is top:
                break
            parent = parent.parentWidget()
        if (not across and seen.width() < rect.width() - SLACK) or \
                (not down and seen.height() < rect.height() - SLACK):
            found.append(f"{type(widget).__name__} cut off by its panel ({seen.width()}x"
                         f"{seen.height()} of {rect.width()}x{rect.height()} shown): "
                         f"{words[:60]!r}")
    return found


def _fields(top: QWidget) -> list[str]:
    """Empty text fields whose hint ("Your name", "Clinic name") does not fit them."""
    found = []
    for field in top.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not _shown(field) or field.text() or not hint:
            continue
        room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents,
                                            _line_option(field), field).width()
        need = field.fontMetrics().horizontalAdvance(hint)
        if need > room + SLACK:
            found.append(f"text field hint ({need}px in {room}px): {hint[:60]!r}")
    return found


def _line_option(field: QLineEdit) -> QStyleOptionFrame:
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    return option


def _tabs(top: QWidget) -> list[str]:
    """Tab titles squeezed out of their tab bar (scrolled or elided away)."""
    found = []
    for bar in top.findChildren(QTabBar):
        if not _on_screen(bar):
            continue
        for i in range(bar.count()):
            tab, hint = bar.tabRect(i), bar.tabSizeHint(i)
            inside = bar.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(tab)
            if not inside or tab.width() < hint.width() - SLACK:
                found.append(f"tab ({tab.width()}px of {hint.width()}px shown): "
                             f"{bar.tabText(i)[:60]!r}")
    return found


def cut_off_text(tops: list[QWidget] | None = None) -> list[str]:
    """Every visible text that does not fit its widget and cannot be scrolled to."""
    if tops is None:
        tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    found: list[str] = []
    for top in tops:
        for check in (_labels, _buttons, _areas, _combos, _fields, _tabs,
                      _clipped_by_panels):
            found.extend(check(top))
    return found
