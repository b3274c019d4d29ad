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
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
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


def build_lines(builder: TextBuilder, lines: list[str], first_line: int = 1) -> None:
    """Add plain-text lines; a line with tabs is a table row."""
    for n, line in enumerate(lines, start=first_line):
        if not line.strip():
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
