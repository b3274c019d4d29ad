"""Shared by the held-out generators: a small text-layer PDF written by hand, byte for byte
the same on every run (Helvetica as /F1, Helvetica-Bold as /F2, A4 pages)."""

from __future__ import annotations

import textwrap

from pipeline.pdfwrite import serialise


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_op(x: float, y: float, s: str, size: float = 10, font: str = "F1") -> str:
    return f"BT /{font} {size} Tf {x} {y} Td ({esc(s)}) Tj ET"


def table(ops: list[str], top: float, cols: list[float], rows: list[tuple[str, ...]],
          widths: list[int]) -> float:
    """A ruled table at ``top``; cells wrap at ``widths`` characters. Returns the bottom."""
    y = top
    ops.append("0.5 w")
    ops.append(f"{cols[0]} {y} m {cols[-1]} {y} l S")
    for r, cells in enumerate(rows):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        height = 12 * max(len(w) for w in wrapped) + 8
        for c, lines in enumerate(wrapped):
            for k, line in enumerate(lines):
                ops.append(text_op(cols[c] + 4, y - 13 - 12 * k, line, 9, "F2" if r == 0 else "F1"))
        for x in cols:
            ops.append(f"{x} {y} m {x} {y - height} l S")
        y -= height
        ops.append(f"{cols[0]} {y} m {cols[-1]} {y} l S")
    return y


def paragraph(ops: list[str], y: float, text: str) -> float:
    """Lines of ``text`` wrapped at 98 characters from ``y`` down; returns where the next starts."""
    for line in textwrap.wrap(text, 98):
        ops.append(text_op(56, y, line))
        y -= 13
    return y - 6



def build_pdf(pages: list[str]) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for stream in pages:
        data = stream.encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                        b"/F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (f1, f2, content)))
    objects[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                  + b"] /Count %d >>" % len(kids))
    return serialise(objects, b"/Root 1 0 R")
