"""Attendance and action forms added after the sixth held-out round: tables with an attendance
column, "Name – role" lines, attendance grouped by organisation, initials with a key, labels set
off by a wide gap, "Next steps:" lines, owners in closing brackets, "Decision | Action | Lead | By"
tables. Short invented snippets (no held-out text), exact expectations, negatives included."""

from __future__ import annotations

import pytest

from pipeline.stages.layout import classify
from tests.test_actions import run_rows

FIELDS = ("text", "owners", "due", "explicit")


def people(doc):
    return [(a["name"], a["acronym"], a["kind"], a["status"], a["role"]) for a in doc._.attendees]


def actions(doc):
    return [tuple(a[k] for k in FIELDS) for a in doc._.actions]


# ---------------------------------------------------------------- attendees

def test_table_with_an_attendance_column_and_no_label_above(nlp):
    doc = run_rows(nlp, "Harbour Users Group\nMeeting of 4 June 2024\n\nWho sits on the group", [
        ["Name", "Organisation", "Attended"],
        ["Tom Pryor (Chair)", "Marina tenants", "Present"],
        ["Ida Quist", "Port Authority", "Apologies"],
        ["Lev Moran", "Ferry operator", "Absent"],
    ], "1. Welcome\nThe Chair opened the meeting.")
    assert people(doc) == [
        ("Tom Pryor", None, "person", "present", "chair"),
        ("Ida Quist", None, "person", "apologies", "Port Authority"),
        ("Lev Moran", None, "person", "absent", "Ferry operator"),
    ]


def test_table_of_names_and_posts_without_an_attendance_column_is_not_attendance(nlp):
    doc = run_rows(nlp, "Harbour Users Group\nMeeting of 4 June 2024\n\nContacts", [
        ["Name", "Organisation"],
        ["Tom Pryor", "Marina tenants"],
        ["Ida Quist", "Port Authority"],
    ], "1. Welcome\nThe Chair opened the meeting.")
    assert people(doc) == []


def test_name_dash_role_lines_under_an_attendance_label(run):
    doc = run("Allotment Society\n\nAttending:\nMrs Nell Varga – Plot Secretary, Chair\nOmar Deeb – Water Officer\n"
              "Dr Rita Sole – Treasurer, Western Allotments\n\n1. Welcome\nThe meeting opened at 7pm.\n")
    assert people(doc) == [
        ("Nell Varga", None, "person", "present", "chair"),
        ("Omar Deeb", None, "person", "present", "Water Officer"),
        ("Rita Sole", None, "person", "present", "treasurer"),  # the post a canonical role word names
    ]


def test_minute_taker_label_with_a_hyphen(run):
    doc = run("Allotment Society\n\nPresent: Omar Deeb, Rita Sole\nMinute-taker: Pat Lowe\n\n1. Welcome\nOpened.\n")
    assert sorted(people(doc)) == [
        ("Omar Deeb", None, "person", "present", None),
        ("Pat Lowe", None, "person", "present", "minutes"),
        ("Rita Sole", None, "person", "present", None),
    ]


def test_attendance_grouped_by_organisation(run):
    doc = run("Riverside Forum\n\nWho was there\nMill Lane Residents: Kay Obi (chair), Sam Reyes\n"
              "Canal Trust: Joan Pike (Ranger)\nSent apologies: Luis Ferro\n\n1. Towpath\nThe towpath is closed.\n")
    assert people(doc) == [
        ("Kay Obi", None, "person", "present", "chair"),
        ("Sam Reyes", None, "person", "present", None),
        ("Joan Pike", None, "person", "present", "Ranger"),
        ("Luis Ferro", None, "person", "apologies", None),
    ]


def test_a_colon_line_that_is_a_sentence_is_not_a_group_of_attendees(run):
    doc = run("Riverside Forum\n\nWho was there\nNote: the chair was late, so we began at 8.\n\n1. Towpath\nClosed.\n")
    assert people(doc) == []


def test_initials_listed_after_a_gap_and_spelt_out_by_a_key(run):
    doc = run("Hillside Bowls Club\nCommittee meeting, 3 May 2024\n\n"
              "PRESENT            KB (in the chair), JT, MW\n"
              "APOLOGIES          RD\n"
              "Key:\n"
              "  KB  Kim Brough, Captain        JT  Jo Tait, Secretary\n"
              "  MW  Mel Wray, Greens           RD  Ray Dunn, Treasurer\n"
              "Also present: 9 social members (see the book)\n\n"
              "1.  GREENS\nMW reported on the greens.\n")
    assert people(doc) == [
        ("Kim Brough", "KB", "person", "present", "chair"),
        ("Jo Tait", "JT", "person", "present", "secretary"),
        ("Mel Wray", "MW", "person", "present", "Greens"),
        ("Ray Dunn", "RD", "person", "apologies", "treasurer"),
    ]


