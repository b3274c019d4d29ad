"""PDF through PDFium: text lines by baseline, ruled tables as rows of cells.

* The text layer comes from PDFium (``pypdfium2``): one pass over the
  characters of a page gives text, boxes, baseline, font size, weight and
  rotation; no layout analysis beyond what follows is done.
* Characters that one after another advance along one baseline in one
  style are handled together as a run (a line of a text object, usually),
  and taken apart only where their characters would part ways (a column
  rule, a wide gap, overlapping text), so the result is that of reading
  character by character at a fraction of the cost.
* Lines are built from characters clustered on their baseline, so garbled
  small capitals ("P :" over "RESENT") read as one word ("PRESENT:"); a
  raised, smaller run ("5" + superscript "th") joins the line it belongs to.
* Ruled tables are found only on pages that draw lines or rectangles: the
  page's stroked path segments and thin filled bars become edges (a filled
  area is shading, not a ruling), and pdfplumber's grid functions turn
  them into cells. Each character goes to the one cell holding its centre,
  so no text is read twice. Grid columns that no row uses on its own are
  merged with their neighbours and columns empty in every row are dropped,
  so a header row lines up with the data rows under it. A table going on
  at the top of the next page with the same columns is the same table, and
  a row there with an empty first cell finishes the row left open. A line
  just above a table whose word runs fall in distinct columns is its unruled
  header row; a line running over a table's bottom rule ends the last row's
  cell. When tables nest,
  only the innermost are kept; a one-cell box reads as plain text.
* Rotated text (vertical column headers) is read along its own direction,
  so digits stacked bottom-to-top read "21/09/2020".
* Running headers and footers (the same line, digits aside, at the top or
  bottom of most pages) and bare page numbers are dropped.
* A word split by a hyphen at a line end is joined.
* Each line keeps its page; its font size and weight give heading hints.
* Pages are read one by one and only then put together (headers, hyphens,
  tables running on), so a long file can be read in contiguous page ranges
  by forked processes at once when the caller offers idle cores
  (``processes``); the result is the same as reading it in one.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import math
import operator
import os
import pickle
import re
import signal
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..document import SourceText, TextBuilder
from ..errors import ErrorCode, MinutesError

_PAGE_NO = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)
_TOL = 3.0  # points: snapping and intersection tolerance for ruling lines


class _Run:
    """Characters drawn one after another on one baseline in one style: a run.

    The reader's unit of text. A run of one is a single character; a longer
    run is a stretch of a text object whose characters advance left to right
    with the same box height, baseline and style. A run answers every
    question the line and cell grouping asks of a character (``x0``,
    ``top``, ``size``, ``space`` ...) for all of its characters at once, and
    is taken apart again (:meth:`singles`) where they would not all get the
    same answer, so the text comes out as if read character by character.

    ``text`` holds the characters with the spaces between them already
    decided (a gap over 0.2 em or a real space; a glyph drawn twice over
    itself is read once); ``gap`` is the widest gap inside the run.
    """

    __slots__ = ("text", "x0", "x1", "top", "bottom", "base", "size", "bold", "space", "turn",
                 "chars", "n", "gap", "last_x0", "kept_x1", "first_text", "kept_text", "rb", "height")

    def __init__(self, text: str, x0: float, x1: float, top: float, bottom: float, base: float,
                 size: float, bold: bool, space: bool, turn: int = 0) -> None:
        self.text = self.first_text = self.kept_text = text
        self.x0 = self.last_x0 = x0
        self.x1 = self.kept_x1 = x1
        self.top, self.bottom, self.base, self.size = top, bottom, base, size
        self.bold, self.space, self.turn = bold, space, turn
        self.chars: list[tuple] | None = None  # a longer run: its characters as :func:`_runs` got them
        self.n = 1
        self.height = 0.0  # of the page, for a longer run
        self.gap = -math.inf
        self.rb = round(base, 1)

    def singles(self) -> list["_Run"]:
        """The run's characters, each a run of one."""
        if self.chars is None:
            return [self]
        return [_Run(t, x0, x1, self.top, self.bottom, self.base, self.size, self.bold, sp, self.turn)
                for t, x0, _, x1, _, _, _, sp in self.chars]

    def part(self, start: int, end: int) -> "_Run":
        """The run of its characters ``start`` to ``end`` (a longer run only)."""
        return _runs(self.chars[start:end], self.height)[0]

    def __repr__(self) -> str:
        return f"_Run({self.text!r}, x0={self.x0}, x1={self.x1}, base={self.base}, n={self.n})"


