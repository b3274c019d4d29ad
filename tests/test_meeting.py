"""Meeting details from common header layouts; short invented snippets, exact expectations."""

from __future__ import annotations

import pytest


def fields(doc, *names):
    m = doc._.meeting
    return tuple(m[n] for n in names)


def test_title_date_time_range_and_place_lines(run):
    doc = run("\nNote of Meeting: Harbour Safety Board\n\n22nd February 2022, 10:30-12:30\n\nMS Teams\n\nAttendees:\n\nPort Authority (PA)\n")
    assert fields(doc, "title", "body", "date", "start_time", "end_time", "location") == (
        "Note of Meeting: Harbour Safety Board", "Harbour Safety Board", "2022-02-22", "10:30", "12:30", "MS Teams")


def test_capitals_title_over_several_lines_gives_date_time_and_place(run):
    doc = run("MINUTES OF PROCEEDINGS AT MEETING OF THE RIVER\n\nDISTRICT COMMITTEE HELD IN THE COUNCIL CHAMBER, MAIN STREET, ON\n\n"
              "FRIDAY, 15TH APRIL,\n\n2016 AT 2.30 P.M.\n\nPRESENT\n\nCouncillors Kelly and Walsh\n\n"
              "1. Minutes of meeting held on 23rd March, 2015\n")
    assert fields(doc, "body", "date", "start_time", "location") == (
        "River District Committee", "2016-04-15", "14:30", "The Council Chamber, Main Street")


def test_header_table_with_labels(run):
    doc = run("Trust Board Minutes\nTitle of Meeting\tExample Trust - Board Meeting\nDate\t27th October 2016\n"
              "Place\tCommittee Room 3, City Hall\nTime\t11.15am – 1.15pm\n")
    assert fields(doc, "title", "date", "start_time", "end_time", "location") == (
        "Example Trust - Board Meeting", "2016-10-27", "11:15", "13:15", "Committee Room 3, City Hall")


def test_label_value_pairs_in_one_row_and_labels_over_values(run):
    doc = run("EXAMPLE PRIMARY SCHOOL BOARD OF GOVERNORS\nCOMMITTEE\tFull Governing Body\tDATE\t07/12/2020\n")
    assert fields(doc, "title", "body", "date") == (
        "EXAMPLE PRIMARY SCHOOL BOARD OF GOVERNORS", "Full Governing Body", "2020-12-07")
    doc = run("EXAMPLE PRIMARY SCHOOL BOARD OF GOVERNORS\nCOMMITTEE:\tDATE:\nFinance Committee\t24 January 2022\n")
    assert fields(doc, "body", "date") == ("Finance Committee", "2022-01-24")


def test_location_label_going_on_over_the_next_line_and_empty_cells(run):
    doc = run("MINUTES OF THE COMMITTEE MEETING\nDate:\t\tWednesday 5 September 2018\nTime:\t\t12.30 – 18.00\n"
              "Location:\t\tRiverside Hotel\nGreat North Road, Northtown, NE13 6BP\nPRESENT:\n")
    assert fields(doc, "date", "start_time", "end_time", "location") == (
        "2018-09-05", "12:30", "18:00", "Riverside Hotel, Great North Road, Northtown, NE13 6BP")


def test_commenced_and_closed_sentences_and_remote_meeting(run):
    doc = run("BOARD OF GOVERNORS\nDATE\t23/03/2020\n\nThe meeting commenced at 1830\nThis was a remote meeting.\n\n"
              "1. Finance\n\nText.\n\nThe meeting closed at 7.45pm\n")
    assert fields(doc, "date", "start_time", "end_time", "location") == ("2020-03-23", "18:30", "19:45", "Remote meeting")


def test_a_line_after_the_date_that_is_not_a_place_is_not_the_location(run):
    doc = run("# Working Group Telco — Minutes\n\nDate: 2019-04-08\n\nSee also the Agenda and the IRC Log\n\nPresent: Ann Reed\n")
    assert fields(doc, "date", "location") == ("2019-04-08", None)


