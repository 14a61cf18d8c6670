"""The handout's words as simple HTML for QTextDocument, laid out to fit one page.

Why compact: an ordinary handout must fit one A4 or Letter page (two at most with red flags),
so the plate sits beside what the patient told us and what was examined, lists are run into
sentences, and only the most likely answer carries its self-care and usual course.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl

from spinetutor.ui.consult.red_flag_panel import general_advice
from spinetutor.ui.i18n import translate

PLATE_URL = QUrl("handout:plate-space")
EDUCATIONAL = QT_TRANSLATE_NOOP(   # pass translate("Consult", EDUCATIONAL) to show it
    "Consult", "Made with SpineTutor for education only: it explains anatomy and is not a "
    "diagnosis. Only a clinician who examines you can say what is wrong.")
BOX = ("<table width='100%' border='{border}' cellpadding='7' cellspacing='0' "
       "style='border-color:#000; border-style:solid' bgcolor='{bg}'><tr><td>{body}</td></tr>"
       "</table>")


@dataclass(frozen=True)
class HandoutBlock:
    """A heading with paragraphs and bullet points, e.g. one candidate or one condition."""

    heading: str
    paragraphs: Sequence[str] = ()
    bullets: Sequence[str] = ()


@dataclass(frozen=True)
class HandoutContent:
    title: str
    date: str
    intro: str = ""
    marks: Sequence[str] = ()
    blocks: Sequence[HandoutBlock] = ()
    urgent_heading: str = ""
    red_flags: Sequence[str] = ()
    soon_heading: str = ""
    soon_flags: Sequence[str] = ()
    note: str = ""
    disclaimer: str = EDUCATIONAL
    legend: Sequence[str] = field(default_factory=tuple)
    clinic: str = ""
    examined: Sequence[str] = ()
    care: Sequence[HandoutBlock] = ()   # self-care and usual course, with the source line
    sources: str = ""


def _e(text: str) -> str:
    return html.escape(text)


def _h2(text: str) -> str:
    return f"<h2 style='font-size:12pt; margin-top:6px; margin-bottom:1px'>{_e(text)}</h2>"


def _flag_box(heading: str, sentences: Sequence[str], urgent: bool) -> str:
    if not heading or not sentences:
        return ""
    colour = "color:white; " if urgent else ""
    size = "14pt" if urgent else "12pt"
    body = (f"<p style='{colour}font-size:{size}; margin:0'><b>\u26a0 {_e(heading)}</b></p>"
            + "".join(f"<p style='{colour}margin-top:3px; margin-bottom:0'>{_e(s)}</p>"
                      for s in sentences))
    return BOX.format(border=3, bg="#7a0000" if urgent else "#fff4ce", body=body) + \
        "<p style='margin:0; font-size:4pt'>&nbsp;</p>"


def _header(content: HandoutContent) -> str:
    clinic = content.clinic.strip() or "_" * 24
    line = translate("Consult", "Clinic: {clinic}    Date: {date}").format(
        clinic=clinic, date=content.date)
    return (f"<h1 style='font-size:15pt; margin:0'>{_e(content.title)}</h1>"
            f"<p style='margin-top:2px; margin-bottom:6px'>{_e(line)}</p>")


def _side_by_side(content: HandoutContent, plate_w: float, plate_h: float) -> str:
    """The plate on the left; what the patient told us and what was examined on the right."""
    right = []
    small = "font-size:9pt; margin-top:0; margin-bottom:4px"
    told = translate("Consult", "What you told us")
    examined = translate("Consult", "What was examined")
    if content.marks:
        right.append(f"<p style='margin:0'><b>{_e(told)}</b></p>"
                     f"<p style='{small}'>{_e('; '.join(content.marks))}.</p>")
    if content.examined:
        right.append(f"<p style='margin:0'><b>{_e(examined)}</b></p>"
                     f"<p style='{small}'>{_e('; '.join(content.examined))}.</p>")
    if content.legend:
        right.append(f"<p style='font-size:8pt; color:#333'>{_e(' '.join(content.legend))}</p>")
    image = (f"<img src='{PLATE_URL.toString()}' width='{int(plate_w)}' "
             f"height='{int(plate_h)}'>")
    return ("<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr>"
            f"<td width='{int(plate_w) + 10}' valign='top'>{image}</td>"
            f"<td valign='top'>{''.join(right)}</td></tr></table>")


def _blocks(blocks: Sequence[HandoutBlock]) -> str:
    out = []
    for block in blocks:
        out.append(f"<p style='margin-top:5px; margin-bottom:0'><b>{_e(block.heading)}</b></p>")
        out.extend(f"<p style='margin-top:1px; margin-bottom:0'>{_e(p)}</p>"
                   for p in block.paragraphs)
        if block.bullets:
            out.append("<ul style='margin-top:0; margin-bottom:0'>"
                       + "".join(f"<li>{_e(b)}</li>" for b in block.bullets) + "</ul>")
    return "".join(out)


def handout_html(content: HandoutContent, plate_w: float, plate_h: float) -> str:
    """The handout's text as simple HTML (everything escaped; no outside resources)."""
    out = [_header(content),
           _flag_box(content.urgent_heading, content.red_flags, urgent=True),
           _flag_box(content.soon_heading, content.soon_flags, urgent=False),
           _side_by_side(content, plate_w, plate_h)]
    if content.intro or content.blocks:
        out.append(_h2(translate("Consult", "Where it may come from")))
        if content.intro:
            out.append(f"<p style='margin:0'>{_e(content.intro)}</p>")
        out.append(_blocks(content.blocks))
    if content.care:
        out.append(_h2(translate("Consult", "What you can do")))
        out.append(_blocks(content.care))
        if content.sources:
            out.append(f"<p style='font-size:8pt; color:#333; margin-top:2px'>"
                       f"{_e(content.sources)}</p>")
    if not content.red_flags:   # with "seek urgent care today" at the top, it is said already
        when = _e(translate("Consult", "When to seek urgent care"))
        out.append("<p style='margin:0; font-size:4pt'>&nbsp;</p>" + BOX.format(
            border=2, bg="#f3f3f3",
            body=f"<p style='margin:0'><b>\u26a0 {when}</b></p>"
                 f"<p style='margin:0; font-size:9pt'>{_e(general_advice())}</p>"))
    if content.note.strip():
        note = "<br>".join(_e(line) for line in content.note.strip().splitlines())
        out.append(_h2(translate("Consult", "A note from your clinician")) + f"<p>{note}</p>")
    return "".join(out)  # the disclaimer is printed in every page's footer
