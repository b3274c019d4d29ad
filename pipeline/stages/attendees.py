"""Attendees stage: who was present, sent apologies or was absent.

An attendance section opens with a label (models/patterns/labels.jsonl:
PRESENT, APOLOGIES, ABSENT), on its own line, at the start of a numbered item
("1. Apologies; A, B"), in a table row or at the start of a line inside a
table cell. It holds one name per line, a run-in list (wrapped lines are
joined when a line ends mid-entry), or table rows. Group headings inside an
attendance block ("COMMUNITY REPRESENTATIVES: ...") continue it. Apologies may
also be a sentence ("Apologies were received from A, B and C"). An
attendance grid over several meetings (names down, meeting dates across,
P/S/A codes, a legend) counts only this meeting's column. ``Chair:``,
``Scribe:``, ``Chaired by X  Clerked by Y`` give roles.

Each entry is parsed by its shape: ``Name (ACRONYM)``, ``Name (Chair)``,
``Name, Organisation``, ``Name – Role``, ``Role (Mr. Name)``, ``Job Title
Name``. The attendees then give the meeting's alias table for resolving owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates
from ..normalise import fold, keyword_view, lacks
from ..patterns import vocabulary
from .base import evidence
from .layout import LABEL, Block, lookup_label

STATUS = {"PRESENT": "present", "APOLOGIES": "apologies", "ABSENT": "absent"}
ROLE_LABELS = {"CHAIR": "chair", "MINUTES": None}  # MINUTES: clerk/secretary/scribe, from the label word
PRIORITY = {"present": 0, "absent": 1, "apologies": 2}  # listed as present and sending apologies -> apologies
CANONICAL_ROLES = {"chair": "chair", "chairman": "chair", "chairperson": "chair", "chairwoman": "chair",
                   "vice chair": "vice chair", "vice-chair": "vice chair", "deputy chair": "vice chair",
                   "clerk": "clerk", "secretary": "secretary", "minutes": "minutes", "scribe": "minutes",
                   "scribe(s)": "minutes", "minute taker": "minutes", "treasurer": "treasurer",
                   "notes": "minutes", "note taker": "minutes", "minuting": "minutes",
                   "taking notes": "minutes", "taking minutes": "minutes", "minute-taker": "minutes",
                   "note-taker": "minutes", "in the chair": "chair"}
_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*")
_DASH_ROLE = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+(?=[A-Z])")
_SMALL_WORDS = {"of", "to", "for", "the", "and", "&"}
_PARTICLES = {"de", "van", "von", "le", "la", "da", "del", "der", "di", "du", "o", "mac", "bin", "al", "ni", "ui"}
_APOLOGY_VERBS = ("received", "given", "noted", "tendered", "submitted", "sent")
_APOLOGY_SENTENCE = re.compile(
    rf"\bapologies\b[^.:\n]{{0,80}}?\b(?:{'|'.join(_APOLOGY_VERBS)})\b[^.:\n]{{0,40}}?\bfrom\s+"
    r"(?P<list>(?:(?!\n\s*\n(?![a-z]))[^.]|\.(?=\s*[A-Z]\.)|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=Mrs)\.)+)",
    re.I)
_GAVE_APOLOGIES = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:has|had|have)\s+(?:also\s+)?"
    r"(?:given|sent|offered|tendered|submitted)\s+(?:his|her|their)\s+apologies")
SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|agreed|reported)\b")
_CODE = re.compile(r"[A-Z]{2,4}")
# one entry of a key to initials: "AB  Ann Bell, Treasurer", "AB = Ann Bell", "AB: Ann Bell"
_KEY_ENTRY = re.compile(r"^(?P<code>[A-Z]{2,4})(?:\s*[=:–—-]\s*|\s+)(?P<rest>[A-Z].*)$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_BULLET_OPENER = re.compile(r"^[-*•·▪]\s+")
# a user handle before the real name: "@ann-r — Ann Reed", "@bo: Bo Lind"
_HANDLE = re.compile(r"^(?P<handle>@[\w.-]*\w)\s*(?:[-–—:]\s*|\s(?=[A-Z]))(?=[A-Z])")


@dataclass(frozen=True)
class Vocab:
    honorifics: frozenset
    plural_honorifics: frozenset
    roles: dict
    org_words: frozenset
    columns: frozenset
    job_words: frozenset
    group_words: frozenset
    none_words: frozenset
    grid: dict
    resigned: frozenset
    count_words: frozenset
    group_status: dict
    status_columns: dict
    cell_status: dict


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    rows = vocabulary("attendees")

    def words(label):
        return frozenset(fold(r["pattern"]) for r in rows if r["label"] == label)

    grid = {fold(r["pattern"]): (r["label"][5:].lower(), r["id"]) for r in rows if r["label"].startswith("GRID_")}
    return Vocab(words("HONORIFIC") | words("PLURAL_HONORIFIC"), words("PLURAL_HONORIFIC"),
                 {fold(r["pattern"]): r["id"] for r in rows if r["label"] == "ROLE"},
                 words("ORG_WORD"), words("COLUMN"), words("JOB_WORD"), words("GROUP_WORD"),
                 words("NONE_WORD"), grid, words("RESIGNED_COLUMN"), words("COUNT_WORD"),
                 {fold(r["pattern"]): (r["label"][6:].lower(), r["id"]) for r in rows if r["label"].startswith("GROUP_")
                  and r["label"] != "GROUP_WORD"},
                 {fold(r["pattern"]): r["id"] for r in rows if r["label"] == "STATUS_COLUMN"},
                 {fold(r["pattern"]): (r["label"][5:].lower(), r["id"]) for r in rows if r["label"].startswith("CELL_")})


def _w(word: str) -> str:
    return fold(word.strip(".,;:()"))


def strip_honorifics(name: str) -> str:
    """Drop titles such as Cllr, Dr, Mrs.

    >>> strip_honorifics("Cllr Sue Lintern")
    'Sue Lintern'
    >>> strip_honorifics("Mrs. Ruth Shoare")
    'Ruth Shoare'
    """
    words = name.split()
    while len(words) > 1 and fold(words[0].rstrip(".")) in vocab().honorifics:
        words.pop(0)
    return " ".join(words)


def looks_like_acronym(text: str) -> bool:
    """A short form in brackets: 'MOPAC', 'LB Brent', 'GLA Health', 'MoJ', 'AHop'.

    >>> [looks_like_acronym(t) for t in ["MOPAC", "LB Brent", "MoJ", "Chair", "for Sue Smith", "AHop", "SF"]]
    [True, True, True, False, False, True, True]
    """
    words = text.split()
    if not words or len(words) > 3:
        return False
    first = words[0]
    caps = sum(1 for c in first if c.isupper())
    return caps >= 2 and len(first) <= 8 and first[0].isupper() and first.isalpha()


def is_person(name: str, acronym: str | None) -> bool:
    words = re.findall(r"[A-Za-zÀ-ÿ'’.-]+", name)
    if not words or len(words) > 5:
        return False
    if any(fold(w) in vocab().org_words for w in words):
        return False
    if acronym and len(acronym) >= 4 and acronym.isupper() and len(words) >= 3:
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _acronym_reach(acronym: str | None, words: list[str]) -> int:
    """How many of the name's capitalised words the acronym's letters stand for.

    >>> _acronym_reach("HMPPS", "Her Majesty's Prisons and Probation Service".split())
    5
    >>> _acronym_reach("GLA Health", "Greater London Authority Health Team".split())
    3
    >>> _acronym_reach("DT", "David Thomas Friends of Halesworth Library".split())
    2
    >>> _acronym_reach(None, ["A", "B"])
    0
    """
    if not acronym:
        return 0
    caps = [c for c in acronym.split()[0] if c.isupper()]
    initials = [w[0] for w in words if w[:1].isupper()]
    n = 0
    while n < min(len(caps), len(initials)) and caps[n] == initials[n]:
        n += 1
    return n


def _has_honorific(text: str) -> bool:
    """An honorific followed by a name, outside brackets: 'Ms. M. McElvaney' (not 'Mike Stephens (MS)')."""
    words = _BRACKET.sub(" ", text).split()
    return any(_w(w) in vocab().honorifics and _w(w) not in vocab().plural_honorifics for w in words[:-1])


def is_role_phrase(text: str) -> bool:
    """A job title or role rather than a name: 'Deputy Chief Executive', 'Head of IT', 'T.D.'.

    >>> [is_role_phrase(t) for t in ["Deputy Chief Executive", "Head of IT", "T.D.", "Pat Dowling", "Chief Superintendent David Sheahan"]]
    [True, True, True, False, False]
    """
    parts = _DASH_ROLE.split(_BRACKET.sub(" ", text).strip(), maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and _person_shaped(parts[0]):
        return False  # "Lynne Walker – ex-board member"
    words = [w for w in _BRACKET.sub(" ", text).split() if w.strip(".,;")]  # "Coordinator (minutes)." leaves "."
    if not words:
        return False
    if re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) and len(words) == 1:
        return True
    jobs = vocab().job_words
    if _w(words[-1]) in jobs or fold(words[-1]) in jobs:
        return _w(words[0]) in jobs or len(words) <= 2 or any(w[:1].islower() for w in words)
    return _w(words[0]) in jobs and any(fold(w) in ("of", "for", "to") for w in words[1:3])


def _bracket_holds_name(outside: str, inner: str) -> bool:
    """'the Clerk (Ann Reed)': a role phrase outside, a capitalised two- to four-word name inside.

    >>> _bracket_holds_name("the Clerk", "Ann Reed"), _bracket_holds_name("Ann Reed", "Chair Elect")
    (True, False)
    >>> _bracket_holds_name("Deputy Chief Executive", "Bo Lind"), _bracket_holds_name("Cllr Ann Reed", "for item 4")
    (True, False)
    """
    words = re.sub(r"^(?:the|our)\s+", "", outside.strip(), flags=re.I).split()
    if not words or any(_w(w) not in vocab().job_words for w in words if w[:1].isupper() or fold(w) not in _SMALL_WORDS):
        return False
    inner_words = inner.split()
    return 2 <= len(inner_words) <= 4 and _person_shaped(inner) and not any(_w(w) in vocab().job_words for w in inner_words)


def group_label(line: str) -> tuple[str, str, int] | None:
    """'Staff present:', 'Officers in attendance', 'Council members absent:' -> (status, rule id, where the rest starts).

    A group or job word (plural or not), then a status phrase, as a label on its own or before a colon.

    >>> group_label("Staff present:"), group_label("Board members absent: Ann Reed")
    (('present', 'attendees.group-label.present', 14), ('absent', 'attendees.group-label.absent', 22))
    >>> group_label("Everyone present agreed."), group_label("Staff present at the event were thanked.")
    (None, None)
    """
    v = vocab()
    m = re.match(r"^\s*(?P<label>[A-Z][A-Za-z -]{2,50}?)\s*(?::\s*|$)", line)
    if not m:
        return None
    words = m.group("label").split()
    for n in range(1, min(3, len(words))):
        phrase = fold(" ".join(words[n:]))
        hit = v.group_status.get(phrase)
        if not hit or len(words) - n > 2:
            continue
        head = [_w(w) for w in words[:n]]
        last = head[-1]
        if n <= 3 and (last in v.group_words or last in v.job_words or last.rstrip("s") in v.job_words):
            return hit[0], hit[1], m.end()
    return None


def status_cell(cell: str, whole_cell: bool = False) -> tuple[str, str] | None:
    """A table cell giving one person's attendance: 'Present', 'Apologies', 'Present (online)', 'Sent apologies'.

    >>> status_cell("Present (video)"), status_cell("Sent apologies"), status_cell("Treasurer")
    (('present', 'attendees.grid.present'), ('apologies', 'attendees.grid.sent-apologies'), None)
    >>> status_cell("NO"), status_cell("No", whole_cell=True)
    (None, ('absent', 'attendees.cell.no'))
    """
    key = fold(_BRACKET.sub(" ", cell).strip(" .;"))
    hit = vocab().grid.get(key)
    if hit is None and whole_cell:  # "Yes" / "No" only as a whole table cell, never "Nkechi Obi (NO)"
        hit = vocab().cell_status.get(key)
    return hit


def _title_name(name: str) -> str:
    """Names written in capitals ('HEATHER POUSTIE') in title case; others as written."""
    if name.isupper() and len(name) > 3 and " " in name:
        return " ".join(p[:1] + p[1:].lower() for p in name.split())
    return name


def _canonical_role(role: str | None) -> str | None:
    if role is None:
        return None
    role = " ".join(role.split()).strip(" ,;.")
    return CANONICAL_ROLES.get(fold(role), role) or None


def parse_entry(raw: str) -> dict | None:
    """One attendance entry by its shape.

    >>> parse_entry("Mayor's Office for Policing and Crime (MOPAC)")["acronym"]
    'MOPAC'
    >>> e = parse_entry("Shona Bendix (Chair)"); (e["name"], e["role"], e["kind"])
    ('Shona Bendix', 'chair', 'person')
    >>> e = parse_entry("Alan Holzer (AHol) Chair"); (e["name"], e["acronym"], e["role"])
    ('Alan Holzer', 'AHol', 'chair')
    >>> parse_entry("Sheila Freeman – Treasurer")["role"]
    'treasurer'
    >>> e = parse_entry("Chief Superintendent David Sheahan"); (e["name"], e["role"])
    ('David Sheahan', 'Chief Superintendent')
    >>> e = parse_entry("@ann-r — Ann Reed (notes)"); (e["name"], e["role"], e["handle"])
    ('Ann Reed', 'minutes', '@ann-r')
    >>> e = parse_entry("Public Works Director Ann Reed"); (e["name"], e["role"])
    ('Ann Reed', 'Public Works Director')
    >>> e = parse_entry("Ministers Mr. N. Collins"); (e["name"], e["role"])
    ('N. Collins', None)
    >>> e = parse_entry("David Thomas Friends of Halesworth Library"); (e["name"], e["role"])
    ('David Thomas', 'Friends of Halesworth Library')
    >>> e = parse_entry("Eastside Safer Neighbourhood Team"); (e["name"], e["kind"], e["role"])
    ('Eastside Safer Neighbourhood Team', 'organisation', None)
    >>> [parse_entry(t) for t in ["Public: 2", "None", "Members", "Staff of the Library", "31 voting members of the club"]]
    [None, None, None, None, None]
    >>> parse_entry("12 full and junior members (see the register)") is None
    True
    """
    v = vocab()
    text = " ".join(raw.replace("\t", " ").split()).strip(" .,;:-–•*")
    text = re.sub(r"^(?:and|&)\s+", "", text)
    handle = None
    m = _HANDLE.match(text)
    if m:  # "@ann-r — Ann Reed (chair)": the person is the name, the handle another way to write them
        handle, text = m.group("handle"), text[m.end():]
    if not text or re.fullmatch(r"[\d\s]+", text) or re.search(r":\s*\d+$", text):
        return None
    if text[:1].islower() and text.split()[0] not in _PARTICLES | {"the", "our"}:
        return None  # "for sections A to C only": a qualifier of the entry before, not a name
    words = text.split()
    if len(words) > 1 and (words[0].isdigit() or fold(words[0]) in v.count_words):
        words = words[1:]  # "4 members of the public", "31 voting members": a count of a group
        if any(_w(w) in v.group_words for w in words[:4]):
            return None
        words = text.split()
    if fold(text) in v.none_words or _w(words[0]) in v.group_words and (
            len(words) == 1 or fold(words[1]) in ("of", "and", "&") or all(_w(w) in v.group_words for w in words)):
        return None  # "Members", "Staff of the Library", "Members of the public"

    acronym, role, status = None, None, None
    for inner in _BRACKET.findall(text):
        inner = inner.strip()
        if status_cell(inner):
            status = status_cell(inner)  # "Felix Harrow (sent apologies)": the entry's own status
        elif fold(inner) in v.roles or fold(inner) in CANONICAL_ROLES:
            role = _canonical_role(inner)
        elif looks_like_acronym(inner) and acronym is None:
            acronym = inner
        elif re.match(r"(?:for\s+|from\s+)?(?:agenda\s+)?items?\s+\d", inner, re.I):
            continue  # "(item 4.0)": when the person attended, not their role
        elif inner:
            role = role or inner
    name = _BRACKET.sub(" ", text).strip()
    if role and not acronym and _bracket_holds_name(name, role):
        name, role = role, re.sub(r"^(?:the|our)\s+", "", name, flags=re.I)  # "the Clerk (Ann Reed)": a role, then the person in brackets
    parts = _DASH_ROLE.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        name, role = parts[0].strip(), role or parts[1].strip()
    name = " ".join(name.split())
    # trailing role word: "Alan Holzer (AHol) Chair", "Sue Smith Chair"
    m = re.match(r"^(?P<n>.+?)\s+(?P<r>(?:vice[- ])?chair(?:man|person)?|clerk|secretary|treasurer)$", name, re.I)
    if m and (acronym or m.group("r")[0].isupper()):
        name, role = m.group("n"), role or _canonical_role(m.group("r"))
    words = name.split()
    # an honorific after other words: "Ministers Mr. N. Collins"
    for k in range(1, len(words) - 1):
        if _w(words[k]) in v.honorifics and _w(words[k]) not in v.plural_honorifics:
            prefix = " ".join(words[:k])
            if _w(words[0]) not in v.plural_honorifics and is_role_phrase(prefix):
                role = role or prefix
            words = words[k:]
            break
    posted = False
    if len(words) >= 3 and not is_role_phrase(" ".join(words)):
        # a post ending in a job or group word, then a two- or three-word name:
        # "City Manager Ann Reed", "Public Works Director Bo Lind", "Council Members Cy Hale"
        for j in range(len(words) - 3, -1, -1):
            head = _w(words[j])
            if head in v.job_words or head in v.group_words and head != "all":
                name_words = words[j + 1:]
                if len(name_words) <= 3 and all(w[:1].isupper() or fold(w) in _SMALL_WORDS for w in words[:j + 1]) \
                        and _person_shaped(" ".join(name_words)) and not any(
                            _w(w) in v.job_words | v.group_words | v.honorifics for w in name_words) \
                        and not words[j + 1].isupper():
                    role, words, posted = role or " ".join(words[:j + 1]), name_words, True
                break
    # a job title before the name: "Chief Superintendent David Sheahan", "Deputy Niall Collins"
    k = 0
    while k < len(words) - 1 and (_w(words[k]) in v.job_words
                                  or "-" in words[k] and all(p in v.job_words for p in _w(words[k]).split("-"))):
        k += 1
    if not posted and 0 < k < len(words) and not is_role_phrase(" ".join(words)) and words[k][:1].isupper() \
            and not any(_w(w) in v.org_words for w in words[k:]):
        role, words = role or " ".join(words[:k]), words[k:]
    # "David Thomas Friends of Halesworth Library": a person's name, then an organisation
    if len(words) >= 4 and all(w[:1].isupper() and _w(w) not in v.org_words | v.job_words for w in words[:2]) \
            and any(_w(w) in v.org_words for w in words[2:]) and role is None \
            and _acronym_reach(acronym, words) <= 2 \
            and (len(words) > 4 or _w(words[2]) in v.org_words or _w(words[3]) in _SMALL_WORDS):
        role, words = " ".join(words[2:]), words[:2]
    # a name stops at a lower-case word: "Keith Moore and sanctioned"
    for k, w in enumerate(words):
        if k and w[:1].islower() and w.lower() not in _PARTICLES:
            if all(x[:1].isupper() or x.lower() in _PARTICLES for x in words[:k]) and not _w(words[0]) in v.org_words:
                tail = [x for x in words[k:] if x[:1].isupper()]
                if not tail:
                    words = words[:k]
            break
    name = strip_honorifics(" ".join(words)).strip(" ,;")
    if name.split() and _w(name.split()[0]) in v.plural_honorifics and len(name.split()) > 1:
        name = " ".join(name.split()[1:])
    name = _title_name(name)
    if not name or len(name) > 120 or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return None
    if fold(name) in v.none_words or fold(name) in CANONICAL_ROLES:
        return None
    kind = "person" if is_person(name, acronym) else "organisation"
    out = {"name": name, "acronym": acronym, "kind": kind, "role": _canonical_role(role)}
    if status:
        out["own_status"] = status
    if handle:
        out["handle"] = handle
    return out


# --- splitting run-in text -------------------------------------------------

def _person_shaped(text: str) -> bool:
    """1-4 capitalised words (initials, honorifics allowed), no organisation word."""
    words = _BRACKET.sub(" ", text).replace(",", " ").split()
    if not words or len(words) > 5:
        return False
    if any(_w(w) in vocab().org_words for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def split_run_in(segment: str, offset: int) -> list[tuple[str, int, int]]:
    """Split a run-in list into entries with offsets; brackets are never split.

    Commas, semicolons and double spaces always separate; "and" only between two
    name-shaped pieces (so "Department for Work and Pensions" stays whole); a
    closing bracket followed by a capital ends an entry.

    >>> [t for t, _, _ in split_run_in("A Smith (AS), B Jones; C Brown and Cllr D Green", 0)]
    ['A Smith (AS)', 'B Jones', 'C Brown', 'Cllr D Green']
    >>> [t for t, _, _ in split_run_in("Department for Work and Pensions, Marion Harvey (Observer) Richard Hunt (SCC)", 0)]
    ['Department for Work and Pensions', 'Marion Harvey (Observer)', 'Richard Hunt (SCC)']
    """
    pieces: list[tuple[int, int]] = []
    depth, start, i = 0, 0, 0
    n = len(segment)
    while i < n:
        ch = segment[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
            if depth == 0:
                m = re.match(r"\)\s+(?=[A-Z][a-z])", segment[i:])
                if m and not re.match(r"\)\s+(?:and|&)\b", segment[i:]):
                    pieces.append((start, i + 1))
                    start = i + m.end()
                    i = start
                    continue
        elif depth == 0:
            m = re.compile(r"\s*[;,]\s*|\s{2,}").match(segment, i)
            if m and m.end() > i:
                pieces.append((start, i))
                start = i = m.end()
                continue
        i += 1
    pieces.append((start, n))
    out: list[tuple[str, int, int]] = []
    for s, e in pieces:
        out += _split_and(segment, s, e)
    result = []
    for s, e in out:
        raw = segment[s:e]
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            result.append((raw.strip(), offset + s + lead, offset + s + lead + len(raw.strip())))
    return result


def _split_and(segment: str, s: int, e: int) -> list[tuple[int, int]]:
    text = segment[s:e]
    for m in re.finditer(r"\s+and\s+(?=[A-Z])", text):
        left, right = text[:m.start()], text[m.end():]
        if "(" in left and ")" not in left[left.rfind("("):]:
            continue
        if _person_shaped(left.split(",")[-1]) and _person_shaped(re.split(r"\s+and\s+", right)[0]):
            return [(s, s + m.start())] + _split_and(segment, s + m.end(), e)
    return [(s, e)]


def _bracketed_names(text: str) -> list[re.Match] | None:
    """Brackets holding honorific-led names: 'Chief Executive (Mr. C. Murray)'."""
    hits = [m for m in re.finditer(r"\(([^()]*)\)", text)
            if len(m.group(1).split()) >= 2 and _w(m.group(1).split()[0]) in vocab().honorifics]
    return hits or None


def parse_list(text: str, offset: int) -> list[tuple[dict, int, int]]:
    """Entries of one logical line of an attendance list, with their offsets.

    >>> [(e["name"], e["role"]) for e, _, _ in parse_list("Senior Officer, Corporate Services (Mr. J. Clune), Clerk (Ms. F. Magner, Ms. B. Leech)", 0)]
    [('J. Clune', 'Senior Officer, Corporate Services'), ('F. Magner', 'clerk'), ('B. Leech', 'clerk')]
    >>> [(e["name"], e["role"]) for e, _, _ in parse_list("Pat Dowling, Deputy Chief Executive, Alan Holzer, Chair (AHol)", 0)]
    [('Pat Dowling', 'Deputy Chief Executive'), ('Alan Holzer', 'chair')]
    >>> [e["name"] for e, _, _ in parse_list("Councillors Keller, Ó Ceallaigh, J. Sheahan and O'Brien", 0)]
    ['Keller', 'Ó Ceallaigh', 'J. Sheahan', "O'Brien"]
    """
    out: list[tuple[dict, int, int]] = []
    brackets = _bracketed_names(text)
    if brackets:
        prev = 0
        for m in brackets:
            role = re.sub(r"^(?:\s*(?:and|&)\s+)", "", text[prev:m.start()].strip(" ,;.")).strip(" ,;.")
            role = role if role and not _person_shaped(role) or is_role_phrase(role) else (role or None)
            inner = re.sub(r"\s+", " ", m.group(1))
            for name, s, e in split_run_in(inner, offset + m.start(1)):
                s, e = min(s, offset + m.end(1)), min(e, offset + m.end(1))
                parsed = parse_entry(name)
                if parsed:
                    parsed["kind"] = "person"
                    parsed["role"] = parsed["role"] or _canonical_role(role)
                    out.append((parsed, s, e))
            prev = m.end()
        rest = text[prev:].strip(" ,;.")
        if rest:
            out += parse_list(text[prev:], offset + prev)
        return out
    pieces = split_run_in(text, offset)
    plural = bool(pieces) and _w(pieces[0][0].split()[0]) in vocab().plural_honorifics
    marked = sum(1 for p, _, _ in pieces if _has_honorific(p))
    honorific_line = marked and marked * 2 >= len(pieces)  # "Mr. A, Org, Ms. B, Org": a name, then its organisation
    for raw, s, e in pieces:
        prev = out[-1][0] if out else None
        bare = _BRACKET.sub(" ", raw).strip(" .")
        if prev is not None and not plural and is_role_phrase(raw) and not _has_honorific(raw):
            # "Alan Holzer, Chair (AHol)": a role (and short form) for the entry before
            for inner in _BRACKET.findall(raw):
                if looks_like_acronym(inner.strip()) and not prev["acronym"]:
                    prev["acronym"] = inner.strip()
            prev["role"] = prev["role"] or _canonical_role(raw if "(" not in raw or not prev["acronym"] else bare)
            continue
        if prev is not None and honorific_line and not plural and not _has_honorific(raw) \
                and prev["kind"] == "person" and prev["role"] is None and not _person_shaped_job(raw) \
                and "(" not in raw:
            prev["role"] = raw.strip(" .")  # "Mr. T. O'Dwyer, Anglesboro Tidy Town"
            continue
        parsed = parse_entry(raw)
        if parsed is None:
            continue
        if plural:
            parsed["kind"] = "person"
        out.append((parsed, s, e))
    return out


def _person_shaped_job(raw: str) -> bool:
    """'Deputy Niall Collins': a job word, then a name."""
    words = raw.split()
    return len(words) >= 2 and _w(words[0]) in vocab().job_words and not is_role_phrase(raw)


# --- attendance grids ------------------------------------------------------

def _cell_date(cell: str) -> str | None:
    """A date in a grid header cell, also when written vertically (one character a line, reversed).

    >>> _cell_date("0\\n2\\n0\\n2\\n/\\n2\\n1\\n/\\n7\\n0"), _cell_date("23/03/2020"), _cell_date("Type")
    ('2020-12-07', '2020-03-23', None)
    """
    flat = re.sub(r"\s+", "", cell)
    for candidate in (flat, flat[::-1]):
        found = dates.find_dates(candidate)
        if found and found[0].start == 0 and found[0].end == len(candidate):
            return found[0].value
    return None


def _initials_of(name: str, cell: str) -> bool:
    """A table cell holding the initials of the row's name: 'HO' for 'Dr Hannah Okonjo'.

    >>> _initials_of("Dr Hannah Okonjo", "HO"), _initials_of("Ann Lee-Hart", "ALH"), _initials_of("Ann Lee", "A.L.")
    (True, True, True)
    >>> _initials_of("Ann Lee", "Chair"), _initials_of("Ann Lee", "BL"), _initials_of("Ann Lee", "")
    (False, False, False)
    """
    letters = cell.strip().replace(".", "")
    if not re.fullmatch(r"[A-Z]{2,4}", letters):
        return False
    bare = strip_honorifics(_BRACKET.sub(" ", name).strip())
    forms = set()
    for split in (r"\s+", r"[\s-]+"):
        words = [w for w in re.split(split, bare) if w[:1].isupper()]
        if len(words) >= 2:
            forms |= {"".join(w[0] for w in words), words[0][0] + words[-1][0]}
    return letters in forms


def _is_code(cell: str, codes: dict) -> bool:
    return cell.strip() in codes


class AttendeesComponent:
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self.src = doc._.source
        self.text = self.src.text
        self.found: list[dict] = []
        self.roles: list[tuple[str, str, int, int, list[str]]] = []
        blocks: list[Block] = doc._.layout
        text = doc._.source.text
        i = 0
        grid_rows = self._grids(doc, blocks) | self._status_columns(doc, blocks)
        while i < len(blocks):
            if i in grid_rows:
                i += 1
                continue
            head = self._head(blocks[i])
            if head is None and (rest := self._people_group_line(blocks[i])) is not None \
                    and self._before_attendance(blocks, i):
                # "Committee members: A, B" / "Executive: C, post" lines just before "Apologies:"
                head = "status", "present", rest, blocks[i].end, ["attendees.group-line-before-attendance"]
            if head is None:
                self._cell_labels(blocks[i])
                i += 1
                continue
            kind, value, s, e, rules = head
            if kind == "role":
                self._role_line(value, s, e, rules)
                i += 1
                continue
            i = self._section(blocks, i, value, s, e, rules)
        view = keyword_view(text)
        sentences = () if lacks(view, ("apologies", "from"), _APOLOGY_VERBS) else _APOLOGY_SENTENCE.finditer(text)
        for m in sentences:
            if self._in_next_meeting(m.start()):
                continue
            lst = m.group("list")
            lst = lst.replace("\n", " ")
            for parsed, s, e in parse_list(lst, m.start("list")):
                self._add(parsed, "apologies", s, e, ["attendees.apologies-sentence"])
        for m in _GAVE_APOLOGIES.finditer(text) if "apologies" in text else ():  # it needs the word as written
            if self._in_next_meeting(m.start()):
                continue
            name = m.group("name").split()
            while name and (name[0][:1].islower() or fold(name[0]) in ("that", "the", "and")):
                name.pop(0)
            parsed = parse_entry(" ".join(name))
            if parsed and len(parsed["name"].split()) >= 2:
                self._add(parsed, "apologies", m.start("name"), m.end("name"), ["attendees.gave-apologies"])
        attendees = merge(self.found)
        self._spell_out_initials(attendees, blocks)
        for role, name, s, e, rules in self.roles:
            parsed = parse_entry(name)
            if parsed is None or not _person_shaped(name):
                continue
            parsed.pop("own_status", None)
            key = fold(parsed["name"])
            hit = next((a for a in attendees if fold(a["name"]) == key), None)
            if hit is None:
                parsed.update(status="present", role=role, evidence=[evidence(doc, s, e, rules)])
                attendees.append(parsed)
            else:
                if hit["role"] is None or fold(hit["role"]) not in CANONICAL_ROLES:
                    hit["role"] = role
                hit["evidence"].append(evidence(doc, s, e, rules))
        _settle_kinds(attendees)
        doc._.attendees = attendees
        doc._.aliases = alias_table(attendees)
        return doc

    # -- helpers --
    def _people_group_line(self, b: Block) -> int | None:
        """'Committee members: A (Chair), B', 'External auditor: Ms C, Firm LLP': a group or post
        (its last word a group or job word), a colon, then names -> where the names start."""
        if b.label is not None or b.cells or b.number is not None or b.kind not in ("text", "heading"):
            return None
        seg = self.text[b.start:b.end]
        if ":" not in seg[:50]:
            return None
        m = LABEL.match(seg)
        if not m or ":" not in seg[m.end("label"):m.start("rest") + 1] or not m.group("rest"):
            return None
        words = m.group("label").split()
        v = vocab()
        last = _w(words[-1]) if words else ""
        if not 1 <= len(words) <= 3 or not words[0][:1].isupper() \
                or not all(w[:1].isupper() or fold(w) in _SMALL_WORDS or _w(w) in v.group_words
                           or _w(w).rstrip("s") in v.job_words for w in words) \
                or not (last in v.group_words or last in v.job_words or last.rstrip("s") in v.job_words):
            return None
        rest = m.group("rest")
        if not rest[:1].isupper() or SENTENCE_VERB.search(rest) or not any(
                p["kind"] == "person" for p, _, _ in parse_list(rest, 0)):
            return None
        return b.start + m.start("rest")

    def _before_attendance(self, blocks: list[Block], i: int) -> bool:
        """The group lines from blocks[i] on run into an attendance label ("Apologies:")."""
        k = i
        while k < len(blocks) and (self._people_group_line(blocks[k]) is not None or blocks[k].kind == "blank"):
            k += 1
        if k >= len(blocks) or k > i + 12:
            return False
        head = self._head(blocks[k])
        return head is not None and head[0] == "status"

    def _spell_out_initials(self, attendees: list[dict], blocks: list[Block]) -> None:
        """Attendees listed by initials only ("PRESENT  AB, CD") take the full name a key gives:
        a cell or a gap-separated part of a line reading "AB  Ann Bell, Treasurer" or "AB = Ann Bell"."""
        codes = {a["name"]: a for a in attendees if a["acronym"] is None and _CODE.fullmatch(a["name"])}
        if not codes:
            return
        text = self.text
        for b in blocks:
            if b.kind == "blank":
                continue
            spans = b.cells or [(b.start + m.start(), b.start + m.end())
                                for m in re.finditer(r"\S+(?: \S+)*", text[b.start:b.end])]
            for k, (cs, ce) in enumerate(spans):
                seg = text[cs:ce].strip()
                m = _KEY_ENTRY.match(seg)
                if m and m.group("code") in codes:
                    rest, rs = m.group("rest"), cs + m.start("rest")
                elif seg in codes and k + 1 < len(spans):  # "AB | Ann Bell, Treasurer", "AB   Ann Bell"
                    m, rest, rs = seg, text[spans[k + 1][0]:spans[k + 1][1]].strip(), spans[k + 1][0]
                else:
                    continue
                code = m if isinstance(m, str) else m.group("code")
                parsed = parse_entry(rest.split(",")[0])
                if not parsed or not _initials_of(parsed["name"], code):
                    continue
                att = codes.pop(code)
                role = rest.split(",", 1)[1].strip() if "," in rest else parsed["role"]
                att.update(name=parsed["name"], acronym=code, kind="person",
                           role=att["role"] or _canonical_role(role))
                att["evidence"].append(evidence(self.doc, rs, rs + len(rest), ["attendees.initials-key"]))
                if not codes:
                    return

    def _add(self, parsed: dict, status: str, s: int, e: int, rules: list[str]) -> None:
        own = parsed.pop("own_status", None)
        if own:  # "Ann Reed (apologies)" in a list of those present
            status, rules = own[0], rules + [own[1], "attendees.bracket-status"]
        parsed["status"] = status
        parsed["evidence"] = [evidence(self.doc, s, e, rules)]
        self.found.append(parsed)

    def _in_next_meeting(self, pos: int) -> bool:
        src = self.src
        ln = src.lines[src.line_index(pos)]
        before = self.text[ln.start:pos]
        return "next meeting" in before.lower()

    def _head(self, b: Block):
        """(kind, status or role, content start, content end, rules) when the block opens attendance."""
        text = self.text
        if b.label in STATUS:
            return "status", STATUS[b.label], b.rest_start, b.end, list(b.rules)
        if b.label is None and b.cells is None and b.kind in ("text", "heading", "label"):
            hit = group_label(text[b.start:b.end])
            if hit:
                return "status", STATUS[hit[0].upper()], b.start + hit[2], b.end, [hit[1], "attendees.group-label"]
        if b.label in ROLE_LABELS and b.rest_start is not None and b.rest_start < b.end:
            if b.cells:
                return "role", b, b.rest_start, b.end, list(b.rules)
            label_text = text[b.start:b.rest_start]
            return "role", _role_of_label(label_text, b.label), b.rest_start, b.end, list(b.rules)
        if b.number is not None and b.title_start is not None and b.cells is None:
            m = LABEL.match(text[b.title_start:b.end])
            if m:
                hit = lookup_label(m.group("label"))
                if hit and hit[0] in STATUS:
                    return "status", STATUS[hit[0]], b.title_start + m.start("rest"), b.end, ["layout.numbered-line", hit[1]]
        if b.cells and len(b.cells) >= 2 and b.label is None:
            # a header row of column words, one naming each row's attendance: "Member | Role | Attendance"
            heads = [fold(text[cs:ce].strip()) for cs, ce in b.cells]
            v = vocab()
            status_col = next((v.status_columns[h] for h in heads[1:] if h in v.status_columns), None)
            if status_col and all(h in v.columns for h in heads if h):
                return "status", "present", b.end, b.end, ["layout.table-row", status_col]
        if b.cells and len(b.cells) >= 2:
            # a numbered agenda row whose title cell opens with a label: "2. | Apologies for Absence\nA, B"
            first = text[b.cells[0][0]:b.cells[0][1]].strip().rstrip(".)")
            if re.fullmatch(r"\d{1,3}[a-z]?", first):
                s, e = b.cells[1]
                cell = text[s:e]
                line = cell.split("\n")[0]
                m = LABEL.match(line)
                hit = lookup_label(line) or (lookup_label(m.group("label")) if m else None)
                if hit and hit[0] in STATUS:
                    rest = s + (m.start("rest") if m and not lookup_label(line) else len(line))
                    return "status", STATUS[hit[0]], rest, e, ["layout.table-row", hit[1]]
        return None

    def _cell_labels(self, b: Block) -> None:
        """'Apologies: A and B' at the start of a line inside a table cell."""
        if not b.cells:
            return
        text = self.text
        for s, e in b.cells:
            pos = s
            for line in text[s:e].split("\n"):
                m = LABEL.match(line)
                if m and m.group("rest").strip():
                    hit = lookup_label(m.group("label"))
                    if hit and hit[0] in STATUS:
                        rs = pos + m.start("rest")
                        for parsed, ps, pe in parse_list(m.group("rest"), rs):
                            self._add(parsed, STATUS[hit[0]], ps, pe, [hit[1], "attendees.cell-label"])
                pos += len(line) + 1

    def _role_line(self, value, s: int, e: int, rules: list[str]) -> None:
        text = self.text
        if isinstance(value, Block):  # a row of label/value cells: "Chaired by | X | Clerked by | Y"
            cells = value.cells
            k = 0
            while k + 1 < len(cells):
                hit = lookup_label(text[cells[k][0]:cells[k][1]])
                if hit and hit[0] in ROLE_LABELS:
                    role = _role_of_label(text[cells[k][0]:cells[k][1]], hit[0])
                    cs, ce = cells[k + 1]
                    for name, ns, ne in split_run_in(text[cs:ce], cs):
                        self.roles.append((role, name, ns, ne, [hit[1], "attendees.role-label"]))
                    k += 2
                else:
                    k += 1
            return
        for name, ns, ne in split_run_in(text[s:e], s):
            self.roles.append((value, name, ns, ne, rules + ["attendees.role-label"]))

    def _section(self, blocks: list[Block], i: int, status: str, s: int, e: int, rules: list[str]) -> int:
        """Entries under the attendance label at blocks[i]; returns the next index."""
        text = self.text
        head = blocks[i]
        chunks: list[tuple[int, int, list[str]]] = []  # (start, end, rules) of text lines
        spans = [c for c in head.cells[1:]] if head.cells and head.label in STATUS else \
            [(s, e)] if s is not None and s < e else []
        for cs, ce in spans:
            if head.cells and re.search(r"[,;]", text[cs:ce]) and not _entry_per_line(text[cs:ce]):
                chunks.append((cs, ce, rules + ["attendees.run-in"]))  # a wrapped run-in list in one cell
                continue
            for ls, le in _cell_lines(text, cs, ce):
                chunks.append((ls, le, rules + ["attendees.run-in"]))
        j = i + 1
        blanks = 0
        table_entries: list[tuple[str, int, int, list[str], str]] = []
        while j < len(blocks):
            b = blocks[j]
            seg = text[b.start:b.end]
            if b.kind == "blank":
                blanks += 1
                if blanks > 1 and (chunks or table_entries):
                    break
                j += 1
                continue
            if b.label in STATUS and not chunks and not table_entries and b.label == head.label \
                    and (b.rest_start is None or b.rest_start >= b.end):
                j += 1  # a heading repeated (title line, then table header)
                continue
            named = name_role_line(seg) if b.cells is None and not blanks else None
            if named:  # "Dr Ann Reed – Head of Finance": one person a line, with their post
                parsed = parse_entry(seg[:named[0]])
                if parsed:
                    parsed["role"] = named[2]
                    parsed["kind"] = "person"
                    self._add(parsed, status, b.start, b.start + named[0], rules + ["attendees.name-role-line"])
                    j += 1
                    continue
            role_line = role_name_line(seg) if b.cells is None and not blanks else None
            if role_line:  # "Vice Chair: Ann Reed" under "Apologies": a person with the post they hold
                role, rs, re_ = role_line
                parsed = parse_entry(seg[rs:re_])
                if parsed:
                    parsed["role"] = role
                    parsed["kind"] = "person"
                    self._add(parsed, status, b.start + rs, b.start + re_, rules + ["attendees.role-name-line"])
                    j += 1
                    continue
            if chunks and not blanks and b.cells is None and chunks[-1][0] >= 0 \
                    and _unfinished(text[chunks[-1][0]:chunks[-1][1]]) and not _colon_label(seg):
                # "Lowri Haddon (LH) -" / "Secretary; Nkechi Obi": the line finishes the entry left open above
                chunks.append((b.start, b.end, rules + ["attendees.list-line", "attendees.wrapped-entry"]))
                j += 1
                continue
            if b.label is not None or b.number is not None and b.kind in ("heading", "text") and b.cells is None:
                break
            if head.level is None and b.level is not None and b.cells is None and (chunks or table_entries):
                break  # a styled heading after a list under a plain label opens the next section
            if _rule_line(seg):
                break  # a horizontal rule ends the block
            if b.level is not None and head.level is not None and b.level <= head.level and b.cells is None:
                break  # a heading styled as the attendance heading's peer opens the next section
            if self._head(b) is not None:
                break
            if b.cells:
                if b.number is not None:
                    break
                cells = [text[cs:ce] for cs, ce in b.cells]
                if all(fold(c) in vocab().columns for c in cells if c.strip()):
                    j += 1
                    continue
                name = cells[0]
                row_status, row_rules = status, rules + ["attendees.table-row"]
                extra = []
                initials = None
                for c in cells[1:]:
                    hit = status_cell(c, whole_cell=True) if c.strip() else None
                    if hit:  # "Name | Role | Status": the row's own status cell decides
                        row_status, row_rules = hit[0], row_rules + [hit[1], "attendees.status-cell"]
                    elif initials is None and _initials_of(name, c):
                        initials = c.strip()  # "Name | Initials | Role": the short form the minutes use
                        row_rules = row_rules + ["attendees.initials-cell"]
                    elif c.strip():
                        extra.append(c.strip())
                raw = name + (f" ({initials})" if initials and "(" not in name else "") \
                    + (f" – {extra[-1]}" if extra and not re.search(r"[–-]", name) else "")
                table_entries.append((raw, b.cells[0][0], b.cells[0][1], row_rules, row_status))
            elif table_entries and not chunks and b.kind in ("text", "heading"):
                break  # a sentence or a heading after the table ("Quorum was confirmed.")
            else:
                group = LABEL.match(seg)
                if group and lookup_label(group.group("label")) is None and len(group.group("label").split()) <= 4 \
                        and (chunks or table_entries or ":" in seg[:group.start("rest")]
                                                and _group_line(group.group("label"), group.group("rest"))) \
                        and group.group("label")[:1].isupper():
                    # a group heading inside the attendance block: "COMMUNITY REPRESENTATIVES; A, B"
                    rs = b.start + group.start("rest")
                    chunks.append((-1, -1, []))  # a hard break between groups
                    if rs < b.end:
                        chunks.append((rs, b.end, rules + ["attendees.group-heading"]))
                elif b.kind == "text" and not _run_in_line(seg) and (len(seg.split()) > 14 and not seg.rstrip().endswith(",")
                                           or re.search(r"[.!?]$", seg) and len(seg.split()) > 8 and seg.count(",") < 2) \
                        and not (chunks and not blanks and chunks[-1][0] >= 0
                                 and _run_in_wraps(text[chunks[-1][0]:chunks[-1][1]], seg)):
                    break  # a sentence, unless it finishes the entry the line above left open
                elif blanks and (chunks or table_entries) and not self._continues(blocks, j, chunks):
                    break
                else:
                    chunks.append((b.start, b.end, rules + ["attendees.list-line"]))
            blanks = 0
            j += 1
        for raw, cs, ce, r, row_status in table_entries:
            parsed = parse_entry(raw)
            if parsed:
                self._add(parsed, row_status, cs, ce, r)
        flowing = any(_opens_named_bracket(text[c[0]:c[1]]) for c in chunks if c[0] >= 0)
        for ls, le, r in _logical_lines(text, chunks, flowing):
            for parsed, ps, pe in parse_list(text[ls:le].replace("\n", " "), ls):
                self._add(parsed, status, ps, pe, r)
        return max(j, i + 1)

    def _continues(self, blocks: list[Block], j: int, chunks) -> bool:
        """After a blank line: does the list go on (an entry-shaped line, or a wrapped one)?"""
        text = self.text
        b = blocks[j]
        seg = text[b.start:b.end].strip()
        real = [c for c in chunks if c[0] >= 0]
        if real and _caps_line(seg) and not all(_caps_line(text[c[0]:c[1]]) for c in real):
            return False  # an all-capitals heading after a list written in mixed case
        if real:
            last = text[real[-1][0]:real[-1][1]].rstrip()
            if _wraps(last, seg):
                return True
        if real and any(_opens_named_bracket(text[c[0]:c[1]]) for c in real) and re.search(r"[()]", seg):
            return True
        if seg.endswith(",") or seg.count(",") >= 2 and not re.search(r"[.!?:]$", seg):
            return True  # a run-in list line
        if len(seg.split()) > 8 or re.search(r"[.!?:]$", seg):
            return False
        k = j + 1
        while k < len(blocks) and blocks[k].kind == "blank":
            k += 1
        nxt = blocks[k] if k < len(blocks) else None
        if nxt is None or nxt.label is not None or nxt.number is not None:
            return False
        if k == j + 1 and _rule_line(text[nxt.start:nxt.end]):
            return False  # a line underlined by a rule is a heading (or a column header), not an entry
        nseg = text[nxt.start:nxt.end].strip()
        return len(nseg.split()) <= 8 or nseg.endswith(",") or nseg.count(",") >= 2

    def _status_columns(self, doc: Doc, blocks: list[Block]) -> set[int]:
        """A table whose header cells each name a status ("Present | Apologies"): every name
        below takes its column's status. Returns the block indexes read."""
        text, lines = doc._.source.text, doc._.source.lines
        used: set[int] = set()
        for hi, hb in enumerate(blocks):
            if not hb.cells or len(hb.cells) < 2 or hi in used:
                continue
            cols = [lookup_label(text[s:e].strip()) for s, e in hb.cells]
            if not all(c and c[0] in STATUS for c in cols) or len({c[0] for c in cols}) < 2:
                continue
            table = lines[hi].table
            used.add(hi)
            k = hi + 1
            # a row with its later cells empty may come through as a lone cell: the first column
            while k < len(blocks) and table is not None and lines[k].table == table and blocks[k].kind != "blank":
                spans = blocks[k].cells or [(blocks[k].start, blocks[k].end)]
                if len(spans) > len(cols):
                    break
                for col, (cs, ce) in enumerate(spans):
                    label, rule = cols[col]
                    for ls, le in _cell_entries(text, cs, ce):
                        for parsed, ps, pe in parse_list(text[ls:le].replace("\n", " "), ls):
                            self._add(parsed, STATUS[label], ps, pe, [rule, "attendees.status-column"])
                used.add(k)
                k += 1
        return used

    def _grids(self, doc: Doc, blocks: list[Block]) -> set[int]:
        """Attendance grids: read this meeting's column; returns the block indexes used."""
        text = doc._.source.text
        used: set[int] = set()
        meeting = doc._.meeting or {}
        mdate = meeting.get("date")
        for hi, hb in enumerate(blocks):
            if not hb.cells:
                continue
            header = [text[s:e] for s, e in hb.cells]
            cols = [k for k, c in enumerate(header) if _cell_date(c)]
            if len(cols) < 2:
                continue
            # rows below, up to a legend
            rows, legend, k = [], {}, hi + 1
            while k < len(blocks) and k <= hi + 60:
                b = blocks[k]
                if b.kind == "blank" or not b.cells and b.label is None and b.kind == "heading" and not rows:
                    k += 1
                    continue
                if not b.cells:
                    break
                cells = [text[s:e] for s, e in b.cells]
                found = re.findall(r"\b([A-Z]{1,2})\s*[–—-]\s*([A-Za-z][A-Za-z ]*[a-z])", "\t".join(cells))
                if found and all(re.fullmatch(r"\s*(?:[A-Z]{1,2}\s*[–—-]\s*[A-Za-z ]+)?\s*", c) for c in cells):
                    for code, meaning in found:
                        hit = vocab().grid.get(fold(meaning.strip()))
                        if hit:
                            legend[code] = hit
                    used.add(k)
                    k += 1
                    continue
                if legend:
                    break
                rows.append((k, b, cells))
                k += 1
            if not legend or not rows:
                continue
            used.add(hi)
            dates_ = [_cell_date(header[c]) for c in cols]
            current = dates_.index(mdate) if mdate in dates_ else None
            counts = [sum(1 for c in cells[1:] if c.strip() in legend) for _, _, cells in rows]
            last_filled = max(counts) - 1 if counts else -1
            if current is None:
                current = last_filled
            if current < 0 or current > last_filled:
                continue
            for k, b, cells in rows:
                used.add(k)
                codes = [c.strip() for c in cells[1:] if c.strip() in legend]
                first_code = next((n for n, c in enumerate(cells) if n and c.strip() in legend), None)
                if not codes or first_code is None:
                    continue
                if any(_cell_date(c) or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", c.strip()) for c in cells[first_code:]):
                    continue  # a date after the codes: resigned or left
                pos = current - (last_filled - len(codes) + 1)
                if not 0 <= pos < len(codes):
                    continue
                status, rule = legend[codes[pos]]
                lead = [c.strip() for c in cells[1:first_code] if c.strip() and not re.search(r"\d", c)]
                parsed = parse_entry(cells[0])
                if parsed is None:
                    continue
                parsed["kind"] = "person"
                parsed["role"] = parsed["role"] or (lead[0] if lead else None)
                self._add(parsed, status, b.cells[0][0], b.cells[0][1], ["attendees.grid", rule])
        return used


def role_name_line(line: str) -> tuple[str, int, int] | None:
    """'Vice Chair: Ann Reed', '- Club Captain: Bo Lind': a post, a colon, then one person's name
    -> (role, where the name starts, where it ends).

    >>> role_name_line("Vice Chair: Dr Ann Reed"), role_name_line("- Treasurer: Bo Lind")
    (('vice chair', 12, 23), ('treasurer', 13, 20))
    >>> [role_name_line(t) for t in ["Chair: the budget was agreed.", "Apologies: Ann Reed", "Venue: Town Hall"]]
    [None, None, None]
    """
    bullet = _BULLET_OPENER.match(line)
    off = bullet.end() if bullet else 0
    m = re.match(r"^(?P<label>[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3})\s*:\s*(?P<rest>\S.*?)[\s.]*$", line[off:])
    if not m:
        return None
    words = m.group("label").split()
    hit = lookup_label(m.group("label"))
    last = _w(words[-1])
    if hit and hit[0] not in ROLE_LABELS:
        return None
    if not (hit or last in vocab().job_words) or any(w[:1].islower() and w not in _SMALL_WORDS for w in words):
        return None
    rest = m.group("rest")
    if not _person_shaped(rest) or len(strip_honorifics(rest).split()) < 2 or is_role_phrase(rest):
        return None
    return _canonical_role(m.group("label")), off + m.start("rest"), off + m.start("rest") + len(rest)


def name_role_line(line: str) -> tuple[int, int, str] | None:
    """'Dr Ann Reed – Head of Finance, Chair': one person's name, a dash, then the post they hold
    -> (where the name ends, where the role starts, role). A role naming the chair (or another
    canonical post) among its comma-separated parts gives that post.

    >>> name_role_line("Dr Ann Reed – Head of Finance")
    (11, 14, 'Head of Finance')
    >>> name_role_line("Prof Bo Lind – Dean of Science, Chair")[2]
    'chair'
    >>> [name_role_line(t) for t in ["Finance – the budget was agreed.", "Ann Reed, Bo Lind", "Town Hall – Room 2"]]
    [None, None, None]
    >>> name_role_line("Ann Reed – City Council, Bo Lind – MP for") is None
    True
    """
    m = re.match(r"^(?P<name>[A-Z][^–—:;,()]{2,50}?)\s+[–—-]\s+(?P<role>[A-Z][^;]*?)[\s.]*$", line)
    if not m or not _person_shaped(m.group("name")) or len(strip_honorifics(m.group("name")).split()) < 2:
        return None
    if is_role_phrase(m.group("name")) or SENTENCE_VERB.search(m.group("role")) \
            or re.search(r"\s[–—-]\s", m.group("role")):
        return None  # a sentence, or a run-in list of "Name – organisation" entries
    role = m.group("role")
    parts = [_canonical_role(p) for p in role.split(",")]
    canon = next((p for p, raw in zip(parts, role.split(",")) if fold(raw.strip()) in CANONICAL_ROLES), None)
    return m.end("name"), m.start("role"), canon or _canonical_role(role)


def _group_line(label: str, rest: str) -> bool:
    """'Wyvern Homes: Ann Reed (Manager), Bo Lind': the first line of attendance grouped by
    organisation, a capitalised group name then a list of names (a comma or a bracket in it).

    >>> _group_line("Harbour Trust", "Ann Reed (Manager), Bo Lind"), _group_line("Note", "the room was cold, and late")
    (True, False)
    """
    words = label.split()
    if not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return False
    return rest[:1].isupper() and bool(re.search(r"[,(]", rest)) and not SENTENCE_VERB.search(rest)


def _role_of_label(label_text: str, label: str) -> str:
    key = fold(re.sub(r"[\s:;.*]+$", "", label_text.strip()))
    if label == "CHAIR":
        return "chair"
    for word, role in (("clerk", "clerk"), ("secretary", "secretary")):
        if word in key:
            return role
    return "minutes"


def _cell_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, pos = [], s
    for line in text[s:e].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cell_entries(text: str, s: int, e: int) -> list[tuple[int, int]]:
    r"""A cell's lines, with the lines that finish a wrapped "Name, post" entry joined to it:
    "Ann Reed, Director of" / "Finance", "Bo Lind, Freedom to Speak Up" / "Guardian (item 4)".

    >>> t = "Ann Reed, Non-Executive\nDirector\nBo Lind, Clerk\n(minutes)\nCy Hale"
    >>> [t[a:b] for a, b in _cell_entries(t, 0, len(t))]
    ['Ann Reed, Non-Executive\nDirector', 'Bo Lind, Clerk\n(minutes)', 'Cy Hale']
    """
    out: list[tuple[int, int]] = []
    for ls, le in _cell_lines(text, s, e):
        line = text[ls:le].strip()
        if out:
            prev = text[out[-1][0]:out[-1][1]]
            bare = _BRACKET.sub(" ", line).split()
            if "," in prev and "," not in line and (len(bare) <= 1 or line[:1] == "(" or line[:1].islower()) \
                    or re.search(r"(?:\b(?:of|and|for|to|&)|[-–,])$", prev.rstrip()):
                out[-1] = (out[-1][0], le)
                continue
        out.append((ls, le))
    return out


def _wraps(prev: str, nxt: str) -> bool:
    """Does ``nxt`` continue an entry that ``prev`` left unfinished?

    >>> _wraps("Mr. M Quinlivan, Ms.", "O'Sullivan"), _wraps("Sheila Freeman (SF)", "Arlene Roberts (AR)")
    (True, False)
    >>> _wraps("Alison Hopkins", "(AHop), Alison Britton (AB),"), _wraps("Councillors A, B, Ryan", "and O'Brien")
    (True, True)
    >>> _wraps("- Dr Ann Reed (AR), Chair", "- Prof. Bo Lind (BL)"), _wraps("- Ann Reed,", "* Bo Lind")
    (False, False)
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt or _BULLET_OPENER.match(nxt):
        return False  # "- Dr Ann Reed (AR)": a bullet opens a new entry
    last = prev.split()[-1]
    if prev.endswith((",", ";", "(", "–", "-", "&")) or prev.count("(") > prev.count(")"):
        return True
    if _w(last) in vocab().honorifics or _INITIAL.match(last) or fold(last) in ("and", "of", "for", "the"):
        return True
    if nxt[:1] in "(–-)" or nxt[:1].islower() or re.match(r"(?:and|&)\b", nxt):
        return True
    return _run_in_wraps(prev, nxt)


def _run_in_wraps(prev: str, nxt: str) -> bool:
    """A run-in paragraph of entries wrapped mid-name: the line ends inside its last entry.

    The line reads as a run-in list (``Name (Role), `` entries, or two commas outside brackets),
    does not end at a separator, and its last entry and the next line's first are short names.

    >>> _run_in_wraps("Ann Reed (Chair), Bo Lind (Clerk), Ms Cara", "Dunn (Treasurer), Di Eve")
    True
    >>> _run_in_wraps("Ann Reed, Chair", "Bo Lind, Treasurer")
    False
    >>> _run_in_wraps("Ann Reed (Chair), Bo Lind (Clerk)", "Cy Dunn (Treasurer)")
    False
    """
    if prev.endswith((".", ")", ":", "!", "?")):
        return False
    top = re.sub(r"\([^()]*\)", "()", prev)
    if top.count(",") < 2 and not re.search(r"\),\s", top):
        return False
    tail = re.split(r"[,;]", top)[-1].split()
    head = re.split(r"[,;(]", nxt)[0].split()
    return 1 <= len(tail) <= 3 and 1 <= len(head) <= 3 and all(w[:1].isupper() for w in tail + head)


def _unfinished(line: str) -> bool:
    """A list line that stops inside an entry: after a separator or a dash.

    >>> _unfinished("Ann Reed (AR) - Chair; Bo Lind (BL) -"), _unfinished("Ann Reed (AR) - Chair;")
    (True, True)
    >>> _unfinished("Ann Reed (AR) - Chair"), _unfinished("Ann Reed (AR)")
    (False, False)
    """
    return line.rstrip().endswith((",", ";", "-", "–", "—", "(", "&"))


def _colon_label(line: str) -> bool:
    """A line opening with an attendance or role label and a colon ('Apologies: ...', 'Secretary:')."""
    m = LABEL.match(line.strip())
    return bool(m) and line.strip()[m.end("label"):].lstrip()[:1] == ":" and lookup_label(m.group("label")) is not None


def _entry_per_line(cell: str) -> bool:
    """A table cell holding one ``Name, Role`` entry a line (not a run-in list wrapped over lines):
    several lines, none ending at a separator, each with at most one comma outside brackets.

    >>> _entry_per_line("Ann Reed, Governor (Chair)\\nBo Lind, Principal")
    True
    >>> _entry_per_line("Ann Reed, Bo Lind,\\nCy Dunn"), _entry_per_line("Ann Reed, Governor")
    (False, False)
    """
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    return len(lines) >= 2 and all(not _unfinished(ln) and re.sub(r"\([^()]*\)", "", ln).count(",") <= 1
                                   and ln[:1].isupper() for ln in lines)


def _rule_line(line: str) -> bool:
    """A horizontal rule drawn with characters ('-----', '=====', '* * *').

    >>> _rule_line("------------"), _rule_line("* * *"), _rule_line("- Ann Reed")
    (True, True, False)
    """
    return bool(re.fullmatch(r"\s*(?:[-=_*~—–]\s*){3,}", line))


def _run_in_line(line: str) -> bool:
    """A long line that is a run-in list of entries rather than a sentence: three or more
    separators outside brackets, each piece short and opening with a capital.

    >>> _run_in_line("Ann Reed (chair); Bo Lind (treasurer); Cy Dunn; Di Eve; Ed Fox (company secretary, minuting)")
    True
    >>> _run_in_line("The board agreed the budget, noted the report, and thanked the staff for their hard work.")
    False
    """
    top = re.sub(r"\([^()]*\)", "()", line.strip().rstrip("."))
    pieces = [p.strip() for p in re.split(r"[;,]", top)]
    return len(pieces) >= 3 and all(p[:1].isupper() and len(p.split()) <= 6 for p in pieces)


def _caps_line(line: str) -> bool:
    """A line written in capitals only ('PUBLIC COMMENT').

    >>> _caps_line("PUBLIC COMMENT"), _caps_line("Ann Reed"), _caps_line("- A")
    (True, False, False)
    """
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _opens_named_bracket(line: str) -> bool:
    """'Chief Executive (Mr. C.': a bracket that opens with an honorific."""
    return any(_w(m.group(1)) in vocab().honorifics for m in re.finditer(r"\(\s*([A-Za-z]+)\.?\s", line))


def _logical_lines(text: str, chunks, flowing: bool = False) -> list[tuple[int, int, list[str]]]:
    """Join wrapped lines into logical lines; (-1, -1) chunks are hard breaks.

    In a flowing list of ``Role (Mr. Name)`` entries every line between hard breaks is one.
    """
    out: list[list] = []
    prev_end = None
    for s, e, rules in chunks:
        if s < 0:
            prev_end = None
            continue
        if out and prev_end is not None and (flowing or _wraps(text[out[-1][0]:prev_end], text[s:e])):
            out[-1][1] = e
        else:
            out.append([s, e, rules])
        prev_end = e
    return [(s, e, r) for s, e, r in out]


def _settle_kinds(attendees: list[dict]) -> None:
    """An entry with nothing marking it as a person is an organisation when most of the list are.

    One-word entries follow a simple majority; short capitalised names ("Genius Within")
    with no honorific, role or initials follow a two-thirds majority of organisations.
    """
    orgs = sum(1 for a in attendees if a["kind"] == "organisation")
    if orgs * 2 <= len(attendees):
        return
    for a in attendees:
        if a["kind"] == "person" and a["role"] is None and len(a["name"].split()) == 1:
            a["kind"] = "organisation"
    orgs = sum(1 for a in attendees if a["kind"] == "organisation")
    strong = len(attendees) >= 3 and orgs * 3 >= 2 * len(attendees)
    for a in attendees:
        if a["kind"] != "person" or a["role"] is not None:
            continue
        initials = a["acronym"] and _acronym_reach(a["acronym"], a["name"].split()) >= len(a["name"].split())
        marked = initials or any(_has_honorific(ev["text"]) for ev in a.get("evidence", []))
        if len(a["name"].split()) == 1 or a["acronym"] and a["acronym"].isupper() and len(a["acronym"]) > 2 \
                or strong and not marked and not any("." in w for w in a["name"].split()):
            a["kind"] = "organisation"


@Language.factory("minutes_attendees", assigns=["doc._.attendees", "doc._.aliases"],
                  requires=["doc._.layout"])
def make_attendees(nlp: Language, name: str):
    return AttendeesComponent()


def merge(found: list[dict]) -> list[dict]:
    """One attendee per name; apologies outrank absent outrank present; details are filled in."""
    by_key: dict[str, dict] = {}
    order: list[str] = []
    for a in found:
        key = fold(a["name"])
        if key in by_key:
            kept = by_key[key]
            kept["acronym"] = kept["acronym"] or a["acronym"]
            kept["role"] = kept["role"] or a["role"]
            if a.get("handle") and not kept.get("handle"):
                kept["handle"] = a["handle"]
            if PRIORITY[a["status"]] > PRIORITY[kept["status"]]:
                kept["status"] = a["status"]
            kept["evidence"] += a["evidence"]
            continue
        by_key[key] = a
        order.append(key)
    for key in list(order):
        a = by_key[key]
        if len(a["name"].split()) != 1 or a["kind"] != "person":
            continue
        full = [k for k in order if k != key and by_key[k]["kind"] == "person" and len(by_key[k]["name"].split()) >= 2
                and fold(by_key[k]["name"].split()[-1]) == key]
        if len(full) == 1:  # "Reed" in an apologies sentence is the "Ann Reed" listed
            kept = by_key[full[0]]
            kept["role"] = kept["role"] or a["role"]
            if PRIORITY[a["status"]] > PRIORITY[kept["status"]]:
                kept["status"] = a["status"]
            kept["evidence"] += a["evidence"]
            order.remove(key)
            del by_key[key]
    return [by_key[k] for k in order]


def short_name(att: dict) -> str:
    return att["acronym"] if att["acronym"] and att["kind"] == "organisation" else att["name"]


def alias_table(attendees: list[dict]) -> dict[str, str]:
    """Folded alias -> the short name owners are written with.

    Names and acronyms (or bracketed initials) are strong aliases; first names,
    surnames, initials and roles ("the Clerk") count only when unambiguous.

    >>> t = alias_table([{"name": "Will Perrin", "acronym": None, "kind": "person", "role": "chair"},
    ...                  {"name": "National Probation Service", "acronym": "NPS", "kind": "organisation", "role": None},
    ...                  {"name": "Sheila Freeman", "acronym": "SF", "kind": "person", "role": "Clerk to the Board"}])
    >>> t["will"], t["wp"], t["the chair"], t["nps"], t["national probation service"]
    ('Will Perrin', 'Will Perrin', 'Will Perrin', 'NPS', 'NPS')
    >>> t["sf"], t["the clerk"], t["clerk"], t["freeman"]
    ('Sheila Freeman', 'Sheila Freeman', 'Sheila Freeman', 'Sheila Freeman')
    """
    table: dict[str, str] = {}
    counts: dict[str, int] = {}
    candidates: list[tuple[str, str, bool]] = []
    for a in attendees:
        target = short_name(a)
        candidates.append((a["name"], target, True))
        if a["acronym"]:
            candidates.append((a["acronym"], target, True))
        if a.get("handle"):  # "@ann-r" and "ann-r"
            candidates += [(a["handle"], target, True), (a["handle"][1:], target, True)]
        if a["kind"] == "person":
            words = [w for w in a["name"].split() if not _INITIAL.match(w)]
            if len(a["name"].split()) >= 2:
                if len(words) >= 2:
                    candidates.append((words[0], target, False))
                candidates.append((a["name"].split()[-1], target, False))
                candidates.append(("".join(w[0] for w in a["name"].split() if w[:1].isalpha()).upper(), target, False))
        if a["role"]:
            role = fold(a["role"])
            roles = {role}
            for word in CANONICAL_ROLES:
                if role.startswith(word + " ") or role == word:
                    roles.add(CANONICAL_ROLES[word])
            for r in roles:
                candidates.append((r, target, False))
                candidates.append(("the " + r, target, False))
    for alias, target, _strong in candidates:
        key = fold(alias)
        counts[key] = counts.get(key, 0) + (0 if table.get(key) == target else 1)
        table.setdefault(key, target)
    for alias, target, strong in candidates:
        if not strong and counts.get(fold(alias), 0) > 1:
            table.pop(fold(alias), None)  # ambiguous first names, initials or roles
    for alias, target, strong in candidates:
        if strong:
            table[fold(alias)] = target
    return table
