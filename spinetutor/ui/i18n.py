"""The app's language: Qt translators for the interface, and the language of the content.

Interface strings are wrapped where they are used:

    from spinetutor.ui.i18n import translate
    QLabel(translate("Consult", "Where do you feel it?"))
    translate("Study", "About {minutes} min").format(minutes=5)

(module-level constants are marked with ``QT_TRANSLATE_NOOP("Context", "...")`` and passed
through ``translate`` at use time, never at import time). ``pyside6-lupdate`` collects them into
``spinetutor/translations/spinetutor_<lang>.ts``; ``pyside6-lrelease`` compiles the ``.qm`` the
app loads (``tools/i18n/update_translations.sh`` runs both). Content words (atlas names,
the reasoning aid's sentences, condition texts, lesson translations) come from the YAML through
the core's ``language`` parameters; :func:`content_language` says which language to ask for.

A switch in View > Language installs the new translators at once: windows and dialogs opened
afterwards and the consultation mode (rebuilt in place) use it immediately; the rest of the
main window follows at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from spinetutor.core.translations import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "content_language", "install_language",
           "qm_path", "translate"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
_PROPERTY = "spinetutorLanguage"
_TRANSLATOR_NAMES = ("spinetutor-translator", "spinetutor-qt-translator")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The installed translation of `text` (English when none); lupdate finds these calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"spinetutor_{language}.qm"


def content_language() -> str:
    """The language the content (atlas, consultation, lessons) should be shown in."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Make `language` the app's language; False if its translation file could not be loaded.

    Removes the translators a previous call installed, so switching back to English works.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}'")
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in _TRANSLATOR_NAMES:
            app.removeTranslator(translator)
            translator.deleteLater()
    app.setProperty(_PROPERTY, language)
    if language == DEFAULT_LANGUAGE:
        return True
    ours = QTranslator(app)
    ours.setObjectName(_TRANSLATOR_NAMES[0])
    loaded = ours.load(str(qm_path(language)))
    if loaded:
        app.installTranslator(ours)
    qt_own = QTranslator(app)   # Qt's own words: standard buttons, file dialogs
    qt_own.setObjectName(_TRANSLATOR_NAMES[1])
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_own)
    return loaded