def _runs(chars, height: float) -> list[_Run]:
    """Group characters into runs (see :class:`_Run`).

    ``chars`` are in the order PDFium reads them, as PDFium gives them:
    ``(text, left, top, right, bottom, baseline, style, space)`` with y
    measured up from the bottom of a page ``height`` high; ``style`` is
    ``(bold, turn)``, one object for all the characters of a text object,
    so that a run never crosses from one text object to the next.

    >>> up = (False, 0)
    >>> rs = _runs([("a", 0, 90, 5, 80, 82, up, False), ("b", 5.5, 90, 10, 80, 82, up, False),
    ...             ("c", 12, 90, 17, 80, 82, up, False), ("d", 30, 90, 35, 80, 82, up, True),
    ...             ("e", 40, 88, 45, 80, 82, up, False)], 100)
    >>> [(r.text, r.x0, r.x1, r.top, r.bottom, r.base, r.n, r.gap) for r in rs]
    [('ab c d', 0, 35, 10, 20, 18, 4, 13), ('e', 40, 45, 12, 20, 18, 1, -inf)]
    """
    out: list[_Run] = []
    run = None
    parts: list[str] = []
    chars_of: list[tuple] = []
    # the open run's raw top, bottom, baseline and style; its last and last kept character
    r_top = r_bottom = r_base = r_style = None
    upright = False
    last_x0 = last_x1 = kept_x1 = widest = spaced = doubled = 0.0  # doubled: a gap this negative may be fake bold
    kept = ""
    for char in chars:
        ch, x0, top, x1, bottom, base, style, space = char
        if (x0 > last_x0 and x1 > last_x1 and top == r_top and bottom == r_bottom and base == r_base
                and style is r_style and upright):
            gap = x0 - kept_x1
            if gap > widest:
                widest = gap
            chars_of.append(char)
            last_x0, last_x1 = x0, x1
            if space or gap > spaced:
                parts.append(" ")
            elif gap < doubled and ch == kept:
                continue  # the same glyph drawn twice (fake bold): read once
            parts.append(ch)
            kept_x1, kept = x1, ch
            continue
        if len(chars_of) > 1:
            _close(run, parts, chars_of, last_x0, last_x1, kept_x1, kept, widest, height)
        bold, turn = style
        # the loose box spans the font's ascent and descent: about 1.15 em
        # (FPDFText_GetFontSize ignores the text matrix, so it is no guide)
        size = (top - bottom if not turn else abs(x1 - x0)) / 1.15
        run = _Run(ch, x0, x1, height - top, height - bottom, height - base, size, bold, space, turn)
        out.append(run)
        r_top, r_bottom, r_base, r_style, upright = top, bottom, base, style, not turn
        spaced, doubled = 0.2 * size, -0.5 * size
        last_x0, last_x1, kept_x1, kept, widest = x0, x1, x1, ch, -math.inf
        parts, chars_of = [ch], [char]
    if len(chars_of) > 1:
        _close(run, parts, chars_of, last_x0, last_x1, kept_x1, kept, widest, height)
    return out


def _close(run: _Run, parts, chars_of, last_x0, last_x1, kept_x1, kept, widest, height) -> None:
    """Give a run of several characters its text and extent."""
    run.text, run.chars, run.n, run.gap, run.height = "".join(parts), chars_of, len(chars_of), widest, height
    run.last_x0, run.x1, run.kept_x1, run.kept_text = last_x0, last_x1, kept_x1, kept


def _split_where(runs: list[_Run], bad: set[int]) -> list[_Run]:
    """``runs`` with those whose id is in ``bad`` taken apart into single characters."""
    return [s for r in runs for s in (r.singles() if id(r) in bad else (r,))]


def _overlapping(order: list[_Run], same_line: bool = False) -> set[int]:
    """Ids of the longer runs in ``order`` (sorted by x0) whose x0 span meets the next or previous run's.

    Where none do, reading the runs in this order reads their characters
    sorted by x0. With ``same_line`` only neighbours on one rounded baseline count.
    """
    bad: set[int] = set()
    for a, b in zip(order, order[1:]):
        if a.last_x0 >= b.x0 and (a.chars is not None or b.chars is not None) \
                and (not same_line or a.rb == b.rb):
            if a.chars is not None:
                bad.add(id(a))
            if b.chars is not None:
                bad.add(id(b))
    return bad


@dataclass
class _Item:
    top: float
    text: str = ""
    cells: list[str] | None = None
    size: float = 0.0
    bold: bool = False
    table: int | None = None
    x0: float = 0.0
    bounds: tuple[float, ...] = ()  # a table row: x of its column boundaries
    segs: list[tuple[str, float, float]] | None = None  # a text line: runs of words, x0, x1
    bottom: float = 0.0


@dataclass
class _Page:
    number: int
    items: list[_Item] = field(default_factory=list)


# --- opening -----------------------------------------------------------------

def _open(path: Path, raw: bytes):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not raw.lstrip()[:5].startswith(b"%PDF"):
        raise MinutesError(ErrorCode.E004, path, detail="no %PDF header")
    if b"%%EOF" not in raw[-2048:]:
        raise MinutesError(ErrorCode.E004, path, detail="truncated: no %%EOF marker at the end")
    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise MinutesError(ErrorCode.E005, path) from exc
        raise MinutesError(ErrorCode.E004, path, detail=f"PDFium: {exc}"[:200]) from exc


# --- characters --------------------------------------------------------------

def _page_chars(page, height: float) -> list[_Run]:
    """Every drawn character of a page with its box, baseline, size and weight, grouped in runs."""
    import pypdfium2.raw as c

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = c.FPDFText_CountChars(tp)
        if n <= 0:
            return []
        text = _all_text(tp, n).replace("\ufffe", "-")  # PDFium's mark for a hyphen at a line end
        box, origin, text_obj, angle_of = _calls(c)
        handle = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
        rect = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
        read_rect = memoryview(rect).cast("B").cast("f").tolist
        oy = ctypes.c_double()
        rect_ref, ox_ref, oy_ref = ctypes.byref(rect), ctypes.byref(ctypes.c_double()), ctypes.byref(oy)
        styles: dict[int | None, tuple[bool, int]] = {}
        fonts: dict[int, bool] = {}
        turned = (0.3, 2 * math.pi - 0.3)
        chars: list[tuple] = []
        append = chars.append
        space = False
        key = style = -1
        for i, ch in enumerate(text):
            if ch in _SKIP:
                space = space or ch in _SPACES  # not a line break PDFium made up
                continue
            box(handle, i, rect_ref)
            origin(handle, i, ox_ref, oy_ref)
            if key != (key := text_obj(handle, i)):
                style = styles.get(key)
                if style is None:  # the characters of one text object share font and direction
                    angle = angle_of(handle, i)
                    turn = 0
                    if turned[0] < angle < turned[1]:
                        turn = 1 if angle > math.pi else -1
                    style = styles[key] = (_bold(c, key, fonts), turn)
            append((ch, *read_rect(), oy.value, style, space))
            space = False
        return _runs(chars, height)
    finally:
        textpage.close()