def test_next_meeting_label_with_time_range_and_room(run):
    doc = run("Note of meeting: Example Board\n\n26 November 2018\n\n9. AOB\n\n"
              "Next meeting date: 5th February 09.00-11.00 in Committee Room 3, City Hall\n")
    assert doc._.meeting["next_meeting"] == {"date": "2019-02-05", "time": "09:00", "location": "Committee Room 3, City Hall"}


def test_next_meeting_label_then_date_and_address_lines(run):
    doc = run("Minutes\nDate:\tWednesday 8 November 2017\n\n11 Other Business\nNone.\n"
              "Date and time of next meeting:\nWednesday10thJanuary2018,09.30–16.00\nRiverside Hotel, Northtown\n")
    assert doc._.meeting["next_meeting"] == {"date": "2018-01-10", "time": "09:30", "location": "Riverside Hotel, Northtown"}


def test_next_meeting_in_an_agenda_row_not_a_deadline_elsewhere(run):
    doc = run("Minutes\nDATE\t24/01/2022\n12/2122\tAdd the report to the next meeting\tClerk\t01/03/2022\n"
              "BM 51/2122\tDate of next meeting\tMonday 28 March 2022 at 1830\n")
    assert doc._.meeting["next_meeting"] == {"date": "2022-03-28", "time": "18:30", "location": None}


def test_next_meeting_sentences(run):
    doc = run("Minutes of the Trustees\n\nMeeting of 26 January 2016\n\nnext meeting will be 15 March 5:45pm followed by the AGM.\n")
    assert doc._.meeting["next_meeting"] == {"date": "2016-03-15", "time": "17:45", "location": None}
    doc = run("MINUTES OF MEETING HELD ON FRIDAY, 24TH NOVEMBER, 2017\n\nIt was agreed that the December Meeting would be held on "
              "Tuesday, 12th December, 2017, at 3.30 p.m.\n")
    assert doc._.meeting["next_meeting"] == {"date": "2017-12-12", "time": "15:30", "location": None}


def test_next_meeting_place_after_the_time(run):
    doc = run("Minutes\nDate\t29th May 2013\n10.\tDate of Next Meeting & Forward agenda\n"
              "Board Meeting 8th July, 9.30am – 12.30pm, Town Hall, Claydon\n")
    assert doc._.meeting["next_meeting"] == {"date": "2013-07-08", "time": "09:30", "location": "Town Hall, Claydon"}


def test_no_next_meeting_when_none_is_stated(run):
    doc = run("Minutes\nDate: 3 March 2021\n\n1. Actions\nItem deferred to the next meeting.\n")
    assert doc._.meeting["next_meeting"] is None


def test_place_after_date_and_time_on_the_held_on_line(run):
    doc = run("Minutes of the Meeting of Example Parish Council\nHeld on Monday 4 March 2024 at 7.15pm in the Old School Room, "
              "Mill Lane, Exton\n\nPresent: Cllr Ann Reed\n")
    assert fields(doc, "date", "start_time", "location") == ("2024-03-04", "19:15", "Old School Room, Mill Lane, Exton")


def test_place_without_preposition_after_a_time_range(run):
    doc = run("Example Group\n\nMinutes of the meeting held on Friday 3 May 2024, 10:00–11:30, Room 4, Main Building\n\nAttendees\n")
    assert fields(doc, "start_time", "end_time", "location") == ("10:00", "11:30", "Room 4, Main Building")
    doc = run("Example Group\n\nMinutes of the meeting held on Friday 3 May 2024, 10:00–11:30, all agreed\n\nAttendees\n")
    assert fields(doc, "location") == (None,)


def test_capitals_body_line_over_regular_meeting_minutes_and_called_to_order(run):
    doc = run("CITY OF EXTON LIBRARY BOARD\nREGULAR MEETING MINUTES\nMonday, May 6, 2024\n\nCALL TO ORDER\n\n"
              "The Chair called the meeting to order at 7:04 p.m.\n")
    assert fields(doc, "title", "body", "date", "start_time") == (
        "CITY OF EXTON LIBRARY BOARD REGULAR MEETING MINUTES", "City of Exton Library Board", "2024-05-06", "19:04")


