"""Question → tags for the dashboard and class view, built from the lesson pack.

Qt-free on purpose (tests and the class view share it). Tags: a root target ``root:L5``
becomes ``L5`` (the spine chart's rows); nerves and discs keep their target
(``nerve:sural``); each question also gets its lesson's topic (``topic:Roots and the foot``).
Regions and skin patches are left out: too fine-grained to be a useful "study this".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from spinetutor.core.lesson_pack import LoadedPack

ROOT_LEVELS = ("L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5")
_KEPT_KINDS = ("nerve", "disc")
NameOf = Callable[[str], str]


def tags_of(about: Iterable[str], topic: str | None = None) -> tuple[str, ...]:
    """The dashboard tags of one question's ``about`` targets (and its lesson topic)."""
    tags: list[str] = []
    for target in about:
        kind, _, ident = target.partition(":")
        if kind == "root":
            tags.append(ident)
        elif kind in _KEPT_KINDS:
            tags.append(target)
    if topic:
        tags.append(f"topic:{topic}")
    return tuple(dict.fromkeys(tags))


def question_tags(pack: LoadedPack) -> dict[str, tuple[str, ...]]:
    """Every question id of the pack → its tags."""
    topics = {lesson.id: lesson.topic for lesson in pack.lessons}
    out: dict[str, tuple[str, ...]] = {}
    for quiz in pack.quizzes:
        topic = topics.get(quiz.lesson or "")
        for question in quiz.questions:
            out[question.id] = tags_of(question.about, topic)
    return out


def plain_text(markdown: str) -> str:
    """A prompt without Markdown marks, on one line, for tables and buttons."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`#>]+", "", text)
    return " ".join(text.split())


def question_prompts(pack: LoadedPack) -> dict[str, str]:
    """Question id → its prompt as plain text (case vignettes: the start of the case)."""
    out: dict[str, str] = {}
    for quiz in pack.quizzes:
        for question in quiz.questions:
            case = getattr(question, "case", None)
            out[question.id] = plain_text(case or question.prompt)
    return out


def questions_with_tag(tags: Mapping[str, Iterable[str]], tag: str) -> list[str]:
    """Question ids carrying ``tag``, in pack order."""
    return [qid for qid, its in tags.items() if tag in its]


def tag_label(tag: str, name_of: NameOf | None = None) -> str:
    """A readable name: 'L5 root', 'Sural nerve', 'L4-L5 disc', or the topic itself."""
    kind, colon, ident = tag.partition(":")
    if not colon:
        return f"{tag} root"
    if kind == "topic" and name_of is None:
        return ident
    if name_of is not None:
        try:
            return name_of(tag)
        except (KeyError, ValueError):
            pass
    if kind == "topic":
        return ident
    words = ident.replace("_", " ")
    return f"{words[:1].upper()}{words[1:]} {kind}"