def test_initials_without_a_matching_key_stay_initials(run):
    doc = run("Hillside Bowls Club\n\nPRESENT            KB, JT\n\nKey:\n  KB  Lee Moss, Captain\n\n1.  GREENS\nFine.\n")
    assert [(a["name"], a["acronym"]) for a in doc._.attendees] == [("KB", None), ("JT", None)]


def test_gap_label_needs_a_known_label():
    b = classify("APOLOGIES          RD, JT", 0, 0)
    assert (b.kind, b.label, b.rest_start) == ("label", "APOLOGIES", 19)
    assert classify("GREENS          MW", 0, 0).label is None


def test_bracketed_item_numbers():
    b = classify("(4) Any other business", 0, 0)
    assert (b.kind, b.number, b.title) == ("heading", "4", "Any other business")
    assert classify("(a) the hall", 0, 0).number is None  # a lettered list mark, not an item number


# ---------------------------------------------------------------- actions

def test_next_steps_lines_with_several_owners(run):
    doc = run("Hillside Bowls Club\n\nPRESENT            KB (in the chair), JT, MW\nKey:\n"
              "  KB  Kim Brough, Captain        JT  Jo Tait, Secretary\n  MW  Mel Wray, Greens\n\n"
              "1.  GREENS\nThe greens need feeding.\n"
              "Next steps: MW to order the feed by 10 May; JT to book the contractor.\n\n"
              "2.  BAR\nNext steps: KB will ask the brewery for a new price list.\n")
    assert actions(doc) == [
        ("MW to order the feed by 10 May", ["Mel Wray"], "by 10 May", True),
        ("JT to book the contractor.", ["Jo Tait"], None, True),
        ("KB will ask the brewery for a new price list.", ["Kim Brough"], None, True),
    ]


def test_next_steps_without_an_owner_is_not_an_action(run):
    doc = run("Hillside Bowls Club\n\nPresent: Kim Brough, Jo Tait\n\n1.  GREENS\n"
              "Next steps: the greens will be looked at again in the spring.\n")
    assert actions(doc) == []


def test_semicolons_split_commitments_only_under_a_decision_label(run):
    doc = run("Hillside Bowls Club\n\nPresent: Kim Brough, Jo Tait\n\n1.  GREENS\n"
              "Kim to order the feed; Jo will help with that as well as the rota.\n")
    assert actions(doc) == [("Kim to order the feed; Jo will help with that as well as the rota.",
                             ["Kim Brough"], None, False)]


def test_agreed_actions_list_with_owners_in_closing_brackets(run):
    doc = run("Parish Library Friends\n\nPresent: Dr Ada Pell, Ben Hood, Cy Lamb\n\n1. Book sale\nDiscussed.\n\n"
              "Agreed actions\nPrice the donated books by 9 March (Dr Pell)\nAsk the school about a stall (Ben Hood and Cy Lamb)\n"
              "Check the float (the box office)\n")
    assert actions(doc) == [
        ("Price the donated books by 9 March", ["Ada Pell"], "by 9 March", True),
        ("Ask the school about a stall", ["Ben Hood", "Cy Lamb"], None, True),
        ("Check the float (the box office)", [], None, True),
    ]


def test_decision_action_lead_by_table(nlp):
    doc = run_rows(nlp, "Harbour Users Group\nPresent: Tom Pryor, Ida Quist\n\nDecisions and actions", [
        ["Decision", "Action", "Lead", "By"],
        ["Slipway closed for repair", "Put up closure notices at the slipway", "Ida Quist", "1 July 2024"],
        ["Fees held", "Write to members about the fees", "Tom Pryor", "Next meeting"],
    ])
    assert actions(doc) == [
        ("Put up closure notices at the slipway", ["Ida Quist"], "1 July 2024", True),
        ("Write to members about the fees", ["Tom Pryor"], "Next meeting", True),
    ]


def test_an_attendance_line_with_a_gap_is_not_an_owner_column(run):
    doc = run("Hillside Bowls Club\n\nPRESENT            KB, JT, MW\n"
              "APOLOGIES          RD\n\n1.  GREENS\nNothing to report.\n")
    assert actions(doc) == []


# ---------------------------------------------------------------- statistics

def stats(doc):
    return [(s["text"], s["value"], s["unit"], s["kind"]) for s in doc._.statistics]


