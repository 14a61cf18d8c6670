"""Checks pydantic cannot do: atlas ids, images inside the pack, raw HTML, right answers.

Each problem is located through the YAML marks. Regexes keep the common case (no HTML, few
links) fast; markdown-it only confirms suspected HTML so code spans like `<b>` are not flagged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath

from markdown_it import MarkdownIt

from spinetutor.core.lessons import Lesson
from spinetutor.core.quizzes import (
    CaseOption,
    CaseVignette,
    ClickDiagram,
    MarkRegions,
    MultipleChoice,
    OrderPathway,
    Quiz,
    SingleChoice,
)
from spinetutor.core.validation_messages import did_you_mean
from spinetutor.core.yaml_source import ContentError, Path_, YamlDocument

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
_HTML_HINT = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|/[A-Za-z][A-Za-z0-9-]*\s*|!--)")
_LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?", re.M)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_WEB = ("http://", "https://", "mailto:")


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


@dataclass
class CheckContext:
    """Everything a check needs about one file; problems are appended to ``problems``."""

    doc: YamlDocument
    pack_root: str  # resolved (realpath) folder of the pack
    file: str  # this file's path
    known_targets: Callable[[str], bool] | None
    suggest: Callable[[str], str | None]
    problems: list[ContentError] = field(default_factory=list)

    @cached_property
    def file_dir(self) -> str:
        """This file's resolved folder, found only when a picture needs it (speed)."""
        return os.path.dirname(os.path.realpath(self.file))

    def add(self, path: Path_, message: str, fix: str | None = None) -> None:
        self.problems.append(self.doc.error(path, message, fix))

    def add_at(self, mark: tuple[int, int], message: str, fix: str | None = None) -> None:
        self.problems.append(ContentError(self.doc.file, *mark, message, fix))


def check_target(ctx: CheckContext, path: Path_, target: str) -> None:
    """An atlas target must be one the atlas knows (when an atlas is given)."""
    if ctx.known_targets is not None and not ctx.known_targets(target):
        ctx.add(path, f"unknown atlas id '{target}'", ctx.suggest(target))


def check_pathology(ctx: CheckContext, path: Path_, pathology: str) -> None:
    """A `pathology:` step must name a condition the plate draws (pathology.yaml)."""
    from difflib import get_close_matches

    from spinetutor.core.pathology import bundled_ids

    known = bundled_ids()
    if pathology not in known:
        near = get_close_matches(pathology, sorted(known), n=1)
        ctx.add(path, f"unknown pathology '{pathology}'",
                f"did you mean '{near[0]}'?" if near else
                "see assets/atlas/pathology.yaml (add the disc level, e.g. .L4-L5)")


def check_region(ctx: CheckContext, path: Path_, region: str) -> None:
    if ctx.known_targets is not None and not ctx.known_targets(f"region:{region}"):
        hint = ctx.suggest(f"region:{region}")
        ctx.add(path, f"unknown region '{region}'", hint and hint.replace("region:", ""))


def check_image(ctx: CheckContext, path: Path_, name: str, mark: tuple[int, int] | None) -> None:
    """Pictures must be files inside the pack: no web address, absolute path or '..'."""
    def add(message: str, fix: str | None) -> None:
        ctx.add_at(mark, message, fix) if mark else ctx.add(path, message, fix)

    if name.startswith(("/", "\\")) or PureWindowsPath(name).is_absolute():
        add(f"image path '{name}' is absolute", "give the path relative to this file")
        return
    if _SCHEME.match(name):
        add(f"image '{name}' is not a file in the pack (web addresses are never loaded)",
            "save the picture in the pack and give its relative path")
        return
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        add(f"image path '{name}' uses '..'", "keep pictures inside the pack folder")
        return
    resolved = os.path.realpath(os.path.join(ctx.file_dir, name))
    if not resolved.startswith(ctx.pack_root + os.sep):
        add(f"image '{name}' resolves outside the pack", "copy the picture into the pack")
        return
    if os.path.splitext(resolved)[1].lower() not in IMAGE_SUFFIXES:
        add(f"image '{name}' is not a picture file", "use .png, .jpg, .gif, .svg or .webp")
        return
    if not os.path.isfile(resolved):
        folder = Path(resolved).parent
        siblings = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        add(f"image '{name}' not found", did_you_mean(Path(resolved).name, siblings))


def check_text(ctx: CheckContext, path: Path_, text: str) -> None:
    """Markdown: no raw HTML, images inside the pack, links to spinetutor: targets or the web."""
    if "<" in text and _HTML_HINT.search(text):
        for snippet in _html_snippets(text)[:1]:  # one report per text is enough
            ctx.add_at(
                ctx.doc.find_in_value(path, snippet),
                f"raw HTML is not allowed in lesson text ({snippet!r})",
                "use Markdown: **bold**, *italic*, lists, ![alt](images/x.png)",
            )
    if "](" in text:
        for match in _LINK.finditer(text):
            _check_link(ctx, path, match.group(2), is_image=bool(match.group(1)))
    if "]:" in text:
        for match in _REF_DEF.finditer(text):
            _check_link(ctx, path, match.group(1), is_image=False)


def _html_snippets(text: str) -> list[str]:
    found: list[str] = []
    for token in _markdown().parse(text):
        if token.type == "html_block":
            found.append(token.content.strip().splitlines()[0][:60])
        for child in token.children or ():
            if child.type == "html_inline":
                found.append(child.content[:60])
    return found


