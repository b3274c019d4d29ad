"""Actions stage: every explicit form, prose-free negatives, and the small helpers."""

from __future__ import annotations

import pytest

from pipeline.stages.actions import (find_due, owner_list, read_status, split_ids, split_letters,
                                     split_lines, subject_of)

FIELDS = ("text", "owners", "due", "due_date", "status", "kind", "explicit")


def records(doc) -> list[dict]:
    return [{k: a[k] for k in FIELDS} for a in doc._.actions]


def test_action_label_lines(run):
    doc = run("""Note of meeting: Example Board
Date: 26 November 2018
Present:
Mayor's Office for Policing and Crime (MOPAC)
National Probation Service (NPS)

1. Reoffending
The board discussed the data.
Action: MOPAC to develop timelines prior to the next Board meeting
Action: NPS to meet with MOPAC to see how they fit into the blueprint

Next meeting: 5th February 2019
""")
    assert records(doc) == [
        {"text": "MOPAC to develop timelines prior to the next Board meeting", "owners": ["MOPAC"],
         "due": "prior to the next Board meeting", "due_date": "2019-02-05", "status": "open",
         "kind": "new", "explicit": True},
        {"text": "NPS to meet with MOPAC to see how they fit into the blueprint", "owners": ["NPS"],
         "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": True},
    ]


def test_actions_to_be_taken_table_with_who_and_when(run):
    doc = run("""Governing Board meeting
Date: 24 January 2022
Present: Heather Poustie (Headteacher), Oliver Laity (Chair), Pete Osborne (Clerk)

ACTIONS TO BE TAKEN
ITEM\t\tBY WHOM\tBY WHEN
38/2122\tSigned minutes to website\tClerk\tasap
41b/2122\tBought in services to be on the next agenda\tHeather Poustie/Clerk\t01/03/2022
""")
    assert records(doc) == [
        {"text": "Signed minutes to website", "owners": ["Pete Osborne"], "due": "asap", "due_date": None,
         "status": "open", "kind": "new", "explicit": True},
        {"text": "Bought in services to be on the next agenda", "owners": ["Heather Poustie", "Pete Osborne"],
         "due": "01/03/2022", "due_date": "2022-03-01", "status": "open", "kind": "new", "explicit": True},
    ]


def test_decisions_and_action_points_column_with_action_ids(run):
    doc = run("""Committee meeting
Date: 5 September 2018
Present:
Stephen Blackman (SB)
Ann Gunning (AG)

Item\tDiscussion\tDecisions and Action Points
01\tIntroduction
Open Action Points. It was agreed that a local version should be produced.\t09-03 AG to develop locum pack by April
Minutes. Previous minutes were approved.\tMinutes approved
""")
    # the item-number row and the "Minutes approved" decision are not actions; "by April" after
    # a September meeting is next April's last day
    assert records(doc) == [
        {"text": "AG to develop locum pack by April", "owners": ["Ann Gunning"], "due": "by April",
         "due_date": "2019-04-30", "status": "open", "kind": "new", "explicit": True},
    ]


def test_action_column_of_owner_initials_beside_numbered_items(run):
    doc = run("""Board meeting
Date: 29 May 2013
Present: Sue Gleave (SG), Nikki Sturmey (NS)

Action
5.\tFinance. The accounts showed a small surplus. SG will contact the auditors.\tSG
8.\tEqualities. There were no matters arising.
""")
    assert records(doc) == [
        {"text": "SG will contact the auditors.", "owners": ["Sue Gleave"], "due": None, "due_date": None,
         "status": "open", "kind": "new", "explicit": True},
    ]


def test_owner_column_pairs_initials_with_an_acting_subject_not_a_passive(run):
    # "JT" names no one in the notes: its task is the sentence whose subject acts ("The Treasurer
    # will be drafting"), not the passive before it; arranging a meeting ("is meeting with") commits
    doc = run("""Club committee meeting
Date: 3 March 2021
Present: Jane Toms (JT), Paul Berry (PB), Ann Cole (AC)

Action
4.\tAccounts. The annual figures will be sent to members next month. The Treasurer will be drafting the new budget with the auditors.\tJT
5.\tEvents. The Secretary is meeting with the venue manager to agree dates.\tAC
7.\tAny other business. There was none.
""")
    assert [(a["text"], a["owners"]) for a in doc._.actions] == [
        ("The Treasurer will be drafting the new budget with the auditors.", ["Jane Toms"]),
        ("The Secretary is meeting with the venue manager to agree dates.", ["Ann Cole"]),
    ]


def test_owner_column_line_leaves_the_sentence_naming_a_later_line_owner_to_it(nlp):
    # "AC" names no one; the only acting sentence names "PB", the owner on the next line, so
    # "AC" takes the passive before it and "PB" its own
    doc = run_rows(nlp, """Club committee meeting
Date: 3 March 2021
Present: Jane Toms (JT), Paul Berry (PB), Ann Cole (AC)""", [
        ["Minute", "Item", "Notes", "Action"],
        ["5.", "Events", "The hall booking will be confirmed with the venue. PB will order the new banners.", "AC\nPB"],
    ])
    assert [(a["text"], a["owners"]) for a in doc._.actions] == [
        ("The hall booking will be confirmed with the venue.", ["Ann Cole"]),
        ("PB will order the new banners.", ["Paul Berry"]),
    ]


