"""Load a lesson pack: every *.yaml under a folder, each problem located, bad files skipped.

One broken file never stops the others: a file with any problem is left out and its problems
are reported; lessons and quizzes from good files load. Atlas knowledge comes in as a predicate
(``known_targets``) so the pack loader never depends on how the atlas is stored.
"""

from __future__ import annotations

import difflib
import gc
import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from spinetutor.core import lessons as lesson_models
from spinetutor.core import quizzes as quiz_models
from spinetutor.core.lesson_checks import CheckContext, check_lesson, check_quiz
from spinetutor.core.lesson_salvage import TranslatedDoc, salvage_model
from spinetutor.core.lessons import Lesson, LessonFile
from spinetutor.core.quizzes import Quiz
from spinetutor.core.tree_cache import TreeCache
from spinetutor.core.validation_messages import capped, data_path, did_you_mean, validation_errors
from spinetutor.core.yaml_source import ContentError, Path_, YamlDocument, load_yaml_file

PACK_SUFFIXES = (".yaml", ".yml")
_MODELS = (
    lesson_models.LessonFile, lesson_models.Lesson, lesson_models.Section,
    lesson_models.SectionAction, lesson_models.Source, lesson_models.Image,
    lesson_models.ComparePair, quiz_models.Quiz,
    quiz_models.Option, quiz_models.CaseOption, quiz_models.SingleChoice,
    quiz_models.TrueFalse, quiz_models.ClickDiagram, quiz_models.MarkRegions,
    quiz_models.CaseVignette, quiz_models.OrderPathway,
)
TargetPredicate = Callable[[str], bool]


@dataclass(frozen=True)
class FileResult:
    """What one file gave: its lesson and/or quiz when it is clean, else only problems."""

    path: Path
    lesson: Lesson | None
    quiz: Quiz | None
    problems: tuple[ContentError, ...]
    doc: YamlDocument | None = None


@dataclass(frozen=True)
class LoadedPack:
    """The good lessons and quizzes of a pack plus every problem found."""

    lessons: tuple[Lesson, ...]
    quizzes: tuple[Quiz, ...]
    problems: tuple[ContentError, ...]
    files: dict[str, Path] = field(default_factory=dict)  # "lesson:<id>"/"quiz:<id>" -> file
    # lessons kept in their last good version while their file is broken (keep_last_good)
    stale: dict[str, ContentError] = field(default_factory=dict)

    @property
    def question_count(self) -> int:
        return sum(len(quiz.questions) for quiz in self.quizzes)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def quizzes_for(self, lesson_id: str) -> tuple[Quiz, ...]:
        return tuple(quiz for quiz in self.quizzes if quiz.lesson == lesson_id)


def display_path(path: str | Path) -> str:
    """The path relative to the working directory when it lies below it (for messages)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def make_suggester(targets: Collection[str]) -> Callable[[str], str | None]:
    """'did you mean ...?' for a mistyped atlas target, preferring the same kind (root:, ...)."""
    ordered = sorted(targets)
    by_id: dict[str, list[str]] = {}
    for target in ordered:
        by_id.setdefault(target.partition(":")[2].lower(), []).append(target)

    def suggest(target: str) -> str | None:
        kind, colon, ident = target.partition(":")
        same_id = by_id.get((ident if colon else kind).lower(), [])
        if 1 <= len(same_id) <= 3:
            return "did you mean " + " or ".join(f"'{t}'" for t in same_id) + "?"
        same_kind = [t for t in ordered if t.startswith(f"{kind}:")] if colon else []
        found = difflib.get_close_matches(target, same_kind or ordered, n=1, cutoff=0.6)
        return f"did you mean '{found[0]}'?" if found else None

    return suggest


def load_lesson_file(
    path: Path,
    pack_root: Path,
    known_targets: TargetPredicate | None = None,
    suggest: Callable[[str], str | None] = lambda _: None,
) -> FileResult:
    """Parse, validate and check one file (also used to reload a file after it is saved)."""
    return _load_file(path, display_path(path), os.path.realpath(pack_root), known_targets,
                      suggest)


def _load_file(
    path: Path,
    name: str,
    real_root: str,
    known_targets: TargetPredicate | None,
    suggest: Callable[[str], str | None],
    trees: TreeCache | None = None,
) -> FileResult:
    """``load_lesson_file`` with its display name and the pack's resolved folder worked out."""
    outside = _outside_pack(path, real_root)
    if outside is not None:
        return FileResult(path, None, None, (ContentError(name, 1, 1, outside, (
            "copy the file itself into the pack")),))
    try:
        doc = load_yaml_file(path, name, trees)
    except ContentError as problem:
        return FileResult(path, None, None, (problem,))
    if doc.data is None:
        problem = ContentError(name, 1, 1, "the file is empty", "start with 'lesson:' or 'quiz:'")
        return FileResult(path, None, None, (problem,), doc)
    if not isinstance(doc.data, dict):
        problem = doc.error((), "a lesson file must be a mapping starting with 'lesson:' or "
                            "'quiz:'", "see docs/AUTHORING.md for a complete example")
        return FileResult(path, None, None, (problem,), doc)
    try:
        parsed = LessonFile.model_validate(doc.data)
    except ValidationError as exc:
        return FileResult(path, None, None,
                          _every_problem(doc, exc, path, real_root, known_targets, suggest), doc)
    ctx = CheckContext(doc, real_root, os.fspath(path), known_targets, suggest)
    lesson, quiz = _check_parsed(ctx, parsed)
    if ctx.problems:
        return FileResult(path, None, None, tuple(ctx.sorted_problems()), doc)
    return FileResult(path, lesson, quiz, (), doc)


