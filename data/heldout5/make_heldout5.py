"""Write the fifth held-out .docx sample deterministically.

The fifth held-out set (see README.md beside this file) holds invented
minutes in layouts that none of data/raw and data/heldout..heldout4 has. The
.md, .html and .txt samples are committed as written; the .docx is built here
so its content stays reviewable as text. Run from the repository root:

    .venv/bin/python data/heldout5/make_heldout5.py

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
NAME = "northbridge-college-estates-committee-2025-02-25.docx"
FIXED = dt.datetime(2025, 2, 27, 11, 0, 0)

TITLE = "Northbridge College Corporation"
SUBTITLE = "Estates and Sustainability Committee – Minutes"
DETAILS = [
    ("Date and time:", "25.02.2025, 14.00–15.30"),
    ("Venue:", "Boardroom, Tamar Building, Northbridge College"),
]

ATTENDANCE = [
    ("Members present", [
        "Alan Hargreaves, Governor (Chair)",
        "Dr Kamala Bose, Governor",
        "Peter Lindqvist, Governor",
        "Susan Oakley, Principal",
    ]),
    ("In attendance", [
        "Graham Fitch, Director of Estates",
        "Yasmin Darr, Sustainability Manager",
        "Emma Rudd, Clerk to the Corporation (minutes)",
    ]),
    ("Apologies", [
        "Jonathan Keel, Governor",
    ]),
]

ACTION_LOG = [
    ("24/11", "Obtain three quotes for replacing the boiler in the Fenwick Block", "GF",
     "31.01.2025", "Green", "Complete – quotes received, see item 04"),
    ("24/12", "Circulate the revised space utilisation survey to heads of department", "YD",
     "28.02.2025", "Amber", "Survey drafted; will go out in the first week of March"),
    ("24/13", "Report on the cost of LED lighting for the sports hall", "GF",
     "31.12.2024", "Red", "Not started, contractor unavailable. New date 30.04.2025"),
    ("24/14", "Arrange a governor visit to the solar array at Dene Campus", "ER",
     "31.01.2025", "Green", "Complete – visit held on 22.01.2025"),
]

ITEMS = [
    ("01", "Welcome, apologies and declarations of interest", [
        "The Chair welcomed members. Apologies were received from Jonathan Keel. No "
        "interests were declared.",
    ]),
    ("02", "Minutes of the meeting held on 26.11.2024", [
        "The minutes were approved as an accurate record and signed by the Chair.",
    ]),
    ("03", "Action log", [
        "The committee reviewed the action log below and asked for the Red item to be "
        "given priority.",
        "TABLE",
    ]),
    ("04", "Capital projects update", [
        "The Director of Estates reported that the Fenwick Block boiler quotes ranged from "
        "£148,000 to £171,500. The committee recommended the lowest quote, which is within "
        "the £160,000 budget. The science block refurbishment is 70% complete and is "
        "forecast to finish £23,400 over budget, which can be met from the 5% contingency. "
        "Handover has slipped by 3 weeks to late April.",
        "Action 25/01: Seek Corporation approval for the Fenwick Block boiler contract. "
        "Lead: Graham Fitch. Target: 20.03.2025.",
    ]),
    ("05", "Carbon reduction plan", [
        "The Sustainability Manager reported emissions of 1,140 tonnes CO2e in 2023/24, "
        "down 11% on the 2019 baseline, against the college target of a 50% cut by 2030. "
        "Gas heating accounts for 62% of emissions. The 480 solar panels at Dene Campus "
        "generated 156 MWh last year. Members felt that progress would stall without "
        "external funding.",
        "Action 25/02: Prepare an outline bid to the Public Sector Decarbonisation Scheme. "
        "Lead: Yasmin Darr. Target: next meeting.",
    ]),
    ("06", "Health and safety compliance", [
        "There were 12 reportable incidents in the autumn term, compared with 17 a year "
        "earlier. Fire alarm testing is up to date in all 9 buildings. Two fire doors in the "
        "Tamar Building failed their annual inspection.",
        "Action 25/03: Replace the failed fire doors in the Tamar Building. "
        "Lead: GF. Target: 31.03.2025.",
    ]),
    ("07", "Any other business", [
        "There was no other business.",
    ]),
    ("08", "Date of next meeting", [
        "Tuesday 10.06.2025 at 14.00, Boardroom, Tamar Building.",
    ]),
]


def build() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Clerk to the Corporation"
    doc.core_properties.author = "Clerk to the Corporation"
    doc.core_properties.title = SUBTITLE
    doc.add_heading(TITLE, level=0)
    doc.add_heading(SUBTITLE, level=1)
    for label, value in DETAILS:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + value)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, names in ATTENDANCE:
        row = table.add_row()
        row.cells[0].text = label
        row.cells[1].text = "\n".join(names)
    for number, title, paras in ITEMS:
        doc.add_heading(f"{number}\t{title}", level=2)
        for para in paras:
            if para == "TABLE":
                log = doc.add_table(rows=1, cols=6)
                log.style = "Table Grid"
                for cell, text in zip(log.rows[0].cells,
                                      ("Ref", "Action", "Owner", "Due", "RAG", "Update")):
                    cell.text = text
                for values in ACTION_LOG:
                    row = log.add_row()
                    for cell, text in zip(row.cells, values):
                        cell.text = text
                doc.add_paragraph("RAG: Green = complete or on track; Amber = at risk; "
                                  "Red = overdue.")
            else:
                doc.add_paragraph(para)
    doc.add_paragraph("Emma Rudd, Clerk to the Corporation")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    return reproducible_zip(data, date_time=(2025, 2, 27, 11, 0, 0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_bytes(build())


if __name__ == "__main__":
    main()
