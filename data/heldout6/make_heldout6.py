"""Write the sixth held-out set of invented minutes deterministically.

The sixth held-out set (see README.md beside this file) holds four invented
minutes in layouts that none of data/raw and data/heldout..heldout5 has: a
PDF with two ruled tables (members with an attendance column; decisions and
actions with lead and date), a .docx with "Name – role" attendance lines, a
key-figures table and an "Agreed actions" list whose owners close each line
in brackets, an HTML page whose attendance is grouped by organisation and
whose actions sit in a "Responsible" column, and a plain-text AGM whose
attendance is written in initials with a key. Run from the repository root:

    .venv/bin/python data/heldout6/make_heldout6.py

Every file is byte-identical across runs: the PDF is written object by object
(pipeline/pdfwrite.py), the .docx carries a fixed date and fixed zip
timestamps, and the text files are plain strings.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))
from reproducible_pdf import build_pdf, paragraph as _paragraph, table as _table, text_op as _text  # noqa: E402
from reproducible_docx import reproducible_zip  # noqa: E402

OUT = Path(__file__).resolve().parent / "raw"

# ------------------------------------------------------------------ PDF: hospital patient panel

PDF_NAME = "hollins-vale-patient-partnership-panel-2025-03-19.pdf"

PDF_HEAD = [
    ("F2", 15, "Hollins Vale Hospital NHS Trust \u2013 Patient Partnership Panel"),
    ("F1", 11, "Record of the meeting held on Wednesday 19 March 2025, 13:30 to 15:15"),
    ("F1", 11, "Seminar Room B, Education Centre, Hollins Vale Hospital"),
]

MEMBERS = [
    ("Member", "Representing", "Attendance"),
    ("Margaret Ashdown (Chair)", "Patient partner", "Present"),
    ("Tunde Bakare", "Patient partner", "Present"),
    ("Celia Vance", "Patient partner", "Apologies"),
    ("Rhys Morgan", "Hollins Vale Carers' Forum", "Present"),
    ("Anjali Rao", "Head of Patient Experience", "Present"),
    ("Dr Felix Brandt", "Deputy Medical Director", "Absent"),
    ("Hannah Ojo (taking notes)", "Patient Experience Officer", "Present"),
]

PDF_ITEMS = [
    ("(1)", "Welcome, apologies and declarations",
     "The Chair welcomed members. Apologies from Celia Vance were noted and Dr Brandt was "
     "absent. No declarations of interest were made. The notes of the January meeting were "
     "agreed without changes."),
    ("(2)", "Patient feedback report, quarter 3",
     "Anjali Rao presented the quarter 3 report. The Trust received 1,284 Friends and Family "
     "Test responses, with 91% rating their care as good or very good, compared with 88% in "
     "quarter 2. There were 46 formal complaints, down from 59 in the previous quarter, and "
     "78% were answered within 25 working days against a target of 85%. The most common "
     "theme was poor communication about discharge, raised in 17 complaints. Members asked "
     "why responses were slow; Anjali said two investigating managers had left."),
    ("(3)", "Discharge information leaflet",
     "Rhys Morgan said carers are often handed the leaflet on the day of discharge, too late "
     "to plan. Around 20% of patients on the surgical wards go home after 6pm, when the ward "
     "pharmacy is closed. The panel reviewed the draft and asked for plain English, larger "
     "print and an out-of-hours contact number."),
    ("(4)", "Volunteer ward visiting pilot",
     "Tunde Bakare reported that 14 volunteers have finished their training for the visiting "
     "pilot on 2 wards for older people. The pilot will cost \u00a36,500 over six months and "
     "is funded by the hospital charity. The panel supported the pilot."),
    ("(5)", "Any other business",
     "None. Date of next meeting: Wednesday 18 June 2025, 13:30, Seminar Room B."),
]

DECISIONS = [
    ("Decision", "Action", "Lead", "By"),
    ("Leaflet to be redrafted",
     "Redraft the discharge leaflet in plain English with an out-of-hours contact number",
     "Anjali Rao", "30 April 2025"),
    ("Complaint response times to be reviewed",
     "Report on the causes of late complaint responses and the recovery plan",
     "Anjali Rao", "Next meeting"),
    ("Pilot supported",
     "Start the volunteer visiting pilot on the two wards and report on take-up",
     "Tunde Bakare", "1 May 2025"),
    ("\u2014",
     "Invite the Deputy Medical Director to the June meeting to discuss discharge delays",
     "Hannah Ojo", "31 May 2025"),
]


def pdf_pages() -> list[str]:
    ops: list[str] = []
    y = 790
    for font, size, line in PDF_HEAD:
        ops.append(_text(56, y, line, size, font))
        y -= size + 8
    y -= 6
    ops.append(_text(56, y, "Panel membership and attendance", 11, "F2"))
    y = _table(ops, y - 8, [56, 216, 396, 500], MEMBERS, [30, 34, 20]) - 20
    for number, title, body in PDF_ITEMS[:3]:
        ops.append(_text(56, y, f"{number}  {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    ops.append(_text(280, 30, "Page 1 of 2", 8))
    page1 = "\n".join(ops)
    ops = []
    y = 790
    for number, title, body in PDF_ITEMS[3:]:
        ops.append(_text(56, y, f"{number}  {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    y -= 6
    ops.append(_text(56, y, "Summary of decisions and actions", 11, "F2"))
    _table(ops, y - 8, [56, 176, 386, 466, 540], DECISIONS, [22, 40, 14, 12])
    ops.append(_text(280, 30, "Page 2 of 2", 8))
    page2 = "\n".join(ops)
    return [page1, page2]


# ------------------------------------------------------------------ DOCX: senate sub-committee

DOCX_NAME = "ashcombe-senate-learning-teaching-subcommittee-2025-02-12.docx"
FIXED = dt.datetime(2025, 2, 14, 9, 30, 0)

ATTENDING = [
    "Professor Imogen Hale \u2013 Pro-Vice-Chancellor (Education), Chair",
    "Dr Samir Qureshi \u2013 Associate Dean for Education, Faculty of Science",
    "Dr Olga Petrenko \u2013 Associate Dean for Education, Faculty of Arts and Humanities",
    "Mr Bernard Achebe \u2013 Director of Library Services",
    "Ms Jade Whitaker \u2013 Students\u2019 Union Education Officer",
]

INDICATORS = [
    ("Indicator", "2023/24", "2024/25"),
    ("First-year continuation rate", "91.2%", "92.6%"),
    ("Assessment feedback returned on time", "74%", "81%"),
    ("Students with a reasonable adjustment plan", "1,930", "2,215"),
]

DOCX_ITEMS = [
    ("25/08", "Minutes of the meeting of 4 December 2024", [
        "The minutes were approved as a correct record.",
    ]),
    ("25/09", "Matters arising", [
        "The Chair confirmed that the revised extenuating circumstances form went live on "
        "6 January. All other matters arising were covered by the agenda.",
    ]),
    ("25/10", "Key indicators", [
        "TABLE",
        "Dr Qureshi noted that on-time feedback had improved but was still below the 90% "
        "target, and that three schools accounted for most late returns. The rise in "
        "adjustment plans has put pressure on the 6 disability advisers.",
    ]),
    ("25/11", "Programme approvals", [
        "The sub-committee approved 4 new programmes and 11 major modifications, on the "
        "recommendation of the faculty panels. The MSc Data Journalism was approved subject "
        "to conditions on its placement module.",
    ]),
    ("25/12", "Student voice", [
        "Ms Whitaker reported that 2,640 students had answered the mid-module survey, a "
        "response rate of 23%. The most frequent request was for lecture recordings to stay "
        "online for the whole academic year rather than for one term.",
    ]),
    ("25/13", "Generative AI in assessment", [
        "Members discussed the growing use of generative AI tools in coursework. There is no "
        "university guidance at present, and schools have taken different approaches. It was "
        "agreed that guidance must be in place before the summer assessment period.",
    ]),
    ("25/14", "Any other business", [
        "There was no other business. The meeting ended at 11:45.",
    ]),
]

AGREED = [
    "Circulate the revised assessment feedback policy to all schools by 14 March (Dr Qureshi)",
    "Write to the three schools with the most late feedback returns to ask for recovery plans "
    "(Professor Hale)",
    "Confirm to the sub-committee that the MSc Data Journalism conditions have been met "
    "(Callum Reid)",
    "Draft university guidance on generative AI in assessment for consultation, to come to "
    "the next meeting (Dr Petrenko and Ms Whitaker)",
    "Look into keeping lecture recordings online for the full academic year (Mr Achebe)",
]


def build_docx() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Academic Quality Office"
    doc.core_properties.author = "Academic Quality Office"
    doc.core_properties.title = "Learning and Teaching Sub-Committee of Senate"
    doc.add_heading("University of Ashcombe", level=0)
    doc.add_heading("Learning and Teaching Sub-Committee of Senate", level=1)
    doc.add_paragraph("Unconfirmed minutes of the meeting held at 10:00 on 12 February 2025 "
                      "in Room G.07, Colbourne Building.")
    p = doc.add_paragraph()
    p.add_run("Attending:").bold = True
    for line in ATTENDING:
        doc.add_paragraph(line)
    p = doc.add_paragraph()
    p.add_run("Minute-taker:").bold = True
    p.add_run(" Callum Reid, Academic Quality Office")
    doc.add_paragraph("Apologies were received from Professor Dominic Ayre and Dr Wen Li.")
    for number, title, paras in DOCX_ITEMS:
        doc.add_heading(f"{number}  {title}", level=2)
        for para in paras:
            if para == "TABLE":
                table = doc.add_table(rows=0, cols=3)
                table.style = "Table Grid"
                for values in INDICATORS:
                    row = table.add_row()
                    for cell, value in zip(row.cells, values):
                        cell.text = value
            else:
                doc.add_paragraph(para)
    doc.add_heading("Agreed actions", level=2)
    for line in AGREED:
        doc.add_paragraph(line, style="List Number")
    doc.add_paragraph("Next meeting: Wednesday 7 May 2025 at 10:00, Room G.07, Colbourne Building.")
    buf = io.BytesIO()
    doc.save(buf)
    return reproducible_zip(buf.getvalue(), date_time=(2025, 2, 14, 9, 30, 0))


# ------------------------------------------------------------------ HTML: tenants' board

HTML_NAME = "elmstead-court-tenants-board-2025-02-25.html"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Elmstead Court Tenants' Board - minutes 25 February 2025</title>
</head>
<body>
<h1>Elmstead Court Tenants' Board</h1>
<p>Minutes of the board meeting, Tuesday 25 February 2025, 6.30pm, Community Lounge, Elmstead Court</p>

<h2>Who was there</h2>
<p><b>Elmstead Court Tenants' Association:</b> Grace Mbeki (chair), Tomasz Nowak (vice chair), Lin Cheung, Patrick Doyle</p>
<p><b>Wyvern Homes:</b> Sarah Finch (Neighbourhood Manager), Dean Holt (Repairs Team Leader)</p>
<p><b>Lowther Borough Council:</b> Cllr Ayesha Karim (ward councillor)</p>
<p><b>Sent apologies:</b> Maureen Kelly (tenant rep for Block C); Lowther Safer Neighbourhood Team</p>

<h2>Last meeting</h2>
<p>The minutes of 14 January were agreed as a true record. The new noticeboard in the entrance hall has been put up,
and the broken bin store door in Block B was repaired in early February.</p>

<h2>Repairs</h2>
<p>Dean Holt reported that 137 repair jobs had been raised at Elmstead Court since November, of which 112 are complete.
The average time to make safe an emergency repair was 9 hours against a 24-hour target. Tenants said the lift in Block A
had broken down 6 times in the last three months and that older residents on the upper floors had been stuck at home.</p>

<h2>Fire safety</h2>
<p>Sarah Finch said fire door checks have been done in 96% of flats; 14 flats have not yet given access.</p>
<p>Next steps: Wyvern Homes will write to every household that has not given access before the end of March.</p>

<h2>Service charges 2025/26</h2>
<p>The proposed service charge is &pound;14.80 a week, an increase of 6.2% on this year. Tomasz Nowak questioned the
&pound;3,900 cleaning contract, which tenants feel is poor value, and asked to see how it is made up.</p>

<h2>Community garden</h2>
<p>Lin Cheung said 22 households now use the garden. The board agreed to spend &pound;450 from its own funds on raised
beds. Residents from all three blocks helped clear the site in January. Cllr Karim offered to find out whether a ward grant could pay for a water butt and tools.</p>

<h2>Any other business</h2>
<p>The board thanked Patrick Doyle for running the Christmas party, which 65 residents attended.</p>

<h2>Action points</h2>
<table border="1">
<tr><th>No.</th><th>What</th><th>Responsible</th><th>When</th></tr>
<tr><td>1</td><td>Send the lift breakdown log for Block A to the board</td><td>Dean Holt</td><td>14 March</td></tr>
<tr><td>2</td><td>Ask the lift contractor to attend the next board meeting</td><td>Dean Holt</td><td>Next meeting</td></tr>
<tr><td>3</td><td>Provide a line-by-line breakdown of the cleaning contract</td><td>Sarah Finch</td><td>Next meeting</td></tr>
<tr><td>4</td><td>Buy the raised beds and organise a planting day</td><td>Lin Cheung</td><td>April</td></tr>
<tr><td>5</td><td>Write to the council about parking enforcement on Elmstead Road</td><td>Grace Mbeki</td><td>31 March</td></tr>
</table>

<p><i>Next board meeting: Tuesday 29 April 2025, 6.30pm, Community Lounge.</i></p>
</body>
</html>
"""

