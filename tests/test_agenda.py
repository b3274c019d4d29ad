"""Agenda items: each numbering form, unnumbered headings, levels, wrapped titles,
and the numbered things that are not items (lists inside an item, action tables, dates)."""

from __future__ import annotations

import pytest



def items(doc):
    return [(it["number"], it["title"], it["level"]) for it in doc._.agenda_items]


@pytest.mark.parametrize("text, expected", [
    ("1. Welcome and apologies\nThe chair welcomed all.\n\n2. Finance\nThe budget was noted.\n",
     [("1", "Welcome and apologies", 1), ("2", "Finance", 1)]),
    ("1) Welcome\nText here.\n2) Finance\nMore text.\n",
     [("1", "Welcome", 1), ("2", "Finance", 1)]),
    ("Item 1 Welcome\nText here.\nItem 2 Budget report\nMore text.\n",
     [("1", "Welcome", 1), ("2", "Budget report", 1)]),
    ("135/19 Minutes of the last meeting\nAgreed.\n136/19 Matters arising\nNone.\n",
     [("135/19", "Minutes of the last meeting", 1), ("136/19", "Matters arising", 1)]),
    ("01\tIntroduction\n02\tLPC Priorities\n03\tOther Business\n",
     [("01", "Introduction", 1), ("02", "LPC Priorities", 1), ("03", "Other Business", 1)]),
    ("1.\tApologies\nNone were received.\n2.\tDeclarations of Interest\nNone.\n",
     [("1", "Apologies", 1), ("2", "Declarations of Interest", 1)]),
    ("BM 35/2122\tDivision of Agenda\tNoted.\nBM 36/2122\tFinance\tThe budget was agreed.\n",
     [("BM 35/2122", "Division of Agenda", 1), ("BM 36/2122", "Finance", 1)]),
], ids=["dot", "paren", "item-word", "minute-ref", "row-zero-padded", "row-title-and-notes", "row-prefixed-ref"])
def test_numbering_forms(run, text, expected):
    assert items(run(text)) == expected


def test_sub_numbers_are_level_two(run):
    doc = run("4 Finance\nNoted.\n4a Budget\nNoted.\n4b Audit\nNoted.\n5 Staffing\nNoted.\n5.2 Recruitment\nNoted.\n")
    assert items(doc) == [("4", "Finance", 1), ("4a", "Budget", 2), ("4b", "Audit", 2),
                          ("5", "Staffing", 1), ("5.2", "Recruitment", 2)]


def test_number_alone_then_title_on_the_next_line(run):
    doc = run("1.\n\nAdoption of Minutes\n\nThe minutes were adopted.\n\n2.\n\nFixing of Date\n\nAgreed.\n")
    assert items(doc) == [("1", "Adoption of Minutes", 1), ("2", "Fixing of Date", 1)]


def test_numbered_list_inside_an_item_is_not_an_item(run):
    doc = run("1. Welcome\nHello.\n\n2. Decisions\nThe board agreed the following:\n"
              "1. Stradbroke – this application has been accepted by the Board.\n"
              "2. Debenham – this application has been accepted by the Board.\n\n"
              "3. Date of next meeting\nTo be confirmed.\n")
    assert items(doc) == [("1", "Welcome", 1), ("2", "Decisions", 1), ("3", "Date of next meeting", 1)]


def test_numbered_paragraphs_are_not_items(run):
    doc = run("2 Minutes of the last meeting\n"
              "2.1 The minutes were amended to delete an inaccuracy and then accepted as a true and\n"
              "accurate record to be posted on the website.\n"
              "3 Matters Arising\nNone.\n")
    assert items(doc) == [("2", "Minutes of the last meeting", 1), ("3", "Matters Arising", 1)]


def test_action_table_rows_are_not_items(run):
    doc = run("1. Welcome\nHello.\n\nACTIONS TO BE TAKEN\nITEM\tTASK\tBY WHOM\tBY WHEN\n"
              "22/2021\tMinutes to website\tClerk\tasap\n23/2021\tSend the letter\tChair\tasap\n")
    assert items(doc) == [("1", "Welcome", 1)]


def test_action_column_header_does_not_hide_an_items_table(run):
    doc = run("Action\n1.\tApologies\nNone were received.\n2.\tFinance\nThe accounts were agreed.\n")
    assert items(doc) == [("1", "Apologies", 1), ("2", "Finance", 1)]


def test_previous_actions_table_inside_an_item_is_not_items(run):
    doc = run("1. Welcome\nHello.\n\n2. Actions from the previous meeting\n"
              "1\tNPS to discuss chairing the task group.\tComplete\n"
              "2\tUpdate on devolution to be shared.\tComplete\n\n"
              "3. Forward Planner\nNoted.\n")
    assert items(doc) == [("1", "Welcome", 1), ("2", "Actions from the previous meeting", 1),
                          ("3", "Forward Planner", 1)]


