"""Write the eighth held-out set of invented minutes deterministically.

The eighth held-out set (see README.md beside this file) holds four invented
minutes in layouts that none of data/raw and data/heldout..heldout6 has: an
HTML page of US city council minutes (a "Roll Call:" paragraph with
"Present:" / "Absent:" / "Staff Present:" lines broken by <br>, Roman-numeral
items, "Motion by X, seconded by Y" votes and staff directed to act in the
prose), a GitHub-style Markdown note of an open-source steering committee
(attendees as bullets of handles with real names, "- [ ] @handle: ..." action
checklists), a PDF of an NHS trust board with a ruled three-column
"Members / In attendance / Apologies" table and a ruled "No. / Action / Owner
/ Due / Status" action log whose owners are job titles, and a plain-text
sports league committee sent as an email (headers, quoted lines, a one-line
"Attendees:" list separated by semicolons, actions as "Owner — task — date").
Run from the repository root:

    .venv/bin/python data/heldout8/make_heldout8.py

Every file is byte-identical across runs: the PDF is written object by object
(pipeline/pdfwrite.py), and the other files are plain strings.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))
from reproducible_pdf import build_pdf, paragraph as _paragraph, table as _table, text_op as _text  # noqa: E402

OUT = Path(__file__).resolve().parent / "raw"

# ------------------------------------------------------------------ HTML: US city council

HTML_NAME = "marlow-creek-city-council-2025-03-11.html"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>City Council Regular Meeting Minutes - March 11, 2025 - City of Marlow Creek</title>
</head>
<body>
<p class="seal">CITY OF MARLOW CREEK</p>
<h1>City Council Regular Meeting Minutes</h1>
<p>Tuesday, March 11, 2025 &ndash; 7:00 p.m.<br>
Council Chambers, City Hall, 410 Juniper Avenue</p>

<h2>I. CALL TO ORDER</h2>
<p>Mayor Caldwell called the meeting to order at 7:00 p.m.</p>
<p><strong>Roll Call:</strong><br>
Present: Mayor Denise Caldwell, Mayor Pro Tem Luis Ortega, Council Members Priya Natarajan, Walter Briggs and Kendra Ellis<br>
Absent: Council Member Tom Haskell<br>
Staff Present: City Manager Raymond Tso, City Attorney Helen Vasquez, Public Works Director Aaron Whitfield, City Clerk Monica Reyes</p>

<h2>II. PLEDGE OF ALLEGIANCE</h2>
<p>Council Member Ellis led the Pledge of Allegiance.</p>

<h2>III. PUBLIC COMMENT</h2>
<p>Three residents spoke. One asked the Council to slow traffic on Alder Road near Hawthorn Elementary School;
two spoke in support of a dog park at Westbrook Park.</p>

<h2>IV. CONSENT CALENDAR</h2>
<ol type="A">
<li>Minutes of the February 25, 2025 regular meeting</li>
<li>Warrant register for February in the amount of $2,418,306.55</li>
<li>Second reading of Ordinance No. 2025-02, amending the municipal code on sidewalk vending</li>
</ol>
<p>Motion by Council Member Briggs, seconded by Mayor Pro Tem Ortega, to approve the Consent Calendar as presented.
Motion carried 5-0 (Haskell absent).</p>

<h2>V. PUBLIC HEARING: ACCESSORY DWELLING UNIT ORDINANCE</h2>
<p>City Manager Tso presented the staff report. The City issued 38 accessory dwelling unit permits in 2024, up from 21 in 2023,
and about 60% of applicants said the unit would house a family member. The Mayor opened the public hearing at 7:21 p.m.;
two residents spoke in favor and none against. The hearing was closed at 7:34 p.m.</p>
<p>Motion by Council Member Natarajan, seconded by Council Member Ellis, to introduce Ordinance No. 2025-05 by title only.
Motion carried 5-0. The City Attorney was directed to bring the ordinance back for second reading on March 25.</p>

<h2>VI. NEW BUSINESS</h2>
<p><b>A. Alder Road traffic calming.</b> Public Works Director Whitfield reported that a January speed survey counted 1,940 vehicles
a day on Alder Road, 31% of them above the posted limit. Speed humps at four locations would cost about $48,000.
Motion by Mayor Pro Tem Ortega, seconded by Council Member Natarajan, to direct staff to design speed humps for Alder Road
and return with bids by May 13. Motion carried 5-0.</p>
<p><b>B. Juniper Park restroom contract.</b> Resolution No. 2025-19 awarding a construction contract to Sierra Basin Builders
in the amount of $286,400, the lowest of 5 bids, and authorizing the City Manager to execute the contract.
Motion by Council Member Ellis, seconded by Council Member Natarajan. Motion carried 4-1 (Briggs no, Haskell absent).</p>
<p><b>C. Westbrook Park dog park.</b> Council Member Natarajan asked that a dog park be considered in the 2025-26 budget.
By consensus, Council directed the City Manager to include a cost estimate at the budget workshop on April 8.</p>

<h2>VII. REPORTS</h2>
<p>City Manager Tso reported that sales tax revenue for the second quarter was $1.37 million, 4.2% above projections.
Council Member Ellis reported on the regional transit board meeting. Mayor Caldwell asked the City Clerk to schedule
a study session on the water rate study.</p>

<h2>VIII. ADJOURNMENT</h2>
<p>There being no further business, Mayor Caldwell adjourned the meeting at 8:52 p.m. to the next regular meeting
on Tuesday, March 25, 2025, at 7:00 p.m. in the Council Chambers.</p>

<p>Respectfully submitted,<br>Monica Reyes, City Clerk</p>
<p><i>Approved by the City Council on March 25, 2025.</i></p>
</body>
</html>
"""

