"""Write the second held-out .docx sample deterministically.

The second held-out set (see README.md beside this file) holds invented
minutes in layouts that neither data/raw nor data/heldout has. The .md, .html
and .txt samples are committed as written; the .docx is built here so its
content stays reviewable as text. Run from the repository root:

    .venv/bin/python data/heldout2/make_heldout2.py

The output is byte-identical across runs: core properties carry a fixed
date and the zip entries a fixed timestamp.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reproducible_docx import reproducible_zip  # noqa: E402

OUT = Path(__file__).resolve().parent / "raw"
NAME = "eastvale-chs-quality-safety-committee-2024-10-16.docx"
FIXED = dt.datetime(2024, 10, 21, 9, 0, 0)

TRUST = "Eastvale Community Health NHS Trust"
TITLE = "Quality and Patient Safety Committee"
SUBTITLE = "Minutes of the meeting held on Wednesday 16 October 2024, 13:30 – 15:40"
VENUE = "Venue: Seminar Room 2, Kestrel House, Eastvale, and via MS Teams"

MEMBERS = [
    ("Dr Hannah Okonjo", "HO", "Non-Executive Director (Chair)"),
    ("Peter Lindqvist", "PL", "Non-Executive Director"),
    ("Carol Ashdown", "CA", "Director of Nursing and Quality"),
    ("Dr Rhys Morgan", "RM", "Medical Director"),
    ("Fiona Carraway", "FC", "Head of Patient Safety"),
]

IN_ATTENDANCE = [
    ("Matthew Boyce", "MB", "Lead Nurse, Infection Prevention and Control (item 4.0)"),
    ("Joy Nwankwo", "JN", "Patient Experience Manager"),
    ("Leanne Shaw", "LS", "Corporate Governance Officer (minutes)"),
]

APOLOGIES = ("Apologies: Sarah Whitcombe (SW), Chief Operating Officer; "
             "Dr Imran Qureshi (IQ), Associate Non-Executive Director.")

# (heading, [(sub-heading or None, [paragraphs])])
ITEMS = [
    ("1.0 Welcome, introductions and apologies", [
        (None, ["HO welcomed members and noted the apologies above. The meeting was quorate. "
                "No new declarations of interest were made."]),
    ]),
    ("2.0 Minutes of the previous meeting and action log", [
        ("2.1 Minutes of 18 September 2024", [
            "The minutes were agreed as an accurate record subject to one correction to the "
            "spelling of a ward name in item 5.0."]),
        ("2.2 Action log", [
            "The Committee reviewed the action log (see the table at the end of these minutes). "
            "Action 24/35 was closed because the review of discharge delays has been transferred "
            "to the Performance Committee."]),
    ]),
    ("3.0 Patient safety report", [
        ("3.1 Incident reporting", [
            "FC presented the quarter 2 report. Staff reported 412 incidents in the quarter, a 9% "
            "increase on quarter 1, which FC attributed to the new online reporting form rather "
            "than to a change in harm. 96% of incidents were graded as no harm or low harm. "
            "There were 3 serious incidents, all relating to delayed follow-up of test results "
            "in the community nursing service.",
            "The Committee asked FC to present the themes from these serious incidents to the "
            "Trust Board in November."]),
        ("3.2 Pressure ulcers and falls", [
            "Category 3 and 4 pressure ulcers acquired in our care fell from 14 cases to 8 cases "
            "compared with the same quarter last year. There were 6 falls with harm, the same as "
            "in quarter 1. PL asked "
            "whether the revised falls prevention policy had reached all teams; CA confirmed it "
            "had been issued to 38 of the 41 ward and team managers."]),
    ]),
    ("4.0 Infection prevention and control", [
        (None, ["MB reported one case of C. difficile in September against an annual threshold "
                "of 11 cases. Hand hygiene audit compliance was 94% across the Trust but two "
                "community hospital wards scored below 80% for the second month running. The "
                "Committee was not assured and requested a recovery plan. Flu vaccine uptake "
                "among frontline staff stood at 27% after the first three weeks of the campaign, "
                "against a target of 75%."]),
    ]),
    ("5.0 Mortality review", [
        (None, ["RM presented the learning from deaths report. 57 deaths were screened in the "
                "quarter and 12 structured judgement reviews were completed; no death was judged more "
                "likely than not to have been avoidable. RM will share a summary of the learning "
                "with clinical leads."]),
    ]),
    ("6.0 Patient experience", [
        (None, ["JN reported that the Trust received 1,860 responses to the Friends and Family Test "
                "in the quarter, with 91% rating their care as good or very good. There were 23 "
                "formal complaints, down from 31 in quarter 1. The Committee noted that the patient transport contract, "
                "worth £1.2m a year, is the most frequent subject of complaints and asked CA to "
                "raise this with the contract lead."]),
    ]),
    ("7.0 Any other business", [
        (None, ["None."]),
    ]),
    ("8.0 Date of next meeting", [
        (None, ["Wednesday 20 November 2024, 13:30, Seminar Room 2, Kestrel House."]),
    ]),
]

LOG_HEAD = ("No.", "Action", "Lead", "Due", "Status")
LOG = [
    ("24/31", "Circulate the revised falls prevention policy to all ward and team managers",
     "CA", "Sept 2024", "Complete"),
    ("24/33", "Audit use of the sepsis screening tool in the community hospitals",
     "RM", "Oct 2024", "Ongoing – report due December"),
    ("24/35", "Deep dive into discharge delays and their effect on patient safety",
     "CA", "Oct 2024", "Closed – transferred to Performance Committee"),
    ("24/41", "Present the themes from the quarter 2 serious incidents to the Trust Board",
     "FC", "November 2024", "Open"),
    ("24/42", "Produce a hand hygiene recovery plan for the wards below target",
     "MB", "Next meeting", "Open"),
    ("24/43", "Share a summary of the learning from deaths with clinical leads",
     "RM", "31 December 2024", "Open"),
    ("24/44", "Raise patient transport complaints with the contract lead",
     "CA", "Next meeting", "Open"),
]


def _table(doc, head, rows):
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return table


def build() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Corporate Governance"
    doc.core_properties.author = "Corporate Governance"
    doc.core_properties.title = TITLE
    doc.add_paragraph(TRUST)
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(SUBTITLE)
    doc.add_paragraph(VENUE)
    p = doc.add_paragraph()
    p.add_run("Members present").bold = True
    _table(doc, ("Name", "Initials", "Role"), MEMBERS)
    p = doc.add_paragraph()
    p.add_run("In attendance").bold = True
    _table(doc, ("Name", "Initials", "Role"), IN_ATTENDANCE)
    doc.add_paragraph(APOLOGIES)
    for heading, subs in ITEMS:
        doc.add_heading(heading, level=2)
        for sub, paras in subs:
            if sub:
                doc.add_heading(sub, level=3)
            for text in paras:
                doc.add_paragraph(text)
    doc.add_heading("Action log", level=2)
    _table(doc, LOG_HEAD, LOG)
    doc.add_paragraph("The meeting closed at 15:40.")
    doc.add_paragraph("Signed (Chair) ……………………………   Date ……………………")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    return reproducible_zip(data, date_time=(2024, 10, 21, 9, 0, 0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_bytes(build())


if __name__ == "__main__":
    main()
