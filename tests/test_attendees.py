"""Attendees from every common attendance layout; short invented snippets, exact expectations."""

from __future__ import annotations

import pytest


def people(doc):
    return [(a["name"], a["acronym"], a["kind"], a["status"], a["role"]) for a in doc._.attendees]


def names(doc):
    return [(a["name"], a["status"]) for a in doc._.attendees]


def test_label_then_one_name_per_line_with_acronyms(run):
    doc = run("Note of meeting: Example Board\n\nAttendees:\n\nCity Transport Agency (CTA)\nHarbour Police Service (HPS)\n"
              "Clinks\n\nNorthern Courts Service (NCS)\nHMP Example\nApologies:\nTown Council\n\n1. Welcome\n\nText.\n")
    assert people(doc) == [
        ("City Transport Agency", "CTA", "organisation", "present", None),
        ("Harbour Police Service", "HPS", "organisation", "present", None),
        ("Clinks", None, "organisation", "present", None),
        ("Northern Courts Service", "NCS", "organisation", "present", None),
        ("HMP Example", None, "organisation", "present", None),
        ("Town Council", None, "organisation", "apologies", None),
    ]


def test_heading_repeated_then_list_is_one_list_and_heading_is_not_an_attendee(run):
    doc = run("Organisations in attendance:\n\nOrganisations in Attendance\nRiver Trust (RT)\nFarm Board\n\n"
              "Organisations Absent:\n\nOrganisations Absent\nSea Agency (SA)\n\n1. Welcome\n")
    assert names(doc) == [("River Trust", "present"), ("Farm Board", "present"), ("Sea Agency", "absent")]


def test_run_in_list_with_initials_and_role_after_comma_wrapping_lines(run):
    doc = run("Minutes of the Trustees\n\nPresent; Ann Reed (AR), Bob Hale, Chair (BHal), Cara Bligh (CB), Dee Roy\n"
              "(DRoy), Ed Fox (EF),\nFay Gill (FG)\n1. Apologies; Gus Hart, Ian Jay\n2 Minutes of the last meeting\n")
    assert people(doc) == [
        ("Ann Reed", "AR", "person", "present", None),
        ("Bob Hale", "BHal", "person", "present", "chair"),
        ("Cara Bligh", "CB", "person", "present", None),
        ("Dee Roy", "DRoy", "person", "present", None),
        ("Ed Fox", "EF", "person", "present", None),
        ("Fay Gill", "FG", "person", "present", None),
        ("Gus Hart", None, "person", "apologies", None),
        ("Ian Jay", None, "person", "apologies", None),
    ]
    assert doc._.aliases["bhal"] == "Bob Hale"
    assert doc._.aliases["the chair"] == "Bob Hale"


def test_scribe_markdown_present_regrets_chair_scribe(run):
    doc = run("Date: 2020-01-06\n\nPresent: Ann Reed, Bob Hale, Cara Bligh\n\nRegrets: Dan Oak\n\nGuests:\n\n"
              "Chair: Bob Hale\n\nScribe(s): Cara Bligh\n\nAnn Reed: hello\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", None),
        ("Bob Hale", None, "person", "present", "chair"),
        ("Cara Bligh", None, "person", "present", "minutes"),
        ("Dan Oak", None, "person", "apologies", None),
    ]


def test_role_groups_with_bracketed_names_and_plural_honorific(run):
    doc = run("PRESENT IN THE CHAIR: Councillor A. Byrne\n\nMEMBERS PRESENT: Councillors Kelly, Ó Dálaigh,\n"
              "Walsh and O'Neill.\n\nCOMMUNITY REPRESENTATIVES; Mr. T. Doyle, Riverside Tidy Town, Ms. M.\n"
              "Quinn, Youth Services.\n\nOFFICIALS IN ATTENDANCE: Senior Executive Officer, Corporate Services\n"
              "(Mr. J. Lyons), Staff Officer (Ms. C.\nBurke).\n\nAPOLOGIES: Chief Executive (Mr. C. Ryan)\n\n1. Adoption of Minutes\n")
    assert people(doc) == [
        ("A. Byrne", None, "person", "present", None),
        ("Kelly", None, "person", "present", None),
        ("Ó Dálaigh", None, "person", "present", None),
        ("Walsh", None, "person", "present", None),
        ("O'Neill", None, "person", "present", None),
        ("T. Doyle", None, "person", "present", "Riverside Tidy Town"),
        ("M. Quinn", None, "person", "present", "Youth Services"),
        ("J. Lyons", None, "person", "present", "Senior Executive Officer, Corporate Services"),
        ("C. Burke", None, "person", "present", "Staff Officer"),
        ("C. Ryan", None, "person", "apologies", "Chief Executive"),
    ]


