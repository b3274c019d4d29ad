"""Actions stage: tasks recorded as actions, with owner text, deadline and status.

Explicit actions: "Action:" lines, action sections (an "Action summary"
label followed by rows or lines), action tables (a header row with an
action/who/when column, or numbered rows of sentences) and previous-action
tables with a status cell. The stage records the owner as written; the
resolve stage maps owners to attendees and deadlines to dates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..normalise import fold
from ..patterns import vocabulary
from .base import evidence
from .layout import Block

_SUBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’&.-]*|and|&|with|of|the|[,/])(?:\s+(?:[A-Z][\w'’&.-]*|and|&|of|the|[,/]))*?)\s+"
    r"(?:to|will|agreed to|would|should|is to|are to)\s+(?!be\b)(?P<verb>[a-z][\w-]*)")
_DUE = re.compile(
    r"\b(?P<due>(?:by|before|prior to|for|at|until|no later than|in time for)\s+(?:the\s+)?"
    r"(?:next\s+(?:\w+\s+){0,2}?meeting|end of\s+\w+(?:\s+\d{4})?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?)|"
    r"once\s+completed|asap|as soon as possible|(?:in\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4})",
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


def find_due(text: str) -> tuple[str, int, int] | None:
    """The deadline as written.

    >>> find_due("MOPAC to develop timelines prior to the next Board meeting")[0]
    'prior to the next Board meeting'
    >>> find_due("meeting to be set up with partners in Jan 19.")[0]
    'in Jan 19'
    >>> find_due("MOPAC to convene a task and finish group") is None
    True
    """
    m = _DUE.search(text)
    if not m:
        return None
    return m.group("due").strip(), m.start("due"), m.end("due")


def subject_of(text: str) -> str | None:
    """Who is to act, from "X to ..." at the start of an action.

    >>> subject_of("NPS to meet with MOPAC to see how they fit")
    'NPS'
    >>> subject_of("London Councils to consider representation")
    'London Councils'
    >>> subject_of("Full DIP report to be shared once completed") is None
    True
    """
    m = _SUBJECT.match(text.strip())
    return m.group("subject").strip(" ,") if m else None


def _in_vocab(text: str, label: str) -> str | None:
    t = fold(text)
    for phrase, rule in vocab().get(label, []):
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", t):
            return rule
    return None


@Language.factory("minutes_actions", assigns=["doc._.actions"],
                  requires=["doc._.layout", "doc._.agenda_items"])
def make_actions(nlp: Language, name: str):
    return ActionsComponent()


class ActionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        blocks: list[Block] = doc._.layout
        text = doc.text
        items = doc._.agenda_items or []
        actions: list[dict] = []
        section = False  # inside an "Actions:" / "Action summary" section
        columns: dict[str, int] | None = None
        for b in blocks:
            item = next((it for it in reversed(items) if it["span"][0] <= b.start < it["span"][1] and it["level"] == 1), None)
            previous = bool(item and _in_vocab(item["title"], "PREVIOUS"))
            if b.kind == "blank":
                continue
            if b.kind == "label" and b.label == "ACTION":
                rest = text[b.rest_start:b.end].strip() if b.rest_start is not None else ""
                if rest:
                    actions.append(self._record(doc, b.rest_start + (len(text[b.rest_start:b.end]) - len(text[b.rest_start:b.end].lstrip())),
                                                b.end, b.rules + ["actions.label-line"], "new", None))
                    section = False
                else:
                    section, columns = True, None
                continue
            if b.kind == "row" and b.cells:
                cells = [text[s:e] for s, e in b.cells]
                header = self._header(cells)
                if header:
                    columns, section = header, True
                    continue
                if columns:
                    rec = self._from_columns(doc, b, columns, previous)
                    if rec:
                        actions.append(rec)
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
            if b.kind in ("heading",) and b.label != "ACTION" or b.label not in (None, "ACTION"):
                section, columns = False, None
                continue
            if section and b.kind in ("list", "text") and b.cells is None:
                s = b.title_start if b.kind == "list" and b.title_start else b.start
                actions.append(self._record(doc, s, b.end, b.rules + ["actions.section-line"], "new", None))
        doc._.actions = actions
        return doc

    def _header(self, cells: list[str]) -> dict[str, int] | None:
        cols: dict[str, int] = {}
        for i, c in enumerate(cells):
            key = fold(c)
            for label in ("COL_ACTION", "COL_OWNER", "COL_DUE", "COL_STATUS"):
                if any(key == p for p, _ in vocab().get(label, [])) and label not in cols:
                    cols[label] = i
        if "COL_ACTION" in cols and len(cols) >= 2:
            return cols
        return None

    def _from_columns(self, doc, b: Block, cols: dict[str, int], previous: bool) -> dict | None:
        text = doc.text
        cells = b.cells
        def cell(label):
            i = cols.get(label)
            if i is None or i >= len(cells):
                return None
            return cells[i]
        a = cell("COL_ACTION")
        if a is None:
            # a row with fewer cells: the longest cell is the action
            a = max(cells, key=lambda c: c[1] - c[0])
        s, e = a
        if not text[s:e].strip():
            return None
        status_cell = cell("COL_STATUS")
        status_text = text[status_cell[0]:status_cell[1]] if status_cell else None
        kind = "previous" if previous or status_text else "new"
        rec = self._record(doc, s, e, b.rules + ["actions.table-columns"], kind, status_text, status_span=status_cell)
        owner_cell = cell("COL_OWNER")
        if owner_cell:
            owner_text = text[owner_cell[0]:owner_cell[1]].strip()
            rec["owners"] = [o.strip() for o in re.split(r"\s*(?:/|,|&|\band\b)\s*", owner_text) if o.strip()]
        due_cell = cell("COL_DUE")
        if due_cell and text[due_cell[0]:due_cell[1]].strip():
            rec["due"] = text[due_cell[0]:due_cell[1]].strip()
        return rec

    def _record(self, doc, s, e, rules, kind, status_text, status_span=None) -> dict:
        text = doc.text
        body = " ".join(text[s:e].split())
        subject = subject_of(body)
        due = find_due(body)
        status, status_rule = (read_status(status_text) if status_text else (None, None))
        if kind == "new":
            status = "open"
        ev = [evidence(doc, s, e, rules)]
        if status_span is not None:
            ev.append(evidence(doc, status_span[0], status_span[1], [status_rule] if status_rule else ["actions.status-cell"], "status"))
        return {
            "text": body,
            "owners": [subject] if subject else [],
            "due": due[0] if due else None,
            "due_date": None,
            "status": status,
            "kind": kind,
            "explicit": True,
            "start": s,
            "evidence": ev,
        }
