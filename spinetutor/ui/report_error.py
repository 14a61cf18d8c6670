"""Help > "Report a content error": a prefilled plain-text report the user saves and sends.

SpineTutor never sends anything: the dialog writes a text file where the user chooses, and the
user mails or hands it to whoever maintains the course. The report names the structure, lesson
and section on screen so the maintainer can find the spot without a screenshot.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from spinetutor import __version__
from spinetutor.core.atomic_write import atomic_write_text
from spinetutor.ui.i18n import translate


@dataclass(frozen=True)
class ReportContext:
    """What was on screen when the user asked to report a problem (any part may be empty)."""

    structure: str = ""  # atlas target, e.g. "root:L5"
    structure_name: str = ""  # its display name, e.g. "L5 nerve root"
    lesson: str = ""  # lesson id or title
    section: str = ""  # section heading within the lesson


def format_report(context: ReportContext, what_is_wrong: str, suggestion: str = "",
                  now: datetime | None = None) -> str:
    """The report text: a short header, where it was seen, what seems wrong, any correction."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    structure = context.structure_name or context.structure
    if context.structure_name and context.structure:
        structure = f"{context.structure_name} ({context.structure})"
    lines = [
        "SpineTutor content error report",
        "===============================",
        f"Date: {stamp}",
        f"SpineTutor version: {__version__} ({platform.system() or 'unknown system'})",
        "",
        f"Structure: {structure or '(none selected)'}",
        f"Lesson: {context.lesson or '(none)'}",
        f"Section: {context.section or '(none)'}",
        "",
        "What seems wrong:",
        what_is_wrong.strip() or "(not described)",
    ]
    if suggestion.strip():
        lines += ["", "Suggested correction or source:", suggestion.strip()]
    lines += ["", "(Written by SpineTutor on this computer; nothing was sent anywhere.)", ""]
    return "\n".join(lines)


def default_file_name(now: datetime | None = None) -> str:
    return f"spinetutor-content-report-{(now or datetime.now()):%Y%m%d-%H%M}.txt"


class ReportErrorDialog(QDialog):
    """Prefilled fields, a "what seems wrong" box, and Save (enabled once something is typed)."""

    report_saved = Signal(str)  # the path written

    def __init__(self, context: ReportContext, parent: QWidget | None = None,
                 default_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Report", "Report a content error"))
        self.setObjectName("report-content-error")
        self.default_dir = default_dir
        self.saved_path: Path | None = None
        intro = QLabel(translate(
            "Report", "Describe what looks wrong. SpineTutor saves a plain-text report on this "
            "computer; send it to your teacher or the course maintainer yourself. "
            "Nothing is sent automatically."))
        intro.setWordWrap(True)
        structure = context.structure_name or context.structure
        if context.structure_name and context.structure:
            structure = f"{context.structure_name} ({context.structure})"
        self.structure_edit = self._line(structure, translate("Report", "Structure"))
        self.lesson_edit = self._line(context.lesson, translate("Report", "Lesson"))
        self.section_edit = self._line(context.section, translate("Report", "Section"))
        self.problem_edit = QPlainTextEdit()
        self.problem_edit.setAccessibleName(translate("Report", "What seems wrong"))
        self.problem_edit.setPlaceholderText(translate(
            "Report", "e.g. the card says L4 supplies the big toe; most sources give L5"))
        self.problem_edit.setTabChangesFocus(True)
        self.suggestion_edit = QPlainTextEdit()
        self.suggestion_edit.setAccessibleName(
            translate("Report", "Suggested correction or source"))
        self.suggestion_edit.setPlaceholderText(
            translate("Report", "optional: the correction and where it comes from"))
        self.suggestion_edit.setTabChangesFocus(True)
        self.suggestion_edit.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(translate("Report", "&Structure:"), self.structure_edit)
        form.addRow(translate("Report", "&Lesson:"), self.lesson_edit)
        form.addRow(translate("Report", "Se&ction:"), self.section_edit)
        form.addRow(translate("Report", "&What seems wrong:"), self.problem_edit)
        form.addRow(translate("Report", "Suggested &correction:"), self.suggestion_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("Report", "&Save report\u2026"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.problem_edit.textChanged.connect(self._on_problem_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.problem_edit.setFocus()

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        return edit

    def context(self) -> ReportContext:
        """The context as the user left it (they may correct the prefilled fields)."""
        return ReportContext(structure_name=self.structure_edit.text().strip(),
                             lesson=self.lesson_edit.text().strip(),
                             section=self.section_edit.text().strip())

    def report_text(self, now: datetime | None = None) -> str:
        return format_report(self.context(), self.problem_edit.toPlainText(),
                             self.suggestion_edit.toPlainText(), now)

    def save_to(self, path: Path | str) -> Path:
        """Write the report to ``path`` (atomically: a crash leaves no half-written file)."""
        target = Path(path)
        atomic_write_text(target, self.report_text())
        self.saved_path = target
        self.report_saved.emit(str(target))
        return target

    def _suggested_path(self) -> str:
        folder = self.default_dir or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        return str(Path(folder) / default_file_name())

    def _on_problem_text_changed(self) -> None:
        self.save_button.setEnabled(bool(self.problem_edit.toPlainText().strip()))

    def _on_buttons_accepted(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Report", "Save content error report"), self._suggested_path(),
            translate("Report", "Text files (*.txt)"))
        if not path:
            return
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(self, translate("Report", "Report not saved"), translate(
                "Report", "Could not write {path}:\n{error}").format(path=path, error=exc))
            return
        QMessageBox.information(self, translate("Report", "Report saved"), translate(
            "Report", "Saved to {path}.\nSend this file to your teacher or the course "
            "maintainer.").format(path=path))
        self.accept()


def report_content_error(parent: QWidget | None, context: ReportContext) -> Path | None:
    """Show the dialog modally; the path written, or None if the user cancelled."""
    dialog = ReportErrorDialog(context, parent)
    dialog.exec()
    return dialog.saved_path
