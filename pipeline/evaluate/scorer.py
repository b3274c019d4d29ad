"""Match predicted records to gold labels and count precision, recall and F1.

Matching follows docs/labelling-guide.md: items marked ``optional`` neither
reward nor penalise; attendee names, acronyms and ``aliases`` make one
owner; a statistic matches on value and kind; an action on its wording,
tolerant to rephrasing; an attendee on name or acronym and status; an
agenda item (level 1) on its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Callable

from ..normalise import fold

_STOP = {"the", "a", "an", "to", "of", "and", "for", "on", "in", "with", "be", "by", "at", "is", "are",
         "will", "that", "this", "from", "as", "it", "re"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def merge(self, other: "Accuracy") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class DocScore:
    doc: str
    counts: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _STOP}


def text_similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0..1, tolerant to rephrasing and truncation.

    >>> round(text_similarity("MOPAC to convene a task and finish group",
    ...   "MOPAC to convene a task and finish group re: substance misuse"), 2)
    1.0
    >>> text_similarity("Apologies", "Finance") < 0.5
    True
    """
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return SequenceMatcher(None, fold(a), fold(b)).ratio()
    overlap = len(wa & wb) / min(len(wa), len(wb))
    jacc = len(wa & wb) / len(wa | wb)
    return max(jacc, overlap if min(len(wa), len(wb)) >= 3 else jacc,
               SequenceMatcher(None, fold(a), fold(b)).ratio())


def value_equal(a, b) -> bool:
    """Statistic values equal, within rounding; ranges element-wise.

    >>> value_equal(450000, 450000.0), value_equal([15, 20], [15, 20]), value_equal(13, 14)
    (True, True, False)
    """
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)) or len(a) != len(b):
            return False
        return all(value_equal(x, y) for x, y in zip(a, b))
    try:
        return abs(float(a) - float(b)) <= max(1e-6, 1e-6 * abs(float(b)))
    except (TypeError, ValueError):
        return False


def greedy_match(gold: list[dict], pred: list[dict], score: Callable[[dict, dict], float],
                 threshold: float) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, out = set(), set(), []
    for s, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


class OwnerCanon:
    """Map any name of an attendee (name, acronym, alias) to one canonical key."""

    def __init__(self, gold: dict) -> None:
        self.table: dict[str, str] = {}
        for a in gold.get("attendees", []):
            key = fold(a.get("acronym") or a["name"])
            self.table[fold(a["name"])] = key
            if a.get("acronym"):
                self.table[fold(a["acronym"])] = key
        for alias, target in (gold.get("aliases") or {}).items():
            self.table[fold(alias)] = self.table.get(fold(target), fold(target))

    def __call__(self, owner: str) -> str:
        key = fold(owner)
        return self.table.get(key, key)


def _attendee_score(canon: OwnerCanon):
    def score(g: dict, p: dict) -> float:
        if canon(g["name"]) == canon(p["name"]) or (p.get("acronym") and canon(p["acronym"]) == canon(g["name"])):
            return 1.0
        if g.get("acronym") and p.get("acronym") and fold(g["acronym"]) == fold(p["acronym"]):
            return 0.95
        sim = SequenceMatcher(None, fold(g["name"]), fold(p["name"])).ratio()
        return sim if sim >= 0.9 else 0.0
    return score


def _agenda_score(g: dict, p: dict) -> float:
    s = SequenceMatcher(None, fold(g["title"]), fold(p["title"])).ratio()
    if fold(g["title"]) and (fold(g["title"]) in fold(p["title"]) or fold(p["title"]) in fold(g["title"])):
        s = max(s, 0.85)
    return s


def _stat_score(g: dict, p: dict) -> float:
    if g.get("kind") != p.get("kind") or not value_equal(g.get("value"), p.get("value")):
        return 0.0
    return 0.5 + 0.5 * text_similarity(g.get("text", ""), p.get("text", ""))


def _action_score(g: dict, p: dict) -> float:
    return text_similarity(g["text"], p["text"])


MATCHERS = {
    "attendees": (None, 0.9),
    "agenda_items": (_agenda_score, 0.75),
    "actions": (_action_score, 0.5),
    "statistics": (_stat_score, 0.5),
}


def _evidence_of(p: dict) -> tuple[str | None, list[str]]:
    ev = p.get("evidence") or []
    if not ev:
        return None, []
    return ev[0].get("text"), sorted({r for e in ev for r in e.get("rules", [])})