def test_action_line_of_owners_after_a_paragraph(run):
    doc = run("""Trustees meeting
Date: 26 January 2016
Present: Mike Smith (MS), Ali Hopkins (AHop)

2 Minutes
2.1 The minutes were accepted as a true record to be posted on the website.
ACTION: AHop/MS
3 Planters
3.1 The planters cost about £200. AGREED to purchase.
""")
    assert records(doc) == [
        {"text": "The minutes were accepted as a true record to be posted on the website.",
         "owners": ["Ali Hopkins", "Mike Smith"], "due": None, "due_date": None, "status": "open",
         "kind": "new", "explicit": True},
    ]


def test_previous_actions_table_with_status(run):
    doc = run("""Board meeting
Date: 26 November 2018
Present: MOPAC, NPS, London Councils

2. Actions from the previous meeting
1\tNPS to discuss chairing the task and finish group.\tThings have moved on and so this action will be removed.
2\tMPS to share IOM review.\tComplete
3\tLondon Councils to consider representation.\tOngoing
""")
    assert [(a["text"], a["owners"], a["status"], a["kind"]) for a in records(doc)] == [
        ("NPS to discuss chairing the task and finish group.", ["NPS"], "closed", "previous"),
        ("MPS to share IOM review.", ["MPS"], "complete", "previous"),
        ("London Councils to consider representation.", ["London Councils"], "open", "previous"),
    ]
    assert all(a["explicit"] for a in records(doc))


def test_offers_hopes_descriptions_and_decisions_are_not_actions(run):
    doc = run("""Board meeting
Date: 22 February 2022
Present: MOPAC, Genius Within

1. Update
Genius Within offered their support to the board.
A central team is being recruited.
The board hopes that funding will continue.
The strategy was approved.
""")
    assert doc._.actions == []


def test_item_notes_action_table_without_actions(run):
    doc = run("""Governing Board meeting
Date: 24 January 2022

Item\tNotes\tAction
BM 36/2122\tDivision of Agenda\t\tNone
BM 37/2122\tThe meeting commenced at 1835 and the quorum was met.
""")
    assert doc._.actions == []


@pytest.mark.parametrize("text,expected", [
    ("SG/NS", ["SG", "NS"]),
    ("Kay Dicken /Oliver Laity", ["Kay Dicken", "Oliver Laity"]),
    ("the Clerk", ["the Clerk"]),
    ("None", None),
    ("SB to add marketing materials", None),
])
def test_owner_list(text, expected):
    assert owner_list(text) == expected


def test_split_ids_lettered_parts_and_lines():
    cell = "09-02 SB to add marketing\nmaterials to website\n09-03 AG to develop locum pack"
    assert [cell[s:e].strip() for s, e in split_ids(cell)] == [
        "SB to add marketing\nmaterials to website", "AG to develop locum pack"]
    assert split_ids("Minutes approved") is None
    cell = "Carry out visits for the next meeting:\na. Literacy – 20 November\nb. SEND – 24 November"
    intro, parts = split_letters(cell)
    assert intro == "Carry out visits for the next meeting:"
    assert [(k, cell[s:e].strip()) for k, s, e in parts] == [("a", "Literacy – 20 November"), ("b", "SEND – 24 November")]
    cell = "Finance Policy to be added to the agenda\nPay Policy to be added to the agenda"
    assert [cell[s:e] for s, e in split_lines(cell)] == ["Finance Policy to be added to the agenda",
                                                         "Pay Policy to be added to the agenda"]
    cell = "Amend the SFVS and obtain a signature before\nsubmission to DCC"
    assert [cell[s:e] for s, e in split_lines(cell)] == [cell]


def test_subjects_deadlines_and_status_words():
    assert subject_of("CD and DBP agreed to liaise with AY") == "CD and DBP"
    assert subject_of("A central team is being recruited") is None
    assert find_due("Forward planner to be developed for next three board meetings") is None
    assert find_due("MOPAC to review work plan for the next meeting.")[0] == "for the next meeting"
    assert read_status("Not complete") == ("open", "actions.status.not-complete")
    assert read_status("Closed") == ("closed", "actions.status.closed")
    assert read_status("Done") == ("complete", "actions.status.done")


def test_prose_commitment_with_several_owners(run):
    doc = run("""Board meeting
Date: 22 February 2022
Present:
Mayor's Office for Policing and Crime (MOPAC)
London Probation Service (PS)
Crown Prosecution Service (CPS)

1. Disproportionality
Next steps include MOPAC working with Probation and the CPS to agree tangible actions by end of March 2022.
""")
    assert [(a["text"], a["due"], a["due_date"], a["explicit"]) for a in doc._.actions] == [
        ("Next steps include MOPAC working with Probation and the CPS to agree tangible actions by end of March 2022.",
         "by end of March 2022", "2022-03-31", False)]
    assert doc._.actions[0]["owners"][0] == "MOPAC" and "CPS" in doc._.actions[0]["owners"]