# ------------------------------------------------------------------ Markdown: open-source steering committee

MD_NAME = "larkspur-steering-committee-2025-04-03.md"

MD = """---
layout: minutes
title: Steering Committee notes 2025-04-03
---

# Larkspur Steering Committee

*Thursday 2025-04-03 · 15:00–16:05 UTC · Zoom (recording on the shared drive)*

Notes were taken live in a shared pad and copied here by @dfrost.

**Attendees**

- @alice-ng — Alice Ng (chair)
- @bkaram — Bassem Karam
- @dfrost — Dana Frost (notes)
- @ravi-m — Ravi Menon
- @oksana-h — Oksana Hrytsenko

**Regrets**

- @tpeel — Tobias Peel

**Absent**

- @jwu — Jin Wu

Guest for topic 3: @marta-sol — Marta Solberg (Fenwick Labs)

## Follow-up from last meeting

- [x] @oksana-h: rotate the PyPI publishing token — done on 28 March
- [ ] @jwu: move the docs site off the old VPS — not started, carried over
- [ ] ~~@bkaram: survey plugin authors about the loader~~ — dropped, replaced by the RFC (topic 2)

## Topic 1 — 4.0 release

@ravi-m: 52 of 61 issues in the 4.0 milestone are closed; the rest are docs and one Windows path bug (#1874).
The first beta was downloaded 3,870 times and 14 regressions were reported, all but 2 fixed.

**Decision:** ship 4.0.0 on 2025-05-06 unless a blocker turns up. @ravi-m will tag 4.0.0rc1 this week.

## Topic 2 — Plugin loader

The entry-point loader adds about 40% to import time for users with many plugins. @bkaram proposed lazy
loading behind a flag. Nobody objected, but it changes the public API, so it needs an RFC first.

## Topic 3 — Sponsorship and CI

@marta-sol said Fenwick Labs would like to sponsor the project with $12,000 a year of CI credits.
GitHub Sponsors currently brings in $740 a month from 29 sponsors, and CI spending was €1,180 in Q1,
so the offer would cover our CI costs entirely. Consensus to accept, subject to a written agreement
that gives the sponsor no say over the roadmap.

## Topic 4 — Code of conduct

@oksana-h: 2 reports since January, both resolved without moderation action. The team has only 2 active
members; we want at least 4 so that nobody handles a report alone.

## Topic 5 — AOB

@alice-ng reminded everyone that committee elections open on 1 June.

## Action items

- [ ] @bkaram: open an RFC for lazy plugin loading — by 2025-04-17
- [ ] @alice-ng, @ravi-m: draft the sponsorship agreement with Fenwick Labs and share it with the committee
- [ ] @oksana-h: recruit two more volunteers for the code of conduct team before the next meeting
- [x] @dfrost: publish these notes in GitHub Discussions

_Next meeting: 2025-05-01, 15:00 UTC, same Zoom link._
"""

