"""Actions stage: tasks recorded as actions, with owner text, deadline and status.

Explicit actions: "Action:" lines, action sections (an "Action summary"
label followed by rows or lines), action tables (a header row with an
action/who/when column, or numbered rows of sentences) and previous-action
tables with a status cell. The stage records the owner as written; the
resolve stage maps owners to attendees and deadlines to dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..normalise import fold, keyword_view, lacks
from ..patterns import vocabulary
from .base import evidence, strip_span
from .layout import GAP_LABEL, SENTENCE_END, Block, lookup_label
from .resolve import _content, by_surname, initials_aliases, strip_titles, with_halves

_SUBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’&.-]*,?|and|&|with|of|the|[,/])(?:\s+(?:[A-Z][\w'’&.-]*,?|and|&|of|the|[,/]))*?)\s+"
    r"(?:[a-z]+ly\s+)?(?:to|will|agreed to|would|should|is to|are to|(?:was |were )?asked to)\s+(?!be\b)(?P<verb>[a-z][\w-]*)")
# "(CD, GM and FQ to produce bullet points for SB)": a bracketed task inside an action
_BRACKETED = re.compile(r"\((?P<inner>[^()]+)\)")
# a month name, whole or abbreviated ("30 June", "1 Sept. 2024"), never the start of another word
_MONTH = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
          r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DUE = re.compile(
    rf"\b(?P<due>(?:by|before|prior to|for|at|on(?=\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH}\s+\d))|until|no later than|in time for)\s+(?:the\s+)?"
    # an ISO date: "by 2025-04-17"
    r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d\b|next\s+(?!(?:two|three|four|five|six|\d+)\b)(?:\w+\s+){0,2}?meeting|end of\s+(?:the\s+)?\w+(?:\s+\d{4})?|"
    # a day and a month, either way round: "by 30 June", "by 15th July 2024", "by May 1, 2024"
    rf"{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_WEEKDAY}{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}})\b|"
    # the meeting of a month: "at the April meeting", "for the September Board meeting"
    rf"{_MONTH}\s+(?:[A-Za-z]+\s+)?meeting|"
    # a month (never the start of another word: "by Mayor Ortega" is no deadline)
    rf"{_MONTH}(?:\s+\d{{2,4}})?)|"
    r"to\s+the\s+next\s+(?:\w+\s+)?meeting|"
    # "report back to the December 2024 Ordinary Council Meeting"
    rf"to\s+the\s+{_MONTH}\s+(?:\d{{4}}\s+)?(?:[A-Za-z]+\s+){{0,2}}meeting|"
    # "bring a plan to the committee meeting in May"
    rf"to\s+the\s+(?:[A-Za-z]+\s+){{0,2}}meeting\s+in\s+{_MONTH}(?:\s+\d{{4}})?|"
    # "... and report back in June.": a month closing the action
    rf"in\s+{_MONTH}(?:\s+\d{{4}})?(?=\s*[.;]?\s*$)|"
    # "report back next meeting": the meeting named straight after "back"
    r"(?<=\bback\s)(?:at\s+|to\s+)?(?:the\s+)?next\s+(?:\w+\s+)?meeting|"
    # "(due 20 June)", "(due before next meeting)": a bracket opened by "due" holds the deadline
    r"(?<=\(due\s)[^()]{2,40}(?=\))|"
    r"once\s+completed|asap|as soon as possible|(?<!\d\s)(?:in\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{2,4})",
    re.I)


@lru_cache(maxsize=1)
def vocab() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in vocabulary("actions"):
        if isinstance(row["pattern"], str):
            out.setdefault(row["label"], []).append((fold(row["pattern"]), row["id"]))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[0]))
    return out


def read_status(text: str) -> tuple[str | None, str | None]:
    """Status of a reviewed action from its status text.

    >>> read_status("Complete – circulated as part of MOPAC update paper")
    ('complete', 'actions.status.complete')
    >>> read_status("Things have moved on and so this action will be removed")
    ('closed', 'actions.status.will-be-removed')
    >>> read_status("Ongoing through closedown.")
    ('open', 'actions.status.ongoing')
    >>> read_status("This will be on a case by case basis")
    (None, None)
    """
    t = fold(text)
    best = None
    for label, status in (("STATUS_CLOSED", "closed"), ("STATUS_OPEN", "open"), ("STATUS_COMPLETE", "complete")):
        for phrase, rule in vocab().get(label, []):
            m = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", t)
            if m and (best is None or (m.start(), -len(phrase)) < (best[0], -best[3])):
                best = (m.start(), status, rule, len(phrase))
    if best is None:
        return None, None
    return best[1], best[2]


def lead_status(text: str) -> tuple[str | None, str | None]:
    """The status a text opens with, when the status word stands alone or before punctuation
    (the tail of "FG to update the tracker — complete."); else (None, None).

    >>> lead_status("**complete**."), lead_status("ongoing, carried forward; MLC expects a draft")
    (('complete', 'actions.status.complete'), ('open', 'actions.status.ongoing'))
    >>> lead_status("open to all members"), lead_status("done on 28 March")
    ((None, None), ('complete', 'actions.status.done'))
    """
    t = fold(text).strip().lstrip("*_([ ")
    best = None
    for label, status in (("STATUS_CLOSED", "closed"), ("STATUS_OPEN", "open"), ("STATUS_COMPLETE", "complete")):
        for phrase, rule in vocab().get(label, []):
            if re.match(rf"{re.escape(phrase)}[*_)\]\s]*(?:$|[,.;:!(–—-]|(?<=\s)(?:on|in)\s+(?:\d|{_MONTH}))", t) \
                    and (best is None or len(phrase) > best[2]):
                best = (status, rule, len(phrase))
    return (best[0], best[1]) if best else (None, None)


# a line ending in a right-hand owner column: text, a run of spaces (three or more unless under a heading), initials or a short name
_OWNER_TAIL = re.compile(r"^(?P<body>[ \t]*\S.*?\S)(?P<gap>[ \t]{2,})(?P<owners>(?:[A-Z]{2,4}|[A-Z][a-z]{1,11})"
                         r"(?:\s*[/,&]\s*(?:[A-Z]{2,4}|[A-Z][a-z]{1,11})){0,3})[ \t]*$")

# ", and will report back": a second commitment of the same subject
_SAME_SUBJECT = re.compile(r",\s+and\s+(?=(?:will|to)\s+(?!be\b)[a-z])")

# owners in brackets closing an action: "... by 14 March (Dr Lee)", "... (AB/CD)"
_OWNER_BRACKET = re.compile(r"\s*\((?P<owners>[^()]{2,60})\)\s*[.;]?\s*$")

# a deadline in brackets closing an action: "... (due 20 June)"
_DUE_TAIL = re.compile(r"\s*\(due\s[^()]+\)\s*[.;]?$", re.I)


# a task-list box opening a line: "- [ ] ", "* [x] "
_TASK_BOX = re.compile(r"^\s*(?:[-*+•]\s+)?\[(?P<box>[ xX✓])\]\s+(?=\S)")
# an action label opening a line, after a bullet and with a reference: "- ACTION: Joanna to ...",
# "* **Action 4.2 (Dec):** FG to ...", "Action point 3: ...", "ACTION (Ann Lee, Bo Ng): ...",
# "Action – Ann Lee: ..."
_ACTION_LEAD = re.compile(
    r"^(?:[-•*–·▪]\s+)?[*_]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)"
    r"(?:\s+(?:[A-Za-z]{0,3}\d[\w./-]*|\((?P<bracket>[^()]{1,60})\)))*"
    r"(?:\s+[-–—]\s+(?P<dashed>[A-Z@][^:()]{0,60}?))?[*_]*\s*:\s*[*_]*\s*(?=\S)")
# the owners opening an action before a colon or dash: "@alice: move CI", "Ann Lee — book the hall — by May"
_OWNER_LEAD = re.compile(r"^(?P<owners>[@A-Z][^:—–]{0,60}?)\s*(?::|\s[—–-]{1,2})\s+(?=\S)")
_HANDLE = re.compile(r"^@[\w][\w.-]*$")
# a name as a person is written: "Ann Lee", "Dr Ann de Vries", "A. Lee", initials "AL"
_PERSON = re.compile(r"^(?:[A-Z][a-z'’]+\.?\s+)?(?:[A-Z][\w'’.-]*|[a-z]{1,3})(?:\s+[A-Z][\w'’.-]*){1,2}$|^[A-Z]{2,4}$")


def action_lead(text: str) -> int | None:
    """Where the action starts in a line that opens with an action label, else None.

    >>> t = "- ACTION: Joanna to circulate the plan by 30 June"
    >>> t[action_lead(t):]
    'Joanna to circulate the plan by 30 June'
    >>> t = "* **Action 4.2 (Dec):** FG to update the tracker"
    >>> t[action_lead(t):]
    'FG to update the tracker'
    >>> action_lead("- Apologies: none"), action_lead("- Action: none"), action_lead("- Actions were reviewed")
    (None, None, None)
    """
    m = _action_lead(text)
    return m.end() if m else None


def _action_lead(text: str) -> re.Match | None:
    m = _ACTION_LEAD.match(text)
    if not m:
        return None
    hit = lookup_label(m.group("label").strip())
    if not hit or hit[0] != "ACTION" or _in_vocab(text[m.end():].strip(" .*"), "NO_ACTION") and len(text[m.end():].split()) <= 2:
        return None
    return m


def label_owners(text: str) -> list[str] | None:
    """The owners an action label carries in brackets or after a dash, else None.

    >>> label_owners("ACTION (Ann Lee, Bo Ng): Draw up a plan."), label_owners("Action – Priya: book the hall")
    (['Ann Lee', 'Bo Ng'], ['Priya'])
    >>> label_owners("* **Action 4.2 (Dec):** FG to update"), label_owners("ACTION: Joanna to circulate")
    (None, None)
    """
    m = _action_lead(text)
    if not m:
        return None
    for group in ("bracket", "dashed"):
        got = m.group(group)
        owners = owner_list(got) if got else None
        if owners and not any(re.fullmatch(_MONTH, p, re.I) or read_status(p)[0] for p in owners):
            return owners
    return None


# a label and its value closing an action after a full stop or semicolon: ". Lead: Ann Lee. Target: 20.03.2025."
_TAIL_FIELD = re.compile(r"(?:(?<=[.;])|(?<=[.;][*_]))\s+[*_]*(?P<label>[A-Z][A-Za-z ]{1,20}?)[*_]*\s*:\s*")


def tail_fields(text: str) -> list[tuple[str, str, int, int, int]] | None:
    """Owner and deadline fields written after an action as labels with the names of action
    table columns: [(column label, rule, label start, value start, value end)], else None.

    >>> t = "Seek approval for the contract. Lead: Ann Lee. Target: 20.03.2025."
    >>> [(f[0], t[f[3]:f[4]]) for f in tail_fields(t)]
    [('COL_OWNER', 'Ann Lee'), ('COL_DUE', '20.03.2025')]
    >>> tail_fields("Book the hall. Note: the hall is small.") is None
    True
    """
    marks = []
    for m in _TAIL_FIELD.finditer(text):
        key = fold(m.group("label")).strip()
        hit = next(((lab, r) for lab in ("COL_OWNER", "COL_DUE") for p, r in vocab().get(lab, []) if p == key), None)
        if hit is None:
            return None  # every field after the first must be an owner or a deadline
        marks.append((hit[0], hit[1], m.start(), m.end()))
    if not marks:
        return None
    out = []
    for k, (label, rule, ls, vs) in enumerate(marks):
        ve = marks[k + 1][2] if k + 1 < len(marks) else len(text)
        value = text[vs:ve].rstrip()
        value = re.sub(r"[.;*_\s]+$", "", value)
        out.append((label, rule, ls, vs, vs + len(value)))
    return out


def find_due(text: str) -> tuple[str, int, int] | None:
    """The deadline as written.

    >>> find_due("MOPAC to develop timelines prior to the next Board meeting")[0]
    'prior to the next Board meeting'
    >>> find_due("meeting to be set up with partners in Jan 19.")[0]
    'in Jan 19'
    >>> find_due("MOPAC to convene a task and finish group") is None
    True
    >>> find_due("MOPAC to train for 2 marathons") is None
    True
    >>> [find_due(t)[0] for t in ("JS to circulate it by 1 March.", "by 15th July 2024", "by May 1, 2024.",
    ...                           "bring it back at the April meeting", "report to the next meeting")]
    ['by 1 March', 'by 15th July 2024', 'by May 1, 2024', 'at the April meeting', 'to the next meeting']
    >>> find_due("and report back to the June 2024 Ordinary Council Meeting.")[0]
    'to the June 2024 Ordinary Council Meeting'
    >>> find_due("bring a plan to the committee meeting in May.")[0]
    'to the committee meeting in May'
    >>> find_due("report back to the committee in June.")[0], find_due("in June the hall closes for repairs")
    ('in June', None)
    >>> find_due("The Clerk wrote to the council as agreed in April.") is None
    True
    >>> [find_due(t)[0] for t in ("Jo: book the hall (due 20 June)", "send it (due before next meeting)")]
    ['20 June', 'before next meeting']
    >>> find_due("open an RFC — by 2025-04-17")[0], find_due("rotate the token — done on 28 March")
    ('by 2025-04-17', None)
    >>> find_due("Motion by Mayor Lee to return with bids by May 13.")[0], find_due("bring it back on March 25.")[0]
    ('by May 13', 'on March 25')

    """
    for m in _DUE.finditer(text):
        if re.fullmatch(rf"in\s+{_MONTH}(?:\s+\d{{4}})?", m.group("due").strip(), re.I) \
                and re.search(r"\w+ed\s+$", text[:m.start("due")]):
            continue  # "as agreed in April", "Ten members attended in May": a past month, no deadline
        if m.group("due")[:3].lower() == "on " and (done := re.search(r"(\w+)\s+$", text[:m.start("due")])) \
                and (done.group(1).lower().endswith("ed") or _in_vocab(done.group(1), "STATUS_COMPLETE")):
            continue  # "done on 28 March", "completed on 2 May": when it was done, no deadline
        return m.group("due").strip(), m.start("due"), m.end("due")
    return None


_BARE_DATE = re.compile(
    rf"{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    r"(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d", re.I)


def bare_date(text: str) -> str | None:
    """A text that is nothing but a date (the last column of "Owner — task — 31 May"), else None.

    >>> bare_date(" 31 May"), bare_date("June 20, 2025."), bare_date("2025-04-17"), bare_date("31 May, if possible")
    ('31 May', 'June 20, 2025', '2025-04-17', None)
    """
    t = text.strip().rstrip(".;")
    return t if _BARE_DATE.fullmatch(t) else None


def subjects_of(text: str) -> list[str]:
    """Who is to act in each sentence of an action that gives several tasks.

    >>> subjects_of("London Councils to consider representation. MOPAC to consider GLA representation.")
    ['London Councils', 'MOPAC']
    >>> subjects_of("MPS to share IOM review. Feedback to be shared with the Board.")
    ['MPS']
    >>> subjects_of("Forward planner to be developed.")
    []
    """
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        subject = subject_of(sentence)
        if subject and subject not in out:
            out.append(subject)
    return out


def subject_of(text: str) -> str | None:
    """Who is to act, from "X to ..." at the start of an action.

    >>> subject_of("NPS to meet with MOPAC to see how they fit")
    'NPS'
    >>> subject_of("London Councils to consider representation")
    'London Councils'
    >>> subject_of("AW, CD, GM & SB virtually to develop poster.")
    'AW, CD, GM & SB'
    >>> subject_of("Suggested joint letter to MPs. (CD, GM and FQ to produce bullet points for SB)")
    'CD, GM and FQ'
    >>> subject_of("SB asked to contact MB regarding PSNC direction of travel.")
    'SB'
    >>> subject_of("Full DIP report to be shared once completed") is None
    True
    """
    m = _SUBJECT.match(text.strip())
    if m:
        return m.group("subject").strip(" ,")
    for b in _BRACKETED.finditer(text):
        m = _SUBJECT.match(b.group("inner").strip())
        if m:
            return m.group("subject").strip(" ,")
    return None


@lru_cache(maxsize=None)
def _vocab_patterns(label: str) -> tuple[tuple[str, re.Pattern, str], ...]:
    """The phrases of a vocabulary label, each with its whole-word pattern, compiled once."""
    return tuple((phrase, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"), rule)
                 for phrase, rule in vocab().get(label, []))


def _in_vocab(text: str, label: str) -> str | None:
    t = fold(text)
    for phrase, pattern, rule in _vocab_patterns(label):
        if phrase in t and pattern.search(t):
            return rule
    return None


# a row reference in an item or action column: "38/2122", "41b/2122", "FGB 20/2021", "1.", "09-02"
_REF = re.compile(r"^(?:[A-Z]{1,5}\s?)?\d{1,4}[a-z]?(?:[/.-]\d{1,4}[a-z]?)*\.?$")
# action ids opening the lines of an action cell: "09-02 SB to add ...", "11-01all members ..."
_ACTION_ID = re.compile(r"(?m)^[ \t]*\d{1,3}-\d{1,3}(?=\s*[A-Za-z(])\s*")
# lettered parts of a cell: "a. Literacy", "b) SEND"
_LETTER = re.compile(r"(?m)^[ \t]*\(?([a-h])[.)]\s+")
# an owner as written in an owner column or after "ACTION:": "SG", "AHop", "Kay Dicken", "the Clerk"
_OWNER_PART = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_OWNER_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b|\n)\s*")
_QUALIFIER_AT = re.compile(r"\s*[,(]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def owner_list(text: str) -> list[str] | None:
    """The owners when a cell or label holds nothing but names or initials.

    >>> owner_list("SG/NS")
    ['SG', 'NS']
    >>> owner_list("Keith\\nMoore/Clerk")
    ['Keith Moore', 'Clerk']
    >>> owner_list("SB to add marketing materials") is None
    True
    """
    t = text.strip().strip(".")
    if not t or len(t) > 80:
        return None
    parts = [p for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", " ".join(t.split())) if p]
    if not parts or not all(_OWNER_PART.match(p) for p in parts):
        return None
    if _in_vocab(t, "NO_ACTION"):
        return None
    return parts


def owner_lines(text: str) -> list[list[str]] | None:
    """An owner column cell that lists owners line by line, one line per action."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    groups = [owner_list(ln) for ln in lines]
    if not lines or any(g is None for g in groups):
        whole = owner_list(text)
        return [whole] if whole else None
    # a name broken over two lines ("Keith\nMoore/Clerk") is one group when every line is one word
    return [g for g in groups if g]


