"""Word (.docx): paragraphs with heading styles, tables as rows, in body order."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..document import SourceText, TextBuilder
from ..errors import ErrorCode, MinutesError

_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.I)
# a real .docx packs text and XML about 3-10 to 1: Limits.max_zip_ratio (200) leaves room
MIN_BOMB_MEMBER = 1024 * 1024  # a part smaller than this cannot hurt, whatever its ratio


def _check_zip(path: Path, raw: bytes, limits) -> None:
    """Refuse a zip that is not a .docx or whose parts would unpack huge (a zip bomb).

    The sizes checked are the ones the zip declares: Python's zipfile never
    unpacks more than a member declares (it fails the CRC instead).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise MinutesError(ErrorCode.E004, path, detail=f"not a valid .docx (zip) file: {exc}") from exc
    total = sum(i.file_size for i in infos)
    cap = 2 * limits.max_bytes if limits is not None else 200 * 1024 * 1024
    if total > cap:
        raise MinutesError(ErrorCode.E007, path,
                           detail=f"unpacks to {total} bytes > 2 x max_bytes {cap // 2} (possible zip bomb)")
    most = limits.max_zip_ratio if limits is not None else 200
    for i in infos:
        ratio = i.file_size / max(1, i.compress_size)
        if i.file_size > MIN_BOMB_MEMBER and ratio > most:
            raise MinutesError(ErrorCode.E007, path,
                               detail=f"part {i.filename} unpacks {ratio:.0f} times its packed size "
                                      f"> max_zip_ratio {most}: possible zip bomb")
    if not any(i.filename == "word/document.xml" for i in infos):
        raise MinutesError(ErrorCode.E004, path, detail="no word/document.xml inside")


def read(path: Path, raw: bytes, limits) -> SourceText:
    _check_zip(path, raw, limits)
    import docx  # python-docx; imported here so text-only runs never pay for it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many types for broken parts
        raise MinutesError(ErrorCode.E004, path, detail=f"{type(exc).__name__}: {exc}") from exc
    builder = TextBuilder()
    n = 0
    for table_no, item in enumerate(document.iter_inner_content()):
        n += 1
        if isinstance(item, Paragraph):
            text = item.text
            if not text.strip():
                builder.add_blank(src_line=n)
                continue
            style = (item.style.name if item.style is not None else "") or ""
            level = None
            m = _HEADING_STYLE.search(style)
            if m:
                level = int(m.group(1))
            elif style.lower() == "title":
                level = 1
            runs = [r for r in item.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold for r in runs)
            for part in text.split("\n"):
                builder.add_line(part, src_line=n, heading=level, bold=bold)
        elif isinstance(item, Table):
            builder.add_blank(src_line=n)
            for row in item.rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell.text)  # line breaks inside a cell are kept
                builder.add_row(cells, src_line=n, table=table_no)
            builder.add_blank(src_line=n)
    return builder.build(str(path), "docx", raw)