def test_next_meeting_from_numbered_item_sentence_not_from_an_action_table_cell(run):
    doc = run("Minutes of the Meeting of Example Parish Council\nHeld on Monday 4 March 2024 at 7pm in the Hall\n\n"
              "24/031 Date of next meeting\nThe next meeting will be held on Monday 13 May 2024 at 7pm in the Hall.\n"
              "Action points\nAction\tOwner\tDeadline\nWrite to the county\tClerk\tNext meeting\n"
              "Renew the insurance\tClerk\t30 April 2024\n")
    assert doc._.meeting["next_meeting"] == {"date": "2024-05-13", "time": "19:00", "location": "Hall"}


def test_organisation_line_over_a_title_naming_only_a_kind_of_body_and_opening_time_over_called_time(run):
    doc = run("SHIRE OF EXAMPLE\n\nMINUTES OF THE ORDINARY COUNCIL MEETING\nHELD IN THE COUNCIL CHAMBERS, 1 MAIN STREET, EXAMPLE\n"
              "ON TUESDAY 8 APRIL 2025, COMMENCING AT 7.00PM\n\n\n1. OPENING OF MEETING\n\n"
              "The Mayor declared the meeting open at 7.04pm.\n\n2. CLOSURE\n\nThe meeting closed at 8.30pm.\n")
    assert fields(doc, "title", "body", "date", "start_time", "end_time", "location") == (
        "SHIRE OF EXAMPLE MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBERS, 1 MAIN STREET, EXAMPLE "
        "ON TUESDAY 8 APRIL 2025, COMMENCING AT 7.00PM", "Shire of Example", "2025-04-08", "19:04", "20:30",
        "The Council Chambers, 1 Main Street, Example")


def test_a_named_body_keeps_its_title_and_an_opening_time_far_from_the_called_time_is_not_taken(run):
    doc = run("SHIRE OF EXAMPLE\n\nMINUTES OF THE PLANNING COMMITTEE HELD ON TUESDAY 8 APRIL 2025, COMMENCING AT 7.00PM\n\n"
              "1. OPENING\n\nThe exhibition opened at 10am the next day.\n")
    assert fields(doc, "title", "body", "start_time") == (
        "MINUTES OF THE PLANNING COMMITTEE HELD ON TUESDAY 8 APRIL 2025, COMMENCING AT 7.00PM", "Planning Committee", "19:00")


def test_place_after_the_time_ends_with_its_sentence_and_may_start_in_lower_case(run):
    doc = run("Example Housing Board – Minutes\nMeeting held on Tuesday 3 June 2025 at 10:00 in the Board Room, 4 Pier Road, "
              "Exampletown. The meeting ended at 12:15.\n\n1. Welcome\nText.\n")
    assert fields(doc, "start_time", "end_time", "location") == ("10:00", "12:15", "Board Room, 4 Pier Road, Exampletown")
    doc = run("Example Residents' Group – committee meeting\n\nTuesday 14 January 2025, 7.30pm, upstairs room at the "
              "Village Hall\n\nAttendees: Ann, Bo\n\nNext meeting\n\nTuesday 11 March, 7.30pm, back room at the library.\n")
    assert fields(doc, "location", "next_meeting") == (
        "upstairs room at the Village Hall", {"date": "2025-03-11", "time": "19:30", "location": "back room at the library"})
    doc = run("Example Group – minutes\n\nTuesday 14 January 2025, 7.30pm, everyone welcome\n\nNext meeting: Tuesday 11 March, "
              "7.30pm, bring cake.\n")
    assert fields(doc, "location", "next_meeting") == (None, {"date": "2025-03-11", "time": "19:30", "location": None})


def test_next_meeting_as_a_decimal_numbered_item_with_the_date_time_and_place_below(run):
    doc = run("Example Committee\nMinutes of the meeting held on Wednesday 16 October 2024, 13:30 – 15:40\n"
              "1.0 Welcome\nText.\n8.0 Date of next meeting\nWednesday 20 November 2024, 13:30, Seminar Room 2, Kestrel House.\n"
              "Action log\nNo.\tAction\tLead\tDue\n24/1\tWrite the plan\tAB\tNext meeting\n")
    assert fields(doc, "start_time", "end_time", "next_meeting") == (
        "13:30", "15:40", {"date": "2024-11-20", "time": "13:30", "location": "Seminar Room 2, Kestrel House"})


