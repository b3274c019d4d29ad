"""Attendees stage: who was present, sent apologies or was absent.

An attendance section opens with a label (models/patterns/labels.jsonl:
PRESENT, APOLOGIES, ABSENT) and holds one name per line, a run-in list on the
label's line, or table rows; apologies may also be a sentence ("Apologies
were received from A, B and C"). Each entry is parsed by its shape:
``Name (ACRONYM)``, ``Name (Chair)``, ``Name, Organisation``, ``Name – Role``.
The attendees then give the meeting's alias table for resolving owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..normalise import fold
from ..patterns import vocabulary
from .base import evidence
from .layout import Block

STATUS = {"PRESENT": "present", "APOLOGIES": "apologies", "ABSENT": "absent"}
_SPLIT_RUN_IN = re.compile(r"\s*[;,]\s*|\s{2,}|\s+and\s+(?=[A-Z])|\s+&\s+(?=[A-Z])")
_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*")
_DASH_ROLE = re.compile(r"\s+[-–—]\s+|\s*[-–—]\s+(?=[A-Z])")
_APOLOGY_SENTENCE = re.compile(
    r"\bapologies\b[^.:\n]{0,80}?\b(?:received|given|noted|tendered|submitted)\b[^.:\n]{0,40}?\bfrom\s+(?P<list>[^.\n]+(?:\.[^\S\n]*[A-Z]\.[^.\n]*)?)",
    re.I)


@dataclass(frozen=True)
class Vocab:
    honorifics: frozenset
    roles: dict
    org_words: frozenset
    columns: frozenset


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    rows = vocabulary("attendees")
    return Vocab(
        frozenset(fold(r["pattern"]) for r in rows if r["label"] == "HONORIFIC"),
        {fold(r["pattern"]): r["id"] for r in rows if r["label"] == "ROLE"},
        frozenset(fold(r["pattern"]) for r in rows if r["label"] == "ORG_WORD"),
        frozenset(fold(r["pattern"]) for r in rows if r["label"] == "COLUMN"),
    )


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

    >>> [looks_like_acronym(t) for t in ["MOPAC", "LB Brent", "MoJ", "Chair", "for Sue Smith", "AHop"]]
    [True, True, True, False, False, True]
    """
    words = text.split()
    if not words or len(words) > 3:
        return False
    first = words[0]
    caps = sum(1 for c in first if c.isupper())
    return caps >= 2 and len(first) <= 8 and first[0].isupper()


def is_person(name: str, acronym: str | None) -> bool:
    words = re.findall(r"[A-Za-zÀ-ÿ'’.-]+", name)
    if not words or len(words) > 5:
        return False
    if any(fold(w) in vocab().org_words for w in words):
        return False
    if acronym and len(acronym) >= 4 and acronym.isupper() and len(words) >= 3:
        return False
    return all(w[:1].isupper() or w.lower() in ("de", "van", "von", "le", "la", "da", "o'") for w in words)


def parse_entry(raw: str) -> dict | None:
    """One attendance entry by its shape.

    >>> parse_entry("Mayor's Office for Policing and Crime (MOPAC)")["acronym"]
    'MOPAC'
    >>> e = parse_entry("Shona Bendix (Chair)"); (e["name"], e["role"], e["kind"])
    ('Shona Bendix', 'chair', 'person')
    >>> e = parse_entry("Alan Holzer (AHol) Chair"); (e["name"], e["acronym"], e["role"])
    ('Alan Holzer', 'AHol', 'Chair')
    >>> parse_entry("Sheila Freeman – Treasurer")["role"]
    'Treasurer'
    >>> parse_entry("Public: 2") is None
    True
    """
    text = " ".join(raw.replace("\t", " ").split()).strip(" .,;:-–•*")
    if not text or re.fullmatch(r"[\d\s]+", text) or re.search(r":\s*\d+$", text):
        return None
    acronym, role = None, None
    for inner in _BRACKET.findall(text):
        inner = inner.strip()
        if fold(inner) in vocab().roles:
            role = fold(inner) if fold(inner) in ("chair", "vice chair", "vice-chair", "clerk", "minutes") else inner
        elif looks_like_acronym(inner) and acronym is None:
            acronym = inner
        elif inner:
            role = role or inner
    name = _BRACKET.sub(" ", text).strip()
    parts = _DASH_ROLE.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        name, role = parts[0].strip(), role or parts[1].strip()
    name = " ".join(name.split())
    # trailing role word after a bracket: "Alan Holzer (AHol) Chair"
    m = re.match(r"^(?P<n>.+?)\s+(?P<r>(?:vice[- ])?chair(?:man|person)?|clerk|secretary|treasurer)$", name, re.I)
    if m and acronym:
        name, role = m.group("n"), role or m.group("r")
    name = strip_honorifics(name)
    if not name or len(name) > 120 or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return None
    kind = "person" if is_person(name, acronym) else "organisation"
    return {"name": name, "acronym": acronym, "kind": kind, "role": role}


@Language.factory("minutes_attendees", assigns=["doc._.attendees", "doc._.aliases"],
                  requires=["doc._.layout"])
def make_attendees(nlp: Language, name: str):
    return AttendeesComponent()


