"""Write the seventh held-out set of invented minutes deterministically.

The seventh held-out set (see README.md beside this file) holds four invented
minutes in layouts that none of data/raw and data/heldout..heldout6 has: a
PDF of a charity trustees' board with a ruled two-column "Trustee | Attended"
table (initials in brackets) and "ACTION: XX" closing paragraphs under roman
numbered items; a .docx of a housing association audit committee with
"AC/25/14" minute numbers, grouped attendance labels ("Committee members:",
"Executive:", "External auditor:"), "RESOLVED that ..." tasks and a risk
table of percentages and money; an informal Markdown PTA note of bullets with
"@Firstname" owners; and a plain-text Welsh community council planning
committee with bilingual attendance labels ("Yn bresennol / Present:"),
"Min. 118" item numbers and indented Ref/Site/Proposal/Observation blocks.
Run from the repository root:

    .venv/bin/python data/heldout7/make_heldout7.py

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

# ------------------------------------------------------------------ PDF: rivers trust trustees

PDF_NAME = "brightwater-rivers-trust-trustees-2025-05-15.pdf"

PDF_HEAD = [
    ("F2", 15, "Brightwater Rivers Trust"),
    ("F2", 12, "Board of Trustees \u2013 minutes of the quarterly meeting"),
    ("F1", 11, "Thursday 15 May 2025, 18:00\u201320:05, The Mill Room, Ferris Lane, Lydbrook"),
]

TRUSTEES = [
    ("Trustee", "Attended"),
    ("Eleanor Price (EP), Chair", "Yes"),
    ("Jonah Mercer (JM), Treasurer", "Yes"),
    ("Farida Osei (FO)", "Yes"),
    ("Gareth Lowndes (GL)", "Apologies"),
    ("Ruth Adeyemi (RA)", "Yes"),
    ("Simon Tarrant (ST)", "No"),
]

STAFF = ("Staff in attendance: Kit Harrower (KH), Chief Executive; Beth Sollis (BS), "
         "Volunteer Coordinator (minutes).")

PDF_ITEMS = [
    ("I.", "Welcome and conflicts of interest",
     "EP welcomed trustees and noted the apologies from GL. FO declared an interest in item IV "
     "as a volunteer at the Lydbrook hatchery. The minutes of the meeting of 20 February 2025 "
     "were approved and signed by the Chair."),
    ("II.", "Finance and reserves",
     "JM presented the management accounts to 31 March. Unrestricted income for the year was "
     "\u00a3186,400 against a budget of \u00a3172,000, and restricted grants totalled "
     "\u00a3241,750. Free reserves stand at \u00a364,300, equal to 4.2 months of core costs "
     "against the policy target of 6 months. Trustees agreed that the gap should be closed "
     "over two years rather than by cutting the education programme. JM will draft a reserves "
     "recovery plan for the August meeting. ACTION: JM"),
    ("III.", "Chief Executive's report",
     "KH reported that 38 river-monitoring volunteers had submitted 1,126 water samples in the "
     "quarter, and that phosphate levels were above the good-status threshold at 9 of 23 "
     "sites. The Environment Agency has asked to use the results in its catchment plan, which "
     "trustees welcomed. A short public summary of the results to be prepared for the website. "
     "ACTION: KH/BS"),
    ("IV.", "Fish pass at Coed Mill weir",
     "RA updated the board on the fish pass project. The lowest tender came in at \u00a392,500, "
     "18% over the estimate, and the grant covers 75% of eligible costs. Trustees approved "
     "going ahead subject to the landowner's signed consent; FO took no part in the decision. "
     "RA to obtain the signed consent and confirm the contractor's start date by 30 June. "
     "ACTION: RA"),
    ("V.", "Safeguarding policy",
     "BS presented the revised safeguarding policy, which now covers young volunteers on "
     "supervised river walks. The policy was adopted. EP to send the link to the online "
     "safeguarding refresher to the two trustees who have not yet completed it, by 31 May. "
     "ACTION: EP"),
    ("VI.", "Any other business",
     "ST has not attended a meeting since November and has not replied to emails. EP will "
     "contact ST about whether he wishes to continue as a trustee. ACTION: EP"),
]

NEXT = "Next meeting: Thursday 21 August 2025, 18:00, The Mill Room."


def pdf_pages() -> list[str]:
    ops: list[str] = []
    y = 790
    for font, size, line in PDF_HEAD:
        ops.append(_text(56, y, line, size, font))
        y -= size + 8
    y -= 6
    y = _table(ops, y, [56, 276, 376], TRUSTEES, [40, 14]) - 18
    y = _paragraph(ops, y, STAFF) - 6
    for number, title, body in PDF_ITEMS[:4]:
        ops.append(_text(56, y, f"{number}  {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    ops.append(_text(280, 30, "Page 1 of 2", 8))
    page1 = "\n".join(ops)
    ops = []
    y = 790
    for number, title, body in PDF_ITEMS[4:]:
        ops.append(_text(56, y, f"{number}  {title}", 11, "F2"))
        y = _paragraph(ops, y - 16, body) - 4
    y -= 6
    ops.append(_text(56, y, NEXT, 10, "F2"))
    ops.append(_text(56, y - 40, "Signed ............................ (Chair)   Date ..............", 10))
    ops.append(_text(280, 30, "Page 2 of 2", 8))
    page2 = "\n".join(ops)
    return [page1, page2]


# ------------------------------------------------------------------ DOCX: housing audit committee

DOCX_NAME = "larchfield-homes-audit-committee-2025-06-10.docx"
FIXED = dt.datetime(2025, 6, 12, 11, 0, 0)

ATTENDANCE = [
    ("Committee members:", " Mr Oliver Stanton (Chair), Mrs Deepa Kaur, Mr Neil Fairbairn (co-opted member)"),
    ("Executive:", " Ms Laura Quinn, Director of Finance; Mr Tom Ebbs, Head of Governance and Risk"),
    ("External auditor:", " Ms Hana Sato, Pryce Lambert LLP"),
    ("Internal auditor:", " Mr Vikram Shah, Tessaly Assurance"),
    ("Apologies:", " Ms Carol Whitfield"),
]

RISKS = [
    ("Risk", "Likelihood", "Financial exposure", "Trend"),
    ("Rent arrears after Universal Credit migration", "60%", "\u00a32.4m", "Rising"),
    ("Building safety remediation costs", "45%", "\u00a36.8m", "Stable"),
    ("Cyber attack on the housing management system", "30%", "\u00a3750,000", "Rising"),
    ("Sales of shared ownership homes below forecast", "25%", "\u00a31.1m", "Falling"),
]

DOCX_ITEMS = [
    ("AC/25/14", "Apologies and declarations of interest", [
        "Apologies were received from Ms Whitfield. Mr Fairbairn declared that his firm had "
        "tendered for the group's tax advice in 2023; the Chair ruled that this did not "
        "prevent him taking part.",
    ]),
    ("AC/25/15", "Minutes of the meeting held on 11 March 2025", [
        "RESOLVED that the minutes be approved as a correct record and signed by the Chair.",
    ]),
    ("AC/25/16", "External audit findings 2024/25", [
        "Ms Sato presented the audit findings report. The audit is substantially complete and "
        "an unmodified opinion is expected. Materiality was set at \u00a31.45 million. Two "
        "control points were raised: journals above \u00a3250,000 were not always approved by "
        "a second person, and 7 leavers kept system access after they had left.",
        "RESOLVED that the Director of Finance report on the journal approval control to the "
        "September meeting.",
    ]),
    ("AC/25/17", "Internal audit progress report", [
        "Mr Shah reported that 9 of the 12 planned reviews for the year are complete. The rent "
        "arrears review gave limited assurance: 14% of the cases sampled had no contact with "
        "the tenant recorded for more than 60 days. 26 of 31 agreed recommendations have been "
        "implemented. Ms Quinn undertook to circulate a plan for clearing the overdue "
        "recommendations by 31 July.",
    ]),
    ("AC/25/18", "Strategic risk register", [
        "Mr Ebbs presented the register. The highest-scoring risks are:",
        "TABLE",
        "Members asked that the cyber risk be scored higher, given two attacks on other "
        "housing associations in the region this year.",
        "RESOLVED that (a) the risk register be noted; and (b) the Head of Governance and Risk "
        "commission an external cyber security test before the next meeting.",
    ]),
    ("AC/25/19", "Value for money statement", [
        "The operating margin for the year was 21.3% (2023/24: 24.0%) and the headline social "
        "housing cost per unit was \u00a34,120. RESOLVED that the value for money statement be "
        "recommended to the Board for approval.",
    ]),
    ("AC/25/20", "Date of next meeting", [
        "Tuesday 16 September 2025 at 14:00, Larchfield House. The meeting closed at 15:50.",
    ]),
]


def build_docx() -> bytes:
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Governance Team"
    doc.core_properties.author = "Governance Team"
    doc.core_properties.title = "Audit Committee"
    doc.add_heading("Larchfield Homes Group", level=0)
    doc.add_heading("Audit Committee", level=1)
    doc.add_paragraph("Minutes of the meeting held on Tuesday 10 June 2025 at 14:00 at "
                      "Larchfield House, 4 Canal Street, Ashborough.")
    for label, rest in ATTENDANCE:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(rest)
    for number, title, paras in DOCX_ITEMS:
        doc.add_heading(f"{number}\t{title}", level=2)
        for para in paras:
            if para == "TABLE":
                table = doc.add_table(rows=0, cols=4)
                table.style = "Table Grid"
                for values in RISKS:
                    row = table.add_row()
                    for cell, value in zip(row.cells, values):
                        cell.text = value
            else:
                doc.add_paragraph(para)
    buf = io.BytesIO()
    doc.save(buf)
    return reproducible_zip(buf.getvalue(), date_time=(2025, 6, 12, 11, 0, 0))


# ------------------------------------------------------------------ Markdown: primary school PTA

MD_NAME = "hazelbrook-primary-pta-2025-03-25.md"

MD = """# Hazelbrook Primary PTA – meeting notes

