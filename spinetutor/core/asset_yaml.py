"""Read the app's own bundled YAML (atlas, reasoning, conditions, translations) quickly.

Bundled assets are trusted and checked by tests, so they skip the strict, mark-keeping reader
that lesson packs get; libyaml's C loader parses them about ten times faster than the
pure-Python SafeLoader, which was a visible part of start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is only a speed-up; both are safe loaders
    SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader


def load_asset_file(path: Path) -> Any:
    """The Python value of a trusted UTF-8 YAML file (safe tags only)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)  # noqa: S506 - safe
