"""Markdown: YAML front matter as metadata, headings, tables, inline HTML.

Markup is removed and its meaning kept on the line (heading level, bold,
table cells), so later stages see the same text a reader of the page sees.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..document import SourceText, TextBuilder
from . import html
from .text import check_chars, decode, lines_of

# Emphasis spans longer than this are left as they are: it keeps the scan for a
# closing delimiter linear on hostile lines (thousands of unclosed "**").
_SPAN = 1000
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KRAMDOWN_ATTR = re.compile(r"\{:[^{}]*\}")
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.{1,%d}?)(?<=\S)\1" % _SPAN)
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.{1,%d}?)(?<=[^\s*_])\1(?![\w*])" % _SPAN)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_QUOTE = re.compile(r"^\s*(>\s?)+")


def inline(text: str) -> tuple[str, bool]:
    """Strip inline markup; say whether the whole line was bold.

    >>> inline("**1.Confirmation of Minutes**")
    ('1.Confirmation of Minutes', True)
    >>> inline("> *Ivan Herman:* see [the doc](http://x) {: .x}")
    ('Ivan Herman: see the doc', False)
    """
    text = _QUOTE.sub("", text)
    text = _KRAMDOWN_ATTR.sub("", text).strip()
    stripped = text.strip()
    whole_bold = bool(re.fullmatch(r"(\*\*|__)(?=\S).+?(?<=\S)\1[:.]?", stripped)) and stripped.count("**") <= 2
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    for _ in range(2):
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.strip(), whole_bold


def read(path: Path, raw: bytes, limits) -> SourceText:
    text = decode(path, raw)
    check_chars(path, text, limits, factor=2)
    meta: dict = {}
    first = 1
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
            meta = loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError:
            meta = {}
        first += m.group(0).count("\n")
        text = text[m.end():]
    builder = TextBuilder()
    lines = lines_of(text)
    in_fence = False
    html_buf: list[str] = []
    for n, line in enumerate(lines, start=first):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            builder.add_line(line, src_line=n)
            continue
        if html_buf or (stripped.startswith("<") and _TAG.match(stripped)):
            html_buf.append(line)
            if not stripped or stripped.endswith(">"):
                html.add_blocks(builder, html.render("\n".join(html_buf)), src_line=n)
                html_buf = []
            continue
        if not stripped:
            builder.add_blank(src_line=n)
            continue
        if _KRAMDOWN_ATTR.fullmatch(stripped):
            continue
        if _TABLE_SEP.match(stripped) and "-" in stripped and ("|" in stripped or "--" in stripped) and set(stripped) <= set("|-: "):
            continue
        if _SETEXT.match(line) and n > first:
            continue
        if stripped.startswith("|") or (stripped.count("|") >= 2 and not stripped.startswith(">")):
            cells = [inline(c)[0] for c in stripped.strip("|").split("|")]
            builder.add_row(cells, src_line=n, table=-1)
            continue
        h = _HEADING.match(line)
        if h:
            body, _ = inline(h.group(2))
            builder.add_line(body, src_line=n, heading=len(h.group(1)))
            continue
        if _TAG.search(line):
            line = "\n".join(b.text for b in html.render(line) if b.text)
        body, bold = inline(line)
        if body:
            builder.add_line(body, src_line=n, bold=bold)
    if html_buf:
        html.add_blocks(builder, html.render("\n".join(html_buf)), src_line=len(lines))
    return builder.build(str(path), "md", raw, meta=meta)