Tues 25 March 2025, 7pm, school library (a couple of people joined on Zoom)

**Here:** Jo Bellamy (chair), Priya Natarajan (treasurer), Dan Mwangi, Steph Carrick (secretary – notes), Mr Alan Reeve (head teacher), Liv Doran
**Sorry, couldn't come:** Kerry Flint, Sam Oduya

---

## From last time

- Disco money all counted: £486 profit after paying the DJ
- Jo wrote to the council about the lollipop crossing patrol – no reply yet. Jo will chase the council again after Easter
- New PTA email address is set up and working

## Money

- £3,862.40 in the bank plus £215 in the cash tin
- Christmas fair made £2,140 (last year £1,870) – best one yet!! 🎉
- Gift Aid claim still hasn't gone in, worth about £300 → @Priya to send it before Easter
- The online shopping cashback thing brings in roughly £40 a month but only 23 of 310 families have signed up
- @Steph to put a reminder about the cashback scheme in the next newsletter

## Summer fair – Sat 28 June

- Theme is "Under the sea" (voted 7 to 2)
- We need 40 volunteers on the day and only 12 have signed up so far 😬
- @Dan to book the bouncy castle and the ice-cream van by 4 April
- @Steph + @Liv to make a volunteer rota and share it on the class WhatsApp groups
- Raffle: Jo already has 9 prizes promised by shops on the high street; @Jo to ask the garden centre and the butcher too

