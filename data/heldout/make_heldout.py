"""Write the held-out .docx sample deterministically.

The held-out set (see README.md beside this file) holds invented minutes in
layouts that data/raw does not have. The .html, .txt and .md samples are
committed as written; the .docx is built here so its content stays
reviewable as text. Run from the repository root:

    .venv/bin/python data/heldout/make_heldout.py

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
FIXED = dt.datetime(2023, 9, 20, 9, 0, 0)

TITLE = "Minutes of the Meeting of Little Wenbury Parish Council"
HELD = ("Held on Tuesday 12 September 2023 at 7.30pm in the Village Hall, Church Lane, "
        "Little Wenbury")

ATTENDANCE = [
    ("Present:", "Cllr Margaret Holloway (Chairman), Cllr David Pryce (Vice-Chairman), "
                 "Cllr Anita Osei, Cllr Tom Fairbairn and Cllr Rachel Gough."),
    ("In attendance:", "the Clerk (Helen Marsh); County Cllr Brian Tulley (for item 23/049 only); "
                       "4 members of the public."),
    ("Apologies:", "Cllr Simon Keats (work commitments)."),
    ("Absent:", "Cllr Owen Drake."),
]

# (minute ref + heading, [paragraphs]); a paragraph starting "RESOLVED" gets a bold lead-in.
MINUTES = [
    ("23/044 Apologies for absence", [
        "Apologies had been received from Cllr Keats and were accepted. Cllr Drake had sent no "
        "apology and the Clerk was asked to contact him.",
    ]),
    ("23/045 Declarations of interest", [
        "Cllr Fairbairn declared a non-pecuniary interest in minute 23/051 as a committee member of "
        "the Little Wenbury Allotment Association. No other interests were declared.",
    ]),
    ("23/046 Minutes of the previous meeting", [
        "RESOLVED that the minutes of the meeting held on 11 July 2023 be approved as a true record "
        "and signed by the Chairman.",
    ]),
    ("23/047 Public participation", [
        "Two residents of Mill Road raised concerns about vehicles speeding past the primary school "
        "at the start and end of the school day, and asked whether the Council could press for "
        "traffic calming. The Chairman thanked them and said the matter would be taken under "
        "minute 23/048.",
    ]),
    ("23/048 Highways and street lighting", [
        "The Clerk reported that 3 of the 7 streetlights on Mill Road reported as faulty in July "
        "had now been repaired by the contractor. The others need replacement columns, for which "
        "the contractor has quoted £2,380 in total. Members felt this was high and asked for a "
        "comparison before committing.",
        "Members discussed the residents' concerns about speeding. Cllr Pryce reported that "
        "neighbouring parishes had joined the Community Speedwatch scheme, which needs at least "
        "six trained volunteers.",
        "RESOLVED that the Clerk write to the County Highways Officer requesting a speed survey on "
        "Mill Road outside the primary school, copying in County Cllr Tulley.",
    ]),
    ("23/049 County Councillor's report", [
        "County Cllr Tulley reported that the County Council had allocated £1.5 million to rural "
        "road resurfacing for 2024/25, of which around 12% is expected to be spent in this "
        "district. He would support the request for a speed survey. County Cllr Tulley left the "
        "meeting at 8.05pm.",
    ]),
    ("23/050 Finance", [
        "a) The Clerk presented the bank reconciliation to 31 August 2023, which was checked and "
        "signed by the Chairman. The current account balance stood at £12,450 and the reserve "
        "account at £8,900.",
        "b) RESOLVED that the payments listed in the schedule, totalling £3,216.40, be approved.",
        "c) Budget 2024/25: members noted that the precept must be set by January. The Clerk and "
        "Cllr Osei will prepare a draft budget and precept proposal.",
    ]),
    ("23/051 Allotments", [
        "Cllr Fairbairn left the room for this item. The Clerk reported that 18 of the 22 plots "
        "are currently let and there is a waiting list of 5 households. RESOLVED that the annual "
        "rent be increased from £28 to £32 per plot from 1 January 2024. Cllr Fairbairn returned "
        "to the meeting.",
    ]),
    ("23/052 Planning", [
        "DC/23/1187 – Single storey rear extension, 4 Orchard Close. RESOLVED that the Council has "
        "no objection.",
        "DC/23/1203 – Change of use of barn to holiday let, Hollow Farm, Ford Lane. The Council "
        "objects on the grounds of access onto a single-track lane.",
    ]),
    ("23/053 Correspondence", [
        "A letter from the village hall committee asking for a contribution towards a new boiler "
        "was noted and will be considered with the budget.",
    ]),
    ("23/054 Date of next meeting", [
        "The next meeting will be held on Tuesday 14 November 2023 at 7.30pm in the Village Hall.",
    ]),
]

ACTIONS = [
    ("Write to the County Highways Officer requesting a speed survey on Mill Road", "Clerk",
     "30 September 2023"),
    ("Obtain a second quote for the replacement streetlight columns", "Clerk", "Next meeting"),
    ("Report back on joining the Community Speedwatch scheme and seek volunteers", "Cllr Pryce",
     "Next meeting"),
    ("Prepare a draft 2024/25 budget and precept proposal", "Clerk / Cllr Osei", "October 2023"),
    ("Notify allotment tenants of the new rent", "Clerk", "31 October 2023"),
]


def build() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Clerk"
    doc.core_properties.author = "Clerk"
    doc.core_properties.title = TITLE
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(HELD)
    for label, rest in ATTENDANCE:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + rest)
    for heading, paras in MINUTES:
        doc.add_heading(heading, level=2)
        for text in paras:
            p = doc.add_paragraph()
            if "RESOLVED" in text:
                before, after = text.split("RESOLVED", 1)
                if before:
                    p.add_run(before)
                p.add_run("RESOLVED").bold = True
                p.add_run(after)
            else:
                p.add_run(text)
    doc.add_heading("Action points", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Action", "Owner", "Deadline")):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in ACTIONS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("The meeting closed at 9.05pm.")
    doc.add_paragraph("Signed ………………………… (Chairman)     Date ……………………")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    return reproducible_zip(data, date_time=(2023, 9, 20, 9, 0, 0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "little-wenbury-pc-2023-09-12.docx").write_bytes(build())


if __name__ == "__main__":
    main()
