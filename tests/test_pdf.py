"""The PDF reader: fixtures with their exact text, a real sample, refused files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.errors import MinutesError
from pipeline.readers import read_path

from .conftest import FIXTURES, RAW

PDFS = FIXTURES / "pdf"


def _maker():
    spec = importlib.util.spec_from_file_location("make_fixtures", PDFS / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _maker()


@pytest.mark.parametrize("name", sorted(make.FIXTURES))
def test_fixture_reads_to_its_expected_text(name):
    src = read_path(PDFS / f"{name}.pdf")
    assert src.text + "\n" == (PDFS / f"{name}.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(make.FIXTURES))
def test_fixture_files_match_their_generator(name):
    assert (PDFS / f"{name}.pdf").read_bytes() == make.build_pdf(make.FIXTURES[name]())


def _line(src, text):
    return next(ln for ln in src.lines if src.text[ln.start:ln.end] == text)


def test_ruled_table_rows_line_up_and_running_footer_goes():
    src = read_path(PDFS / "ruled-table.pdf")
    header = _line(src, "Name\tOrganisation\tRole")
    row = _line(src, "Bob Jones\tParish Trust\tTreasurer")
    assert header.table == row.table == 0
    assert [src.text[s:e] for s, e in row.cells] == ["Bob Jones", "Parish Trust", "Treasurer"]
    assert "Page 1 of 2" not in src.text and "Board minutes" not in src.text
    assert _line(src, "There was no other business.").page == 2
    assert _line(src, "Minutes of the Board").heading == 1
    assert _line(src, "Present:").bold and not row.bold


def test_small_caps_and_superscript_read_as_words():
    src = read_path(PDFS / "small-caps.pdf")
    assert src.text.splitlines()[:3] == ["MINUTES OF THE MEETING", "Held on Wednesday 5th May 2021", "PRESENT:"]
    assert "th\n" not in src.text  # no stray superscript line


def test_two_column_body_reads_as_cells():
    src = read_path(PDFS / "small-caps.pdf")
    ref = _line(src, "12/21\tApologies were received from Carol White.")
    assert ref.table is None
    assert [src.text[s:e] for s, e in ref.cells] == ["12/21", "Apologies were received from Carol White."]


def test_rotated_header_digits_read_bottom_to_top():
    src = read_path(PDFS / "rotated-header.pdf")
    assert "21/09/2020\t16/11/2020" in src.text.splitlines()
    assert "0\n2\n0\n2" not in src.text


def test_lpc_sample_keeps_label_superscript_and_aligned_rows():
    src = read_path(RAW / "lpc-north-of-tyne-2017-11-08.pdf")
    lines = src.text.split("\n")
    assert "PRESENT:" in lines
    assert "Date:\tWednesday 8th November 2017" in lines
    assert "Name\tOrganisation\tAffilliation" in lines
    assert "Simon Clark\tTesco\tCCA" in lines
    assert _line(src, "Simon Clark\tTesco\tCCA").page == 1
    assert "th" not in lines
    assert src.pages == 3


def test_governor_grid_dates_and_page_break_rows():
    src = read_path(RAW / "school-governors-decoy-learning-2020-11-16.pdf")
    lines = src.text.split("\n")
    assert "21/09/2020\t16/11/2020\t18/01/2021\t08/03/2021\t10/05/2021\t28/06/2021" in lines
    assert "Paul Evemy\tP\tP" in lines
    assert not any(ln.startswith("L&W 201116") or ln.startswith("Page ") for ln in lines)
    # the row broken by the page 5/6 break is one row, read once
    assert src.text.count("spread of the virus locally") == 1
    row = next(ln for ln in src.lines if ln.table is not None and "LW 22/2021" in src.text[ln.start:ln.end])
    assert "spread of the virus locally" in src.text[row.start:row.end]


# --- refused files -------------------------------------------------------------

def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _code(path: Path) -> str:
    with pytest.raises(MinutesError) as info:
        read_path(path)
    assert str(path) in str(info.value)
    return info.value.code.value


def test_truncated_pdf_is_corrupt(tmp_path):
    data = (PDFS / "ruled-table.pdf").read_bytes()
    assert _code(_write(tmp_path, "cut.pdf", data[: len(data) // 2])) == "E004"


def test_garbage_pdf_is_corrupt(tmp_path):
    assert _code(_write(tmp_path, "junk.pdf", b"%PDF-1.4\n" + b"\x8f junk \x00" * 50 + b"\n%%EOF\n")) == "E004"


def test_not_a_pdf_is_corrupt(tmp_path):
    assert _code(_write(tmp_path, "page.pdf", b"<html><body>minutes</body></html>\n%%EOF")) == "E004"


def test_pdf_needing_a_password_is_encrypted(tmp_path):
    # Standard security handler whose /U does not match the empty user password
    enc = (b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
           + b"> /P -44 >>")
    data = make.build_pdf(make.small_caps(), encrypt=enc)
    assert _code(_write(tmp_path, "locked.pdf", data)) == "E005"


def test_pdf_without_text_layer_has_no_text(tmp_path):
    data = make.build_pdf(["0.5 w 50 50 400 300 re S\n"])  # a drawing, as a scan would be
    assert _code(_write(tmp_path, "scan.pdf", data)) == "E008"


def test_pdf_with_text_reads(tmp_path):
    data = make.build_pdf([make.text(50, 700, "Minutes")])
    assert read_path(_write(tmp_path, "ok.pdf", data)).text == "Minutes"


def test_unruled_header_and_text_over_the_bottom_rule_join_the_table(tmp_path):
    t, ln = make.text, make.line
    p = t(55, 733, "Ref", 10, "F2") + t(155, 733, "Action", 10, "F2") + t(355, 733, "Who", 10, "F2")
    for y in (730, 710, 690):
        p += ln(50, y, 500, y)
    for x in (50, 150, 350, 500):
        p += ln(x, 730, x, 690)
    p += t(55, 716, "12/21", 10) + t(155, 716, "Send the letter", 10) + t(355, 716, "Clerk", 10)
    p += t(55, 696, "13/21", 10) + t(155, 696, "Book the hall", 10) + t(355, 696, "Chair", 10)
    p += t(155, 688, "for the summer fair", 10)  # runs over the bottom rule
    p += t(50, 600, "Below the table, in its own paragraph.", 10)
    src = read_path(_write(tmp_path, "t.pdf", make.build_pdf([p])))
    assert src.text == ("Ref\tAction\tWho\n12/21\tSend the letter\tClerk\n"
                        "13/21\tBook the hall\nfor the summer fair\tChair\n"
                        "Below the table, in its own paragraph.")
    assert {ln.table for ln in src.lines[:3]} == {0} and src.lines[3].table is None


# --- characters read in runs ---------------------------------------------------

def _crossing_page() -> str:
    """A text object running over a column rule, a word drawn twice (fake bold), a superscript."""
    t, ln = make.text, make.line
    p = "".join(ln(50, y, 300, y) for y in (730, 710, 690)) + "".join(ln(x, 730, x, 690) for x in (50, 150, 300))
    p += t(55, 716, "Send the letter by Friday", 10) + t(55, 696, "Ann", 10) + t(155, 696, "Clerk", 10)
    p += t(50, 600, "Minutes", 12, "F2") + t(50.3, 600, "Minutes", 12, "F2")
    p += t(50, 580, "Next meeting", 10) + t(150, 580, "5", 10) + t(155, 583, "th", 6) + t(165, 580, "May", 10)
    return p


def test_text_object_over_a_column_rule_is_cut_at_the_rule(tmp_path):
    src = read_path(_write(tmp_path, "cross.pdf", make.build_pdf([_crossing_page()])))
    assert src.text == "Send the letter by Fri\tday\nAnn\tClerk\nMinutes\nNext meeting\t5th May"
    assert [ln.table for ln in src.lines] == [0, 0, None, None]
    first = src.lines[0]
    assert [src.text[s:e] for s, e in first.cells] == ["Send the letter by Fri", "day"]
    assert src.lines[2].bold and not src.lines[3].bold


def test_page_without_rules_has_no_table(tmp_path):
    page = make.text(50, 700, "Send the letter by Friday", 10) + make.text(50, 680, "Ann Clerk", 10)
    src = read_path(_write(tmp_path, "plain.pdf", make.build_pdf([page])))
    assert src.text == "Send the letter by Friday\nAnn Clerk"
    assert all(ln.table is None and ln.cells is None for ln in src.lines)


@pytest.mark.parametrize("source", ["crossing", "ruled-table"])
def test_cells_are_those_pdfplumber_finds(tmp_path, source):
    import pypdfium2 as pdfium
    from pdfplumber.table import edges_to_intersections, intersections_to_cells, merge_edges
    from pdfplumber.utils import filter_edges

    from pipeline.readers import pdf

    path = PDFS / "ruled-table.pdf" if source == "ruled-table" else \
        _write(tmp_path, "cross.pdf", make.build_pdf([_crossing_page()]))
    doc = pdfium.PdfDocument(str(path))
    try:
        found = []
        for page in doc:
            edges = filter_edges(merge_edges(pdf._edges(page, page.get_height()), 3, 3, 3, 3), min_length=3)
            points = edges_to_intersections(edges, 3, 3)
            found.append(pdf._cells(points))
            assert found[-1] == intersections_to_cells(points)
            page.close()
    finally:
        doc.close()
    assert [len(cells) for cells in found] == ([4] if source == "crossing" else [11, 0])
    assert pdf._cells({}) == []


# --- a long PDF read by several processes at once -------------------------------------------

_LONG = sorted(p for p in RAW.glob("*.pdf") if p.name.startswith("school-governors"))  # 10-12 pages


def _same_source(a, b) -> bool:
    return a.text == b.text and a.lines == b.lines and a.pages == b.pages


@pytest.mark.parametrize("path", _LONG, ids=lambda p: p.name)
def test_pages_read_in_three_processes_give_the_same_source_as_one(path, monkeypatch):
    import pipeline.readers.pdf as pdf

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)
    one = read_path(path)
    three = read_path(path, processes=3)
    assert _same_source(one, three)
    assert any(ln.table is not None for ln in three.lines)  # table numbers were offset, not restarted
    assert sorted({ln.page for ln in three.lines}) == sorted({ln.page for ln in one.lines})


def test_a_short_pdf_is_read_in_one_process(monkeypatch):
    import pipeline.readers.pdf as pdf

    def no_fork(*args):
        raise AssertionError("forked for a short file")

    monkeypatch.setattr(pdf, "_fork_range", no_fork)
    assert read_path(RAW / "suffolk-libraries-agm-2015-09-10.pdf", processes=2).pages == 2


def test_a_page_failing_in_a_forked_range_is_reported_as_in_one_process(monkeypatch):
    import pypdfium2

    import pipeline.readers.pdf as pdf

    real = pdf._page_items
    path = RAW / "school-governors-decoy-fgb-2020-12-07.pdf"
    # page 9, in the last of three ranges of this 11-page file, known by its first line
    def text_of(page) -> str:
        return page.get_textpage().get_text_range()

    doc = pypdfium2.PdfDocument(path)
    texts = [text_of(doc[k]) for k in range(len(doc))]
    assert len(texts) == 11 and texts.count(texts[8]) == 1  # page 9 is told by its text

    def page_items(page, counter):
        if text_of(page) == texts[8]:
            raise ValueError("bad content stream")
        return real(page, counter)

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)
    monkeypatch.setattr(pdf, "_page_items", page_items)
    errors = []
    for processes in (1, 3):
        with pytest.raises(MinutesError) as exc:
            read_path(path, processes=processes)
        errors.append(exc.value.to_record())
    assert errors[0] == errors[1]
    assert errors[0]["code"] == "E004" and "page 9: ValueError: bad content stream" in errors[0]["reason"]


def test_a_forked_reader_that_dies_is_replaced_by_reading_its_pages_here(monkeypatch):
    import pipeline.readers.pdf as pdf

    def lost(*args, **kwargs):
        raise OSError("pipe closed")  # in the child: it sends nothing and exits with status 1

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)
    path = RAW / "school-governors-decoy-fgb-2020-03-23.pdf"
    one = read_path(path)
    monkeypatch.setattr(pdf.pickle, "dump", lost)
    assert _same_source(read_path(path, processes=2), one)


def test_a_failed_fork_reads_that_range_here(monkeypatch):
    import errno

    import pipeline.readers.pdf as pdf

    def no_fork():
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)
    path = RAW / "school-governors-decoy-fgb-2020-03-23.pdf"
    one = read_path(path)
    monkeypatch.setattr(pdf.os, "fork", no_fork)
    assert _same_source(read_path(path, processes=3), one)
