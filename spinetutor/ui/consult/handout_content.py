"""What the consultation handout says: the findings, the ranked answers, self-care, warnings.

Why apart from the mode: the mode wires panels to the plate; this turns what the panels show
into a HandoutContent (plain words in the consultation's language) and keeps nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from spinetutor.core.findings import parse_findings
from spinetutor.core.reasoning import describe
from spinetutor.core.reasoning_patterns import load_knowledge
from spinetutor.core.self_care import load_self_care, source_name
from spinetutor.ui.consult.explanation_panel import fit_words, rank_numbers, ranked_title
from spinetutor.ui.consult.findings_panel import SIDES
from spinetutor.ui.consult.handout import EDUCATIONAL, HandoutBlock, HandoutContent
from spinetutor.ui.i18n import translate

if TYPE_CHECKING:
    from spinetutor.ui.consult.mode import ConsultMode

# Handout words, shown through translate("Consult", ...).
HANDOUT_TITLE = QT_TRANSLATE_NOOP("Consult", "Your leg and foot: notes from today")
LEGEND = (QT_TRANSLATE_NOOP("Consult", "Shaded on the picture: the nerve root or nerve that "
                            "best fits, and the areas you marked (P = pain, N = numbness, "
                            "T = tingling)"),
          QT_TRANSLATE_NOOP("Consult", "The picture shows a right leg; a left leg is the "
                            "mirror image"))
CONDITION_LEGEND = (QT_TRANSLATE_NOOP("Consult", "Shaded on the picture: where this happens "
                                      "and the nerves and skin it affects"), LEGEND[1])


def build_handout(mode: ConsultMode) -> HandoutContent:
    """What the handout says right now (nothing is kept after it is written)."""
    told, examined = _told_and_examined(mode)
    intro = ""
    blocks: list[HandoutBlock] = []
    care: list[HandoutBlock] = []
    sources = ""
    if mode.side.explaining_condition():
        cond = mode.side.conditions.current
        assert cond is not None
        blocks = [HandoutBlock(cond.title, (cond.what,)),
                  HandoutBlock(translate("Consult", "What usually helps"), (cond.helps,))]
    else:
        top = mode.side.explanation.top_candidates()
        intro = translate(
            "Consult", "We compared what you told us and what the examination found with "
            "textbook patterns. Most likely first:") if top else \
            translate("Consult", "No single nerve or nerve root stands out from these "
                      "findings.")
        places = rank_numbers([c.score for c in top])
        for index, ((place, tied), cand) in enumerate(zip(places, top, strict=True)):
            plain = mode.library.lesion(cand.lesion).plain
            explain = mode.side.explanation
            supporting = explain.reasons(cand, cand.supporting)
            against = [translate("Consult", "Against: {reason}").format(reason=s)
                       for s in explain.reasons(cand, cand.opposing)[:1]]
            if index == 0:  # the first answer explained, the others with one reason
                bullets = [*supporting[:3], *against]
            else:
                bullets = (against or list(supporting))[:1]
            title = ranked_title(place, tied, plain)
            blocks.append(HandoutBlock(f"{title} ({fit_words(cand.score)})",
                                       bullets=bullets))
        care, sources = _self_care(mode, top[0].lesion if top else "")
    panel = mode.side.red_flags
    return HandoutContent(
        title=translate("Consult", HANDOUT_TITLE), date=_today(mode), intro=intro,
        marks=told, examined=examined, blocks=blocks, care=care, sources=sources,
        clinic=mode.side.clinic.text(),
        urgent_heading=panel.heading() if panel.emergency else "",
        red_flags=panel.emergency,
        soon_heading=panel.soon_heading() if panel.soon else "", soon_flags=panel.soon,
        note=mode.side.note.toPlainText(),
        disclaimer=translate("Consult", EDUCATIONAL),
        legend=tuple(translate("Consult", line) for line in (
            CONDITION_LEGEND if mode.side.explaining_condition() else LEGEND)))


def _told_and_examined(mode: ConsultMode) -> tuple[list[str], list[str]]:
    """The patient's marks, side and history; and the examination, in plain words."""
    told = list(mode.findings_panel.marked_lines())
    side = dict(SIDES).get(mode.findings_panel.side)
    if side:
        told.append(translate("Consult", "Side: {side}").format(
            side=translate("Consult", side).lower()))
    vocab = load_knowledge(language=mode.language).vocab
    examined: list[str] = []
    for item in parse_findings(mode.findings_panel.exam.findings(), vocab).items:
        head = item.atom.partition(":")[0]
        if head == "derived":
            continue
        text = describe(item.atom, vocab)
        (examined if head in ("weak", "normal", "reflex", "test") else told).append(text)
    return told, examined


def _self_care(mode: ConsultMode, lesion: str) -> tuple[list[HandoutBlock], str]:
    """What helps and what to expect for the top answer (emergency advice when flagged)."""
    advice = load_self_care(mode.language)
    if mode.result is not None and mode.result.urgent:
        lesion = "cauda_equina"  # "seek care today" is the only self-care there is
    if lesion not in advice:
        return [], ""
    item = advice[lesion]
    blocks = [HandoutBlock(translate("Consult", "What helps"), (item.care,)),
              HandoutBlock(translate("Consult", "What to expect"), (item.course,))]
    names = "; ".join(source_name(u, mode.language) for u in item.sources)
    return blocks, translate("Consult", "Advice in our own words after: {sources}").format(
        sources=names)


def _today(mode: ConsultMode) -> str:
    """The handout's date (today unless changed), e.g. '5 March 2025', '5 de marzo de 2025'."""
    fmt = translate("Consult", "d MMMM yyyy", "Qt date format for the handout")
    return QLocale(mode.language).toString(mode.side.date.date(), fmt)
