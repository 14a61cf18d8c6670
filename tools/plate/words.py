"""The plate's words in one language: English label -> translation, from labels.<lang>.yaml.

Every string drawn on the plate passes through `Words` (via `Plate.text`, `Plate.label` and
`Plate.lines`). English returns it unchanged; another language looks it up in
`assets/plate/labels.<lang>.yaml`:

    labels:   # English label ("|" breaks lines) -> translation (its own "|" breaks)
      "sciatic n.": "n. ciático"
    layout:   # optional nudges for this language only: English label -> dx, dy, size
      "Saddle area": {size: 13}

Vertebra and root names (L4, S4–S5, Co) and the name SpineTutor stay as they are. A label the
table lacks is collected in `missing`; make_plate.py refuses to write the file and names it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PLATE_DIR = ROOT / "assets" / "plate"
ENGLISH = "en"
_CODE = re.compile(r"((C|T|L|S|Co)\d*(–(L|S)\d+)?)?")   # "", "L4", "S4–S5", "Co"
_KEEP = {"SpineTutor"}


def table_path(language: str) -> Path:
    return PLATE_DIR / f"labels.{language}.yaml"


def svg_path(language: str) -> Path:
    """assets/plate/plate.svg for English, plate.<lang>.svg for the others."""
    return PLATE_DIR / ("plate.svg" if language == ENGLISH else f"plate.{language}.svg")


def languages() -> list[str]:
    """English plus every language with a labels.<lang>.yaml table."""
    found = sorted(p.name.split(".")[1] for p in PLATE_DIR.glob("labels.*.yaml"))
    return [ENGLISH, *(lang for lang in found if lang != ENGLISH)]


class Words:
    def __init__(self, language: str = ENGLISH, table: dict[str, str] | None = None,
                 layout: dict[str, dict] | None = None) -> None:
        self.language = language
        self.table = dict(table or {})
        self.layout = dict(layout or {})
        self.missing: list[str] = []
        self.used: set[str] = set()

    @classmethod
    def load(cls, language: str, path: Path | None = None) -> Words:
        if language == ENGLISH:
            return cls()
        path = path or table_path(language)
        if not path.is_file():
            raise SystemExit(f"no label table for '{language}': {path.name} is missing")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        table = {str(k): str(v) for k, v in (data.get("labels") or {}).items()}
        return cls(language, table, data.get("layout") or {})

    def __call__(self, text: str) -> str:
        if self.language == ENGLISH or text in _KEEP or _CODE.fullmatch(text):
            return text
        if text in self.table:
            self.used.add(text)
            return self.table[text]
        if text not in self.missing:
            self.missing.append(text)
        return text

    def place(self, text: str, x: float, y: float, size: float
              ) -> tuple[str, float, float, float]:
        """The translated text and its position and size (nudged by this language's layout)."""
        out = self(text)
        nudge = self.layout.get(text, {}) if self.language != ENGLISH else {}
        return (out, x + nudge.get("dx", 0), y + nudge.get("dy", 0), nudge.get("size", size))

    def unused(self) -> list[str]:
        """Table entries no label asked for (stale after an English label changed)."""
        stale = [k for k in self.table if k not in self.used]
        return stale + [k for k in self.layout if k not in self.table]
