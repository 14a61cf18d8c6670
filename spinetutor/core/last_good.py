"""While an instructor edits a lesson during class, keep its last good version on screen.

A save with a mistake used to make the lesson vanish from the browser and the slide in the
middle of a class. On a reload, a lesson (and its quizzes) whose file now has a problem is
kept as it was last loaded, with the problem that stops the new version, until the file is
fixed. A lesson whose file was deleted or renamed away is not kept: that was meant.
"""

from __future__ import annotations

from spinetutor.core.lesson_pack import LoadedPack, display_path


def keep_last_good(new: LoadedPack, old: LoadedPack | None) -> LoadedPack:
    """`new` plus every lesson and quiz of `old` that a broken file now hides."""
    if old is None or not new.problems:
        return new
    broken = {}
    for problem in new.problems:
        broken.setdefault(problem.file, problem)
    lessons, quizzes = list(new.lessons), list(new.quizzes)
    files, stale = dict(new.files), dict(new.stale)
    have_lessons = {lesson.id for lesson in lessons}
    have_quizzes = {quiz.id for quiz in quizzes}
    for lesson in old.lessons:
        path = old.files.get(f"lesson:{lesson.id}")
        if lesson.id in have_lessons or path is None or display_path(path) not in broken:
            continue
        lessons.append(lesson)
        have_lessons.add(lesson.id)
        files[f"lesson:{lesson.id}"] = path
        stale[lesson.id] = broken[display_path(path)]
    for quiz in old.quizzes:
        path = old.files.get(f"quiz:{quiz.id}")
        if quiz.id in have_quizzes or quiz.lesson not in have_lessons or path is None \
                or display_path(path) not in broken:
            continue
        quizzes.append(quiz)
        files[f"quiz:{quiz.id}"] = path
        if quiz.lesson not in stale:
            stale[str(quiz.lesson)] = broken[display_path(path)]
    if len(lessons) == len(new.lessons) and len(quizzes) == len(new.quizzes):
        return new
    position = {lesson.id: i for i, lesson in enumerate(old.lessons)}
    lessons.sort(key=lambda les: (les.order is None, les.order or 0,
                                  position.get(les.id, len(position))))
    return LoadedPack(tuple(lessons), tuple(quizzes), new.problems, files, stale)
