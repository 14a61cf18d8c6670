"""The desktop entry, AppStream metadata, icons and PyInstaller spec that ship SpineTutor."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from spinetutor import __version__
from spinetutor.ui.self_test import REQUIRED_FILES

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.spinetutor.SpineTutor"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "spinetutor.spec"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt: desktop-file-utils)")
def test_desktop_entry_is_valid():
    """The app appears in Linux application menus: desktop-file-validate accepts its entry."""
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (apt-get install appstream)")
def test_appstream_metainfo_is_valid():
    """Software centres can list SpineTutor: appstreamcli validates its metainfo offline."""
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_agree():
    """The menu entry, the software-centre page and the icon all use the same app id."""
    desktop = DESKTOP.read_text(encoding="utf-8")
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop and "Exec=spinetutor\n" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert f'<release version="{__version__}"' in metainfo  # release notes match the app
    assert "<project_license>MIT</project_license>" in metainfo


def test_spec_bundles_content_and_leaves_out_unused_qt():
    """The bundled app carries its atlas, plate and lessons, without WebEngine or QML."""
    spec = SPEC.read_text(encoding="utf-8")
    # inside the package, where importlib.resources finds them, as in the wheel
    assert re.search(r'\(str\(ROOT / "assets"\), "spinetutor/assets"\)', spec)
    assert re.search(r'\(str\(ROOT / "lessons"\), "spinetutor/lessons"\)', spec)
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick",
                   "PySide6.Qt3DCore", "PySide6.QtMultimedia"):
        assert f'"{module}"' in spec
    excludes = spec[spec.index("QT_EXCLUDES = ["):spec.index("]", spec.index("QT_EXCLUDES"))]
    for needed in ("QtSvg", "QtSvgWidgets", "QtOpenGL", "QtWidgets", "QtGui", "QtCore",
                   "QtNetwork", "QtPrintSupport"):  # class question picker, handouts
        assert f'"PySide6.{needed}"' not in excludes  # pyqtgraph needs QtOpenGL at import
    assert (PACKAGING / "launch.py").is_file()


def test_icons_are_rendered_at_every_size():
    """The app icon is sharp at every size desktops ask for, on Linux, Windows and macOS."""
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = (PACKAGING / "icons" / f"spinetutor-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size)
    ico = (PACKAGING / "icons" / "spinetutor.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1)
    assert (PACKAGING / "icons" / "spinetutor.icns").read_bytes()[:4] == b"icns"
    assert "<svg" in (PACKAGING / "icons" / "spinetutor.svg").read_text(encoding="utf-8")


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None,
                    reason="hatchling not installed (it is in requirements/lock.txt)")
def test_wheel_carries_the_content_the_app_reads(tmp_path: Path) -> None:
    """`pip install spinetutor` gives a working app: the wheel holds the plate, atlas, reasoning
    data, default course and icons inside the package, and no tests or checkout-only files."""
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path),
         str(ROOT)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (wheel,) = tmp_path.glob("spinetutor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in REQUIRED_FILES:  # what --self-test checks, relative to the package
        assert f"spinetutor/{required}" in names, required
    lessons = {n for n in names if n.startswith("spinetutor/lessons/") and n.endswith(".yaml")}
    assert len(lessons) == len(list((ROOT / "lessons").glob("*.yaml")))
    assert "spinetutor/icons/spinetutor-256.png" in names
    assert "spinetutor/translations/spinetutor_es.qm" in names
    assert not any(n.startswith(("tests/", "spinetutor/tests/")) or "__pycache__" in n
                   for n in names)


def test_installed_layout_is_found_with_importlib_resources(tmp_path: Path) -> None:
    """An installed copy reads its content from inside the package, wherever it is run from;
    a checkout reads the folders beside the package."""
    script = (
        "import sys; from spinetutor import paths; "
        "print(paths.project_root()); print(paths.icons_dir())"
    )
    package = tmp_path / "site" / "spinetutor"
    shutil.copytree(ROOT / "spinetutor", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (package / "assets").mkdir()
    (package / "icons").mkdir()
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, check=True,
                         env={**os.environ, "PYTHONPATH": str(tmp_path / "site")})
    assert run.stdout.split() == [str(package), str(package / "icons")]
    checkout = subprocess.run([sys.executable, "-c", script], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60, check=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert checkout.stdout.split() == [str(ROOT), str(ROOT / "packaging" / "icons")]


def test_metainfo_screenshots_and_homepage_point_at_the_project() -> None:
    """A software centre shows real screenshots of the app and links to the project's page:
    every screenshot named in the metainfo is a picture in docs/images, and the homepage is
    the one pyproject.toml publishes."""
    import tomllib

    metainfo = METAINFO.read_text(encoding="utf-8")
    images = re.findall(r"<image[^>]*>([^<]+)</image>", metainfo)
    assert len(images) >= 3
    for url in images:
        assert url.startswith("https://"), url
        assert (ROOT / "docs" / "images" / url.rsplit("/", 1)[-1]).is_file(), url
    homepage = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Homepage"]
    assert f'<url type="homepage">{homepage}</url>' in metainfo