def _passive(sentence: str) -> bool:
    """A commitment worded in the passive, naming no one who acts.

    >>> _passive("The minutes will be circulated to members.")
    True
    >>> _passive("The Treasurer will be drafting the budget.")
    False
    >>> _passive("The Treasurer will draft the budget.")
    False
    """
    t = fold(sentence)
    return any(re.search(rf"(?<!\w){re.escape(aux)}\s+(?!\w+ing\b)[a-z]", t)
               for aux, _ in vocab().get("COMMIT_PASSIVE", []))


def _decision(sentence: str) -> bool:
    """An impersonal record of a decision ("It was agreed that ..."): it gives nobody a task.

    >>> _decision("It was agreed that an extraordinary meeting would be held on 20 May.")
    True
    >>> _decision("It was agreed to write off the outstanding sum.")
    True
    >>> _decision("A brief document will be produced for Governors.")
    False
    """
    return bool(re.match(r"\s*it\s+was\s+(?:\w+\s+and\s+)?(?:agreed|resolved|decided|noted)\s+(?:that|to)\b",
                         sentence, re.I))


def split_ids(text: str) -> list[tuple[int, int]] | None:
    """Spans of the actions in a cell whose lines start with action ids ("09-02 SB to ...")."""
    marks = list(_ACTION_ID.finditer(text))
    if not marks:
        return None  # a decision line before the first id ("Minutes approved") is no action
    return [(m.end(), marks[k + 1].start() if k + 1 < len(marks) else len(text)) for k, m in enumerate(marks)]


