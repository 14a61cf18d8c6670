"""Search a lesson pack the way a learner thinks: in everything a lesson says.

A learner types "EHL" or "Babinski" and expects the lesson that teaches it, even when the word
is only in a section's text or a quiz question. Every word must appear somewhere in the lesson
(its title, topic, summary, objectives, section titles and texts, and its quizzes' prompts,
options, cases and explanations). Common clinical abbreviations also find their long form, so
"EHL" finds "extensor hallucis longus".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spinetutor.core.lessons import Lesson
from spinetutor.core.quizzes import Quiz

ABBREVIATIONS = {
    "ehl": "extensor hallucis longus",
    "edl": "extensor digitorum longus",
    "edb": "extensor digitorum brevis",
    "fhl": "flexor hallucis longus",
    "fdl": "flexor digitorum longus",
    "slr": "straight leg raise",
    "ces": "cauda equina syndrome",
    "pvr": "post-void residual",
    "umn": "upper motor neuron",
    "lmn": "lower motor neuron",
    "mrc": "medical research council",
    "odi": "oswestry",
    "rmdq": "roland",
    "atr": "angle of trunk rotation",
    "emg": "electromyography",
    "ncs": "nerve conduction",
    "mri": "magnetic resonance",
    "cpn": "common peroneal",
    "dpn": "deep peroneal",
    "spn": "superficial peroneal",
    "lfcn": "lateral femoral cutaneous",
}
_MARKUP = re.compile(r"\]\([^)]*\)|[*_`#>|]")


def _clean(text: str) -> str:
    """Lower-case words without Markdown marks or link targets ('[L5](spinetutor:...)')."""
    return " ".join(_MARKUP.sub(" ", text).lower().split())


def _quiz_texts(quizzes: Iterable[Quiz]) -> list[str]:
    out: list[str] = []
    for quiz in quizzes:
        out.append(quiz.title)
        for question in quiz.questions:
            for name in ("prompt", "explanation", "case"):
                value = getattr(question, name, None)
                if isinstance(value, str):
                    out.append(value)
            out += [str(v) for v in getattr(question, "findings", None) or ()]
            out += [str(v) for v in getattr(question, "items", None) or ()]
            for option in getattr(question, "options", None) or ():
                out += [t for t in (getattr(option, "text", None),
                                    getattr(option, "feedback", None)) if isinstance(t, str)]
    return out


@dataclass(frozen=True)
class SearchHit:
    """A lesson that matches, and the first section that mentions every word (if one does)."""

    lesson_id: str
    section: int | None


def _has(haystack: str, word: str) -> bool:
    if word in haystack:
        return True
    long = ABBREVIATIONS.get(word)
    return long is not None and long in haystack


def matching_sections(lesson: Lesson, query: str) -> list[int]:
    """The sections whose title and text hold every word of `query`."""
    words = _clean(query).split()
    return [index for index, s in enumerate(lesson.sections)
            if words and all(_has(_clean(f"{s.title} {s.text}"), w) for w in words)]


def search_lesson(lesson: Lesson, quizzes: Iterable[Quiz], query: str) -> SearchHit | None:
    """The hit for `query` in this lesson, or None when some word appears nowhere in it."""
    words = _clean(query).split()
    if not words:
        return SearchHit(lesson.id, None)
    sections = [_clean(f"{s.title} {s.text}") for s in lesson.sections]
    head = _clean(" ".join([lesson.title, lesson.topic, lesson.summary or "",
                            *lesson.objectives]))
    everything = " ".join([head, *sections, _clean(" ".join(_quiz_texts(quizzes)))])
    if not all(_has(everything, word) for word in words):
        return None
    if all(_has(head, word) for word in words):
        return SearchHit(lesson.id, None)
    for index, text in enumerate(sections):
        if all(_has(text, word) for word in words):
            return SearchHit(lesson.id, index)
    return SearchHit(lesson.id, None)
