"""Where the bundled content lives: assets/ and lessons/ beside the package (or in a bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding assets/ and lessons/: the checkout, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return project_root() / "assets"


def lessons_dir() -> Path:
    return project_root() / "lessons"
