"""Statistics stage: every quantity stated as a fact, with value, unit and kind.

Candidates come from the span ruler ``statistics_ruler`` (patterns in
models/patterns/statistics.jsonl, spans key ``statistics``); this stage keeps
the longest non-overlapping ones, drops numbers that are not statistics
(dates, times, item and reference numbers, parts of names) and normalises
each to a value in base units.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..dates import MONTHS
from ..quantities import CURRENCIES, parse_number, singular
from .base import evidence

SPANS_KEY = "statistics"
_NOT_UNITS = set(MONTHS) | {
    "am", "pm", "and", "or", "the", "for", "with", "from", "was", "were", "are", "has", "had",
    "have", "will", "would", "to", "per", "on", "in", "at", "of", "by", "that", "this", "which",
    "who", "is", "be", "a", "an", "st", "nd", "rd", "th", "next", "previous", "last",
}


def _value(tokens: list[str]) -> list:
    vals = []
    for t in tokens:
        v = parse_number(t)
        if v is not None:
            vals.append(v)
    return vals


def normalise_span(span: Span) -> dict | None:
    """Value, unit and kind of a candidate span, or None if it is not a statistic."""
    label = span.label_
    words = [t.text for t in span]
    lower = [w.lower() for w in words]
    if label == "MONEY":
        cur = CURRENCIES.get(lower[0]) or CURRENCIES.get(words[0])
        if lower[0].endswith("p") and len(words) == 1:
            return {"value": parse_number(lower[0][:-1]) / 100, "unit": "GBP", "kind": "money"}
        nums = []
        scale = 1
        for w in lower[1:]:
            if w in ("k", "m", "bn", "million", "billion", "thousand"):
                scale = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}[w]
                nums = [n * scale for n in nums]
                continue
            v = parse_number(w)
            if v is not None:
                nums.append(v)
        if re.search(r"\d(k|m|bn)$", lower[-1]) and len(nums) == 2:
            suffix_scale = {"k": 1e3, "m": 1e6, "bn": 1e9}[re.search(r"(k|m|bn)$", lower[-1]).group(1)]
            nums[0] = nums[0] * suffix_scale
        nums = [int(n) if float(n).is_integer() else n for n in nums]
        if not nums:
            return None
        return {"value": nums if len(nums) > 1 else nums[0], "unit": cur or "GBP", "kind": "money"}
    if label == "PERCENT":
        nums = _value(words)
        return {"value": nums if len(nums) > 1 else nums[0], "unit": "percent", "kind": "percentage"} if nums else None
    if label == "RATIO":
        nums = _value(words[:1]) + _value(words[1:])
        if len(nums) < 2:
            return None
        unit = singular(words[-1]) if words[-1].isalpha() and parse_number(words[-1]) is None else None
        rec = {"value": nums[0], "of": nums[1], "unit": unit, "kind": "ratio"}
        return rec
    if label == "COUNT":
        noun = words[-1]
        if noun.lower() in _NOT_UNITS or len(noun) < 3:
            return None
        nums = [v for v in _value(words[:-1]) if v is not None]
        if not nums:
            return None
        if any(w in ("year", "years", "month", "months", "week", "weeks", "day", "days") for w in lower):
            unit = singular(next(w for w in lower if w in ("year", "years", "month", "months", "week", "weeks", "day", "days")))
            return {"value": nums if len(nums) > 1 else nums[0], "unit": unit, "kind": "duration"}
        return {"value": nums if len(nums) > 1 else nums[0], "unit": singular(noun), "kind": "count"}
    return None


def _is_reference(doc: Doc, span: Span) -> bool:
    """Numbers that are dates, times, item or reference numbers, or part of a name."""
    before = doc.text[max(0, span.start_char - 12):span.start_char]
    after = doc.text[span.end_char:span.end_char + 3]
    if re.search(r"(item|page|room|no\.?|number|action|minute|paragraph|section|appendix|ref)\s*$", before, re.I):
        return True
    if re.match(r"^[/:.]\d", after) or re.search(r"\d[/.:]$", before):
        return True
    first = span[0]
    if first.i > 0 and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].is_alpha and span.label_ == "COUNT" \
            and not doc[first.i - 1].is_sent_start and doc[first.i - 1].text.lower() not in ("all", "only", "about", "over", "under", "around", "some", "just"):
        return True  # "Committee Room 3", "HMP 2"
    return False


@Language.factory("minutes_statistics", assigns=["doc._.statistics"],
                  requires=["doc._.layout", "doc.spans"])
def make_statistics(nlp: Language, name: str):
    return StatisticsComponent()


class StatisticsComponent:
    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(list(doc.spans.get(SPANS_KEY, [])))
        stats = []
        for span in spans:
            if _is_reference(doc, span):
                continue
            rec = normalise_span(span)
            if rec is None or rec.get("value") is None:
                continue
            rule = span.id_ or f"statistics.{span.label_.lower()}"
            stats.append({"text": span.text, **rec, "start": span.start_char,
                          "evidence": [evidence(doc, span.start_char, span.end_char, [rule])]})
        doc._.statistics = stats
        return doc
