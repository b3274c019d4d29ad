"""Action forms first met in held-out sets 7 and 8, written here with invented minutes:
owner tags closing a paragraph, @-mention bullets, lettered resolutions, "undertook to",
narrative directions in council minutes, "Owner — task — date" lines, struck-through
checklist items, commitments inside an indented labelled field, and what must stay no action."""

from __future__ import annotations

FIELDS = ("text", "owners", "due", "due_date", "status", "kind", "explicit")


def records(doc) -> list[dict]:
    return [{k: a[k] for k in FIELDS} for a in doc._.actions]


def rec(text, owners, due=None, due_date=None, status="open", kind="new", explicit=False) -> dict:
    return {"text": text, "owners": owners, "due": due, "due_date": due_date, "status": status,
            "kind": kind, "explicit": explicit}



def test_action_tag_closing_a_paragraph_owns_the_sentence_before(run):
    doc = run("""Riverside Allotment Society
Committee meeting, 3 March 2025

Present: Ann Lee (AL), Chair; Bo Ng (BN), Treasurer; Cy Dunn (CD)

1. Water supply
The standpipe on plot 14 leaks again. AL will ask the water board for a repair date. ACTION: AL
The hedge by the gate is overgrown. A working party to be arranged for April. ACTION: BN/CD
The shed roof was repaired in January and the work was paid for. The committee thanked members.

Next meeting: 7 April 2025
""")
    # the tag names the owners (initials) of the task in the sentence before; a paragraph
    # with no tag ("The shed roof was repaired ...") gives nothing
    assert records(doc) == [
        rec("AL will ask the water board for a repair date.", ["Ann Lee"], explicit=True),
        rec("A working party to be arranged for April.", ["Bo Ng", "Cy Dunn"], "for April", "2025-04-30", explicit=True),
    ]


def test_mention_bullets_and_arrows_assign_tasks(run_md):
    doc = run_md("""# Oakfield Scouts parents – notes

**Present:** Ann Lee, Bo Ng, Cy Dunn

## Camp

- Deposit still not paid, due Friday → @Bo to pay it this week
- @Ann + @Cy to sort the kit list and send it round
- Tents: we have 6 of the 8 we need; @Cy to ask the district for two more
- Ann happy to drive again
- @Bo mentioned the minibus – no decision
""")
    # "@Name to ..." (also after an arrow or a semicolon, and "@A + @B"); offers and remarks are no action
    assert records(doc) == [
        rec("@Bo to pay it this week", ["Bo Ng"], explicit=True),
        rec("@Ann + @Cy to sort the kit list and send it round", ["Ann Lee", "Cy Dunn"], explicit=True),
        rec("@Cy to ask the district for two more", ["Cy Dunn"], explicit=True),
    ]


def test_resolutions_with_posts_lettered_parts_and_undertakings(run):
    doc = run("""Westmoor Housing Association
Finance Committee
Minutes of the meeting held on 4 February 2025

Present: Mr Karl Roe (Chair), Ms Uma Patel, Director of Resources; Mr Ivo Bates, Head of Estates

FC/25/03 Budget monitoring
RESOLVED that the Director of Resources report on the repairs overspend to the April meeting.
Ms Patel undertook to circulate the revised forecast by 28 February.
RESOLVED that (a) the report be noted; and (b) the Head of Estates commission a stock condition survey before the next meeting.
RESOLVED that (a) the accounts be approved; and (b) the rent increase be deferred.

Next meeting: 8 April 2025
""")
    # a post whose words include "of"; only the lettered part that directs someone; "(b) the
    # rent increase be deferred" directs nobody
    assert records(doc) == [
        rec("RESOLVED that the Director of Resources report on the repairs overspend to the April meeting.",
            ["Uma Patel"], "to the April meeting", "2025-04-08"),
        rec("Ms Patel undertook to circulate the revised forecast by 28 February.", ["Uma Patel"],
            "by 28 February", "2025-02-28"),
        rec("the Head of Estates commission a stock condition survey before the next meeting.", ["Ivo Bates"],
            "before the next meeting", "2025-04-08"),
    ]


def test_narrative_directions_in_council_minutes(run):
    doc = run("""Greyfield Town Council
Minutes of the regular meeting, Tuesday, February 4, 2025 – 6:30 p.m.

Present: Ruth Okoye (Mayor), Dale Fenn, Iris Marsh
In attendance: Paul Gant (Town Manager), Lena Hoy (Town Clerk)

1. Library roof
Motion by Council Member Fenn, seconded by Mayor Okoye, to direct staff to obtain three quotes for the library roof by March 18. Motion carried 3-0.
The Town Clerk was directed to publish the notice on February 20.
Council directed the Town Manager to report on the grant at the March meeting.
Mayor Okoye asked the Town Clerk to post the agenda online.
One resident asked the Council to fix the streetlights on Elm Road.
Council Member Marsh directed attention to the late report. Ms Hoy filed the papers as directed.
""")
    # "to direct staff to" (no attendee: owners empty), "was directed to", "directed the X to",
    # "asked the X to"; a request to the Council, "directed attention" and "as directed" are none
    assert records(doc) == [
        rec("Motion by Council Member Fenn, seconded by Mayor Okoye, to direct staff to obtain three quotes for "
            "the library roof by March 18.", [], "by March 18", "2025-03-18"),
        rec("The Town Clerk was directed to publish the notice on February 20.", ["Lena Hoy"], "on February 20",
            "2025-02-20"),
        rec("Council directed the Town Manager to report on the grant at the March meeting.", ["Paul Gant"],
            "at the March meeting", "2025-03-31"),
        rec("Mayor Okoye asked the Town Clerk to post the agenda online.", ["Lena Hoy"]),
    ]