# characters that are no glyph: whitespace (a real space among them), NUL, soft hyphen
_SKIP = frozenset(ch for ch in map(chr, range(0x3000 + 1)) if ch.isspace()) | {"\x00", "\u00ad"}
_SPACES = frozenset(" \u00a0\t")


def _bare(func, restype):
    """A PDFium function called without ctypes' argument conversion: arguments go through as
    given (handles as ctypes pointers, indices as ints, out-parameters made with ``ctypes.byref``)."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(func, ctypes.c_void_p).value)


@functools.cache
def _calls(c):
    """PDFium's per-character calls, bare (see :func:`_bare`): loose box, origin, text object address, angle."""
    return (_bare(c.FPDFText_GetLooseCharBox, ctypes.c_int), _bare(c.FPDFText_GetCharOrigin, ctypes.c_int),
            _bare(c.FPDFText_GetTextObject, ctypes.c_void_p), _bare(c.FPDFText_GetCharAngle, ctypes.c_float))


@functools.cache
def _segment_calls(c):
    """PDFium's per-path-segment calls, bare (see :func:`_bare`): segment, point, type, close."""
    return (_bare(c.FPDFPath_GetPathSegment, ctypes.POINTER(ctypes.c_void_p)),
            _bare(c.FPDFPathSegment_GetPoint, ctypes.c_int), _bare(c.FPDFPathSegment_GetType, ctypes.c_int),
            _bare(c.FPDFPathSegment_GetClose, ctypes.c_int))


_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.I)


def _bold(c, obj: int | None, fonts: dict[int, bool]) -> bool:
    """Whether the font of a text object (its address) is bold: by its weight, else by its name.

    ``fonts`` remembers the answer for each font of the page.
    """
    font = c.FPDFTextObj_GetFont(ctypes.cast(obj, c.FPDF_PAGEOBJECT)) if obj else None
    if not font:
        return False
    address = ctypes.cast(font, ctypes.c_void_p).value
    bold = fonts.get(address)
    if bold is None:
        bold = fonts[address] = c.FPDFFont_GetWeight(font) >= 600 or _bold_name(c, font)
    return bold


def _bold_name(c, font) -> bool:
    name = ctypes.create_string_buffer(128)
    c.FPDFFont_GetBaseFontName(font, name, 128)
    return bool(_BOLD.search(name.value.decode("latin-1").split("+")[-1]))


def _all_text(tp, n: int) -> str:
    """The page's characters in one call, one per character index."""
    import array

    import pypdfium2.raw as c

    buf = ctypes.create_string_buffer(2 * (n + 1))
    got = c.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    units = array.array("H", buf.raw[: 2 * max(0, got - 1)])
    return "".join(map(chr, units))  # not decoded as UTF-16: index i stays character i


# --- lines -------------------------------------------------------------------

@dataclass
class _Row:
    chars: list[_Run]
    base: float
    size: float = 0.0
    top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0

    def measure(self) -> "_Row":
        sizes: list[float] = []
        for r in self.chars:
            if r.n == 1:
                sizes.append(r.size)
            else:
                sizes += [r.size] * r.n
        self.size = statistics.median(sizes)
        self.top = min(r.top for r in self.chars)
        self.x0 = min(r.x0 for r in self.chars)
        self.x1 = max(r.x1 for r in self.chars)
        return self


_BY_LINE = operator.attrgetter("rb", "x0")
_BY_X0 = operator.attrgetter("x0")


def _rows(chars: list[_Run]) -> list[_Row]:
    """Upright characters clustered on their baseline; raised small runs joined.

    The characters are read by rounded baseline, then left to right.
    """
    order = sorted(chars, key=_BY_LINE)
    bad = _overlapping(order, same_line=True)
    while bad:
        chars = _split_where(chars, bad)
        order = sorted(chars, key=_BY_LINE)
        bad = _overlapping(order, same_line=True)
    rows: list[_Row] = []
    last = None
    for c in order:
        if last is not None and abs(last.base - c.base) <= max(1.5, 0.25 * c.size):
            last.chars.append(c)
        else:
            last = _Row([c], c.base)
            rows.append(last)
    rows = [r.measure() for r in rows]
    return _join_raised(rows)


def _join_raised(rows: list[_Row]) -> list[_Row]:
    """Join a row of smaller characters sitting inside a bigger line's height.

    A superscript ("th" after "5") has its own, higher baseline; it belongs to
    the line whose glyph box it overlaps horizontally and vertically.
    """
    out: list[_Row] = []
    for i, r in enumerate(rows):
        host = None
        for s in rows[i + 1:i + 4]:
            if s.base - r.base > 1.2 * s.size:
                break
            if (r.size <= 0.85 * s.size and s.top - 1 <= r.base <= s.base
                    and s.x0 - s.size <= r.x0 <= s.x1 + s.size):
                host = s
                break
        if host is None:
            out.append(r)
        else:
            host.chars.extend(r.chars)
            host.top = min(host.top, r.top)
            host.x0, host.x1 = min(host.x0, r.x0), max(host.x1, r.x1)
    return out


