"""Printing the class view: every table of the summary on paper (or PDF), with a heading that
says which class and where the results came from."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QTableWidget

from spinetutor.ui.i18n import translate

if TYPE_CHECKING:
    from spinetutor.ui.progress.class_view import ClassView


def class_html(view: ClassView) -> str:
    """The class view's overview and tables as simple HTML (what is printed)."""
    parts = [f"<h1>{html.escape(translate('Progress', 'Class results'))}</h1>",
             f"<p>{html.escape(view.overview.text())}</p>"]
    for index in range(view.tabs.count()):
        table = view.tabs.widget(index)
        if not isinstance(table, QTableWidget):
            continue
        parts.append(f"<h2>{html.escape(view.tabs.tabText(index))}</h2>")
        head = "".join(f"<th align=left>{html.escape(table.horizontalHeaderItem(c).text())}</th>"
                       for c in range(table.columnCount()))
        rows = []
        for r in range(table.rowCount()):
            texts = (table.item(r, c).text() if table.item(r, c) else ""
                     for c in range(table.columnCount()))
            rows.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in texts) + "</tr>")
        parts.append(f"<table border=1 cellspacing=0 cellpadding=3><tr>{head}</tr>"
                     f"{''.join(rows)}</table>")
    return "".join(parts)


def print_class(view: ClassView, printer: QPrinter | None = None) -> bool:
    if view.summary is None:
        return False
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    document = QTextDocument()
    document.setHtml(class_html(view))
    document.print_(printer)
    return True