@pytest.mark.parametrize("line, place", [
    ("Next meeting: Tuesday 4 March 2025 at 7pm in the village hall.", "the village hall"),
    ("Next meeting: 2025-03-04, 18:00 UTC, same video room.", "same video room"),
    ("Next meeting: Tuesday 4 March 2025 at 7pm in the evening.", None),
])
def test_next_meeting_place_in_lower_case(run, line, place):
    doc = run("Garden Club\nMinutes of the meeting held on 4 February 2025\n\n1. Welcome\nText.\n\n" + line + "\n")
    assert doc._.meeting["next_meeting"]["location"] == place


def test_organisation_heading_over_a_sentence_describing_the_meeting_is_the_title(run):
    doc = run("GLENBURN AND EASTER COMMUNITY COUNCIL\n\nMinute of the Ordinary Meeting of the Community Council held in Glenburn\n"
              "Church Hall on Monday 3 March 2025 at 7pm.\n\nSederunt: Mrs Ada Kerr (Chair).\n\n1. WELCOME\nText.\n")
    assert fields(doc, "title", "body") == ("GLENBURN AND EASTER COMMUNITY COUNCIL", "Glenburn and Easter Community Council")


def test_organisation_heading_over_a_title_naming_only_a_kind_of_meeting(run):
    doc = run("Northfield College – School of Music\n\nStaff Meeting – Minutes\n\nDate: 3 March 2025\n\n1. Welcome\nText.\n")
    assert fields(doc, "title") == ("Northfield College – School of Music",)


def test_a_title_line_naming_the_body_stays_the_title_under_a_heading(run):
    doc = run("Northfield College\n\nMinutes of the Finance Committee\n\nDate: 3 March 2025\n\n1. Welcome\nText.\n")
    assert fields(doc, "title", "body") == ("Minutes of the Finance Committee", "Finance Committee")


def test_chair_closed_the_meeting_at_gives_the_end_time(run):
    doc = run("Parish Council\n\nDate: 3 March 2025\n\n1. Welcome\nText.\n\nThe Chair closed the meeting at 9.05pm.\n")
    assert fields(doc, "end_time") == ("21:05",)
    assert fields(run("Parish Council\n\nDate: 3 March 2025\n\nThe hall closed the gate at 9pm.\n"), "end_time") == (None,)


def test_date_label_alone_as_a_heading_takes_the_next_line(run_md):
    doc = run_md("# Project Group : 2025-05-20 Meeting notes\n\n## Date\n\n20 May 2025, 10:00 – 11:05, Microsoft Teams\n\n"
                 "## Attendees\n\n- Ann Reed\n")
    assert fields(doc, "date", "start_time", "end_time", "location") == ("2025-05-20", "10:00", "11:05", "Microsoft Teams")



def test_bracketed_remote_place_on_the_date_line(run):
    doc = run("ORCHARD LANE ALLOTMENT SOCIETY\nCommittee Minutes\n\nTuesday, 4 March 2025, 18:00–19:15 (online via Zoom)\n\nPresent: Ann Bell, Tom Rudd\n")
    assert fields(doc, "location") == ("online via Zoom",)


def test_next_meeting_under_a_lettered_heading_and_roman_heading(run):
    doc = run("Parish Hall Trust\nMeeting of 3 March 2025\n\nA — Finance\nAll fine.\n\nD — Next meeting\nMonday 7 April 2025, 6pm, The Old Forge.\n")
    nm = doc._.meeting["next_meeting"]
    assert (nm["date"], nm["time"], nm["location"]) == ("2025-04-07", "18:00", "The Old Forge")
    doc = run("Parish Hall Trust\nMeeting of 3 March 2025\n\nIV.   DATE OF NEXT MEETING\n      Friday 4 April 2025 at 19:30, on Zoom.\n")
    nm = doc._.meeting["next_meeting"]
    assert (nm["date"], nm["time"], nm["location"]) == ("2025-04-04", "19:30", "Zoom")
