"""The lesson list: lessons grouped by topic, a search box, and the pack's problems.

The search looks through everything a lesson says (core/lesson_search.py), says so when
nothing matches, and opens a lesson at the first section that matched.

A pack with broken files still opens: the good lessons are listed and every problem is shown
as ``file:line:column: message`` below them, so an author sees what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.lesson_pack import LoadedPack
from spinetutor.core.lesson_search import search_lesson
from spinetutor.core.lesson_translations import topic_names
from spinetutor.core.lessons import Lesson
from spinetutor.ui import themes
from spinetutor.ui.i18n import content_language, translate
from spinetutor.ui.plain_text import plain, tooltip

LEVEL_LABELS = {"intro": QT_TRANSLATE_NOOP("Study", "Intro"),   # shown via translate()
                "intermediate": QT_TRANSLATE_NOOP("Study", "Intermediate"),
                "advanced": QT_TRANSLATE_NOOP("Study", "Advanced")}
LESSON_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def style_sheet() -> str:
    """The lesson list's look: theme colours, the list a little larger than body text."""
    c, line = themes.color, themes.outline()
    return f"""
QTreeWidget {{ font-size: {themes.rel_pt(1.05)}pt; }}
QListWidget#problems {{ border: {line}px solid {c("problem_border")};
                        background: {c("problem_bg")}; color: {c("problem_fg")}; }}
QLabel#problemsTitle {{ color: {c("problem_fg")}; font-weight: 600; }}
QLabel#packTitle {{ color: {c("muted")}; }}
"""


class LessonDelegate(QStyledItemDelegate):
    """A row of the lesson list, its text wrapped to the column so nothing is cut off.

    Topic rows show their name (bold, wrapped); lesson rows their title and, below it, a grey
    "level · minutes" line, which wraps too when a large text size makes it wider than the
    column. Heights come from the width the row really gets in the view.
    """

    PAD = 6
    FLAGS = int(Qt.TextFlag.TextWordWrap)

    @staticmethod
    def text_width(option: QStyleOptionViewItem, index: Index) -> int:
        """The width of the row's text: its column minus the indentation of its depth."""
        if option.rect.width() > 0:
            return option.rect.width()
        view = option.widget
        if not isinstance(view, QTreeWidget):
            return 200
        width = min(view.columnWidth(0) or view.viewport().width(), view.viewport().width())
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return width - view.indentation() * (depth + int(view.rootIsDecorated()))

    @staticmethod
    def _small(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.86))
        return font

    def _lines(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect]:
        """The wrapped title's and meta line's boxes (the meta box is empty on topic rows)."""
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        meta = str(index.data(META_ROLE) or "")
        width = max(40, self.text_width(option, index) - 2 * self.PAD)
        font = QFont(option.font)
        if not meta:
            font.setBold(True)
        title_rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), self.FLAGS,
                                                     title)
        meta_rect = QRect()
        if meta:
            meta_rect = QFontMetrics(self._small(option)).boundingRect(
                QRect(0, 0, width, 100_000), self.FLAGS, meta)
        return title_rect, meta_rect

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        title, meta = self._lines(option, index)
        gap = meta.height() + 1 if meta.height() else 0
        return QSize(max(title.width(), meta.width()) + 2 * self.PAD,
                     title.height() + gap + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        title_rect, meta_rect = self._lines(option, index)
        meta = str(index.data(META_ROLE) or "")
        x, y = option.rect.left() + self.PAD, option.rect.top() + self.PAD
        width = max(40, option.rect.width() - 2 * self.PAD)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected
                            else QPalette.ColorRole.Text)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected and isinstance(foreground, QBrush):
            ink = foreground.color()
        painter.setPen(ink)
        font = QFont(option.font)
        if not meta:
            font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(x, y, width, title_rect.height()), self.FLAGS, text)
        if meta:
            painter.setFont(self._small(option))
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected
                           else QColor(themes.color("muted")))
            painter.drawText(QRect(x, y + title_rect.height() + 1, width, meta_rect.height()),
                             self.FLAGS, meta)
        painter.restore()