def test_a_date_line_is_not_an_item(run):
    doc = run("Note of meeting: the Board\n\n26 November 2018\n\n1. Welcome\nHello.\n")
    assert items(doc) == [("1", "Welcome", 1)]
    assert items(run("26 November 2018\n\nThe meeting was quorate.\n")) == []


def test_title_wrapped_over_two_lines(run):
    doc = run("3. To receive Presentation from the Senior Analyst on\nCrime Figures and Trends\n\n"
              "It was agreed.\n\n4. To receive update from Inspector Dermot Byrne in relation\n"
              "to Control of Horses\n\nThe Inspector reported.\n")
    assert items(doc) == [
        ("3", "To receive Presentation from the Senior Analyst on Crime Figures and Trends", 1),
        ("4", "To receive update from Inspector Dermot Byrne in relation to Control of Horses", 1)]


def test_a_short_title_does_not_swallow_the_next_line(run):
    doc = run("1. Apologies\n\nJohn Smith, Jane Doe\n\n2. Finance Report\n\nBudget Summary Table\n")
    # the names are a list, not a heading; the short capitalised line is a sub-heading of item 2
    assert items(doc) == [("1", "Apologies", 1), ("2", "Finance Report", 1), (None, "Budget Summary Table", 2)]


def test_agenda_list_taken_up_by_the_body_is_one_item_per_number(run):
    doc = run("Agenda:\nFGB 20/2021 Attendance and associated matters\nFGB 21/2021 Finance\n\n"
              "FGB 20/2021\tTo record those who\nwere present\tThe meeting opened.\n"
              "FGB 21/2021\tFinance\tThe budget was agreed.\n")
    assert items(doc) == [("FGB 20/2021", "Attendance and associated matters", 1),
                          ("FGB 21/2021", "Finance", 1)]
    first, second = doc._.agenda_items
    assert doc.text[first["span"][0]:].startswith("FGB 20/2021\tTo record")
    assert first["span"][1] == second["span"][0]
    assert second["span"][1] == len(doc.text)


def test_markdown_headings_without_numbers(run_md):
    doc = run_md("# Minutes\n\n**Date:** 1 May 2020\n\n## Budget\n\nText.\n\n### Detail\n\nText.\n\n"
                 "## Staffing\n\nText.\n")
    assert items(doc) == [(None, "Budget", 1), (None, "Detail", 2), (None, "Staffing", 1)]


def test_bold_numbered_titles_and_a_capitalised_heading(run_md):
    doc = run_md("# Minutes\n\n**1.Confirmation of Minutes of the meeting held on 23rd** **March, 2015**\n\n"
                 "Circulated.\n\n**NOTICE OF MOTION**\n\nSubmitted.\n\n**2.ANY OTHER BUSINESS**\n\nNone.\n\n"
                 "**APPENDIX A**\n")
    assert items(doc) == [("1", "Confirmation of Minutes of the meeting held on 23rd March, 2015", 1),
                          (None, "NOTICE OF MOTION", 1), ("2", "ANY OTHER BUSINESS", 1),
                          (None, "APPENDIX A", 2)]


def test_scribe_headings_and_speaker_lines(run_md):
    doc = run_md("# Telco\n\n## Content:\n\n### 1. Publishing CG announcement\n\n"
                 "**Wendy Reid:** https://example.org/issues/408\n\n**Ivan Herman:** +1\n\n"
                 "### 2. duration in the context of WPUB\n\nText.\n\n### 3. Resolutions\n")
    assert items(doc) == [("1", "Publishing CG announcement", 1),
                          ("2", "duration in the context of WPUB", 1), ("3", "Resolutions", 1)]


def test_spans_run_to_the_next_item_of_the_same_level(run):
    doc = run("4 Finance\nNoted.\n4a Budget\nNoted.\n5 Staffing\nNoted.\n")
    finance, budget, staffing = doc._.agenda_items
    assert finance["span"] == [finance["start"], staffing["start"]]
    assert budget["span"] == [budget["start"], staffing["start"]]
    assert doc.text[slice(*finance["span"])].startswith("4 Finance")


def test_plain_prose_yields_no_items(run):
    assert items(run("The board met and agreed the budget. The meeting closed at 9pm.\n")) == []


def test_numbering_scheme_is_the_one_most_headings_use(run):
    doc = run("1 Library Walk\tJohn Smith\n\n"
              "BM 35/2122 Division of Agenda\nNoted.\nBM 36/2122 Finance\nAgreed.\nBM 37/2122 Premises\nNoted.\n")
    assert items(doc) == [("BM 35/2122", "Division of Agenda", 1), ("BM 36/2122", "Finance", 1),
                          ("BM 37/2122", "Premises", 1)]