def test_table_row_of_a_label_and_bare_numbers_gives_counts(nlp):
    doc = run_rows(nlp, "Parish Library Friends\n\n1. Figures", [
        ["Measure", "2022/23", "2023/24"],
        ["Books lent", "4,310", "5,025"],
        ["Reading share", "61%", "64%"],
    ])
    assert stats(doc) == [
        ("4,310", 4310, "book lent", "count"),
        ("5,025", 5025, "book lent", "count"),
        ("61%", 61, "percent", "percentage"),
        ("64%", 64, "percent", "percentage"),
    ]


def test_table_rows_of_numbers_only_or_years_give_no_counts(nlp):
    doc = run_rows(nlp, "Parish Library Friends\n\n1. Figures", [
        ["Ref", "Opened", "Closed"],
        ["12", "2019", "2021"],
        ["Branch opened", "2019", "2021"],
    ])
    assert stats(doc) == []


def test_working_days_is_a_duration_even_across_a_line_break(run):
    doc = run("Parish Library Friends\n\n1. Loans\nRequests were met within 10\nworking days, and 3 calendar weeks "
              "for inter-library loans.\n")
    assert stats(doc) == [("10 working days", 10, "day", "duration"), ("3 calendar weeks", 3, "week", "duration")]


# ---------------------------------------------------------------- meeting details

def meeting(doc, *keys):
    return tuple(doc._.meeting[k] for k in keys)


def test_opened_and_closed_with_a_bare_clock_time_and_a_name_heading_over_a_generic_title(run):
    doc = run("Hillside Bowls Club\nANNUAL GENERAL MEETING\nheld in the clubroom, Green Lane, on Saturday 4 May 2024\n"
              "Opened 14:05 / Closed 15:40\n\n1.  GREENS\nFine.\n")
    assert meeting(doc, "title", "body", "date", "start_time", "end_time", "location") == (
        "Hillside Bowls Club", "Hillside Bowls Club", "2024-05-04", "14:05", "15:40", "the clubroom, Green Lane")


def test_a_verb_before_a_number_that_is_no_clock_time_is_no_time(run):
    doc = run("Hillside Bowls Club\n\nDate: 4 May 2024\n\n1.  BAR\nThe bar opened 2 new lines and closed 3 old ones.\n")
    assert meeting(doc, "start_time", "end_time") == (None, None)


def test_time_before_the_date_on_the_date_line_and_a_place_after_the_time(run):
    doc = run("Parish Library Friends\n\nMinutes of the meeting held at 18:30 on 9 April 2024 in the Reading Room.\n\n"
              "1. Book sale\nDiscussed.\n")
    assert meeting(doc, "date", "start_time") == ("2024-04-09", "18:30")
    doc = run("Tenants Panel\nMinutes of the panel meeting, Monday 8 April 2024, 7pm, Residents Lounge, Mill Court\n\n"
              "1. Repairs\nDiscussed.\n")
    assert meeting(doc, "start_time", "location") == ("19:00", "Residents Lounge, Mill Court")


def styled(nlp, headings: list[str], body: str):
    from pipeline.document import TextBuilder
    from pipeline.nlp import process

    builder = TextBuilder()
    for h in headings:
        builder.add_line(h, heading=1)
    for ln in body.splitlines():
        builder.add_line(ln)
    return process(nlp, builder.build("<styled>", "docx", b""))


def test_body_from_a_styled_heading_under_an_institution_title(nlp):
    doc = styled(nlp, ["Fenmoor Institute", "Ethics Review Sub-Committee – Minutes"], "Date: 2 May 2024\n1. Welcome\nText.")
    assert meeting(doc, "title", "body") == ("Fenmoor Institute", "Ethics Review Sub-Committee")
    # a second heading naming only a kind of meeting, or a title that names the body itself: unchanged
    doc = styled(nlp, ["Fenmoor Institute", "Staff Meeting – Minutes"], "Date: 2 May 2024\n1. Welcome\nText.")
    assert meeting(doc, "body") == ("Fenmoor Institute",)
    doc = styled(nlp, ["Fenmoor Parish Council", "Planning Committee"], "Date: 2 May 2024\n1. Welcome\nText.")
    assert meeting(doc, "body") == ("Fenmoor Parish Council",)


def test_a_second_task_of_the_same_subject_under_a_decision_label(run):
    doc = run("Hillside Bowls Club\n\nPresent: Kim Brough, Jo Tait\n\n1.  GREENS\n"
              "Agreed: Jo will price the feed, and will report back to the committee in June.\n"
              "Kim will look at the mower, and will be glad of help.\n")
    assert actions(doc) == [
        ("Jo will price the feed", ["Jo Tait"], None, True),
        ("will report back to the committee in June.", ["Jo Tait"], "in June", True),
        ("Kim will look at the mower, and will be glad of help.", ["Kim Brough"], None, False),
    ]


