"""Helpers every stage shares: evidence spans and line access.

Stages read the text as ``doc._.source.text``: the same string as ``doc.text``
(the Doc is made from it), which spaCy would otherwise rebuild from every
token on each access.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ..document import Line, SourceText


def evidence(doc: Doc, start: int, end: int, rules: Iterable[str], field: str | None = None) -> dict:
    """Where a record was read from: page, line, offsets, exact text, rule ids."""
    src: SourceText = doc._.source
    line: Line = src.lines[src.line_index(start)]
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


def line_text(doc: Doc, line: Line) -> str:
    return doc._.source.text[line.start:line.end]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
