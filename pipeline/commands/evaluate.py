"""Score extracted records (--pred) against hand labels (--gold): precision, recall and F1
per record type and field accuracy, micro-averaged and per document. Writes eval.json,
eval.txt and errors.jsonl (every miss and spurious record with its evidence and rule ids)
to --report."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

NAME = "eval"
HELP = "score extracted JSONL against hand-labelled gold files"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", default="data/labelled", help="folder of gold JSON files")
    p.add_argument("--pred", default="data/processed", help="folder of extracted JSONL files")
    p.add_argument("--report", default="reports", help="folder for eval.json, eval.txt, errors.jsonl")
    p.add_argument("--compare-quantulum", action="store_true",
                   help="also score quantulum3 on the same documents' statistics (needs the dev extras)")
    p.add_argument("--raw", default="data/raw", help="folder of the labelled documents' source files")


def run(args: argparse.Namespace) -> int:
    from ..evaluate.run import evaluate, render
    from ..writer import AtomicJsonlWriter

    result = evaluate(args.gold, args.pred)
    out = Path(args.report)
    out.mkdir(parents=True, exist_ok=True)
    text = render(result)
    if args.compare_quantulum:
        from ..evaluate.quantulum import compare, render as render_quantulum

        theirs = compare(args.gold, args.raw)
        result["quantulum"] = {k: v for k, v in theirs.items() if k != "errors"}
        text += render_quantulum(result["micro"].get("statistics"), theirs)
    errors = result.pop("errors")
    with AtomicJsonlWriter(out, ["errors"]) as w:
        w.write("errors", errors)
    (out / "eval.txt").write_text(text, encoding="utf-8")
    (out / "eval.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(text)
    return 0