def _check_parsed(ctx: CheckContext, parsed: LessonFile,
                  raw_lesson_id: str | None = None) -> tuple[Lesson | None, Quiz | None]:
    """The checks pydantic cannot do (atlas ids, pictures, links, answers); problems go to
    ctx. Returns the lesson and the quiz (with its lesson filled in when it sits beside one)."""
    lesson, quiz = parsed.lesson, parsed.quiz
    beside = lesson.id if lesson else raw_lesson_id
    if lesson is not None:
        check_lesson(ctx, lesson)
    if quiz is not None:
        check_quiz(ctx, quiz, beside)
        if quiz.lesson is None:
            if beside is None:
                ctx.add(("quiz",), "this quiz does not say which lesson it belongs to",
                        "add 'lesson: <lesson id>' under 'quiz:'")
            else:
                quiz = quiz.model_copy(update={"lesson": beside})
    return lesson, quiz


def _every_problem(doc: YamlDocument, exc: ValidationError, path: Path, real_root: str,
                   known_targets: TargetPredicate | None,
                   suggest: Callable[[str], str | None]) -> tuple[ContentError, ...]:
    """Every problem of a file pydantic refused: its errors, then (lesson_salvage) the
    errors and checks of what is left once the failing parts are cut out."""
    found = list(validation_errors(doc, exc, _MODELS, suggest))

    def problem_paths(error: ValidationError, data: object) -> list[tuple[Path_, str]]:
        return [(data_path(tuple(e["loc"]), data), e["type"])
                for e in error.errors(include_url=False)]

    def report(error: ValidationError, seen_through: TranslatedDoc) -> None:
        salvage = seen_through.salvage
        consequences = [e for e in error.errors(include_url=False) if e["type"] == "too_short"
                        and salvage.was_cut(data_path(tuple(e["loc"]), salvage.data))]
        stand_ins = {seen_through.error(path, "").location() for path in salvage.filled}
        if len(consequences) < error.error_count():
            found.extend(problem for problem in validation_errors(
                seen_through, error, _MODELS, suggest)  # type: ignore[arg-type]
                if ("needs at least" not in problem.message or not consequences)
                and problem.location() not in stand_ins)

    parsed, salvage = salvage_model(doc, exc, LessonFile, problem_paths, report)
    if parsed is not None and salvage is not None:
        ctx = CheckContext(TranslatedDoc(doc, salvage), real_root,  # type: ignore[arg-type]
                           os.fspath(path), known_targets, suggest)
        raw = doc.data.get("lesson") if isinstance(doc.data, dict) else None
        raw_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) \
            else None
        _check_parsed(ctx, parsed, raw_id)
        found.extend(ctx.problems)
        return tuple(capped(found, ctx.unlisted))
    return tuple(capped(found))


def _outside_pack(path: Path, real_root: str) -> str | None:
    """Why a lesson file must not be read: a link leading out of the pack (None when fine).

    The pack is untrusted: a ``*.yaml`` symbolic link to a file elsewhere would show that
    file's words in the Problems panel.
    """
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
        return None
    return "this file is a symbolic link to a file outside the pack; it was not read"


def pack_files(root: Path) -> list[Path]:
    """Every lesson file under ``root`` (or ``root`` itself when it is a file), sorted.

    What ``sorted(root.rglob("*"))`` keeps with ``is_file()``, without a stat per file or a
    sort of Path objects: each folder is read in name order and folders reached through a
    symlink are not entered; unreadable folders are skipped.
    """
    if root.is_file():
        return [root]
    found: list[str] = []
    _collect(os.fspath(root), found)
    return [Path(path) for path in found]


def _collect(folder: str, found: list[str]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: os.path.normcase(entry.name))
    except OSError:
        return
    for entry in entries:  # name order per folder = Path order of the full paths
        name = entry.name
        dot = name.rfind(".")  # Path.suffix: a leading or trailing dot is no suffix
        if entry.is_dir(follow_symlinks=False):
            _collect(entry.path, found)
        elif 0 < dot < len(name) - 1 and name[dot:].lower() in PACK_SUFFIXES and entry.is_file():
            found.append(entry.path)