def split_letters(text: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """An intro and its lettered parts: ("Carry out visits:", [("a", s, e), ...])."""
    marks = list(_LETTER.finditer(text))
    if not marks:
        return None
    intro = text[:marks[0].start()].strip()
    if intro and not intro.endswith(":") and len(marks) < 2:
        return None
    return intro, [(m.group(1), m.end(), marks[k + 1].start() if k + 1 < len(marks) else len(text))
                   for k, m in enumerate(marks)]


def split_lines(text: str) -> list[tuple[int, int]]:
    """Several actions written one a line in one cell ("X to be added\\nY to be added")."""
    out, pos = [], 0
    for ln in text.split("\n"):
        s, e = pos, pos + len(ln)
        pos = e + 1
        if out and not (ln[:1].isupper() and _action_shaped(ln) and _action_shaped(text[out[-1][0]:out[-1][1]])):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _action_shaped(text: str) -> bool:
    t = " ".join(text.split())
    return bool(subject_of(t) or re.search(r"\bto be\s+[a-z]+ed\b", t))


def sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of a block of prose."""
    out, pos = [], 0
    for m in _SENTENCE.finditer(text):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(text.rstrip())))
    return [(s, e) for s, e in out if e > s]


# a sentence ends at . ! ? before a capital, or at a blank line unless the text runs on in lower case
_PROSE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(@])|\n[ \t]*\n\s*(?=[^a-z\s])")


def prose_sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of prose that may be wrapped over several lines.

    >>> t = "Members thanked her and\\n\\nasked for more.\\n\\n3\\n\\nThe Clerk agreed to circulate it."
    >>> [" ".join(t[s:e].split()) for s, e in prose_sentences(t, 0)]
    ['Members thanked her and asked for more.', '3', 'The Clerk agreed to circulate it.']
    """
    out, pos = [], 0
    for m in _PROSE_BREAK.finditer(text):
        out.append((start + pos, start + m.start()))
        pos = m.end()
    out.append((start + pos, start + len(text.rstrip())))
    return [(s, e) for s, e in out if text[s - start:e - start].strip()]


def clause_starts(sentence: str, first: int = 0) -> list[int]:
    """Where a commitment may start in a sentence: its start (or ``first``, after a decision
    label), after a semicolon, at a lead phrase after "and" ("... and Members requested the
    Clerk to ..."), or at a capital after ", and" ("X will A, and Y will B").

    >>> clause_starts("Jo will send it; Sam will file it, and Ann will check.")
    [0, 17, 39]
    >>> clause_starts("Jo will send it and file it."), clause_starts("Claim not sent → @Jo to send it.")
    ([0], [0, 17])
    """
    cuts = [first]
    if ";" in sentence:
        cuts += [m.end() for m in re.finditer(r";\s+", sentence) if m.end() > first]
    if "→" in sentence or "->" in sentence:  # "worth about £300 → @Priya to send it"
        cuts += [m.end() for m in re.finditer(r"(?:→|->)\s*", sentence) if m.end() > first]
    if not lacks(keyword_view(sentence), ("and",)):  # the other cuts follow an "and"
        and_lead = _and_lead()
        if and_lead is not None:
            cuts += [m.start(1) for m in and_lead.finditer(sentence)]
        cuts += [m.end() for m in re.finditer(r",\s+and\s+(?=[A-Z])", sentence) if m.end() > first]
    return sorted(set(cuts))


@lru_cache(maxsize=1)
def _and_lead() -> re.Pattern | None:
    leads = "|".join(re.escape(p) for p, _ in vocab().get("PROSE_LEAD", []))
    return re.compile(rf"\band\s+({leads})\b", re.I) if leads else None


# a decision label opening a sentence: "Agreed:", "**Decision:**", "RESOLVED –"
_DECISION_LABEL = re.compile(r"^[*_]*(?P<label>[A-Za-z][A-Za-z ]{1,20}?)[*_]*\s*(?::|\s[–—-])[*_]*\s+(?=\S)")


def decision_lead(sentence: str) -> tuple[str, int] | None:
    """(rule, where the decision starts) when a sentence opens with a decision label.

    >>> decision_lead("**Agreed:** Jo will send the cashflow.")
    ('actions.decision.agreed', 12)
    >>> decision_lead("Agreed to send the cashflow."), decision_lead("Note: Jo will send it.")
    (None, None)
    """
    if not any(c in sentence for c in ":–—-"):
        return None
    m = _DECISION_LABEL.match(sentence)
    if not m:
        return None
    key = fold(m.group("label")).strip()
    rule = next((r for p, r in vocab().get("DECISION_LEAD", []) if p == key), None)
    return (rule, m.end()) if rule else None


def action_tag(sentence: str) -> list[str] | None:
    """The owners an action tag names when a sentence is nothing but the tag ("ACTION: JM",
    "Action: KH/BS"), closing the paragraph whose sentence before it is the task; else None.

    >>> action_tag("ACTION: KH/BS"), action_tag("Action – Ann Lee."), action_tag("ACTION: Jo to send it.")
    (['KH', 'BS'], None, None)
    """
    if len(sentence) > 60 or ":" not in sentence:
        return None
    m = _action_lead(sentence)
    return owner_list(sentence[m.end():]) if m else None


def directed_group(subject: str) -> str | None:
    """The rule of a group or post directed to act that names no attendee ("staff", "the City
    Attorney"), with or without "the" on either side; else None.

    >>> directed_group("City Attorney"), directed_group("the staff"), directed_group("Ann Lee")
    ('actions.directed-group.city-attorney', 'actions.directed-group.staff', None)
    """
    key = re.sub(r"^the\s+", "", fold(" ".join(subject.split())))
    return next((r for p, r in vocab().get("DIRECTED_GROUP", []) if re.sub(r"^the\s+", "", p) == key), None)


def _tags_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with an action tag that closes a line ("... a repair date. ACTION: AL" /
    "The hedge ...") set apart from the sentence that runs on after it on the next line."""
    out = []
    for s, e in spans:
        nl = text.find("\n", s, e)
        if nl > s and ":" in text[s:nl] and action_tag(" ".join(text[s:nl].split())):
            out.append((s, nl))
            s = nl + 1
        out.append((s, e))
    return out


def handles(subject: str) -> list[str] | None:
    """The owners a subject names when it is nothing but handles: "@Steph + @Liv", "@ann, @bo".

    >>> handles("@Steph + @Liv"), handles("@ravi-m"), handles("Steph and @Liv")
    (['@Steph', '@Liv'], ['@ravi-m'], None)
    """
    if "@" not in subject:
        return None
    parts = [p for p in re.split(r"\s*(?:\+|,|&|\band\b)\s*", subject.strip()) if p]
    return parts if parts and all(_HANDLE.match(p) for p in parts) else None


# people named by capitalised words, one to three a name, joined by "and", "&" or commas
_NAMED = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}$")


def _named(subject: str) -> list[str] | None:
    """The people a subject names, when it is nothing but capitalised names.

    >>> _named("Amos and Bernadette"), _named("All members"), _named("Council")
    (['Amos', 'Bernadette'], None, ['Council'])
    """
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", subject.strip()) if p]
    if not parts or not all(_NAMED.match(p) for p in parts):
        return None
    if any(_in_vocab(p, "DIRECTED_GROUP") for p in parts):
        return None
    return parts


@lru_cache(maxsize=1)
def prose_shape() -> re.Pattern:
    leads = "|".join(re.escape(p) for p, _ in sorted(vocab().get("PROSE_LEAD", []) + vocab().get("RESOLUTION_LEAD", []),
                                                     key=lambda r: -len(r[0])))
    phrases = sorted(vocab().get("PROSE_COMMIT", []) + vocab().get("DIRECTED", []), key=lambda r: -len(r[0]))
    verbs = "|".join(re.escape(p) for p, _ in phrases)
    # the lookahead on the verbs' first letters spares trying every verb after every subject length
    firsts = "".join(sorted({re.escape(p[0]) for p, _ in phrases if p}))
    ahead = f"(?=[{firsts}])" if firsts and all(p for p, _ in phrases) else ""  # no lookahead for a blank phrase
    return re.compile(rf"^(?:(?P<lead>{leads})\s+)?(?:the\s+)?(?P<subject>[^,;:]{{1,100}}?|[^;:]{{1,60}}?,)\s*"
                      rf"{ahead}(?P<verb>{verbs})\s+(?!be\b)[a-z]", re.I)


@lru_cache(maxsize=1)
def _directive_verbs() -> tuple[str, ...]:
    """The directing verbs, for :func:`lacks`; none (so nothing is ruled out) unless all are ASCII."""
    verbs = {p.lower() for p, _ in vocab().get("DIRECTIVE", [])}
    if not all(v.isascii() for v in verbs):
        return ()
    # a verb that holds another ("directed", "direct") adds nothing to a substring test
    return tuple(sorted(v for v in verbs if not any(o != v and o in v for o in verbs)))


@lru_cache(maxsize=1)
def directive_shape() -> re.Pattern:
    """A resolution directing someone named by capitalised words: "requests the Chief Executive
    Officer to prepare", "Directs the Director Infrastructure to obtain"."""
    verbs = "|".join(re.escape(p) for p, _ in sorted(vocab().get("DIRECTIVE", []), key=lambda r: -len(r[0])))
    # a group directed that names no attendee, written in lower case: "directed staff to"
    groups = "|".join(re.escape(re.sub(r"^the\s+", "", p)) for p, _ in vocab().get("DIRECTED_GROUP", []) if p.islower())
    phrases = [p for p, _ in vocab().get("DIRECTIVE", [])]
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases if p}))
    # the verbs' first letters (case-blind, as the verbs are) checked first: the look-behind
    # and every verb are tried only there
    ahead = f"(?=(?i:[{firsts}]))" if firsts and all(phrases) else ""
    return re.compile(rf"{ahead}(?:^|(?<=[\s;:,(]))(?P<verb>(?i:{verbs}))\s+(?:the\s+)?"
                      r"(?P<subject>[A-Z][\w'’.-]*(?:,?\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’.-]*){0,5}"
                      rf"{'|' + groups if groups else ''})\s+to\s+(?!be\b)[a-z]")


_FIRST_WORD = re.compile(r"\s*([A-Za-z0-9]+)(?: |$)")


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """The first words of the resolution leads ("resolved", "it", "agreed")."""
    return frozenset(p.split(" ")[0] for p, _ in vocab().get("RESOLUTION_LEAD", []))


# words that cannot follow the subject of a subjunctive resolution as its verb
_NOT_BARE = {"be", "is", "are", "was", "were", "has", "have", "had", "should", "would", "could", "may", "might",
             "must", "shall", "will", "can", "not", "to", "and", "or", "of", "for", "with", "in", "on", "at", "by"}


def resolution_subject(sentence: str) -> tuple[str, int, str] | None:
    """(subject, where its verb starts, lead rule) of a resolution in the subjunctive:
    "RESOLVED that the Clerk write to ...".

    >>> resolution_subject("RESOLVED that the Clerk write to the County.")
    ('Clerk', 24, 'actions.resolution.resolved-that')
    >>> resolution_subject("RESOLVED that the Council has no objection.") is None
    True
    >>> resolution_subject("RESOLVED that the Head of Parks and Estates report to the next meeting.")[0]
    'Head of Parks and Estates'
    >>> resolution_subject("RESOLVED that (a) the report be noted.") is None
    True
    >>> resolution_subject("Resolved that the rent be increased."), resolution_subject("Agreed that the Clerk writes.")
    (None, None)
    """
    leads = vocab().get("RESOLUTION_LEAD", [])
    word = _FIRST_WORD.match(sentence)
    if word and word.group(1).lower() not in _lead_words():
        return None  # ASCII letters and digits before a space are their own fold: no lead starts here
    t = fold(sentence)
    for phrase, rule in leads:
        if t.startswith(phrase + " "):
            break
    else:
        return None
    m = re.match(r"\s*(?:\([a-h]\)\s*)?(?:the\s+)?((?:(?:[A-Z][\w'’.-]*|and|&|the|of)\s+)*[A-Z][\w'’.-]*)\s+([a-z]+)\b",
                 sentence[len(phrase):])
    if not m:
        return None
    verb = m.group(2)
    if verb in _NOT_BARE or verb.endswith("s") and not verb.endswith("ss") or verb.endswith("ed"):
        return None
    return m.group(1), len(phrase) + m.start(2), rule


