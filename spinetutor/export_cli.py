"""`spinetutor export`: the course or a pack as an Anki deck, Moodle XML or GIFT.

Questions a format cannot express are listed on stderr with the reason (never dropped
silently); the exit status is 0 when the file was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("apkg", "moodle-xml", "gift")


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="export questions to Anki, Moodle XML or GIFT")
    export.add_argument("--format", required=True, choices=FORMATS,
                        help="apkg (Anki deck), moodle-xml (Moodle question bank) or gift")
    export.add_argument("--lessons", type=Path,
                        help="lesson pack folder or file (default: the bundled course)")
    export.add_argument("--out", type=Path, required=True, help="file to write")


def run(args: argparse.Namespace) -> int:
    from spinetutor.core.activity_ids import pack_slug
    from spinetutor.core.atlas import load_atlas
    from spinetutor.core.export_items import export_questions
    from spinetutor.core.lesson_pack import load_pack
    from spinetutor.paths import lessons_dir

    atlas = load_atlas()
    root = args.lessons or lessons_dir()
    pack = load_pack(root, atlas.knows, atlas.targets())
    for problem in pack.problems:
        print(f"spinetutor export: skipped (not valid): {problem.format()}", file=sys.stderr)
    items = export_questions(pack, atlas.name_of)
    if not items:
        print(f"spinetutor export: no questions to export in {root}", file=sys.stderr)
        return 1
    slug = pack_slug(args.lessons)
    try:
        skipped = _write(args.format, items, args.out, slug, atlas)
    except OSError as exc:
        print(f"spinetutor export: cannot write {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    for entry in skipped:
        print(f"spinetutor export: not in {args.format}: {entry.format()}", file=sys.stderr)
    written = len(items) - len(skipped)
    print(f"wrote {args.out}: {written} of {len(items)} questions"
          + (f" ({len(skipped)} listed above could not be expressed)" if skipped else ""))
    return 0


def _write(fmt: str, items: list, out: Path, slug: str, atlas: object) -> list:
    if fmt == "gift":
        from spinetutor.core.export_gift import to_gift

        text, skipped = to_gift(items)
        out.write_text(text, encoding="utf-8")
        return skipped
    if fmt == "moodle-xml":
        from spinetutor.core.export_moodle import to_moodle_xml

        data, skipped = to_moodle_xml(items, slug)
        out.write_bytes(data)
        return skipped
    from spinetutor.core.export_anki import write_apkg
    from spinetutor.ui.app import ensure_app
    from spinetutor.ui.export_pictures import PlatePictures

    ensure_app(offscreen=True)
    name = "SpineTutor" if slug == "spinetutor-course" else f"SpineTutor: {slug}"
    return write_apkg(items, out, name, slug, PlatePictures(atlas))  # type: ignore[arg-type]
