"""A damaged or hand-edited settings file never stops the app; it says once what it reset."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from spinetutor.core import resets
from spinetutor.ui.app import start_window
from spinetutor.ui.settings_store import KEY_STATE, SettingsStore


def _ini(tmp_path: Path, text: str = "") -> QSettings:
    file = tmp_path / "settings.ini"
    file.write_text(text, encoding="latin-1")
    return QSettings(str(file), QSettings.Format.IniFormat)


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("plate"))
    for name in ("information", "progress"):
        dock = QDockWidget(name, window)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(QLabel(name))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("value", [
    "@Variant(\\0\\0\\0\\x6\\x7f\\xf0\\0\\0\\0\\0\\0\\0)",   # double inf
    "@Variant(\\0\\0\\0\\x6\\x7f\\xf8\\0\\0\\0\\0\\0\\0)",   # double nan
    "@Variant(\\0\\0\\0\\x6\\x7f\\xef\\xff\\xff\\xff\\xff\\xff\\xff)",  # 1.8e308
    "1e308", "-150", "99999999999999999999999", "huge", "@Variant(garbage)",
])
def test_impossible_text_sizes_give_the_normal_size_and_one_notice(tmp_path, value):
    """inf, nan or a huge number as the text size: normal text, and the reset is noted."""
    store = SettingsStore(_ini(tmp_path, f"[look]\ntype_scale={value}\ntheme=dark\n"))
    assert store.type_scale == 100
    assert store.theme == "dark"        # the good value next to it is kept
    assert resets.take() == [resets.SETTINGS]
    again = SettingsStore(QSettings(store.settings.fileName(), QSettings.Format.IniFormat))
    assert again.type_scale == 100 and resets.take() == []   # dropped from disk: said once


def test_good_values_are_kept_and_nothing_is_said(tmp_path):
    store = SettingsStore(_ini(tmp_path, "[look]\ntype_scale=150\ntheme=dark\nlanguage=es\n"
                                         "[session]\nmode=consult\nlesson=05-sciatica\n"))
    assert (store.type_scale, store.theme, store.language, store.mode, store.last_lesson) == \
        (150, "dark", "es", "consult", "05-sciatica")
    assert resets.take() == []


def test_a_layout_with_flipped_bits_is_dropped_never_given_to_qt(qtbot, tmp_path):
    """1-3 flipped bits in the saved layout made Qt abort or hang; now each damaged copy is
    refused before restoreState, the default layout is used and the reset is noted."""
    first = _window(qtbot)
    first.resize(640, 480)
    first.show()
    first.findChild(QDockWidget, "dock-progress").hide()
    file = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(file), QSettings.Format.IniFormat))
    store.save_window(first)
    good = store.settings.value(KEY_STATE).data()
    rng = random.Random(14)
    refused = noted = 0
    for _ in range(150):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        if bytes(damaged) == good:
            continue
        settings = QSettings(str(tmp_path / "flipped.ini"), QSettings.Format.IniFormat)
        settings.clear()
        settings.setValue(KEY_STATE, bytes(damaged))
        flipped = SettingsStore(settings)
        # a flip inside the version number reads as another version's layout: dropped quietly
        said = resets.take()
        assert said in ([resets.WINDOW_LAYOUT], [])
        noted += bool(said)
        window = _window(qtbot)
        flipped.restore_window(window)
        window.show()
        assert window.findChild(QDockWidget, "dock-progress").isVisible()  # the default
        assert not settings.contains(KEY_STATE)
        window.close()
        refused += 1
    assert refused > 140 and noted > 0.9 * refused


def test_bit_flips_anywhere_in_the_settings_file_never_stop_a_start(qtbot, tmp_path):
    """A seeded loop of flipped bits over the whole saved file: every start gets a window."""
    first = _window(qtbot)
    first.show()
    file = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(file), QSettings.Format.IniFormat))
    store.save_window(first)
    store.type_scale, store.theme, store.language = 150, "dark", "es"
    store.set_last_place("05-sciatica", "what-it-is")
    store.sync()
    good = file.read_bytes()
    rng = random.Random(1414)
    for _ in range(60):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        file.write_bytes(bytes(damaged))
        flipped = SettingsStore(QSettings(str(file), QSettings.Format.IniFormat))
        assert 100 <= flipped.type_scale <= 200
        assert flipped.theme in ("dark", "system") and flipped.language in ("es", "en")
        window = _window(qtbot)
        flipped.restore_window(window)
        window.close()
        resets.take()


def test_the_app_starts_with_damaged_settings_and_says_once_what_it_reset(qtbot, tmp_path):
    """The real start-up path with inf as text size and a damaged layout: the window is up
    and one line names both resets; the next start says nothing."""
    QStandardPaths.setTestModeEnabled(True)
    file = tmp_path / "settings.ini"
    file.write_text("[look]\ntype_scale=@Variant(\\0\\0\\0\\x6\\x7f\\xf0\\0\\0\\0\\0\\0\\0)\n"
                    "[window]\nstate=@ByteArray(\\0\\0\\0\\xff\\0\\0\\0\\0\\xfd\\0\\0)\n",
                    encoding="latin-1")
    settings = SettingsStore(QSettings(str(file), QSettings.Format.IniFormat))
    window = start_window(settings, store_path=tmp_path / "progress.sqlite3")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    bar = window.message_bar
    assert bar.isVisible()
    lines = [line for line in bar.messages if "reset" in line]
    assert len(lines) == 1 and "\n" not in lines[0]
    assert re.search("preferences", lines[0]) and "window layout" in lines[0]
    window.progress.close()
    window.close()
    resets.take()
    again = SettingsStore(QSettings(str(file), QSettings.Format.IniFormat))
    assert resets.take() == [] and again.type_scale == 100


def test_a_rebuilt_progress_file_is_announced_in_the_learners_language(qtbot, tmp_path):
    """The recovery notice says how many answers came back, in Spanish for a Spanish
    learner; in English it is exactly the store's own sentence."""
    from datetime import UTC, datetime

    from spinetutor.core.progress import ProgressStore
    from spinetutor.ui.i18n import install_language
    from spinetutor.ui.progress.store_service import StoreService, recovery_message

    db = tmp_path / "progress.sqlite3"
    with ProgressStore(db) as store:
        for n in range(12):
            store.record_answer("Ana", f"q{n}", True, datetime(2026, 3, 2, 9, n, tzinfo=UTC))
        store.backup()
    db.write_bytes(b"\x00damaged" * 600)
    assert install_language("es")
    try:
        service = StoreService(db)
        notices: list[str] = []
        service.notice.connect(notices.append)
        service.announce_startup()
        assert service.store is not None and service.store.recovery is not None
        assert any("Respuestas recuperadas: 12 (0 del archivo dañado y 12 más" in n
                   for n in notices), notices
        service.set_profile("Ana")
        assert len(service.answers()) == 12
    finally:
        install_language("en")
    recovery = service.store.recovery
    assert recovery_message(recovery) == service.store.recovery_message
    service.close()