# ------------------------------------------------------------------ PDF: NHS trust board

PDF_NAME = "calderbrook-community-health-trust-board-2025-05-22.pdf"

PDF_HEAD = [
    ("F2", 15, "Calderbrook Community Health NHS Trust"),
    ("F2", 12, "Trust Board meeting in public \u2013 minutes"),
    ("F1", 11, "Thursday 22 May 2025, 10:00 \u2013 12:30, Boardroom, Fairfield House, Calderbrook"),
]

ATTENDANCE = [
    ("Members", "In attendance", "Apologies"),
    ("Prof Janet Okafor, Chair", "Liam Hurst, Director of Estates (item 6)",
     "Sunil Varma, Non-Executive Director"),
    ("Mark Ellison, Chief Executive", "Rebecca Toal, Company Secretary (minutes)",
     "Dr Fiona Lam, Medical Director"),
    ("Aisha Rahman, Director of Finance", "Kofi Mensah, Freedom to Speak Up Guardian (item 4)", ""),
    ("Claire Whitmore, Chief Nurse", "", ""),
    ("Gordon Baird, Non-Executive Director", "", ""),
    ("Nadia Petrova, Vice Chair", "", ""),
]

PDF_ITEMS = [
    ("1", "Welcome, apologies and quoracy",
     "The Chair welcomed members and observers. Apologies were noted as above and the meeting "
     "was quorate."),
    ("2", "Declarations of interest",
     "Gordon Baird declared that his daughter works as a district nurse for the Trust. No "
     "conflict arose on the agenda."),
    ("3", "Minutes of 27 March 2025 and action log",
     "The minutes were approved. On the action log, TB-031 was closed as complete because the "
     "caseload review was presented under item 5, and TB-036 was closed because the register "
     "of interests will now be published through the national system. TB-034 is ongoing."),
    ("4", "Freedom to Speak Up report",
     "Kofi Mensah reported 47 concerns raised in 2024/25, up from 33 the year before; 19% were "
     "raised anonymously and the most common theme was staffing levels. The Board asked that "
     "Speak Up themes be included in the quarterly workforce report."),
    ("5", "Integrated performance report",
     "Claire Whitmore presented the report. The community nursing waiting list stands at 1,206 "
     "patients and 88% of urgent referrals were seen within two hours against a 95% target. "
     "Sickness absence was 5.4%. A new wound care referral form goes live on 2 June; the Board "
     "asked that GP practices be told of the change."),
    ("6", "Fairfield House lease",
     "Liam Hurst explained that the lease on Fairfield House ends in March 2026. The rent is "
     "\u00a3212,000 a year and 3 other sites could take the teams based there. The Board asked "
     "the Director of Estates to bring options for renewal or relocation to the September meeting."),
    ("7", "Finance report, month 1",
     "Aisha Rahman reported a month 1 deficit of \u00a30.6m against a planned \u00a30.4m. Agency "
     "spend was \u00a31.1m, 4.8% of the pay bill."),
    ("8", "Any other business",
     "None. Next meeting: Thursday 24 July 2025 at 10:00, Boardroom, Fairfield House."),
]

ACTION_LOG = [
    ("No.", "Action", "Owner", "Due", "Status"),
    ("TB-031", "Present the community nursing caseload review", "Chief Nurse", "May 2025", "Closed"),
    ("TB-034", "Benchmark agency spend against peer trusts", "Director of Finance", "July 2025",
     "Ongoing"),
    ("TB-036", "Publish the Board register of interests on the website", "Company Secretary",
     "April 2025", "Closed"),
    ("TB-041", "Bring options for the Fairfield House lease renewal to the Board",
     "Director of Estates", "September 2025", "Open"),
    ("TB-042", "Add Speak Up themes to the quarterly workforce report", "Chief Executive",
     "July 2025", "Open"),
    ("TB-043", "Write to GP practices about the new wound care referral form", "Medical Director",
     "June 2025", "Open"),
]


