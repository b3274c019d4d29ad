"""Write a PDF file from its object bodies: header, objects, cross-reference table, trailer.

Used to make PDFs without a PDF library: the benchmark's synthetic corpus and the
test fixtures (tests/fixtures/pdf/make_fixtures.py).
"""

from __future__ import annotations


def serialise(objects: list[bytes], trailer: bytes) -> bytes:
    """Objects numbered from 1, and the trailer entries after /Size (``/Root 1 0 R ...``).

    >>> pdf = serialise([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"],
    ...                 b"/Root 1 0 R")
    >>> pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    True
    """
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