def _segments(row: _Row, split: bool = True) -> list[tuple[str, float, float]]:
    """A row's words, cut where a gap is wider than 2.5 em when ``split``: (text, x0, x1).

    Read character by character from left to right; a run (:class:`_Run`)
    stands for its characters unless one of them would cut it or its first
    character is a glyph drawn twice, and is then read one character at a time.
    """
    runs = row.chars
    order = sorted(runs, key=_BY_X0)
    bad = _overlapping(order)
    while bad:
        runs = _split_where(runs, bad)
        order = sorted(runs, key=_BY_X0)
        bad = _overlapping(order)
    limit = 2.5 * row.size
    segs: list[tuple[str, float, float]] = []
    parts: list[str] = []
    prev_x1 = prev_size = first_x0 = 0.0
    prev_text = None
    k = 0
    while k < len(order):
        c = order[k]
        if split and c.chars is not None and c.gap > limit:
            order[k:k + 1] = c.singles()  # a wide gap inside: it cuts the run
            continue
        if prev_text is not None:
            gap = c.x0 - prev_x1
            if split and gap > limit:
                segs.append(("".join(parts), first_x0, prev_x1))
                parts, first_x0 = [], c.x0
            elif c.space or gap > 0.2 * min(c.size, prev_size):
                parts.append(" ")
            elif gap < -0.5 * min(c.size, prev_size) and c.first_text == prev_text:
                if c.chars is not None:  # its first glyph repeats the last one: read it one by one
                    order[k:k + 1] = c.singles()
                    continue
                k += 1
                continue  # the same glyph drawn twice (fake bold)
        else:
            first_x0 = c.x0
        parts.append(c.text)
        prev_x1, prev_size, prev_text = c.kept_x1, c.size, c.kept_text
        k += 1
    if prev_text is not None:
        segs.append(("".join(parts), first_x0, prev_x1))
    out = [(" ".join(t.split()), x0, x1) for t, x0, x1 in segs]
    return [s for s in out if s[0]]


def _row_text(row: _Row, tabs: bool) -> str:
    """Join a row's characters into words; wide gaps become tabs when ``tabs``."""
    return "\t".join(t for t, _, _ in _segments(row, split=tabs))


def _turned_text(chars: list[_Run]) -> list[str]:
    """Rotated characters read along their direction, one string per column of them.

    >>> cs = [_Run(t, 10, 18, y - 8, y, y, 8, False, False, 1) for t, y in zip("2102", (40, 32, 24, 16))]
    >>> _turned_text(cs)
    ['2102']
    """
    cols: list[list[_Run]] = []
    for c in sorted(chars, key=lambda c: (c.x0 + c.x1) / 2):
        mid = (c.x0 + c.x1) / 2
        if cols and abs(mid - (cols[-1][0].x0 + cols[-1][0].x1) / 2) <= 0.4 * c.size:
            cols[-1].append(c)
        else:
            cols.append([c])
    out = []
    for col in cols:
        up = sum(c.turn for c in col) > 0  # reads bottom-to-top
        col.sort(key=lambda c: c.bottom, reverse=up)
        words: list[str] = []
        prev = None
        for c in col:
            gap = (prev.top - c.bottom) if (prev and up) else (c.top - prev.bottom) if prev else 0
            if prev is not None and (c.space or gap > 0.2 * c.size):
                words.append(" ")
            words.append(c.text)
            prev = c
        out.append("".join(words).strip())
    return [t for t in out if t]


# --- ruling lines and tables -------------------------------------------------

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _paths(c, count, get, parent=_IDENTITY, depth=0):
    """Path objects of a page or form, each with its matrix to page space."""
    m = c.FS_MATRIX()
    for i in range(count):
        obj = get(i)
        kind = c.FPDFPageObj_GetType(obj)
        if kind not in (c.FPDF_PAGEOBJ_PATH, c.FPDF_PAGEOBJ_FORM):
            continue
        c.FPDFPageObj_GetMatrix(obj, m)
        pa, pb, pc, pd, pe, pf = parent
        own = (m.a * pa + m.b * pc, m.a * pb + m.b * pd, m.c * pa + m.d * pc, m.c * pb + m.d * pd,
               m.e * pa + m.f * pc + pe, m.e * pb + m.f * pd + pf)
        if kind == c.FPDF_PAGEOBJ_PATH:
            yield obj, own
        elif depth < 8:
            yield from _paths(c, c.FPDFFormObj_CountObjects(obj),
                              lambda k, f=obj: c.FPDFFormObj_GetObject(f, k), own, depth + 1)


def _edges(page, height: float) -> list[dict]:
    """Horizontal and vertical segments drawn by the page's paths, as pdfplumber edges."""
    import pypdfium2.raw as c

    out: list[dict] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw_page = page.raw
    get_seg, get_point, get_type, get_close = _segment_calls(c)
    moveto, lineto = c.FPDF_SEGMENT_MOVETO, c.FPDF_SEGMENT_LINETO
    for obj, (ma, mb, mc, md, me, mf) in _paths(c, c.FPDFPage_CountObjects(raw_page),
                                                lambda k: c.FPDFPage_GetObject(raw_page, k)):
        n = c.FPDFPath_CountSegments(obj)
        if n < 2 or n > 400:
            continue
        c.FPDFPath_GetDrawMode(obj, fill, stroke)
        pts: list[tuple[float, float]] = []
        segs: list[tuple[tuple[float, float], tuple[float, float]]] = []
        start = None
        for i in range(n):
            seg = get_seg(obj, i)
            get_point(seg, x_ref, y_ref)
            px, py = x.value, y.value
            p = (ma * px + mc * py + me, height - (mb * px + md * py + mf))
            kind = get_type(seg)
            if kind == moveto:
                start = p
            elif kind == lineto and pts:
                segs.append((pts[-1], p))
            if get_close(seg) and start is not None:
                segs.append((p, start))
            pts.append(p)
        if fill.value and not stroke.value:
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            if min(max(xs) - min(xs), max(ys) - min(ys)) > 2:
                continue  # a shaded area (cell or line background), not a ruling
        for a, b in segs:
            _edge(out, a, b)
    return out