def test_role_subjects_wrapped_prose_and_clause_leads(run):
    doc = run("""Municipal District meeting
Date: 24 November 2017
Present: Ms. L. Magner (Administrative Officer, Finance Services), Mr. M. Leahy (Administrative Officer, District)

1. Housing Loans
The Administrative Officer, Finance Services, gave a presentation on loans.

The Administrative Officer agreed to circulate the
presentation to Members.

2. Other Matters
A discussion took place on receptions and Members requested the Administrative Officer, District, to forward
list of nominees.
The Administrative Officer offered to help. The Treasurer will send the accounts.
""")
    assert records(doc) == [
        {"text": "The Administrative Officer agreed to circulate the presentation to Members.",
         "owners": ["L. Magner"], "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": False},
        {"text": "Members requested the Administrative Officer, District, to forward list of nominees.",
         "owners": ["M. Leahy"], "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": False},
    ]


def run_rows(nlp, head: str, rows: list[list[str]], tail: str = ""):
    """Process minutes whose table cells hold several lines, as a PDF or DOCX reader gives them
    (``tail``: lines after the table)."""
    from pipeline.document import TextBuilder
    from pipeline.nlp import process

    builder = TextBuilder()
    for ln in head.splitlines():
        builder.add_line(ln)
    builder.add_blank()
    for r in rows:
        builder.add_row(r, table=1)
    if tail:
        builder.add_blank()
        for ln in tail.splitlines():
            builder.add_line(ln)
    return process(nlp, builder.build("<rows>", "docx", head.encode("utf-8")))


def test_minutes_table_rows_with_owner_cells_and_dash_owned_earlier_actions(nlp):
    doc = run_rows(nlp, """Governing Board meeting
Date: 7 December 2020
Present: Heather Poustie (Headteacher), Simon Barnes (Chair), Pete Osborne (Clerk)""", [
        ["FGB 24/2021", "Matters arising from the minutes",
         "The following were actions from the last meeting:\na. Purchase the resources as agreed - Heather "
         "Poustie/Kay Dicken\nb. Ensure that the website is updated. - Heather Poustie\nc. Order new chairs - "
         "the caretaker", "None"],
        ["FGB 25/2021", "Governors", "The registers were completed. The Clerk is to advise the Business Manager.",
         "Clerk"],
        ["FGB 26/2021", "Finance", "The budget was reported to the committee and the necessary action is being "
         "taken by the school office this term."],
    ])
    assert records(doc) == [
        {"text": "Purchase the resources as agreed", "owners": ["Heather Poustie", "Kay Dicken"], "due": None,
         "due_date": None, "status": None, "kind": "previous", "explicit": True},
        {"text": "Ensure that the website is updated.", "owners": ["Heather Poustie"], "due": None,
         "due_date": None, "status": None, "kind": "previous", "explicit": True},
        {"text": "The Clerk is to advise the Business Manager.", "owners": ["Pete Osborne"], "due": None,
         "due_date": None, "status": "open", "kind": "new", "explicit": True},
    ]


def test_discussion_cell_commitments_beside_action_ids(nlp):
    doc = run_rows(nlp, """Committee meeting
Date: 14 November 2018
Present: Keith Kendall, Debbie Baird-Palmer, Stephen Blackman, Geraint Morris""", [
        ["Item", "Discussion", "Decisions and Action Points"],
        ["01", "Conflicts. KK advised that reporting lines were changing. KK to advise the governance lead of any "
         "impact.", "Minutes approved\n11-01 SAB to produce list of acronyms"],
        ["02", "Priorities. GM to circulate CCA slides. DBP hopes to attend.", "11-03 GM to share CCA MUR slides"],
    ])
    assert records(doc) == [
        {"text": "SAB to produce list of acronyms", "owners": ["Stephen Blackman"], "due": None, "due_date": None,
         "status": "open", "kind": "new", "explicit": True},
        {"text": "KK to advise the governance lead of any impact.", "owners": ["Keith Kendall"], "due": None,
         "due_date": None, "status": "open", "kind": "new", "explicit": False},
        {"text": "GM to share CCA MUR slides", "owners": ["Geraint Morris"], "due": None, "due_date": None,
         "status": "open", "kind": "new", "explicit": True},
    ]


def test_unknown_or_single_word_subjects_are_not_owners(run):
    doc = run("""Board meeting
Date: 1 March 2021
Present: Ann Gunning (Treasurer), Bob Smith (Secretary), Carol White (Secretary)

1. Update
The Council will review its parking policy.
Secretary to write to the council.
Officer to check the figures.
""")
    assert doc._.actions == []


