"""Spanish interface: every UI string translated, the shipped .qm current, the switch works."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from spinetutor.ui.i18n import TRANSLATIONS_DIR, content_language, install_language, qm_path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = TRANSLATIONS_DIR / "spinetutor_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed")
        path = Path(found)
    return path


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


@pytest.fixture
def spanish(qapp):
    """Spanish installed for one test; English (the default) put back afterwards."""
    assert install_language("es")
    yield qapp
    install_language("en")


def test_every_ui_string_has_a_finished_spanish_translation(tmp_path) -> None:
    """A Spanish speaker never meets an untranslated menu, button or message."""
    ts = tmp_path / "check_es.ts"
    shutil.copy(TS, ts)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "spinetutor/ui").rglob("*.py"))
    subprocess.run([str(_tool("pyside6-lupdate")), "-extensions", "py", "-no-obsolete",
                    "-locations", "none", *sources, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    messages = _messages(ts)
    assert len(messages) > 200
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if translation is None or translation.get("type") or not text.strip():
            problems.append(f"{context}: {source!r} has no finished Spanish translation")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the {{placeholders}}")
        elif ("&" in source.replace("&nbsp;", "").replace("&middot;", "").replace(
                "&minus;", "")) != ("&" in text.replace("&nbsp;", "").replace(
                    "&middot;", "").replace("&minus;", "")):
            problems.append(f"{context}: {source!r} -> {text!r} loses or adds its & shortcut")
    assert problems == [], "\n".join(
        problems + ["run tools/i18n/update_translations.sh and translate the new entries"])


def test_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path) -> None:
    """The app loads the translations that are in the .ts, not an older build of them."""
    out = tmp_path / "spinetutor_es.qm"
    subprocess.run([str(_tool("pyside6-lrelease")), str(TS), "-qm", str(out)],
                   check=True, capture_output=True)
    assert qm_path("es").read_bytes() == out.read_bytes(), \
        "spinetutor_es.qm is stale: run tools/i18n/update_translations.sh"


def test_english_is_the_default(qapp) -> None:
    """Without a saved choice the app speaks English."""
    from spinetutor.ui.app import build_window

    assert content_language() == "en"
    window = build_window()
    try:
        assert window.mode_menu.title() == "&Mode"
        assert window.mode_actions["consult"].text() == "Consultation"
    finally:
        window.close()
        window.deleteLater()


def test_spanish_menus_and_consultation_panels(spanish, qtbot) -> None:
    """In Spanish the menus and the consultation mode, findings to handout, read Spanish."""
    from spinetutor.ui.app import build_window

    window = build_window()
    qtbot.addWidget(window)
    assert content_language() == "es"
    assert window.mode_menu.title() == "&Modo"
    assert [a.text() for a in window.mode_actions.values()] == ["Estudio", "Consulta",
                                                                 "Presentar"]
    assert window.view_menu.title() == "&Ver" and window.help_menu.title() == "Ay&uda"
    window.set_mode("consult")
    mode = window.modes["consult"]
    assert mode.findings_dock.windowTitle() == "Hallazgos del paciente"
    assert mode.findings_panel.medical_check.text() == "Mostrar términos médicos"
    mode.findings_panel.set_side("left")
    mode.findings_panel.toggle_region("dorsum_of_foot", "numbness")
    mode.findings_panel.exam.set_value("movements", "ankle_dorsiflexion", "weak")
    mode.findings_panel.exam.set_value("movements", "ankle_inversion", "normal")
    text = mode.side.explanation.text()
    assert "De dónde puede venir" in text and "Lo que encaja:" in text
    assert "nervio peroneo común" in text
    assert "Entumecimiento: empeine" in mode.findings_panel.marked_lines()[0]
    assert mode.side.disclaimer.text().startswith("Esta es una ayuda educativa")
    mode.side.tabs.setCurrentIndex(1)
    mode.side.conditions.choose("foot_drop")
    assert "Pie caído" in mode.side.conditions.text.text()
    content = mode.handout_content()
    assert content.title == "Su pierna y su pie: notas de hoy"
    assert content.blocks[1].heading == "Lo que suele ayudar"
    assert " de " in content.date
    window.close()


def test_language_menu_switches_the_consultation_live(qapp, qtbot, tmp_path) -> None:
    """Choosing Español in View > Language is saved and the consultation switches at once,
    keeping what was recorded for the patient."""
    from spinetutor.ui.app import build_window
    from spinetutor.ui.preferences import install_preferences
    from spinetutor.ui.settings_store import SettingsStore

    settings = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = build_window()
    qtbot.addWidget(window)
    install_preferences(window, settings)
    window.set_mode("consult")
    mode = window.modes["consult"]
    mode.findings_panel.toggle_region("sole", "pain")
    mode.findings_panel.exam.set_value("reflexes", "achilles", "reduced")
    mode.side.note.setPlainText("Walk daily")
    assert "Where it may come from" in mode.side.explanation.text()
    spanish = window.findChild(type(window.mode_actions["consult"]), "language-es")
    try:
        spanish.trigger()
        assert settings.language == "es" and content_language() == "es"
        assert mode.findings_panel.marks["pain"] == ["sole"]
        assert mode.findings_panel.exam.findings()["reflex"] == {"achilles": "reduced"}
        assert mode.side.note.toPlainText() == "Walk daily"
        assert "De dónde puede venir" in mode.side.explanation.text()
        assert "Raíz nerviosa S1" not in mode.side.explanation.text()  # plain words by default
        assert "La raíz nerviosa S1" in mode.side.explanation.text()
        assert "Idioma: Español" in window.message_bar.label.text()
        assert window.scene.svg_file.name == "plate.es.svg", "the plate is relabelled too"
        assert mode.handout_content().title.startswith("Su pierna")
    finally:
        window.findChild(type(spanish), "language-en").trigger()
    assert content_language() == "en" and settings.language == "en"
    assert "Where it may come from" in mode.side.explanation.text()
    assert window.scene.svg_file.name == "plate.svg"
    window.close()