def _edge(out: list[dict], a: tuple[float, float], b: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) < 0.5 and abs(x1 - x0) >= 1:
        x0, x1 = min(x0, x1), max(x0, x1)
        out.append({"x0": x0, "x1": x1, "top": y0, "bottom": y0, "width": x1 - x0,
                    "height": 0, "orientation": "h"})
    elif abs(x0 - x1) < 0.5 and abs(y1 - y0) >= 1:
        top, bottom = min(y0, y1), max(y0, y1)
        out.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0,
                    "height": bottom - top, "orientation": "v"})


def _tables(edges: list[dict]) -> list[list[tuple[float, float, float, float]]]:
    """Cell boxes of each innermost ruled table with more than one cell."""
    if not edges:
        return []
    from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges
    from pdfplumber.utils import filter_edges

    edges = merge_edges(edges, _TOL, _TOL, _TOL, _TOL)
    edges = filter_edges(edges, min_length=3)
    cells = _cells(edges_to_intersections(edges, _TOL, _TOL))
    tables = [t for t in cells_to_tables(cells) if len(t) > 1]
    boxes = [_bbox(t) for t in tables]
    return [t for t, b in zip(tables, boxes) if not any(_contains(b, o) for o in boxes)]


_EDGE_BOX = operator.itemgetter("x0", "top", "x1", "bottom")


def _cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """The smallest ruled cell with its top left corner at each point.

    The cells of pdfplumber's ``intersections_to_cells``, each point's edges
    gathered once: two points connect when an edge runs through both.
    """
    vertical = {p: set(map(_EDGE_BOX, e["v"])) for p, e in intersections.items()}
    horizontal = {p: set(map(_EDGE_BOX, e["h"])) for p, e in intersections.items()}

    def connects(p, q) -> bool:
        return ((p[0] == q[0] and not vertical[p].isdisjoint(vertical[q]))
                or (p[1] == q[1] and not horizontal[p].isdisjoint(horizontal[q])))

    points = sorted(intersections)
    cells = []
    for i, pt in enumerate(points[:-1]):
        rest = points[i + 1:]
        below = [q for q in rest if q[0] == pt[0] and connects(pt, q)]
        right = [q for q in rest if q[1] == pt[1] and connects(pt, q)]
        cell = next(((pt[0], pt[1], r[0], b[1]) for b in below for r in right
                     if (r[0], b[1]) in intersections and connects((r[0], b[1]), r)
                     and connects((r[0], b[1]), b)), None)
        if cell is not None:
            cells.append(cell)
    return cells


def _bbox(cells) -> tuple[float, float, float, float]:
    return (min(c[0] for c in cells), min(c[1] for c in cells),
            max(c[2] for c in cells), max(c[3] for c in cells))


def _contains(outer, inner) -> bool:
    return outer != inner and outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 \
        and outer[2] >= inner[2] - 1 and outer[3] >= inner[3] - 1


class _Grid:
    """A table's cells on the grid of their left and top edges."""

    def __init__(self, cells) -> None:
        self.cells = cells
        self.xs = sorted({round(c[0], 1) for c in cells})
        self.ys = sorted({round(c[1], 1) for c in cells})
        self.bbox = _bbox(cells)
        self.at: dict[tuple[int, int], int] = {}
        self.span: list[tuple[int, int, int]] = []  # row, first column, last column
        for k, (x0, top, x1, bottom) in enumerate(cells):
            r0 = self.ys.index(round(top, 1))
            r1 = max(r0, bisect.bisect_left(self.ys, bottom - 1) - 1)
            c0 = self.xs.index(round(x0, 1))
            c1 = max(c0, bisect.bisect_left(self.xs, x1 - 1) - 1)
            self.span.append((r0, c0, c1))
            for r in range(r0, r1 + 1):
                for col in range(c0, c1 + 1):
                    self.at[(r, col)] = k

    def cell_of(self, x: float, y: float) -> int | None:
        """The cell holding the point (x, y), if one does."""
        b = self.bbox
        if not (b[0] <= x <= b[2] and b[1] <= y <= b[3]):
            return None
        r = bisect.bisect_right(self.ys, y) - 1
        col = bisect.bisect_right(self.xs, x) - 1
        return self.at.get((r, col))

    def one_answer(self, xa: float, xb: float, y: float) -> bool:
        """Whether :meth:`cell_of` answers the same for every x from xa to xb at height y."""
        b0, b1, b2, b3 = self.bbox
        if not b1 <= y <= b3:
            return True  # above or below the table: no cell
        return ((xa < b0) == (xb < b0) and (xa > b2) == (xb > b2)
                and bisect.bisect_right(self.xs, xa) == bisect.bisect_right(self.xs, xb))