def _check_link(ctx: CheckContext, path: Path_, url: str, *, is_image: bool) -> None:
    # Locating the link in the source is only needed for a report: look it up lazily.
    def mark() -> tuple[int, int]:
        return (ctx.doc.find_in_value(path, url) if url else None) or ctx.doc.mark(path)

    if is_image:
        check_image(ctx, path, url, ctx.doc.find_in_value(path, url) if url else None)
    elif url.startswith("spinetutor:"):
        target = url.removeprefix("spinetutor:")
        if ctx.known_targets is not None and not ctx.known_targets(target):
            fix = ctx.suggest(target)
            ctx.add_at(mark(), f"link to unknown atlas id '{target}'",
                       fix and fix.replace("'", "'spinetutor:", 1))
    elif not url.startswith(_WEB):
        ctx.add_at(mark(), f"link '{url}' goes nowhere the app can open",
                   "link to the diagram with (spinetutor:root:L5) or to a web page (https://)")


def check_lesson(ctx: CheckContext, lesson: Lesson) -> None:
    base: Path_ = ("lesson",)
    known = ctx.known_targets
    seen: dict[str, int] = {}
    for s_index, section in enumerate(lesson.sections):
        spath = (*base, "sections", s_index)
        if section.id in seen:
            ctx.add((*spath, "id"), f"section id '{section.id}' is used twice in this lesson",
                    "give each section its own id")
        seen[section.id] = s_index
        check_text(ctx, (*spath, "text"), section.text)
        if section.notes:
            check_text(ctx, (*spath, "notes"), section.notes)
        for i_index, image in enumerate(section.images):
            check_image(ctx, (*spath, "images", i_index, "file"), image.file, None)
        for a_index, action in enumerate(section.actions):
            target, regions = action.select, action.highlight_regions
            if target is not None and known is not None and not known(target):
                check_target(ctx, (*spath, "actions", a_index, "select"), target)
            if action.pathology is not None and known is not None:
                check_pathology(ctx, (*spath, "actions", a_index, "pathology"),
                                action.pathology)
            for r_index, region in enumerate(regions or ()):
                check_region(ctx, (*spath, "actions", a_index, "highlight_regions", r_index),
                             region)
    if known is not None:
        for p_index, pair in enumerate(lesson.compare):
            for side in ("a", "b"):
                if not known(getattr(pair, side)):
                    check_target(ctx, (*base, "compare", p_index, side), getattr(pair, side))


def check_quiz(ctx: CheckContext, quiz: Quiz, lesson_id: str | None) -> None:
    base: Path_ = ("quiz",)
    if quiz.mode == "test" and quiz.pass_mark is None:
        ctx.add((*base, "mode"), "a test needs a pass mark", "add e.g. 'pass_mark: 80' (percent)")
    if quiz.mode == "practice" and quiz.pass_mark is not None:
        ctx.add((*base, "pass_mark"), "a practice quiz has no pass mark",
                "remove 'pass_mark' or set 'mode: test'")
    if lesson_id and quiz.lesson and quiz.lesson != lesson_id:
        ctx.add((*base, "lesson"), f"quiz names lesson '{quiz.lesson}' but sits beside "
                f"lesson '{lesson_id}'", "remove 'lesson:' or move the quiz to its own file")
    known = ctx.known_targets
    for q_index, question in enumerate(quiz.questions):
        qpath = (*base, "questions", q_index)
        if known is not None:
            for t_index, target in enumerate(question.about):
                if not known(target):  # paths are built only for a problem (speed)
                    check_target(ctx, (*qpath, "about", t_index), target)
        check_text(ctx, (*qpath, "prompt"), question.prompt)
        check_text(ctx, (*qpath, "explanation"), question.explanation)
        if isinstance(question, CaseVignette):
            check_text(ctx, (*qpath, "case"), question.case)
        _check_question_answers(ctx, question, qpath)


def _check_question_answers(ctx: CheckContext, question: object, qpath: Path_) -> None:
    if isinstance(question, SingleChoice | MultipleChoice | CaseVignette):
        ids: set[str] = set()
        for o_index, option in enumerate(question.options):
            if option.id in ids:
                ctx.add((*qpath, "options", o_index, "id"),
                        f"option id '{option.id}' is used twice in this question")
            ids.add(option.id)
            if isinstance(option, CaseOption) and ctx.known_targets is not None \
                    and not ctx.known_targets(option.lesion):
                check_target(ctx, (*qpath, "options", o_index, "lesion"), option.lesion)
        right = sum(option.correct for option in question.options)
        if isinstance(question, MultipleChoice):
            if right == 0:
                ctx.add((*qpath, "options"), "no option is marked 'correct: true'",
                        "mark every right answer with 'correct: true'")
        elif right != 1:
            ctx.add((*qpath, "options"),
                    f"the answer must be exactly one of the options, but {right} are marked "
                    "'correct: true'", "mark exactly one option with 'correct: true'")
    elif isinstance(question, ClickDiagram):
        for t_index, target in enumerate(question.accepted):
            check_target(ctx, (*qpath, "accepted", t_index), target)
    elif isinstance(question, MarkRegions):
        for r_index, region in enumerate(question.expected):
            check_region(ctx, (*qpath, "expected", r_index), region)
        if len(set(question.expected)) != len(question.expected):
            ctx.add((*qpath, "expected"), "a region is listed twice in 'expected'")
    elif isinstance(question, OrderPathway) and len(set(question.items)) != len(question.items):
        ctx.add((*qpath, "items"), "two steps have the same text",
                "make each step distinct so the order can be checked")
