"""Extract minutes (PDF, DOCX, HTML, Markdown, text) under PATH... into JSONL files in --out.

Writes meetings.jsonl, attendees.jsonl, agenda_items.jsonl, actions.jsonl,
statistics.jsonl and errors.jsonl. Exits 1 when any file failed.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..readers import Limits

NAME = "extract"
HELP = "extract minutes under PATH... into JSONL record sets"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder for the JSONL files")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: all cores)")
    p.add_argument("--max-bytes", type=int, default=Limits.max_bytes, help="largest input file accepted")
    p.add_argument("--max-pages", type=int, default=Limits.max_pages, help="most PDF pages accepted")
    p.add_argument("--max-chars", type=int, default=Limits.max_chars, help="most characters of text accepted")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from ..extract import extract_paths

    limits = Limits(args.max_bytes, args.max_pages, args.max_chars)
    summary = extract_paths(args.paths, args.out, workers=args.workers, limits=limits,
                            progress=not args.quiet and sys.stderr.isatty())
    print(summary.line(), file=sys.stderr)
    return 1 if summary.failures else 0
