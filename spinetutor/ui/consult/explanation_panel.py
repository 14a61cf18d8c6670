"""The ranked explanation in plain words: where the findings most likely come from, and why.

Why bars with words: a score like 0.73 means nothing to a patient, so each candidate shows a
bar and a phrase ("fits well"), then the sentences the reasoning aid wrote for and against it.
It is one read-only rich-text view (no links, no images), which wraps reliably at any width.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from spinetutor.core.conditions import ConditionLibrary
from spinetutor.core.reasoning import Candidate, Localization
from spinetutor.ui import themes
from spinetutor.ui.consult.style import consult_font
from spinetutor.ui.i18n import translate

TOP = 3
WHY_LIMIT = 5
# Shown through translate("Consult", ...).
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Consult", "Mark where it hurts, feels numb or tingles, or choose what the examination "
    "found. The most likely sources will appear here, with the reasons.")
NOTHING_TEXT = QT_TRANSLATE_NOOP(
    "Consult", "These findings do not point to any one nerve or root yet. Add more of what "
    "the examination found.")
RANKED_TEXT = QT_TRANSLATE_NOOP(
    "Consult", "Most likely first. This compares the findings with textbook patterns; it is "
    "not a diagnosis.")


def fit_words(score: float) -> str:
    """A plain phrase for a candidate's score (the bar shows the same)."""
    if score >= 0.75:
        return translate("Consult", "fits well")
    if score >= 0.5:
        return translate("Consult", "fits in part")
    return translate("Consult", "fits weakly")


def rank_numbers(scores: list[float]) -> list[tuple[int, bool]]:
    """Each candidate's place and whether it ties a neighbour: scores .61, .53, .53 give
    (1, no), (2, tie), (2, tie) - a tie is never shown as a ranking."""
    shown = [round(s, 2) for s in scores]
    out = []
    for score in shown:
        place = 1 + sum(1 for other in shown if other > score)
        out.append((place, shown.count(score) > 1))
    return out


def ranked_title(place: int, tied: bool, name: str) -> str:
    """'2. Sciatic nerve (equally likely)' for a tie, '1. L5 nerve root' otherwise."""
    title = f"{place}. {name}"
    if not tied:
        return title
    return title + " " + translate("Consult", "(equally likely)")


def _bar_html(score: float) -> str:
    """A bar in the theme's colours (Okabe-Ito blue; black in high contrast), words beside."""
    c = themes.color
    filled = max(2, min(98, round(score * 100)))
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0' border='{themes.outline()}' "
        f"style='border-color:{c('bar_border')}; border-style:solid'><tr>"
        f"<td width='{filled}%' bgcolor='{c('bar')}' height='14'></td>"
        f"<td width='{100 - filled}%' bgcolor='{c('bar_empty')}'></td></tr></table>")


def _list_html(title: str, sentences: tuple[str, ...]) -> str:
    if not sentences:
        return ""
    items = "".join(f"<li>{html.escape(s)}</li>" for s in sentences)
    return (f"<p style='margin-bottom:0'><b>{html.escape(title)}</b></p>"
            f"<ul style='margin-top:0'>{items}</ul>")


class ExplanationPanel(QWidget):
    """Shows a Localization: the top candidates with bars and reasons, or a hint."""

    def __init__(self, library: ConditionLibrary, parent: QWidget | None = None,
                 refs: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.refs = dict(refs or {})  # lesion -> how the reasons name it ("the sural nerve")
        self.medical = False
        self.result: Localization | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(translate("Consult", "Where it may come from"))
        layout.addWidget(self.browser)
        themes.follow(self, self.restyle)

    def restyle(self) -> None:
        """Large type from the application font; the bars drawn again in the theme's colours."""
        self.browser.setFont(consult_font())
        position = self.browser.verticalScrollBar().value()
        self.show_result(self.result)
        self.browser.verticalScrollBar().setValue(position)

    def set_medical_terms(self, on: bool) -> None:
        self.medical = on
        self.show_result(self.result)

    def show_result(self, result: Localization | None) -> None:
        """Show the top candidates of `result` (None = nothing recorded yet)."""
        self.result = result
        top = self.top_candidates()
        status = EMPTY_TEXT if result is None else (RANKED_TEXT if top else NOTHING_TEXT)
        heading = html.escape(translate("Consult", "Where it may come from"))
        parts = [f"<h2 style='margin-top:0'>{heading}</h2>",
                 f"<p>{html.escape(translate('Consult', status))}</p>"]
        places = rank_numbers([c.score for c in top])
        for (place, tied), cand in zip(places, top, strict=True):
            parts.append(self._candidate_html(place, tied, cand))
        self.browser.setHtml("".join(parts))

    def _candidate_html(self, place: int, tied: bool, cand: Candidate) -> str:
        plain = self.plain_name(cand.lesion)
        if self.medical and cand.name.lower() not in plain.lower():
            plain += f" \u2014 {cand.name}"
        title = ranked_title(place, tied, plain)
        pros = self.reasons(cand, cand.supporting)[:WHY_LIMIT]
        cons = self.reasons(cand, cand.opposing)[:max(2, WHY_LIMIT - len(pros))]
        how = translate("Consult", "How well it fits: {words}").format(
            words=fit_words(cand.score))
        return (
            f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>"
            f"{_bar_html(cand.score)}"
            f"<p style='margin-top:2px'><i>{html.escape(how)}</i></p>"
            + _list_html(translate("Consult", "What fits:"), pros)
            + _list_html(translate("Consult", "What does not fit:"), cons))

    def top_candidates(self) -> tuple[Candidate, ...]:
        return self.result.candidates[:TOP] if self.result else ()

    def plain_name(self, lesion: str) -> str:
        return self.library.lesion(lesion).plain

    def reasons(self, cand: Candidate, sentences: tuple[str, ...]) -> tuple[str, ...]:
        """The reasons in plain words unless medical terms are on: the medical name the
        engine writes ('the lateral femoral cutaneous nerve (meralgia paresthetica)') becomes
        the plain name of the title ('the skin nerve of the outer thigh (meralgia)')."""
        ref = self.refs.get(cand.lesion, "")
        if self.medical or not ref:
            return sentences
        plain = self.plain_name(cand.lesion)
        plain = plain[:1].lower() + plain[1:]
        return tuple(s.replace(ref, plain) for s in sentences)

    def text(self) -> str:
        """Everything the panel shows, top to bottom, as plain text (for tests and handouts)."""
        return self.browser.toPlainText()
