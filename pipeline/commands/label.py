"""Write a draft gold file for FILE from the current extraction, in the labelling guide's
format (doc, meeting, attendees, aliases, agenda_items at level 1, actions, statistics; no
evidence), for a person to correct against docs/labelling-guide.md before it goes into
data/labelled/. Prints to stdout unless --out is given; never overwrites without --force."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "label"
HELP = "draft a gold (hand-label) file from the extraction of one document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the minutes to label")
    p.add_argument("--out", metavar="PATH", help="where to write the draft (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite --out if it exists")


def run(args: argparse.Namespace) -> int:
    from ..evaluate.draft import draft_gold
    from ..extract import extract_one

    outcome = extract_one(Path(args.file))
    if outcome.error:
        print(f"{outcome.error['code']}: {outcome.error['reason']} ({args.file})", file=sys.stderr)
        return 1
    text = json.dumps(draft_gold(args.file, outcome.records), indent=1, ensure_ascii=False) + "\n"
    if not args.out:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"{out} exists; not overwritten (use --force)", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"draft written to {out}: correct it by docs/labelling-guide.md", file=sys.stderr)
    return 0