def test_name_then_job_title_pairs_and_job_title_before_name(run):
    doc = run("PRESENT\n\nChief Inspector Mary Kane and Sergeant Lowe\n\n"
              "Pat Doyle, Deputy Chief Executive, Liz Moore, Staff Officer (Housing)\n\n1. Minutes\n")
    assert people(doc) == [
        ("Mary Kane", None, "person", "present", "Chief Inspector"),
        ("Lowe", None, "person", "present", "Sergeant"),
        ("Pat Doyle", None, "person", "present", "Deputy Chief Executive"),
        ("Liz Moore", None, "person", "present", "Staff Officer (Housing)"),
    ]


def test_apologies_sentences(run):
    doc = run("1. Welcome and Apologies\nApologies were received from Cllr Ann Reed, Cllr Bob Hale and Cara Bligh\n"
              "(County Council). Dan Oak stated that Eve Park had also given her apologies.\n\n"
              "Apologies for their inability to attend the meeting had been received from Councillor Jo Dunne\n\n"
              "and Deputy Niall Burke, T.D.\n")
    assert names(doc) == [("Ann Reed", "apologies"), ("Bob Hale", "apologies"), ("Cara Bligh", "apologies"),
                          ("Jo Dunne", "apologies"), ("Niall Burke", "apologies"), ("Eve Park", "apologies")]
    assert doc._.attendees[2]["role"] == "County Council"


def test_apologies_for_the_next_meeting_are_not_this_meetings(run):
    doc = run("Attendees: Ann Reed, Bob Smith\n\n9. Date of next meeting: 5 May 2021\nCllr Smith has offered his apologies for this meeting.\n")
    assert names(doc) == [("Ann Reed", "present"), ("Bob Smith", "present")]


def test_listed_as_present_and_sending_apologies_is_apologies(run):
    doc = run("Attendees\tAnn Reed (Chair), Bob Hale, Cara Bligh (Manager)\n1.\tApologies\nBob Hale.\n")
    assert names(doc) == [("Ann Reed", "present"), ("Bob Hale", "apologies"), ("Cara Bligh", "present")]


def test_table_of_name_organisation_role_columns(run):
    doc = run("PRESENT:\nName\t\tOrganisation\tRole\nAnn Reed\tCity Pharmacy\tChair\nBob Hale\t\tTreasurer\n"
              "IN ATTENDANCE:\nName\t\tOrganisation\tRole\nAPOLOGIES:\nName\t\tOrganisation\tRole\nCara Bligh\tTown Chemists\tMember\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "chair"),
        ("Bob Hale", None, "person", "present", "treasurer"),
        ("Cara Bligh", None, "person", "apologies", "Member"),
    ]


def test_run_in_people_with_organisations_after_a_dash(run):
    doc = run("1.\tApologies for Absence\nAnn Reed – City Council, Bob Hale – MP for\nNorthtown, Cara Bligh - ex-board member, "
              "Dan Oak Friends of Southtown Library\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "apologies", "City Council"),
        ("Bob Hale", None, "person", "apologies", "MP for Northtown"),
        ("Cara Bligh", None, "person", "apologies", "ex-board member"),
        ("Dan Oak", None, "person", "apologies", "Friends of Southtown Library"),
    ]


def test_names_with_bracketed_roles_without_commas(run):
    doc = run("Invited\tAnn Reed (Staff Group Observer) Bob Hale ( Staff\nGroup Observer) Cara Bligh (Clerk to the Board)\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "Staff Group Observer"),
        ("Bob Hale", None, "person", "present", "Staff Group Observer"),
        ("Cara Bligh", None, "person", "present", "Clerk to the Board"),
    ]
    assert doc._.aliases["the clerk"] == "Cara Bligh"


