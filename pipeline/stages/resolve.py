"""Resolve stage: owners to attendees, deadlines to dates, duplicates merged,
and every action and statistic tied to its agenda item.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import dates
from ..normalise import fold
from ..patterns import MODELS_DIR, vocabulary

USER_ALIASES = MODELS_DIR / "aliases.jsonl"
_MONTH_YEAR = re.compile(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(\d{2})$", re.I)


def load_user_aliases(path=USER_ALIASES) -> dict[str, str]:
    """Aliases an analyst adds in models/aliases.jsonl: {"alias": ..., "owner": ...} per line."""
    out: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        if line.strip() and not line.lstrip().startswith("//"):
            row = json.loads(line)
            out[fold(row["alias"])] = row["owner"]
    return out


def with_halves(aliases: dict[str, str]) -> dict[str, str]:
    """Aliases plus each half of a role written in two languages or two forms ("clerc /
    clerk" also as "clerk"), unless that half already names someone else.

    >>> with_halves({"clerc / clerk": "Sian Hale", "clerk": "Ann Lee"})["clerk"], with_halves({"clerc / clerk": "Sian Hale"})["clerk"]
    ('Ann Lee', 'Sian Hale')
    """
    if not any(" / " in a for a in aliases):
        return aliases
    out = dict(aliases)
    for a, t in aliases.items():
        if " / " in a:
            for half in a.split(" / "):
                half = half.strip()
                if len(half) > 2:
                    out.setdefault(half, t)
    return out


def initials_aliases(attendees: list[dict], aliases: dict[str, str]) -> dict[str, str]:
    """Initials a person may be written with beyond plain first letters: a middle initial or
    the parts of a double-barrelled or Mc/Mac surname ("SAB", "DBP", "HMK"). An initial form
    counts when it starts with the first-name initial, ends with the initial of a part of the
    surname, and fits exactly one person; aliases already known are kept.

    >>> people = [{"name": "Debbie Baird-Palmer", "kind": "person"}, {"name": "Hugh McKendrick", "kind": "person"},
    ...           {"name": "Stephen Blackman", "kind": "person"}, {"name": "Sue Brown", "kind": "person"}]
    >>> t = initials_aliases(people, {})
    >>> t["dbp"], t["hmk"], t["hk"], t["sab"] if "sab" in t else None
    ('Debbie Baird-Palmer', 'Hugh McKendrick', 'Hugh McKendrick', None)
    >>> initials_aliases(people[2:3], {})["sab"]
    'Stephen Blackman'
    """
    forms: dict[str, set[str]] = {}
    for a in attendees:
        words = a["name"].split()
        if a.get("kind") != "person" or len(words) < 2 or not words[0][:1].isalpha():
            continue
        first, surname = words[0][0].upper(), words[-1]
        parts = [p for p in re.findall(r"[A-Z][a-z'’]*", surname.replace("-", " - "))]
        caps = [p[0] for p in parts if p[0] != "M" or not re.match(r"Ma?c$", p)] or [surname[0].upper()]
        whole = "".join(p[0] for p in parts)
        cands = {first + whole, first + caps[-1]}
        cands |= {first + m + caps[-1] for m in "ABCDEFGHIJKLMNOPRSTUVWY"}  # a middle initial not written out
        for c in cands:
            forms.setdefault(c.lower(), set()).add(a["name"])
    # a form with an invented middle initial is weaker: only when no other person fits it
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and k not in aliases}


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, str], ...]:
    """Folded honorifics and titles a name may be written after, longest first, with rule ids:
    the attendee stage's honorifics, job and role words, and the action stage's titles."""
    rows = [(fold(r["pattern"]), r["id"]) for r in vocabulary("attendees")
            if r["label"] in ("HONORIFIC", "JOB_WORD", "ROLE") and isinstance(r["pattern"], str)]
    rows += [(fold(r["pattern"]), r["id"]) for r in vocabulary("actions")
             if r["label"] == "TITLE" and isinstance(r["pattern"], str)]
    return tuple(sorted(set(rows), key=lambda r: -len(r[0])))


def strip_titles(name: str) -> str:
    """A name without the honorifics and titles written before it (folded).

    >>> strip_titles("Cllr Pryce"), strip_titles("Commissioner Janet Sorensen"), strip_titles("Dr. Ann Lee")
    ('pryce', 'janet sorensen', 'ann lee')
    >>> strip_titles("County Cllr Brian Tulley"), strip_titles("the Director")
    ('brian tulley', 'director')
    """
    return _strip_titles(name)


@lru_cache(maxsize=1)
def _title_prefix() -> re.Pattern:
    """One anchored pattern for every title, tried in the order of :func:`_titles` (longest
    first), as the alternation of a match tries them."""
    return re.compile("(?:" + "|".join(re.escape(p) for p, _ in _titles()) + r")\.?\s+(?=\S)")


@lru_cache(maxsize=65536)
def _strip_titles(name: str) -> str:
    key = re.sub(r"^the\s+", "", fold(" ".join(name.split())))
    if not _titles():
        return key
    prefix = _title_prefix()
    while True:
        m = prefix.match(key)
        if not m:
            return key
        key = key[m.end():]


def by_surname(key: str, aliases: dict[str, str]) -> str | None:
    """The one attendee whose name ends with this surname (folded), else None.

    >>> by_surname("pryce", {"david pryce": "David Pryce", "ann osei": "Ann Osei"})
    'David Pryce'
    >>> by_surname("lee", {"ann lee": "Ann Lee", "bo lee": "Bo Lee"}) is None
    True
    """
    if not key or " " in key:
        return None
    found = {t for a, t in aliases.items() if " " in a and a.split()[-1] == key and fold(t).split()[-1:] == [key]}
    return found.pop() if len(found) == 1 else None


def resolve_owner(owner: str, aliases: dict[str, str]) -> list[str]:
    """Owner text to short names; several when several are named.

    >>> resolve_owner("MOPAC and NPS", {"mopac": "MOPAC", "nps": "NPS"})
    ['MOPAC', 'NPS']
    >>> resolve_owner("the Clerk", {"the clerk": "Pete Osborne"})
    ['Pete Osborne']
    >>> resolve_owner("AHop/MS", {"ahop": "Ali Hopkins", "ms": "Mary Smith"})
    ['Ali Hopkins', 'Mary Smith']
    >>> resolve_owner("Clerk / Cllr Osei", {"clerk": "Helen Marsh", "anita osei": "Anita Osei"})
    ['Helen Marsh', 'Anita Osei']
    >>> resolve_owner("@Priya", {"priya": "Priya Shah"}), resolve_owner("@sam-k", {"sam": "Sam Kaye"})
    (['Priya Shah'], ['@sam-k'])
    """
    key = fold(owner)
    if key in aliases:
        return [aliases[key]]
    parts = [p for p in re.split(r"\s*(?:,|/|&|\band\b|\bwith\b)\s*", owner) if p.strip()]
    if len(parts) > 1:
        out: list[str] = []
        for p in parts:
            for r in resolve_owner(p, aliases):
                if r not in out:
                    out.append(r)
        return out
    stripped = re.sub(r"^(the|all)\s+", "", key)
    if stripped in aliases:
        return [aliases[stripped]]
    if key.startswith("@") and key[1:] in aliases:
        return [aliases[key[1:]]]  # "@Priya": a mention of an attendee by first name
    bare = strip_titles(key)
    if bare != stripped and bare in aliases:
        return [aliases[bare]]
    found = by_surname(bare, aliases) or by_initial(bare, aliases) or by_qualified_role(stripped, aliases)
    if found:
        return [found]
    return [owner.strip()]


def by_qualified_role(key: str, aliases: dict[str, str]) -> str | None:
    """The one attendee whose role is this post with a qualifier after a bracket or comma
    ("director of estates (item 6)", "head of finance, interim"), else None.

    >>> by_qualified_role("director of estates", {"director of estates (item 6)": "Liam Hurst"})
    'Liam Hurst'
    >>> by_qualified_role("director", {"director of estates (item 6)": "Liam Hurst"}) is None
    True
    >>> by_qualified_role("chief nurse", {"chief nurse (acting)": "A B", "chief nurse, deputy": "C D"}) is None
    True
    """
    if len(key.split()) < 2:
        return None  # a single word is too weak to stand for a role
    found = {t for a, t in aliases.items() if a.startswith(key) and re.match(r"\s*[(,]", a[len(key):])}
    return found.pop() if len(found) == 1 else None


def by_initial(key: str, aliases: dict[str, str]) -> str | None:
    """The one attendee with this first initial and surname ("t abara", "t. abara"), else None.

    >>> by_initial("t abara", {"tom abara": "Tom Abara", "ann lee": "Ann Lee"})
    'Tom Abara'
    >>> by_initial("a lee", {"ann lee": "Ann Lee", "amy lee": "Amy Lee"}) is None
    True
    """
    m = re.fullmatch(r"([a-z])\.?\s+([a-z][\w'’-]+)", key)
    if not m:
        return None
    found = {t for t in aliases.values()
             if len(fold(t).split()) >= 2 and fold(t).split()[0][:1] == m.group(1) and fold(t).split()[-1] == m.group(2)}
    return found.pop() if len(found) == 1 else None


_STOP = {"the", "a", "an", "to", "of", "and", "for", "on", "in", "with", "be", "by", "at", "is", "are",
         "will", "that", "this", "from", "as", "it", "re", "next", "meeting"}


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOP)


def same_record(a: dict, b: dict) -> bool:
    """Two action records are one action: never two from the same line; the same wording;
    or the same owners and deadline with wording in common; or the same item reference
    and a shared owner (an action in an item and again in the actions table).

    >>> r = lambda text, owners, due=None, line=1, ref=None: {"text": text, "owners": owners,
    ...     "due_date": due, "ref": ref, "evidence": [{"line": line}]}
    >>> same_record(r("MOPAC to review work plan and timescales for the next meeting.", ["MOPAC"], "2019-02-05"),
    ...             r("MOPAC to have timescales worked out by next meeting", ["MOPAC"], "2019-02-05", 9))
    True
    >>> same_record(r("Visits: a. Literacy", ["PE"]), r("Visits: b. SEND", ["PE"]))
    False
    >>> p = r("The Clerk and Cllr Osei will prepare a draft budget and precept proposal.", ["Ann Osei", "Helen Marsh"]) | {"explicit": False}
    >>> same_record(p, r("Prepare a draft 2024/25 budget and precept proposal", ["Helen Marsh", "Ann Osei"], "2023-10-31", 9) | {"explicit": True})
    True
    >>> same_record(p, r("Prepare the audit return", ["Helen Marsh", "Ann Osei"], line=9) | {"explicit": True})
    False
    >>> same_record(r("Clerk to place on website", ["Pete"], ref="38/2122") | {"origin": 1},
    ...             r("Signed minutes to website", ["Pete"], line=5, ref="38/2122") | {"origin": 2})
    True
    """
    la, lb = a["evidence"][0].get("line"), b["evidence"][0].get("line")
    if la is not None and la == lb:
        return False
    if same_action(a["text"], b["text"]) or carried_over(a, b):
        return True
    shared_owner = set(a["owners"]) & set(b["owners"])
    if a.get("ref") and a.get("ref") == b.get("ref") and a.get("origin") != b.get("origin") and shared_owner:
        return True
    if (a["owners"] and set(a["owners"]) == set(b["owners"]) and a.get("due_date")
            and a.get("due_date") == b.get("due_date")):
        ca, cb = _content(a["text"]) - {fold(o) for o in a["owners"]}, _content(b["text"]) - {fold(o) for o in b["owners"]}
        return bool(ca & cb)
    if (a["owners"] and set(a["owners"]) == set(b["owners"]) and "explicit" in a and "explicit" in b
            and a["explicit"] != b["explicit"] and not (a.get("due_date") and b.get("due_date"))):
        # a commitment in the prose that an action table or line restates, one of them without a deadline
        names = {w for o in a["owners"] for w in _content(o)}
        ca, cb = _content(a["text"]) - names, _content(b["text"]) - names
        shared = ca & cb
        if len(shared) == 2 and min(len(ca), len(cb)) <= 3:
            return True  # a short commitment ("Lorna to chase both clubs") that the line spells out
        return len(shared) >= 3 and len(shared) >= 0.7 * min(len(ca), len(cb))
    return False


@lru_cache(maxsize=1)
def _carried() -> list[str]:
    return [fold(r["pattern"]) for r in vocabulary("actions") if r["label"] == "CARRIED"]


def carried_over(a: dict, b: dict) -> bool:
    """One record restates an earlier action under review as carried over: the same owners,
    the restated one marked "(carried forward)", and most of its task words in the other.

    >>> r = lambda text, kind: {"text": text, "owners": ["Ivan Petrov"], "kind": kind}
    >>> old = r("Ivan to cost a new XRF spectrometer – still waiting on a second quote", "previous")
    >>> carried_over(old, r("get a second quote for the XRF spectrometer (carried forward)", "new"))
    True
    >>> carried_over(old, r("get a second quote for the XRF spectrometer", "new"))
    False
    >>> carried_over(old, r("book the minibus for the field trip (carried forward)", "new"))
    False
    """
    if not a["owners"] or set(a["owners"]) != set(b["owners"]):
        return False
    for old, new in ((a, b), (b, a)):
        if old.get("kind") != "previous" or new.get("kind") == "previous":
            continue
        words = {w for p in _carried() for w in p.split()}
        if not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", fold(new["text"])) for p in _carried()):
            continue
        names = {w for o in a["owners"] for w in _content(o)}
        co, cn = _content(old["text"]) - names - words, _content(new["text"]) - names - words
        if len(co & cn) >= 2 and len(co & cn) >= 0.5 * min(len(co), len(cn)):
            return True
    return False


def same_action(a: str, b: str) -> bool:
    """The same action written twice, in the text and in a summary, in nearly the same words.

    >>> same_action("MOPAC to review work plan and timescales for the next meeting.",
    ...             "MOPAC to have timescales worked out by next meeting")
    False
    >>> same_action("MOPAC to convene a task and finish group",
    ...             "MOPAC to convene a task and finish group re: substance misuse and continuity of care with prisons.")
    True
    """
    fa, fb = _folded(a), _folded(b)
    if fa == fb or (len(fa) > 20 and (fa in fb or fb in fa)):
        return True
    # real_quick_ratio and quick_ratio bound ratio from above: cheap checks first. The length
    # bound (SequenceMatcher.real_quick_ratio) needs no matcher; the matcher for ``b`` (one new
    # record compared with every kept one) is reused, as set_seq1 keeps what it knows of b.
    la, lb = len(fa), len(fb)
    if la + lb and 2.0 * min(la, lb) / (la + lb) < 0.85:
        return False
    # SequenceMatcher.quick_ratio from character counts made once per text
    ca, cb = _char_counts(fa), _char_counts(fb)
    if len(ca) > len(cb):
        ca, cb = cb, ca
    shared = sum(min(n, cb[c]) for c, n in ca.items() if c in cb)
    if 2.0 * shared / (la + lb) < 0.85:
        return False
    sm = _matcher(fb)
    sm.set_seq1(fa)
    return sm.ratio() >= 0.85


@lru_cache(maxsize=16)
def _matcher(b: str) -> SequenceMatcher:
    return SequenceMatcher(None, "", b)


@lru_cache(maxsize=4096)
def _char_counts(text: str) -> Counter:
    return Counter(text)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text).rstrip(".")


@Language.factory("minutes_resolve", assigns=["doc._.actions", "doc._.statistics"],
                  requires=["doc._.meeting", "doc._.attendees", "doc._.aliases",
                            "doc._.agenda_items", "doc._.actions", "doc._.statistics"])
def make_resolve(nlp: Language, name: str):
    return ResolveComponent()


class ResolveComponent:
    def __init__(self) -> None:
        self.user_aliases = load_user_aliases()

    def __call__(self, doc: Doc) -> Doc:
        meeting = doc._.meeting or {}
        aliases = with_halves({**self.user_aliases, **(doc._.aliases or {})})
        initials = initials_aliases(doc._.attendees or [], aliases)
        mdate = date.fromisoformat(meeting["date"]) if meeting.get("date") else None
        next_date = (meeting.get("next_meeting") or {}).get("date")
        merged: list[dict] = []
        for act in doc._.actions or []:
            owners: list[str] = []
            for o in act["owners"]:
                key = o.strip()
                if fold(key) not in aliases and key.isupper() and fold(key) in initials:
                    o = initials[fold(key)]
                for r in resolve_owner(o, aliases):
                    if r not in owners:
                        owners.append(r)
            act["owners"] = owners
            act["due_date"] = self._due_date(act["due"], mdate, next_date)
            dup = next((m for m in merged if same_record(m, act)), None)
            if dup is None:
                merged.append(act)
                continue
            if carried_over(dup, act):
                if dup.get("kind") != "previous":  # the earlier action's wording, not its restatement
                    dup["text"], dup["kind"], dup["status"] = act["text"], act["kind"], act["status"] or dup["status"]
            elif dup.get("explicit") is True and act.get("explicit") is False:
                pass  # an action line's wording, not the prose that repeats it
            elif (len(act["text"]) > len(dup["text"]) or act.get("explicit") is True and dup.get("explicit") is False) \
                    and not (dup.get("ref") and dup.get("ref") == act.get("ref")):
                dup["text"] = act["text"]
            if not dup["due"] or act["due"] and act.get("explicit") is True and dup.get("explicit") is False:
                dup["due"], dup["due_date"] = act["due"], act["due_date"]  # the action line's deadline first
            dup["status"] = dup["status"] or act["status"]
            dup["owners"] = dup["owners"] or act["owners"]
            dup["explicit"] = dup["explicit"] or act["explicit"]
            dup["evidence"] += act["evidence"]
        doc._.actions = merged
        items = [it for it in doc._.agenda_items or []]
        for rec in merged + list(doc._.statistics or []):
            rec["agenda_item"] = self._item_at(items, rec["start"])
        return doc

    @staticmethod
    def _item_at(items: list[dict], offset: int) -> int | None:
        best = None
        for k, it in enumerate(items):
            if it["span"][0] <= offset < it["span"][1]:
                best = k  # deepest item wins: later items are nested inside earlier ones
        return best

    @staticmethod
    def _due_date(due: str | None, mdate: date | None, next_date: str | None) -> str | None:
        """A deadline as written to an ISO date.

        >>> d = ResolveComponent._due_date
        >>> d("at the April meeting", date(2024, 3, 19), "2024-04-16"), d("for the May meeting", date(2024, 3, 19), "2024-04-16")
        ('2024-04-16', '2024-05-31')
        >>> d("by 1 March", date(2024, 2, 8), None), d("by 15th July 2024", date(2024, 2, 8), None)
        ('2024-03-01', '2024-07-15')
        >>> d("before the end of the year", date(2024, 9, 24), None), d("by the end of the month", date(2024, 2, 8), None)
        ('2024-12-31', '2024-02-29')
        >>> d("to the December 2024 Ordinary Council Meeting", date(2024, 10, 22), "2024-11-26")
        '2024-12-31'
        >>> d("to the committee meeting in May", date(2025, 3, 9), "2026-03-08")
        '2025-05-31'
        >>> d("by the end of the year", None, None) is None
        True
        >>> d("on March 25", date(2025, 3, 11), None), d("in Jan 19", date(2018, 11, 26), None)
        ('2025-03-25', '2019-01-31')
        """
        if not due:
            return None
        if re.search(r"\bnext\b.*\bmeeting\b", due, re.I):
            return next_date
        # "before the end of the year", "by the end of this month": the meeting's year or month
        m = re.search(r"\bend of (?:the|this)\s+(year|month)\b", due, re.I)
        if m:
            if mdate is None:
                return None
            if m.group(1).lower() == "year":
                return date(mdate.year, 12, 31).isoformat()
            nxt = date(mdate.year + mdate.month // 12, mdate.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        # "at the April meeting": the next meeting when it falls in that month, else the month's end
        m = re.search(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(\d{4}\s+)?(?:[a-z]+\s+){0,2}meeting\b",
                      due, re.I) or re.search(r"\bmeeting\s+in\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?(\s+\d{4})?\b",
                                              due, re.I)
        if m:
            found = dates.month_end(f"{m.group(1)} {m.group(2).strip()}" if m.group(2) else f"in {m.group(1)}", mdate)
            if found and next_date and next_date[:7] == found.value[:7]:
                return next_date
            return found.value if found else None
        # "Jan 19": a month and a two-digit year, not a day of the month
        m = _MONTH_YEAR.search(due)
        if m and not re.match(r"(?:on|by|before|until)\s", due, re.I):  # "by May 13": a day, not a year
            found = dates.month_end(f"{m.group(1)} 20{m.group(2)}", mdate)
            return found.value if found else None
        found = dates.find_dates(due, after=mdate)
        if found:
            return found[0].value
        m = dates.month_end(due, mdate)
        return m.value if m else None