def test_bulleted_action_labels_and_previous_actions_with_a_closing_status(run):
    doc = run("""Allotment Society Committee
Date: 12 May 2025
Present: Rosa Quint (RQ), Owen Brackley (OB), Tamsin Achebe (TA)

1. Matters arising and actions

- Action 7.1 (Mar): OB to repair the water trough — complete.
- Action 7.4 (Mar): TA to price new padlocks - withdrawn, no longer needed.
* Action 8.2: RQ to chase the landlord – ongoing; reply expected soon.

2. Plots

The waiting list has grown.
- ACTION: Rosa to write to the waiting list by 1 June.
- ACTION: Owen and Tamsin to mark out the new plots for the July meeting.
- Actions were reviewed at length.
- Action: none

Next meeting: 14 July 2025
""")
    assert records(doc) == [
        {"text": "OB to repair the water trough", "owners": ["Owen Brackley"], "due": None, "due_date": None,
         "status": "complete", "kind": "previous", "explicit": True},
        {"text": "TA to price new padlocks", "owners": ["Tamsin Achebe"], "due": None, "due_date": None,
         "status": "closed", "kind": "previous", "explicit": True},
        {"text": "RQ to chase the landlord", "owners": ["Rosa Quint"], "due": None, "due_date": None,
         "status": "open", "kind": "previous", "explicit": True},
        {"text": "Rosa to write to the waiting list by 1 June.", "owners": ["Rosa Quint"], "due": "by 1 June",
         "due_date": "2025-06-01", "status": "open", "kind": "new", "explicit": True},
        {"text": "Owen and Tamsin to mark out the new plots for the July meeting.",
         "owners": ["Owen Brackley", "Tamsin Achebe"], "due": "for the July meeting", "due_date": "2025-07-14",
         "status": "open", "kind": "new", "explicit": True},
    ]


def test_a_dash_before_other_words_is_no_status(run):
    doc = run("""Choir Committee
Date: 3 March 2025
Present: Nell Farrow, Idris Mabon

1. Bookings
- ACTION: Nell to book the hall - open to all members for the spring concert.
""")
    assert records(doc) == [
        {"text": "Nell to book the hall - open to all members for the spring concert.", "owners": ["Nell Farrow"],
         "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": True},
    ]


def test_titled_subjects_clauses_passive_directions_and_resolutions(run):
    doc = run("""TOWN OF BRAMLEY HEATH
Planning Board
Date: 2 April 2025

Members present:
Chair Ines Vold
Member Petra Szabo
Commissioner Gareth Lowndes

Staff present:
Farid Oyelaran, Planning Director
Clerk: Hazel Dunmore

CORRESPONDENCE
Commissioner Lowndes agreed to draft a reply to the school.
Director Oyelaran will bring the survey back to the Board at the May meeting.
Member Szabo visited the depot last week and will report on its condition.
Staff was directed to publish the notice by 15th April 2025.
RESOLVED that the Clerk write to the bus operator.
RESOLVED that the fees be increased from 1 May.
Ms Vold welcomed the report and thanked staff.
Commissioner Ashworth will attend the county forum.

Next meeting: 7 May 2025
""")
    assert records(doc) == [
        {"text": "Commissioner Lowndes agreed to draft a reply to the school.", "owners": ["Gareth Lowndes"],
         "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": False},
        {"text": "Director Oyelaran will bring the survey back to the Board at the May meeting.",
         "owners": ["Farid Oyelaran"], "due": "at the May meeting", "due_date": "2025-05-07", "status": "open",
         "kind": "new", "explicit": False},
        {"text": "Member Szabo visited the depot last week and will report on its condition.",
         "owners": ["Petra Szabo"], "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": False},
        {"text": "Staff was directed to publish the notice by 15th April 2025.", "owners": [],
         "due": "by 15th April 2025", "due_date": "2025-04-15", "status": "open", "kind": "new", "explicit": False},
        {"text": "RESOLVED that the Clerk write to the bus operator.", "owners": ["Hazel Dunmore"], "due": None,
         "due_date": None, "status": "open", "kind": "new", "explicit": False},
    ]


def test_day_month_deadlines():
    assert find_due("JS to circulate the rota by 1 March.")[0] == "by 1 March"
    assert find_due("to renew the insurance by Friday 30 June")[0] == "by Friday 30 June"
    assert find_due("publish it by May 1, 2024.")[0] == "by May 1, 2024"
    assert find_due("report to the next meeting")[0] == "to the next meeting"
    assert find_due("Ten members attended in May") is None


