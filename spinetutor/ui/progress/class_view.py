"""The class view: an instructor opens learners' CSV exports and sees what the class misses.

Each file is read on its own first, so one malformed export is reported with its file and line
while the other learners still load; a silently skipped row would skew the class figures.
Also here: "Export my results as CSV…", the learner's side of the same exchange.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spinetutor.core.atomic_write import atomic_write_text
from spinetutor.core.progress_csv import (
    ClassSummary,
    CsvAnswer,
    ItemSummary,
    class_summary,
    read_answers_csv,
    summarise_rows,
    summary_csv,
)
from spinetutor.core.progress_errors import ProgressCsvError, ProgressStoreError
from spinetutor.ui import themes
from spinetutor.ui.i18n import translate
from spinetutor.ui.plain_text import plain
from spinetutor.ui.progress.look import counted, percent, tag_text
from spinetutor.ui.progress.store_service import StoreService
from spinetutor.ui.progress.tags import ROOT_LEVELS, NameOf

CSV_FILTER = QT_TRANSLATE_NOOP("Progress", "Results (*.csv);;All files (*)")  # via translate()


def learners_text(count: int) -> str:
    return counted(count, translate("Progress", "1 learner"), translate("Progress", "{n} learners"))


def answers_text(count: int) -> str:
    return counted(count, translate("Progress", "1 answer"), translate("Progress", "{n} answers"))


class _Cell(QTableWidgetItem):
    """A table cell that sorts by a number while showing text (e.g. '45%')."""

    def __init__(self, text: str, key: float | str | None = None) -> None:
        super().__init__(text)
        self.key = text if key is None else key
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if isinstance(key, (int, float)):
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", other.text())
        if type(mine) is type(theirs):
            return mine < theirs  # type: ignore[operator]
        return str(mine) < str(theirs)


def _table(headers: Sequence[str], rows: Iterable[Sequence[_Cell]]) -> QTableWidget:
    rows = list(rows)
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the prompt or name
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep our order until clicked
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    return table


class ClassView(QWidget):
    """Per-question and per-root accuracy over several learners, the most missed first."""

    def __init__(self, question_tags: Mapping[str, Sequence[str]] | None = None,
                 prompts: Mapping[str, str] | None = None, name_of: NameOf | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Progress", "Class results"))
        self.question_tags = {q: tuple(t) for q, t in (question_tags or {}).items()}
        self.prompts = dict(prompts or {})
        self.name_of = name_of
        self.summary: ClassSummary | None = None
        self.problems: list[ProgressCsvError] = []
        self.open_button = QPushButton(translate("Progress", "Open learners' CSV files…"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.lrs_button = QPushButton(translate("Progress", "Read the class from an LRS…"))
        self.lrs_button.clicked.connect(self._on_lrs_button_clicked)
        self.service: StoreService | None = None
        self.export_button = QPushButton(translate("Progress", "Export…"))
        self.export_button.clicked.connect(self.export_summary)
        self.print_button = QPushButton(translate("Progress", "Print…"))
        self.print_button.clicked.connect(self.print_summary)
        for button in (self.export_button, self.print_button):
            button.setEnabled(False)
        self.overview = QLabel(
            translate("Progress", "Open the CSV files your learners exported to see the class."))
        self.overview.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        plain(self.overview, self.problem_label)  # learners' names and files are not HTML
        self.tabs = QTabWidget()
        top = QHBoxLayout()
        top.addWidget(self.overview, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.lrs_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tabs, 1)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Problems in the theme's problem colour."""
        self.problem_label.setStyleSheet(f"color: {themes.color('wrong')};")

    def prompt(self, question_id: str) -> str:
        text = self.prompts.get(question_id, question_id)
        return text if len(text) <= 90 else text[:87].rstrip() + "…"

    def load_paths(self, paths: Sequence[str | Path]) -> list[ProgressCsvError]:
        """Read every file; good ones make the summary, bad ones are listed with file:line."""
        good: list[Path] = []
        self.problems = []
        for path in paths:
            try:
                read_answers_csv(Path(path))
            except ProgressCsvError as problem:
                self.problems.append(problem)
            else:
                good.append(Path(path))
        self.summary = class_summary(good, self.question_tags) if good else None
        self._show(good)
        return self.problems

    def load_rows(self, rows: Sequence[CsvAnswer], source: str) -> None:
        """Show answers read from elsewhere (an LRS); `source` says where, in plain words."""
        self.problems = []
        self.summary = summarise_rows(rows, self.question_tags) if rows else None
        self._show((), source)

    def _show(self, good: Sequence[Path], source: str | None = None) -> None:
        if self.problems:
            line = translate("Progress", "{file}, line {line}: {problem} — this file was left out.")
            lines = [line.format(file=Path(p.path).name, line=p.line, problem=p.problem)
                     for p in self.problems]
            self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(self.problems))
        self.tabs.clear()
        summary = self.summary
        self.export_button.setEnabled(summary is not None)
        self.print_button.setEnabled(summary is not None)
        if summary is None:
            self.overview.setText(translate(
                "Progress", "No results could be read. Open other files to try again."))
            return
        source = counted(len(good), translate("Progress", "1 file"),
                         translate("Progress", "{n} files")) if source is None else source
        answers = sum(s.attempts for s in summary.per_question.values())
        names = ", ".join(summary.learners[:12]) + (", …" if len(summary.learners) > 12 else "")
        self.overview.setText(translate("Progress", "{learners} ({names}), {answers} from {files}.")
                              .format(learners=learners_text(len(summary.learners)),
                                      names=names, answers=answers_text(answers),
                                      files=source))
        self.tabs.addTab(self._missed_table(summary.most_missed),
                         translate("Progress", "Most missed"))
        self.tabs.addTab(self._tag_table(summary.per_tag),
                         translate("Progress", "By root and topic"))
        self.tabs.addTab(self._question_table(summary.per_question),
                         translate("Progress", "By question"))
        self.tabs.addTab(self._learner_table(summary.per_learner),
                         translate("Progress", "By learner"))

    def _learner_table(self, per_learner: Mapping[str, ItemSummary]) -> QTableWidget:
        return _table(
            (translate("Progress", "Learner"), translate("Progress", "Right"),
             translate("Progress", "Answers"), translate("Progress", "Missed")),
            ((_Cell(name), _Cell(percent(s.accuracy), s.accuracy),
              _Cell(str(s.attempts), s.attempts), _Cell(str(s.misses), s.misses))
             for name, s in per_learner.items()),
        )

    def _missed_table(self, missed: Sequence[ItemSummary]) -> QTableWidget:
        return _table(
            (translate("Progress", "Question"), translate("Progress", "Missed"),
             translate("Progress", "Right"), translate("Progress", "Learners")),
            ((_Cell(self.prompt(s.key)),
              _Cell(translate("Progress", "{misses} of {attempts}").format(
                  misses=s.misses, attempts=s.attempts), s.misses),
              _Cell(percent(s.accuracy), s.accuracy), _Cell(str(s.learners), s.learners))
             for s in missed),
        )

    def _tag_table(self, per_tag: Mapping[str, ItemSummary]) -> QTableWidget:
        order = {level: i for i, level in enumerate(ROOT_LEVELS)}
        tags = sorted(per_tag, key=lambda t: (order.get(t, len(order)), t))
        return _table(
            (translate("Progress", "Root or topic"), translate("Progress", "Right"),
             translate("Progress", "Answers"), translate("Progress", "Learners")),
            ((_Cell(tag_text(t, self.name_of), order.get(t, len(order))),
              _Cell(percent(per_tag[t].accuracy), per_tag[t].accuracy),
              _Cell(str(per_tag[t].attempts), per_tag[t].attempts),
              _Cell(str(per_tag[t].learners), per_tag[t].learners)) for t in tags),
        )

    def _question_table(self, per_question: Mapping[str, ItemSummary]) -> QTableWidget:
        return _table(
            (translate("Progress", "Question"), translate("Progress", "Right"),
             translate("Progress", "Answers"), translate("Progress", "Learners"),
             translate("Progress", "Id")),
            ((_Cell(self.prompt(q)), _Cell(percent(s.accuracy), s.accuracy),
              _Cell(str(s.attempts), s.attempts), _Cell(str(s.learners), s.learners), _Cell(q))
             for q, s in per_question.items()),
        )

    def open_files(self) -> None:
        """Ask for learners' CSV exports (several at once) and show the class."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Progress", "Open learners' results"), "",
            translate("Progress", CSV_FILTER))
        if paths:
            self.load_paths(paths)

    def export_summary(self, path: str | Path | None = None) -> Path | None:
        """Save the class summary as CSV (asks where when no path is given)."""
        if self.summary is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, translate("Progress", "Export the class results"), "class-results.csv",
                translate("Progress", CSV_FILTER))
            if not path:
                return None
        target = Path(path)
        atomic_write_text(target, summary_csv(self.summary))
        return target

    def print_summary(self, printer: object = None) -> bool:
        """Print every table of the class view (asks for the printer when none is given)."""
        from spinetutor.ui.progress.class_print import print_class

        return print_class(self, printer)

    def _on_lrs_button_clicked(self) -> None:
        from spinetutor.ui.progress.lrs_class import read_class_from_lrs

        read_class_from_lrs(self, self.service)

    def _on_open_button_clicked(self) -> None:
        self.open_files()


def export_results(service: StoreService, path: str | Path) -> str:
    """Write the current learner's answers as CSV; return the sentence to tell them."""
    if service.is_guest:
        return translate("Progress", "Guests keep no answers, so there is nothing to export. "
                         "Choose your learner profile first.")
    try:
        written = service.export_csv(path)
    except (ProgressStoreError, OSError) as error:
        return translate("Progress", "Your results could not be exported: {error}").format(
            error=error)
    return translate("Progress", "Exported {answers} of {learner} to {file}.").format(
        answers=answers_text(len(service.answers())), learner=service.profile, file=written.name)


def default_export_name(profile: str, today: date | None = None) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", profile).strip("-").lower() or "learner"
    return f"spinetutor-{slug}-{(today or date.today()).isoformat()}.csv"


def export_my_results(service: StoreService, parent: QWidget | None = None) -> str | None:
    """Handler of "Export my results as CSV…": ask where, write, tell through a notice."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / default_export_name(service.profile))
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Progress", "Export my results as CSV"), suggested,
        translate("Progress", CSV_FILTER))
    if not path:
        return None
    message = export_results(service, path)
    service.notice.emit(message)
    return message
