"""Forms met in held-out sets 7 and 8, written here with invented text (exact expectations, positive and negative)."""

from __future__ import annotations

import pytest


def people(doc):
    return [(a["name"], a["status"]) for a in doc._.attendees]


def items(doc):
    return [(it["number"], it["title"]) for it in doc._.agenda_items]


@pytest.mark.parametrize("text, expected", [
    ("Min. 41   Welcome\n      The chair opened.\n\nMin. 42   Hall lettings\n      Noted.\n",
     [("41", "Welcome"), ("42", "Hall lettings")]),
    ("[1] Welcome\nNoted.\n\n[2] Pitch fees\nAgreed.\n",
     [("1", "Welcome"), ("2", "Pitch fees")]),
    ("Topic 1 — Budget\nNoted.\n\nTopic 2 — Website\nAgreed.\n",
     [("1", "Budget"), ("2", "Website")]),
], ids=["min-dot", "square-brackets", "topic-word"])
def test_item_number_forms(run, text, expected):
    assert items(run(text)) == expected


def test_min_in_prose_and_a_bracketed_count_are_not_items(run):
    doc = run("The survey (Min. 12) was noted.\n[3 attended] Nothing else.\n")
    assert items(doc) == []


def test_bilingual_labels_over_indented_names(run):
    doc = run("Yn bresennol / Present:\n      Cllr Ann Rees (Cadeirydd / Chair)\n      Cllr Bob Lane\n\n"
              "Hefyd yn bresennol / Also present:\n      Mrs Cara Hale (Clerc / Clerk)\n\n"
              "Ymddiheuriadau / Apologies:\n      Cllr Dai Moss, Cllr Eve Pryor\n\nMin. 7   Minutes\n      Agreed.\n")
    assert people(doc) == [("Ann Rees", "present"), ("Bob Lane", "present"), ("Cara Hale", "present"),
                           ("Dai Moss", "apologies"), ("Eve Pryor", "apologies")]


def test_a_signature_line_with_two_languages_is_not_a_label(run):
    doc = run("1. Close\nThe meeting closed.\n\nSigned ............ Cadeirydd / Chair\n")
    assert people(doc) == []


def test_informal_labels_with_a_comma(run):
    doc = run("Here: Ann Rees (chair), Bob Lane\nSorry, couldn't come: Cara Hale\n\n1. Money\nNoted.\n")
    assert people(doc) == [("Ann Rees", "present"), ("Bob Lane", "present"), ("Cara Hale", "apologies")]


def test_a_comma_phrase_before_a_colon_is_not_a_label(run):
    doc = run("Well, that was fun: Ann Rees, Bob Lane\n")
    assert people(doc) == []


def test_apologies_stop_at_a_bracket_numbered_item(run):
    doc = run("Attendees: Ann Rees; Bob Lane\nApologies: Cara Hale\n\n[1] Minutes of 2 May\nAgreed as a record.\n")
    assert people(doc) == [("Ann Rees", "present"), ("Bob Lane", "present"), ("Cara Hale", "apologies")]


def test_yes_no_attended_table(run):
    doc = run("Trustee\tAttended\nAnn Rees (AR), Chair\tYes\nBob Lane (BL)\tApologies\nCara Hale (CH)\tNo\n\n1. Welcome\nNoted.\n")
    assert [(a["name"], a["acronym"], a["status"], a["role"]) for a in doc._.attendees] == [
        ("Ann Rees", "AR", "present", "chair"), ("Bob Lane", "BL", "apologies", None), ("Cara Hale", "CH", "absent", None)]


def test_a_yes_no_table_without_an_attendance_column_is_not_attendance(run):
    doc = run("Question\tAnswer\nAnn Rees\tYes\nBob Lane\tNo\n")
    assert people(doc) == []


def test_wrapped_post_with_bracket_attaches_to_the_entry_before(run):
    doc = run("Staff in attendance: Ann Rees (AR), Chief Executive; Bob Lane (BL), Volunteer Coordinator\n(minutes).\n\n"
              "1. Welcome\nNoted.\n")
    assert [(a["name"], a["acronym"], a["role"]) for a in doc._.attendees] == [
        ("Ann Rees", "AR", "Chief Executive"), ("Bob Lane", "BL", "Volunteer Coordinator")]


