"""Score quantulum3 on the labelled documents, side by side with the statistics stage.

quantulum3 is the library an analyst would otherwise reach for to pull
quantities out of text. This module runs it over each labelled document's
normalised text (the same text the pipeline reads, via
``pipeline.readers.read_path``), maps each quantity to the labelling guide's
``{text, value, unit, kind}`` as fairly as it allows, and scores the result
with the same matcher as the pipeline (``scorer.score_document``), so the
comparison is measured, not argued.

The mapping: a currency is ``money`` (value in base units, ISO code as unit);
a percentage is ``percentage``; a plain number is a ``count``; a time unit
(day, week, month, year) a ``duration``; any other entity keeps its entity
name as kind ("length", "temperature", ...). A quantity quantulum reads as
a range (``uncertainty``, e.g. "15-20%" = 17.5 +/- 2.5) becomes ``[low, high]``.
quantulum has no notion of a ratio, so "11 of 32" stays two numbers.

quantulum3 is a development dependency: it is imported only when asked for,
and :func:`compare` says so clearly when it is missing.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from .scorer import Counts, score_document

_DURATIONS = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
              "month": "month", "year": "year", "decade": "decade"}
MISSING = ("quantulum3 is not installed, so the comparison was skipped: "
           "install the development extras (pip install -e '.[dev]') and run again")


def _load_parser():
    """quantulum3's parser, or None when the library is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed": the plain parser is used
            from quantulum3 import parser
    except ImportError:
        return None
    return parser


def to_statistic(q) -> dict:
    """One quantulum3 Quantity as a statistic record of the labelling guide.

    >>> from types import SimpleNamespace as NS
    >>> q = NS(surface="15-20%", value=17.5, uncertainty=2.5, span=(0, 6),
    ...        unit=NS(name="percentage", entity=NS(name="dimensionless"), currency_code=None))
    >>> to_statistic(q)
    {'text': '15-20%', 'value': [15.0, 20.0], 'unit': 'percent', 'kind': 'percentage', 'start': 0}
    >>> q = NS(surface="£450k", value=450000.0, uncertainty=None, span=(3, 8),
    ...        unit=NS(name="pound sterling", entity=NS(name="currency"), currency_code="GBP"))
    >>> to_statistic(q)["value"], to_statistic(q)["unit"], to_statistic(q)["kind"]
    (450000.0, 'GBP', 'money')
    """
    entity = q.unit.entity.name
    name = q.unit.name
    if entity == "currency":
        kind, unit = "money", getattr(q.unit, "currency_code", None) or name
    elif name == "percentage":
        kind, unit = "percentage", "percent"
    elif entity == "dimensionless":
        kind, unit = "count", None
    elif entity == "time" and name in _DURATIONS:
        kind, unit = "duration", _DURATIONS[name]
    else:
        kind, unit = entity, name
    value = q.value
    if q.uncertainty:
        value = [q.value - q.uncertainty, q.value + q.uncertainty]
    return {"text": q.surface, "value": value, "unit": unit, "kind": kind, "start": q.span[0]}


def quantities(parser, text: str) -> list[dict]:
    """Every quantity quantulum3 finds in ``text``, as statistics."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parser.parse(text)
    return [to_statistic(q) for q in found]


def compare(gold_dir: str | Path = "data/labelled", raw_dir: str | Path = "data/raw") -> dict:
    """quantulum3's statistics precision, recall and F1 over the labelled documents.

    Returns ``{"available": bool, "micro": {...}, "per_document": {...}, "errors": [...]}``;
    when quantulum3 is missing, ``available`` is False and ``message`` says why.
    """
    parser = _load_parser()
    if parser is None:
        return {"available": False, "message": MISSING}
    from ..readers import read_path

    total = Counts()
    per_doc: dict[str, dict] = {}
    errors: list[dict] = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = read_path(Path(raw_dir) / gold["doc"])
        preds = quantities(parser, src.text)
        ds = score_document(gold, {"statistics": preds})
        c = ds.counts["statistics"]
        total.add(c)
        per_doc[gold["doc"]] = c.as_dict()
        errors += [e for e in ds.errors if e["type"] == "statistics"]
    return {"available": True, "micro": total.as_dict(), "per_document": per_doc, "errors": errors}


def render(ours: dict | None, theirs: dict):
    """The side-by-side table: a DataFrame of tp/fp/fn/P/R/F1, or the reason there is none."""
    if not theirs.get("available"):
        return theirs.get("message", MISSING)
    import pandas as pd

    rows = {"minutes-pipeline": ours, "quantulum3": theirs["micro"]}
    df = pd.DataFrame({k: v for k, v in rows.items() if v}).T[["tp", "fp", "fn", "precision", "recall", "f1"]]
    return df.astype({"tp": int, "fp": int, "fn": int})


# -- the `minutes eval` hook (pipeline/evaluate/hooks.py) ------------------------------------
TITLE = "Statistics: minutes-pipeline vs quantulum3 (same documents, same matcher)"


def add_arguments(p) -> None:
    p.add_argument("--compare-quantulum", action="store_true",
                   help="also score quantulum3 on the same documents' statistics (needs the dev extras)")
    p.add_argument("--raw", default="data/raw", help="folder of the labelled documents' source files "
                   "(for --compare-quantulum)")


def section(gold_dir, pred_dir, result: dict, args=None):
    """The comparison as a report section, when ``--compare-quantulum`` was given."""
    if args is None or not getattr(args, "compare_quantulum", False):
        return None
    from .hooks import Section

    theirs = compare(gold_dir, getattr(args, "raw", "data/raw"))
    data = {k: v for k, v in theirs.items() if k != "errors"}
    return Section(TITLE, render(result["micro"].get("statistics"), theirs), data)
