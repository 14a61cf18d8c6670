"""The grader's sentences (core/grading.py MESSAGES) in the interface language.

The core grades without Qt; the quiz session hands it these templates translated, so "The
statement is false." reads "La afirmación es falsa." in Spanish.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from spinetutor.core.grading import MESSAGES
from spinetutor.ui.i18n import translate

# Same keys and placeholders as MESSAGES (a test checks); shown through translate("Grading").
WORDS = {
    "not_answered": QT_TRANSLATE_NOOP("Grading", "Not answered."),
    "not_an_option": QT_TRANSLATE_NOOP("Grading", "'{option}' is not one of the options."),
    "chosen": QT_TRANSLATE_NOOP("Grading", "{right} of {total} right answers chosen."),
    "chosen_wrong": QT_TRANSLATE_NOOP(
        "Grading", "{right} of {total} right answers chosen, {wrong} wrong."),
    "true": QT_TRANSLATE_NOOP("Grading", "The statement is true."),
    "false": QT_TRANSLATE_NOOP("Grading", "The statement is false."),
    "found": QT_TRANSLATE_NOOP("Grading", "Found {found} of {total} regions."),
    "missed": QT_TRANSLATE_NOOP("Grading", "Missed: {regions}."),
    "extra": QT_TRANSLATE_NOOP("Grading", "Not part of it: {regions}."),
    "each_once": QT_TRANSLATE_NOOP("Grading", "Use each step exactly once."),
    "steps": QT_TRANSLATE_NOOP("Grading", "{good} of {pairs} steps follow on correctly."),
}


def grading_words() -> dict[str, str]:
    """MESSAGES in the installed language (English where a key has no translation)."""
    return {key: translate("Grading", WORDS.get(key, english)) for key, english in
            MESSAGES.items()}
