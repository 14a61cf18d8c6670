"""The command line: snapshots, self-test, version and validate work as a user types them."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage

from spinetutor import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spinetutor", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def _non_white_fraction(image: QImage) -> float:
    step = 7
    total = hits = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                hits += 1
    return hits / total


def test_snapshot_writes_a_plate_that_changes_with_the_selection(tmp_path):
    """`spinetutor snapshot` renders a real plate, and selecting L4-L5 changes the picture."""
    plain, chosen = tmp_path / "plain.png", tmp_path / "l45.png"
    assert _run("snapshot", "--out", str(plain), "--size", "1200x800").returncode == 0
    result = _run("snapshot", "--select", "disc:L4-L5", "--out", str(chosen), "--size",
                  "1200x800")
    assert result.returncode == 0, result.stderr
    a, b = QImage(str(plain)), QImage(str(chosen))
    assert (a.width(), a.height()) == (1200, 800)
    assert _non_white_fraction(a) > 0.08
    differing = sum(
        1 for y in range(0, 800, 9) for x in range(0, 1200, 9) if a.pixel(x, y) != b.pixel(x, y))
    assert differing > 200


def test_snapshot_far_lateral_differs_from_posterolateral(tmp_path):
    """The herniation option changes which root and skin the snapshot lights up."""
    post, far = tmp_path / "post.png", tmp_path / "far.png"
    assert _run("snapshot", "--select", "disc:L4-L5", "--out", str(post)).returncode == 0
    assert _run("snapshot", "--select", "disc:L4-L5", "--herniation", "far_lateral",
                "--out", str(far)).returncode == 0
    assert QImage(str(post)) != QImage(str(far))


def test_snapshot_rejects_an_unknown_target(tmp_path):
    """A typo in --select is explained, not a traceback."""
    result = _run("snapshot", "--select", "disc:L9-L10", "--out", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "unknown target 'disc:L9-L10'" in result.stderr
    assert "Traceback" not in result.stderr


def test_self_test_passes_and_version_prints():
    """`--self-test` checks everything bundled and exits 0; `--version` names the version."""
    result = _run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert __version__ in _run("--version").stdout


def test_snapshot_draws_a_condition(tmp_path):
    """`snapshot --pathology` draws the lesion; an unknown one is explained."""
    plain, slip = tmp_path / "plain.png", tmp_path / "slip.png"
    assert _run("snapshot", "--select", "disc:L5-S1", "--herniation", "far_lateral",
                "--out", str(plain)).returncode == 0
    result = _run("snapshot", "--pathology", "spondylolisthesis.isthmic.L5-S1", "--out",
                  str(slip))
    assert result.returncode == 0, result.stderr
    assert QImage(str(plain)) != QImage(str(slip))
    bad = _run("snapshot", "--pathology", "spondylolisthesis.L5", "--out", str(tmp_path / "x"))
    assert bad.returncode == 2 and "unknown pathology 'spondylolisthesis.L5'" in bad.stderr