GRID = (
    "SCHOOL BOARD OF GOVERNORS\n"
    "COMMITTEE\tFull Governing Body\tDATE\t07/12/2020\n"
    "GOVERNOR ATTENDANCE\n"
    "Type\tEnd of\nTerm\t05/10/2020\t07/12/2020\t01/02/2021\tDate\nResigned\n"
    "ANN REED\tHeadteacher\tEx-officio\tP\tP\n"
    "BOB HALE\tParent\t10/2022\tP\tS\n"
    "CARA BLIGH\tStaff\t12/2023\tS\tP\n"
    "DAN OAK\tParent\t10/2023\tP\tA\n"
    "EVE PARK\tParent\t06/12/24\n"
    "VACANT\tParent\n"
    "FAY GILL\tParent\t10/2019\tS\t\t\t18/10/2019\n"
    "P – Present\t\tS – Sanctioned\n"
    "A – Absent\t\tL – Late arrival\n"
    "Visitors: None\n"
    "Chaired by\tCara Bligh\tClerked by\tGus Hart\n"
)


def test_attendance_grid_reads_this_meetings_column(run):
    doc = run(GRID)
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "Headteacher"),
        ("Bob Hale", None, "person", "apologies", "Parent"),
        ("Cara Bligh", None, "person", "present", "chair"),
        ("Dan Oak", None, "person", "absent", "Parent"),
        ("Gus Hart", None, "person", "present", "clerk"),
    ]
    assert doc._.aliases["the clerk"] == "Gus Hart"


def test_grid_with_vertical_dates_and_ragged_rows_uses_last_filled_column(run):
    vertical = "\t".join(d[::-1] for d in ["21/09/2020", "16/11/2020", "18/01/2021"])  # read bottom-up
    doc = run("COMMITTEE\tDATE\nLearning Committee\t16/11/2020\n" + vertical + "\nGOVERNOR ATTENDANCE\n"
              "Ann Reed\tP\tP\nBob Hale\t\t\t\tS\nP – Present\t\tS – Sanctioned\nIn attendance: Cara Bligh (Chair of Governors)\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", None),
        ("Bob Hale", None, "person", "apologies", None),
        ("Cara Bligh", None, "person", "present", "Chair of Governors"),
    ]


def test_labels_inside_a_table_cell(run):
    doc = run("FGB 1/2021\tTo record those present\tThe meeting commenced at 1832\nVisitors: None\n"
              "Apologies: Ann Reed and Bob Hale and sanctioned\nIn Attendance: Cara Bligh\n")
    assert names(doc) == [("Ann Reed", "apologies"), ("Bob Hale", "apologies"), ("Cara Bligh", "present")]


@pytest.mark.parametrize("text", [
    "Present:\nPublic: 2\n\n1. Welcome\n",
    "Visitors: None\n",
    "Attendees\tDirectors, Members and Staff of the Library\n",
    "Organisations in Attendance\n\n1. Welcome\n\nThe Harbour Trust (HT) presented its plan to the Board.\n",
])
def test_no_attendee(run, text):
    assert run(text)._.attendees == []


def test_an_organisation_discussed_is_not_an_attendee(run):
    doc = run("Present: Ann Reed\n\n1. Funding\n\nThe Lottery Fund (LF) and Arts Council England gave £5k.\n")
    assert names(doc) == [("Ann Reed", "present")]


def test_alias_table_keeps_unambiguous_short_names_only(run):
    doc = run("Present: Ann Reed (AR), Ann Lowe, Bob Hale (Clerk)\n\n1. Welcome\n")
    t = doc._.aliases
    assert t["ar"] == "Ann Reed" and t["reed"] == "Ann Reed" and t["lowe"] == "Ann Lowe"
    assert "ann" not in t  # two Anns
    assert t["the clerk"] == "Bob Hale" and t["bob"] == "Bob Hale"


def test_organisation_whose_acronym_spells_it_out_is_not_split_into_name_and_role(run):
    doc = run("Present:\nHer Majesty's Prisons and Probation Service (HMPPS)\n"
              "Greater London Authority Health Team (GLA Health)\nClinks\nGenius Within\n"
              "Metropolitan Police Service (MPS)\n")
    assert [(a["name"], a["acronym"], a["kind"], a["role"]) for a in doc._.attendees] == [
        ("Her Majesty's Prisons and Probation Service", "HMPPS", "organisation", None),
        ("Greater London Authority Health Team", "GLA Health", "organisation", None),
        ("Clinks", None, "organisation", None),
        ("Genius Within", None, "organisation", None),
        ("Metropolitan Police Service", "MPS", "organisation", None),
    ]


