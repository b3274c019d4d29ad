"""HTML (saved web pages, HTML inside Markdown) rendered to lines.

Block elements break lines, ``h1``-``h6`` give heading levels, table rows keep
their cells; scripts, styles and the head are dropped. The standard library
parser is iterative, so deeply nested pages cannot exhaust the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..document import SourceText, TextBuilder
from .text import check_chars, decode

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "section", "article", "header", "footer", "main", "nav", "aside",
    "blockquote", "pre", "hr", "form", "fieldset", "address", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "caption", "title", "body", "html",
}
_SKIP = {"script", "style", "head", "noscript", "template", "svg"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}


@dataclass
class Block:
    text: str = ""
    heading: int | None = None
    cells: list[str] | None = None
    bold: bool = False


@dataclass
class _Renderer(HTMLParser):
    blocks: list[Block] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        self._buf: list[str] = []
        self._skip = 0
        self._heading: int | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._title_seen = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.blocks.append(Block(text, self._heading))

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "tr":
            self._flush()
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")
        elif tag in _BLOCK:
            self._flush()
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]
        if tag == "li":
            self._buf.append("- ")
        elif tag == "input" and (dict(attrs).get("type") or "").lower() == "checkbox":
            # a task list's box, written as Markdown writes it: "[x] " ticked, "[ ] " open
            box = "[x] " if "checked" in dict(attrs) else "[ ] "
            (self._cell if self._cell is not None else self._buf).append(box)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "img"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self.blocks.append(Block(cells=self._row))
            self._row = None
        elif tag in _BLOCK:
            self._flush()
            if tag in _HEADINGS:
                self._heading = None

    def handle_data(self, data):
        if self._skip:
            return
        (self._cell if self._cell is not None else self._buf).append(data)

    def close(self):
        super().close()
        if self._row:
            self.blocks.append(Block(cells=self._row))
        self._flush()


# A "<" that opens a tag (not a comment) but meets another "<" before any ">": the
# standard library parser rescans such unclosed tags again and again (quadratic time on
# "<a <a <a ..."), so it is read as the text it is. Each lookahead stops at the next
# "<" or ">", so the whole substitution is linear.
_UNCLOSED = re.compile(r"<(?!!--)(?=[A-Za-z/!?])(?![^<>]*>)")


def render(markup: str) -> list[Block]:
    """Render HTML to blocks of text; a tag left unclosed is read as text.

    >>> [b.text for b in render("<p>a <b and <i>c</i></p>")]
    ['a <b and c']

    >>> [b.text or b.cells for b in render("<h2>1. Apologies</h2><p>From <b>A</b><br>and B</p>"
    ...  "<table><tr><td>Name</td><td>Role</td></tr></table><script>x()</script>")]
    ['1. Apologies', 'From A', 'and B', ['Name', 'Role']]
    """
    r = _Renderer()
    r.feed(_UNCLOSED.sub("&lt;", markup))
    r.close()
    return r.blocks


def add_blocks(builder: TextBuilder, blocks: list[Block], src_line: int | None = None) -> None:
    for b in blocks:
        if b.cells is not None:
            builder.add_row(b.cells, src_line=src_line, table=-1)
        else:
            builder.add_line(b.text, src_line=src_line, heading=b.heading, bold=b.bold)


def read(path: Path, raw: bytes, limits) -> SourceText:
    markup = decode(path, raw)
    check_chars(path, markup, limits, factor=4)
    builder = TextBuilder()
    add_blocks(builder, render(markup))
    return builder.build(str(path), "html", raw)
