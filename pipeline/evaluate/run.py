"""Score a folder of predictions (the extractor's JSONL) against a folder of gold files.

:func:`evaluate` returns one plain dict (what ``eval.json`` holds); :func:`tables`
turns it into pandas tables and :func:`render` into text. Optional extra
sections (e.g. a comparison with another tool) plug in as
:class:`~pipeline.evaluate.hooks.Section` objects returned by the hook modules
described in :mod:`pipeline.evaluate.hooks`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonlines
import pandas as pd

from ..records import RECORD_TYPES
from .hooks import Section, hook_modules  # noqa: F401  (re-exported for section hooks)
from .scorer import DocScore, score_document, total

COUNT_COLUMNS = ["tp", "fp", "fn", "precision", "recall", "f1"]
FIELD_COLUMNS = ["right", "total", "accuracy", "precision", "recall", "f1"]


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
    """Score every gold file against the predictions for the same file name."""
    golds = load_gold(gold_dir)
    preds = load_predictions(pred_dir)
    scores: list[DocScore] = [score_document(g, preds.get(g["doc"], {})) for g in golds]
    counts, fields = total(scores)
    labelled = {g["doc"] for g in golds}
    return {
        "documents": len(scores),
        "without_predictions": sorted(labelled - set(preds)),
        "unlabelled": sorted(set(preds) - labelled),
        "micro": {k: c.as_dict() for k, c in counts.items()},
        "fields": {k: a.as_dict() for k, a in fields.items()},
        "per_document": {
            ds.doc: {"counts": {k: c.as_dict() for k, c in ds.counts.items()},
                     "fields": {k: a.as_dict() for k, a in ds.fields.items()}}
            for ds in scores
        },
        "errors": [e for ds in scores for e in ds.errors],
    }


def tables(result: dict) -> dict[str, pd.DataFrame]:
    """``micro`` (type x P/R/F1), ``fields`` (field x accuracy, P/R/F1),
    ``per_document`` ((doc, type) x P/R/F1) and ``per_document_fields`` (doc x field accuracy)."""
    micro = pd.DataFrame(result["micro"]).T[COUNT_COLUMNS]
    fields = pd.DataFrame(result["fields"]).T[FIELD_COLUMNS]
    rows, frows = [], []
    for doc, s in result["per_document"].items():
        for kind, c in s["counts"].items():
            rows.append({"doc": doc, "type": kind, **{k: c[k] for k in COUNT_COLUMNS}})
        frows.append({"doc": doc, **{k: a["accuracy"] for k, a in s["fields"].items() if a["total"]}})
    per_doc = pd.DataFrame(rows, columns=["doc", "type", *COUNT_COLUMNS]).set_index(["doc", "type"])
    per_doc_fields = pd.DataFrame(frows).set_index("doc") if frows else pd.DataFrame()
    micro[["tp", "fp", "fn"]] = micro[["tp", "fp", "fn"]].astype(int)
    per_doc[["tp", "fp", "fn"]] = per_doc[["tp", "fp", "fn"]].astype(int)
    fields[["right", "total"]] = fields[["right", "total"]].astype(int)
    return {"micro": micro, "fields": fields, "per_document": per_doc, "per_document_fields": per_doc_fields}


def render(result: dict, sections: list[Section] = ()) -> str:
    t = tables(result)
    with pd.option_context("display.width", 250, "display.max_columns", 30, "display.max_rows", 1000,
                           "display.precision", 3):
        parts = [
            f"Scores over {result['documents']} labelled documents (micro-averaged)\n\n{t['micro'].to_string()}",
            "Field scores on matched records (accuracy: null vs null counts as right;\n"
            "P/R/F1: slot filling on non-null values)\n\n" + t["fields"].to_string(),
            "Precision, recall and F1 per document\n\n" + t["per_document"].to_string(),
            "Field accuracy per document (- where not scored)\n\n" + t["per_document_fields"].to_string(na_rep="-"),
        ]
        if result.get("without_predictions"):
            parts.append("Labelled documents with no predictions: " + ", ".join(result["without_predictions"]))
        for s in sections:
            body = s.table.to_string() if isinstance(s.table, pd.DataFrame) else str(s.table)
            parts.append(f"{s.title}\n\n{body}")
    return "\n\n".join(parts) + "\n"


def _value(v: Any) -> str:
    return "—" if v is None else json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v


def _md(text: Any) -> str:
    """Markdown-safe one-line text (pipes and newlines escaped, angle brackets entity-coded)."""
    s = _value(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ⏎ ")
    return s.replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`")


def render_errors_md(errors: list[dict]) -> str:
    """Errors as Markdown, grouped by document then type: what was missed, what was spurious
    (with its evidence and rule ids) and which fields were wrong."""
    out = ["# Extraction errors against the hand labels", "",
           f"{len(errors)} errors: "
           + ", ".join(f"{sum(e['error'] == k for e in errors)} {k}" for k in ("missed", "spurious", "wrong")), ""]
    by_doc: dict[str, dict[str, list[dict]]] = {}
    for e in errors:
        by_doc.setdefault(e["doc"], {}).setdefault(e["type"], []).append(e)
    for doc in sorted(by_doc):
        out += [f"## {doc}", ""]
        for kind in sorted(by_doc[doc]):
            errs = by_doc[doc][kind]
            out += [f"### {kind} ({len(errs)})", ""]
            if errs[0]["error"] == "wrong":
                out += ["| record | gold | predicted | evidence | rules |", "|---|---|---|---|---|"]
                for e in errs:
                    ev = "; ".join(x.get("text") or "" for x in e.get("evidence") or [])
                    out.append(f"| {_md(e['text'])} | {_md(e['gold'])} | {_md(e['pred'])} | {_md(ev)} | "
                               f"{_md(', '.join(e.get('rules') or []))} |")
            else:
                out += ["| error | record | reason | evidence / closest prediction | rules |", "|---|---|---|---|---|"]
                for e in sorted(errs, key=lambda e: e["error"]):
                    if e["error"] == "spurious":
                        where = "; ".join(f"p{x.get('page')} l{x.get('line')}: {x.get('text')}"
                                          for x in e.get("evidence") or [])
                        rules = e.get("rules") or []
                    else:
                        close = e.get("closest")
                        where = f"closest ({close['score']}): {close.get('text') or ''}" if close else ""
                        rules = close["rules"] if close else []
                    out.append(f"| {e['error']} | {_md(e['text'])} | {_md(e.get('reason', ''))} | {_md(where)} | "
                               f"{_md(', '.join(rules))} |")
            out.append("")
    return "\n".join(out) + "\n"


def baseline_scores(result: dict) -> dict:
    """The figures the regression gate holds: micro P/R/F1 per type, field accuracy and P/R/F1."""
    return {
        "micro": {k: {m: c[m] for m in ("precision", "recall", "f1")} for k, c in sorted(result["micro"].items())},
        "fields": {k: {m: a[m] for m in ("accuracy", "precision", "recall", "f1")}
                   for k, a in sorted(result["fields"].items())},
    }


def compare_baseline(current: dict, baseline: dict, tolerance: float = 1e-6) -> tuple[list[str], list[str]]:
    """(drops, rises): lines like ``micro.actions.f1 0.291 -> 0.250`` comparing two baseline dicts.

    >>> compare_baseline({"micro": {"a": {"f1": 0.5}}}, {"micro": {"a": {"f1": 0.6}}})
    (['micro.a.f1 0.6 -> 0.5'], [])
    """
    drops, rises = [], []
    for group, items in baseline.items():
        for name, metrics in items.items():
            for m, old in metrics.items():
                new = current.get(group, {}).get(name, {}).get(m)
                if new is None:
                    drops.append(f"{group}.{name}.{m} {old} -> missing")
                elif new < old - tolerance:
                    drops.append(f"{group}.{name}.{m} {old} -> {new}")
                elif new > old + tolerance:
                    rises.append(f"{group}.{name}.{m} {old} -> {new}")
    return drops, rises