def test_group_lines_before_apologies_are_present(run):
    doc = run("Minutes of the meeting held on 3 May 2024.\nBoard members: Mr Al Stone (Chair), Mrs Dee Kay\n"
              "Executive: Ms Lu Quin, Director of Finance; Mr Tim Ebb, Head of Risk\nExternal auditor: Ms Hu Sat, Lamb LLP\n"
              "Apologies: Ms Cy White\n1. Minutes\nAgreed.\n")
    assert [(a["name"], a["status"], a["role"]) for a in doc._.attendees] == [
        ("Al Stone", "present", "chair"), ("Dee Kay", "present", None), ("Lu Quin", "present", "Director of Finance"),
        ("Tim Ebb", "present", "Head of Risk"), ("Hu Sat", "present", "Lamb LLP"), ("Cy White", "apologies", None)]


def test_group_line_far_from_attendance_is_not_attendance(run):
    doc = run("1. Audit\nExternal auditor: Ms Hu Sat, Lamb LLP\nThe report was noted.\n\n2. Close\nApologies: Ms Cy White\n")
    assert people(doc) == [("Cy White", "apologies")]


def test_posts_before_names_are_roles(run):
    doc = run("Present: Reeve Ann Hale, Deputy Reeve Pro Tem Bo Lind, Board Members Cy Moss, Di Pryor and Ed Vance\n"
              "Staff present: Town Manager Fay Gill, Parks Director Gus Hart\n\n1. Call to order\nNoted.\n")
    assert [(a["name"], a["role"]) for a in doc._.attendees] == [
        ("Reeve Ann Hale", None), ("Bo Lind", "Deputy Reeve Pro Tem"), ("Cy Moss", "Board Members"),
        ("Di Pryor", None), ("Ed Vance", None), ("Fay Gill", "Town Manager"), ("Gus Hart", "Parks Director")]


def test_a_name_after_a_post_word_needs_two_capitalised_words(run):
    doc = run("Present: Finance Director of the Trust\n\n1. Welcome\nNoted.\n")
    assert [(a["name"], a["role"]) for a in doc._.attendees] == [("Finance Director of the Trust", None)]


def test_handle_then_real_name(run_md):
    doc = run_md("# Team sync\n\n**Attendees**\n\n- @ann-r — Ann Reed (chair)\n- @bo — Bo Lind\n\n**Regrets**\n\n"
                 "- @cyh — Cy Hale\n\n## Topic 1 — Budget\n\n@bo: the budget is fine.\n")
    assert [(a["name"], a["status"], a["role"]) for a in doc._.attendees] == [
        ("Ann Reed", "present", "chair"), ("Bo Lind", "present", None), ("Cy Hale", "apologies", None)]
    assert doc._.aliases["@bo"] == doc._.aliases["bo"] == doc._.aliases["bo lind"]


def test_a_bare_handle_stays_the_name(run_md):
    doc = run_md("# Team sync\n\n**Attendees**\n\n- @ann-r\n- @bo\n\n## Budget\n\nFine.\n")
    assert [a["name"] for a in doc._.attendees] == ["@ann-r", "@bo"]



def _meeting(doc):
    m = doc._.meeting
    return (m["title"], m["date"], m["start_time"], m["end_time"], m["location"])


def test_minutes_sent_as_an_e_mail(run):
    doc = run("From: Ann Reed <ann@example.org>\nTo: Committee <c@example.org>\nDate: Mon, 9 June 2025 08:12:00 +0100\n"
              "Subject: Minutes of last week\n\nHi all,\n\nMinutes of the meeting are below.\n\nAnn\n\n----------\n"
              "HILLTOP BOWLS CLUB\nCOMMITTEE - MINUTES\nTuesday 3 June 2025, 7pm to 8.30pm\nClubroom, Green Lane, Hilltop\n"
              "----------\n\nPresent: Ann Reed; Bo Lind\n\n[1] Accounts\nNoted.\n")
    assert _meeting(doc)[1:] == ("2025-06-03", "19:00", "20:30", "Clubroom, Green Lane, Hilltop")
    assert "Subject" not in doc._.meeting["title"] and "Subject" not in doc._.meeting["body"]


