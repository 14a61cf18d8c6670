"""`spinetutor validate`: one line per problem, a summary line, exit 1 on problems, no traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from _pack_helpers import TARGETS, write

from spinetutor.validate_cli import run_validate

ROOT = Path(__file__).resolve().parents[2]
GOOD = """\
lesson:
  id: good
  title: Good
  topic: T
  level: intro
  minutes: 5
  objectives: [o]
  sources: [s]
  sections:
    - {id: s1, title: S, text: 'See [L5](spinetutor:root:L5).'}
quiz:
  id: good-quiz
  title: Q
  questions:
    - {id: g1, type: true_false, prompt: p, explanation: e, about: [root:L5], answer: yes}
    - {id: g2, type: click_diagram, prompt: p, explanation: e, about: [root:L5],
       accepted: [root:L5]}
"""


def validate(paths: list[str]) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_validate(paths, known_targets=TARGETS.__contains__, suggestions=TARGETS, out=out)
    return code, out.getvalue().splitlines()


def test_clean_pack_exits_zero_with_counts(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean pack prints only the summary and exits 0."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pack", "good.yaml", GOOD)
    assert validate(["pack"]) == (0, ["1 lesson, 2 questions, 0 problems"])


def test_problems_are_listed_relative_and_exit_one(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Each problem is one file:line:column line relative to the cwd; exit code 1."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pack", "good.yaml", GOOD)
    write(tmp_path / "pack", "bad.yaml", GOOD.replace("id: good", "id: bad")
          .replace("g1", "b1").replace("g2", "b2").replace("root:L5)", "root:L55)"))
    code, lines = validate([str(tmp_path / "pack"), "missing-folder"])
    bad = str(Path("pack") / "bad.yaml")
    assert code == 1
    assert lines == [
        f"{bad}:10:42: link to unknown atlas id 'root:L55'; did you mean 'spinetutor:root:L5'?",
        "missing-folder:1:1: no such file or folder",
        "1 lesson, 2 questions, 2 problems",
    ]


def test_single_file_can_be_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An author can check just the file they are editing."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "one.yaml", GOOD)
    assert validate(["one.yaml"])[0] == 0


def test_command_line_never_shows_a_traceback(tmp_path: Path) -> None:
    """Garbage content gives located problems and exit 1 from the real command, no traceback."""
    (tmp_path / "bin.yaml").write_bytes(b"\x00\xff\xfe garbage")
    write(tmp_path, "tag.yaml", "lesson: !!python/object/apply:os.system [echo hi]\n")
    write(tmp_path, "list.yaml", "- just\n- a list\n")
    result = subprocess.run(
        [sys.executable, "-m", "spinetutor.validate_cli", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "0 lessons, 0 questions, 3 problems"
    assert len(lines) == 4


def test_example_pack_passes_the_real_command() -> None:
    """docs/example-pack validates cleanly with the app's own atlas."""
    result = subprocess.run(
        [sys.executable, "-m", "spinetutor.validate_cli", "docs/example-pack"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.stdout.splitlines()[-1] == "1 lesson, 7 questions, 0 problems", result.stderr
    assert result.returncode == 0