CAPITALS_MINUTES = (
    "ELMBROOK LIBRARY BOARD\nSPECIAL MEETING MINUTES\nMonday, May 6, 2024\n\n"
    "OPENING\n\nPresident Ames opened the meeting at 7:00 p.m.\n\n"
    "ATTENDANCE\n\nTrustees present:\nPresident Ann Ames\nTrustee Bo Chen\n\n"
    "MINUTES\n\nThe minutes of April 1 were approved as presented.\n\n"
    "UNFINISHED BUSINESS\n\n"
    "A. Roof repair contract\nThe director reported the contract was signed.\n\n"
    "B. Children's room carpet\nBids are due in June.\n\n"
    "TREASURER REPORT\n\nThe balance is $12,400.\n\n"
    "NEXT MEETING\n\nJune 3, 2024 at 7:00 p.m.\n\n"
    "CLOSE\n\nThe meeting closed at 8:10 p.m.\n"
)


def test_capitals_lines_are_the_items_with_letters_under_them(run):
    assert items(run(CAPITALS_MINUTES)) == [
        (None, "OPENING", 1), (None, "ATTENDANCE", 1), (None, "MINUTES", 1), (None, "UNFINISHED BUSINESS", 1),
        ("A", "Roof repair contract", 2), ("B", "Children's room carpet", 2),
        (None, "TREASURER REPORT", 1), (None, "NEXT MEETING", 1), (None, "CLOSE", 1)]


def test_capitals_items_span_their_lettered_sub_items(run):
    doc = run(CAPITALS_MINUTES)
    its = {it["title"]: it for it in doc._.agenda_items}
    assert its["UNFINISHED BUSINESS"]["span"][1] == its["TREASURER REPORT"]["start"]
    assert its["Roof repair contract"]["span"][1] == its["Children's room carpet"]["start"]
    assert "agenda.capitals-line" in doc._.agenda_items[0]["evidence"][0]["rules"]


def test_capitals_lines_that_do_not_stand_apart_are_not_items(run):
    # stacked capitals lines are a title block; a label with a colon heads names, not business
    doc = run("TOWN COUNCIL\nMINUTES\n\nPRESENT:\nMayor Lee\n\nBUDGET\nThe budget was adopted.\n\n"
              "PARKS\nThe parks plan was noted.\n")
    assert items(doc) == [(None, "BUDGET", 1), (None, "PARKS", 1)]


def test_a_single_capitals_line_is_no_agenda(run):
    assert items(run("The board met.\n\nNOTE\n\nThe board agreed the budget.\n")) == []


def test_roll_label_over_names_is_not_an_item(run):
    doc = run("PARISH MEETING\n\nPRESENT\n\nCllr Ames\nCllr Bell\n\nBUDGET\n\nAdopted.\n\nROADS\n\nNoted.\n")
    assert items(doc) == [(None, "BUDGET", 1), (None, "ROADS", 1)]


def test_lettered_items_without_capitals_headings_stay_items(run):
    doc = run("Board minutes\n\nA. Welcome\nThe chair welcomed all.\n\nB. Finance\nThe budget was noted.\n")
    assert items(doc) == [("A", "Welcome", 1), ("B", "Finance", 1)]


def test_numbered_items_ignore_capitals_label_lines(run):
    doc = run("1. Welcome\nHello.\n\nNEXT MEETING\n\n2. Finance\nNoted.\n")
    assert items(doc) == [("1", "Welcome", 1), ("2", "Finance", 1)]


def test_roman_numbered_items_with_letters_under_them(run):
    doc = run("TOWN OF ASHVALE\nZONING BOARD MINUTES\n\nI. OPENING\nThe chair opened the meeting.\n\n"
              "II. MINUTES\nApproved.\n\nIII. VARIANCES\nA. 12 Oak Lane fence\nGranted.\nB. 4 Mill Road shed\n"
              "Denied.\n\nIV. OTHER MATTERS\nNone.\n\nV. CLOSE\nClosed at 9 p.m.\n")
    assert items(doc) == [("I", "OPENING", 1), ("II", "MINUTES", 1), ("III", "VARIANCES", 1),
                          ("A", "12 Oak Lane fence", 2), ("B", "4 Mill Road shed", 2),
                          ("IV", "OTHER MATTERS", 1), ("V", "CLOSE", 1)]


def test_letters_alone_are_not_read_as_roman(run):
    doc = run("A. Welcome\nHello.\n\nB. Finance\nNoted.\n\nC. Staffing\nNoted.\n\nD. Premises\nNoted.\n")
    assert items(doc) == [("A", "Welcome", 1), ("B", "Finance", 1), ("C", "Staffing", 1), ("D", "Premises", 1)]


