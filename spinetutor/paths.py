"""Where things live: the bundled assets/ and lessons/ (beside the package or in a bundle) and
the user's cache folder."""

from __future__ import annotations

import os
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


def cache_dir() -> Path | None:
    """Where cache files go (the parsed plate, lesson packs' parsed YAML), or None when file
    caching is off. SPINETUTOR_CACHE_DIR moves the folder; an empty value turns it off."""
    configured = os.environ.get("SPINETUTOR_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("SpineTutor", appauthor=False))
