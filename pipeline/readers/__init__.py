"""Readers: one file in, normalised :class:`~pipeline.document.SourceText` out.

The reader is chosen by extension; every failure is a
:class:`~pipeline.errors.MinutesError` naming the file and the reason.
:func:`read_path` raises nothing else: a reader that trips over a hostile
file (an exception of its own, a recursion or memory error) is reported as a
corrupt document (E004), and a file whose content is another format than its
extension says is refused with the format it really is.
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
    """Bounds on one input; a file past one is refused with E007.

    ``max_bytes``, ``max_pages``, ``max_chars`` and ``max_zip_ratio`` bound
    what a reader accepts; ``max_seconds`` (per file) and ``max_memory_mb`` (per worker
    process) bound the work, and are enforced by the worker pool of
    :mod:`pipeline.extract` (0 means no bound).
    """

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    max_chars: int = 5_000_000
    max_seconds: float = 300.0
    max_memory_mb: int = 3072
    max_zip_ratio: int = 200  # a .docx part unpacking more times its packed size is a zip bomb

    def content_key(self) -> str:
        """The limits that decide a file's records (part of the cache key).

        >>> Limits().content_key()
        'bytes=104857600,pages=2000,chars=5000000,zip_ratio=200'
        """
        return (f"bytes={self.max_bytes},pages={self.max_pages},chars={self.max_chars},"
                f"zip_ratio={self.max_zip_ratio}")

    def bounds_key(self) -> str:
        """The bounds on the work (the cache key of a file that ran past one of them).

        >>> Limits().bounds_key()
        'seconds=300,memory=3072'
        """
        return f"seconds={self.max_seconds:g},memory={self.max_memory_mb}"


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
_SPLITTABLE = {".pdf"}  # readers that take ``processes``: they can share a long file among processes

# (magic bytes, name of the format, extension it should have); checked on the first bytes
_MAGIC = [
    (b"%PDF-", "a PDF document", ".pdf"),
    (b"PK\x03\x04", "a zip archive (Word .docx or other Office file)", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc/.xls)", None),
    (b"{\\rtf", "an RTF document", None),
    (b"\x89PNG", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF8", "a GIF image", None),
    (b"\x1f\x8b", "a gzip archive", None),
]


def sniff(raw: bytes) -> tuple[str, str | None] | None:
    """The format a file's first bytes announce, if it is one readers know by magic.

    >>> sniff(b"%PDF-1.7 ...")
    ('a PDF document', '.pdf')
    >>> sniff(b"Minutes of the meeting") is None
    True
    """
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, name, ext in _MAGIC:
        if head.startswith(magic):
            return name, ext
    return None


_TRUNCATED = "truncated: no text, and no %%EOF marker at the end of the file"


def _truncated_pdf(suffix: str, raw: bytes) -> bool:
    """A PDF cut short lacks its end marker; only consulted when no text came out."""
    return suffix == ".pdf" and b"%%EOF" not in raw[-4096:]


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def _check_kind(path: Path, suffix: str, raw: bytes) -> None:
    """Refuse a file whose content is a binary format other than its extension says."""
    found = sniff(raw)
    if found is None:
        return
    name, ext = found
    if ext == suffix:
        return
    advice = f"rename it to {ext}" if ext else "convert it to a supported format"
    raise MinutesError(ErrorCode.E002, path, detail=f"the content is {name}, not {suffix}: {advice}")


def read_path(path: str | Path, limits: Limits = Limits(), processes: int = 1) -> SourceText:
    """Read one file into normalised text, or raise MinutesError.

    ``processes`` is how many processes the reader may use at once: idle cores the caller
    offers, which the PDF reader takes for a long file (the result is the same).

    Nothing else is raised, but MemoryError: running out of memory depends on
    the machine, and the caller reports it (:func:`pipeline.extract.extract_one`).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
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
    _check_kind(path, suffix, raw)
    try:
        src = reader(path, raw, limits, processes=processes) if suffix in _SPLITTABLE else reader(path, raw, limits)
    except MinutesError as exc:
        if exc.code is ErrorCode.E008 and _truncated_pdf(suffix, raw):
            raise MinutesError(ErrorCode.E004, path, detail=_TRUNCATED) from exc
        raise
    except MemoryError:
        raise  # the worker's memory bound, not the file's fault alone: reported, never cached
    except RecursionError as exc:
        raise MinutesError(ErrorCode.E004, path, detail="structure nested too deeply") from exc
    except Exception as exc:  # a parser's own exception on a broken file
        raise MinutesError(ErrorCode.E004, path, detail=f"{type(exc).__name__}: {exc}"[:300]) from exc
    if len(src.text) > limits.max_chars:
        raise MinutesError(ErrorCode.E007, path, detail=f"{len(src.text)} characters > max_chars {limits.max_chars}")
    if not src.text.strip():
        if _truncated_pdf(suffix, raw):
            raise MinutesError(ErrorCode.E004, path, detail=_TRUNCATED)
        raise MinutesError(ErrorCode.E008 if src.format == "pdf" else ErrorCode.E001, path,
                           detail="no characters extracted")
    return src
