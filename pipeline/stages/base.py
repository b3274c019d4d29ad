"""Helpers every stage shares: evidence spans and line access.

Stages read the text as ``doc._.source.text``: the same string as ``doc.text``
(the Doc is made from it), which spaCy would otherwise rebuild from every
token on each access.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from spacy.tokens import Doc

from ..document import Line, SourceText


def evidence(doc: Doc, start: int, end: int, rules: Iterable[str], field: str | None = None) -> dict:
    """Where a record was read from: page, line, offsets, exact text, rule ids."""
    src: SourceText = doc._.source
    line: Line = src.lines[line_index(src, start)]
    ev = {
        "page": line.page,
        "line": line.src_line,
        "start": start,
        "end": end,
        "text": src.text[start:end],  # the same string as doc.text, without rebuilding it
        "rules": sorted(set(rules)),
    }
    if field:
        ev["field"] = field
    return ev


def line_index(src: SourceText, char: int) -> int:
    """``src.line_index(char)``, with the table of line starts built once per source text
    (stages look lines up for every record) instead of on every call."""
    starts = src.__dict__.get("_line_starts")
    if starts is None or starts[0] is not src.lines or len(starts[1]) != len(src.lines):
        starts = (src.lines, [ln.start for ln in src.lines])
        src.__dict__["_line_starts"] = starts
    return max(0, bisect.bisect_right(starts[1], char) - 1)


def line_text(doc: Doc, line: Line) -> str:
    return doc._.source.text[line.start:line.end]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
