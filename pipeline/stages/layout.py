"""Layout stage: what each line is (heading, label line, list item, table row, text).

Rules here are about the shape of lines, never about particular documents:
a leading item number, a label word followed by a colon, a bullet, a tab
between table cells, a heading style or font carried from the source.
The label vocabulary is data (models/patterns/labels.jsonl).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_dates
from ..normalise import fold
from ..patterns import vocabulary

# "1.", "1)", "01", "4a", "5.2", "Item 3", "135/19", "FGB 20/2021", "BM/24/101", "1.Confirmation"
_NUM = r"""(?P<number>
            (?-i:[A-Z]{1,5}[\s/]?)?\d{1,4}[a-z]?/\d{2,4}  # minute refs: 135/19, FGB 20/2021, 58a/1920, BM/24/101
          | \d{1,3}(?:\.\d{1,3})*[a-z]?(?![\d/])        # 1, 01, 4a, 5.2, 0.1
          | (?-i:[IVX]{2,5})(?=[.)]\s)                   # II. IV) (roman; "I." "V." read as letters)
          | [A-Za-z](?=[.)]\s|\s+[–—]\s+(?-i:[A-Z]))      # A. b) "C — Finance"
        )"""
# a word naming the number: "Item 3", "Agenda item 4", "Minute 12", "Min. 118", "Topic 2"
_PREFIX = r"(?P<prefix>item\s+|agenda\s+item\s+|minute\s+|min\.\s*|topic\s+)?"
NUMBER = re.compile(
    r"^" + _PREFIX + r"(?P<open>[(\[](?=\d{1,3}[)\]]\s))?" + _NUM + r"""
        (?(open)[)\]]\s+  # "(3) Finance", "[3] Finance": a number in brackets, then a space
        |(?P<sep>[.):]\s*|\s+[-–—]\s+|\s+|(?=(?-i:[A-Z]))))  # "1.Confirmation": a capital, case-sensitive
        (?P<title>\S.*)$""",
    re.X | re.I,
)
# a number standing alone: a table's number cell ("01", "1.", "FGB 20/2021"), or a line "1." / "Item 3"
NUMBER_ONLY = re.compile(r"^" + _PREFIX + _NUM + r"\s*[.):]?\s*$", re.X | re.I)
BULLET = re.compile(r"^(?:[-•*–·o▪]|\(?[a-hj-z]\)|\(?[ivx]{1,4}\))\s+(?=\S)")
LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '()/&.-]{0,45}?)\s*(?:[:;]|\s[-–]\s)\s*(?P<rest>.*)$")
# a label phrase with a comma in it, before a colon: "Sorry, couldn't come: A, B" (a hit only if the
# phrase is in the label vocabulary)
COMMA_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '’]{0,20},[A-Za-z '’]{1,30}?)\s*:\s*(?P<rest>.*)$")
# a label set off from its content by a wide gap instead of a colon: "PRESENT      A, B, C"
GAP_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '()/&.-]{0,45}?)\s{3,}(?P<rest>\S.*)$")
# a bullet mark before a label ("- ACTION: ...", "• Apologies: ..."); letters and numerals are not
# bullets here, "a) Apologies" is a numbered line
LABEL_BULLET = re.compile(r"^[-•*–·▪]\s+(?=[A-Za-z])")
# an action label carrying its reference before the colon: "Action 3:", "Action 4.2 (Dec):", "ACTION 12/3:"
ACTION_REF = re.compile(r"""^(?P<label>[A-Za-z][A-Za-z ]{1,20}?)\s+
        (?P<ref>\d{1,4}(?:[./]\d{1,4})*[a-z]?(?:\s*\([^()]{1,20}\))?)\s*:\s*(?P<rest>.*)$""", re.X)
# a clock time opening the line ("6pm", "7.30pm", "10 am", "18:30") is never an item number
CLOCK = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?|hrs?\b|o'?clock\b)|^\d{1,2}[:.]\d{2}\s*(?:-|–|to)\s*\d", re.I)
SENTENCE_END = re.compile(r"[.!?]['\")]?$")


@dataclass
class Block:
    """What one line of the source is, with offsets into the normalised text."""

    index: int  # index into source.lines
    kind: str  # blank | heading | label | list | row | text
    start: int
    end: int
    number: str | None = None
    title: str | None = None
    title_start: int | None = None
    label: str | None = None  # PRESENT, APOLOGIES, ACTION, DATE, ...
    rest_start: int | None = None  # where the content after a label starts
    cells: list[tuple[int, int]] | None = None
    level: int | None = None
    rules: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def label_table() -> dict[str, tuple[str, str]]:
    """Folded label phrase -> (label, rule id), from models/patterns/labels.jsonl."""
    return {fold(row["pattern"]): (row["label"], row["id"]) for row in vocabulary("labels")}


def lookup_label(text: str) -> tuple[str, str] | None:
    """The label a short phrase names, if any.

    >>> lookup_label("APOLOGIES FOR ABSENCE:")
    ('APOLOGIES', 'label.apologies-for-absence')
    >>> lookup_label("**Apologies for absence:** ;")
    ('APOLOGIES', 'label.apologies-for-absence')
    >>> lookup_label("Organisations in Attendance") is not None
    True
    >>> lookup_label("Persistent Offenders") is None
    True
    >>> lookup_label("Yn bresennol / Present:"), lookup_label("Ref / Site") is None
    (('PRESENT', 'label.present'), True)
    """
    key = text.strip().strip("*_")
    while (shorter := key.rstrip().rstrip(":;.*")) != key:  # trailing spaces and : ; . *
        key = shorter
    table = label_table()
    hit = table.get(fold(key))
    if hit is None and " / " in key:
        # a label given in two languages, "Yn bresennol / Present": one side names it
        sides = [side.strip() for side in key.split(" / ")]
        if not all(re.fullmatch(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}", side) for side in sides):
            return None  # each side a short phrase of words: "Signed .... Cadeirydd / Chair" is not a label
        hits = {table.get(fold(side)) for side in sides} - {None}
        if len({h[0] for h in hits}) == 1:
            hit = sorted(hits)[0]
    return hit


def classify(text: str, start: int, index: int, cells=None, heading_hint=None, bold=False) -> Block:
    """Classify one line.

    >>> classify("3. Persistent Offenders Presentation", 0, 0).number
    '3'
    >>> classify("BM/24/101  Welcome and apologies", 0, 0).number
    'BM/24/101'
    >>> b = classify("(2) Budget monitoring", 0, 0); (b.kind, b.number, b.title)
    ('heading', '2', 'Budget monitoring')
    >>> b = classify("C — Finance", 0, 0); (b.kind, b.number, b.title)
    ('heading', 'C', 'Finance')
    >>> b = classify("Apologies: HMP Isis, London Council", 0, 0)
    >>> (b.kind, b.label, b.rest_start)
    ('label', 'APOLOGIES', 11)
    >>> classify("- Regular updates to the RRB.", 0, 0).kind
    'list'
    """
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    s0, e0 = start + lead, start + lead + len(stripped)
    if not stripped:
        return Block(index, "blank", start, start)
    if cells:
        b = Block(index, "row", s0, e0, cells=cells, rules=["layout.table-row"])
        first = text[cells[0][0] - start:cells[0][1] - start]
        hit = lookup_label(first.split("\n")[0])
        if hit and len(cells) > 1:
            b.label, rule = hit
            b.rest_start = cells[1][0]
            b.rules.append(rule)
        m = NUMBER_ONLY.match(first.strip())
        if m and len(cells) > 1:
            b.number = m.group("number")
            b.rules.append("layout.numbered-row")
        return b
    hit = lookup_label(stripped)
    if hit:
        return Block(index, "label", s0, e0, label=hit[0], rest_start=e0, rules=[hit[1]],
                     level=heading_hint)
    b = _label_line(stripped, s0, e0, index)
    if b is not None:
        return b
    m = NUMBER_ONLY.match(stripped)
    if m and (m.group("prefix") or stripped[-1] in ".)"):
        # "1." or "Item 3" alone on its line: the title follows on the next line
        return Block(index, "text", s0, e0, number=m.group("number"), rules=["layout.number-only"],
                     level=heading_hint)
    m = NUMBER.match(stripped)
    if (m and not re.match(r"^\d+[\d,.]*\s*(%|per\b|£|€|\$)", stripped) and not _starts_with_date(stripped)
            and not CLOCK.match(stripped)):
        title = m.group("title").strip()
        # a title opening in lower case continues a sentence ("015/16 our share is ..."),
        # unless the source marks the line as a heading
        heading = _heading_like(title) and (title[:1].isupper() or not title[:1].isalpha()
                                            or bool(heading_hint) or bold)
        b = Block(index, "heading" if heading else "text", s0, e0,
                  number=m.group("number"), title=title, title_start=s0 + m.start("title"),
                  rules=["layout.numbered-line"], level=heading_hint)
        hit = lookup_label(title)
        if hit:
            b.label = hit[0]
            b.rules.append(hit[1])
            b.rest_start = e0
        return b
    if BULLET.match(stripped):
        return Block(index, "list", s0, e0, title_start=s0 + BULLET.match(stripped).end(),
                     rules=["layout.bullet"])
    if heading_hint or (bold and _heading_like(stripped)) or _heading_like(stripped, strict=True):
        return Block(index, "heading", s0, e0, title=stripped, title_start=s0, level=heading_hint,
                     rules=["layout.heading-style" if heading_hint else
                            "layout.bold-line" if bold else "layout.short-line"])
    return Block(index, "text", s0, e0)


def _label_line(stripped: str, s0: int, e0: int, index: int) -> Block | None:
    """A label with its content on the line ("Apologies: names"), a bullet before it or not.

    >>> b = _label_line("- ACTION: Jo to book the hall", 0, 29, 0)
    >>> (b.kind, b.label, b.rest_start, b.rules)
    ('label', 'ACTION', 10, ['layout.bulleted-label', 'label.action'])
    >>> b = _label_line("Action 4.2 (Dec): FG to write", 0, 29, 0)
    >>> (b.label, b.rest_start, b.rules)
    ('ACTION', 18, ['label.action', 'layout.action-reference'])
    >>> _label_line("- Regular updates to the RRB.", 0, 29, 0) is None
    True
    >>> b = _label_line("PRESENT     AB, CD", 0, 18, 0); (b.label, b.rest_start, b.rules)
    ('PRESENT', 12, ['label.present', 'layout.gap-label'])
    """
    rules = []
    bullet = LABEL_BULLET.match(stripped)
    off = bullet.end() if bullet else 0
    body = stripped[off:]
    if bullet:
        rules.append("layout.bulleted-label")
    for shape in (LABEL, GAP_LABEL, COMMA_LABEL):
        m = shape.match(body)
        if m:
            hit = lookup_label(m.group("label"))
            if hit:
                gap = ["layout.gap-label"] if shape is GAP_LABEL else []
                return Block(index, "label", s0, e0, label=hit[0], rest_start=s0 + off + m.start("rest"),
                             title_start=s0 + off if bullet else None, rules=rules + [hit[1]] + gap)
    m = ACTION_REF.match(body)
    if m:
        hit = lookup_label(m.group("label"))
        if hit and hit[0] == "ACTION":
            return Block(index, "label", s0, e0, label=hit[0], rest_start=s0 + off + m.start("rest"),
                         title_start=s0 + off if bullet else None,
                         rules=rules + [hit[1], "layout.action-reference"])
    return None


def _starts_with_date(text: str) -> bool:
    """A line that opens with a date ("26 November 2018") is not a numbered item.

    >>> _starts_with_date("26 November 2018"), _starts_with_date("2. Minutes of 2 May")
    (True, False)
    """
    found = find_dates(text[:40])
    return bool(found) and found[0].start == 0


def _heading_like(text: str, strict: bool = False) -> bool:
    """A title rather than a sentence: short, no closing full stop."""
    words = text.split()
    if not words or len(words) > (10 if strict else 25) or len(re.findall(r"[^\W\d_]", text)) < 2:
        return False  # too long, or not a word in it ("5272", "(a)")
    if re.search(r"(?:\\?_){3,}", text):
        return False  # a line to sign on: "Signed ________"
    if SENTENCE_END.search(text) and not text.endswith("?") or text.endswith((",", ";")):
        return False
    if strict:
        if re.match(r"^[^:]{1,40}:\s+\S", text):
            return False  # "Name: what they said" is a speaker's line, not a heading
        caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        return caps >= max(1, 0.6 * len(words)) and len(text) <= 80
    return True


@Language.factory("minutes_layout", assigns=["doc._.layout"], requires=["doc._.source"])
def make_layout(nlp: Language, name: str):
    return LayoutComponent()


class LayoutComponent:
    def __call__(self, doc: Doc) -> Doc:
        src = doc._.source
        text = doc._.source.text
        doc._.layout = [
            classify(text[ln.start:ln.end], ln.start, i, ln.cells, ln.heading, ln.bold)
            for i, ln in enumerate(src.lines)
        ]
        return doc