def test_markdown_decimal_sub_items_under_numbered_headings(run_md):
    doc = run_md("# Committee minutes\n\n## 1. Minutes\n\nAgreed.\n\n## 2. Funding\n\n### 2.1 Grants\n\nText.\n\n"
                 "### 2.2 Awards\n\nText.\n\n## 3. Any other business\n\nNone.\n")
    assert items(doc) == [("1", "Minutes", 1), ("2", "Funding", 1), ("2.1", "Grants", 2), ("2.2", "Awards", 2),
                          ("3", "Any other business", 1)]


def test_outcome_lines_with_votes_between_numbered_items_are_not_items(run):
    doc = run("MINUTES OF THE ORDINARY MEETING\n\n1. OPENING\n\nThe meeting opened.\n\n2. CONFIRMATION OF MINUTES\n\n"
              "MOVED: Cr Reed     SECONDED: Cr Lind\nThat the minutes be confirmed.\nCARRIED 7/0\n\n"
              "3. REPORTS\n\nThat Council notes the report.\n\nMOTION LOST 3/4\n\nCARRIED UNANIMOUSLY\n\n"
              "4. FINANCE AND AUDIT\n\nText.\n\n5. CLOSURE\n\nClosed.\n")
    assert items(doc) == [("1", "OPENING", 1), ("2", "CONFIRMATION OF MINUTES", 1), ("3", "REPORTS", 1),
                          ("4", "FINANCE AND AUDIT", 1), ("5", "CLOSURE", 1)]


def test_markdown_heading_that_names_a_label_is_an_item_at_the_items_level(run_md):
    doc = run_md("# Example Residents' Association – committee meeting\n\nTuesday 4 March 2025, 7pm, the village hall\n\n"
                 "**Attendees:** Ann, Bo, Cy\n\n## Money\n\nWe have £200.\n\n## Street party\n\nPlanning went well.\n\n"
                 "### Apologies\n\nNone at this level.\n\n## Next meeting\n\nTuesday 1 April, 7pm.\n")
    assert items(doc) == [(None, "Money", 1), (None, "Street party", 1), (None, "Next meeting", 1)]


def test_markdown_heading_over_a_roll_of_names_is_not_an_item(run_md):
    doc = run_md("# Example Group meeting\n\n## Present\n\nAnn Reed\nBo Lind\n\n## Money\n\nText.\n\n## Plans\n\nText.\n")
    assert items(doc) == [(None, "Money", 1), (None, "Plans", 1)]


def test_minute_refs_with_letters_and_slashes_and_a_space_aligned_action_log(run):
    # letters before a slashed minute reference ("XY/23/201"), two spaces before the title;
    # the action log after the items is laid out in space-aligned columns: its rows are not items
    doc = run("Parish Forum\n\nXY/23/201  Opening remarks\nThe chair opened the meeting.\n\n"
              "XY/23/202  Budget review\nThe budget was noted.\n\n"
              "ACTION LOG\n\nRef      Action                      Lead      Due\n"
              "23/150   Repaint the hall railings   P Okoro   Mar 2024\n"
              "23/151   Renew the insurance         J Mills   Apr 2024\n")
    assert items(doc) == [("XY/23/201", "Opening remarks", 1), ("XY/23/202", "Budget review", 1)]


def test_prose_with_double_spaces_is_not_a_table(run):
    doc = run("1. Finance\nThe budget was agreed.  It will be reviewed.  Jo thanked all.\n"
              "Spending fell.  Income rose.  Reserves held.\n")
    assert not any(ln.cells for ln in doc._.source.lines)
    assert items(doc) == [("1", "Finance", 1)]


def test_item_column_of_a_discussion_table_gives_the_items(run):
    # no numbered items: the "Item" column of "Time | Item | Who | Notes" names each item; "Who" is not one
    doc = run("Project Board notes\n\nTime\tItem\tWho\tNotes\n10:00\tBudget review\tAnn Reed\tThe budget was agreed.\n"
              "10:20\tRisk register\tBo Lind\tTwo risks were closed.\n\nNext meeting in June.\n")
    assert items(doc) == [(None, "Budget review", 1), (None, "Risk register", 1)]
    assert [a["name"] for a in doc._.attendees] == []


def test_a_table_without_an_item_column_gives_no_items(run):
    doc = run("Project Board notes\n\nTime\tSpeaker\tNotes\n10:00\tAnn Reed\tThe budget was agreed.\n"
              "10:20\tBo Lind\tTwo risks were closed.\n")
    assert items(doc) == []
