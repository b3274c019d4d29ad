"""Agenda stage: the items of business, in order, with their spans.

Candidates come from the layout: numbered heading lines ("3. Finance"), a
number alone on its line with the title on the next ("1." / "Adoption of
Minutes"), numbered rows of an items table (number cell, title cell) and
unnumbered headings the source marks (heading style, bold, capitals).

Level 1: numbered candidates whose numbers run forward (1, 2, 3 ... or minute
references such as 135/19), in one numbering scheme (all "FGB 20/2021", or
all plain numbers). A number that goes backwards starts a list inside an item,
not a new item. Decimal or lettered numbers under an existing item ("5.2",
"4a" after "4") are level 2. Numbered rows of an action table are never items.
When a compact agenda list near the top is repeated by the body (same
numbers again), each item keeps the listed title and starts where the body
takes it up: one item per number.

Unnumbered headings between numbered items are level 1 when they look like
the numbered ones (same heading style, or a short line in capitals), else
level 2; in a document without numbered items the shallowest headings are
the items, and where no heading is marked, short lines in capitals standing
apart (a blank line before, not stacked in the title block, not a label with
a colon or a roll label over names) are. Lettered headings ("A. Roof
repair") in such a document, after a capitals line, are level 2 under it:
letters under capitals headings are sub-items, not the numbering.

Titles are the heading text without the number; a title wrapped over lines
is joined when the break is structural: the next line starts in lower case,
the line ends with a connecting word, or (after a blank line) a short
capitalised phrase follows a long title. Each item's span runs to the next
item of the same or higher level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..normalise import fold
from ..patterns import vocabulary
from .base import evidence
from .layout import Block, _heading_like, lookup_label

_MAJOR = re.compile(r"(\d+)")
_SENTENCE_END = re.compile(r"[.!;:]['\")]?$")
MAX_TITLE_WORDS = 16  # a numbered line longer than this, unless styled as a heading, is a paragraph


def major(number: str) -> tuple[int, ...]:
    """Sort key of an item number.

    >>> major("4a"), major("5.2"), major("FGB 20/2021"), major("01")
    ((4,), (5, 2), (20,), (1,))
    """
    head = number.split("/")[0]
    return tuple(int(n) for n in _MAJOR.findall(head)) or (0,)


def item_key(number: str) -> tuple:
    """Order of an item number, a letter suffix after its digits.

    >>> item_key("4a") > item_key("4"), item_key("4b") > item_key("4a"), item_key("10") > item_key("9")
    (True, True, True)
    """
    head = number.split("/")[0]
    m = re.search(r"\d([a-z])\s*$", head, re.I)
    return major(number) + ((ord(m.group(1).lower()) - 96,) if m else (0,))


def scheme(number: str) -> tuple[str, bool]:
    """The numbering scheme: letter prefix and whether it is a minute reference.

    >>> scheme("FGB 20/2021"), scheme("20/2021"), scheme("4a"), scheme("5.2"), scheme("IV")
    (('FGB', True), ('', True), ('', False), ('', False), ('', False))
    """
    prefix = re.match(r"^[A-Za-z]{2,}(?=\s*\d)", number.strip())
    return (prefix.group(0).upper() if prefix else ""), "/" in number


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman(number: str) -> int | None:
    """The value of a roman item number in capitals, else None.

    >>> roman("IV"), roman("IX"), roman("III"), roman("B"), roman("4")
    (4, 9, 3, None, None)
    """
    if not re.fullmatch(r"[IVX]{1,5}", number):
        return None
    vals = [_ROMAN[ch] for ch in number]
    return sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))


def _same_number(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a).upper().lstrip("0") == re.sub(r"\s+", "", b).upper().lstrip("0")


@lru_cache(maxsize=1)
def connectors() -> dict[str, str]:
    """Folded word -> rule id: words after which a wrapped title goes on."""
    return {fold(r["pattern"]): r["id"] for r in vocabulary("agenda") if r["label"] == "CONNECTOR"}


@lru_cache(maxsize=1)
def item_columns() -> dict[str, str]:
    """Folded column header -> rule id: the column of a table that names each item of business."""
    return {fold(r["pattern"]): r["id"] for r in vocabulary("agenda") if r["label"] == "ITEM_COLUMN"}


@lru_cache(maxsize=1)
def _outcomes() -> tuple[dict[str, str], frozenset]:
    rows = vocabulary("agenda")
    return ({fold(r["pattern"]): r["id"] for r in rows if r["label"] == "OUTCOME"},
            frozenset(fold(r["pattern"]) for r in rows if r["label"] == "OUTCOME_WORD"))


def outcome_line(text: str) -> str | None:
    """Rule id when a line only records a decision's outcome (and its vote), else None.

    >>> outcome_line("CARRIED 7/0"), outcome_line("Motion lost (3 for, 4 against)"), outcome_line("CARRIED UNANIMOUSLY")
    ('agenda.outcome.carried', 'agenda.outcome.lost', 'agenda.outcome.carried')
    >>> outcome_line("Agreed actions"), outcome_line("Approved premises"), outcome_line("Financial report") is None
    (None, None, True)
    """
    outcomes, extra = _outcomes()
    words = re.findall(r"[^\W\d_]+", text)
    hits = [outcomes[fold(w)] for w in words if fold(w) in outcomes]
    if not hits or not all(fold(w) in outcomes or fold(w) in extra for w in words):
        return None
    return hits[0]


def _last_word(text: str) -> str:
    words = re.findall(r"[\w']+", text)
    return fold(words[-1]) if words else ""


def _continues(prev: str, line: str) -> str | None:
    """Rule id if ``line`` carries on the title ending ``prev``, else None.

    >>> _continues("Update from Inspector Dermot O'Connor in relation", "to Control of Horses")
    'agenda.title-continues-lower'
    >>> _continues("Senior Analyst on", "Crime Figures and Trends")
    'agenda.connector.on'
    >>> _continues("Minutes of the last meeting", "The minutes were agreed.") is None
    True
    """
    if _SENTENCE_END.search(prev.strip()) or not line.strip():
        return None
    if line.strip()[:1].islower():
        return "agenda.title-continues-lower"
    if prev.rstrip().endswith((",", "–", "-", "&")):
        return "agenda.title-continues-punct"
    return connectors().get(_last_word(prev))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[:1].isupper())
    return bool(words) and caps >= 0.6 * len(words)


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@dataclass
class Candidate:
    number: str | None
    title: str
    ts: int
    te: int
    start: int
    index: int  # block index where the candidate starts
    last: int  # block index of its last title line
    rules: list[str]
    hint: int | None = None
    bold: bool = False
    weak: bool = False  # a numbered row whose title is not a heading: an anchor only
    bare: bool = True  # the line holds the number and title and nothing else (an agenda list's entry)
    moved: bool = False
    alone: bool = False  # a blank line (or the start of the text) before it, no capitals line after
    top: bool = False  # in the document's first paragraph: its title block
    from_label: bool = False  # a label standing as a whole line ("NEXT MEETING")
    extra: list = field(default_factory=list)


@Language.factory("minutes_agenda", assigns=["doc._.agenda_items"], requires=["doc._.layout"])
def make_agenda(nlp: Language, name: str):
    return AgendaComponent()


class AgendaComponent:
    def __call__(self, doc: Doc) -> Doc:
        blocks: list[Block] = doc._.layout
        cands = self._candidates(doc, blocks)
        numbered = [c for c in cands if c.number is not None]
        plain = [c for c in cands if c.number is None]
        lettered = self._letters_under_capitals(numbered, plain)
        if lettered:
            numbered = [c for c in numbered if c not in lettered]
        items = self._numbered(numbered)
        table_items = self._item_column(doc, blocks) if not items else []
        items += table_items or self._unnumbered(plain, items, blocks)
        if lettered:
            items += self._under_headings(lettered, items)
        items.sort(key=lambda it: it[0].start)
        out = []
        for c, level in items:
            ev = [evidence(doc, c.ts, c.te, c.rules)] + c.extra
            out.append({"number": c.number, "title": c.title, "level": level, "start": c.start,
                        "evidence": ev})
        # spans: an item runs to the start of the next item of the same or higher level
        for k, it in enumerate(out):
            nxt = next((o["start"] for o in out[k + 1:] if o["level"] <= it["level"]), len(doc._.source.text))
            it["span"] = [it["start"], nxt]
        doc._.agenda_items = out
        return doc

    # -- candidates ---------------------------------------------------------------------------

    def _candidates(self, doc: Doc, blocks: list[Block]) -> list[Candidate]:
        text = doc._.source.text
        lines = doc._.source.lines
        out: list[Candidate] = []
        action_scheme: tuple | None = None
        in_action_table = False
        skip_to = -1
        # the first paragraph (up to the first blank line after some text) is the title block
        first_gap = next((k for k, b in enumerate(blocks) if b.kind == "blank"
                          and any(x.kind != "blank" for x in blocks[:k])), len(blocks))
        for i, b in enumerate(blocks):
            if i <= skip_to:
                continue
            if b.label == "ACTION" and b.kind in ("label", "heading"):
                in_action_table = self._opens_action_table(doc, blocks, i)
                action_scheme = None
                if b.number is None or b.title is None or b.cells is not None:
                    continue  # a numbered heading "3. Action log" is still an item of business
            if b.kind in ("heading", "label") and b.label != "ACTION":
                in_action_table = False
            if in_action_table and b.kind == "row":
                if b.number is None and action_scheme is not None and self._header_row(doc, b):
                    # the header of the next table
                    in_action_table = False
                elif b.number is not None:
                    if action_scheme is None:
                        action_scheme = scheme(b.number)
                    if scheme(b.number) == action_scheme:
                        continue
                    in_action_table = False
            hint, bold = lines[i].heading, bool(lines[i].bold)
            if b.kind == "row" and b.number is not None and b.cells and len(b.cells) >= 2:
                c = self._row(doc, b, hint)
                if c:
                    out.append(c)
            elif b.number is not None and b.title is not None and b.cells is None:
                c = self._numbered_line(doc, blocks, i, b.title, b.title_start, b.number, b.rules, hint, bold)
                if c:
                    out.append(c)
                    skip_to = c.last
            elif b.number is not None and b.title is None and b.cells is None:
                j = self._next_nonblank(blocks, i, limit=1)
                if j is not None and blocks[j].number is None and blocks[j].cells is None \
                        and blocks[j].kind in ("heading", "text") and blocks[j].label is None:
                    t = blocks[j]
                    c = self._numbered_line(doc, blocks, j, text[t.start:t.end], t.start, b.number,
                                            b.rules + ["agenda.number-then-title"], hint or lines[j].heading,
                                            bold or bool(lines[j].bold))
                    if c:
                        c.start, c.index = b.start, i
                        out.append(c)
                        skip_to = c.last
            elif b.kind == "heading" and b.number is None and b.title and b.label is None:
                styled = bool(hint) or bold
                if _heading_like(b.title) and len(b.title.split()) <= 12 and (b.title[:1].isupper() or hint) \
                        and (styled or "," not in b.title):  # "John Smith, Jane Doe" is a list, not a heading
                    title = b.title.strip().strip("*_#").strip()
                    if outcome_line(title):
                        continue  # "CARRIED 7/0": a decision's outcome, not an item
                    out.append(Candidate(None, title.rstrip(":").strip(), b.start, b.end, b.start, i, i,
                                         b.rules + ["agenda.unnumbered-heading"], hint, bold,
                                         alone=self._alone(doc, blocks, i), top=i < first_gap))
            elif b.kind == "label" and b.rest_start == b.end and ":" not in text[b.start:b.end] \
                    and (_all_caps(text[b.start:b.end]) or hint) and self._heads_business(blocks, i):
                # "NEXT MEETING" alone on its line, in capitals, or a heading-styled "Next meeting"
                # ("## Next meeting"): an item heading that names a label; capitals ones are used only
                # where capitals lines are the items, styled ones where headings of that style are
                title = text[b.start:b.end].strip()
                out.append(Candidate(None, title, b.start, b.end, b.start, i, i,
                                     b.rules + ["agenda.unnumbered-heading"], hint, bold,
                                     alone=self._alone(doc, blocks, i), top=i < first_gap, from_label=True))
        return out

    # labels that head a roll of names ("PRESENT" over the names): not an item of business
    ROLL_LABELS = ("PRESENT", "ABSENT")

    def _heads_business(self, blocks, i) -> bool:
        """A whole-line label in capitals heads an item unless it heads a roll of names directly;
        over further labels ("Members present:", "Staff present:") it is the roll's item."""
        if blocks[i].label not in self.ROLL_LABELS:
            return True
        j = self._next_nonblank(blocks, i, limit=1)
        return j is not None and blocks[j].kind == "label"

    @staticmethod
    def _alone(doc, blocks, i) -> bool:
        """A line standing apart: the text starts or a blank line comes before it, and the next
        line is not another line in capitals (stacked capitals lines are a title block)."""
        if i > 0 and blocks[i - 1].kind != "blank":
            return False
        j = i + 1
        if j < len(blocks) and blocks[j].kind != "blank":
            nxt = doc._.source.text[blocks[j].start:blocks[j].end]
            if _all_caps(nxt):
                return False
        return True

    @staticmethod
    def _next_nonblank(blocks, i, limit=1):
        j, blanks = i + 1, 0
        while j < len(blocks) and blocks[j].kind == "blank":
            blanks += 1
            j += 1
        return j if j < len(blocks) and blanks <= limit else None

    def _numbered_line(self, doc, blocks, i, title, ts, number, rules, hint, bold) -> Candidate | None:
        """A numbered heading line, its title joined over wrapped lines; None for a paragraph."""
        text = doc._.source.text
        title = title.strip()
        styled = bool(hint) or bold
        if not _heading_like(title) or not (title[:1].isupper() or not title[:1].isalpha() or styled):
            return None
        if len(title.split()) > MAX_TITLE_WORDS and not styled:
            return None  # a numbered paragraph, not a heading
        lines = doc._.source.lines
        style = (lines[i].heading, bool(lines[i].bold))
        parts, te, last, rules = [title], ts + len(title), i, list(rules)
        j = i + 1
        while j < len(blocks) and len(parts) < 4:
            blanks = 0
            while j < len(blocks) and blocks[j].kind == "blank":
                blanks += 1
                j += 1
            if j >= len(blocks) or blanks > 1:
                break
            nb = blocks[j]
            if nb.cells or nb.number is not None or nb.label or nb.kind == "list":
                break
            if (lines[j].heading, bool(lines[j].bold)) != style or parts[-1].endswith("?"):
                break  # a title goes on in its own style
            line = text[nb.start:nb.end].strip().strip("*_").strip()
            if not re.search(r"[^\W\d_]{3}", line):
                break  # "th", "st": a superscript left on its own line
            rule = _continues(" ".join(parts), line)
            if rule is None and blanks and len(parts) == 1 and len(title.split()) >= 5 \
                    and lookup_label(title) is None:
                para = self._paragraph(doc, blocks, j)
                if para and _title_case(para[0]) and len(para[0].split()) <= MAX_TITLE_WORDS:
                    parts.append(para[0])
                    te, last = para[1], para[2]
                    rules.append("agenda.title-wrapped-paragraph")
                break
            if rule is None:
                break
            parts.append(line)
            te, last = nb.end, j
            rules.append(rule)
            j += 1
            if _SENTENCE_END.search(line):
                break
        joined = " ".join(parts)
        if _SENTENCE_END.search(joined) and not joined.endswith(":") and not styled:
            return None  # a numbered paragraph: "2.1 The minutes were ... accepted."
        if len(joined.split()) > 2 * MAX_TITLE_WORDS and not styled:
            return None
        if len(parts) == 1 and not styled and (connectors().get(_last_word(joined)) or joined.endswith(",")):
            return None  # a sentence cut by the line end, not a title
        joined = self._tidy(joined)
        return Candidate(number, joined, ts, te, blocks[i].start, i, last,
                         rules + ["agenda.numbered-heading"], hint, bold)

    def _paragraph(self, doc, blocks, j):
        """The short paragraph starting at block j, if it reads as a title's tail (no full stop)."""
        text = doc._.source.text
        parts, end, last = [], None, j
        while j < len(blocks) and blocks[j].kind != "blank" and len(parts) < 3:
            b = blocks[j]
            if b.cells or b.number is not None or b.label or b.kind == "list":
                return None
            parts.append(text[b.start:b.end].strip())
            end, last = b.end, j
            j += 1
        if not parts or len(parts) > 2 or re.search(r"[.:;,!]$", parts[-1]):
            return None
        return " ".join(parts), end, last

    def _row(self, doc, b: Block, hint) -> Candidate | None:
        """A numbered row: the number cell, then the first non-empty cell holds the title."""
        text = doc._.source.text
        cell = next(((s, e) for s, e in b.cells[1:] if text[s:e].strip()), None)
        if cell is None:
            return None
        s, e = cell
        lines = text[s:e].split("\n")
        first = lines[0].strip()
        ts = s + text[s:e].index(first) if first else s
        parts, rules = [first], list(b.rules)
        for line in lines[1:]:
            rule = _continues(" ".join(parts), line.strip())
            if rule is None:
                break
            parts.append(line.strip())
            rules.append(rule)
        title = " ".join(parts)
        te = ts + len("\n".join(lines[:len(parts)]).strip())
        rest = [text[cs:ce].strip() for cs, ce in b.cells[1:] if (cs, ce) != cell]
        bare = len(lines) == len(parts) and not any(rest)
        weak = not (_heading_like(title) and len(title.split()) <= MAX_TITLE_WORDS
                    and (title[:1].isupper() or not title[:1].isalpha()))
        return Candidate(b.number, self._tidy(title), ts, te, b.start, b.index, b.index,
                         rules + ["agenda.numbered-row"], hint, weak=weak, bare=bare)

    @staticmethod
    def _tidy(title: str) -> str:
        """Drop emphasis marks and a closing colon; keep only the label of "Apologies; names"."""
        title = re.sub(r"\*\*\s*\*\*", " ", title)
        title = re.sub(r"\s+", " ", title.replace("**", "").replace("__", "")).strip()
        title = re.sub(r"\b(\d{1,2}) (st|nd|rd|th)\b", r"\1\2", title)  # "2 nd May": a superscript set apart
        m = re.match(r"^([^;:]{2,40})[;:]\s+\S", title)
        if m and lookup_label(m.group(1)):
            title = m.group(1)
        return title.rstrip(":").strip()

    def _opens_action_table(self, doc, blocks, i) -> bool:
        """Does an ACTION label open a table of actions? Not when the numbered rows after it carry
        an item's title and its discussion (a multi-line cell): then it heads a column of an
        items table."""
        text = doc._.source.text
        rows = []
        for k in range(i + 1, min(i + 30, len(blocks))):
            b = blocks[k]
            if b.kind in ("heading", "label") and b.number is None:
                break
            if b.kind == "row" and b.number is not None and b.cells and len(b.cells) >= 2:
                cell = next((text[s:e] for s, e in b.cells[1:] if text[s:e].strip()), "").strip()
                after = self._next_nonblank(blocks, k, limit=1)
                discussed = "\n" in cell or (after is not None and blocks[after].kind == "text")
                rows.append(discussed and _heading_like(cell.split("\n")[0]) and len(b.cells) == 2)
            if len(rows) >= 5:
                break
        return not rows or sum(rows) < 0.5 * len(rows)

    @staticmethod
    def _header_row(doc, b: Block) -> bool:
        """A table's header row: every cell a short word or two, no digits."""
        cells = [doc._.source.text[s:e].strip() for s, e in b.cells]
        cells = [c for c in cells if c]
        return len(cells) >= 2 and all(len(c.split()) <= 3 and not re.search(r"\d", c) for c in cells)

    def _item_column(self, doc, blocks: list[Block]) -> list[tuple[Candidate, int]]:
        """A table whose header names an item column ("Time | Item | Who | Notes"): each row
        below, in the same table, is an item of business titled by its cell in that column."""
        text, lines = doc._.source.text, doc._.source.lines
        out: list[tuple[Candidate, int]] = []
        for hi, hb in enumerate(blocks):
            if hb.kind != "row" or not hb.cells or len(hb.cells) < 2 or not self._header_row(doc, hb):
                continue
            header = [fold(text[cs:ce].strip().rstrip(":")) for cs, ce in hb.cells]
            col = next((k for k, h in enumerate(header) if h in item_columns()), None)
            if col is None:
                continue
            rule = item_columns()[header[col]]
            for k in range(hi + 1, len(blocks)):
                b = blocks[k]
                if lines[k].table is not None and lines[k].table != lines[hi].table \
                        or b.cells is None and b.kind in ("heading", "label"):
                    break  # another table, or the next section
                if b.kind != "row" or not b.cells or len(b.cells) != len(hb.cells):
                    continue  # a stray line inside the table (an empty cell, a list mark)
                s, e = b.cells[col]
                title = text[s:e].strip().split("\n")[0].strip()
                if not title or not _heading_like(title) or len(title.split()) > MAX_TITLE_WORDS:
                    continue
                ts = s + text[s:e].index(title)
                c = Candidate(b.number, self._tidy(title), ts, ts + len(title), b.start, k, k,
                              list(b.rules) + [rule, "agenda.item-column", "agenda.unnumbered-level-1"])
                out.append((c, 1))
            if out:
                return out
        return out

    # -- numbering ----------------------------------------------------------------------------

    def _numbered(self, cands: list[Candidate]) -> list[tuple[Candidate, int]]:
        items: list[tuple[Candidate, int]] = []
        # the document's numbering scheme is the one most of its numbered headings use
        counts: dict[tuple, int] = {}
        for c in cands:
            if not c.weak:
                counts[scheme(c.number)] = counts.get(scheme(c.number), 0) + 1
        the_scheme = max(counts, key=lambda k: counts[k]) if counts else None  # ties: the first seen
        # roman numbering (II, III, IV ...): numerals count by value, other letters are sub-items
        romans = any(re.fullmatch(r"[IVX]{2,5}", c.number) for c in cands if not c.weak)
        last = None
        for c in cands:
            if scheme(c.number) != the_scheme:
                continue
            key = item_key(c.number)
            if romans and re.fullmatch(r"[A-Za-z]", c.number) and roman(c.number) is None:
                if any(lv == 1 for _, lv in items):  # "A. Fence permit" under "IV. NEW BUSINESS"
                    c.rules = c.rules + ["agenda.letter-under-roman"]
                    items.append((c, 2))
                continue
            if romans and roman(c.number) is not None:
                key = (roman(c.number), 0)
                c.rules = c.rules + ["agenda.roman-number"]
            k = next((n for n, (it, lv) in enumerate(items) if lv == 1 and _same_number(it.number, c.number)), None)
            if k is not None and not items[k][0].moved and self._in_listing(items, k):
                # the body takes up an item of the agenda list: one item, listed title, body position
                it = items[k][0]
                it.start, it.moved = c.start, True
                it.rules = it.rules + ["agenda.listed-item-taken-up"]
                continue
            if c.weak:
                continue
            level = 1
            if len(key) > 2 and any(lv == 1 and major(it.number)[:1] == key[:1] for it, lv in items):
                level = 2  # 5.2 under item 5
            elif key[-1] and any(lv == 1 and major(it.number) == major(c.number) and it.number != c.number
                                 for it, lv in items):
                level = 2  # 4a under item 4
            elif last is not None and key < last:
                continue  # numbering went backwards: a list inside an item
            elif last is not None and key == last and k is not None and \
                    fold(items[k][0].title)[:20] == fold(c.title)[:20]:
                continue  # the same item again: a repeated heading
            if level == 1:
                last = key
            items.append((c, level))
        return items

    @staticmethod
    def _capitals(cands: list[Candidate]) -> list[Candidate]:
        """Short lines in capitals standing apart, after the title block."""
        return [c for c in cands if not c.top and c.alone and not (c.hint or c.bold)
                and _all_caps(c.title) and len(c.title.split()) <= 8]

    def _letters_under_capitals(self, numbered: list[Candidate], plain: list[Candidate]) -> list[Candidate]:
        """Lettered headings ("A. Playground contract") in a document whose other headings are
        unnumbered lines in capitals (two or more), one before the first letter: sub-items of those
        headings, not the document's numbering."""
        strong = [c for c in numbered if not c.weak]
        if not strong or not all(re.fullmatch(r"[A-Za-z]", c.number) for c in strong):
            return []
        caps = self._capitals(plain)
        first = min(c.start for c in strong)
        if len(caps) < 2 or not any(c.start < first for c in caps):
            return []
        return strong

    @staticmethod
    def _under_headings(lettered: list[Candidate], items) -> list[tuple[Candidate, int]]:
        """Lettered sub-items at level 2 under the level-1 heading before them."""
        tops = [c.start for c, lv in items if lv == 1]
        out = []
        for c in lettered:
            if any(t < c.start for t in tops):
                c.rules = c.rules + ["agenda.letter-under-capitals"]
                out.append((c, 2))
        return out

    @staticmethod
    def _in_listing(items, k) -> bool:
        """Is item k one of a compact agenda list: items on consecutive lines?"""
        def close(a, b):
            return a.bare and b.bare and 0 < b.index - a.last <= 2
        prev_ok = k > 0 and items[k - 1][1] == 1 and close(items[k - 1][0], items[k][0])
        next_ok = k + 1 < len(items) and items[k + 1][1] == 1 and close(items[k][0], items[k + 1][0])
        return prev_ok or next_ok

    def _unnumbered(self, cands: list[Candidate], numbered, blocks) -> list[tuple[Candidate, int]]:
        top = [c for c, lv in numbered if lv == 1]
        out = []
        if top:
            first = min(c.start for c in top)
            final = max(c.start for c in top)
            hints = [c.hint for c in top if c.hint]
            styled = sum(1 for c in top if c.bold) * 2 >= len(top)
            for c in cands:
                if c.start < first or c.from_label:
                    continue
                if c.start > final:
                    level = 2
                elif hints and c.hint and c.hint <= min(hints):
                    level = 1
                elif _all_caps(c.title) and len(c.title.split()) <= 6 and c.bold == styled \
                        and not (hints and not c.hint):
                    level = 1
                else:
                    level = 2
                c.rules = c.rules + ([f"agenda.unnumbered-level-{level}"])
                out.append((c, level))
            return out
        # no numbered items: the shallowest marked headings after the document's title are the items
        body = next((k for k, b in enumerate(blocks) if b.kind not in ("heading", "blank")), len(blocks))
        marked = [c for c in cands if c.index > body and (c.hint or c.bold) and not (c.from_label and not c.hint)]
        if len(marked) < 2:
            # nor marked headings: short lines in capitals standing apart are the items
            caps = self._capitals(cands)
            if len(caps) < 2:
                return []
            for c in caps:
                c.rules = c.rules + ["agenda.capitals-line", "agenda.unnumbered-level-1"]
                out.append((c, 1))
            return out
        depth = {c.index: (c.hint or 9) for c in marked}
        top_depth = min([depth[c.index] for c in marked if not c.from_label] or depth.values())
        for c in marked:
            if c.from_label and depth[c.index] != top_depth:
                continue  # a styled label line under the items ("### Apologies"): part of its item
            level = 1 if depth[c.index] == top_depth else 2
            c.rules = c.rules + [f"agenda.unnumbered-level-{level}"]
            out.append((c, level))
        return out