def _place(chars: list[_Run], grids: list[_Grid]) -> tuple[list[_Run], list[list[list[_Run]]]]:
    """Characters outside any table, and those in each cell of each grid (the first grid holding one's centre).

    A run goes whole where its first and last characters' centres fall in
    the same column of every grid tried, else it is cut where the cell
    changes (found by halving it).
    """
    loose: list[_Run] = []
    in_cell: list[list[list[_Run]]] = [[[] for _ in g.cells] for g in grids]
    if not grids:
        return chars, in_cell
    pairs = list(zip(grids, in_cell))

    def home(xa: float, xb: float, y: float) -> list[_Run] | None:
        """Where every centre from xa to xb at height y goes, if all go to one place."""
        for g, bins in pairs:
            if not g.one_answer(xa, xb, y):
                return None
            k = g.cell_of(xa, y)
            if k is not None:
                return bins[k]
        return loose

    for run in chars:
        y = (run.top + run.bottom) / 2
        if run.chars is None:
            x = (run.x0 + run.x1) / 2
            home(x, x, y).append(run)
            continue
        where = home((run.x0 + run.chars[0][3]) / 2, (run.last_x0 + run.x1) / 2, y)
        if where is not None:
            where.append(run)
            continue
        mids = [(c[1] + c[3]) / 2 for c in run.chars]
        pieces: list[list] = []  # [first, end, where]: consecutive characters going to one place

        def cut(i: int, j: int) -> None:
            where = home(mids[i], mids[j - 1], y)  # one character always has one place
            if where is None:
                m = (i + j) // 2
                cut(i, m)
                cut(m, j)
            elif pieces and pieces[-1][2] is where:
                pieces[-1][1] = j
            else:
                pieces.append([i, j, where])

        cut(0, len(mids))
        for i, j, where in pieces:
            where.append(run.part(i, j))
    return loose, in_cell


def _cell_text(chars: list[_Run]) -> str:
    if len(chars) == 1 and not chars[0].turn:  # one run: one line, read as it is
        return " ".join(chars[0].text.split())
    upright = [c for c in chars if not c.turn]
    lines = [_row_text(r, tabs=False) for r in _rows(upright)] if upright else []
    lines += _turned_text([c for c in chars if c.turn])
    return "\n".join(t for t in lines if t)


def _bands(grid: _Grid) -> list[list[int]]:
    """Split a grid into runs of rows that share a column boundary.

    Two ruled tables drawn edge to edge make one grid; where the inner
    column boundaries of one row and the next have nothing in common, a new
    table starts. A row without inner boundaries goes with the run above.
    """
    n = len(grid.xs)
    bands: list[list[int]] = []
    prev: set[int] = set()
    for r in range(len(grid.ys)):
        inner = {k for k in range(1, n)
                 if (r, k - 1) in grid.at and (r, k) in grid.at
                 and grid.at[(r, k - 1)] != grid.at[(r, k)]}
        if bands and (not inner or not prev or inner & prev):
            bands[-1].append(r)
        else:
            bands.append([r])
        if inner:
            prev = inner
    return bands


def _table_rows(grid: _Grid, texts: list[str], band: list[int]) -> list[tuple[float, list[str], tuple[float, ...]]]:
    """Rows of a table as lists of cells, grid columns merged so that rows line up.

    A boundary between two grid columns is kept when more rows separate text
    there than run a filled cell across it.
    """
    n = len(grid.xs)
    wanted = set(band)
    rows: dict[int, list[tuple[int, int, str]]] = {r: [] for r in band}
    for (r, c0, c1), text in zip(grid.span, texts):
        if r in wanted:
            rows[r].append((c0, c1, text))
    cross = [0] * (n + 1)
    sep = [0] * (n + 1)
    for spans in rows.values():
        spans.sort()
        for a, b, text in spans:
            if text:
                for k in range(a + 1, b + 1):
                    cross[k] += 1
        for (a, b, t1), (a2, b2, t2) in zip(spans, spans[1:]):
            if b + 1 == a2 and (t1 or t2):
                sep[a2] += 1
    groups: list[int] = []  # grid column -> logical column
    for k in range(n):
        if k and cross[k] > sep[k]:
            groups.append(groups[-1])
        else:
            groups.append(groups[-1] + 1 if groups else 0)
    width = groups[-1] + 1 if groups else 0
    bounds = tuple(grid.xs[k] for k in range(n) if k == 0 or groups[k] != groups[k - 1])
    out = []
    for r in sorted(rows):
        cells = [""] * width
        for a, b, text in rows[r]:
            if text:
                g = groups[a]
                cells[g] = f"{cells[g]}\n{text}" if cells[g] else text
        if any(cells):
            out.append((grid.ys[r], cells, bounds))
    return out


# --- pages -------------------------------------------------------------------

def _page_items(page, table_counter: list[int]) -> tuple[list[_Item], int]:
    """A page's lines and table rows in reading order, and its character count."""
    height = page.get_height()
    chars = _page_chars(page, height)
    if not chars:
        return [], 0
    grids = [_Grid(t) for t in _tables(_edges(page, height))]
    loose, in_cell = _place(chars, grids)
    items: list[_Item] = []
    upright = [c for c in loose if not c.turn]
    for row in _rows(upright) if upright else []:
        segs = _segments(row)
        if segs:
            bold = all(c.bold for c in row.chars)
            items.append(_Item(top=row.top, text="\t".join(t for t, _, _ in segs), size=row.size,
                               bold=bold, x0=row.x0, segs=segs,
                               bottom=max(c.bottom for c in row.chars)))
    turned = [c for c in loose if c.turn]
    for text in _turned_text(turned) if turned else []:
        items.append(_Item(top=min(c.top for c in turned), text=text))
    for g, bins in zip(grids, in_cell):
        texts = [_cell_text(b) for b in bins]
        for band in _bands(g):
            table_no = table_counter[0]
            table_counter[0] += 1
            rows = [_Item(top=top, cells=cells, table=table_no, bounds=bounds)
                    for top, cells, bounds in _table_rows(g, texts, band)]
            if rows:
                bottom = max(g.ys[r + 1] if r + 1 < len(g.ys) else g.bbox[3] for r in band)
                _attach_edges(items, rows, g.ys[band[0]], bottom, g.bbox[2])
                items.extend(rows)
    items = [it for it in items if it.cells is not None or it.text]
    items.sort(key=lambda it: it.top)
    return items, sum(r.n for r in chars)


