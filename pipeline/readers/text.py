"""Plain text: encoding detection, then one line per line; tabs make table rows."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..document import SourceText, TextBuilder
from ..errors import ErrorCode, MinutesError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, line ends, form feed
_NEWLINES = re.compile(r"\r\n|\r|\n|\u2028|\u2029")


def decode(path: Path, raw: bytes) -> str:
    """Decode bytes as text: BOM, then UTF-8, then Windows-1252/Latin-1.

    >>> decode(Path("a.txt"), "café".encode("cp1252"))
    'café'
    >>> decode(Path("a.txt"), "\\ufeffnote".encode("utf-16"))
    'note'
    """
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise MinutesError(ErrorCode.E002, path, detail=f"invalid {enc}") from exc
    sample = raw[:65536]
    if b"\x00" in sample:
        raise MinutesError(ErrorCode.E002, path, detail="contains NUL bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1")
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise MinutesError(ErrorCode.E002, path, detail="too many control characters")
    return text


def check_chars(path: Path, text: str, limits, factor: int = 1) -> None:
    """Refuse text past ``limits.max_chars`` (times ``factor`` for markup) before any work on it.

    >>> from pipeline.readers import Limits
    >>> check_chars(Path("a.txt"), "x" * 11, Limits(max_chars=10))
    Traceback (most recent call last):
    ...
    pipeline.errors.MinutesError: a.txt: E007 a limit was exceeded (11 characters > max_chars 10). Raise the limit with the matching --max-* option if the file is genuine.
    """
    if limits is not None and len(text) > limits.max_chars * factor:
        detail = (f"{len(text)} characters > max_chars {limits.max_chars}" if factor == 1
                  else f"{len(text)} characters of markup > {factor} x max_chars {limits.max_chars}")
        raise MinutesError(ErrorCode.E007, path, detail=detail)


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def lines_of(text: str) -> list[str]:
    return _NEWLINES.split(text)


_GAP = re.compile(r"\S+(?: \S+)*")


def _space_cells(line: str) -> list[tuple[int, str]]:
    """Cells of a line whose columns are separated by two or more spaces: (column, text).

    >>> _space_cells("24/051    Publish the policy    G Stoddart")
    [(0, '24/051'), (10, 'Publish the policy'), (32, 'G Stoddart')]
    """
    return [(m.start(), m.group()) for m in _GAP.finditer(line.replace("\t", " "))]


def space_tables(lines: list[str]) -> dict[int, list[str]]:
    """Runs of two or more lines laid out in the same columns (three or more cells, separated by
    two or more spaces, each cell starting where the first line's does): line index -> cells.

    >>> t = space_tables(["Ref   Action        Lead", "1     Book hall     Jo", "Prose.  Two spaces."])
    >>> t[0], t[1], 2 in t
    (['Ref', 'Action', 'Lead'], ['1', 'Book hall', 'Jo'], False)
    """
    out: dict[int, list[str]] = {}
    k = 0
    while k < len(lines):
        first = _space_cells(lines[k]) if "\t" not in lines[k] else []
        if len(first) < 3:
            k += 1
            continue
        cols = [c for c, _ in first]
        run = [k]
        j = k + 1
        while j < len(lines) and "\t" not in lines[j]:
            cells = _space_cells(lines[j])
            if len(cells) != len(cols) or any(abs(c - d) > 1 for (c, _), d in zip(cells, cols)):
                break
            run.append(j)
            j += 1
        if len(run) >= 2:
            for r in run:
                out[r] = [t for _, t in _space_cells(lines[r])]
        k = max(j, k + 1)
    return out


def build_lines(builder: TextBuilder, lines: list[str], first_line: int = 1) -> None:
    """Add plain-text lines; a line with tabs is a table row, so are lines aligned in columns."""
    aligned = space_tables(lines)
    for n, line in enumerate(lines, start=first_line):
        if n - first_line in aligned:
            builder.add_row(aligned[n - first_line], src_line=n, table=-1)
        elif not line.strip():
            builder.add_blank(src_line=n)
        elif "\t" in line.strip("\t ") or line.endswith("\t"):
            builder.add_row(line.split("\t"), src_line=n, table=-1)
        else:
            builder.add_line(line, src_line=n)


def read(path: Path, raw: bytes, limits) -> SourceText:
    text = decode(path, raw)
    check_chars(path, text, limits)
    builder = TextBuilder()
    build_lines(builder, lines_of(text))
    return builder.build(str(path), "txt", raw)
