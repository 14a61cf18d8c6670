"""The self-test checks the content the started window really loaded, and names what is wrong."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from spinetutor import paths
from spinetutor.ui.self_test import run_self_test


def _run(qtbot) -> tuple[int, str]:
    out = io.StringIO()
    code = run_self_test(out)
    return code, out.getvalue()


def test_the_bundled_app_passes(qtbot) -> None:
    code, text = _run(qtbot)
    assert code == 0, text
    assert "ok   lessons: 19 lessons" in text
    assert "ok   main window rendered at 1280x800" in text


def test_a_broken_bundled_lesson_fails_the_lessons_check(qtbot, tmp_path, monkeypatch) -> None:
    lessons = tmp_path / "lessons"
    shutil.copytree(paths.lessons_dir(), lessons)
    first = sorted(lessons.glob("*.yaml"))[0]
    first.write_text(first.read_text(encoding="utf-8").replace("title:", "titel:", 1),
                     encoding="utf-8")
    monkeypatch.setattr(paths, "lessons_dir", lambda: Path(lessons))
    code, text = _run(qtbot)
    assert code == 1
    assert "FAIL lessons:" in text and first.name in text
    assert "ok   main window rendered" in text  # the app still starts and says what is wrong
