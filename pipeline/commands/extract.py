"""Extract minutes (PDF, DOCX, HTML, Markdown, text) under PATH... into JSONL files in --out.

Writes meetings.jsonl, attendees.jsonl, agenda_items.jsonl, actions.jsonl,
statistics.jsonl and errors.jsonl. Exits 1 when any file failed.

Files are processed in parallel (--workers). Results are cached by content
in OUT/.cache (or --cache-dir): a re-run extracts only new or changed files
and drops the records of deleted ones; --force extracts everything again.
A file past a limit (--max-bytes, --max-pages, --max-chars, --timeout,
--max-memory) is reported with code E007 and the batch goes on.
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
                   help="worker processes (default: all cores; 0 runs in this process, without the time and memory limits)")
    p.add_argument("--force", action="store_true", help="re-extract every file, ignoring the cache")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--cache-dir", metavar="DIR", help="cache folder (default: OUT/.cache)")
    p.add_argument("--max-bytes", type=int, default=Limits.max_bytes, help="largest input file accepted (default: %(default)s)")
    p.add_argument("--max-pages", type=int, default=Limits.max_pages, help="most PDF pages accepted (default: %(default)s)")
    p.add_argument("--max-chars", type=int, default=Limits.max_chars, help="most characters of text accepted (default: %(default)s)")
    p.add_argument("--max-zip-ratio", type=int, default=Limits.max_zip_ratio, metavar="N",
                   help="most times a .docx part may unpack its packed size (zip bomb guard; default: %(default)s)")
    p.add_argument("--timeout", type=float, default=Limits.max_seconds, metavar="SECONDS",
                   help="time limit per file; 0 for none (default: %(default)s)")
    p.add_argument("--max-memory", type=int, default=Limits.max_memory_mb, metavar="MB",
                   help="memory limit per worker process (and per PDF reader it forks); 0 for none (default: %(default)s)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from ..extract import extract_paths

    limits = Limits(args.max_bytes, args.max_pages, args.max_chars, args.timeout, args.max_memory,
                    args.max_zip_ratio)
    summary = extract_paths(args.paths, args.out, workers=args.workers, limits=limits,
                            progress=not args.quiet and sys.stderr.isatty(),
                            cache_dir=args.cache_dir, use_cache=not args.no_cache, force=args.force)
    print(summary.line(), file=sys.stderr)
    return 1 if summary.failures else 0
