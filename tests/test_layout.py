"""Layout: what one line is, from its shape (classify)."""

from __future__ import annotations

import pytest

from pipeline.stages.layout import NUMBER_ONLY, classify


def shape(b):
    return b.kind, b.number, b.title


@pytest.mark.parametrize("line, expected", [
    ("1. Welcome and apologies", ("heading", "1", "Welcome and apologies")),
    ("1) Welcome", ("heading", "1", "Welcome")),
    ("01 Introduction", ("heading", "01", "Introduction")),
    ("4a Budget", ("heading", "4a", "Budget")),
    ("5.2 Recruitment", ("heading", "5.2", "Recruitment")),
    ("Item 3 Finance", ("heading", "3", "Finance")),
    ("135/19 Minutes of the last meeting", ("heading", "135/19", "Minutes of the last meeting")),
    ("FGB 20/2021 Attendance and associated matters", ("heading", "FGB 20/2021", "Attendance and associated matters")),
    ("1.Confirmation of Minutes", ("heading", "1", "Confirmation of Minutes")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_numbered_lines(line, expected):
    assert shape(classify(line, 0, 0)) == expected


@pytest.mark.parametrize("line, expected", [
    ("1.", ("text", "1", None)),
    ("Item 7", ("text", "7", None)),
])
def test_a_number_alone_waits_for_its_title(line, expected):
    b = classify(line, 0, 0)
    assert shape(b) == expected
    assert b.rules == ["layout.number-only"]


@pytest.mark.parametrize("line", [
    "26 November 2018",           # a date
    "2",                          # a page number
    "2018.",                      # a year ending a sentence
    "20% of referrals were seen",  # a quantity
    "for 2016/17 the relevant quote is",  # a lower-case word is no minute-ref prefix
])
def test_not_numbered(line):
    assert classify(line, 0, 0).number is None


def test_lower_case_title_is_a_heading_only_when_styled():
    assert shape(classify("0.1. issue 291, TOC", 0, 0, heading_hint=4)) == ("heading", "0.1", "issue 291, TOC")
    assert classify("0.1. issue 291, TOC", 0, 0).kind == "text"


def test_numbered_sentence_continuing_is_text():
    b = classify("015/16 our share is £609.48. AGREED to pay", 0, 0)
    assert b.kind == "text"


def test_label_lines():
    b = classify("Apologies: HMP Isis, London Councils", 10, 3)
    assert (b.kind, b.label, b.rest_start, b.index) == ("label", "APOLOGIES", 21, 3)
    b = classify("PRESENT:", 0, 0)
    assert (b.kind, b.label) == ("label", "PRESENT")
    assert classify("Persistent Offenders: a review", 0, 0).label is None


@pytest.mark.parametrize("line", ["- Regular updates to the RRB.", "• Types of Loans.", "(a) Monthly Meeting", "ii) Second point"])
def test_bullets(line):
    b = classify(line, 0, 0)
    assert b.kind == "list" and b.number is None


def test_table_rows_keep_cells_and_number():
    line = "FGB 22/2021\tTo agree the Minutes\tAgreed"
    cells = [(0, 11), (12, 32), (33, 39)]
    b = classify(line, 0, 0, cells=cells)
    assert (b.kind, b.number, b.cells) == ("row", "FGB 22/2021", cells)
    b = classify("01\t\t\tIntroduction", 0, 0, cells=[(0, 2), (3, 3), (4, 4), (5, 17)])
    assert b.number == "01"
    b = classify("Simon Clark\tTesco", 0, 0, cells=[(0, 11), (12, 17)])
    assert (b.kind, b.number) == ("row", None)


def test_headings():
    assert shape(classify("Persistent Offenders Presentation", 0, 0)) == \
        ("heading", None, "Persistent Offenders Presentation")
    b = classify("Minutes of the meeting", 0, 0, heading_hint=1)
    assert (b.kind, b.level, b.rules) == ("heading", 1, ["layout.heading-style"])
    b = classify("The board discussed the budget at length", 0, 0, bold=True)
    assert (b.kind, b.rules) == ("heading", ["layout.bold-line"])


@pytest.mark.parametrize("line", [
    "The budget was agreed by all members present.",  # a sentence
    "5272",                                           # a number in a table of figures
    "(a)",                                            # a list marker alone
    "Wendy Reid: +1",                                 # a speaker's line
    "Signed ______________________",                  # a line to sign on
])
def test_not_headings(line):
    assert classify(line, 0, 0).kind != "heading"


def test_number_only_pattern():
    assert [NUMBER_ONLY.match(t).group("number") for t in ["01", "1.", "58a/1920", "BM 35/2122"]] == \
        ["01", "1", "58a/1920", "BM 35/2122"]
    assert NUMBER_ONLY.match("1 0") is None


@pytest.mark.parametrize("line, label, rest", [
    ("- ACTION: Priya to book the community hall", "ACTION", "Priya to book the community hall"),
    ("* Action: TB to write to the landlord", "ACTION", "TB to write to the landlord"),
    ("• Apologies: Cllr Newton, Cllr Ames", "APOLOGIES", "Cllr Newton, Cllr Ames"),
    ("Action 3: RK to chase the auditors", "ACTION", "RK to chase the auditors"),
    ("* Action 4.2 (Nov): PL to revise the rota — complete", "ACTION", "PL to revise the rota — complete"),
    ("ACTION 12/3: Clerk to order two benches", "ACTION", "Clerk to order two benches"),
])
def test_label_after_bullet_or_with_reference(line, label, rest):
    b = classify(line, 100, 4)
    assert (b.kind, b.label, b.index) == ("label", label, 4)
    assert line[b.rest_start - 100:] == rest


def test_bulleted_label_rules():
    assert classify("- ACTION: Priya to book the hall", 0, 0).rules == ["layout.bulleted-label", "label.action"]
    assert classify("Action 3: RK to chase", 0, 0).rules == ["label.action", "layout.action-reference"]


@pytest.mark.parametrize("line", [
    "- Chapter 3: the new approach",     # a reference after a word that is no action label
    "- Budget 2024: spend was on target",
    "a) Apologies: none",                # a lettered sub-item keeps its letter
    "- 3 members: carried",
])
def test_no_label_after_bullet(line):
    b = classify(line, 0, 0)
    assert b.kind != "label"


def test_lettered_line_with_label_keeps_its_letter():
    b = classify("a) Apologies: none", 0, 0)
    assert (b.kind, b.number, b.title) == ("heading", "a", "Apologies: none")


def test_roman_numbers_in_capitals():
    assert shape(classify("IV. NEW BUSINESS", 0, 0)) == ("heading", "IV", "NEW BUSINESS")
    assert classify("iv) a point in a list", 0, 0).kind == "list"
