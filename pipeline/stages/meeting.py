"""Meeting stage: title, body, date, start and end time, location, next meeting.

Reads labelled header lines ("Date:", "Time:", "Location:" or a header
table), the document's title line, "commenced at"/"closed at" sentences and
the "next meeting" line. Falls back to front matter, then the file name.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates
from ..normalise import fold, keyword_view, lacks
from ..patterns import vocabulary
from .base import evidence, strip_span
from .layout import Block, lookup_label

HEADER_LINES = 40
_TITLE_PREFIX = re.compile(
    r"^(?:(?:draft|approved|confirmed|unconfirmed)\s+)?(?:note|notes|minutes|record)\s+of\s+(?:the\s+)?"
    r"(?:proceedings\s+at\s+(?:the\s+)?)?(?:(?:a|an|the)\s+)?(?:(?:ordinary|special|extraordinary|annual|monthly|quarterly|open|public)\s+)*"
    r"(?:meeting|mtg)?(?:\s*(?:of|:)\s*(?:the\s+)?)?|^(?:meeting|minutes)\s*:\s*", re.I)
_HELD = re.compile(r"\s+(?:held|on|at)\s+.*$", re.I)
_ABBREVIATIONS = {"ave", "blvd", "bldg", "cres", "ctr", "hwy", "rd", "st", "sq", "no", "nos", "mt", "ft", "pde", "pl", "tce"}
_SMALL = {"of", "and", "for", "the", "in", "on", "at", "to", "a", "an", "&"}
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_NEXT_LABEL = re.compile(
    r"(?:^|\n|\t|(?<=[.!?] ))[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+|(?-i:[IVX]{1,5}|[A-Z])(?:[.)]|[ \t]+[-–—])[ \t]+|(?:[A-Z]{1,4}\s?/?)?\d{1,4}[a-z]?(?:/\d{1,4}){1,2}\s+)?(?:(?:date|time|details|venue)(?:\s*(?:and|&|,)\s*(?:date|time|venue))*\s+"
    r"(?:of|for)\s+(?:the\s+)?)?next\s+(?:[A-Za-z]+\s+){0,2}?meeting\b(?:\s+date)?(?:\s*[:\-–]\s*|[ \t]*(?:[&,][^\n]{0,40})?\n|\s*\t|\s+(?=\w))",
    re.I)
_NEXT_SENTENCE = re.compile(
    r"\bnext\s+(?:(?:[A-Za-z]+\s+)?meeting|(?-i:AGM|EGM))\s+(?:will|is|shall|would)\s+(?:to\s+)?be\s+(?:held\s+)?(?:on\s+)?", re.I)
_HELD_ON = re.compile(r"\bmeeting\b[^.\n]{0,60}?\b(?:will|would|is\s+to|shall)\s+be\s+held\s+on\s+", re.I)
# "adjourned the meeting at 8:52 p.m. to the next regular meeting on Tuesday, March 25, ..."
_ADJOURNED_TO = re.compile(r"\badjourned\b(?:[^.\n]|\.(?=m\.)|(?<=\.m)\.){0,80}?\bto\s+the\s+next\s+(?:[A-Za-z]+\s+){0,2}?meeting\s+(?:on\s+)?", re.I)
_START_VERBS = ("commenced", "started", "began", "opened", "convened")
_END_VERBS = ("closed", "ended", "finished", "concluded", "terminated", "adjourned")
_LOC_HELD = re.compile(r"\bheld (?:in|at)\s+(?P<loc>.+?)(?:,?\s+on\s+|\s*$)", re.I)


def _opened_late(scheduled: str, opened: str) -> bool:
    """An opening time recorded in the minutes that is the called time or up to an hour after it.

    >>> _opened_late("18:00", "18:02"), _opened_late("18:00", "17:55"), _opened_late("10:00", "14:00")
    (True, False, False)
    """
    h1, m1 = map(int, scheduled.split(":"))
    h2, m2 = map(int, opened.split(":"))
    return 0 <= (h2 * 60 + m2) - (h1 * 60 + m1) <= 60


def first_sentence(text: str) -> str:
    """Text up to the end of its first sentence; a full stop after a short abbreviation or an
    initial ("St.", "Rd.", "J.") does not end it.

    >>> first_sentence("at 10:00 in the Board Room, 1 Dock Road. The meeting ended at 12:35.")
    'at 10:00 in the Board Room, 1 Dock Road.'
    >>> first_sentence("at St. Mary's Hall, Mill Rd. North")
    "at St. Mary's Hall, Mill Rd. North"
    """
    for m in re.finditer(r"\.\s+(?=[A-Z])", text):
        word = re.search(r"(\w+)$", text[:m.start()])
        if word and (len(word.group(1)) <= 2 or word.group(1).lower() in _ABBREVIATIONS):
            continue
        return text[:m.start() + 1]
    return text


def title_case(text: str) -> str:
    """Tidy capitals-only shouting, keep anything else as written.

    >>> title_case("REDUCING REOFFENDING BOARD")
    'Reducing Reoffending Board'
    >>> title_case("MUNICIPAL DISTRICT OF CAPPAMORE-KILMALLOCK")
    'Municipal District of Cappamore-Kilmallock'
    >>> title_case("North of Tyne LPC Committee")
    'North of Tyne LPC Committee'
    """
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    words = []
    for i, w in enumerate(text.lower().split()):
        words.append(w if i and w in _SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def body_from_title(title: str) -> str:
    """The body that met, from the title line.

    >>> body_from_title("Note of meeting: REDUCING REOFFENDING BOARD")
    'Reducing Reoffending Board'
    >>> body_from_title("MINUTES OF PROCEEDINGS AT MEETING OF JOINT POLICING COMMITTEE HELD IN THE EXHIBITION AREA")
    'Joint Policing Committee'
    >>> body_from_title("Minutes of Trustees of The Friends of Halesworth County Library")
    'Trustees of The Friends of Halesworth County Library'
    >>> body_from_title("Publishing Working Group Telco — Minutes")
    'Publishing Working Group'
    >>> body_from_title("Harbour Board meeting in public – minutes"), body_from_title("Town Council Regular Meeting Minutes")
    ('Harbour Board', 'Town Council')
    """
    body = _TITLE_PREFIX.sub("", title.strip()).strip()
    body = _HELD.sub("", body) if re.search(r"\bheld\b", body, re.I) else body
    body = re.split(r"\s+[-–—|]\s+", body)[0]
    for _ in range(2):  # "Regular Meeting Minutes", "meeting in public"
        body = re.sub(r"\s+(?:(?:regular|ordinary|special|extraordinary|monthly|quarterly)\s+)?"
                      r"(?:telco|teleconference|call|meeting|minutes)(?:\s+(?:held\s+)?in\s+(?:public|private))?$",
                      "", body, flags=re.I).strip(" :-")
    return title_case(body) or title_case(title)


@Language.factory("minutes_meeting", assigns=["doc._.meeting"], requires=["doc._.layout"])
def make_meeting(nlp: Language, name: str):
    return MeetingComponent()


class MeetingComponent:
    def __init__(self) -> None:
        rows = vocabulary("meeting")
        self.title_words = [(fold(r["pattern"]), r["id"]) for r in rows if r["label"] == "TITLE_WORD"]
        # "opened at 7pm", or a clock time straight after the verb: "Opened 11:00 / Closed 12:40"
        self.start_re = re.compile(rf"\b(?:{'|'.join(_START_VERBS)})(?:\s+at\b\s*|\s+(?=[0-2]?\d[.:][0-5]\d\b))", re.I)
        self.end_re = re.compile(rf"\b(?:{'|'.join(_END_VERBS)})"
                                 r"(?:\s+the\s+(?:meeting|proceedings|session))?(?:\s+at\b\s*|\s+(?=[0-2]?\d[.:][0-5]\d\b))",
                                 re.I)
        self.place_words = [fold(r["pattern"]) for r in rows if r["label"] == "PLACE_WORD"]
        self.mail_fields = frozenset(fold(r["pattern"]) for r in rows if r["label"] == "MAIL_HEADER")
        self._top = 0
        self.body_nouns = frozenset(fold(r["pattern"]) for r in rows if r["label"] == "BODY_NOUN")
        self.meeting_nouns = frozenset(fold(r["pattern"]) for r in rows if r["label"] == "MEETING_NOUN")
        self.remote_words = [fold(r["pattern"]) for r in rows if r["label"] == "REMOTE_WORD"]
        self.generic_body = frozenset(fold(r["pattern"]) for r in rows if r["label"] == "GENERIC_BODY")
        phrases = [(r["pattern"].split(), r["id"]) for r in rows if r["label"] == "START_PHRASE"]
        self.start_phrases = [(re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b\s*", re.I), rid)
                              for words, rid in phrases]
        # the words each whole-text pattern cannot match without (all of the first, one of the second),
        # for lacks(): lower-case ASCII only, so a phrase with other letters is always scanned
        self.needs = {self.start_re: ((), _START_VERBS), self.end_re: ((), _END_VERBS),
                      _NEXT_LABEL: (("next", "meeting"), ()), _NEXT_SENTENCE: (("next", "be"), ("meeting", "agm", "egm")),
                      _HELD_ON: (("meeting", "be", "held", "on"), ()),
                      _ADJOURNED_TO: (("adjourned", "to", "next", "meeting"), ())}
        self._viewed: str | None = None
        self._view: str | None = None
        for (pattern, _), (words, _) in zip(self.start_phrases, phrases):
            if all(w.isascii() for w in words):
                self.needs[pattern] = (tuple(w.lower() for w in words), ())

    def _scan(self, pattern: re.Pattern, text: str):
        """``pattern.finditer(text)``, skipped when the text lacks a word the pattern needs."""
        if self._viewed is not text:  # the keyword view of the text last scanned, made once
            self._viewed, self._view = text, keyword_view(text)
        if pattern in self.needs and lacks(self._view, *self.needs[pattern]):
            return iter(())
        return pattern.finditer(text)

    def __call__(self, doc: Doc) -> Doc:
        src = doc._.source
        blocks: list[Block] = doc._.layout
        text = doc._.source.text
        ev: list[dict] = []
        rec: dict = {"title": None, "body": None, "date": None, "start_time": None, "end_time": None,
                     "location": None, "next_meeting": None}
        self._top = top = self._below_mail_header(doc, blocks)  # an e-mail's own header is not the meeting's
        header = [b for b in blocks[top:top + HEADER_LINES] if b.kind != "blank"]
        labelled = self._labelled(doc, blocks)

        # title
        tb = None
        if "TITLE" in labelled:
            b, s, e = labelled["TITLE"]
            rec["title"] = text[s:e].strip()
            ev.append(evidence(doc, s, e, b.rules, "title"))
        else:
            tb = self._title_block(doc, header)
            if tb is not None:
                s, e = self._title_extent(doc, blocks, tb)
                lead = self._body_lines_above(doc, blocks, tb)
                rules = ["meeting.title-line"]
                if lead is None and self._generic(body_from_title(" ".join(text[s:e].split()))):
                    lead = self._organisation_above(doc, blocks, tb)
                    rules.append("meeting.organisation-over-generic-title") if lead is not None else None
                if lead is not None:  # "CITY OF X LIBRARY BOARD" over "REGULAR MEETING MINUTES"
                    rec["body"] = body_from_title(" ".join(text[lead:tb.start].split()))
                    s = lead
                else:
                    top = self._name_heading_above(doc, blocks, tb, text[s:e])
                    if top is not None:
                        s, e = top.start, top.end
                        rules = ["meeting.name-heading-over-description"]
                rec["title"] = " ".join(text[s:e].split())
                ev.append(evidence(doc, s, e, rules, "title"))
        below = self._body_heading_below(doc, blocks, tb) if "TITLE" not in labelled and tb is not None \
            and not rec["body"] else None
        if "BODY" in labelled:
            b, s, e = labelled["BODY"]
            rec["body"] = text[s:e].strip()
            ev.append(evidence(doc, s, e, b.rules, "body"))
        elif below is not None:  # "Northfield College" styled over "Audit Committee – Minutes"
            rec["body"] = body_from_title(" ".join(text[below.start:below.end].split()))
            rules = ["meeting.body-heading-below-title"]
            org, words = text[tb.start:tb.end].split(), rec["body"].split()
            if len(words) > 1 and org and fold(words[0]) == fold(org[-1]):
                # "Harbour Health NHS Trust" over "Trust Board meeting in public": the organisation's board
                rec["body"] = " ".join(org + words[1:])
                rules.append("meeting.body-of-the-organisation")
            ev.append(evidence(doc, below.start, below.end, rules, "body"))
        elif rec["title"] and not rec["body"]:
            rec["body"] = body_from_title(rec["title"])

        # date
        date_found = None
        title_span = None
        for f in ev:
            if f.get("field") == "title":
                title_span = (f["start"], f["end"])
        if "DATE" in labelled:
            b, s, e = labelled["DATE"]
            found = dates.find_dates(text[s:e])
            if found:
                date_found = (s + found[0].start, s + found[0].end, found[0].value, b.rules + [found[0].rule])
        if date_found is None and title_span:
            s, e = title_span
            found = [f for f in dates.find_dates(text[s:e]) if f.has_year]
            if found:
                date_found = (s + found[0].start, s + found[0].end, found[0].value, ["meeting.title-line", found[0].rule])
        if date_found is None:
            for b in header:
                seg = text[b.start:b.end]
                found = [f for f in dates.find_dates(seg) if f.has_year]
                if found and not re.search(r"\b(previous|last|next)\b", seg, re.I):
                    f = found[0]
                    date_found = (b.start + f.start, b.start + f.end, f.value, [f.rule])
                    break
        if date_found:
            s, e, value, rules = date_found
            rec["date"] = value
            ev.append(evidence(doc, s, e, rules, "date"))
        else:
            meta_date = src.meta.get("date")
            if meta_date:
                found = dates.find_dates(str(meta_date))
                if found:
                    rec["date"] = found[0].value
            if rec["date"] is None:
                found = dates.find_dates(Path(src.path).stem.replace("_", "-"))
                if found:
                    rec["date"] = found[0].value
        meeting_date = date.fromisoformat(rec["date"]) if rec["date"] else None

        # times
        time_lines = []
        if "TIME" in labelled:
            b, s, e = labelled["TIME"]
            time_lines.append((b, s, e))
        on_date_line = len(time_lines)  # the entries from here on are read off the date line
        if date_found:
            b = blocks[src.line_index(date_found[0])]
            end = title_span[1] if title_span and title_span[0] <= date_found[0] < title_span[1] \
                else self._date_line_end(doc, blocks, b)
            time_lines.append((b, date_found[1], end))
            # "held at 10:00 on 12 February 2025": a time before the date on its line, when none follows
            time_lines.append((b, b.start, date_found[0]))
        scheduled = False  # a start time from the date line alone ("..., COMMENCING AT 6.00PM")
        for n, (b, s, e) in enumerate(time_lines):
            found = dates.find_times(text[s:e])
            if found:
                rec["start_time"] = found[0].value
                scheduled = n >= on_date_line and date_found is not None \
                    and not (len(found) > 1 and found[1].rule == "time.range")
                ev.append(evidence(doc, s + found[0].start, s + found[0].end, b.rules + [found[0].rule], "start_time"))
                if len(found) > 1 and found[1].rule == "time.range":
                    rec["end_time"] = found[1].value
                    ev.append(evidence(doc, s + found[1].start, s + found[1].end, b.rules + [found[1].rule], "end_time"))
                break
        for key, pattern, rule in [("start_time", self.start_re, "meeting.time.commenced-at")] + [
                ("start_time", p, rid) for p, rid in self.start_phrases] + [
                ("end_time", self.end_re, "meeting.time.closed-at")]:
            override = key == "start_time" and scheduled
            if rec[key] and not override:
                continue
            for m in self._scan(pattern, text):
                if key == "end_time" and self._other_thing_closed(text, m.start()):
                    continue
                tail = text[m.end():m.end() + 14]
                t = re.match(r":?\s*(?:[01]\d|2[0-3])[0-5]\d\b|:?\s*[0-2]?\d(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?", tail, re.I)
                value = dates.parse_time(t.group(0).lstrip(": ")) if t else None
                if not value:
                    continue
                if override and not _opened_late(rec[key], value):
                    break
                if override:  # the time the meeting was opened, recorded in the minutes, over the time it was called for
                    ev[:] = [f for f in ev if f.get("field") != key]
                    scheduled = False
                rec[key] = value
                ev.append(evidence(doc, m.start(), m.end() + t.end(), [rule] + (["meeting.time.opened-over-scheduled"] if override else []), key))
                break

        # location
        if "LOCATION" in labelled:
            b, s, e = labelled["LOCATION"]
            loc = text[s:e]
            rec["location"] = " ".join(re.sub(r",?\s*\n\s*", ", ", loc).split()).strip(" ,")
            ev.append(evidence(doc, s, e, b.rules, "location"))
        else:
            loc = self._location(doc, blocks, rec, date_found)
            if loc:
                rec["location"], s, e = loc
                ev.append(evidence(doc, s, e, ["meeting.location-line"], "location"))

        rec["next_meeting"] = self._next_meeting(doc, blocks, meeting_date, ev)
        rec["evidence"] = ev
        doc._.meeting = rec
        return doc

    def _other_thing_closed(self, text: str, at: int) -> bool:
        """'the hearing was closed at ...', 'Nominations were closed at ...': something other than the
        meeting closed (only the meeting's own close, or a sentence with no subject before the verb, counts)."""
        m = re.search(r"\b([^\W\d_]+)\s+(?:was|were|is|had\s+been|has\s+been)\s+$", text[max(0, at - 40):at])
        return bool(m) and fold(m.group(1)) not in self.meeting_nouns

    def _below_mail_header(self, doc: Doc, blocks: list[Block]) -> int:
        """Where the minutes start when the document is an e-mail: past its header lines ("From:",
        "Subject:" ... at the very top) and, when a ruled line follows within a few lines, past that
        rule (the greeting above it is not the minutes either). 0 for any other document."""
        text = doc._.source.text
        k, fields = 0, set()
        while k < min(len(blocks), 12):
            b = blocks[k]
            m = re.match(r"([A-Za-z]+):\s", text[b.start:b.end])
            if b.kind == "blank" and not fields:
                k += 1
                continue
            if not m or fold(m.group(1)) not in self.mail_fields:
                break
            fields.add(fold(m.group(1)))
            k += 1
        if len(fields) < 2 or not fields & {"from", "subject"}:
            return 0
        for j in range(k, min(len(blocks), k + 15)):
            if re.fullmatch(r"\s*(?:-{5,}|={5,}|_{5,}|\*{5,})\s*", text[blocks[j].start:blocks[j].end]):
                return j + 1
        return k

    def _title_block(self, doc: Doc, header: list[Block]) -> Block | None:
        text = doc._.source.text
        candidates = [b for b in header[:12] if b.kind in ("heading", "text", "label") and b.cells is None]
        for b in candidates:
            if doc._.source.lines[b.index].heading == 1:
                return b
        for b in candidates:
            t = fold(text[b.start:b.end])
            if b.number is not None and any(c.number is None for c in candidates[:candidates.index(b)]):
                continue  # "1 · Last meeting": an agenda item below an unnumbered first line is no title
            if any(re.search(rf"\b{re.escape(w)}\b", t) for w, _ in self.title_words) and len(t.split()) <= 30:
                return b
        return candidates[0] if candidates else None

    def _body_lines_above(self, doc: Doc, blocks: list[Block], tb: Block) -> int | None:
        """A capitals-only title line with a title word ('REGULAR MEETING MINUTES') under capitals-only
        lines at the top that name the body: where those lines start."""
        text = doc._.source.text
        seg = text[tb.start:tb.end]
        if not seg.isupper():
            return None
        start = None
        i = tb.index - 1
        while i >= 0:
            b = blocks[i]
            line = text[b.start:b.end]
            if b.kind == "blank" or b.cells or b.label or not line.isupper() or dates.find_dates(line) \
                    or any(re.search(rf"\b{re.escape(w)}\b", fold(line)) for w, _ in self.title_words):
                break
            start = b.start
            i -= 1
        if start is None or any(blocks[k].kind != "blank" for k in range(self._top, i + 1) if k < len(blocks)) \
                and i >= self._top:
            return None  # only the heading block at the top of the document
        return start

    @staticmethod
    def _date_line_end(doc: Doc, blocks: list[Block], b: Block) -> int:
        """Where the date line ends: a sentence that goes on over the next line in lower case
        ("... held on Thursday 28 November 2024" / "at 09:30 in the Boardroom, ...") ends there."""
        text = doc._.source.text
        k = b.index + 1
        if k < len(blocks) and blocks[k].kind in ("text", "heading") and blocks[k].cells is None and blocks[k].label is None \
                and not re.search(r"[.!?:;]\s*$", text[b.start:b.end]) \
                and re.match(r"(?:at|from|in|on|commencing|starting)\b", text[blocks[k].start:blocks[k].end]):
            return blocks[k].end
        if k < len(blocks) and blocks[k].kind in ("text", "heading") and blocks[k].cells is None \
                and blocks[k].label is None and blocks[k].number is None \
                and text[b.start:b.end].rstrip().endswith(",") and len(text[blocks[k].start:blocks[k].end].split()) <= 6 \
                and re.search(r"[.]\s*$", text[blocks[k].start:blocks[k].end]):
            return blocks[k].end  # "... at 6.30pm in the Memorial Hall," / "Upper Town."
        return b.end

    def _body_heading_below(self, doc: Doc, blocks: list[Block], tb: Block) -> Block | None:
        """A heading styled like the title right below it that names a body the title line does not
        ("University of X" over "Audit Sub-Committee of Senate"): that heading names who met."""
        src = doc._.source
        text = src.text
        style = src.lines[tb.index].heading
        if not style:
            return None
        k = tb.index + 1
        while k < len(blocks) and blocks[k].kind == "blank":
            k += 1
        if k >= len(blocks):
            return None
        nb = blocks[k]
        if src.lines[nb.index].heading != style or nb.cells or nb.label or nb.number is not None:
            return None
        title, below = text[tb.start:tb.end], body_from_title(" ".join(text[nb.start:nb.end].split()))

        def names_body(t: str) -> bool:
            return any(fold(w) in self.generic_body for w in re.findall(r"[^\W\d_]+", t))
        # "Board of Trustees – minutes of the quarterly meeting": a kind of body named as the one that met
        named = re.search(r"\s[-–—|]\s*(?:minutes|notes)\b", text[nb.start:nb.end], re.I) \
            and any(fold(w) in self.body_nouns for w in re.findall(r"[^\W\d_]+", below))  # not "Staff Meeting – Minutes"
        if names_body(title) or not names_body(below) or self._generic(below) and not named or dates.find_dates(below):
            return None
        return nb

    def _generic(self, body: str) -> bool:
        """A body name that says only what kind of body met: 'Council', 'Board of Directors'."""
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", body)]
        return bool(words) and all(w in self.generic_body or w in _SMALL for w in words)

    def _organisation_above(self, doc: Doc, blocks: list[Block], tb: Block) -> int | None:
        """The organisation's name in capitals, alone at the top of the document, a blank line above a
        title that names only a kind of body ('CITY OF X' over 'MINUTES OF THE ORDINARY COUNCIL
        MEETING'): where it starts."""
        text = doc._.source.text
        above = [b for b in blocks[self._top:tb.index] if b.kind != "blank"]
        if not above or len(above) > 2:
            return None
        for b in above:
            line = text[b.start:b.end]
            if b.cells or b.label or b.number is not None or not line.isupper() or re.search(r"\d", line) \
                    or len(line.split()) > 8 \
                    or any(re.search(rf"\b{re.escape(w)}\b", fold(line)) for w, _ in self.title_words):
                return None
        return above[0].start

    def _name_heading_above(self, doc: Doc, blocks: list[Block], tb: Block, found: str) -> Block | None:
        """The document's first line, a heading standing alone that names the organisation, over a
        line that only describes the meeting: a sentence ("Minutes of the meeting held on ...") or a
        title naming just a kind of body ("Staff Meeting – Minutes"). That heading is the title."""
        text = doc._.source.text
        above = [b for b in blocks[self._top:tb.index] if b.kind != "blank"]
        if len(above) != 1:
            return None
        top = above[0]
        src = doc._.source.lines[top.index]
        line = text[top.start:top.end].strip()
        nxt = blocks[top.index + 1] if top.index + 1 < len(blocks) else None
        if top.kind != "heading" or top.cells or top.label or top.number is not None \
                or nxt is None or nxt.kind != "blank" and not (src.bold or src.heading) and nxt is not tb \
                or dates.find_dates(line) or len(line.split()) > 14 \
                or any(re.search(rf"\b{re.escape(w)}\b", fold(line)) for w, _ in self.title_words):
            return None
        desc = " ".join(found.split())
        k = tb.index
        while k + 1 < len(blocks) and blocks[k + 1].kind == "text" and blocks[k + 1].cells is None:
            k += 1  # the paragraph the line opens
        para = text[tb.start:blocks[k].end].strip()
        sentence = tb.kind == "text" and para.endswith(".") and not para.isupper()
        if sentence and (nxt is not tb or src.bold or src.heading) or self._generic(body_from_title(desc)):
            return top  # right above a generic title ("Bowls Club" over "ANNUAL GENERAL MEETING") it may touch it
        return None

    def _title_extent(self, doc: Doc, blocks: list[Block], tb: Block) -> tuple[int, int]:
        """A capitals-only title may wrap over the next lines."""
        text = doc._.source.text
        s, e = tb.start, tb.end
        seg = text[s:e]
        if seg.isupper() and not re.search(r"\d{4}|[AP]\.M\.$", seg):
            i = tb.index + 1
            while i < len(blocks) and i <= tb.index + 6:
                b = blocks[i]
                i += 1
                if b.kind == "blank":
                    continue
                nxt = text[b.start:b.end]
                if nxt.isupper() and b.label is None and b.cells is None:
                    e = b.end
                    if re.search(r"\d{4}|[AP]\.M\.$", nxt):
                        break
                else:
                    break
        return strip_span(text, s, e)

    def _labelled(self, doc: Doc, blocks: list[Block]) -> dict:
        """Header fields from label lines and header tables: label -> (block, start, end).

        A row may hold several label/value pairs ("COMMITTEE | Full Governing Body | DATE | 07/12/2020"),
        or be a row of labels over a row of values. A location may go on over the next line.
        """
        text = doc._.source.text
        out: dict = {}
        wanted = ("DATE", "TIME", "LOCATION", "TITLE", "BODY")

        def put(label, b, s, e):
            s, e = strip_span(text, s, e)
            if label in wanted and label not in out and s < e:
                out[label] = (b, s, e)

        for k, b in enumerate(blocks[:self._top + HEADER_LINES]):
            if k < self._top:
                continue
            if b.cells:
                cells = b.cells
                labels = [lookup_label(text[cs:ce]) for cs, ce in cells]
                if all(labels) and k + 1 < len(blocks) and blocks[k + 1].cells \
                        and len(blocks[k + 1].cells) == len(cells):
                    for (label, rule), (vs, ve) in zip(labels, blocks[k + 1].cells):
                        b2 = Block(b.index, "row", vs, ve, rules=["layout.table-row", rule])
                        put(label, b2, vs, ve)
                    continue
                for n, hit in enumerate(labels[:-1]):
                    nxt = next((m for m in range(n + 1, len(cells)) if text[cells[m][0]:cells[m][1]].strip()), None)
                    if hit and nxt is not None and not labels[nxt]:
                        vs, ve = cells[nxt]
                        b2 = Block(b.index, "row", vs, ve, rules=["layout.table-row", hit[1]])
                        if hit[0] == "LOCATION":
                            ve = self._location_tail(doc, blocks, k, ve)
                        put(hit[0], b2, vs, ve)
                continue
            if b.label in wanted and b.rest_start is not None and b.rest_start < b.end:
                e = b.end
                if b.label == "LOCATION":
                    e = self._location_tail(doc, blocks, k, e)
                put(b.label, b, b.rest_start, e)
            elif b.label in wanted and b.cells is None and (b.rest_start is None or b.rest_start >= b.end):
                # a label standing alone as a heading ("Date"), its value on the next line
                nb = next((x for x in blocks[k + 1:k + 3] if x.kind != "blank"), None)
                if nb is not None and nb.kind in ("text", "heading") and nb.label is None and nb.cells is None \
                        and nb.number is None:
                    put(b.label, Block(nb.index, nb.kind, nb.start, nb.end,
                                       rules=list(b.rules) + ["meeting.label-over-value"]), nb.start, nb.end)
        return out

    def _location_tail(self, doc: Doc, blocks: list[Block], k: int, end: int) -> int:
        """An address that goes on over the next line: 'Great North Road, Seaton Burn, NE13 6BP'."""
        text = doc._.source.text
        if k + 1 < len(blocks):
            nb = blocks[k + 1]
            seg = text[nb.start:nb.end]
            if nb.kind != "blank" and nb.label is None and nb.cells is None and nb.number is None \
                    and len(seg.split()) <= 12 and (seg.count(",") >= 1 or _POSTCODE.search(seg)) \
                    and not dates.find_dates(seg):
                return nb.end
        return end

    def _place_like(self, seg: str) -> bool:
        f = fold(seg)
        return any(re.search(rf"\b{re.escape(w)}\b", f) for w in self.place_words) or bool(_POSTCODE.search(seg))

    def _remote(self, doc: Doc):
        """'This was a remote meeting', 'This meeting was conducted online' -> the place written."""
        words = "|".join(re.escape(w) for w in self.remote_words)
        m = re.search(rf"\b(?:this|the)\s+(?:was\s+an?|meeting\s+was\s+(?:held|conducted)|meeting\s+took\s+place)\s+"
                      rf"(?P<loc>(?:{words})(?:\s+meeting)?)\b", doc._.source.text, re.I)
        if m:
            loc = m.group("loc")
            return loc[:1].upper() + loc[1:].lower(), m.start("loc"), m.end("loc")
        return None

    def _location(self, doc, blocks, rec, date_found):
        text = doc._.source.text
        if rec["title"]:
            m = _LOC_HELD.search(rec["title"])
            if m:
                loc = m.group("loc").strip(" ,")
                i = text.find(loc[:20])
                return title_case(loc), max(i, 0), max(i, 0) + len(loc)
        after_date = self._place_after_date(doc, blocks, date_found)
        if after_date:
            return after_date
        m = re.search(r"\bheld (?:at|in)\s+(?:the\s+)?([A-Z][^.\n]{2,80}?)(?:\s+on\b|[.\n])", text[:3000])
        if m:
            return m.group(1).strip(" ,"), m.start(1), m.end(1)
        # "held in the pavilion, Mill Lane, on 3 May": a place in lower case, closed by "on" and a date
        m = re.search(r"\bheld (?:at|in)\s+(the\s+[a-z][^.\n]{2,80}?),?\s+on\s+(?=\S)", text[:3000])
        if m and self._place_like(m.group(1)) and dates.find_dates(text[m.end():m.end() + 40]):
            return m.group(1).strip(" ,"), m.start(1), m.end(1)
        remote = self._remote(doc)
        if remote:
            return remote
        if date_found:
            # a short line right after the date line, before any list or item
            i = doc._.source.line_index(date_found[0]) + 1
            while i < len(blocks) and blocks[i].kind == "blank":
                i += 1
            if i < len(blocks):
                b = blocks[i]
                seg = text[b.start:b.end]
                if b.kind in ("text", "heading") and b.number is None and b.label is None and b.cells is None \
                        and len(seg.split()) <= 8 and not dates.find_dates(seg) and not seg.endswith(":") \
                        and self._place_like(seg):
                    return seg.strip(), b.start, b.end
        return None

    def _place_after_date(self, doc, blocks, date_found):
        """A place after the date and times on the date line: '... 2023 at 7.30pm in the Village Hall, Mill Lane',
        '..., 6:00pm–8:15pm, at The Barn, 3 Quay Street', or with no preposition '..., 14:00–15:30, Room 4, Main Building'."""
        if not date_found:
            return None
        text = doc._.source.text
        b = blocks[doc._.source.line_index(date_found[0])]
        s0 = date_found[1]
        seg = " ".join(text[s0:self._date_line_end(doc, blocks, b)].split("\n"))
        seg = first_sentence(seg)
        times = dates.find_times(seg)
        pos = times[-1].end if times else 0
        zone = re.match(r"\s*(?:UTC|GMT|[A-Z]{2,4}T)\b", seg[pos:]) if times else None
        pos += zone.end() if zone else 0  # "15:00–16:05 UTC · Zoom"
        rest = seg[pos:]
        # a remark in brackets after the place: "school library (two joined online)"
        remark = re.search(r"\s*\([a-z][^()]*\)[\s.]*$", rest)
        rest = rest[:remark.start()] if remark and remark.start() > 0 else rest
        m = re.match(r"^[\s,;·•|]*(?P<open>\()?(?:(?P<prep>in|at)\s+(?:the\s+)?)?"
                     r"(?P<loc>[A-Za-z](?:[^\n()]|\([^()\n]*\)){2,120}?)"
                     r"(?(open)\)|)[\s.*_]*$", rest)  # "10am–12pm · Harbour Room, Sailing Club_"
        if not m or dates.find_dates(m.group("loc")) or dates.find_times(m.group("loc")):
            return None
        loc = m.group("loc")
        remote = m.group("open") and any(re.search(rf"\b{re.escape(w)}\b", fold(loc)) for w in self.remote_words)
        if remote:
            pass  # "(online via Zoom)": a bracketed remote place
        elif m.group("prep") is None and not self._place_like(loc) or loc[:1].islower() and not self._place_like(loc):
            return None  # a lower-case place only with a place word: "upstairs room at the Old School"
        start = s0 + pos + m.start("loc")
        return loc.strip(" ,"), start, start + len(loc)

    def _next_meeting(self, doc, blocks, meeting_date, ev):
        """The next meeting: a 'Date of next meeting' label (its value on the line, in the next cell or
        on the next lines), else a sentence ('The next meeting will be on ...', '... would be held on')."""
        text = doc._.source.text
        after = meeting_date
        candidates: list[tuple[int, int, int, list[str]]] = []  # (priority, start, end, rules)
        for m in self._scan(_NEXT_LABEL, text):
            s = m.end()
            line_start = text.rfind("\n", 0, m.start() + 1) + 1
            if text[line_start:m.start() + 1].strip("\n").strip(" ").strip("\t") and "\t" in text[line_start:m.start() + 1]:
                continue  # a cell after others in a table row ("Clerk | Next meeting"): a deadline, not a label
            # the value: rest of this line, else the next two non-empty lines
            e = s
            lines = 0
            while e < len(text) and lines < 3:
                nl = text.find("\n", e)
                nl = len(text) if nl < 0 else nl
                if text[e:nl].strip():
                    lines += 1
                e = nl + 1
                if lines and dates.find_dates(text[s:e], after=after):
                    # keep a following address line with the date
                    nxt_end = text.find("\n", e)
                    nxt_end = len(text) if nxt_end < 0 else nxt_end
                    if self._place_like(text[e:nxt_end]) and not dates.find_dates(text[e:nxt_end]):
                        e = nxt_end
                    break
            priority = 0
            first_nl = text.find("\n", s)
            first_nl = len(text) if first_nl < 0 else first_nl
            if not dates.find_dates(text[s:first_nl], after=after):
                found = dates.find_dates(text[s:min(e, len(text))], after=after)
                if found:
                    at = s + found[0].start
                    row = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
                    if "\t" in row:
                        priority = 3  # the date is in a table row below the label: prefer a sentence with a date
            candidates.append((priority, s, min(e, len(text)), ["meeting.next-meeting.label"]))
        for m in self._scan(_NEXT_SENTENCE, text):
            candidates.append((1, m.end(), min(len(text), m.end() + 160), ["meeting.next-meeting.sentence"]))
        for m in self._scan(_ADJOURNED_TO, text):
            candidates.append((1, m.end(), min(len(text), m.end() + 160), ["meeting.next-meeting.adjourned-to"]))
        for m in self._scan(_HELD_ON, text):
            candidates.append((2, m.end(), min(len(text), m.end() + 120), ["meeting.next-meeting.held-on"]))
        for _, s, e, rules in sorted(candidates, key=lambda c: (c[0], c[1])):
            seg = text[s:e]
            found = [f for f in dates.find_dates(seg, after=after) if after is None or f.value > after.isoformat()]
            if not found or rules[0].endswith(("sentence", "held-on", "adjourned-to")) and found[0].start > 60:
                continue
            f = found[0]
            line_end = seg.find("\n", f.end)
            line_end = len(seg) if line_end < 0 else line_end
            rest = seg[f.end:line_end]
            nxt = found[1].start if len(found) > 1 else len(seg)
            times = dates.find_times(rest)
            time = times[0].value if times else None
            # the place follows the meeting's time (or time range), not a later figure that reads as
            # a time ("Seminar Room 2.14") or the time of another sentence ("The meeting closed at ...")
            tail_start = (times[1].end if len(times) > 1 and times[1].rule == "time.range" else times[0].end) \
                if times else 0
            if time is None:
                t = re.search(r"\bat\s+((?:[01]\d|2[0-3])[0-5]\d)\b", rest)
                if t:
                    time, tail_start = dates.parse_time(t.group(1)), t.end()
            loc = self._next_location(rest[tail_start:], seg[line_end + 1:nxt] if line_end < nxt else "")
            ev.append(evidence(doc, s + f.start, s + f.end, rules + [f.rule], "next_meeting"))
            return {"date": f.value, "time": time, "location": loc}
        return None

    def _next_location(self, rest: str, following: str) -> str | None:
        """Where the next meeting is: 'in Committee Room 3', ', SALC, Claydon', or an address line below."""
        on = re.search(r"\b(?:on|via|over)\s+(?P<loc>[A-Z][A-Za-z]+)\b", rest)
        if on and fold(on.group("loc")) in self.remote_words:
            return on.group("loc")  # "at 19:30, on Zoom": the remote service named
        m = re.search(r"\b(?:in|at|venue:?)\s+(?:the\s+)?(?P<loc>[A-Z][^.\n\t]*)", rest)
        if m and not dates.parse_time(m.group("loc").split()[0]):
            return m.group("loc").strip(" ,.")
        lower = re.search(r"\b(?:in|at)\s+(?P<loc>the\s+[a-z][a-z -]{2,40})(?=[.,;]|$)", rest)
        rest = re.sub(r"^\s*(?-i:UTC|GMT|[A-Z]{2,4}T)\b", "", rest)  # "16:00 UTC, same room"
        m = re.match(r"^\s*[,;–-]\s*(?P<loc>[A-Za-z][^\n\t]{2,80})$", rest.rstrip(" ."))
        if m and not re.match(r"(?:mon|tue|wed|thu|fri|sat|sun)", m.group("loc"), re.I) \
                and not dates.find_dates(m.group("loc")) \
                and (m.group("loc")[:1].isupper() or self._place_like(m.group("loc"))):
            return m.group("loc").strip(" ,.")
        line = following.strip().split("\n")[0].strip() if following.strip() else ""
        if line and self._place_like(line) and len(line.split()) <= 12 and line[:1].isupper():
            return line.strip(" ,.")
        if lower and self._place_like(lower.group("loc")):
            return lower.group("loc").strip()  # "at 6.30pm in the school library": a place word in lower case
        return None
