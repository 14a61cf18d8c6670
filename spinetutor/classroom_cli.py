"""`spinetutor classroom serve`: open one class question to the room's phones, headless.

For scripts, tests and instructors without the app on screen: prints the address students
open and the results address with the instructor's key, then serves until Ctrl+C (or SIGTERM)
and prints the final counts. Plate questions render their picture offscreen with Qt.
"""

from __future__ import annotations

import difflib
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from spinetutor import paths
from spinetutor.core.atlas import Atlas, load_atlas
from spinetutor.core.classroom_poll import Poll, is_plate_question, poll_for
from spinetutor.core.classroom_server import ClassroomServer
from spinetutor.core.lesson_pack import load_pack
from spinetutor.core.net_addresses import default_address
from spinetutor.core.quizzes import Question


def find_question(root: Path, question_id: str, atlas: Atlas) -> tuple[Question | None, str]:
    """(the question, '') or (None, why not: with close ids and the pack's problems)."""
    pack = load_pack(root, atlas.knows)
    questions = {q.id: q for quiz in pack.quizzes for q in quiz.questions}
    if question_id in questions:
        return questions[question_id], ""
    why = f"no question '{question_id}' in {root}"
    close = difflib.get_close_matches(question_id, list(questions), n=3)
    if close:
        why += f" (did you mean {', '.join(close)}?)"
    if pack.problems:
        why += f"; the pack has {len(pack.problems)} problem(s), first: {pack.problems[0]}"
    return None, why


def build_poll(question: Question, atlas: Atlas, language: str) -> Poll:
    picture, tap_map = b"", None
    if is_plate_question(question):
        from spinetutor.ui.app import ensure_app
        from spinetutor.ui.diagram.scene import PlateScene, plate_svg_for
        from spinetutor.ui.present.plate_picture import plate_picture

        ensure_app(offscreen=True)
        picture, tap_map = plate_picture(PlateScene(atlas, plate_svg_for(language)), question)
    return poll_for(question, lambda t: atlas.name_of(t, language=language), language,
                    picture, tap_map)


def run_serve(question_id: str, lessons: Path | None, port: int, pin: str, host: str | None,
              language: str = "en", out: TextIO = sys.stdout,
              stop: threading.Event | None = None) -> int:
    atlas = load_atlas()
    question, why = find_question(lessons or paths.lessons_dir(), question_id, atlas)
    if question is None:
        print(f"spinetutor classroom: {why}", file=sys.stderr)
        return 2
    try:
        poll = build_poll(question, atlas, language)
        server = ClassroomServer(poll, pin, host or default_address(), port, language)
    except ValueError as problem:
        print(f"spinetutor classroom: {problem}", file=sys.stderr)
        return 2
    except OSError as problem:
        print(f"spinetutor classroom: cannot listen on {host}:{port}: "
              f"{problem.strerror or problem}", file=sys.stderr)
        return 1
    stop = stop or threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set()) \
        if threading.current_thread() is threading.main_thread() else None
    server.start()
    print(f"Question {question.id}: {question.prompt.splitlines()[0]}", file=out)
    print(f"Students open: {server.student_url}  (PIN {pin})", file=out)
    print(f"Results (instructor only): {server.results_url}", file=out)
    print("Press Ctrl+C to stop.", file=out, flush=True)
    shown = 0
    try:
        while not stop.wait(1.0):
            answered, _ = poll.counts()
            if answered != shown:
                shown = answered
                print(f"{answered} answer(s)", file=out, flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    answered, _ = poll.counts()
    print(f"Stopped. {answered} answer(s):", file=out)
    for _key, label, count, right in poll.bars():
        print(f"  {count:4d}  {label}{'  (right)' if right else ''}", file=out)
    out.flush()
    return 0
