"""The `spinetutor` command: the app, `snapshot`, `validate`, `--version`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spinetutor import __version__


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x1000, not '{text}'") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spinetutor",
        description="SpineTutor: how a problem in the lower spine reaches the foot. "
                    "Educational use only.")
    parser.add_argument("--version", action="version", version=f"SpineTutor {__version__}")
    parser.add_argument("--lessons", type=Path, help="open this lesson pack folder")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen, load everything, render once, exit 0 if all is well")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the app (the default)")
    snap = sub.add_parser("snapshot", help="render the main window to a PNG")
    snap.add_argument("--select", help="atlas target, e.g. disc:L4-L5, root:L5, region:heel")
    snap.add_argument("--herniation", default=None,
                      choices=["posterolateral", "far_lateral", "central"],
                      help="herniation type (default: posterolateral, or the section's own)")
    snap.add_argument("--lessons", type=Path, dest="snapshot_lessons",
                      help="lesson pack folder to render from (default: the course)")
    snap.add_argument("--pathology", help="draw a condition and light the path it hurts, e.g. "
                      "herniation.far_lateral.L4-L5, stenosis.central.L4-L5, "
                      "entrapment.fibular_head (ids in assets/atlas/pathology.yaml)")
    snap.add_argument("--out", type=Path, required=True, help="PNG file to write")
    snap.add_argument("--size", type=_size, default=(1600, 1000), help="WIDTHxHEIGHT")
    snap.add_argument("--mode", default="plate", choices=["plate", "study", "consult", "present"],
                      help="plate (the plate and card, default) or a mode's whole window")
    snap.add_argument("--lesson", help="lesson id to show (study and present modes)")
    snap.add_argument("--section", help="section id within the lesson")
    snap.add_argument("--reveal", type=int, default=0,
                      help="present mode: reveal this many pathway steps")
    val = sub.add_parser("validate", help="check lesson packs and report every problem")
    val.add_argument("paths", nargs="+")
    val.add_argument("--slides", type=_size, metavar="WIDTHxHEIGHT",
                     help="also report every section that needs more than one slide when "
                          "presented at this screen size, e.g. 1280x720")
    room = sub.add_parser("classroom", help="class questions answered from phones")
    room_sub = room.add_subparsers(dest="classroom_command", required=True)
    serve = room_sub.add_parser(
        "serve", help="serve one question to the room's phones until Ctrl+C")
    serve.add_argument("--question", required=True, help="question id, e.g. which-root")
    serve.add_argument("--lessons", type=Path, help="lesson pack folder (default: the course)")
    serve.add_argument("--port", type=int, required=True, help="port to listen on, e.g. 8080")
    serve.add_argument("--pin", required=True, help="4 to 8 digits students type")
    serve.add_argument("--host", help="address to listen on (default: this machine's first "
                                      "non-loopback address)")
    serve.add_argument("--language", default="en", choices=["en", "es"],
                       help="language of the students' page")
    from spinetutor import export_cli, xapi_cli

    export_cli.add_parser(sub)
    xapi_cli.add_parser(sub)
    return parser


def _snapshot(args: argparse.Namespace) -> int:
    from spinetutor.core.atlas import load_atlas

    if args.select and not load_atlas().knows(args.select):
        print(f"spinetutor snapshot: unknown target '{args.select}' "
              "(write kind:id, e.g. disc:L4-L5, root:L5, region:dorsum_of_foot)", file=sys.stderr)
        return 2
    if args.pathology and args.pathology not in load_atlas().pathologies:
        known = ", ".join(sorted({p.family for p in load_atlas().pathologies.values()}))
        print(f"spinetutor snapshot: unknown pathology '{args.pathology}' (families: {known}; "
              "add the disc level where there is one, e.g. herniation.central.L4-L5)",
              file=sys.stderr)
        return 2
    lessons = args.snapshot_lessons or args.lessons
    if lessons is not None and not lessons.exists():
        print(f"spinetutor snapshot: no lesson pack at '{lessons}'", file=sys.stderr)
        return 2
    from spinetutor.ui.app import snapshot

    try:
        snapshot(args.out, args.select, args.herniation, args.size, mode=args.mode,
                 lesson=args.lesson, section=args.section, reveal=args.reveal,
                 pathology=args.pathology, lessons=lessons)
    except KeyError as exc:
        print(f"spinetutor snapshot: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"spinetutor snapshot: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from spinetutor.ui.self_test import run_self_test

        return run_self_test()
    if args.command == "snapshot":
        return _snapshot(args)
    if args.command == "classroom":
        from spinetutor.classroom_cli import run_serve

        return run_serve(args.question, args.lessons, args.port, args.pin, args.host,
                         args.language)
    if args.command == "xapi":
        from spinetutor.xapi_cli import run as run_xapi

        return run_xapi(args)
    if args.command == "export":
        from spinetutor.export_cli import run

        return run(args)
    if args.command == "validate":
        from spinetutor.validate_cli import run_validate

        return run_validate(args.paths, slides=args.slides)
    from spinetutor.ui.app import run_gui

    return run_gui(args.lessons)