## Wishlist from school

- Mr Reeve asked if we could help with new reading books for Year 2, approx £1,200
- Agreed: we fund half (£600) now and the rest after the fair
- Outdoor classroom canopy (£4,500) is too much for now – park it until the autumn
- @Priya to transfer the £600 to the school account this week

## Uniform swap

- Went really well, 85 items rehomed 👕
- Liv happy to keep running it once a term
- Leftover coats to go to the charity shop

## Anything else

- Kerry (by email): the Year 6 leavers' hoodie order closes on 30 April, so parents need reminding
- Sam wants to try a quiz night in the autumn – will bring ideas next time
- Dan asked about a PTA stall at the village carnival; nobody keen, so no

**Next meeting:** Tues 6 May, 7pm, school library. Finished at 8.40pm.
"""

# ------------------------------------------------------------------ text: Welsh community council

TXT_NAME = "llanfair-yn-y-cwm-planning-committee-2025-04-09.txt"

TXT = """CYNGOR CYMUNED LLANFAIR-YN-Y-CWM COMMUNITY COUNCIL
PWYLLGOR CYNLLUNIO / PLANNING COMMITTEE

Cofnodion / Minutes of the meeting of the Planning Committee held on
Wednesday 9 April 2025 at 6.30pm in Neuadd Goffa (Memorial Hall),
Llanfair-yn-y-Cwm.

