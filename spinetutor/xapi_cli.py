"""`spinetutor xapi send`: send a learner store's queued xAPI statements to an LRS.

For scripts, tests and a lab machine's nightly job; the app does the same in the background
when the learner has turned sending on. The password may come from SPINETUTOR_LRS_PASSWORD
instead of the command line (so it stays out of shell history and process lists).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

HOME_PAGE = "https://github.com/spinetutor/spinetutor"


def add_parser(sub: argparse._SubParsersAction) -> None:
    xapi = sub.add_parser("xapi", help="send learning records to a Learning Record Store")
    xapi_sub = xapi.add_subparsers(dest="xapi_command", required=True)
    send = xapi_sub.add_parser("send", help="send the queued statements of a progress store")
    send.add_argument("--store", type=Path, required=True, help="the learner's progress file")
    send.add_argument("--endpoint", required=True, help="LRS xAPI address, e.g. "
                                                         "https://lrs.example/xAPI/")
    send.add_argument("--username", required=True, help="LRS key")
    send.add_argument("--password", help="LRS secret (or set SPINETUTOR_LRS_PASSWORD)")
    send.add_argument("--account", help="the learner's account name on the school's system "
                                        "(default: the profile name)")
    send.add_argument("--home-page", default=HOME_PAGE,
                      help="the system that account belongs to (an address)")
    send.add_argument("--registration", help="the class registration (a UUID)")


def run(args: argparse.Namespace) -> int:
    from spinetutor.core import xapi_outbox
    from spinetutor.core.xapi_client import Lrs
    from spinetutor.core.xapi_send import open_outbox, send
    from spinetutor.core.xapi_statements import Learner

    password = args.password or os.environ.get("SPINETUTOR_LRS_PASSWORD")
    if not password:
        print("spinetutor xapi send: give --password or set SPINETUTOR_LRS_PASSWORD",
              file=sys.stderr)
        return 2
    if args.registration:
        try:
            uuid.UUID(args.registration)
        except ValueError:
            print("spinetutor xapi send: --registration must be a UUID, e.g. "
                  "9e3b1c3a-4f7d-4e8e-9a51-2a6f0c1d7b42", file=sys.stderr)
            return 2
    try:
        lrs = Lrs(args.endpoint, args.username, password)
        conn = open_outbox(args.store)
    except (ValueError, FileNotFoundError) as error:
        print(f"spinetutor xapi send: {error}", file=sys.stderr)
        return 2
    try:
        profiles = {row.profile for row in xapi_outbox.pending(conn, float("inf"), 1_000_000)}
        learners = {name: Learner(args.account or name, args.home_page, args.registration)
                    for name in profiles}
        report = send(conn, lrs, learners)
    finally:
        conn.close()
    print(f"spinetutor xapi send: {report.line()}")
    return 1 if report.error else 0