def test_four_word_organisation_names_are_not_split_into_a_person_and_a_role(run):
    doc = run("Riverside Forum\n\nApologies: North West Ambulance Service; Ann Reed Friends of Mill Park\n\n1. Towpath\nClosed.\n")
    assert people(doc) == [
        ("North West Ambulance Service", None, "organisation", "apologies", None),
        ("Ann Reed", None, "person", "apologies", "Friends of Mill Park"),
    ]


# ---------------------------------------------------------------- agenda items

def items(doc):
    return [(a["number"], a["title"]) for a in doc._.agenda_items if a.get("level", 1) == 1]


def test_lettered_items_after_a_dash_and_a_numbered_action_log_item(run):
    doc = run("Harbour Users Group\n\nPresent: Tom Pryor, Ida Quist\n\nA — Welcome\n\nThe Chair opened.\n\n"
              "B — Action log\n\nAll actions are done.\n\nC — Fees\n\nFees stay the same.\n")
    assert items(doc) == [("A", "Welcome"), ("B", "Action log"), ("C", "Fees")]


def test_a_letter_and_a_dash_before_a_lower_case_word_is_no_item():
    assert classify("A — list of the names", 0, 0).number is None
    assert classify("B - Fees", 0, 0).number is None  # a hyphen, not a dash: left alone


def test_date_line_wrapped_before_its_time_and_place(run):
    doc = run("Fenmoor Health Trust\n\nMinutes of the Board meeting held on Tuesday 5 March 2024\n"
              "at 10:15 in the Seminar Room, Fenmoor House\n\nMembers:\nAnn Reed, Chair\n\n1. Welcome\nOpened.\n")
    assert meeting(doc, "date", "start_time", "location") == ("2024-03-05", "10:15", "Seminar Room, Fenmoor House")
    doc = run("Fenmoor Health Trust\n\nMinutes of the Board meeting held on Tuesday 5 March 2024\n"
              "Attendance was good.\n\n1. Welcome\nOpened.\n")
    assert meeting(doc, "start_time", "location") == (None, None)


def test_when_label_and_a_minute_reference_before_date_of_next_meeting(run):
    doc = run("Fenmoor TSC meeting 2024-03-05\n\nWhen: Tuesday 5 March 2024, 15:00-16:00 UTC\n\n"
              "TB/24/12  Date of next meeting\nTuesday 2 April 2024 at 15:00, online.\n")
    assert meeting(doc, "date", "start_time", "end_time") == ("2024-03-05", "15:00", "16:00")
    assert doc._.meeting["next_meeting"]["date"] == "2024-04-02"


NEXT = "Parish Library Friends\n\nDate: 9 April 2024\n\n5. Any other business\n"


@pytest.mark.parametrize("last, expected", [
    # a "Date of next meeting" label after a sentence on the same line
    ("None. Date of next meeting: Tuesday 4 June 2024, 18:30, Reading Room.",
     {"date": "2024-06-04", "time": "18:30", "location": "Reading Room"}),
    # "The next AGM will be ..."
    ("The next AGM will be held on Saturday 3 May 2025 at 14:00.", {"date": "2025-05-03", "time": "14:00", "location": None}),
    # the place after the time, not after a later figure that reads as a time
    ("Next meeting: Tuesday 4 June 2024, 18:30, Seminar Room 4.12",
     {"date": "2024-06-04", "time": "18:30", "location": "Seminar Room 4.12"}),
    # ... nor after the time of another sentence
    ("The next meeting will be held on 4 June 2024 at 7 p.m. in the clubroom. The meeting closed at 9.10 p.m.",
     {"date": "2024-06-04", "time": "19:00", "location": "the clubroom"}),
    ("The next step is to book 3 June 2024.", None),
])
def test_next_meeting_forms(run, last, expected):
    assert run(NEXT + last + "\n")._.meeting["next_meeting"] == expected


def test_place_after_a_middle_dot_on_the_date_line(run_md):
    doc = run_md("# Mill Choir committee\n\n_Tue 5 March 2024 · 7pm–8.30pm · Vestry, St Ann's Church_\n\n"
                 "**1 · Concerts**\n\nTwo concerts are booked.\n")
    assert meeting(doc, "date", "start_time", "end_time", "location") == (
        "2024-03-05", "19:00", "20:30", "Vestry, St Ann's Church")
