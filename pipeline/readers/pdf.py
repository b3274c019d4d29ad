"""PDF through pdfplumber: text lines by baseline, tables as rows of cells.

* Lines are built from characters clustered on their baseline, so garbled
  small capitals ("P :" over "RESENT") read as one word ("PRESENT:").
* Tables found by pdfplumber are kept as rows of cells; when tables nest,
  only the innermost are kept and the rest of the outer one reads as text.
* Running headers and footers (the same line, digits aside, at the top or
  bottom of most pages) and bare page numbers are dropped.
* A word split by a hyphen at a line end is joined.
* Each line keeps its page; its font size and weight give heading hints.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..document import SourceText, TextBuilder
from ..errors import ErrorCode, MinutesError

_PAGE_NO = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)


@dataclass
class _Item:
    top: float
    text: str = ""
    cells: list[str] | None = None
    size: float = 0.0
    bold: bool = False
    table: int | None = None


@dataclass
class _Page:
    number: int
    items: list[_Item] = field(default_factory=list)


def _open(path: Path, raw: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
        _ = pdf.pages  # parses the page tree: truncation shows here
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise MinutesError(ErrorCode.E005, path) from exc
    except Exception as exc:  # pdfminer raises many types for broken files
        name = type(exc).__name__
        causes = name + " " + " ".join(type(a).__name__ for a in exc.args)  # pdfplumber wraps pdfminer's
        if "Password" in causes or "Encrypt" in causes:
            raise MinutesError(ErrorCode.E005, path) from exc
        raise MinutesError(ErrorCode.E004, path, detail=f"{name}: {exc}"[:200]) from exc
    return pdf


def _inside(obj: dict, bbox: tuple[float, float, float, float]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _contains(outer, inner) -> bool:
    return outer != inner and outer[0] <= inner[0] + 1 and outer[1] <= inner[1] + 1 \
        and outer[2] >= inner[2] - 1 and outer[3] >= inner[3] - 1


def _lines_from_chars(chars: list[dict]) -> list[_Item]:
    """Cluster characters into lines by baseline and join them into words."""
    chars = [c for c in chars if c.get("upright", True) and c["text"].strip() != "" or c["text"] == " "]
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - c["bottom"]) <= max(1.5, 0.25 * c["size"]):
            rows[-1].append(c)
        else:
            rows.append([c])
    items = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        sizes = [c["size"] for c in row if c["text"].strip()]
        if not sizes:
            continue
        size = statistics.median(sizes)
        parts: list[str] = []
        prev = None
        for c in row:
            if prev is not None:
                gap = c["x0"] - prev["x1"]
                if gap > 2.5 * size:
                    parts.append("\t")
                elif gap > 0.2 * min(size, prev["size"]) and not parts[-1].endswith(" ") and c["text"] != " ":
                    parts.append(" ")
            parts.append(c["text"])
            prev = c
        text = re.sub(r" +", " ", "".join(parts)).strip()
        text = re.sub(r" ?\t ?", "\t", text)
        if not text:
            continue
        bold = all("bold" in c.get("fontname", "").lower() for c in row if c["text"].strip())
        items.append(_Item(top=min(c["top"] for c in row), text=text, size=size, bold=bold))
    return items


def _page_items(page, table_counter: list[int]) -> list[_Item]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    leaves = [t for t in tables if not any(_contains(t.bbox, b) for b in boxes)]
    leaf_boxes = [t.bbox for t in leaves]
    chars = [c for c in page.chars if not any(_inside(c, b) for b in leaf_boxes)]
    items = _lines_from_chars(chars)
    for t in leaves:
        table_no = table_counter[0]
        table_counter[0] += 1
        rows = t.extract()
        for row_obj, cells in zip(t.rows, rows):
            texts = [c for c in cells if c is not None]
            if any((c or "").strip() for c in texts):
                items.append(_Item(top=row_obj.bbox[1], cells=texts, table=table_no))
    items.sort(key=lambda it: it.top)
    return items


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
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def read(path: Path, raw: bytes, limits) -> SourceText:
    pdf = _open(path, raw)
    pages: list[_Page] = []
    table_counter = [0]
    try:
        if len(pdf.pages) > limits.max_pages:
            raise MinutesError(ErrorCode.E007, path,
                               detail=f"{len(pdf.pages)} pages > max_pages {limits.max_pages}")
        for number, page in enumerate(pdf.pages, start=1):
            try:
                pages.append(_Page(number, _page_items(page, table_counter)))
            except MinutesError:
                raise
            except Exception as exc:
                raise MinutesError(ErrorCode.E004, path, detail=f"page {number}: {type(exc).__name__}: {exc}"[:200]) from exc
            finally:
                page.close()  # pdfplumber caches several MiB per page otherwise
    finally:
        pdf.close()
    repeating = _repeating_keys(pages)
    sizes = [it.size for p in pages for it in p.items if it.cells is None and it.size]
    body = statistics.median(sizes) if sizes else 0.0
    builder = TextBuilder()
    for p in pages:
        items = [it for it in p.items if it.cells is not None
                 or (_key(it.text) not in repeating and not _PAGE_NO.match(it.text.strip()))]
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