class LessonTree(QTreeWidget):
    """Row heights depend on the width (titles wrap), so rows are laid out again on resize."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()



class HintField(QLineEdit):
    """A search field whose hint is the longest of `hints` that fits its width (at 200 %
    text the full "Search lessons, sections and questions…" was cut off); the full hint is
    also its tool tip."""

    def __init__(self, *hints: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hints = hints
        self.setToolTip(hints[0])
        self.setPlaceholderText(hints[0])

    def _fit_hint(self) -> None:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                           self).width()
        width = self.fontMetrics().horizontalAdvance
        self.setPlaceholderText(next((h for h in self.hints if width(h) <= room),
                                     self.hints[-1]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt
        super().resizeEvent(event)
        self._fit_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_hint()

class LessonBrowser(QWidget):
    """Tree of lessons by topic; emits ``lesson_chosen(lesson_id)`` on click or Enter."""

    lesson_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = HintField(
            translate("Study", "Search lessons, sections and questions\u2026"),
            translate("Study", "Search lessons\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Study", "Search lessons"))
        self.no_results = QLabel("")
        self.no_results.setObjectName("noResults")
        self.no_results.setWordWrap(True)
        self.no_results.hide()
        self.pack_label = QLabel("")
        self.pack_label.setObjectName("packTitle")
        self.pack_label.setWordWrap(True)
        self.tree = LessonTree()
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(LessonDelegate(self.tree))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setAccessibleName(translate("Study", "Lessons by topic"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_title = QLabel("")
        self.problems_title.setObjectName("problemsTitle")
        plain(self.pack_label, self.problems_title, self.no_results)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(translate("Study", "Problems in the lesson pack"))
        problems_box = QWidget()
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.problems_title)
        box.addWidget(self.problems)
        self.problems_box = problems_box
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(problems_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.pack_label)
        layout.addWidget(self.no_results)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        self.setMinimumWidth(280)
        self._lessons: tuple[Lesson, ...] = ()
        self._pack: LoadedPack | None = None
        self.hits: dict[str, int | None] = {}   # lesson id -> first section that matched
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Colours and sizes of the current theme and type scale (topic rows included)."""
        self.setStyleSheet(style_sheet())
        accent = QBrush(QColor(themes.color("accent")))
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setForeground(0, accent)
        self.tree.scheduleDelayedItemsLayout()  # row heights follow the new font

    def show_pack(self, pack: LoadedPack, name: str) -> None:
        """List the pack's lessons by topic (course order kept) and its problems."""
        self._lessons = pack.lessons
        self._pack = pack
        count = len(pack.lessons)
        lessons = (translate("Study", "1 lesson") if count == 1
                   else translate("Study", "{n} lessons").format(n=count))
        self.pack_label.setText(f"{name} \u00b7 {lessons}" if name else lessons)
        self._fill(self.search.text())
        self.problems.clear()
        for problem in pack.problems:
            item = QListWidgetItem(problem.format())
            item.setToolTip(tooltip(problem.format()))
            self.problems.addItem(item)
        n = len(pack.problems)
        self.problems_title.setText(
            translate("Study", "\u26a0 Problems ({n}) \u2014 these files were skipped").format(n=n)
            if n else "")
        self.problems_box.setVisible(bool(n))

    def _fill(self, query: str) -> None:
        current = self.current_lesson_id()
        words = query.lower().split()
        self.hits = {}
        self.tree.clear()
        topics: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        language = content_language()
        names = topic_names(self._lessons, language)   # grouped by the original topic
        for original in self._lessons:
            lesson = original.localized(language)
            if words:
                quizzes = tuple(q.localized(language) for q in
                                (self._pack.quizzes_for(lesson.id) if self._pack else ()))
                hit = search_lesson(lesson, quizzes, query)
                if hit is None:
                    continue
                self.hits[lesson.id] = hit.section
            parent = topics.get(original.topic)
            if parent is None:
                topic = names.get(original.topic, original.topic)
                parent = QTreeWidgetItem(self.tree, [topic])
                parent.setFont(0, bold)
                parent.setToolTip(0, tooltip(topic))  # the full topic when the row is elided
                parent.setForeground(0, QBrush(QColor(themes.color("accent"))))
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                topics[original.topic] = parent
            minutes = translate("Study", "{minutes} min").format(minutes=lesson.minutes)
            minutes = minutes.replace(" ", "\u00a0")  # "25 min" wraps as one word
            meta = f"{translate('Study', LEVEL_LABELS[lesson.level])} \u00b7 {minutes}"
            item = QTreeWidgetItem(parent, [lesson.title])
            item.setData(0, LESSON_ROLE, lesson.id)
            item.setData(0, META_ROLE, meta)
            item.setToolTip(0, tooltip(lesson.summary or lesson.title))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, meta)
        self.tree.expandAll()
        nothing = bool(words) and not self.hits
        self.no_results.setText(translate(
            "Study", "No lesson, section or question mentions \u201c{query}\u201d.").format(
            query=query.strip()) if nothing else "")
        self.no_results.setVisible(nothing)
        if current:
            self.select_lesson(current, emit=False)

    def section_for(self, lesson_id: str) -> int:
        """The section to open a lesson at: the first that matched the search, else 0."""
        return self.hits.get(lesson_id) or 0

    def visible_lesson_ids(self) -> list[str]:
        """Lesson ids currently listed (after the search filter), top to bottom."""
        ids = []
        for i in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(i)
            ids += [topic.child(j).data(0, LESSON_ROLE) for j in range(topic.childCount())]
        return ids

    def current_lesson_id(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, LESSON_ROLE) or "" if item is not None else ""

    def select_lesson(self, lesson_id: str, emit: bool = True) -> None:
        for i in range(self.tree.topLevelItemCount()):
            topic = self.tree.topLevelItem(i)
            for j in range(topic.childCount()):
                if topic.child(j).data(0, LESSON_ROLE) == lesson_id:
                    self.tree.setCurrentItem(topic.child(j))
                    if emit:
                        self.lesson_chosen.emit(lesson_id)
                    return

    def _on_search_text_changed(self, text: str) -> None:
        self._fill(text)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, LESSON_ROLE)
        if lesson_id:
            self.lesson_chosen.emit(lesson_id)
