"""Score a folder of predictions (the extractor's JSONL) against a folder of gold files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonlines
import pandas as pd

from ..records import RECORD_TYPES
from .scorer import DocScore, score_document, total


def load_gold(gold_dir: str | Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def load_predictions(pred_dir: str | Path) -> dict[str, dict[str, list[dict]]]:
    """Predicted records grouped by source file name, then by record type."""
    by_doc: dict[str, dict[str, list[dict]]] = {}
    for kind in RECORD_TYPES:
        path = Path(pred_dir) / f"{kind}.jsonl"
        if not path.exists():
            continue
        with jsonlines.open(path) as reader:
            for rec in reader:
                by_doc.setdefault(Path(rec["source"]).name, {}).setdefault(kind, []).append(rec)
    return by_doc


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> dict:
    golds = load_gold(gold_dir)
    preds = load_predictions(pred_dir)
    scores: list[DocScore] = [score_document(g, preds.get(g["doc"], {})) for g in golds]
    counts, fields = total(scores)
    return {
        "documents": len(scores),
        "micro": {k: c.as_dict() for k, c in counts.items()},
        "fields": {k: a.as_dict() for k, a in fields.items()},
        "per_document": {
            ds.doc: {"counts": {k: c.as_dict() for k, c in ds.counts.items()},
                     "fields": {k: a.as_dict() for k, a in ds.fields.items()}}
            for ds in scores
        },
        "errors": [e for ds in scores for e in ds.errors],
    }


def tables(result: dict) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    micro = pd.DataFrame(result["micro"]).T[["tp", "fp", "fn", "precision", "recall", "f1"]]
    fields = pd.DataFrame(result["fields"]).T[["right", "total", "accuracy"]]
    rows = []
    for doc, s in result["per_document"].items():
        row = {"doc": doc}
        for k, c in s["counts"].items():
            row[f"{k}.f1"] = c["f1"]
        rows.append(row)
    per_doc = pd.DataFrame(rows).set_index("doc")
    return micro, fields, per_doc


def render(result: dict) -> str:
    micro, fields, per_doc = tables(result)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.precision", 3):
        return (f"Scores over {result['documents']} labelled documents (micro-averaged)\n\n"
                f"{micro.to_string()}\n\nField accuracy\n\n{fields.to_string()}\n\n"
                f"F1 per document\n\n{per_doc.to_string()}\n")