def test_people_in_a_list_of_people_stay_people(run):
    doc = run("Present: Ann Lee (AL), Bob Roe, Carol Diaz (Chair)\n")
    assert [(a["name"], a["kind"]) for a in doc._.attendees] == [
        ("Ann Lee", "person"), ("Bob Roe", "person"), ("Carol Diaz", "person")]



def test_markdown_bullets_each_open_an_entry_with_initials_and_role(run_md):
    doc = run_md("# Example Lab — Steering Group\n\n## Attendees\n\n- Dr Ann Reed (AR), Chair\n- Prof. Bo Lind (BL), Head of Teaching\n"
              "- Cy Moss (CM)\n\n## Apologies\n\n- Dr Di Park (DP)\n\n## 1. Minutes\n\nApproved.\n")
    assert people(doc) == [
        ("Ann Reed", "AR", "person", "present", "chair"),
        ("Bo Lind", "BL", "person", "present", "Head of Teaching"),
        ("Cy Moss", "CM", "person", "present", None),
        ("Di Park", "DP", "person", "apologies", None),
    ]


def test_table_with_a_status_cell_per_row_header_and_closing_sentence_are_not_attendees(run):
    doc = run("Example Trust – Board Meeting\n\nAttendance\nName\tRole\tStatus\nAnn Reed\tChair\tPresent\n"
              "Bo Lind\tTrustee\tSent apologies\nCy Moss\tTrustee\tAbsent\nDi Park\tTreasurer\tPresent (online)\n"
              "Quorum was confirmed by the chair.\n1. Welcome\nText.\n")
    assert names(doc) == [("Ann Reed", "present"), ("Bo Lind", "apologies"), ("Cy Moss", "absent"), ("Di Park", "present")]


def test_roll_call_with_group_present_labels_titles_before_names_and_caps_heading_after_blank(run):
    doc = run("CITY OF EXAMPLE LIBRARY BOARD\nREGULAR MEETING MINUTES\n\nROLL CALL\n\nMembers present:\nChair Ann Reed\n"
              "Vice-Chair Bo Lind\nCommissioner Cy Moss\n\nMembers absent:\nCommissioner Di Park\n\nStaff present:\n"
              "Ed Fox, Branch Supervisor\nFay Gill, Recording Secretary\n\nBOARD REPORTS\n\nText follows here.\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "chair"),
        ("Bo Lind", None, "person", "present", "vice chair"),
        ("Cy Moss", None, "person", "present", "Commissioner"),
        ("Di Park", None, "person", "absent", "Commissioner"),
        ("Ed Fox", None, "person", "present", "Branch Supervisor"),
        ("Fay Gill", None, "person", "present", "Recording Secretary"),
    ]


def test_role_before_bracketed_name_counted_public_and_surname_in_apologies_sentence(run):
    doc = run("Minutes of the Meeting of Example Parish Council\n"
              "Present: Cllr Ann Reed (Chairman), Cllr Bo Lind\n"
              "In attendance: the Clerk (Cy Moss); 3 members of the public\n"
              "Apologies: Cllr Di Parkes (illness).\n"
              "22/101 Apologies for absence\nApologies had been received from Cllr Parkes and were accepted.\n"
              "22/102 Minutes\nApproved.\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "chair"),
        ("Bo Lind", None, "person", "present", None),
        ("Cy Moss", None, "person", "present", "clerk"),
        ("Di Parkes", None, "person", "apologies", "illness"),
    ]


def test_group_present_label_needs_a_group_word_and_a_short_label(run):
    doc = run("Minutes of the Example Board\n\nPresent: Ann Reed\n\nEveryone present agreed to start.\n\n"
              "1. Welcome\nStaff present at the fair were thanked.\n")
    assert names(doc) == [("Ann Reed", "present")]