def test_action_log_with_numbered_header_and_status_column(nlp):
    doc = run_rows(nlp, """Finance and Audit Committee
Date: 3 April 2024
Present: Lena Ortiz (Chair) (LO), Gareth Pike (GP), Rosa Quinn (RQ)

Next meeting: 15 May 2024

Action log""", [
        ["No.", "Action", "Lead", "Due", "Status"],
        ["1", "Update the supplier register", "GP", "Feb 2024", "Complete"],
        ["2", "Review the petty cash policy", "RQ", "March 2024", "Ongoing"],
        ["3", "Scope an internal audit of payroll", "LO", "Mar 2024", "Closed"],
        ["4", "Draft the reserves statement", "RQ", "Next meeting", ""],
    ])
    assert [(a["text"], a["owners"], a["due_date"], a["status"], a["kind"]) for a in records(doc)] == [
        ("Update the supplier register", ["Gareth Pike"], "2024-02-29", "complete", "previous"),
        ("Review the petty cash policy", ["Rosa Quinn"], "2024-03-31", "open", "previous"),
        ("Scope an internal audit of payroll", ["Lena Ortiz"], "2024-03-31", "closed", "previous"),
        ("Draft the reserves statement", ["Rosa Quinn"], "2024-05-15", "open", "new"),
    ]


TASK_LIST = """# Oakfield Allotment Society – committee meeting

**Date:** 5 March 2025, 7pm

**Present:** Nell Brook, Rufus Dane, Ines Marlow, Kofi Asante (chair)

## 1. Matters arising

- [x] Rufus fixed the water trough by the gate
- [ ] Ines to chase the council about the skip
- [x] Nell sent the renewal letters

## 2. Plot inspections

Kofi will walk the plots before the end of the month.
- [ ] tidy up

## 3. Actions

- [ ] Nell to order seed potatoes by 20 March
- [ ] Kofi to report back next meeting on the shed insurance
- [x] Rufus to circulate these notes – done!

Next meeting: 2 April 2025
"""


def test_task_list_boxes_give_status_and_owner(tmp_path, nlp):
    from pipeline.nlp import process
    from pipeline.readers import read_path

    path = tmp_path / "oakfield.md"
    path.write_text(TASK_LIST, encoding="utf-8")
    doc = process(nlp, read_path(path))
    assert records(doc) == [
        {"text": "Rufus fixed the water trough by the gate", "owners": ["Rufus Dane"], "due": None, "due_date": None,
         "status": "complete", "kind": "previous", "explicit": True},
        {"text": "Ines to chase the council about the skip", "owners": ["Ines Marlow"], "due": None, "due_date": None,
         "status": "open", "kind": "previous", "explicit": True},
        {"text": "Nell sent the renewal letters", "owners": ["Nell Brook"], "due": None, "due_date": None,
         "status": "complete", "kind": "previous", "explicit": True},
        {"text": "Kofi will walk the plots before the end of the month.", "owners": ["Kofi Asante"],
         "due": "before the end of the month", "due_date": "2025-03-31", "status": "open", "kind": "new",
         "explicit": False},
        {"text": "tidy up", "owners": [], "due": None, "due_date": None, "status": "open", "kind": "new",
         "explicit": True},
        {"text": "Nell to order seed potatoes by 20 March", "owners": ["Nell Brook"], "due": "by 20 March",
         "due_date": "2025-03-20", "status": "open", "kind": "new", "explicit": True},
        {"text": "Kofi to report back next meeting on the shed insurance", "owners": ["Kofi Asante"],
         "due": "next meeting", "due_date": "2025-04-02", "status": "open", "kind": "new", "explicit": True},
        {"text": "Rufus to circulate these notes", "owners": ["Rufus Dane"], "due": None, "due_date": None,
         "status": "complete", "kind": "new", "explicit": True},
    ]


def test_brackets_that_are_no_task_box_yield_nothing(run):
    doc = run("""Board meeting
Date: 1 March 2021

1. Update
- [Draft] paper noted by members.
- [see appendix] figures were received.
""")
    assert doc._.actions == []


def test_resolutions_directing_an_officer(run):
    doc = run("""WESTBURN SHIRE COUNCIL
MINUTES OF THE ORDINARY MEETING OF COUNCIL
Held on Tuesday 12 March 2024 at 6.00pm, Council Chambers, Westburn

PRESENT
Mayor Lisa Moreton
Dev Anand

IN ATTENDANCE
Karen Willis, Chief Executive Officer

1. STREET TREE POLICY
MOVED Dev Anand SECONDED Lisa Moreton
That Council:
1. Notes the report on the street tree audit;
2. Requests the Chief Executive Officer to prepare a replacement planting program and report back to the June 2024 Ordinary Council Meeting.
CARRIED

2. GENERAL BUSINESS
That Council notes the correspondence and requests the Auditor General to review it.
The Mayor asks residents to be patient.
CARRIED
""")
    assert records(doc) == [
        {"text": "Requests the Chief Executive Officer to prepare a replacement planting program and report back "
                 "to the June 2024 Ordinary Council Meeting.", "owners": ["Karen Willis"],
         "due": "to the June 2024 Ordinary Council Meeting", "due_date": "2024-06-30", "status": "open",
         "kind": "new", "explicit": False},
    ]


def test_a_reviewed_action_with_two_tasks_has_both_owners(run):
    doc = run("Minutes of the Board\n2 March 2021\n\nPresent:\nParish Council (PC)\nHighways Agency (HA)\n\n"
              "1. Actions from the previous meeting\n\n"
              "1\tPC to review the verge policy. HA to consider signage at the junction.\tOngoing\n")
    assert [(a["owners"], a["kind"], a["status"]) for a in doc._.actions] == [(["PC", "HA"], "previous", "open")]