Yn bresennol / Present:
      Cllr Rhodri Bevan (Cadeirydd / Chair)
      Cllr Eleri Watkins (Is-gadeirydd / Vice Chair)
      Cllr Gwyn Pritchard
      Cllr Helen Ashworth
      Cllr Iwan Lloyd

Hefyd yn bresennol / Also present:
      Mrs Sian Pugh (Clerc / Clerk)
      County Cllr Mark Jeffreys (Dyfnant County Council)
      2 members of the public

Ymddiheuriadau / Apologies:
      Cllr Nia Griffiths, Cllr Owen Davies


Min. 118   Declarations of interest
      Cllr Lloyd declared a personal interest in application (b) as a
      neighbour of the applicant and left the room for that application.

Min. 119   Minutes of the meeting held on 12 March 2025
      Approved and signed as a true record. Proposed Cllr Watkins,
      seconded Cllr Ashworth.

Min. 120   Matters arising
      Speed survey (Min. 109): the survey on Heol Newydd recorded 1,470
      vehicles, 38% of them over the limit. Highways have agreed to repaint
      the road markings at the school entrance but have given no date.
      Cllr Jeffreys agreed to ask Highways for a date for the work.

Min. 121   Planning applications

      (a) Ref:          25/0093/FUL
          Site:         Pen-y-Graig Farm, Cwm Road
          Proposal:     Conversion of stone barn to two holiday lets
          Observation:  No objection, provided the passing places on Cwm
                        Road are kept clear during the works.

      (b) Ref:          25/0107/HH
          Site:         3 Maes y Ffynnon
          Proposal:     Single-storey rear extension and 2 dormer windows
          Observation:  No objection.

      (c) Ref:          25/0119/OUT
          Site:         Land east of Heol Newydd
          Proposal:     Outline application for up to 34 dwellings, 20%
                        of them affordable
          Observation:  OBJECT. The site lies outside the settlement
                        boundary, the lane has no footway, and the village
                        school is already full. The Clerk to send the
                        objection to the planning authority by 23 April,
                        the closing date for comments.

Min. 122   Decisions notified by the planning authority
      25/0031/HH, Bryn Awel: approved.
      24/0877/FUL, Old Chapel, Stryd Fawr: refused.

Min. 123   Local Development Plan: candidate sites consultation
      The committee considered the draft candidate sites map. Members noted
      that 3 of the 5 sites put forward in the community lie outside the
      settlement boundary and that none includes a play area. It was
      resolved to respond to the consultation. Cllr Watkins and the Clerk
      will prepare a draft response for the full council meeting on 7 May.

Min. 124   Date of next meeting
      Wednesday 14 May 2025 at 6.30pm, Neuadd Goffa.

The meeting closed at 8.05pm.

Signed ........................ Cadeirydd / Chair
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / PDF_NAME).write_bytes(build_pdf(pdf_pages()))
    (OUT / DOCX_NAME).write_bytes(build_docx())
    (OUT / MD_NAME).write_bytes(MD.encode("utf-8"))
    (OUT / TXT_NAME).write_bytes(TXT.encode("utf-8"))


if __name__ == "__main__":
    main()
