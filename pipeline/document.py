"""The normalised text of one input file and the map back to its source.

Readers build a :class:`SourceText` line by line through :class:`TextBuilder`.
A table row is one line whose cells are separated by a tab; the offsets of the
cells are kept on the line. Every line knows its page and its line number in
the source, so any character offset leads back to file, page and line.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from .normalise import normalise


@dataclass(slots=True)
class Line:
    """One line of normalised text: ``text[start:end]``.

    A table row is one line whose cells are separated by tabs; a cell keeps
    its own line breaks, so only a row's text may contain a newline.
    """

    start: int
    end: int
    page: int | None = None
    src_line: int | None = None
    cells: list[tuple[int, int]] | None = None  # absolute offsets of table cells
    table: int | None = None  # index of the table the row belongs to
    heading: int | None = None  # heading level the format gives (md '#', docx style, pdf font)
    bold: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass
class SourceText:
    """Normalised text of one file with its line table and metadata."""

    path: str
    text: str
    lines: list[Line]
    format: str
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)
    pages: int | None = None

    @cached_property
    def line_starts(self) -> list[int]:
        """Start offset of every line (a source text's lines are fixed once it is built)."""
        return [ln.start for ln in self.lines]

    def line_index(self, char: int) -> int:
        """Index of the line holding character offset ``char``.

        >>> b = TextBuilder(); b.add_line("one"); b.add_line("two"); src = b.build("x", "txt", b"")
        >>> src.line_index(0), src.line_index(4), src.line_index(99)
        (0, 1, 1)
        """
        return max(0, bisect.bisect_right(self.line_starts, char) - 1)

    @property
    def words(self) -> int:
        return len(self.text.split())


def _cell_text(cell: str) -> str:
    """Normalise a table cell; its own line breaks are kept, hyphenated words joined.

    >>> _cell_text("Apologies\\n Marion Harvey, Ali-\\nson  Wheeler\\t\\n")
    'Apologies\\nMarion Harvey, Alison Wheeler'
    """
    out: list[str] = []
    for part in cell.splitlines():
        part = " ".join(normalise(part).split())
        if not part:
            continue
        if out and out[-1].endswith("-") and out[-1][-2:-1].isalpha() and part[:1].islower():
            out[-1] = out[-1][:-1] + part
        else:
            out.append(part)
    return "\n".join(out)


class TextBuilder:
    """Accumulates normalised lines and their provenance.

    >>> b = TextBuilder()
    >>> b.add_line("Present:", page=1, src_line=1)
    >>> b.add_row(["Amanda  Lertoria", "Lloyds", ""], page=1, src_line=2, table=0)
    >>> src = b.build("x.pdf", "pdf", b"raw")
    >>> src.text
    'Present:\\nAmanda Lertoria\\tLloyds'
    >>> [src.text[s:e] for s, e in src.lines[1].cells]
    ['Amanda Lertoria', 'Lloyds']
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._lines: list[Line] = []
        self._pos = 0

    def _append(self, text: str, line: Line) -> None:
        if self._lines:
            self._parts.append("\n")
            self._pos += 1
        line.start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        line.end = self._pos
        if line.cells:
            line.cells = [(s + line.start, e + line.start) for s, e in line.cells]
        self._lines.append(line)

    def add_line(self, text: str, page: int | None = None, src_line: int | None = None,
                 heading: int | None = None, bold: bool = False) -> None:
        self._append(normalise(text), Line(0, 0, page, src_line, heading=heading, bold=bold))

    def add_row(self, cells: Iterable[str | None], page: int | None = None,
                src_line: int | None = None, table: int | None = None) -> None:
        """Add a table row; empty trailing cells dropped, a lone cell is a plain line."""
        texts = [_cell_text(c or "") for c in cells]
        while texts and not texts[-1]:
            texts.pop()
        while texts and not texts[0]:
            texts.pop(0)
        if not texts:
            return
        if len(texts) == 1:
            self._append(texts[0], Line(0, 0, page, src_line, table=table))
            return
        offsets, pos = [], 0
        for t in texts:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
        self._append("\t".join(texts), Line(0, 0, page, src_line, cells=offsets, table=table))

    def add_blank(self, page: int | None = None, src_line: int | None = None) -> None:
        if self._lines and self._lines[-1].start == self._lines[-1].end:
            return  # one blank line is enough to separate blocks
        self._append("", Line(0, 0, page, src_line))

    def build(self, path: str, fmt: str, raw: bytes, meta: dict | None = None,
              pages: int | None = None) -> SourceText:
        while self._lines and self._lines[-1].start == self._lines[-1].end:
            self._lines.pop()
        text = "".join(self._parts)[: self._lines[-1].end if self._lines else 0]
        return SourceText(path, text, self._lines, fmt, hashlib.sha256(raw).hexdigest(),
                          meta or {}, pages)