OWNERS_OUTSIDE = """Westbury Allotment Society
Minutes of the committee meeting held on 4 March 2025
Present: Tariq Osman (Chair), Greta Lund (Secretary), Bram Hollis, @pkaur

1. Matters arising
The notes of 4 February were agreed. Actions from that meeting:
- Greta to renew the water contract – done, signed last week.
- Bram to fix the gate latch – not done yet, carried forward.

2. Plots
ACTION (Tariq Osman, Greta Lund): Walk the empty plots and list them.
Action – Bram Hollis: Price a new shed lock.
ACTION (Urgent): Check the trough.

Actions
- Tariq Osman — write to the council about the skip — by 31 March
- Greta — book the hall for the AGM
- [ ] @pkaur: move the plot map to the new site
- [ ] Budget: review the fees
Minutes taken by Greta Lund. Draft until approved at the next meeting.
"""


def test_owners_written_outside_the_task(run):
    doc = run(OWNERS_OUTSIDE)
    got = [(a["text"], a["owners"], a["due_date"], a["status"], a["kind"]) for a in doc._.actions]
    assert got == [
        ("Greta to renew the water contract", ["Greta Lund"], None, "complete", "previous"),
        ("Bram to fix the gate latch", ["Bram Hollis"], None, "open", "previous"),
        ("Walk the empty plots and list them.", ["Tariq Osman", "Greta Lund"], None, "open", "new"),
        ("Price a new shed lock.", ["Bram Hollis"], None, "open", "new"),
        ("Check the trough.", [], None, "open", "new"),  # "(Urgent)" names nobody
        ("write to the council about the skip", ["Tariq Osman"], "2025-03-31", "open", "new"),
        ("book the hall for the AGM", ["Greta Lund"], None, "open", "new"),
        ("move the plot map to the new site", ["@pkaur"], None, "open", "new"),
        ("Budget: review the fees", [], None, "open", "new"),  # a topic before the colon is no owner
    ]


def test_deadline_at_a_named_meeting_in_a_month(run):
    doc = run("""Example Club AGM
Held on 9 March 2025
Present: Ann Lee (Chair)

ACTION (Ann Lee): Bring a plan to the committee meeting in May.
""")
    assert [(a["owners"], a["due"], a["due_date"]) for a in doc._.actions] == [
        (["Ann Lee"], "to the committee meeting in May", "2025-05-31")]


def test_action_log_in_columns_of_spaces(run):
    doc = run("""Example Trust Board
Minutes of the meeting held on 5 March 2025
Members:
Ann Lee, Chair
Tom Reyes, Director of Estates

ACTION LOG

Ref      Action                            Lead       Due           Status
25/01    Publish the estates strategy      T Reyes    Feb 2025      Complete
25/04    Survey the car park lighting      A Lee      30 Apr 2025   New
Figures  were  noted  here
""")
    got = [(a["text"], a["owners"], a["due_date"], a["status"], a["kind"]) for a in doc._.actions]
    assert got == [
        ("Publish the estates strategy", ["Tom Reyes"], "2025-02-28", "complete", "previous"),
        ("Survey the car park lighting", ["Ann Lee"], "2025-04-30", "open", "new"),
    ]


def test_spaced_line_without_an_action_header_yields_nothing(run):
    doc = run("""Example Board
Minutes of the meeting held on 5 March 2025
Present: Ann Lee

Name      Role       Since
Ann Lee   Chair      2019
""")
    assert doc._.actions == []


def test_who_what_when_table(run):
    doc = run("""Example Allotment Society
Minutes of the committee meeting held on 8 April 2025
Present: Ann Lee, Tom Reyes

Action points
Who\tWhat\tWhen
Tom Reyes\tOrder the new water butts\tEnd of April
Ann Lee / Tom Reyes\tWrite to the landlord about the fence\t20 May 2025
""")
    got = [(a["text"], a["owners"], a["due_date"]) for a in doc._.actions]
    assert got == [("Order the new water butts", ["Tom Reyes"], "2025-04-30"),
                   ("Write to the landlord about the fence", ["Ann Lee", "Tom Reyes"], "2025-05-20")]


def test_who_what_when_header_of_other_columns_is_no_action_table(run):
    doc = run("""Example Society
Minutes of the meeting held on 8 April 2025
Present: Ann Lee

Who\tWhere
Ann Lee\tHall B
""")
    assert doc._.actions == []


def test_action_items_list_with_named_owners_and_bracketed_deadlines(run):
    doc = run("""Example Department Staff Meeting
Minutes of the meeting held on 3 June 2025
Present: Ann Lee, Tom Reyes, Bo Ng

Action items
- Ann Lee: draft the timetable for the autumn term (due 20 June)
- Tom Reyes and Bo Ng: cost the lab refit (due end of June)
""")
    got = [(a["text"], a["owners"], a["due"], a["due_date"]) for a in doc._.actions]
    assert got == [("draft the timetable for the autumn term", ["Ann Lee"], "20 June", "2025-06-20"),
                   ("cost the lab refit", ["Tom Reyes", "Bo Ng"], "end of June", "2025-06-30")]