def _column_of(bounds: tuple[float, ...], right: float, x0: float, x1: float) -> int | None:
    """The column holding the span x0..x1 whole, if one does."""
    edges = list(bounds) + [right]
    for k in range(len(bounds)):
        if edges[k] - 2 <= x0 and x1 <= edges[k + 1] + 2:
            return k
    return None


def _attach_edges(items: list[_Item], rows: list[_Item], top: float, bottom: float, right: float) -> None:
    """Give a table the text lines that belong to it but sit outside its ruling.

    * A line just above the table whose words (two or more runs) each fall in a
      different column is its header row drawn without rules.
    * A line running over the bottom rule, inside one column, is the end of
      the last row's cell there (text that overflowed at a page break).
    """
    first, last = rows[0], rows[-1]
    bounds = first.bounds
    for it in items:
        if it.cells is not None or not it.segs:
            continue
        cols = [_column_of(bounds, right, x0, x1) for _, x0, x1 in it.segs]
        if None in cols or len(set(cols)) != len(cols):
            continue
        if len(cols) > 1 and it.bottom <= top + 1 and top - it.bottom <= 0.5 * it.size:
            cells = [""] * len(bounds)
            for (text, _, _), k in zip(it.segs, cols):
                cells[k] = text
            it.cells, it.table, it.bounds, it.text = cells, first.table, bounds, ""
        elif len(cols) == 1 and it.top < bottom < it.bottom:
            cells = list(last.cells)
            for (text, _, _), k in zip(it.segs, cols):
                cells[k] = f"{cells[k]}\n{text}" if cells[k] else text
            last.cells, it.text = cells, ""


def _repeating_keys(pages: list[_Page]) -> set[str]:
    """Lines at the top or bottom edge of most pages: running headers/footers."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for p in pages:
        texts = [it.text for it in p.items if it.cells is None]
        edge = set(texts[:2] + texts[-3:])
        counts.update({_key(t) for t in edge})
    need = max(2, math.ceil(0.6 * len(pages)))
    return {k for k, n in counts.items() if n >= need and k}


def _key(text: str) -> str:
    """Compare running lines with their digits blanked.

    >>> _key("Page  7 of 11")
    'page # of #'
    """
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


SPLIT_MIN_PAGES = 16  # fewer pages than this are read in one process: a fork would cost more than it saves
most_readers = 0  # the most forked readers this process has had at once (for its peak memory)


def read(path: Path, raw: bytes, limits, processes: int = 1) -> SourceText:
    """Read a PDF; with ``processes`` > 1 (idle cores the caller offers), a long one is read
    in contiguous page ranges by forked processes at once, with the same result."""
    doc = _open(path, raw)
    try:
        if len(doc) == 0:
            raise MinutesError(ErrorCode.E004, path, detail="no pages")
        if len(doc) > limits.max_pages:
            raise MinutesError(ErrorCode.E007, path,
                               detail=f"{len(doc)} pages > max_pages {limits.max_pages}")
        ways = processes if hasattr(os, "fork") and len(doc) >= SPLIT_MIN_PAGES else 1
        ranges = _ranges(len(doc), max(1, ways))
        children: list[tuple[int, int] | None] = []
        try:
            for r in ranges[1:]:
                try:
                    children.append(_fork_range(path, raw, r))
                except OSError:  # no process to be had (EAGAIN, ENOMEM): read that range here
                    children.append(None)
            global most_readers
            most_readers = max(most_readers, sum(c is not None for c in children))
            pages, chars, tables = _read_range(path, doc, ranges[0])
            for r, child in zip(ranges[1:], children):
                got = _collect(path, child) if child is not None else None
                if got is None:  # the process failed (not the file): read its pages here
                    got = _read_range(path, doc, r)
                more, n, t = got
                for p in more:  # its tables were numbered from 0
                    for it in p.items:
                        if it.table is not None:
                            it.table += tables
                pages += more
                chars += n
                tables += t
        finally:
            for child in children:
                if child is not None:
                    _reap(child)
    finally:
        doc.close()
    if not chars:
        raise MinutesError(ErrorCode.E008, path, detail=f"no characters on any of {len(pages)} pages")
    return _build(path, raw, pages)


def _ranges(n: int, ways: int) -> list[range]:
    """Page numbers 1..n in ``ways`` contiguous ranges of near-equal length.

    >>> _ranges(5, 2), _ranges(3, 1)
    ([range(1, 4), range(4, 6)], [range(1, 4)])
    """
    bounds = [1 + (n * k + ways - 1) // ways for k in range(ways + 1)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def _read_range(path: Path, doc, numbers: range, parent: int | None = None) -> tuple[list[_Page], int, int]:
    """The pages numbered ``numbers``, their character count and how many tables they hold.
    A forked reader gives its ``parent``'s pid, and stops when that process is gone."""
    pages: list[_Page] = []
    table_counter = [0]
    chars = 0
    for number in numbers:
        if parent is not None and os.getppid() != parent:
            os._exit(1)  # the worker was killed (a time or memory bound): its reader goes too
        try:
            page = doc[number - 1]
        except Exception as exc:
            raise MinutesError(ErrorCode.E004, path, detail=f"page {number}: {exc}"[:200]) from exc
        try:
            items, n = _page_items(page, table_counter)
            pages.append(_Page(number, items))
            chars += n
        except (MinutesError, MemoryError):
            raise  # out of memory is the worker's bound, not a fault of the file
        except Exception as exc:
            raise MinutesError(ErrorCode.E004, path,
                               detail=f"page {number}: {type(exc).__name__}: {exc}"[:200]) from exc
        finally:
            page.close()
    return pages, chars, table_counter[0]


