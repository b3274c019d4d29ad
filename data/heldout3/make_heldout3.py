"""Write the third held-out .docx sample deterministically.

The third held-out set (see README.md beside this file) holds invented
minutes in layouts that none of data/raw, data/heldout and data/heldout2
has. The .md, .html and .txt samples are committed as written; the .docx is
built here so its content stays reviewable as text. Run from the repository
root:

    .venv/bin/python data/heldout3/make_heldout3.py

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
NAME = "millbrook-rowing-club-agm-2025-03-09.docx"
FIXED = dt.datetime(2025, 3, 12, 18, 0, 0)

TITLE = "Millbrook Amateur Rowing Club – Annual General Meeting 2025"
OPENING = ("Held on Sunday 9 March 2025 in the clubroom at the Boathouse, Riverside Walk, "
           "Millbrook. The meeting opened at 10:30 a.m.")

COMMITTEE_PRESENT = [
    ("Chair", "Gareth Penhale"),
    ("Vice Chair", "Anika Sorensen"),
    ("Treasurer", "Dr Louise Farrant"),
    ("Secretary", "Owen Maddox"),
    ("Club Captain", "Bethany Rowe"),
    ("Welfare Officer", "Kwame Asante"),
]
MEMBERS_NOTE = "Also present: 31 voting members of the club (signed register held by the Secretary)."
COMMITTEE_APOLOGIES = [
    ("Membership Secretary", "Priyanka Desai"),
    ("Junior Coordinator", "Tom Hallworth"),
]

# (heading, [paragraph or ("ACTION", owner, text)])
ITEMS = [
    ("Item 1 – Welcome and apologies", [
        "The Chair welcomed members to the 2025 AGM and noted the apologies above. The "
        "Secretary confirmed that the meeting was quorate.",
    ]),
    ("Item 2 – Minutes of the 2024 AGM and matters arising", [
        "The minutes of the AGM held on 10 March 2024 were approved as a true record. "
        "Proposed: Anika Sorensen. Seconded: Bethany Rowe. Carried unanimously.",
        "Matters arising: the Secretary confirmed that the revised constitution agreed at the "
        "last AGM was adopted in May 2024. There were no other matters arising.",
    ]),
    ("Item 3 – Chair’s report", [
        "Gareth Penhale reported a strong year for the club. Membership rose to 214, from 187 "
        "at the last AGM, and includes 58 juniors. Crews raced at 12 regattas and won 19 events, "
        "the club’s best season for a decade. The new pontoon, paid for with a £24,000 grant "
        "from the county sports partnership, was installed in September. Volunteers gave an "
        "estimated 1,650 hours to the club over the year.",
        "The Chair warned that the boathouse roof is leaking again over the boat bay and that "
        "the committee needs an expert view before deciding on repairs.",
        ("ACTION", "Gareth Penhale",
         "Commission a structural survey of the boathouse roof before the autumn."),
    ]),
    ("Item 4 – Treasurer’s report", [
        "Dr Farrant presented the accounts for the year to 31 December 2024, which had been "
        "independently examined. Income was £68,430, of which subscriptions brought in £41,200 "
        "and regatta entry and hosting fees £9,850. Expenditure was £61,915, leaving a surplus "
        "of £6,515. Reserves stand at £38,700, equal to about seven months of running costs. "
        "Boat insurance rose by 18% to £4,260, and the Treasurer believes the club can do better.",
        "Motion to adopt the accounts. Proposed: Kwame Asante. Seconded: Anika Sorensen. "
        "Votes – For: 29, Against: 0, Abstentions: 2. Carried.",
        ("ACTION", "Louise Farrant",
         "Obtain alternative quotes for boat insurance by 30 June 2025."),
    ]),
    ("Item 5 – Captain’s report", [
        "Bethany Rowe reported that 46 adults completed the Learn to Row course this year and "
        "71% of them have stayed on as members. The fleet now stands at 23 boats after two old "
        "coxless fours were sold for £3,400. High river levels led to 38 outings being "
        "cancelled, compared with 22 in 2023.",
        "Members asked for clearer rules on when crews may go out in high water. The Captain "
        "and the Welfare Officer agreed to write them.",
        ("ACTION", "Bethany Rowe, Kwame Asante",
         "Draw up a high-water safety plan and circulate it to all coaches by the end of April."),
    ]),
    ("Item 6 – Motions", [
        "Motion 1: That the adult annual subscription be increased from £240 to £265 from "
        "1 April 2025. Proposed: Dr Louise Farrant. Seconded: Owen Maddox. Several members asked "
        "about hardship; the committee confirmed that the hardship fund will continue. "
        "Votes – For: 24, Against: 5, Abstentions: 2. Carried.",
        ("ACTION", "Owen Maddox",
         "Update the fees page on the club website and write to all members with the new "
         "subscription rate."),
        "Motion 2: That the club establishes a para-rowing section. Proposed: Anika Sorensen. "
        "Seconded: Kwame Asante. Carried unanimously.",
        ("ACTION", "Anika Sorensen",
         "Contact the regional para-rowing development officer and bring a plan for the new "
         "section to the committee meeting in May."),
    ]),
    ("Item 7 – Election of officers", [
        "All officers standing for re-election were returned unopposed. Tom Hallworth has stood "
        "down as Junior Coordinator after six years; the meeting thanked him warmly. Maya "
        "Olusegun was elected Junior Coordinator in his place.",
    ]),
    ("Item 8 – Any other business", [
        "Kwame Asante reminded members that the DBS checks of 14 coaches expire during 2025 and "
        "that nobody may coach juniors without a current check.",
        ("ACTION", "Kwame Asante",
         "Arrange DBS renewals for every coach whose check expires in 2025."),
        "A member asked whether the club could host a head race next winter. The committee "
        "will consider this in due course.",
    ]),
    ("Item 9 – Date of next AGM", [
        "The next Annual General Meeting will be held on Sunday 8 March 2026 at 10:30 a.m. in "
        "the clubroom. The meeting closed at 12:05 p.m.",
    ]),
]


def build() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Club Secretary"
    doc.core_properties.author = "Club Secretary"
    doc.core_properties.title = TITLE
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(OPENING)
    p = doc.add_paragraph()
    p.add_run("Committee members present").bold = True
    for role, name in COMMITTEE_PRESENT:
        doc.add_paragraph(f"{role}: {name}", style="List Bullet")
    doc.add_paragraph(MEMBERS_NOTE)
    p = doc.add_paragraph()
    p.add_run("Apologies").bold = True
    for role, name in COMMITTEE_APOLOGIES:
        doc.add_paragraph(f"{role}: {name}", style="List Bullet")
    for heading, paras in ITEMS:
        doc.add_heading(heading, level=2)
        for para in paras:
            if isinstance(para, tuple):
                _, owner, text = para
                p = doc.add_paragraph()
                p.add_run(f"ACTION ({owner}):").bold = True
                p.add_run(f" {text}")
            else:
                doc.add_paragraph(para)
    doc.add_paragraph("Owen Maddox, Honorary Secretary")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    return reproducible_zip(data, date_time=(2025, 3, 12, 18, 0, 0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_bytes(build())


if __name__ == "__main__":
    main()
