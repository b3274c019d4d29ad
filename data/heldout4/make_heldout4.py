"""Write the fourth held-out .docx sample deterministically.

The fourth held-out set (see README.md beside this file) holds invented
minutes in layouts that none of data/raw, data/heldout, data/heldout2 and
data/heldout3 has. The .md, .html and .txt samples are committed as written;
the .docx is built here so its content stays reviewable as text. Run from
the repository root:

    .venv/bin/python data/heldout4/make_heldout4.py

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
NAME = "atwu-harnford-depot-branch-2025-04-15.docx"
FIXED = dt.datetime(2025, 4, 17, 9, 0, 0)

TITLE = "Allied Transport and Warehouse Workers' Union – Harnford Depot Branch"
OPENING = ("Minutes of the quarterly branch meeting held on Tuesday 15 April 2025 at 5.45pm "
           "in the Welfare Room, Harnford Distribution Centre, Unit 4 Colliery Way.")

ATTENDED = [
    "Denise Whitcombe (Branch Chair)",
    "Rafael Moreno (Branch Secretary)",
    "Sunita Kaur (Treasurer)",
    "Liam O'Driscoll (Health and Safety Rep)",
    "Agnieszka Wójcik (Shop Steward, Nights)",
    "Marcus Hale (Equality Officer)",
    "Joe Pritchard (Regional Organiser)",
]
APOLOGIES = [
    "Femi Adebayo (Shop Steward, Days)",
    "Carol Jennings (Learning Rep)",
]
MEMBERS_NOTE = "A further 23 members attended from the floor."

ITEMS = [
    ("1. Welcome and apologies", [
        "Denise opened the meeting at 5.50pm and welcomed Joe Pritchard from the regional "
        "office. Apologies were noted as above.",
    ]),
    ("2. Minutes of the last meeting and matters arising", [
        "The minutes of the meeting of 14 January 2025 were agreed as a true record. Rafael "
        "reported that the second water cooler for the loading bay, requested at the last "
        "meeting, was installed in February. The repair of the branch banner is still with the "
        "supplier.",
    ]),
    ("3. Pay claim 2025", [
        "Joe Pritchard reported on the talks with Kestrel Logistics. The company has offered "
        "3.2% from 1 April, against the branch claim of 6.5% plus a £500 one-off payment. RPI "
        "inflation stood at 4.1% in March. Members felt the offer was well short of what was "
        "needed.",
        "It was moved by Liam O'Driscoll and seconded by Marcus Hale that the branch hold a "
        "consultative ballot of all 412 members at the depot on the offer. Carried, 21 for and "
        "2 against. Turnout in the last consultative ballot was 58%, and the branch wants to "
        "beat it. Rafael will send out the ballot notice.",
    ]),
    ("4. Health and safety", [
        "Liam reported 9 reportable accidents in the first quarter, up from 5 in the previous "
        "quarter; 6 of them involved powered pallet trucks. The annual racking inspection "
        "found 14 damaged uprights in aisle C. Management have agreed to replace them but have "
        "given no date. Liam will take this to the joint health and safety committee.",
    ]),
    ("5. Treasurer's report", [
        "Sunita reported that branch funds stand at £3,847.22. Income in the quarter was "
        "£1,120 from the quarterly branch rebate; spending was £465, including £180 on the "
        "Workers' Memorial Day wreath and refreshments. The branch agreed to donate £250 to "
        "Harnford Foodbank.",
    ]),
    ("6. Night shift rota", [
        "Agnieszka reported that 31 night-shift workers have signed a petition against the "
        "proposed four-on, four-off rota, which would cut paid breaks by 15 minutes a shift. "
        "The branch agreed to ask for a meeting with the site general manager.",
    ]),
    ("7. Any other business", [
        "Marcus Hale asked for volunteers to staff the branch stall at Harnford Pride in June; "
        "4 members put their names forward. Carol Jennings has asked for the learning centre "
        "survey to go out with the next newsletter.",
    ]),
    ("8. Date of next meeting", [
        "Tuesday 15 July 2025 at 5.45pm in the Welfare Room. The meeting closed at 7.10pm.",
    ]),
]

ACTIONS = [
    ("Rafael Moreno", "Send the consultative ballot notice to all members", "25 April 2025"),
    ("Joe Pritchard", "Report the ballot result to Kestrel Logistics management",
     "Within a week of the ballot closing"),
    ("Liam O'Driscoll", "Raise the damaged racking in aisle C at the joint health and safety "
     "committee", "6 May 2025"),
    ("Sunita Kaur", "Pay the agreed donation to Harnford Foodbank", "End of April"),
    ("Agnieszka Wójcik / Rafael Moreno", "Request a meeting with the site general manager "
     "about the night shift rota", "Before next meeting"),
    ("Marcus Hale", "Book the Pride stall and circulate the volunteer rota", "30 May 2025"),
]


def _bold_para(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def build() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Branch Secretary"
    doc.core_properties.author = "Branch Secretary"
    doc.core_properties.title = TITLE
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    doc.add_paragraph(OPENING)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Attended"
    table.rows[0].cells[1].text = "Apologies"
    for i in range(max(len(ATTENDED), len(APOLOGIES))):
        row = table.add_row()
        row.cells[0].text = ATTENDED[i] if i < len(ATTENDED) else ""
        row.cells[1].text = APOLOGIES[i] if i < len(APOLOGIES) else ""
    doc.add_paragraph(MEMBERS_NOTE)
    for heading, paras in ITEMS:
        _bold_para(doc, heading)
        for para in paras:
            doc.add_paragraph(para)
    _bold_para(doc, "Action points")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Who", "What", "When")):
        cell.text = text
    for who, what, when in ACTIONS:
        row = table.add_row()
        row.cells[0].text = who
        row.cells[1].text = what
        row.cells[2].text = when
    doc.add_paragraph("Rafael Moreno, Branch Secretary")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    return reproducible_zip(data, date_time=(2025, 4, 17, 9, 0, 0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_bytes(build())


if __name__ == "__main__":
    main()