def test_owner_task_date_lines_merge_the_prose_and_skip_the_signature(run):
    doc = run("""Northgate Cricket Club – committee minutes
Monday 12 May 2025, 7pm, pavilion

Attendees: Tom Reyes (Chair); Amy Cole (Secretary); Raj Patel (Treasurer)

1. Nets
Amy to book the nets. The nets were repaired.
Raj will order new balls by the end of May.

ACTIONS
Amy Cole — book the nets for Tuesday evenings — 16 May
Raj Patel — order two boxes of new balls — 31 May
Tom Reyes — write to the league — ASAP
Amy Cole — renew the insurance — by 2025-06-30

--
Amy Cole
Secretary
""")
    # a date alone after the closing dash is the deadline; the prose commitments are the same
    # actions (the line's wording and deadline win); "--" and the signature are no action
    assert records(doc) == [
        rec("book the nets for Tuesday evenings", ["Amy Cole"], "16 May", "2025-05-16", explicit=True),
        rec("order two boxes of new balls", ["Raj Patel"], "31 May", "2025-05-31", explicit=True),
        rec("write to the league", ["Tom Reyes"], "ASAP", None, explicit=True),
        rec("renew the insurance", ["Amy Cole"], "by 2025-06-30", "2025-06-30", explicit=True),
    ]


def test_checklist_done_on_a_date_and_struck_through_items(run_md):
    doc = run_md("""# Fernhill Data Group

**Present:** Kim Ortiz, Lev Arno

## Follow-up from last meeting

- [x] @kim: rotate the deploy key — done on 28 March
- [ ] ~~@lev: migrate the wiki to the new host~~ — dropped, no longer needed

## Release

The beta is out. @lev will tag the release candidate this week.
""")
    # "done on 28 March" is a status and when it was done, never a deadline; a struck-through
    # item keeps its owner; a handle opening a prose sentence commits
    assert records(doc) == [
        rec("rotate the deploy key", ["Kim Ortiz"], status="complete", kind="previous", explicit=True),
        rec("migrate the wiki to the new host", ["Lev Arno"], status="closed", kind="previous", explicit=True),
        rec("@lev will tag the release candidate this week.", ["Lev Arno"]),
    ]


def test_commitments_inside_an_indented_labelled_field(run):
    doc = run("""Elmbridge Parish Council
Planning Committee minutes, Wednesday 5 March 2025 at 7pm

Present:
      Cllr Ann Roe (Chair)
      Cllr Ben Tate
Also present:
      Mrs Cara Vale (Clerk)

P/25/07   Planning applications
      (a) Ref:          25/0041/FUL
          Site:         12 Mill Row
          Observation:  OBJECT. The extension overlooks the garden next
                        door. The Clerk to send the objection to the
                        district council by 19 March.
      Cllr Tate agreed to ask the district for a site visit. Cllr Roe and
      the Clerk will prepare a note for the full council meeting on 2 April.
""")
    assert records(doc) == [
        rec("The Clerk to send the objection to the district council by 19 March.", ["Cara Vale"], "by 19 March",
            "2025-03-19"),
        rec("Cllr Tate agreed to ask the district for a site visit.", ["Ben Tate"]),
        rec("Cllr Roe and the Clerk will prepare a note for the full council meeting on 2 April.",
            ["Ann Roe", "Cara Vale"], "on 2 April", "2025-04-02"),
    ]


def test_closed_log_row_the_minutes_call_closed_as_complete_was_done(run):
    doc = run("""Ashdown Care Trust
Board meeting, Thursday 6 March 2025

Present: Ann Lee, Chief Nurse; Bo Ng, Company Secretary

1 Action log
AB-12 was closed as complete because the audit was presented. AB-14 was closed because the law changed.

Action log
No.\tAction\tOwner\tDue\tStatus
AB-12\tPresent the falls audit\tChief Nurse\tFebruary 2025\tClosed
AB-14\tPublish the gifts register\tCompany Secretary\tJanuary 2025\tClosed
""")
    # only the row the prose calls "closed as complete" is complete; the other stays closed
    assert records(doc) == [
        rec("Present the falls audit", ["Ann Lee"], "February 2025", "2025-02-28", "complete", "previous", True),
        rec("Publish the gifts register", ["Bo Ng"], "January 2025", "2025-01-31", "closed", "previous", True),
    ]


def test_a_new_commitment_under_an_item_that_reviews_earlier_actions(run_md):
    doc = run_md("""# Linden Road Residents – notes

Tuesday 4 March 2025, 7pm, community room

**Present:** Jo Bell, Sam Kerr

## Matters arising

- Jo wrote to the council about the bins – no reply yet. Jo will chase them again in May
- Sam to repaint the noticeboard – done

## Treasurer

- £212 in the bank

## Any other business

- None
""")
    # "will" is a promise made at this meeting: a new, open action; the note-form line with a
    # status is the earlier action reviewed
    assert records(doc) == [
        rec("Jo will chase them again in May", ["Jo Bell"], "in May", "2025-05-31"),
        rec("Sam to repaint the noticeboard", ["Sam Kerr"], status="complete", kind="previous"),
    ]


def test_a_role_written_in_two_languages_owns_by_either_half(run):
    doc = run("""Cyngor Cymuned Example Community Council
Planning Committee minutes, Wednesday 5 March 2025 at 7pm

Present:
      Cllr Ann Roe (Chair)
      Cllr Ben Tate
      Mrs Cara Vale (Clerc / Clerk)

1. Planning
      The Clerk to send the objection to the district council by 19 March.
""")
    assert records(doc) == [
        rec("The Clerk to send the objection to the district council by 19 March.", ["Cara Vale"], "by 19 March",
            "2025-03-19"),
    ]
