"""Measure throughput and memory on a reproducible synthetic corpus, against the floors.

Generates (once, seeded) text minutes and a long PDF into --dir, extracts
them with the whole pipeline, and reports documents/s, words/s, pages/s and
peak memory (all processes), with the floors measured on the same inputs: a
compiled-regex word scan, and pypdfium2 and pdfplumber text extraction alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "bench"
HELP = "measure throughput and memory on a synthetic corpus"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dir", default=".cache/bench", help="corpus folder, reused between runs (default: %(default)s)")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    p.add_argument("--docs", type=int, default=1000, help="text documents (default: %(default)s)")
    p.add_argument("--words", type=int, default=1500, help="words per text document (default: %(default)s)")
    p.add_argument("--pages", type=int, default=200, help="pages of the PDF (default: %(default)s)")
    p.add_argument("--seed", type=int, default=2024, help="corpus seed (default: %(default)s)")
    p.add_argument("--report", metavar="FILE", default="reports/bench.json",
                   help="where to write the report as JSON (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    from ..bench import render, run as bench

    report = bench(args.dir, workers=args.workers, docs=args.docs, words=args.words,
                   pages=args.pages, seed=args.seed, log=lambda m: print(m, file=sys.stderr))
    if args.report:
        out = Path(args.report)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(render(report))
    return 0
