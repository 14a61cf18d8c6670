"""The consultation handout PDF, and that a consultation leaves no trace on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImage

from spinetutor.core.atlas import load_atlas
from spinetutor.ui.consult.handout import HandoutContent, write_handout_pdf
from spinetutor.ui.consult.mode import ConsultMode
from spinetutor.ui.main_window import MainWindow

NOTE = "Avoid crossing your legs; come back in four weeks."



def _fill_foot_drop(mode: ConsultMode) -> None:
    panel = mode.findings_panel
    panel.set_side("left")
    panel.toggle_region("dorsum_of_foot", "numbness")
    exam = panel.exam
    exam.set_value("movements", "ankle_dorsiflexion", "weak")
    exam.set_value("movements", "ankle_inversion", "normal")
    exam.set_value("movements", "hip_abduction", "normal")
    exam.set_trigger("leg_crossing", True)
    mode.side.note.setPlainText(NOTE)


def _render_pages(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "page")], check=True)
    return sorted(out.glob("page*.png"))


def _ink(image: QImage) -> int:
    """How many sampled pixels are clearly not white."""
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            color = image.pixelColor(x, y)
            if color.red() + color.green() + color.blue() < 600:
                dark += 1
    return dark


def test_saved_handout_renders_with_plate_text_and_note(consult, tmp_path):
    """'Save handout as PDF' writes an A4 PDF whose pages show the plate, the advice and note."""
    win, mode = consult
    _fill_foot_drop(mode)
    pdf = tmp_path / "handout.pdf"
    mode.save_handout(pdf)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    pages = _render_pages(pdf, tmp_path)
    assert len(pages) >= 1
    first = QImage(str(pages[0]))
    assert abs(first.width() / first.height() - 210 / 297) < 0.01, "A4 portrait"
    assert _ink(first) > 500, "the first page is not blank"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    assert NOTE in flat
    assert "common peroneal nerve" in flat
    assert "When to seek urgent care" in flat, "the general red-flag advice is there"
    assert "not a diagnosis" in flat


def test_urgent_handout_leads_with_the_urgent_advice(consult, tmp_path):
    """When red flags fire, the handout carries 'Seek urgent care today' and the reasons."""
    win, mode = consult
    mode.findings_panel.toggle_region("saddle", "numbness")
    mode.findings_panel.exam.set_value("history", "bladder", "retention")
    content = mode.handout_content()
    assert content.urgent_heading == "Seek urgent care today"
    assert any("cauda equina" in s for s in content.red_flags)
    pdf = tmp_path / "urgent.pdf"
    write_handout_pdf(pdf, win.scene, content)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    assert "Seek urgent care today" in flat
    assert "When to seek urgent care" not in flat, "the warning is not said twice"
    assert flat.index("Seek urgent care today") < flat.index("Where it may come from")


def test_condition_handout_explains_the_condition(consult, tmp_path):
    """With a condition open, the handout explains it and says what usually helps."""
    win, mode = consult
    mode.side.tabs.setCurrentIndex(1)
    mode.side.conditions.choose("morton_neuroma")
    content = mode.handout_content()
    assert content.blocks[0].heading == "Morton's neuroma"
    assert content.blocks[1].heading == "What usually helps"
    write_handout_pdf(tmp_path / "c.pdf", win.scene, content)
    assert (tmp_path / "c.pdf").stat().st_size > 1000


def test_write_handout_pdf_works_on_its_own(qtbot, tmp_path):
    """The writer needs only a scene and content (usable from tests and other panels)."""
    win = MainWindow(load_atlas())
    qtbot.addWidget(win)
    content = HandoutContent(title="Test", date="1 January 2026", note="Line one\nLine two")
    write_handout_pdf(tmp_path / "t.pdf", win.scene, content)
    assert (tmp_path / "t.pdf").read_bytes()[:4] == b"%PDF"


def _all_files(*roots: Path) -> set[Path]:
    return {p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()}


def test_a_consultation_records_nothing(qtbot, tmp_path, monkeypatch):
    """Marking, ticking, reading and leaving the mode writes no file anywhere we can see."""
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.chdir(work)
    QStandardPaths.setTestModeEnabled(True)
    try:
        locations = [Path(QStandardPaths.writableLocation(loc)) for loc in (
            QStandardPaths.StandardLocation.AppDataLocation,
            QStandardPaths.StandardLocation.AppConfigLocation,
            QStandardPaths.StandardLocation.GenericConfigLocation,
            QStandardPaths.StandardLocation.GenericDataLocation,
            QStandardPaths.StandardLocation.CacheLocation)]
        before = _all_files(tmp_path, *locations)
        win = MainWindow(load_atlas())
        qtbot.addWidget(win)
        mode = ConsultMode(win)
        win.add_mode(mode)
        win.show()
        win.set_mode("consult")
        _fill_foot_drop(mode)
        mode.findings_panel.toggle_region("saddle", "pain")
        mode.side.tabs.setCurrentIndex(1)
        mode.side.conditions.choose("sciatica")
        mode.handout_content()
        mode.deactivate()
        win.close()
        after = _all_files(tmp_path, *locations)
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert after == before, sorted(map(str, after - before))
    assert not os.listdir(work)
