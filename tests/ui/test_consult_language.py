"""A live switch to Spanish in Consultation: the plate, the handout and the plate inside the
handout all read in Spanish at once, sources included, and the patient is kept."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from patient_stories import STORIES, enter_story
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from spinetutor.core.self_care import load_self_care, missing_translations, source_name
from spinetutor.ui.consult.handout import write_handout_pdf
from spinetutor.ui.i18n import install_language
from spinetutor.ui.preferences import choose_language


def _picture(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_every_source_of_the_advice_is_named_in_spanish_with_its_publisher_kept():
    """'NHS: Sciatica' becomes 'NHS (sanidad pública del Reino Unido): ciática'; the names
    NHS, NICE and Cleveland Clinic stay; nothing is left untranslated."""
    assert missing_translations("es") == []
    urls = {u for advice in load_self_care().values() for u in advice.sources}
    for url in urls:
        english, spanish = source_name(url), source_name(url, "es")
        assert spanish != english, url
        assert english.split(":")[0].split(" ")[0] in spanish, (english, spanish)
    assert source_name("https://www.nhs.uk/conditions/sciatica/", "es").endswith("ciática")


@pytest.fixture
def switched_back():
    yield
    install_language("en")


def test_a_live_switch_puts_plate_handout_and_sources_in_spanish(consult, tmp_path,
                                                                  switched_back):
    """An English consultation switched to Spanish from View > Language keeps the patient;
    the drawn entrapment's label on the plate, the handout's words, its sources and the plate
    printed on it are Spanish, with no English left."""
    win, mode = consult
    enter_story(mode, STORIES["Peroneal palsy, leg crossing"][0])
    mode.side.note.setPlainText("Vuelva en cuatro semanas.")
    assert win.selection.highlight.pathology == "entrapment.fibular_head"
    site = QRectF(1000, 380, 110, 70)   # the fibular head and its label, front view
    english_plate = _picture(win.scene, site)
    choose_language(win, None, "es")
    assert mode.findings_panel.marks["numbness"], "the patient's marks are kept"
    assert win.selection.highlight.pathology == "entrapment.fibular_head"
    assert win.scene.lesions.renderer is win.scene.renderer
    assert _picture(win.scene, site) != english_plate, "the lesion label is relabelled"
    content = mode.handout_content()
    assert "sanidad pública" in content.sources and "foot drop" not in content.sources.lower()
    assert content.care[0].heading != "What helps"
    pdf = tmp_path / "hoja.pdf"
    write_handout_pdf(pdf, win.scene, content)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = _pdf_text(pdf)
    assert "cabeza del peroné" in text, "the plate inside the handout is Spanish"
    assert "pie caído" in text and "Vuelva en cuatro semanas" in text
    for english in ("fibular head", "What helps", "What to expect", "Foot drop", "sciatic n.",
                    "Right leg", "Advice in our own words"):
        assert english not in text, english


def test_the_date_field_names_the_month_in_the_patients_language(consult, switched_back):
    """'8 Dec 2026' in English and '8 dic 2026' in Spanish, never an ambiguous '8 12 2026'."""
    from PySide6.QtCore import QLocale

    win, mode = consult
    day = mode.side.date.date()
    month = day.month()
    assert QLocale("en").monthName(month, QLocale.FormatType.ShortFormat) in \
        mode.side.date.text()
    choose_language(win, None, "es")
    assert mode.side.date.date() == day, "the chosen date is kept"
    assert QLocale("es").monthName(month, QLocale.FormatType.ShortFormat) in \
        mode.side.date.text()
