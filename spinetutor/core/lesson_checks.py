"""Checks pydantic cannot do: atlas ids, images inside the pack, raw HTML, right answers.

Each problem is located through the YAML marks, only when there is a problem. Every check is
linear in the text it reads (``markdown_scan``; a pack is untrusted input), pictures go through
the one resolver the views use (``pack_pictures``), and a file lists at most
``MAX_PROBLEMS_PER_FILE`` problems.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spinetutor.core.lessons import Lesson
from spinetutor.core.markdown_scan import code_masked, html_tags, links, reference_urls
from spinetutor.core.pack_pictures import (
    PictureRefused,
    picture_problem,
    read_picture,
    resolve_picture,
    url_name,
)
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
from spinetutor.core.validation_messages import MAX_LISTED, capped, did_you_mean
from spinetutor.core.yaml_source import ContentError, Path_, YamlDocument

MAX_TEXT_CHARS = 20_000  # one section's Markdown: more is never read on a slide
MAX_PROBLEMS_PER_FILE = MAX_LISTED  # more are counted, not listed (nobody reads 40,000 lines)
_WEB = ("http://", "https://", "mailto:")


@dataclass
class CheckContext:
    """Everything a check needs about one file; problems are appended to ``problems``."""

    doc: YamlDocument
    pack_root: str  # resolved (realpath) folder of the pack
    file: str  # this file's path
    known_targets: Callable[[str], bool] | None
    suggest_target: Callable[[str], str | None]
    problems: list[ContentError] = field(default_factory=list)
    unlisted: int = 0  # problems past MAX_PROBLEMS_PER_FILE
    pictures: dict[str, PictureRefused | None] = field(default_factory=dict)

    @cached_property
    def file_dir(self) -> str:
        """This file's resolved folder, found only when a picture needs it (speed)."""
        return os.path.dirname(os.path.realpath(self.file))

    @property
    def full(self) -> bool:
        """True once enough problems are listed: later ones are only counted (speed)."""
        return len(self.problems) >= MAX_PROBLEMS_PER_FILE

    def suggest(self, target: str) -> str | None:
        return None if self.full or len(target) > 80 else self.suggest_target(target)

    def add(self, path: Path_, message: str, fix: str | None = None) -> None:
        if self.full:
            self.unlisted += 1
        else:
            self.problems.append(self.doc.error(path, message, fix))

    def add_at(self, mark: tuple[int, int] | Callable[[], tuple[int, int]], message: str,
               fix: str | None = None) -> None:
        if self.full:
            self.unlisted += 1
            return
        line, column = mark() if callable(mark) else mark
        self.problems.append(ContentError(self.doc.file, line, column, message, fix))

    def sorted_problems(self) -> list[ContentError]:
        """The problems in file order, then one line saying how many were not listed."""
        return capped(self.problems, self.unlisted)


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


def check_image(ctx: CheckContext, path: Path_, name: str,
                mark: Callable[[], tuple[int, int]] | None, written: str | None = None) -> None:
    """Pictures must be real files inside the pack (``pack_pictures``), drawable safely."""
    if ctx.full:
        return  # nothing more is listed: spare the disk
    key = f"{ctx.file_dir}/{name}"
    if key not in ctx.pictures:
        ctx.pictures[key] = _picture_problem(ctx, name)
    problem = ctx.pictures[key]
    if problem is not None:
        message = problem.message
        if written is not None and written != name:  # a Markdown address, percent-decoded
            message += f" (written '{written}')"
        ctx.add_at(mark, message, problem.fix) if mark else ctx.add(path, message, problem.fix)


def _picture_problem(ctx: CheckContext, name: str) -> PictureRefused | None:
    try:
        real = resolve_picture(ctx.pack_root, ctx.file_dir, name)
    except PictureRefused as refused:
        if refused.message.endswith("not found"):
            folder = Path(ctx.file_dir, name).parent
            try:
                siblings = [p.name for p in folder.iterdir()] if folder.is_dir() else []
            except OSError:
                siblings = []
            refused.fix = did_you_mean(Path(name).name, siblings[:1000])
        return refused
    try:
        data = read_picture(real)
    except PictureRefused as refused:
        refused.message = f"image '{name}': {refused.message}"
        return refused
    svg = real.lower().endswith(".svg")
    why = picture_problem(data, svg)
    if why:
        fix = ("remove the reference or embed the picture" if svg
               else "save it again as PNG or JPEG, at most 4000 pixels across")
        return PictureRefused(f"image '{name}': {why}", fix)
    return None


def check_text(ctx: CheckContext, path: Path_, text: str) -> None:
    """Markdown: no raw HTML, images inside the pack, links to spinetutor: targets or the web.

    Every scan is linear in the text (``markdown_scan``); long texts are refused first.
    """
    if len(text) > MAX_TEXT_CHARS:
        ctx.add(path, f"this text is {len(text):,} characters long, more than "
                f"{MAX_TEXT_CHARS:,}", "split it into several sections or questions")
        return
    if not ("<" in text or "](" in text or "]:" in text):
        return
    masked = code_masked(text)
    for tag in html_tags(masked):  # one report per text is enough
        snippet = text[tag.start():tag.end()][:60]
        ctx.add_at(lambda s=snippet: ctx.doc.find_in_value(path, s),
                   f"raw HTML is not allowed in lesson text ({snippet!r})",
                   "use Markdown: **bold**, *italic*, lists, ![alt](images/x.png)")
        break
    if "](" in masked:
        for link in links(masked):
            _check_link(ctx, path, link.url, is_image=link.image)
    if "]:" in masked:
        for url, _offset in reference_urls(masked):
            _check_link(ctx, path, url, is_image=False)


def _check_link(ctx: CheckContext, path: Path_, url: str, *, is_image: bool) -> None:
    # Locating the link in the source is only needed for a report: look it up lazily.
    def mark() -> tuple[int, int]:
        return (ctx.doc.find_in_value(path, url) if url else None) or ctx.doc.mark(path)

    if is_image:
        check_image(ctx, path, url_name(url), mark, written=url)
    elif url.startswith("spinetutor:"):
        target = url.removeprefix("spinetutor:")
        if ctx.known_targets is not None and not ctx.known_targets(target):
            fix = ctx.suggest(target)
            ctx.add_at(mark, f"link to unknown atlas id '{target}'",
                       fix and fix.replace("'", "'spinetutor:", 1))
    elif not url.startswith(_WEB):
        ctx.add_at(mark, f"link '{url[:200]}' goes nowhere the app can open",
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
    _check_translations(ctx, lesson)


def _check_translations(ctx: CheckContext, lesson: Lesson) -> None:
    """Translated texts obey the same rules (they are shown the same way)."""
    for language, words in lesson.translations.items():
        for section_id, section in words.sections.items():
            where = ("lesson", "translations", language, "sections", section_id)
            for name in ("text", "notes"):
                text = getattr(section, name)
                if text:
                    check_text(ctx, (*where, name), text)


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
