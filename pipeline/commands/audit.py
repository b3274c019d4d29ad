"""Write an HTML audit report to --out: index.html and one self-contained page per document
showing its normalised text with every extracted record's evidence highlighted by type,
spurious records outlined, labelled records the extraction missed listed (and marked where
their wording is found), and the records in tables beside the text. Opens from disk."""

from __future__ import annotations

import argparse
import sys

NAME = "audit"
HELP = "write an HTML audit report: highlighted text, misses and records per document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", default="data/labelled", help="folder of gold JSON files")
    p.add_argument("--pred", default="data/processed", help="folder of extracted JSONL files")
    p.add_argument("--out", default="reports/audit", help="folder for the HTML pages")
    p.add_argument("--raw", action="append", default=None, metavar="DIR",
                   help="where to look for a source file the records do not point to (default data/raw)")


def run(args: argparse.Namespace) -> int:
    from ..evaluate.audit import write_audit

    pages = write_audit(args.gold, args.pred, args.out, args.raw or ["data/raw"])
    print(f"wrote {len(pages)} pages; open {pages[0]}", file=sys.stderr)
    return 0