# a clause between a subject and its commitment: "Commissioner Bell attended the conference and (will share)"
_CLAUSE_SUBJECT = re.compile(r"^(?P<head>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?P<verb>[a-z]+)\b[^,;]*\s+and$")


@Language.factory("minutes_actions", assigns=["doc._.actions"],
                  requires=["doc._.layout", "doc._.agenda_items", "doc._.aliases"])
def make_actions(nlp: Language, name: str):
    return ActionsComponent()


def _spaced(text: str, b: Block) -> list[tuple[int, int]] | None:
    """Cells of a line laid out in columns by runs of two or more spaces, when it has three
    or more ("24/051    Publish the policy    G Stoddart    Nov 2024")."""
    line = text[b.start:b.end]
    if "\t" in line or "  " not in line.strip():
        return None
    cells = [(b.start + m.start(), b.start + m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    return cells if len(cells) >= 3 else None


class Table:
    """An action table: its header cells and which column holds what."""

    def __init__(self, cells: list[str], cols: dict[str, int], rules: list[str]) -> None:
        self.cells = cells
        self.cols = cols
        self.rules = rules
        self.intro = ""  # the intro of lettered parts, carried to a continuation row
        self.tid: int | None = None  # the reader's table index, when it gives one
        self.starts: list[int] = []  # where each column starts, in a table laid out with spaces


class ItemAt:
    """The level-1 agenda item a position is in (the last listed, where spans overlap), for
    positions asked in increasing order: a sweep, not a scan of every item for every line.

    >>> at = ItemAt([{"span": (0, 10), "level": 1, "n": 1}, {"span": (3, 5), "level": 2},
    ...              {"span": (10, 20), "level": 1, "n": 2}])
    >>> [(at(p) or {}).get("n") for p in (0, 4, 10, 25, 2)]
    [1, 1, 2, None, 1]
    """

    def __init__(self, items: list[dict]) -> None:
        tops = [(it["span"][0], k, it) for k, it in enumerate(items) if it["level"] == 1]
        self.tops = sorted(tops, key=lambda t: (t[0], t[1]))
        self._reset()

    def _reset(self) -> None:
        self.next = 0  # the first item not yet started
        self.open: list[tuple[int, dict]] = []  # (list index, item) of the started ones
        self.last = -1

    def __call__(self, pos: int) -> dict | None:
        if pos < self.last:
            self._reset()  # asked out of order: sweep again from the start
        self.last = pos
        while self.next < len(self.tops) and self.tops[self.next][0] <= pos:
            _, k, it = self.tops[self.next]
            self.open.append((k, it))
            self.next += 1
        self.open = [(k, it) for k, it in self.open if pos < it["span"][1]]
        return max(self.open, key=lambda o: o[0])[1] if self.open else None


class ActionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        blocks: list[Block] = doc._.layout
        text = doc._.source.text
        items = doc._.agenda_items or []
        self.aliases = with_halves(doc._.aliases or {})
        self._text = text
        self.initials = initials_aliases(doc._.attendees or [], self.aliases)
        actions: list[dict] = []
        section = False  # inside an "Actions:" / "Action summary" section
        table: Table | None = None
        owner_column = False  # an "Action" heading over rows whose last cell holds owners
        para_start: int | None = None  # where the paragraph before an "ACTION: owner" line starts
        lines = doc._.source.lines if doc._.source is not None else []
        run: list | None = None  # a paragraph of prose: [start, end, rules, previous]
        section_bullets = False  # the action section has had bulleted lines
        spaced: Table | None = None  # the header of a table laid out with runs of spaces
        listed = False  # bullets after a line that ends "Actions from the last meeting:"
        listed_previous = False  # ... an intro that names an earlier meeting
        wrapped = 0  # the end of the lines an action label's text runs on to
        reviews: dict[int, bool] = {}  # id of an item -> whether its title reviews earlier actions
        item_at = ItemAt(items)
        for bi, b in enumerate(blocks):
            if b.start < wrapped:
                continue
            tid = lines[b.index].table if b.index < len(lines) else None
            item = item_at(b.start)
            if item is None:
                previous = False
            elif (previous := reviews.get(id(item))) is None:
                previous = reviews[id(item)] = bool(_in_vocab(item["title"], "PREVIOUS"))
            if run and not (b.cells is None and b.number is None and b.kind in ("blank", "text") and not section):
                actions.extend(self._paragraph(doc, *run))
                run = None
            if b.kind == "blank":
                para_start = None
                continue
            if listed and not (b.kind == "list" and b.cells is None):
                listed = False
            if listed and _TASK_BOX.match(text[b.start:b.end]) is None and action_lead(text[b.start:b.end]) is None:
                # "Actions from that meeting:" over bullets: each bullet is an action
                s = b.title_start if b.title_start else b.start
                actions.append(self._label_line(doc, s, b.end, b.rules + ["actions.intro-list"], previous or listed_previous))
                continue
            box = _TASK_BOX.match(text[b.start:b.end]) if b.kind in ("list", "text") and b.cells is None else None
            if box:
                # "- [ ] Priya to book the hall", "- [x] Sam sent the letters": a task list item
                actions.append(self._task(doc, b.start + box.end(), b.end, b.rules, box.group("box"), previous))
                para_start = None
                continue
            lead = action_lead(text[b.start:b.end]) if b.kind in ("list", "text") and b.cells is None else None
            if lead is not None:
                # "- ACTION: X to ...", "* Action 4.2 (Dec): X to ... — complete", "ACTION (X): ..."
                rec = self._label_line(doc, b.start + lead, b.end, b.rules + ["actions.bullet-label"], previous)
                named = [o for o in label_owners(text[b.start:b.end]) or []]
                if named and all(self._known(o) or _PERSON.match(o) and " " in o for o in named):
                    rec["owners"] = named
                    rec["evidence"].append(evidence(doc, b.start, b.start + lead, ["actions.label-owners"], "owners"))
                actions.append(rec)
                para_start = None
                continue
            if b.kind == "label" and b.label == "ACTION":
                rest = text[b.rest_start:b.end].strip() if b.rest_start is not None else ""
                owners = owner_list(rest) if rest else None
                if owners and para_start is not None:
                    rec = self._record(doc, para_start, b.start, b.rules + ["actions.label-owners"], "new", None)
                    rec["owners"] = owners
                    rec["evidence"].append(evidence(doc, b.start, b.end, b.rules + ["actions.label-owners"], "owners"))
                    actions.append(rec)
                elif rest and _in_vocab(rest.strip(" .*"), "NO_ACTION") and len(rest.split()) <= 2:
                    pass  # "Action: none"
                elif rest:
                    s = b.rest_start + (len(text[b.rest_start:b.end]) - len(text[b.rest_start:b.end].lstrip()))
                    bulleted = bool(re.match(r"[-•*–·▪]\s", text[b.start:b.end]))
                    end = self._run_on(blocks, bi)
                    wrapped = end if end > b.end else 0
                    actions.append(self._label_line(doc, s, end, b.rules + ["actions.label-line"],
                                                    previous and bulleted))
                    section = False
                else:
                    section, table, section_bullets = True, None, False
                    owner_column = text[b.start:b.end].strip().rstrip(":").lower() == "action"
                para_start = None
                continue
            spaced_cells = _spaced(text, b) if b.cells is None else None
            if spaced_cells:
                # a plain-text table whose columns are runs of two or more spaces
                header = self._header([text[s:e] for s, e in spaced_cells])
                if header:
                    header.rules = header.rules + ["actions.spaced-columns"]
                    header.starts = [c[0] - b.start for c in spaced_cells]
                    spaced = header
                    continue
                if spaced and len(spaced_cells) * 2 > len(spaced.cells) and all(
                        any(abs(c[0] - b.start - h) <= 2 for h in spaced.starts) for c in spaced_cells):
                    # a row: every cell starts under a header column
                    actions.extend(self._from_table(doc, replace(b, cells=spaced_cells), spaced, previous))
                    continue
            spaced = None
            if b.kind == "row" and b.cells:
                cells = [text[s:e] for s, e in b.cells]
                header = self._header(cells)
                if header:
                    header.tid = tid
                    table, section, owner_column = header, False, False
                    continue
                if table and table.tid is not None and tid is not None and tid != table.tid:
                    table = None  # a header covers the rows of its own table only
                if table:
                    actions.extend(self._from_table(doc, b, table, previous))
                    continue
                if owner_column and len(cells) >= 3 and _REF.match(cells[0].strip()):
                    # ref | [title |] notes | owners: the notes are the longest middle cell
                    notes = max(b.cells[1:-1], key=lambda c: c[1] - c[0])
                    actions.extend(self._from_owner_cell(doc, b, notes, b.cells[-1], previous))
                    continue
                if owner_column and len(cells) == 2 and not _REF.match(cells[0].strip()) and owner_lines(cells[1]):
                    actions.extend(self._from_owner_cell(doc, b, b.cells[0], b.cells[1], previous))
                    continue
                if owner_column:
                    continue
                minutes = self._minutes_row(doc, b, previous) if not section else None
                if minutes is not None:
                    actions.extend(minutes)
                    continue
                if b.number is not None and len(cells) >= 2 and (section or previous or len(cells) >= 3):
                    s, e = b.cells[1]
                    status_text = cells[2] if len(cells) >= 3 else None
                    kind = "previous" if previous or (status_text and read_status(status_text)[0]) else "new"
                    if not section and not previous and kind == "new":
                        continue
                    rec = self._record(doc, s, e, b.rules + ["actions.numbered-row"], kind, status_text,
                                       status_span=b.cells[2] if status_text else None)
                    actions.append(rec)
                    continue
            if b.kind == "heading" and b.number is None or b.label not in (None, "ACTION"):
                section, table, owner_column = False, None, False
            if b.kind == "heading" and b.number is None or b.label not in (None, "ACTION") or b.kind == "row":
                para_start = None
                continue
            if section and b.kind == "text" and section_bullets and b.cells is None:
                section = False  # a plain line after the bullets of an action section ends it
            if not section and b.kind in ("text", "list", "heading") and b.cells is None:
                start = b.title_start if b.number is not None and b.title_start else b.start
                if b.kind == "list" and b.title_start:
                    start = b.title_start
                if b.kind == "heading":
                    actions.extend(self._prose(doc, start, b.end, list(b.rules), previous))
                elif run and b.kind != "list":
                    run[1] = b.end
                else:
                    run = [start, b.end, list(b.rules), previous]
            if section and b.kind in ("list", "text") and b.cells is None and not re.search(r"[^\W\d_]", text[b.start:b.end]):
                section = False  # a rule or signature separator ("--", "* * *") ends an action section
                continue
            if section and b.kind in ("list", "text") and b.cells is None and not owner_column:
                s = b.title_start if b.kind == "list" and b.title_start else b.start
                actions.append(self._label_line(doc, s, b.end, b.rules + ["actions.section-line"], False))
                section_bullets = section_bullets or b.kind == "list"
                continue
            if para_start is None or b.number is not None:
                para_start = b.title_start if b.number is not None and b.title_start else b.start
            if b.kind in ("text", "list") and b.cells is None and not section:
                clause = _SENTENCE.split(text[b.start:b.end].strip())[-1]
                listed = clause.endswith(":") and bool(_in_vocab(clause, "ACTION_INTRO"))
                listed_previous = listed and bool(_in_vocab(clause, "PREVIOUS"))
        if run:
            actions.extend(self._paragraph(doc, *run))
        actions = self._owner_column(doc, actions)
        doc._.actions = [self._dash_status(doc, a) for a in actions]
        return doc

    def _owner_column(self, doc: Doc, actions: list[dict]) -> list[dict]:
        """Plain-text minutes with a right-hand owner column laid out with spaces: a line whose
        text ends in a run of three or more spaces and owner initials or a short name
        ("... before 1 December.      LH", "... to the group.     LH/NO"). The action is the
        sentence ending on that line, wrapped back to its start. The tail must name attendees,
        or sit under an "Action by" heading at the same column; else the line is left alone.
        Records already made from the same text give way."""
        text = doc._.source.text
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
        heads: list[int] = []  # columns of an owner-column heading standing alone at the right
        found: list[dict] = []
        for li, (ls, le) in enumerate(lines):
            line = text[ls:le]
            h = re.fullmatch(r"([ \t]{20,})(\S.*?)\s*", line)
            if h and _in_vocab(h.group(2).rstrip(":"), "OWNER_COLUMN") and len(h.group(2).split()) <= 3:
                heads.append(len(h.group(1)))
                continue
            m = _OWNER_TAIL.match(line)
            if not m:
                continue
            gap_label = GAP_LABEL.match(line.strip())
            if gap_label and lookup_label(gap_label.group("label")):
                continue  # "APOLOGIES      AB, CD": a label and its list, not a task and its owners
            names = [n for n in re.split(r"\s*[/,&]\s*|\s+and\s+", m.group("owners")) if n]
            owners = [self._lookup(n) for n in names]
            aligned = any(abs(m.start("owners") - c) <= 4 for c in heads)
            if not aligned and (not all(owners) or len(m.group("gap")) < 3):
                continue  # two spaces only under a heading at that column
            body_end = ls + m.end("body")
            start = self._sentence_back(lines, li, ls + len(m.group("body")) - len(m.group("body").lstrip()), body_end)
            if start is None or body_end - start < 8:
                continue
            rec = self._record(doc, start, body_end, ["actions.owner-column-spaced"], "new", None)
            rec["owners"] = [o or n for o, n in zip(owners, names)]
            rec["evidence"].append(evidence(doc, ls + m.start("owners"), ls + m.end("owners"),
                                            ["actions.owner-column-spaced"], "owners"))
            found.append(rec)
        if not found:
            return actions
        spans = [(r["evidence"][0]["start"], r["evidence"][0]["end"]) for r in found]
        kept = []
        for a in actions:
            s = a["start"]
            hit = next((k for k, (fs, fe) in enumerate(spans) if fs <= s < fe or s <= fs < s + max(len(a["text"]), 1)), None)
            if hit is None:
                kept.append(a)
                continue
            rec = found[hit]
            if a["kind"] == "previous":
                rec["kind"], rec["status"] = "previous", a["status"]
        out = kept + found
        out.sort(key=lambda r: r["start"])
        return out

    def _sentence_back(self, lines: list[tuple[int, int]], li: int, s: int, e: int) -> int | None:
        """Where the sentence that ends at ``e`` (on line ``li``, whose text starts at ``s``)
        starts: after the last sentence end before it, going back over the lines of its
        paragraph; a blank line, a heading in capitals, a line ending in a colon, a list marker
        or a line with its own owner tail stops the walk."""
        text = self._text
        k = li
        while True:
            seg = text[s:e]
            cut = [m.end() for m in re.finditer(r"[.!?;:][\"”’)]?\s+(?=[A-Z(\"“])", seg.rstrip())]
            if cut:
                return s + cut[-1]
            marker = re.match(r"\s*(?:\(?[a-z0-9]{1,4}[.)]|[-*•–])\s+", seg)
            if marker:
                return s + marker.end()
            if k == 0:
                return s
            ps, pe = lines[k - 1]
            prev = text[ps:pe]
            if not prev.strip() or not re.search(r"[a-z]", prev) or _OWNER_TAIL.match(prev) \
                    or re.search(r"[.!?:][\"”’)]?\s*$", prev):
                return s
            if re.match(r"\s*(?:[IVXLC]+\.|\d{1,2}\.)\s+[A-Z][^a-z]*$", prev):
                return s
            k -= 1
            s = ps + len(prev) - len(prev.lstrip())
            e = pe

    def _dash_status(self, doc: Doc, rec: dict) -> dict:
        """A reviewed action whose status follows a dash: "NO to contact the pool manager - done"
        keeps the task as its text and reads the status from the tail."""
        if rec["kind"] != "previous" or rec["status"] is not None:
            return rec
        src = doc._.source.text[rec["start"]:]
        m = re.search(r"\s[-–—]{1,2}\s+", rec["text"])
        if not m or m.start() < 8:
            return rec
        status, rule = lead_status(rec["text"][m.end():])
        if status is None:
            status, rule = read_status(rec["text"][m.end():])
        if status is None:
            return rec
        d = re.search(r"\s[-–—]{1,2}\s+", src)
        if d is None:
            return rec
        new = self._record(doc, rec["start"], rec["start"] + d.start(),
                           list(rec["evidence"][0]["rules"]) + ["actions.dash-status"], "previous", None)
        new["owners"], new["explicit"] = rec["owners"], rec["explicit"]
        new["status"] = status
        new["evidence"].append(evidence(doc, rec["start"] + d.end(), rec["start"] + d.end() + len(rec["text"]) - m.end(),
                                        [rule], "status"))
        return new

    def _run_on(self, blocks: list[Block], bi: int) -> int:
        """The end of an action label's text: a sentence left open at the end of its line runs on
        over the plain lines that follow ("Action: Ann to book the hall" / "before the end of June.")."""
        end = blocks[bi].end
        for nb in blocks[bi + 1:bi + 4]:
            if SENTENCE_END.search(self._text[blocks[bi].start:end].rstrip()) or nb.kind != "text" \
                    or nb.cells is not None or nb.number is not None or not self._text[nb.start:nb.start + 1].islower():
                break
            end = nb.end
        return end

    # tables ---------------------------------------------------------------
    def _header(self, cells: list[str]) -> Table | None:
        cols: dict[str, int] = {}
        rules: list[str] = []
        filled = unknown = 0
        for i, c in enumerate(cells):
            key = fold(" ".join(c.split())).strip(" :.")
            if not key:
                continue
            filled += 1
            for label in ("COL_ACTION", "COL_ITEM", "COL_OWNER", "COL_DUE", "COL_STATUS", "COL_OTHER"):
                hit = next((r for p, r in vocab().get(label, []) if key == p), None)
                if hit:
                    cols.setdefault(label, i)
                    rules.append(hit)
                    break
            else:
                if len(key.split()) > 3:
                    return None  # a header cell is a short name, never a sentence
                unknown += 1
        if filled < 2:
            return None
        if unknown and not (unknown == 1 and "COL_ACTION" in cols and len(set(cols) & {"COL_OWNER", "COL_DUE"}) == 2):
            return None  # a header row names every column, or all but one beside action, owner and due columns
        if unknown:
            rules.append("actions.column.unnamed")
        if "COL_ACTION" not in cols:
            if "COL_ITEM" in cols and ("COL_OWNER" in cols or "COL_DUE" in cols):
                cols["COL_ACTION"] = cols["COL_ITEM"]
            else:
                return None
        return Table(cells, cols, rules)

    def _align(self, b: Block, table: Table, text: str) -> dict[int, tuple[int, int]]:
        """Row cells by header column: by position when the counts agree, else the filled
        cells from the left (a row that starts with its number) or from the right."""
        cells = b.cells
        if len(cells) == len(table.cells):
            return dict(enumerate(cells))
        hcols = [i for i, c in enumerate(table.cells) if c.strip()]
        filled = [c for c in cells if text[c[0]:c[1]].strip()]
        if len(filled) > len(hcols) and hcols:
            # a column split in two: first and last cells keep their columns; the columns
            # between take the longest of the cells between (the halves of a split are short)
            middle = filled[1:-1]
            keep = sorted(sorted(range(len(middle)), key=lambda k: middle[k][0] - middle[k][1])[:len(hcols) - 2])
            return {hcols[0]: filled[0], **dict(zip(hcols[1:-1], [middle[k] for k in keep])), hcols[-1]: filled[-1]}
        if filled and _REF.match(text[filled[0][0]:filled[0][1]].strip()):
            return dict(zip(hcols, filled))
        return dict(zip(reversed(hcols), reversed(filled)))

    def _from_table(self, doc: Doc, b: Block, table: Table, previous: bool) -> list[dict]:
        text = doc._.source.text
        by_col = self._align(b, table, text)
        a_col = table.cols["COL_ACTION"]
        a = by_col.get(a_col)
        if a is None or _REF.match(text[a[0]:a[1]].strip()):
            # the item column holds the row number; the action is in the next cell
            a = by_col.get(a_col + 1) if a_col + 1 not in table.cols.values() else None
        if a is None or not text[a[0]:a[1]].strip():
            return []
        cell_text = text[a[0]:a[1]]
        if _in_vocab(cell_text.strip(), "NO_ACTION") and len(cell_text.split()) <= 2:
            return []
        owner_cell = by_col.get(table.cols["COL_OWNER"]) if "COL_OWNER" in table.cols else None
        due_cell = by_col.get(table.cols["COL_DUE"]) if "COL_DUE" in table.cols else None
        status_cell = by_col.get(table.cols["COL_STATUS"]) if "COL_STATUS" in table.cols else None
        rules = b.rules + table.rules + ["actions.table-columns"]
        has_columns = owner_cell is not None or due_cell is not None or status_cell is not None
        if not has_columns and "COL_OTHER" in table.cols:
            # Item | Notes | Action: the action cell holds the action, or only its owners
            groups = owner_lines(cell_text)
            if groups:
                notes = max((c for i, c in by_col.items() if c != a and not _REF.match(text[c[0]:c[1]].strip())),
                            key=lambda c: c[1] - c[0], default=None)
                return self._from_owner_cell(doc, b, notes, a, previous) if notes else []
        ids = split_ids(cell_text)
        letters = None if ids else split_letters(cell_text)
        if ids:
            spans = [(a[0] + s, a[0] + e) for s, e in ids]
            rules = rules + ["actions.action-id"]
        elif letters:
            intro, parts = letters
            if not intro and table.intro and parts[0][0] != "a":
                intro = table.intro
            table.intro = intro
            spans = [(a[0] + s, a[0] + e) for _, s, e in parts]
            rules = rules + ["actions.lettered-parts"]
        else:
            spans = [(a[0] + s, a[0] + e) for s, e in split_lines(cell_text)] if has_columns else [a]
            intro = ""
        if not has_columns and not ids:
            # without owner or deadline columns, only short cells worded as actions, never the
            # widest cell of the row (that is the discussion, a column the PDF lost)
            widest = max(by_col.values(), key=lambda c: c[1] - c[0])
            if a == widest and len(by_col) > 1:
                return []
            spans = [sp for sp in spans if _action_shaped(text[sp[0]:sp[1]]) and len(text[sp[0]:sp[1]].split()) <= 15]
        status_text = text[status_cell[0]:status_cell[1]] if status_cell else None
        kind = "previous" if previous or (status_text and status_text.strip()) else "new"
        if status_text and fold(status_text.strip(" .")) in {p for p, _ in vocab().get("STATUS_NEW", [])}:
            kind, status_text = "new", None  # "New": raised at this meeting, so open
        # commitments in the discussion cells beside the action column ("KK to advise ...")
        others = [c for i, c in by_col.items() if c not in (a, owner_cell, due_cell, status_cell)
                  and i not in (table.cols.get("COL_ACTION"), table.cols.get("COL_OWNER"), table.cols.get("COL_DUE"))
                  and not _REF.match(text[c[0]:c[1]].strip())]
        prose = [r for c in others for r in self._prose(doc, c[0], c[1], rules + ["actions.discussion-cell"], previous)]
        owners_by_letter = self._lettered(text, owner_cell) if letters else None
        due_by_letter = self._lettered(text, due_cell) if letters else None
        out = []
        for k, (s, e) in enumerate(spans):
            rec = self._record(doc, s, e, rules, kind, status_text, status_span=status_cell)
            if letters and intro:
                rec["text"] = " ".join(intro.split()) + " " + rec["text"]
            letter = letters[1][k][0] if letters else None
            if owner_cell:
                ot = owners_by_letter.get(letter) if owners_by_letter and letter in owners_by_letter else text[owner_cell[0]:owner_cell[1]]
                names = [o.strip() for o in _OWNER_SPLIT.split(" ".join(ot.split())) if o.strip()]
                rec["owners"] = names or rec["owners"]
                if names:
                    rec["evidence"].append(evidence(doc, owner_cell[0], owner_cell[1], rules, "owners"))
            if due_cell and text[due_cell[0]:due_cell[1]].strip():
                dt = due_by_letter.get(letter) if due_by_letter and letter in due_by_letter else text[due_cell[0]:due_cell[1]]
                rec["due"] = " ".join(dt.split())
                rec["evidence"].append(evidence(doc, due_cell[0], due_cell[1], rules, "due"))
            rec["ref"] = self._ref(doc, b)
            rec["origin"] = id(table)
            if rec["status"] == "closed":
                self._closed_as(doc, b, rec)
            out.append(rec)
        # a commitment in the discussion that the action column restates (same owner, a task
        # word in common) is that action, not another
        def restated(p: dict) -> bool:
            po = {self._canon(o) for o in p["owners"]}
            for r in out:
                ro = {self._canon(o) for o in r["owners"] or ([subject_of(r["text"])] if subject_of(r["text"]) else [])}
                common = _content(p["text"]) & _content(r["text"]) - {fold(o) for o in p["owners"] + r["owners"]}
                if po & ro and common:
                    return True
            return False
        return out + [p for p in prose if not restated(p)]

    @staticmethod
    def _closed_as(doc: Doc, b: Block, rec: dict) -> None:
        """A closed row of an action log that the minutes say was "closed as complete" (by its
        id, "TB-031 was closed as complete because ...") was done, not dropped."""
        text = doc._.source.text
        first = " ".join(text[b.cells[0][0]:b.cells[0][1]].split()) if b.cells else ""
        if not re.fullmatch(r"[A-Z]{1,5}[-/]?\d{1,4}[a-z]?", first):
            return
        m = re.search(rf"(?<![\w-]){re.escape(first)}\s+(?:was|is|has\s+been)\s+closed\s+as\s+(\w+)", text)
        if m and (found := read_status(m.group(1)))[0] == "complete":
            rec["status"] = "complete"
            rec["evidence"].append(evidence(doc, m.start(), m.end(), [found[1], "actions.closed-as"], "status"))

    def _retext(self, doc: Doc, rec: dict, end: int) -> dict:
        """A prose commitment cut short at ``end``, keeping its owners."""
        new = self._record(doc, rec["start"], end, list(rec["evidence"][0]["rules"]), rec["kind"], None)
        new["owners"], new["explicit"] = rec["owners"], rec["explicit"]
        return new

    def _task(self, doc: Doc, s: int, e: int, rules: list[str], box: str, previous: bool) -> dict:
        """A task-list item: a ticked box ("[x]") is done, an empty one open; a closing status
        ("– done!") also counts. Its owner is the subject, or the known name it opens with
        when it reports what was done ("Sam booked the hall")."""
        text = doc._.source.text
        rec = self._label_line(doc, s, e, rules + ["actions.task-box"], previous)
        rec["kind"] = "previous" if previous else "new"
        ticked = box.strip().lower() == "x"
        status, rule = read_status(f"[{'x' if ticked else ' '}]")
        if not any(ev.get("field") == "status" for ev in rec["evidence"]):
            rec["status"] = status
            rec["evidence"][0]["rules"] = sorted(rec["evidence"][0]["rules"] + [rule])
        if not rec["owners"]:
            m = re.match(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+([a-z]+)\b", rec["text"])
            if m and (m.group(2).endswith("ed") or _in_vocab(m.group(2), "CLAUSE_VERB")) and self._known(m.group(1)):
                rec["owners"] = [m.group(1)]
        return rec

    def _label_line(self, doc: Doc, s: int, e: int, rules: list[str], previous: bool) -> dict:
        """The action after an action label; a status after a closing dash ("— complete",
        "- withdrawn, superseded by ...") makes it an earlier action under review."""
        text = doc._.source.text
        s = strip_span(text, s, e)[0]
        if text.startswith("~~", s):
            s += 2  # "~~@bkaram: survey authors~~ — dropped": struck through, owner and task kept
        lead = self._lead_owners(text[s:e])
        if lead:
            owners, skip = lead
            owner_span = (s, s + skip)
            s += skip
            rules = rules + ["actions.owner-lead"]
        cut, status_span, due_tail = e, None, None
        for m in re.finditer(r"\s[-–—]+\s*", text[s:e]):
            if lead_status(text[s + m.end():e])[0]:
                cut, status_span = s + m.start(), (s + m.end(), e)
                break
            if lead and m.start() > 0 and (due := find_due(text[s + m.end():e])) and due[1] == 0:
                # "Ann Lee — book the hall — by 31 March": the deadline after a closing dash
                cut, due_tail = s + m.start(), due[0]
                break
            if lead and m.start() > 0 and (bare := bare_date(text[s + m.end():e])):
                # "Ann Lee — book the hall — 31 March": a date alone after the closing dash
                cut, due_tail = s + m.start(), bare
                break
        status_text = text[status_span[0]:status_span[1]] if status_span else None
        kind = "previous" if previous or status_span else "new"
        fields = tail_fields(text[s:cut])
        if fields:
            cut = s + fields[0][2]
        rec = self._record(doc, s, cut, rules + (["actions.dash-status"] if status_span else []), kind,
                           status_text, status_span=status_span)
        for label, rule, _, vs, ve in fields or []:
            value = text[s + vs:s + ve]
            if label == "COL_OWNER" and (named := owner_list(value)):
                rec["owners"], lead = named, None
            elif label == "COL_DUE":
                rec["due"] = " ".join(value.split())
            else:
                continue
            rec["evidence"].append(evidence(doc, s + vs, s + ve, [rule, "actions.tail-field"],
                                            "owners" if label == "COL_OWNER" else "due"))
        if lead:
            rec["owners"] = owners
            rec["evidence"].append(evidence(doc, owner_span[0], owner_span[1], ["actions.owner-lead"], "owners"))
        elif not fields and status_span is None and (tail := _OWNER_BRACKET.search(text[s:cut])):
            named = owner_list(tail.group("owners"))
            if named and all(self._known(n) for n in named):
                # "Book the hall by 3 May (Dr Lee and Ann)": the owners in brackets closing the action
                rec = self._retext(doc, rec, s + tail.start())
                rec["owners"] = [self._lookup(n) for n in named]
                rec["evidence"].append(evidence(doc, s + tail.start("owners"), s + tail.end("owners"),
                                                ["actions.owner-bracket"], "owners"))
        if due_tail and not rec["due"]:
            rec["due"] = due_tail
        return rec

    def _lead_owners(self, line: str) -> tuple[list[str], int] | None:
        """(owners, where the task starts) when an action opens with its owners before a colon
        or dash: handles ("@alice: move CI"), attendees by any of their names ("Priya: book the
        hall"), or full personal names before a task in lower case ("Ann Lee — book the hall")."""
        m = _OWNER_LEAD.match(line)
        if not m:
            return self._bare_owners(line)
        written = m.group("owners").strip()
        parts = [p for p in _OWNER_SPLIT.split(written) if p]
        if not parts:
            return None
        if all(_HANDLE.match(p) for p in parts):
            return parts, m.end()
        if lookup_label(written) or any(read_status(p)[0] for p in parts):
            return None  # "Note: ...", "Update: ...", "Done — ..."
        names = owner_list(written)
        if not names:
            return None
        task_lower = line[m.end():m.end() + 1].islower()
        if all(self._known(p) or (task_lower and _PERSON.match(p) and " " in p) for p in names):
            return names, m.end()
        return None

    def _bare_owners(self, line: str) -> tuple[list[str], int] | None:
        """(owners, where the task starts) when an action opens with attendees' names written
        in full and no separator before a task in the imperative ("Ann Lee and Bo Ng Book the
        hall", as task lists that mention people render); the longest run of names wins."""
        words = list(re.finditer(r"\S+", line))
        for k in range(min(len(words) - 2, 8), 1, -1):
            written = line[:words[k - 1].end()]
            nxt, after = words[k].group(), words[k + 1].group()
            if not (re.fullmatch(r"[A-Z][a-z]+", nxt) and after[:1].islower()):
                continue  # the task opens with a capitalised verb and runs on in lower case
            parts = [p for p in _OWNER_SPLIT.split(written) if p]
            if parts and all(_PERSON.match(p) and " " in p and not p.isupper() and self._known(p) for p in parts):
                return parts, words[k].start()
        return None

    @staticmethod
    def _ref(doc: Doc, b: Block) -> str | None:
        """The item reference a table row starts with, digits only ("BM 41b/2122" -> "41/2122")."""
        first = doc._.source.text[b.cells[0][0]:b.cells[0][1]].strip() if b.cells else ""
        return "/".join(re.findall(r"\d+", first)) if _REF.match(first) and "/" in first else None

    @staticmethod
    def _lettered(text: str, cell) -> dict[str, str] | None:
        if cell is None:
            return None
        got = split_letters(text[cell[0]:cell[1]])
        if not got:
            return None
        return {letter: text[cell[0] + s:cell[0] + e] for letter, s, e in got[1]}

    def _minutes_row(self, doc: Doc, b: Block, previous: bool) -> list[dict] | None:
        """A row of a minutes table without an action header: reference | title | notes |
        action. The action cell holds owners (each beside a committing sentence of the notes)
        or an action worded "Clerk to ..."; the notes may hold prose commitments and a lettered
        list of earlier actions, each ending "- owner". None when the row is not of that shape."""
        text = doc._.source.text
        cells = [text[s:e] for s, e in b.cells]
        if len(cells) < 3 or not _REF.match(cells[0].strip()):
            return None
        title, notes = b.cells[1], max(b.cells[2:4] if len(b.cells) >= 4 else b.cells[2:], key=lambda c: c[1] - c[0])
        if len(cells) == 3 and len(cells[2]) < 3 * len(cells[1]):
            return None  # ref | action | status: a table of earlier actions
        rules = b.rules + ["actions.minutes-row"]
        out: list[dict] = []
        last = b.cells[-1] if len(cells) >= 4 else None
        if last is not None and last != notes:
            lt = text[last[0]:last[1]]
            groups = owner_lines(lt)
            subject = subject_of(" ".join(lt.split()))
            if groups and all(self._known(o) for g in groups for o in g):
                out += self._from_owner_cell(doc, b, notes, last, previous)
            elif subject and self._owners(subject, last[0]):
                rec = self._record(doc, last[0], last[1], rules + ["actions.minutes-action-cell"],
                                   "previous" if previous else "new", None)
                rec["ref"] = self._ref(doc, b)
                out.append(rec)
        earlier = previous or bool(_in_vocab(text[title[0]:title[1]], "PREVIOUS"))
        out += self._dash_owned(doc, notes, rules, earlier)
        taken = {r["start"] for r in out}
        for rec in self._prose(doc, notes[0], notes[1], rules, previous, skip=taken):
            rec["ref"] = self._ref(doc, b)
            out.append(rec)
        return out

    def _dash_owned(self, doc: Doc, cell, rules: list[str], earlier: bool) -> list[dict]:
        """Lettered actions in a notes cell, each ending with its owners after a dash
        ("a. Ensure that the website is updated. - Heather Poustie")."""
        text = doc._.source.text
        got = split_letters(text[cell[0]:cell[1]])
        if not got:
            return []
        intro, parts = got
        kind = "previous" if earlier or _in_vocab(intro, "PREVIOUS") else "new"
        out = []
        for _, s, e in parts:
            part = text[cell[0] + s:cell[0] + e]
            m = re.search(r"\s*[-–—]\s*(?P<owners>[^-–—]+?)\s*$", part)
            owners = owner_list(m.group("owners")) if m else None
            if not owners or not any(self._known(o) for o in owners):
                continue  # names after a dash, at least one of them an attendee
            rec = self._record(doc, cell[0] + s, cell[0] + s + m.start(), rules + ["actions.dash-owners"], kind, None)
            rec["owners"] = owners
            rec["evidence"].append(evidence(doc, cell[0] + s + m.start("owners"), cell[0] + s + m.end("owners"),
                                            ["actions.dash-owners"], "owners"))
            out.append(rec)
        return out

    def _from_owner_cell(self, doc: Doc, b: Block, notes, owner_cell, previous: bool) -> list[dict]:
        """An action column that holds only owners, a line each: each line stands beside a
        sentence of the notes that commits someone to a task."""
        text = doc._.source.text
        groups = owner_lines(text[owner_cell[0]:owner_cell[1]])
        if not groups or notes is None:
            return []
        body = text[notes[0]:notes[1]]
        cands = [(s, e) for s, e in sentences(body, notes[0])
                 if _in_vocab(text[s:e], "COMMIT") and not _in_vocab(text[s:e], "REPORTED")]
        out, pos = [], 0
        used: set[int] = set()
        for gi, group in enumerate(groups):
            names = {self._canon(o) for o in group}
            pick = next((k for k in range(pos, len(cands)) if k not in used and
                         names & self._mentions(text[cands[k][0]:cands[k][1]])), None)
            if pick is None:  # no sentence names them: one whose subject acts and that names no
                # owner of a later line, else the next
                later = {self._canon(o) for g in groups[gi + 1:] for o in g}
                free = [k for k in range(pos, len(cands)) if k not in used
                        and not _decision(text[cands[k][0]:cands[k][1]])]
                pick = next((k for k in free if not _passive(text[cands[k][0]:cands[k][1]])
                             and not later & self._mentions(text[cands[k][0]:cands[k][1]])),
                            free[0] if free else None)
            if pick is None:
                break
            used.add(pick)
            pos = pick + 1
            s, e = cands[pick]
            rec = self._record(doc, s, e, b.rules + ["actions.owner-column"], "previous" if previous else "new", None)
            rec["owners"] = list(group)
            rec["ref"] = self._ref(doc, b)
            rec["evidence"].append(evidence(doc, owner_cell[0], owner_cell[1], ["actions.owner-column"], "owners"))
            out.append(rec)
        return out

    def _paragraph(self, doc: Doc, start: int, end: int, rules: list[str], previous: bool) -> list[dict]:
        """A paragraph of prose: under an item that reviews earlier actions, a paragraph with a
        sentence that is only a status ("Action complete.", "Carried forward.") reports on an
        earlier action; else the commitments in it."""
        review = self._review(doc, start, end, rules, previous)
        return [review] if review else self._prose(doc, start, end, rules, previous)

    def _review(self, doc: Doc, start: int, end: int, rules: list[str], previous: bool) -> dict | None:
        """The earlier action a paragraph of a matters-arising item reports on: the first sentence
        whose subject is an attendee, a titled name or a role ("The Secretary had written ...",
        "Mr Lamont has not yet been able to ..."), with the status sentence when it follows at once."""
        if not previous:
            return None
        text = doc._.source.text
        spans = prose_sentences(text[start:end], start)
        marks = [k for k, (s, e) in enumerate(spans) if self._status_sentence(text[s:e])]
        if not marks:
            return None
        for k, (s, e) in enumerate(spans[:marks[0]]):
            sent = " ".join(text[s:e].split())
            m = re.match(r"^((?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})\s+[a-z]", sent)
            owners = self._review_owners(m.group(1), s) if m else None
            if not owners:
                continue
            status_at = marks[0]
            stop = spans[status_at][1] if status_at == k + 1 else e
            status_text = text[spans[status_at][0]:spans[status_at][1]]
            rec = self._record(doc, s, stop, rules + ["actions.review-paragraph"], "previous", status_text,
                               status_span=spans[status_at])
            rec["owners"] = owners
            return rec
        return None

    @staticmethod
    def _status_sentence(sentence: str) -> bool:
        """A sentence that is nothing but a status, after an optional "Action"/"This action".

        >>> [ActionsComponent._status_sentence(t) for t in ("Action complete.", "Carried forward.", "Open to all.")]
        [True, True, False]
        """
        t = re.sub(r"^(?:this\s+)?actions?\s+(?:is\s+|was\s+)?", "", " ".join(sentence.split()), flags=re.I)
        return len(t.split()) <= 3 and bool(lead_status(t)[0]) and bool(re.fullmatch(r"[\w\s-]+[.!]?", t))

    def _review_owners(self, subject: str, offset: int) -> list[str] | None:
        """Owners of a reviewed action: attendees or roles by any of their names, or a name after
        an honorific or title, or a role word alone ("The Secretary")."""
        owners = self._owners(re.sub(r"^[Tt]he\s+", "", subject), offset)
        if owners:
            return owners
        bare = strip_titles(subject)
        titles = {p for p, _ in vocab().get("TITLE", [])}
        if bare != fold(re.sub(r"^[Tt]he\s+", "", subject)) and re.fullmatch(r"[\w'’-]+", bare):
            return [subject.strip()]  # "Mr Lamont"
        if re.match(r"[Tt]he\s", subject) and bare in titles:
            return [re.sub(r"^[Tt]he\s+", "", subject)]  # "The Secretary"
        return None

    def _prose(self, doc: Doc, start: int, end: int, rules: list[str], previous: bool,
               skip: set[int] | None = None) -> list[dict]:
        """Commitments in prose between ``start`` and ``end`` (a paragraph, however many lines it
        is wrapped over, or a table cell): an attendee or role (by any of its names) followed by
        "to", "agreed to", "will" ... and a verb, at the start of a sentence or after a lead
        ("Next steps include", "and Members requested")."""
        text = doc._.source.text
        out = []
        last: tuple[int, int] | None = None  # the sentence before, for an owner tag after it
        for s, e in _tags_apart(text, prose_sentences(text[start:end], start)):
            if skip and any(s <= k < e for k in skip):
                continue
            sent = " ".join(text[s:e].split())
            before, last = last, (s, e)
            tagged = action_tag(sent) if before and len(sent) <= 60 and ":" in sent else None
            if tagged:
                # "... JM will draft a plan. ACTION: JM": the tag names the owners of the sentence before
                done = next((r for r in out if before[0] <= r["start"] < before[1]), None)
                if done is None:
                    done = self._record(doc, before[0], before[1], rules + ["actions.owner-tag"],
                                        "previous" if previous else "new", None)
                    out.append(done)
                else:
                    done["evidence"][0]["rules"] = sorted(set(done["evidence"][0]["rules"]) | {"actions.owner-tag"})
                done["owners"], done["explicit"] = tagged, True
                done["evidence"].append(evidence(doc, s, e, ["actions.owner-tag"], "owners"))
                continue
            res = resolution_subject(sent)
            if res and self._owners(res[0], s):
                rec = self._record(doc, s + (len(text[s:e]) - len(text[s:e].lstrip())), e, rules + [res[2]],
                                   "previous" if previous else "new", None)
                rec["owners"] = self._owners(res[0], s)
                rec["explicit"] = False
                out.append(rec)
                continue
            parts = self._resolution_parts(doc, s, e, sent, rules, previous) if "(b)" in sent else None
            if parts:
                out.extend(parts)
                continue
            directed = self._directive(doc, s, e, sent, rules, previous)
            if directed:
                out.append(directed)
                continue
            decided = decision_lead(sent)
            found_any = None
            for cut in clause_starts(sent, decided[1] if decided else 0):
                if found_any is not None and not re.search(r",\s+and\s+$" if not decided else r"(?:,\s+and|;)\s+$",
                                                           sent[:cut]):
                    continue  # after a commitment, only ", and Y will ..." (or "; Y to ..." under a label) starts another
                m = prose_shape().match(sent[cut:])
                if not m:
                    continue
                subject = m.group("subject").strip(" ,")
                owners = self._owners(subject, s) or handles(subject)
                if not owners and decided and not m.group("lead") and not re.match(r"(?i)the\s", sent[cut:]) \
                        and (named := _named(subject)):
                    owners = named  # "Agreed: Jo and Sam will ...": people named under a decision label
                verb = fold(m.group("verb"))
                extra = []
                if not owners:
                    clause = _CLAUSE_SUBJECT.match(subject)
                    if clause and (re.fullmatch(r"[a-z]{2,}ed", clause.group("verb")) or
                                   _in_vocab(clause.group("verb"), "CLAUSE_VERB")):
                        # "X attended the conference and will share ...": the clause's subject commits
                        owners = self._owners(clause.group("head"), s)
                        extra = ["actions.prose.clause-subject"]
                group = directed_group(subject) if any(p == verb for p, _ in vocab().get("DIRECTED", [])) else None
                if not owners and group:
                    owners = []  # "Staff was directed to ...": a direction to no attendee
                    extra = [group]
                elif not owners:
                    continue
                rule = next((r for p, r in vocab()["PROSE_COMMIT"] + vocab().get("DIRECTED", []) if p == verb), "actions.prose")
                lead = next((r for p, r in vocab().get("PROSE_LEAD", []) + vocab().get("RESOLUTION_LEAD", [])
                             if m.group("lead") and p == fold(m.group("lead"))), None)
                s2 = s + (len(text[s:e]) - len(text[s:e].lstrip()))
                if cut:
                    # the clause starts inside the sentence: find it in the source text
                    words = sent[cut:].split()
                    pat = r"\s+".join(re.escape(w) for w in words[:3])
                    found = re.search(pat, text[s:e])
                    s2 = s + found.start() if found else s2
                if found_any is not None:
                    # "X will A, and Y will B": the earlier commitment ends before ", and"
                    prev = out[found_any]
                    joint = re.search(r"(?:,\s+and|;)\s*$", text[prev["start"]:s2])
                    if joint:
                        out[found_any] = self._retext(doc, prev, prev["start"] + joint.start())
                rec = self._record(doc, s2, e, rules + [rule] + extra + ([lead] if lead else []) +
                                   ([decided[0]] if decided else []),
                                   "previous" if previous and not any(p == verb for p, _ in vocab().get("PROMISE", [])) else "new",
                                   None)
                rec["owners"] = owners
                if previous and rec["kind"] == "new":
                    rec["evidence"][0]["rules"] = sorted(set(rec["evidence"][0]["rules"]) | {"actions.promise-under-review"})
                # "@Priya to send it": a handle assigned a task in note form marks it as an action
                rec["explicit"] = bool(decided) or verb == "to" and owners == handles(subject)
                if m.group("verb").lower() == "working with":
                    rest = sent[cut + m.end("verb"):]
                    more = re.match(r"\s*((?:[A-Z][\w'’.-]*|the|and|,)(?:\s+(?:[A-Z][\w'’.-]*|the|and|,))*)", rest)
                    if more:
                        rec["owners"] += [p for p in re.split(r"\s*(?:,|\band\b)\s*", re.sub(r"\bthe\s+", "", more.group(1))) if p]
                out.append(rec)
                found_any = len(out) - 1
            if decided and found_any is not None:
                # "Agreed: Jo will send the plan, and will report back in May": a second task, same owners
                prev = out[found_any]
                more = _SAME_SUBJECT.search(text[prev["start"]:e])
                if more:
                    s3 = prev["start"] + more.end()
                    rec = self._record(doc, s3, e, list(prev["evidence"][0]["rules"]) + ["actions.prose.same-subject"],
                                       prev["kind"], None)
                    rec["owners"], rec["explicit"] = list(prev["owners"]), prev["explicit"]
                    out[found_any] = self._retext(doc, prev, prev["start"] + more.start())
                    out.append(rec)
        return out

    def _resolution_parts(self, doc: Doc, s: int, e: int, sent: str, rules: list[str], previous: bool) -> list[dict]:
        """The lettered parts of a resolution that direct a known person or role: "RESOLVED that
        (a) the report be noted; and (b) the Head of Estates commission a survey" gives one
        action, "the Head of Estates commission a survey"."""
        text = doc._.source.text
        marks = list(re.finditer(r"(?:^|(?<=\s))\(([a-h])\)\s+", sent))
        if len(marks) < 2 or marks[0].group(1) != "a":
            return []
        lead = sent[:marks[0].start()]
        out = []
        for k, m in enumerate(marks):
            part = sent[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(sent)]
            part = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", part)
            res = resolution_subject(lead + part)
            owners = self._owners(res[0], s) if res else None
            if not owners:
                continue
            words = part.split()
            found = re.search(r"\s+".join(re.escape(w) for w in words[:3]), text[s:e])
            if not found:
                continue
            # the part ends where its own last words end in the source
            tail = re.search(r"\s+".join(re.escape(w) for w in words[-3:]), text[s + found.start():e])
            stop = s + found.start() + tail.end() if tail else e
            rec = self._record(doc, s + found.start(), stop, rules + [res[2], "actions.resolution.lettered-part"],
                               "previous" if previous else "new", None)
            rec["owners"] = owners
            rec["explicit"] = False
            out.append(rec)
        return out

    def _directive(self, doc: Doc, s: int, e: int, sent: str, rules: list[str], previous: bool) -> dict | None:
        """A resolution clause directing a known person or role to act; the action starts at
        the directing verb ("Requests the Chief Executive Officer to prepare ... ")."""
        if lacks(keyword_view(sent), one=_directive_verbs()):
            return None
        text = doc._.source.text
        for m in directive_shape().finditer(sent):
            subject = m.group("subject").strip(" ,")
            owners = self._owners(subject, s) or ([] if directed_group(subject) else None)
            if owners is None:
                continue
            at = m.start()
            if m.group("verb").lower().endswith("ed") or m.group("verb").lower() == "direct":
                # "Council directed the City Manager to ...", "Motion by X ... to direct staff to ...":
                # narrative, so the record is the clause the direction is in
                at = sent.rfind("; ", 0, at) + 2 if "; " in sent[:at] else 0
            words = sent[at:].split()
            found = re.search(r"\s+".join(re.escape(w) for w in words[:3]), text[s:e])
            if not found:
                continue
            rule = next(r for p, r in vocab()["DIRECTIVE"] if p == fold(" ".join(m.group("verb").split())))
            rec = self._record(doc, s + found.start(), e, rules + [rule], "previous" if previous else "new", None)
            rec["owners"] = owners
            rec["explicit"] = False
            return rec
        return None

    def _owners(self, subject: str, offset: int) -> list[str] | None:
        """The owners a sentence subject names: a known name, acronym or role as a whole
        ("the Administrative Officer, Finance Services"), several known names ("CD and DBP"), or
        a role that several attendees share, told apart by its qualifier ("Senior Executive
        Officer, Corporate Services" for "Senior Executive Officer (Corporate)") or, bare, by
        the last fuller mention of one of them before the sentence."""
        if self._known(subject):
            return [subject]
        parts = [p for p in re.split(r"\s*(?:,|/|&|\band\b)\s*", subject) if p]
        if parts and all(self._known(p) for p in parts):
            return parts
        key = re.sub(r"^the\s+", "", fold(" ".join(subject.split()))).strip(" ,")
        head, _, qual = key.partition(",")
        head = head.strip()
        if len(head.split()) < 2 and not qual:
            return None  # a single word is too weak to stand for a role
        cands = {a: t for a, t in self.aliases.items()  # the head, then a comma or bracket
                 if a.startswith(head) and not a.startswith("the ") and _QUALIFIER_AT.match(a, len(head))}
        if not cands:
            return None
        if qual.strip():
            qwords = set(re.findall(r"[a-z]+", qual))
            cands = {a: t for a, t in cands.items() if qwords & set(re.findall(r"[a-z]+", a[len(head):]))}
        targets = set(cands.values())
        if len(targets) == 1:
            return [targets.pop()]
        if not targets or qual.strip():
            return None
        before = fold(self._text[:offset])
        best = max(cands, key=lambda a: before.rfind(a))
        return [cands[best]] if before.rfind(best) >= 0 else None

    def _lookup(self, name: str) -> str | None:
        """The attendee a name, initials or role stands for, written with or without an
        honorific or title ("Cllr Pryce", "Commissioner Sorensen", "Director Reilly")."""
        key = re.sub(r"^the\s+", "", fold(name)).strip()
        if name.strip().isupper() and 2 <= len(name.strip()) <= 4 and key in self.initials:
            return self.initials[key]  # "DBP" for Debbie Baird-Palmer
        for k in (key, f"the {key}"):
            if k in self.aliases:
                return self.aliases[k]
        bare = strip_titles(key)
        if bare == key:
            return None
        for k in (bare, f"the {bare}"):
            if k in self.aliases:
                return self.aliases[k]
        return by_surname(bare, self.aliases)

    def _known(self, name: str) -> bool:
        return self._lookup(name) is not None

    def _canon(self, name: str) -> str:
        return self._lookup(name) or fold(name)

    def _mentions(self, sentence: str) -> set[str]:
        t = fold(sentence)
        found = set()
        for words in re.findall(r"[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,5}", t):
            pass
        for alias, owner in self.aliases.items():
            if len(alias) >= 2 and alias in t and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", t):
                found.add(owner)
        return found

    def _record(self, doc, s, e, rules, kind, status_text, status_span=None) -> dict:
        text = doc._.source.text
        s, e = strip_span(text, s, e)
        body = " ".join(text[s:e].split())
        if body.endswith("~~") and "~~" not in body[:-2]:
            body = body[:-2].rstrip()  # the close of a struck-through task
        subjects = subjects_of(body)
        due = find_due(body)
        tail = _DUE_TAIL.search(body)
        if tail and due and due[1] >= tail.start():
            body = body[:tail.start()]  # "(due 20 June)" closing the task is its deadline, not its wording
        status, status_rule = (read_status(status_text) if status_text else (None, None))
        if kind == "new":
            status = "open"
        ev = [evidence(doc, s, e, rules)]
        if status_span is not None:
            ev.append(evidence(doc, status_span[0], status_span[1], [status_rule] if status_rule else ["actions.status-cell"], "status"))
        return {
            "text": body,
            "owners": subjects,
            "due": due[0] if due else None,
            "due_date": None,
            "status": status,
            "kind": kind,
            "explicit": True,
            "start": s,
            "evidence": ev,
        }
