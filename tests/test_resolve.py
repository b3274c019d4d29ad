"""Resolve stage: owners through aliases, deadlines to dates, one action written twice."""

from __future__ import annotations

from datetime import date

from pipeline.stages.resolve import ResolveComponent, load_user_aliases, resolve_owner, same_record


def rec(text, owners, due_date=None, line=1, ref=None, origin=None):
    return {"text": text, "owners": owners, "due_date": due_date, "ref": ref, "origin": origin,
            "evidence": [{"line": line}]}


def test_owners_through_aliases_and_as_written():
    aliases = {"mopac": "MOPAC", "probation": "PS", "cps": "CPS", "the clerk": "Pete Osborne", "ahop": "AHop"}
    assert resolve_owner("MOPAC working with Probation and the CPS".replace(" working with ", " with "),
                         aliases) == ["MOPAC", "PS", "CPS"]
    assert resolve_owner("the Clerk", aliases) == ["Pete Osborne"]
    assert resolve_owner("Clerk", aliases) == ["Clerk"]  # not an alias here: kept as written
    assert resolve_owner("Roads Maintenance Section", aliases) == ["Roads Maintenance Section"]


def test_due_dates_against_the_meeting():
    due = ResolveComponent._due_date
    nov = date(2018, 11, 26)
    assert due("prior to the next Board meeting", nov, "2019-02-05") == "2019-02-05"
    assert due("by April", nov, None) == "2019-04-30"
    assert due("Jan 19", nov, None) == "2019-01-31"
    assert due("end of March 2022", date(2022, 2, 22), None) == "2022-03-31"
    assert due("ASAP", nov, None) is None
    assert due("01/03/2022", date(2022, 1, 24), None) == "2022-03-01"
    assert due(None, nov, None) is None


def test_one_action_written_twice():
    assert same_record(rec("MOPAC to convene a task and finish group", ["MOPAC"]),
                       rec("MOPAC to convene a task and finish group re: substance misuse.", ["MOPAC"], line=40))
    assert same_record(rec("MOPAC to review work plan and timescales for the next meeting.", ["MOPAC"], "2019-02-05"),
                       rec("MOPAC to have timescales worked out by next meeting", ["MOPAC"], "2019-02-05", line=40))
    # an item's action and the actions table row with the same item reference
    assert same_record(rec("Clerk to place on website", ["Pete Osborne"], ref="38/2122", origin="owner-column"),
                       rec("Signed minutes to website", ["Pete Osborne"], line=9, ref="38/2122", origin=1))


def test_different_actions_stay_apart():
    # lettered parts of one row are separate actions, however alike
    assert not same_record(rec("Visits: Literacy – 20 November", ["Paul Evemy"]),
                           rec("Visits: SEND – 24 November", ["Paul Evemy"]))
    # same owner, different work, no shared deadline
    assert not same_record(rec("MOPAC to circulate the briefing", ["MOPAC"]),
                           rec("MOPAC to convene a task group", ["MOPAC"], line=9))
    # same reference within one table: two rows of the same item
    assert not same_record(rec("Amend the SFVS", ["Kay Dicken"], ref="41/2122", origin=1),
                           rec("Ensure audit actions are completed", ["Kay Dicken"], line=2, ref="41/2122", origin=1))


def test_user_aliases_file(tmp_path):
    path = tmp_path / "aliases.jsonl"
    path.write_text('// comment\n{"alias": "Probation", "owner": "PS"}\n', encoding="utf-8")
    assert load_user_aliases(path) == {"probation": "PS"}
    assert load_user_aliases(tmp_path / "missing.jsonl") == {}


def test_duplicate_in_summary_is_one_record(run):
    doc = run("""Board meeting
Date: 26 November 2018
Present:
Mayor's Office for Policing and Crime (MOPAC)

1. Substance misuse
Action: MOPAC to convene a task and finish group

Action summary
MOPAC to convene a task and finish group re: substance misuse and continuity of care with prisons.
""")
    assert [(a["text"], a["owners"], len(a["evidence"])) for a in doc._.actions] == [
        ("MOPAC to convene a task and finish group re: substance misuse and continuity of care with prisons.",
         ["MOPAC"], 2)]


def test_initials_with_middle_or_double_barrelled_parts():
    from pipeline.stages.resolve import initials_aliases

    people = [{"name": "Debbie Baird-Palmer", "kind": "person"}, {"name": "Stephen Blackman", "kind": "person"},
              {"name": "Hugh McKendrick", "kind": "person"}, {"name": "MOPAC", "kind": "organisation"}]
    table = initials_aliases(people, {"sb": "Stephen Blackman"})
    assert table["dbp"] == "Debbie Baird-Palmer"
    assert table["sab"] == "Stephen Blackman"
    assert table["hmk"] == "Hugh McKendrick"
    assert "sb" not in table  # already an alias
    assert "mopac" not in table and not any(v == "MOPAC" for v in table.values())


def test_owners_written_with_honorifics_titles_or_a_surname():
    aliases = {"david pryce": "David Pryce", "anita osei": "Anita Osei", "clerk": "Helen Marsh",
               "the clerk": "Helen Marsh", "gareth lowndes": "Gareth Lowndes", "ann lee": "Ann Lee",
               "bo lee": "Bo Lee"}
    assert resolve_owner("Cllr Pryce", aliases) == ["David Pryce"]
    assert resolve_owner("Cllr David Pryce", aliases) == ["David Pryce"]
    assert resolve_owner("Clerk / Cllr Osei", aliases) == ["Helen Marsh", "Anita Osei"]
    assert resolve_owner("Commissioner Lowndes", aliases) == ["Gareth Lowndes"]
    assert resolve_owner("Dr. Osei", aliases) == ["Anita Osei"]
    # two attendees share the surname, or nobody has it: kept as written
    assert resolve_owner("Dr Lee", aliases) == ["Dr Lee"]
    assert resolve_owner("Cllr Keats", aliases) == ["Cllr Keats"]


def test_day_month_deadlines_and_the_meeting_of_a_month():
    due = ResolveComponent._due_date
    feb = date(2024, 2, 8)
    assert due("by 1 March", feb, None) == "2024-03-01"
    assert due("by 15th July 2024", feb, None) == "2024-07-15"
    assert due("by May 1, 2024", feb, None) == "2024-05-01"
    # the next meeting falls in the month named: its date; otherwise the month's last day
    assert due("at the April meeting", date(2024, 3, 19), "2024-04-16") == "2024-04-16"
    assert due("for the September meeting", date(2024, 6, 5), "2024-09-04") == "2024-09-04"
    assert due("for the October meeting", date(2024, 6, 5), "2024-09-04") == "2024-10-31"
    assert due("at the April meeting", date(2024, 3, 19), None) == "2024-04-30"


def test_prose_commitment_restated_by_an_action_row_is_one_action():
    prose = rec("The Treasurer and Cllr Ruiz will draw up the grants policy and a timetable.",
                ["Ana Ruiz", "Bo Hale"]) | {"explicit": False}
    row = rec("Draw up the grants policy and timetable", ["Bo Hale", "Ana Ruiz"], "2025-06-30", line=9) | {"explicit": True}
    assert same_record(prose, row)
    # another task of the same owners, or two recorded actions, stay apart
    assert not same_record(prose, rec("Book the hall for the fair", ["Bo Hale", "Ana Ruiz"], line=9) | {"explicit": True})
    assert not same_record(row | {"line": 3}, rec("Draw up the grants timetable and policy", ["Bo Hale", "Ana Ruiz"],
                                                  line=12) | {"explicit": True})