def score_document(gold: dict, pred: dict[str, list[dict]]) -> DocScore:
    """Score one document: ``pred`` holds that document's records by type."""
    ds = DocScore(gold["doc"])
    canon = OwnerCanon(gold)
    for kind, (fn, threshold) in MATCHERS.items():
        fn = fn or _attendee_score(canon)
        g_all = gold.get(kind, []) or []
        p_all = pred.get(kind, []) or []
        if kind == "agenda_items":
            p_all = [p for p in p_all if (p.get("level") or 1) == 1]
        pairs = greedy_match(g_all, p_all, fn, threshold)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        c = Counts()
        for i, j in pairs:
            if g_all[i].get("optional"):
                continue
            c.tp += 1
        for i, g in enumerate(g_all):
            if i not in matched_g and not g.get("optional"):
                c.fn += 1
                ds.errors.append({"doc": gold["doc"], "type": kind, "error": "missed", "gold": _brief(g)})
        for j, p in enumerate(p_all):
            if j not in matched_p:
                c.fp += 1
                text, rules = _evidence_of(p)
                ds.errors.append({"doc": gold["doc"], "type": kind, "error": "spurious", "pred": _brief(p),
                                  "evidence": text, "rules": rules})
        ds.counts[kind] = c
        _score_fields(ds, kind, [(g_all[i], p_all[j]) for i, j in pairs], canon, gold)
        if kind == "actions":
            explicit = Counts()
            for i, g in enumerate(g_all):
                if g.get("explicit") and not g.get("optional"):
                    if i in matched_g:
                        explicit.tp += 1
                    else:
                        explicit.fn += 1
            ds.counts["explicit_actions"] = explicit
        if kind == "attendees":
            status = Accuracy()
            for i, j in pairs:
                status.add(g_all[i].get("status") == p_all[j].get("status"))
            ds.fields["attendee_status"] = status
    _score_meeting(ds, gold.get("meeting") or {}, (pred.get("meetings") or [{}])[0])
    return ds


def _brief(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in ("evidence", "meeting_id", "source", "id")}


def _score_fields(ds: DocScore, kind: str, pairs, canon: OwnerCanon, gold: dict) -> None:
    if kind != "actions":
        return
    owners, due, status = Counts(), Accuracy(), Accuracy()
    for g, p in pairs:
        if g.get("optional"):
            continue
        if g.get("owners") is not None:
            gs = {canon(o) for o in g["owners"]}
            ps = {canon(o) for o in p.get("owners") or []}
            owners.tp += len(gs & ps)
            owners.fp += len(ps - gs)
            owners.fn += len(gs - ps)
            if gs != ps:
                ds.errors.append({"doc": gold["doc"], "type": "actions.owners", "error": "wrong",
                                  "gold": sorted(gs), "pred": sorted(ps), "text": g["text"]})
        due.add(g.get("due_date") == p.get("due_date"))
        if g.get("due_date") != p.get("due_date"):
            ds.errors.append({"doc": gold["doc"], "type": "actions.due_date", "error": "wrong",
                              "gold": g.get("due_date"), "pred": p.get("due_date"), "text": g["text"]})
        if g.get("status") is not None:
            status.add(g.get("status") == p.get("status"))
            if g.get("status") != p.get("status"):
                ds.errors.append({"doc": gold["doc"], "type": "actions.status", "error": "wrong",
                                  "gold": g.get("status"), "pred": p.get("status"), "text": g["text"]})
    ds.counts["action_owners"] = owners
    ds.fields["action_due_date"] = due
    ds.fields["action_status"] = status


def _same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    fa, fb = fold(a).strip(" .,"), fold(b).strip(" .,")
    return fa == fb or (min(len(fa), len(fb)) > 3 and (fa in fb or fb in fa)) or SequenceMatcher(None, fa, fb).ratio() >= 0.85


def _score_meeting(ds: DocScore, g: dict, p: dict) -> None:
    def field_acc(name: str, ok: bool, gv, pv) -> None:
        acc = Accuracy()
        acc.add(ok)
        ds.fields[name] = acc
        if not ok:
            ds.errors.append({"doc": ds.doc, "type": f"meeting.{name}", "error": "wrong", "gold": gv, "pred": pv})

    field_acc("meeting_date", g.get("date") == p.get("date"), g.get("date"), p.get("date"))
    for f in ("start_time", "end_time"):
        field_acc(f, g.get(f) == p.get(f), g.get(f), p.get(f))
    field_acc("location", _same_place(g.get("location"), p.get("location")), g.get("location"), p.get("location"))
    field_acc("title", _same_place(g.get("title"), p.get("title")), g.get("title"), p.get("title"))
    field_acc("body", _same_place(g.get("body"), p.get("body")), g.get("body"), p.get("body"))
    gn, pn = g.get("next_meeting") or {}, p.get("next_meeting") or {}
    field_acc("next_meeting_date", gn.get("date") == pn.get("date"), gn.get("date"), pn.get("date"))
    field_acc("next_meeting_location", _same_place(gn.get("location"), pn.get("location")),
              gn.get("location"), pn.get("location"))


def total(scores: list[DocScore]) -> tuple[dict[str, Counts], dict[str, Accuracy]]:
    counts: dict[str, Counts] = {}
    fields: dict[str, Accuracy] = {}
    for ds in scores:
        for k, c in ds.counts.items():
            counts.setdefault(k, Counts()).add(c)
        for k, a in ds.fields.items():
            fields.setdefault(k, Accuracy()).merge(a)
    return counts, fields