def _fork_range(path: Path, raw: bytes, numbers: range) -> tuple[int, int]:
    """Start a process reading ``numbers``: (pid, read end of the pipe its result comes down).

    The child sends ("ok", pages, chars, tables) or ("error", code, detail), pickled, and
    leaves with os._exit, so nothing of the parent's (open files, finalisers) runs twice.
    """
    rfd, wfd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        os.close(wfd)
        return pid, rfd
    status = 1
    try:
        # hold nothing of the worker's (its pipes to the pool above all, whose closing tells
        # the pool the worker is gone): only the write end of this reader's own pipe
        os.closerange(3, wfd)
        os.closerange(wfd + 1, 1 << 16)
        _die_with_parent(parent)
        try:
            result = ("ok", *_read_range(path, _open(path, raw), numbers, parent))
        except MinutesError as exc:
            result = ("error", exc.code.name, exc.detail)
        if os.getppid() == parent:  # nobody to tell when the worker was killed meanwhile
            with os.fdopen(wfd, "wb") as out:
                pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
    finally:
        os._exit(status)


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this forked reader when the worker goes (killed at its time or
    memory bound), even inside a page that never ends; where that cannot be asked for, the
    reader still checks between pages."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # gone before the request was made
        os._exit(1)


def _collect(path: Path, child: tuple[int, int]) -> tuple[list[_Page], int, int] | None:
    """A forked reader's pages, or its MinutesError raised here; None when it failed."""
    pid, rfd = child
    with os.fdopen(rfd, "rb") as pipe:
        data = pipe.read()
    try:
        result = pickle.loads(data) if data else None
    except Exception:
        result = None
    if not result:
        return None
    if result[0] == "error":
        raise MinutesError(ErrorCode[result[1]], path, detail=result[2])
    return result[1], result[2], result[3]


def _reap(child: tuple[int, int]) -> None:
    """Make sure a forked reader is gone (it may still run when an earlier range failed)."""
    pid, rfd = child
    try:
        os.close(rfd)
    except OSError:
        pass  # read and closed already
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _build(path: Path, raw: bytes, pages: list[_Page]) -> SourceText:
    repeating = _repeating_keys(pages)
    sizes = [it.size for p in pages for it in p.items if it.cells is None and it.size]
    body = statistics.median(sizes) if sizes else 0.0
    kept = [[it for it in p.items if it.cells is not None
             or (_key(it.text) not in repeating and not _PAGE_NO.match(it.text.strip()))]
            for p in pages]
    _continue_tables(kept)
    _drop_empty_columns([it for items in kept for it in items])
    builder = TextBuilder()
    for p, items in zip(pages, kept):
        _join_hyphens(items)
        for n, it in enumerate(items, start=1):
            if it.cells is not None:
                builder.add_row(it.cells, page=p.number, src_line=n, table=it.table)
            elif "\t" in it.text:
                builder.add_row(it.text.split("\t"), page=p.number, src_line=n)
            elif it.text:
                heading = 1 if body and it.size >= body * 1.15 else None
                builder.add_line(it.text, page=p.number, src_line=n, heading=heading, bold=it.bold)
    return builder.build(str(path), "pdf", raw, pages=len(pages))


def _join_hyphens(items: list[_Item]) -> None:
    """Join a word split by a hyphen at a line end with its other half."""
    for a, b in zip(items, items[1:]):
        if a.cells is not None or b.cells is not None:
            continue
        if re.search(r"[A-Za-z]-$", a.text) and b.text[:1].islower():
            head, _, rest = b.text.partition(" ")
            a.text = a.text[:-1] + head
            b.text = rest


def _continue_tables(pages: list[list[_Item]]) -> None:
    """Join a table broken by a page break: same columns, first thing on the page.

    The rows on the new page take the table number of the old one; a first
    row whose first cell is empty finishes the last row of the old page.
    """
    last: _Item | None = None  # the last thing read so far
    for after in pages:
        first = after[0] if after else None
        if (last is not None and first is not None and last.cells is not None
                and first.cells is not None and len(last.bounds) == len(first.bounds)
                and all(abs(a - b) <= _TOL for a, b in zip(last.bounds, first.bounds))):
            old, new = last.table, first.table
            for it in after:
                if it.table == new:
                    it.table = old
            if not first.cells[0]:
                last.cells = [f"{a}\n{b}" if a and b else a or b for a, b in zip(last.cells, first.cells)]
                after.remove(first)
        if after:
            last = after[-1]


def _drop_empty_columns(items: list[_Item]) -> None:
    """Drop the columns of a table that are empty in every one of its rows."""
    tables: dict[int, list[_Item]] = {}
    for it in items:
        if it.cells is not None and it.table is not None:
            tables.setdefault(it.table, []).append(it)
    for rows in tables.values():
        width = max(len(r.cells) for r in rows)
        used = [any(k < len(r.cells) and r.cells[k] for r in rows) for k in range(width)]
        for r in rows:
            r.cells = [c for c, u in zip(r.cells, used) if u]