def test_councillor_honorifics_of_other_english_speaking_councils_are_dropped(run):
    doc = run("TOWN OF EXAMPLE\n\nMINUTES OF THE ORDINARY COUNCIL MEETING\n\nPRESENT:\nCr Ann Reed (Mayor)\nCr Bo Lind\n"
              "Clr Cy Moss\nAlderman Di Park\nCouncilor Ed Fox\nHon Fay Gill\n\nAPOLOGIES:\nCr Gus Hart\n\n"
              "1. OPENING\n\nCr Lind moved the motion.\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "Mayor"),
        ("Bo Lind", None, "person", "present", None),
        ("Cy Moss", None, "person", "present", None),
        ("Di Park", None, "person", "present", None),
        ("Ed Fox", None, "person", "present", None),
        ("Fay Gill", None, "person", "present", None),
        ("Gus Hart", None, "person", "apologies", None),
    ]


def test_attendance_table_with_initials_column_gives_short_forms_and_header_is_not_an_attendee(run):
    doc = run("Example Trust\nFinance Committee\n\nMembers present\n\nName\tInitials\tRole\n"
              "Dr Ann Reed\tAR\tNon-Executive Director (Chair)\nBo Lind\tBL\tDirector of Finance\n\n"
              "In attendance\n\nName\tInitials\tRole\nCy Moss\tCM\tHead of Audit (item 3.0)\n\n"
              "Apologies: Di Park (DP), Chief Operating Officer; Ed Fox (EF), Associate Non-Executive Director.\n"
              "1.0 Welcome\nText.\n")
    assert people(doc) == [
        ("Ann Reed", "AR", "person", "present", "chair"),
        ("Bo Lind", "BL", "person", "present", "Director of Finance"),
        ("Cy Moss", "CM", "person", "present", "Head of Audit"),
        ("Di Park", "DP", "person", "apologies", "Chief Operating Officer"),
        ("Ed Fox", "EF", "person", "apologies", "Associate Non-Executive Director"),
    ]


def test_a_column_that_is_not_the_names_initials_stays_a_role(run):
    doc = run("Members present\n\nName\tRole\nAnn Reed\tIT\nBo Lind\tHR\n\n1. Welcome\nText.\n")
    assert people(doc) == [("Ann Reed", None, "person", "present", "IT"), ("Bo Lind", None, "person", "present", "HR")]


def test_status_columns_of_a_table(run):
    # the header row names a status per column; a row whose later cells are empty is the first column's
    doc = run("Allotment Society\n\nPresent\tApologies\nJo Bell (Chair)\tKim Ade\nAl Roe\tSam Voss (Treasurer)\n"
              "Pat Lunn\t\n\nWelcome\nThe chair opened the meeting.\n")
    assert people(doc) == [
        ("Jo Bell", None, "person", "present", "chair"),
        ("Kim Ade", None, "person", "apologies", None),
        ("Al Roe", None, "person", "present", None),
        ("Sam Voss", None, "person", "apologies", "treasurer"),
        ("Pat Lunn", None, "person", "present", None),
    ]


def test_one_status_label_over_a_table_is_not_status_columns(run):
    doc = run("Present\tJo Bell, Al Roe\n\n1. Welcome\nText.\n")
    assert names(doc) == [("Jo Bell", "present"), ("Al Roe", "present")]


def test_post_then_name_lines_under_attendance_labels(run):
    doc = run("Sailing Club AGM\n\nOfficers present\nChair: Dee Mott\n- Vice Chair: Dr Ola Fenn\nBoat Captain: Ray Imber\n"
              "Also present: 12 ordinary members of the club.\n\nApologies\nSocial Secretary: Lu Chen\n\n"
              "1. Welcome\nThe Chair welcomed members.\n")
    assert people(doc) == [
        ("Dee Mott", None, "person", "present", "chair"),
        ("Ola Fenn", None, "person", "present", "vice chair"),
        ("Ray Imber", None, "person", "present", "Boat Captain"),
        ("Lu Chen", None, "person", "apologies", "Social Secretary"),
    ]


def test_post_then_sentence_is_not_an_attendee(run):
    doc = run("Apologies: Jo Bell\nChair: the budget was agreed by all.\nVenue: Town Hall\n\n1. Welcome\nText.\n")
    assert names(doc) == [("Jo Bell", "apologies")]