def test_task_list_names_before_the_task_without_separator(run):
    doc = run("""Example Steering Group
Minutes of the meeting held on 20 May 2025
Present: Ann Lee, Tom Reyes

Action items
- [x] Tom Reyes Fix the login page on the portal
- [ ] Ann Lee and Tom Reyes Take the plan to the Board meeting on 26 Jun 2025
- [ ] Maria Gomez Check the figures
""")
    got = [(a["text"], a["owners"], a["status"], a["due_date"]) for a in doc._.actions]
    assert got == [("Fix the login page on the portal", ["Tom Reyes"], "complete", None),
                   ("Take the plan to the Board meeting on 26 Jun 2025", ["Ann Lee", "Tom Reyes"], "open", "2025-06-26"),
                   # not an attendee: the name stays part of the task and no owner is guessed
                   ("Maria Gomez Check the figures", [], "open", None)]


def test_matters_arising_paragraphs_closed_by_a_status(run):
    doc = run("""Example Community Council
Minutes of the meeting held on 12 May 2025
Present: Mrs Ann Lee (Secretary), Mr Tom Reyes

1. MATTERS ARISING

(a) Bus shelter. The Secretary had written to the council about the
broken glass. A reply is expected. Action complete.

(b) Footpath. Mr Reyes has not yet met the landowner about the gate.
Carried forward.

(c) Hall hire. The hall will be repainted in the summer.
""")
    got = [(a["text"], a["owners"], a["status"], a["kind"]) for a in doc._.actions]
    assert got == [
        ("The Secretary had written to the council about the broken glass.", ["Ann Lee"], "complete", "previous"),
        ("Mr Reyes has not yet met the landowner about the gate. Carried forward.", ["Tom Reyes"], "open", "previous"),
    ]


def test_status_paragraph_outside_a_review_item_is_no_action(run):
    doc = run("""Example Community Council
Minutes of the meeting held on 12 May 2025
Present: Mrs Ann Lee (Secretary), Mr Tom Reyes

1. PLANNING

Mr Reyes has looked at the plans for the lodges. Complete.
""")
    assert doc._.actions == []


def test_action_label_running_on_to_the_next_line(run):
    doc = run("""Example Community Council
Minutes of the meeting held on 12 May 2025
Present: Ann Lee, Tom Reyes

1. FUNDS
The fund was discussed.
Action: Ann Lee to arrange a public meeting on the fund
before the end of June.
Members noted the accounts.
""")
    got = [(a["text"], a["due_date"]) for a in doc._.actions]
    assert got == [("Ann Lee to arrange a public meeting on the fund before the end of June.", "2025-06-30")]


def test_action_carried_forward_is_the_earlier_action(run):
    doc = run("""Example Staff Meeting
Minutes of the meeting held on 3 June 2025
Present: Ann Lee, Tom Reyes

1. Minutes and actions

Actions from last time:

- Tom to price a new microscope – still waiting on a second quote.

Action items

- Tom Reyes: get a second quote for the microscope (carried forward)
- Ann Lee: book the minibus (due 20 June)
""")
    got = [(a["owners"], a["kind"]) for a in doc._.actions]
    assert got == [(["Tom Reyes"], "previous"), (["Ann Lee"], "new")]


def test_action_table_with_one_unnamed_column(run):
    # a log whose header has one column the vocabulary does not know ("Colour") beside
    # action, owner and due columns is still an action table
    doc = run("""Example Works Committee
Minutes of the meeting held on 4 March 2025
Present: Ann Lee, Tom Reyes

1 Action log

Ref\tTask\tOwner\tDue\tColour\tStatus
25/01\tPaint the north fence\tAL\t31.01.2025\tGreen\tComplete – painted in January
25/02\tFix the gate latch\tTR\t28.02.2025\tRed\tNot started
""")
    got = [(a["text"], a["owners"], a["status"]) for a in doc._.actions]
    assert got == [("Paint the north fence", ["Ann Lee"], "complete"), ("Fix the gate latch", ["Tom Reyes"], "open")]


def test_header_with_two_unknown_columns_is_no_action_table(run):
    doc = run("""Example Works Committee
Minutes of the meeting held on 4 March 2025
Present: Ann Lee, Tom Reyes

Ref\tTask\tOwner\tColour\tShade
25/01\tPaint the north fence\tAL\tGreen\tDark
""")
    assert doc._.actions == []


