"""Readers: one file in, normalised :class:`~pipeline.document.SourceText` out.

The reader is chosen by extension; every failure is a
:class:`~pipeline.errors.MinutesError` naming the file and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..document import SourceText
from ..errors import ErrorCode, MinutesError
from . import docx, html, markdown, pdf, text


@dataclass(frozen=True)
class Limits:
    """Bounds on one input; a file past one is refused with E007."""

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    max_chars: int = 20_000_000


READERS: dict[str, Callable[[Path, bytes, Limits], SourceText]] = {
    ".txt": text.read,
    ".text": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
    ".pdf": pdf.read,
    ".docx": docx.read,
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_path(path: str | Path, limits: Limits = Limits()) -> SourceText:
    """Read one file into normalised text, or raise MinutesError."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise MinutesError(ErrorCode.E003, path, detail=path.suffix or "(no extension)")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise MinutesError(ErrorCode.E007, path, detail=f"{size} bytes > max_bytes {limits.max_bytes}")
        raw = path.read_bytes()
    except OSError as exc:
        raise MinutesError(ErrorCode.E006, path, detail=exc.strerror or type(exc).__name__) from exc
    if not raw.strip():
        raise MinutesError(ErrorCode.E001, path)
    src = reader(path, raw, limits)
    if len(src.text) > limits.max_chars:
        raise MinutesError(ErrorCode.E007, path, detail=f"{len(src.text)} characters > max_chars {limits.max_chars}")
    if not src.text.strip():
        raise MinutesError(ErrorCode.E008 if src.format == "pdf" else ErrorCode.E001, path,
                           detail="no characters extracted")
    return src