def pdf_pages() -> list[str]:
    ops: list[str] = []
    y = 790
    for font, size, line in PDF_HEAD:
        ops.append(_text(56, y, line, size, font))
        y -= size + 8
    y -= 4
    y = _table(ops, y, [56, 226, 396, 540], ATTENDANCE, [32, 32, 28]) - 22
    for number, title, body in PDF_ITEMS[:5]:
        ops.append(_text(56, y, f"{number}    {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    ops.append(_text(280, 30, "Page 1 of 2", 8))
    page1 = "\n".join(ops)
    ops = []
    y = 790
    for number, title, body in PDF_ITEMS[5:]:
        ops.append(_text(56, y, f"{number}    {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    y -= 6
    ops.append(_text(56, y, "Action log", 11, "F2"))
    _table(ops, y - 8, [56, 106, 336, 436, 496, 546], ACTION_LOG, [8, 44, 18, 10, 8])
    ops.append(_text(280, 30, "Page 2 of 2", 8))
    page2 = "\n".join(ops)
    return [page1, page2]


# ------------------------------------------------------------------ text: sports league committee e-mail

TXT_NAME = "thornbury-sunday-league-committee-2025-05-15.txt"

TXT = """From: Gareth Pryce <secretary@thornbury-sunday-league.example>
To: Management Committee <committee@thornbury-sunday-league.example>
Date: Sun, 18 May 2025 20:41:07 +0100
Subject: Minutes - Management Committee 15/05/25

Hi all,

Minutes of Thursday's meeting are below. Any corrections to me by Friday please.

Gareth

-------------------------------------------------------------------
THORNBURY & DISTRICT SUNDAY LEAGUE
MANAGEMENT COMMITTEE - MINUTES
Thursday 15 May 2025, 7.30pm to 9.15pm
Function room, Westfield Social Club, Mill Lane, Thornbury
-------------------------------------------------------------------

Attendees: Colin Marsh (Chairman); Gareth Pryce (Secretary); Lorna Keyes (Treasurer); Dev Sandhu (Fixtures Secretary); Pete Okoro (Referees' Liaison); Sian Morgan (Welfare Officer)
Apologies: Mick Tranter; Jo Ashby (Discipline Secretary)

[1] Minutes of 10 April
Agreed as a correct record.

[2] Matters arising
The new pitch booking form is now on the website. Nothing else.

[3] Treasurer's report
Lorna reported a balance of £8,412.60 at 30 April. Fines income this season is
£1,145, but two clubs still owe £265 between them. Lorna to chase both clubs.

[4] Season review
24 teams in 3 divisions played 271 of their 276 fixtures; the other 5 were
declared void. Kingsmead Rovers won Division 1 by 4 points. There were 9
abandoned games, all for waterlogged pitches.

[5] Referee shortage
Pete read out the email from the Wessex Referees' Association:

> We currently have 41 registered referees for Sunday football, against
> 58 at the start of last season. We cannot guarantee officials for
> every Division 3 fixture next season.

The committee agreed to raise the match fee from £35 to £40 to help recruit.
Colin and Pete will meet the association to talk about a recruitment course.

[6] 2025/26 fixtures and new clubs
Two new clubs have applied to join, which would make 26 teams. Dev quoted the
County FA's reminder:

> All affiliated leagues must publish fixtures at least 14 days before the
> first weekend of the season.

Dev will send out the draft fixture grid by the end of June.

[7] Any other business
Sian asked that every club names a welfare officer before the season
starts. Gareth said the AGM will be on Thursday 26 June at the same venue.

Next committee meeting: Thursday 12 June 2025, 7.30pm, Westfield Social Club.

ACTIONS
Lorna Keyes \u2014 chase the two clubs with unpaid fines \u2014 31 May
Colin Marsh / Pete Okoro \u2014 meet the referees' association about a recruitment course \u2014 20 June
Dev Sandhu \u2014 circulate the draft 2025/26 fixture grid to all clubs \u2014 30 June
Sian Morgan \u2014 check every club has a named welfare officer for 2025/26 \u2014 31 July
Gareth Pryce \u2014 book the hall for the AGM \u2014 ASAP

--
Gareth Pryce
Hon. Secretary, Thornbury & District Sunday League
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / HTML_NAME).write_bytes(HTML.encode("utf-8"))
    (OUT / MD_NAME).write_bytes(MD.encode("utf-8"))
    (OUT / PDF_NAME).write_bytes(build_pdf(pdf_pages()))
    (OUT / TXT_NAME).write_bytes(TXT.encode("utf-8"))


if __name__ == "__main__":
    main()