def test_a_date_label_without_mail_fields_is_the_meeting_date(run):
    doc = run("Bowls Club Committee\nDate: 3 June 2025\nTime: 7pm\n\n1. Accounts\nNoted.\n")
    assert _meeting(doc)[1:3] == ("2025-06-03", "19:00")


def test_another_thing_closed_is_not_the_end_and_adjourned_to_the_next_meeting(run):
    doc = run("Town Board Minutes\nTuesday, March 4, 2025 - 7:00 p.m.\n1. Hearing\nThe hearing was closed at 7:20 p.m.\n"
              "2. Adjournment\nThe Chair adjourned the meeting at 8:15 p.m. to the next regular meeting on Tuesday, "
              "March 18, 2025, at 7:00 p.m. in the Town Hall.\n")
    m = doc._.meeting
    assert (m["end_time"], m["next_meeting"]) == ("20:15", {"date": "2025-03-18", "time": "19:00", "location": "Town Hall"})


def test_the_meeting_was_closed_still_ends_it(run):
    doc = run("Town Board Minutes\nTuesday, March 4, 2025 - 7:00 p.m.\n1. Close\nThe meeting was closed at 7:40 p.m.\n")
    assert (doc._.meeting["end_time"], doc._.meeting["next_meeting"]) == ("19:40", None)


@pytest.mark.parametrize("line, place", [
    ("Tues 4 March 2025, 7pm, village hall (two joined by phone)", "village hall"),
    ("Thursday 2025-04-03 · 15:00–16:05 UTC · Zoom (recorded)", "Zoom"),
    ("Wednesday 9 April 2025 at 6.30pm in Neuadd Fach (Small Hall),\nUpper Town.", "Neuadd Fach (Small Hall), Upper Town"),
], ids=["remark-in-brackets", "time-zone", "wrapped-with-brackets"])
def test_place_after_the_time_on_the_date_line(run, line, place):
    doc = run(f"Bowls Club Committee\n\n{line}\n\nPresent: Ann Reed, Bo Lind\n\n1. Accounts\nNoted.\n")
    assert doc._.meeting["location"] == place


def test_a_sentence_after_a_date_line_ending_in_a_comma_is_not_a_place(run):
    doc = run("Bowls Club Committee\n\nTuesday 4 March 2025, 7pm,\nthe chair opened the meeting and welcomed all the members present.\n")
    assert doc._.meeting["location"] is None


def test_abbreviated_item_numbers_are_not_statistics(run):
    doc = run("Min. 118   Declarations\n      None.\n\nMin. 119   Minutes of 12 March\n      Approved. The survey counted 40 cars.\n")
    assert [s["text"] for s in doc._.statistics] == ["40 cars"]


def test_body_heading_below_the_organisation(run_md):
    doc = run_md("# Harbour Health NHS Trust\n\n# Trust Board meeting in public – minutes\n\nThursday 5 June 2025, 10:00\n\n"
                 "## 1 Welcome\n\nNoted.\n")
    assert (doc._.meeting["title"], doc._.meeting["body"]) == ("Harbour Health NHS Trust", "Harbour Health NHS Trust Board")


def test_generic_body_heading_named_as_the_minutes_subject(run_md):
    doc = run_md("# River Care Trust\n\n# Board of Trustees – minutes of the annual meeting\n\nThursday 5 June 2025, 18:00\n\n"
                 "## 1 Welcome\n\nNoted.\n")
    assert doc._.meeting["body"] == "Board of Trustees"


def test_generic_heading_without_minutes_keeps_the_organisation(run_md):
    doc = run_md("# River Care Trust\n\n# Board of Trustees\n\nThursday 5 June 2025, 18:00\n\n## 1 Welcome\n\nNoted.\n")
    assert doc._.meeting["body"] == "River Care Trust"


def test_initials_no_in_brackets_are_not_a_status(run):
    doc = run("Attending: Ann Reed (AR) - Chair, Nia Obi (NO) - Treasurer\n\n1. Welcome\nNoted.\n")
    assert people(doc) == [("Ann Reed", "present"), ("Nia Obi", "present")]