def test_owner_and_deadline_fields_after_an_action_label(run):
    doc = run("""Example Works Committee
Minutes of the meeting held on 4 March 2025
Present: Ann Lee, Tom Reyes

2 Fencing
The fence was discussed.
Action 25/03: Replace the broken fence panels. Lead: TR. Target: 31.03.2025.
Action 25/04: Tell the neighbours. Note: they were told in 2024.
""")
    got = [(a["text"], a["owners"], a["due"], a["due_date"]) for a in doc._.actions]
    assert got == [("Replace the broken fence panels.", ["Tom Reyes"], "31.03.2025", "2025-03-31"),
                   ("Tell the neighbours. Note: they were told in 2024.", [], None, None)]


def test_commitments_after_a_decision_label(run):
    # names after "Agreed:" own the action even when the attendee list does not give them;
    # "X will A, and Y will B" is two actions
    doc = run("""Example Fair Committee
Minutes of the meeting held on 8 March 2025

1 Money

We have sold most of the tickets.

**Agreed:** Jo will send the revised budget to the committee by 22 March.

**Agreed:** Sam will book the hall, and Kim and Lee will judge the entries on 29 March.

The Board will consider the request. Jo will bring cake.
""")
    got = [(a["text"], a["owners"], a["due"], a["explicit"]) for a in doc._.actions]
    assert got == [
        ("Jo will send the revised budget to the committee by 22 March.", ["Jo"], "by 22 March", True),
        ("Sam will book the hall", ["Sam"], None, True),
        ("Kim and Lee will judge the entries on 29 March.", ["Kim", "Lee"], "on 29 March", True),
    ]


SPACED = """Riverside Allotment Society
Committee Meeting - Minutes

Tuesday, 4 March 2025, 19:00

Present:  Hana Ruiz (HR) - Chair; Omar Bell (OB) - Secretary; Pia Kent (PK) - Treasurer

{heading}
------------------------------------------------------------------------

1.    REVIEW OF ACTIONS
      Actions from February:
      (a) OB to order new padlocks for the gates - done, fitted last week.
      (b) PK to chase unpaid rents -
          two still outstanding; carried forward.                     PK

2.    WATER SUPPLY
      HR reported a leak near plot 12. The committee agreed to fix it
      before the season starts. Arrange a plumber to repair the leaking
      pipe by 31 March.                                             OB
      Tell plot holders about the repair.                      HR / PK

3.    ANY OTHER BUSINESS
      None.
"""


def test_right_hand_owner_column_laid_out_with_spaces(run):
    doc = run(SPACED.format(heading=" " * 64 + "Action by"))
    got = [(a["text"], a["owners"], a["status"], a["kind"]) for a in doc._.actions]
    assert got == [
        ("OB to order new padlocks for the gates", ["Omar Bell"], "complete", "previous"),
        ("PK to chase unpaid rents", ["Pia Kent"], "open", "previous"),
        ("Arrange a plumber to repair the leaking pipe by 31 March.", ["Omar Bell"], "open", "new"),
        ("Tell plot holders about the repair.", ["Hana Ruiz", "Pia Kent"], "open", "new"),
    ]
    assert doc._.actions[2]["due"] == "by 31 March"
    assert "actions.owner-column-spaced" in doc._.actions[2]["evidence"][0]["rules"]


def test_owner_column_without_heading_needs_attendees(run):
    # no heading: the tails still name attendees, so the column is read
    doc = run(SPACED.format(heading=""))
    assert [a["owners"] for a in doc._.actions][2:] == [["Omar Bell"], ["Hana Ruiz", "Pia Kent"]]


def test_spaced_tail_that_names_no_attendee_is_ordinary_text(run):
    doc = run("""Example Club
Minutes of the meeting held on 4 March 2025
Present: Hana Ruiz, Omar Bell

1. Finance
The accounts were reviewed and found to be in order.        Page 2
The balance was noted by the committee in full.             OK
""")
    assert doc._.actions == []


def test_dash_without_a_status_keeps_the_reviewed_action_whole(run):
    doc = run("""Example Club
Minutes of the meeting held on 4 March 2025
Present: Hana Ruiz, Omar Bell

1. Matters arising from the last meeting
(a) Omar to book the hall - the large one at the school.
""")
    assert [(a["text"], a["status"]) for a in doc._.actions] == [
        ("Omar to book the hall - the large one at the school.", None)]


def test_a_split_item_column_leaves_the_notes_to_the_owner_column(nlp):
    # header Item | Notes | Action; the PDF split the item column into reference and title
    doc = run_rows(nlp, "Minutes of the Finance Committee\n3 March 2021\n\nPresent: Ann Lee (Chair), Bob Roe (Clerk)",
                   [["Item", "Notes", "Action"],
                    ["FC 12/21", "Training\nprogramme", "The bulletin is sent weekly and the spring training "
                     "programme is to be circulated.", "Clerk"],
                    ["FC 13/21", "Budget", "It was agreed to write off the small debt. The summary will be "
                     "produced for members.", "Clerk"]])
    assert [(a["text"], a["owners"]) for a in doc._.actions] == [
        ("The bulletin is sent weekly and the spring training programme is to be circulated.", ["Bob Roe"]),
        ("The summary will be produced for members.", ["Bob Roe"]),
    ]