# ------------------------------------------------------------------ text: cricket club AGM

TXT_NAME = "kestrel-vale-cricket-club-agm-2025-04-06.txt"

TXT = """Kestrel Vale Cricket Club
ANNUAL GENERAL MEETING
held in the pavilion, Ashgrove Lane, on Sunday 6 April 2025
Opened 11:00 / Closed 12:40

PRESENT                  HW (in the chair), DA, PM, RS, GT, LO, CN
ABSENT WITH APOLOGIES    BK, FE
Key to initials:
  HW  Harriet Wynn, President          DA  Dev Anand, Hon. Secretary
  PM  Priya Mistry, Treasurer          RS  Ross Shipley, 1st XI captain
  GT  Gwen Tranter, Juniors lead       LO  Lars Olafsen, Groundsman
  CN  Chidi Nwosu, Social secretary    BK  Bethan Kaye, Fixtures secretary
  FE  Frank Eddery, Welfare officer
Also present: 18 playing and social members (names in the signing-in book)

A.  PRESIDENT'S WELCOME AND MINUTES OF THE 2024 AGM
    The President welcomed everyone. The minutes of the AGM of 7 April 2024 were
    taken as read and approved (proposed PM, seconded GT).

B.  HON. SECRETARY'S REPORT
    DA reported that membership stands at 212, up from 188 last year, of whom 74
    are juniors. The club ran 3 senior teams and 5 junior age groups in 2024, and
    the Sunday XI finished second in its division. Thanks were recorded to LO for
    the square, which passed the league pitch inspection for the third year running.

C.  ACCOUNTS FOR THE YEAR TO 31 DECEMBER 2024
    PM presented the accounts. Income was \u00a348,260 (2023: \u00a341,905) and
    expenditure \u00a345,130, leaving a surplus of \u00a33,130. Bar takings rose 12% but
    the bar margin fell to 38%. Reserves are \u00a321,400, about five months of
    running costs. The accounts were adopted unanimously.
    Next steps: PM will get quotes from two independent examiners before the
    autumn, and will bring a bar price review to the committee in May.

D.  SUBSCRIPTIONS FOR 2025
    The committee proposed raising the senior subscription from \u00a3120 to \u00a3135
    and keeping the junior rate at \u00a345. Carried: 21 for, 3 against, 1 abstention.

E.  ELECTION OF OFFICERS
    All officers were re-elected unopposed except the Welfare officer: FE is
    standing down after six seasons. Nominations stay open until 30 April.

F.  GROUND AND NETS
    LO said the artificial net lanes are worn and need resurfacing at an
    estimated \u00a39,800. A county board grant would cover up to 50% of the cost.
    The meeting agreed to apply.
    Next steps: DA to complete the county board grant application by 16 May;
    LO to obtain a second quote for the resurfacing.

G.  JUNIOR SECTION
    GT reported 9 qualified coaches and a waiting list of 31 children for the
    youngest age group. Two more coaches start their foundation course in June.
    Next steps: GT and RS to set up a second training night for the youngest
    group from June.

H.  ANY OTHER BUSINESS
    CN asked members to support the quiz night on 17 May. RS raised the state of
    the scoreboard; BK had offered by email to look into a replacement. No
    action was agreed.

The next AGM will be held on Sunday 12 April 2026 at 11:00 in the pavilion.
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / PDF_NAME).write_bytes(build_pdf(pdf_pages()))
    (OUT / DOCX_NAME).write_bytes(build_docx())
    (OUT / HTML_NAME).write_bytes(HTML.encode("utf-8"))
    (OUT / TXT_NAME).write_bytes(TXT.encode("utf-8"))


if __name__ == "__main__":
    main()
