"""The handout fits: one page for an ordinary story, two at most with red flags, in English and
Spanish, on A4 and Letter; boxes never split; the preview paints what prints."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from patient_stories import STORIES, enter_story
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.consult.handout import (
    HandoutContent,
    keep_together,
    page_count,
    pdf_writer,
    preview_handout,
    write_handout_pdf,
)
from spinetutor.ui.consult.mode import ConsultMode
from spinetutor.ui.i18n import install_language
from spinetutor.ui.main_window import MainWindow

SIZES = (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter)


def _writer(tmp_path, size) -> QPdfWriter:
    """The same device set-up as 'Save handout as PDF'."""
    return pdf_writer(tmp_path / "probe.pdf", size)


def _pages_of_every_story(qtbot, tmp_path) -> list[tuple[str, str, int]]:
    win = MainWindow(load_atlas())
    qtbot.addWidget(win)
    mode = ConsultMode(win)
    win.add_mode(mode)
    win.show()
    win.set_mode("consult")
    mode.confirm_forget = lambda *text: True
    out = []
    for name, (findings, level, _top) in STORIES.items():
        mode.new_patient()
        enter_story(mode, findings)
        mode.side.note.setPlainText("Come back in four weeks, sooner if it gets worse.")
        content = mode.handout_content()
        for size in SIZES:
            out.append((name, level, page_count(_writer(tmp_path, size), win.scene, content)))
    mode.confirm_forget = lambda *text: True
    return out


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_story_fits_one_page_or_two_with_red_flags(qtbot, tmp_path, language):
    """Every story's handout is one A4/Letter page; with a warning box, two at most."""
    install_language(language)
    try:
        results = _pages_of_every_story(qtbot, tmp_path)
    finally:
        install_language("en")
    too_long = [(name, pages) for name, level, pages in results
                if pages > (2 if level else 1)]
    assert not too_long
    assert sum(1 for _, level, pages in results if not level and pages == 1) >= 20


def test_a_box_never_splits_across_pages(qapp):
    """A warning box that would cross the page boundary starts the next page instead."""
    filler = "<p>line</p>" * 30
    box = ("<table border='2' width='100%'><tr><td>" + "<p>warning</p>" * 8
           + "</td></tr></table>")
    doc = QTextDocument()
    doc.setHtml(filler + box + "<p>after</p>")
    doc.setPageSize(doc.pageSize().__class__(400, 600))
    keep_together(doc, 600)
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        assert int(rect.top() // 600) == int((rect.bottom() - 1) // 600)


@pytest.mark.parametrize(("language", "story"), [("en", "Cauda equina"),
                                                  ("es", "Cauda equina"),
                                                  ("es", "L5 disc, left")])
def test_the_preview_prints_what_the_pdf_saves(consult, tmp_path, language, story):
    """The print preview pages with the same painter and page set-up as the saved PDF: the
    same pages, the same words on each page and the same picture, in English and Spanish."""
    from PySide6.QtGui import QImage
    from PySide6.QtPrintSupport import QPrinter

    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("pdftotext/pdftoppm (poppler-utils) not installed")
    win, mode = consult
    try:
        if language != "en":
            from spinetutor.ui.preferences import choose_language

            choose_language(win, None, language)
        enter_story(mode, STORIES[story][0])
        content = mode.handout_content()
        dialog = preview_handout(win, win.scene, content, show=False)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.paintRequested.emit(printer)
        write_handout_pdf(tmp_path / "saved.pdf", win.scene, content)
    finally:
        install_language("en")

    def pages(pdf) -> list[list[str]]:
        """Each page's words (sorted: the plate's small labels may be read in another order)."""
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True).stdout
        return [sorted(page.split()) for page in text.split("\f") if page.strip()]

    printed, saved = pages(tmp_path / "printed.pdf"), pages(tmp_path / "saved.pdf")
    assert printed == saved and len(saved) <= (2 if story == "Cauda equina" else 1)
    for name in ("printed", "saved"):
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1",
                        str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    a, b = (QImage(str(next(tmp_path.glob(f"{n}*.png")))) for n in ("printed", "saved"))
    assert a.size() == b.size()
    differ = sum(1 for y in range(a.height()) for x in range(a.width())
                 if abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 40)
    assert differ < 0.01 * a.width() * a.height()


def test_handout_has_clinic_date_examined_and_sourced_self_care(consult, tmp_path):
    """The handout names the clinic and date, what was examined and what helps, with sources."""
    win, mode = consult
    mode.side.clinic.setText("Riverside Physio")
    enter_story(mode, STORIES["L5 disc, left"][0])
    content = mode.handout_content()
    assert content.clinic == "Riverside Physio"
    assert any("big toe" in line for line in content.examined)
    assert any("back pain" in line.lower() for line in content.marks)
    assert [b.heading for b in content.care] == ["What helps", "What to expect"]
    assert "4 to 6 weeks" in content.care[1].paragraphs[0]
    assert "NHS: Sciatica" in content.sources and "NICE NG59: Low back pain" in content.sources
    pdf = tmp_path / "h.pdf"
    write_handout_pdf(pdf, win.scene, content)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "Riverside Physio" in text and "What was examined" in text


def test_an_emergency_handout_gives_no_home_remedies(consult):
    """With 'seek urgent care today', the self-care section says so instead of home advice."""
    win, mode = consult
    enter_story(mode, STORIES["Sudden dense foot drop"][0])
    content = mode.handout_content()
    assert content.urgent_heading
    assert "emergency assessment today" in content.care[0].paragraphs[0]


def test_handout_content_of_an_empty_consultation_still_writes(qtbot, tmp_path):
    """A handout with nothing recorded still writes one page (title, advice, footer)."""
    win = MainWindow(load_atlas())
    qtbot.addWidget(win)
    content = HandoutContent(title="T", date="1 January 2026")
    write_handout_pdf(tmp_path / "e.pdf", win.scene, content)
    assert page_count(_writer(tmp_path, SIZES[0]), win.scene, content) == 1
