"""Command line: ``minutes COMMAND ...`` (also ``python -m pipeline``).

A thin layer: each command lives in pipeline/commands/ and calls the library.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes",
        description="Turn meeting minutes into JSONL data: meetings, attendees, agenda items, actions, statistics.",
    )
    parser.add_argument("--version", action="version", version=f"minutes-pipeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.__doc__)
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