class AttendeesComponent:
    def __call__(self, doc: Doc) -> Doc:
        blocks: list[Block] = doc._.layout
        text = doc.text
        found: list[dict] = []
        i = 0
        while i < len(blocks):
            b = blocks[i]
            status = STATUS.get(b.label or "")
            if status is None or b.number is not None and b.kind == "heading" and b.label is None:
                i += 1
                continue
            entries, i = self._section(doc, blocks, i)
            for raw, s, e, rules in entries:
                parsed = parse_entry(raw)
                if parsed is None:
                    continue
                parsed["status"] = status
                parsed["evidence"] = [evidence(doc, s, e, rules)]
                found.append(parsed)
        for m in _APOLOGY_SENTENCE.finditer(text):
            lst = m.group("list")
            for raw, s, e in _split_run_in(lst, m.start("list")):
                parsed = parse_entry(raw)
                if parsed:
                    parsed["status"] = "apologies"
                    parsed["evidence"] = [evidence(doc, s, e, ["attendees.apologies-sentence"])]
                    found.append(parsed)
        doc._.attendees = merge(found)
        doc._.aliases = alias_table(doc._.attendees)
        return doc

    def _section(self, doc: Doc, blocks: list[Block], i: int):
        """Entries under the label at blocks[i]; returns them and the next index."""
        text = doc.text
        head = blocks[i]
        rules = list(head.rules)
        entries = []
        if head.rest_start is not None and head.rest_start < head.end:
            rest = text[head.rest_start:head.end]
            if head.cells:
                for s, e in head.cells[1:]:
                    entries += [(r, a, b, rules + ["attendees.run-in"]) for r, a, b in _split_run_in(text[s:e], s)]
            elif rest.strip():
                entries += [(r, a, b, rules + ["attendees.run-in"]) for r, a, b in _split_run_in(rest, head.rest_start)]
        j = i + 1
        blanks = 0
        while j < len(blocks):
            b = blocks[j]
            if b.kind == "blank":
                blanks += 1
                if blanks > 1 and entries:
                    break
                j += 1
                continue
            if b.label in STATUS and not entries and b.label == head.label:
                j += 1  # a heading repeated (title line, then table header)
                continue
            if b.label is not None or b.number is not None and b.kind == "heading":
                break
            seg = text[b.start:b.end]
            if b.cells:
                cells = [text[s:e] for s, e in b.cells]
                if all(fold(c) in vocab().columns for c in cells if c.strip()):
                    j += 1
                    continue
                name = cells[0]
                extra = [c for c in cells[1:] if c.strip()]
                raw = name + (f" – {extra[-1]}" if extra and not re.search(r"[–-]", name) else "")
                entries.append((raw, b.cells[0][0], b.cells[0][1], rules + ["attendees.table-row"]))
            elif b.kind == "text" and (len(seg.split()) > 14 or re.search(r"[.!?]$", seg) and len(seg.split()) > 6):
                break
            elif blanks and entries and b.kind in ("heading",) and len(seg.split()) > 6:
                break
            else:
                parts = _split_run_in(seg, b.start) if seg.count(",") + seg.count(";") >= 2 else [(seg, b.start, b.end)]
                entries += [(r, s, e, rules + ["attendees.list-line"]) for r, s, e in parts]
            blanks = 0
            j += 1
        return entries, j


def _split_run_in(segment: str, offset: int):
    """Split a run-in list into entries, keeping offsets; brackets are not split."""
    out, depth, start = [], 0, 0
    pieces: list[tuple[int, int]] = []
    i = 0
    while i < len(segment):
        ch = segment[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _SPLIT_RUN_IN.match(segment, i)
            if m and m.end() > i:
                pieces.append((start, i))
                start = m.end()
                i = m.end()
                continue
        i += 1
    pieces.append((start, len(segment)))
    for s, e in pieces:
        raw = segment[s:e]
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append((raw.strip(), offset + s + lead, offset + s + lead + len(raw.strip())))
    return out


def merge(found: list[dict]) -> list[dict]:
    """One attendee per name; the first status wins, details are filled in."""
    by_key: dict[str, dict] = {}
    order: list[str] = []
    for a in found:
        key = fold(a["name"])
        if key in by_key:
            kept = by_key[key]
            kept["acronym"] = kept["acronym"] or a["acronym"]
            kept["role"] = kept["role"] or a["role"]
            kept["evidence"] += a["evidence"]
            continue
        by_key[key] = a
        order.append(key)
    return [by_key[k] for k in order]


def short_name(att: dict) -> str:
    return att["acronym"] if att["acronym"] and att["kind"] == "organisation" else att["name"]


def alias_table(attendees: list[dict]) -> dict[str, str]:
    """Folded alias -> the short name owners are written with.

    >>> t = alias_table([{"name": "Will Perrin", "acronym": None, "kind": "person", "role": "chair"},
    ...                  {"name": "National Probation Service", "acronym": "NPS", "kind": "organisation", "role": None}])
    >>> t["will"], t["wp"], t["the chair"], t["nps"], t["national probation service"]
    ('Will Perrin', 'Will Perrin', 'Will Perrin', 'NPS', 'NPS')
    """
    table: dict[str, str] = {}
    counts: dict[str, int] = {}
    candidates: list[tuple[str, str, bool]] = []
    for a in attendees:
        target = short_name(a)
        candidates.append((a["name"], target, True))
        if a["acronym"]:
            candidates.append((a["acronym"], target, True))
        if a["kind"] == "person":
            words = a["name"].split()
            if len(words) >= 2:
                candidates.append((words[0], target, False))
                candidates.append((words[-1], target, False))
                candidates.append(("".join(w[0] for w in words if w[:1].isalpha()).upper(), target, False))
        if a["role"]:
            role = fold(a["role"])
            candidates.append((role, target, False))
            candidates.append(("the " + role, target, False))
    for alias, target, _strong in candidates:
        counts[fold(alias)] = counts.get(fold(alias), 0) + (0 if table.get(fold(alias)) == target else 1)
        table.setdefault(fold(alias), target)
    for alias, target, strong in candidates:
        if not strong and counts.get(fold(alias), 0) > 1:
            table.pop(fold(alias), None)  # ambiguous first names or initials
    for alias, target, strong in candidates:
        if strong:
            table[fold(alias)] = target
    return table