def test_name_comma_job_title_one_per_line(run):
    doc = run("Members:\nAnn Reed, Chair\nBo Lind, Chief Nurse\nCy Moss, Non-Executive Director\n\n"
              "In attendance:\nDi Park, Board Secretary (minutes)\n\n1. Welcome\nText.\n")
    assert people(doc) == [
        ("Ann Reed", None, "person", "present", "chair"),
        ("Bo Lind", None, "person", "present", "Chief Nurse"),
        ("Cy Moss", None, "person", "present", "Non-Executive Director"),
        ("Di Park", None, "person", "present", "Board Secretary (minutes)"),
    ]


def test_handles_as_names_and_a_note_taker_after_regrets(run_md):
    doc = run_md("# Project call\n\n**Attendees:** @ann-r (chair), @bo_l\n**Regrets:** @cy\n**Notes:** @bo_l\n\n"
                 "## Agenda\n\n1. Releases\n")
    assert names(doc) == [("@ann-r", "present"), ("@bo_l", "present"), ("@cy", "apologies")]


def test_attended_and_apologies_columns_with_a_longer_first_column(run):
    # "Attended" names the present column; rows whose second cell is empty stay in the first column
    doc = run("Ramblers Branch\n\nAttended\tApologies\nNia Holt (Chair)\tOwen Pike (Walks Officer)\n"
              "Raj Dev\t\nMay Orr (Treasurer)\t\n\nA further 6 members attended.\n\n1. Welcome\nText.\n")
    assert people(doc) == [
        ("Nia Holt", None, "person", "present", "chair"),
        ("Owen Pike", None, "person", "apologies", "Walks Officer"),
        ("Raj Dev", None, "person", "present", None),
        ("May Orr", None, "person", "present", "treasurer"),
    ]


def test_sederunt_run_in_paragraph_wrapped_mid_name(run):
    # "Sederunt" (those present); the lines break inside names, and a wrapped line ends as a sentence
    doc = run("Glen Community Council\n\nSederunt: Mrs Ada Kerr (Chair), Mr Ian Bell (Clerk), Ms Rona\n"
              "Weir (Treasurer) and Mr Tam Fyfe.\n\nIn attendance: Cllr Eve Moss (Highland Council), PC Lee\n"
              "Hart (Police Scotland) and 4 members of the public.\n\n1. WELCOME\nText.\n")
    assert names(doc) == [("Ada Kerr", "present"), ("Ian Bell", "present"), ("Rona Weir", "present"),
                          ("Tam Fyfe", "present"), ("Eve Moss", "present"), ("Lee Hart", "present")]


def test_name_and_post_per_line_is_not_a_wrapped_run_in_list(run):
    doc = run("Attendees:\nAnn Reed, Chair\nBo Lind, Treasurer\n\n1. Welcome\nText.\n")
    assert [(a["name"], a["role"]) for a in doc._.attendees] == [("Ann Reed", "chair"), ("Bo Lind", "treasurer")]


def test_a_peer_heading_ends_the_attendance_list(run_md):
    # "## Goals" is styled like "## Apologies": its bullets are the next section, not apologies
    doc = run_md("# Steering Group notes\n\n## Attendees\n\n- Ann Reed (Chair)\n- Bo Lind\n\n## Apologies\n\n"
                 "- Cy Dunn (Finance)\n\n## Goals\n\n- Check progress on the portal\n- Agree the budget\n\n"
                 "## Discussion items\n\nText.\n")
    assert names(doc) == [("Ann Reed", "present"), ("Bo Lind", "present"), ("Cy Dunn", "apologies")]


# --- layouts from a fifth held-out set, re-invented ---------------------------

def test_run_in_list_wrapped_after_a_dash_keeps_the_role_on_the_next_line(run):
    doc = run("RIVERSIDE ROWING CLUB\n\nCommittee members attending:  Ann Reed (AR) - Chair; Bo Lind (BL) -\n"
              "Secretary; Cy Dunn (CD) - Treasurer;\nDi Eve (DE) - Boat Captain\n"
              "Also attending:  Ed Fox (EF) - county development officer\nApologies:  Fay Gill (FG)\n"
              "Not present:  Gus Hart (GH)\n\n                                   Action by\n"
              "------------------------------------------------\n\nI.    WELCOME\n      AR welcomed members.\n")
    assert [(a["name"], a["status"], a["role"]) for a in doc._.attendees] == [
        ("Ann Reed", "present", "chair"), ("Bo Lind", "present", "secretary"), ("Cy Dunn", "present", "treasurer"),
        ("Di Eve", "present", "Boat Captain"), ("Ed Fox", "present", "county development officer"),
        ("Fay Gill", "apologies", None), ("Gus Hart", "absent", None)]


