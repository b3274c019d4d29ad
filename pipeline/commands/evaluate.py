"""Score extracted records (--pred) against hand labels (--gold): precision, recall and F1
per record type and per field, micro-averaged and per document. Writes to --report:
eval.json (every figure), eval.txt (the printed tables), errors.jsonl (every miss, spurious
record and wrong field, with evidence and rule ids) and errors.md (the same, grouped by
document and type). --update-baseline rewrites the regression baseline with these scores;
it refuses when any score fell unless --accept-drops is given."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "eval"
HELP = "score extracted JSONL against hand-labelled gold files"
BASELINE = "tests/baseline_scores.json"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from ..evaluate.hooks import hook_modules

    p.add_argument("--gold", default="data/labelled", help="folder of gold JSON files")
    p.add_argument("--pred", default="data/processed", help="folder of extracted JSONL files")
    p.add_argument("--report", default="reports", help="folder for eval.json, eval.txt, errors.jsonl, errors.md")
    p.add_argument("--update-baseline", nargs="?", const=BASELINE, default=None, metavar="PATH",
                   help=f"write these scores as the regression baseline (default {BASELINE})")
    p.add_argument("--accept-drops", action="store_true",
                   help="with --update-baseline: write even when some score fell")
    for mod in hook_modules():
        if hasattr(mod, "add_arguments"):
            mod.add_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..evaluate.hooks import hook_modules
    from ..evaluate.run import baseline_scores, compare_baseline, evaluate, render, render_errors_md
    from ..writer import AtomicJsonlWriter

    if not any(Path(args.gold).glob("*.json")):
        print(f"no gold files (*.json) in {args.gold}: nothing to score against (see docs/labelling-guide.md)",
              file=sys.stderr)
        return 2
    result = evaluate(args.gold, args.pred)
    sections = [s for s in (_call_hook(mod, args, result) for mod in hook_modules()) if s is not None]
    if sections:
        result["sections"] = {s.title: s.data for s in sections}
    out = Path(args.report)
    out.mkdir(parents=True, exist_ok=True)
    text = render(result, sections)
    errors = result.pop("errors")
    with AtomicJsonlWriter(out, ["errors"]) as w:
        w.write("errors", errors)
    (out / "errors.md").write_text(render_errors_md(errors), encoding="utf-8")
    (out / "eval.txt").write_text(text, encoding="utf-8")
    (out / "eval.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(text)
    if args.update_baseline:
        return _update_baseline(Path(args.update_baseline), baseline_scores(result), args.accept_drops,
                                compare_baseline)
    return 0


def _call_hook(mod, args: argparse.Namespace, result: dict):
    import inspect

    if "args" in inspect.signature(mod.section).parameters:
        return mod.section(args.gold, args.pred, result, args=args)
    return mod.section(args.gold, args.pred, result)


def _update_baseline(path: Path, current: dict, accept_drops: bool, compare) -> int:
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    drops, rises = compare(current, old)
    for line in rises:
        print(f"rose: {line}", file=sys.stderr)
    for line in drops:
        print(f"fell: {line}", file=sys.stderr)
    if drops and not accept_drops:
        print(f"baseline {path} not written: {len(drops)} scores fell (use --accept-drops, or "
              f"`make baseline ACCEPT_DROPS=1`, to accept them)", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"baseline written to {path} ({len(rises)} rose, {len(drops)} fell)", file=sys.stderr)
    return 0
