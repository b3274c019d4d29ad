"""Readers: every format to normalised lines with provenance; bad input named with a code."""

from __future__ import annotations

import io

import pytest

from pipeline.errors import MinutesError
from pipeline.readers import read_path


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_text_in_other_encodings_is_read(tmp_path, encoding):
    p = write(tmp_path, "m.txt", "Present: Zoë Brontë\n£450k spent\n".encode(encoding))
    src = read_path(p)
    assert src.text == "Present: Zoë Brontë\n£450k spent"


def test_text_lines_keep_their_source_line_numbers(tmp_path):
    src = read_path(write(tmp_path, "m.txt", "Title\n\n\nPresent: A\n"))
    assert [(src.text[ln.start:ln.end], ln.src_line) for ln in src.lines] == [
        ("Title", 1), ("", 2), ("Present: A", 4)]


def test_tab_separated_line_is_a_table_row(tmp_path):
    src = read_path(write(tmp_path, "m.txt", "1\tNPS to share data.\tComplete\t\t\n"))
    line = src.lines[0]
    assert [src.text[s:e] for s, e in line.cells] == ["1", "NPS to share data.", "Complete"]


def test_normalisation_of_latex_quotes_ligatures_and_spaces(tmp_path):
    src = read_path(write(tmp_path, "m.txt", "The \\pounds 450k “ﬁnal” sum\u00a0today\n"))
    assert src.text == 'The £450k "final" sum today'


def test_markdown_front_matter_headings_bold_and_html(tmp_path):
    md = ("---\ntitle: Board\ndate: 2019-04-02\n---\n# Minutes of the Board\n\n**1.Apologies**\n\n"
          "<p>From <b>Ann</b><br>and Bob</p>\n\n| Name | Role |\n|---|---|\n| Ann Lee | Chair |\n")
    src = read_path(write(tmp_path, "m.md", md))
    assert src.meta["title"] == "Board"
    lines = [src.text[ln.start:ln.end] for ln in src.lines if ln.end > ln.start]
    assert lines == ["Minutes of the Board", "1.Apologies", "From Ann", "and Bob", "Name\tRole", "Ann Lee\tChair"]
    assert src.lines[0].heading == 1 and src.lines[0].src_line == 5
    assert src.lines[2].bold


def test_html_page_drops_scripts_and_keeps_table_rows(tmp_path):
    html = ("<html><head><title>x</title><script>alert(1)</script></head><body><h1>Minutes</h1>"
            "<table><tr><th>Action</th><th>Who</th></tr><tr><td>Send report</td><td>AB</td></tr></table></body></html>")
    src = read_path(write(tmp_path, "m.html", html))
    assert src.text == "Minutes\nAction\tWho\nSend report\tAB"
    assert src.lines[0].heading == 1


def test_docx_paragraphs_headings_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Minutes of the Board", level=1)
    d.add_paragraph("Present: Ann Lee, Bob Roe")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Action", "Who"
    t.cell(1, 0).text, t.cell(1, 1).text = "Send the report", "AL"
    buf = io.BytesIO()
    d.save(buf)
    src = read_path(write(tmp_path, "m.docx", buf.getvalue()))
    assert src.text == "Minutes of the Board\nPresent: Ann Lee, Bob Roe\n\nAction\tWho\nSend the report\tAL"
    assert src.lines[0].heading == 1


@pytest.mark.parametrize("name,data,code", [
    ("empty.txt", b"", "E001"),
    ("blank.md", b"   \n\n", "E001"),
    ("binary.txt", b"\x00\x01\x02\x03" * 100, "E002"),
    ("notes.xyz", b"hello", "E003"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "E004"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "E004"),
])
def test_bad_input_is_refused_with_a_code_naming_the_file(tmp_path, name, data, code):
    p = write(tmp_path, name, data)
    with pytest.raises(MinutesError) as info:
        read_path(p)
    assert info.value.code.value == code
    assert str(p) in str(info.value)
    assert info.value.hint


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(MinutesError) as info:
        read_path(tmp_path / "gone.txt")
    assert info.value.code.value == "E006"


def test_space_aligned_columns_make_table_rows():
    from pipeline.readers.text import space_tables

    lines = ["Ref   Action          Lead      Due",
             "1     Book the hall   Jo Bell   May",
             "2     Pay the bill    Al Roe    June",
             "Two spaces  after a word do not make a table."]
    assert space_tables(lines) == {0: ["Ref", "Action", "Lead", "Due"],
                                   1: ["1", "Book the hall", "Jo Bell", "May"],
                                   2: ["2", "Pay the bill", "Al Roe", "June"]}
    # columns that do not line up, or a single line, are not a table
    assert space_tables(["A  B  C", "x    y  z"]) == {}
    assert space_tables(["Ref   Action   Lead"]) == {}


def test_html_task_list_checkboxes_become_boxes(tmp_path):
    html = ("<html><body><ul><li><input type=\"checkbox\" checked disabled> <span>Ann Lee Fix it</span></li>"
            "<li><input type=\"checkbox\" disabled> <span>Bo Ng Plan it</span></li>"
            "<li><input type=\"text\"> Note</li></ul></body></html>")
    src = read_path(write(tmp_path, "t.html", html))
    assert src.text == "- [x] Ann Lee Fix it\n- [ ] Bo Ng Plan it\n- Note"