def load_pack(
    root: str | Path,
    known_targets: TargetPredicate | None = None,
    suggestions: Iterable[str] = (),
    cache: PackCache | None = None,
    trees: TreeCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadedPack:
    """Load every lesson file of a pack folder (or one file); never raises for bad content.

    ``progress(done, total)`` (optional) is called after each file, for a progress display.

    ``cache`` (optional, owned by the caller) keeps each file's result keyed by its size and
    modification time, so reloading after one file is saved re-reads only that file. Use a new
    cache when the atlas changes. ``trees`` (optional) gives the parsed YAML of files whose
    bytes were parsed in an earlier run (tree_cache.py); the caller saves it afterwards.
    """
    root = Path(root)
    name = display_path(root)
    if not root.exists():
        problem = ContentError(name, 1, 1, "no such file or folder")
        return LoadedPack((), (), (problem,))
    try:
        files = pack_files(root)
    except OSError as exc:
        problem = ContentError(name, 1, 1, f"cannot read the folder: {exc.strerror or exc}")
        return LoadedPack((), (), (problem,))
    if not files:
        problem = ContentError(name, 1, 1, "no lesson files (*.yaml) found here")
        return LoadedPack((), (), (problem,))
    real_root = os.path.realpath(root.parent if root.is_file() else root)
    suggest = make_suggester(frozenset(suggestions))
    was_enabled = gc.isenabled()
    gc.disable()  # parsing makes ~200 small acyclic objects per question; GC passes only cost
    try:
        results = []
        for done, path in enumerate(files, 1):
            results.append(_cached(cache, path, display_path(path), real_root, known_targets,
                                   suggest, trees))
            if progress is not None:
                progress(done, len(files))
        return _combine(results)
    finally:
        if was_enabled:
            gc.enable()


class PackCache(dict[str, tuple[tuple[int, int], FileResult]]):
    """Per-file results from earlier loads: path -> ((size, mtime_ns), result)."""


def _cached(
    cache: PackCache | None,
    path: Path,
    name: str,
    real_root: str,
    known_targets: TargetPredicate | None,
    suggest: Callable[[str], str | None],
    trees: TreeCache | None,
) -> FileResult:
    if cache is None:
        return _load_file(path, name, real_root, known_targets, suggest, trees)
    try:
        stat = path.stat()
        signature = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        return _load_file(path, name, real_root, known_targets, suggest, trees)
    key = str(path)
    hit = cache.get(key)
    if hit is not None and hit[0] == signature:
        return hit[1]
    result = _load_file(path, name, real_root, known_targets, suggest, trees)
    cache[key] = (signature, result)
    return result


def _combine(results: list[FileResult]) -> LoadedPack:
    """Cross-file checks: duplicate ids (naming both places) and quizzes' lessons.

    Places are located only when two clash: finding a mark parses that file again.
    """
    problems = [problem for result in results for problem in result.problems]
    first_seen: dict[tuple[str, str], tuple[YamlDocument, Path_]] = {}
    good: list[FileResult] = []
    for result in results:
        doc = result.doc
        if doc is None or (result.lesson is None and result.quiz is None):
            continue
        places: list[tuple[str, str, Path_]] = []
        if result.lesson is not None:
            places.append(("lesson", result.lesson.id, ("lesson", "id")))
        if result.quiz is not None:
            places.append(("quiz", result.quiz.id, ("quiz", "id")))
            places += [
                ("question", q.id, ("quiz", "questions", i, "id"))
                for i, q in enumerate(result.quiz.questions)
            ]
        clashes = []
        for kind, ident, path in places:
            first = first_seen.get((kind, ident))
            if first is None:
                first_seen[(kind, ident)] = (doc, path)
            else:
                where = first[0].error(first[1], "").location()
                clashes.append(doc.error(
                    path, f"duplicate {kind} id '{ident}' (also used at {where})",
                    f"give this {kind} a new id",
                ))
        if clashes:
            problems.extend(dict.fromkeys(clashes))
        else:
            good.append(result)
    lessons = [r.lesson for r in good if r.lesson is not None]
    lesson_ids = [lesson.id for lesson in lessons]
    known_lessons = frozenset(lesson_ids)
    quizzes: list[Quiz] = []
    files: dict[str, Path] = {}
    for result in good:
        quiz = result.quiz
        if result.lesson is not None:
            files[f"lesson:{result.lesson.id}"] = result.path
        if quiz is None:
            continue
        if quiz.lesson not in known_lessons and result.doc is not None:
            problems.append(result.doc.error(
                ("quiz", "lesson"), f"quiz belongs to unknown lesson '{quiz.lesson}'",
                did_you_mean(str(quiz.lesson), lesson_ids),
            ))
            continue
        quizzes.append(quiz)
        files[f"quiz:{quiz.id}"] = result.path
    position = {id(lesson): index for index, lesson in enumerate(lessons)}
    lessons.sort(key=lambda les: (les.order is None, les.order or 0, position[id(les)]))
    return LoadedPack(tuple(lessons), tuple(quizzes), tuple(problems), files)