def test_column_header_underlined_by_a_rule_is_not_an_attendee(run):
    doc = run("Apologies:  Fay Gill\n\nAction by\n----------------\n\n1. Welcome\n")
    assert names(doc) == [("Fay Gill", "apologies")]


def test_informal_labels_and_a_status_in_brackets(run):
    doc = run("Harbour Choir - Committee\n\nRound the table: Ann Reed (chair), Bo Lind (treasurer), Cy Dunn (notes)\n"
              "Couldn't make it: Di Eve (sent apologies)\n\n---\n\n**1 · Last meeting**\n\nNotes agreed.\n")
    assert [(a["name"], a["status"], a["role"]) for a in doc._.attendees] == [
        ("Ann Reed", "present", "chair"), ("Bo Lind", "present", "treasurer"), ("Cy Dunn", "present", "minutes"),
        ("Di Eve", "apologies", None)]


def test_bracketed_apologies_inside_a_present_list_overrides_the_list_status(run):
    doc = run("Present: Ann Reed, Bo Lind (apologies), Cy Dunn\n\n1. Welcome\n")
    assert names(doc) == [("Ann Reed", "present"), ("Bo Lind", "apologies"), ("Cy Dunn", "present")]


def test_lower_case_qualifier_after_an_entry_is_not_an_attendee(run):
    doc = run("Also present: Ed Fox (Tidal Energy Services), for items A to C only\n\n1. Welcome\n")
    assert names(doc) == [("Ed Fox", "present")]


def test_long_semicolon_list_under_a_definition_label_and_styled_headings_after(tmp_path, nlp):
    from pipeline.nlp import process
    from pipeline.readers import read_path

    p = tmp_path / "board.html"
    p.write_text("<html><body><h1>Moorland Energy Co-op</h1><dl><dt>Directors present</dt>"
                 "<dd>Ann Reed (chair); Bo Lind (treasurer); Cy Dunn; Di Eve; Ed Fox (company secretary, minuting)</dd>"
                 "<dt>Apologies</dt><dd>Dr Fay Gill</dd></dl>"
                 "<h3>A &mdash; Previous minutes</h3><p>The minutes were approved.</p></body></html>", encoding="utf-8")
    doc = process(nlp, read_path(p))
    assert names(doc) == [("Ann Reed", "present"), ("Bo Lind", "present"), ("Cy Dunn", "present"),
                          ("Di Eve", "present"), ("Ed Fox", "present"), ("Fay Gill", "apologies")]


def test_sentence_with_commas_after_a_label_is_still_not_a_list(run):
    doc = run("Apologies: Fay Gill\nThe board agreed the budget, noted the report, and thanked the staff for their work.\n")
    assert names(doc) == [("Fay Gill", "apologies")]


def test_docx_table_cell_with_one_name_and_role_per_line(tmp_path, nlp):
    import docx

    from pipeline.nlp import process
    from pipeline.readers import read_path

    d = docx.Document()
    d.add_heading("Estates Committee – Minutes", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Members present"
    t.cell(0, 1).text = "Ann Reed, Governor (Chair)\nDr Bo Lind, Governor\nCy Dunn, Principal"
    t.cell(1, 0).text = "In attendance"
    t.cell(1, 1).text = "Di Eve, Director of Estates\nEd Fox, Sustainability Manager"
    d.add_heading("01 Welcome", 2)
    p = tmp_path / "estates.docx"
    d.save(p)
    doc = process(nlp, read_path(p))
    assert [(a["name"], a["status"]) for a in doc._.attendees] == [
        ("Ann Reed", "present"), ("Bo Lind", "present"), ("Cy Dunn", "present"), ("Di Eve", "present"),
        ("Ed Fox", "present")]
    assert [a["role"] for a in doc._.attendees][1:] == ["Governor", "Principal", "Director of Estates",
                                                        "Sustainability Manager"]
