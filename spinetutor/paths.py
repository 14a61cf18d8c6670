"""Where things live: the bundled content (assets/, lessons/, the icons) and the user's cache
folder.

The content is kept once, at the top of the checkout. An installed wheel and the PyInstaller
bundle carry it inside the package (`spinetutor/assets`, `spinetutor/lessons`,
`spinetutor/icons`), where `importlib.resources` finds it; a checkout (plain or editable
install) has it beside the package.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def project_root() -> Path:
    """The folder holding assets/ and lessons/: the installed package, or the checkout."""
    package = Path(str(resources.files("spinetutor")))
    if (package / "assets").is_dir():
        return package
    return package.parent


def assets_dir() -> Path:
    return project_root() / "assets"


def lessons_dir() -> Path:
    return project_root() / "lessons"


def icons_dir() -> Path:
    """The app icon at every size: `icons/` when installed, `packaging/icons/` in a checkout."""
    installed = project_root() / "icons"
    return installed if installed.is_dir() else project_root() / "packaging" / "icons"


def cache_dir() -> Path | None:
    """Where cache files go (the parsed plate, lesson packs' parsed YAML), or None when file
    caching is off. SPINETUTOR_CACHE_DIR moves the folder; an empty value turns it off."""
    configured = os.environ.get("SPINETUTOR_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("SpineTutor", appauthor=False))
