"""Match predicted records to gold labels and count precision, recall and F1.

Matching follows docs/labelling-guide.md, one record type at a time, greedily
(best-scoring pairs first, each record used once):

- ``attendees``: the same party, by name or acronym (a predicted acronym may
  meet the gold name's acronym and the other way round; names may differ by a
  typo, similarity >= 0.9), **and the same presence** (``status``). An
  attendee record states that a party was present, sent apologies or was
  absent; with the wrong status that statement is wrong, so a name match with
  a status mismatch is scored as a **miss and a spurious record** (reason
  ``status``), not as a field error. Pairing is done on the name first (a
  same-status partner preferred), so ``attendee_status`` still reports how
  often the status of a correctly found name is right, and
  ``attendee_names`` reports precision/recall on names alone.
- ``agenda_items``: level-1 predictions only, on the title (similarity or
  containment); the number is a field (``agenda_number``).
- ``actions``: on wording, tolerant to rephrasing and truncation
  (:func:`text_similarity` >= 0.5: shared content words, or one wording nearly
  contained in the other); owners, due date and status are fields.
- ``statistics``: on value (within rounding; ranges element-wise) and kind
  only; the wording merely breaks ties.

Items marked ``optional`` are neutral: a prediction matched to one is
neither a true nor a false positive, and missing one costs nothing. On equal
match scores a prediction goes to a non-optional item first.

Owners are canonicalised: an attendee's name, its acronym and any of the gold
file's ``aliases`` are one owner. ``owners: null`` in gold means too unclear
to score: the field is skipped for that action. An action status of null is
likewise unscorable.

Fields are scored on matched, non-optional pairs as slot filling. Each
comparison is right or wrong (``accuracy``; null against null is right), and
also counts towards precision and recall: a right non-null value is a true
positive, a wrong non-null value a false positive and a false negative, a
value where gold has none a false positive, and no value where gold has one a
false negative. Owners count per owner (set overlap); their accuracy is an
exact set match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Callable

from ..normalise import fold

_STOP = {"the", "a", "an", "to", "of", "and", "for", "on", "in", "with", "be", "by", "at", "is", "are",
         "will", "that", "this", "from", "as", "it", "re"}

#: record types scored by matching, in report order
MATCHED_TYPES = ("attendees", "agenda_items", "actions", "statistics")


@dataclass
class Counts:
    """True/false positives and false negatives, with P/R/F1.

    >>> c = Counts(tp=3, fp=1, fn=2); (c.precision, c.recall, round(c.f1, 3))
    (0.75, 0.6, 0.667)
    >>> Counts().precision, Counts(fn=2).recall
    (1.0, 0.0)
    """

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
class FieldScore(Counts):
    """A field compared on matched pairs: accuracy, and slot-filling P/R/F1.

    >>> f = FieldScore()
    >>> f.compare("2019-02-05", "2019-02-05"), f.compare(None, None), f.compare("2019-02-05", None)
    (True, True, False)
    >>> f.compare(None, "2019-01-01"), f.compare("2019-03-31", "2019-03-01")
    (False, False)
    >>> (f.right, f.total, f.tp, f.fp, f.fn)
    (2, 5, 1, 2, 2)
    >>> g = FieldScore(); g.compare_sets({"nps", "mopac"}, {"nps"}), (g.tp, g.fp, g.fn, g.accuracy)
    (False, (1, 0, 1, 0.0))
    """

    right: int = 0
    total: int = 0

    def compare(self, gold: Any, pred: Any, same: Callable[[Any, Any], bool] | None = None) -> bool:
        if gold is not None and pred is not None:
            ok = bool(same(gold, pred)) if same else gold == pred
            if ok:
                self.tp += 1
            else:
                self.fp += 1
                self.fn += 1
        else:
            ok = gold is None and pred is None
            self.fn += gold is not None
            self.fp += pred is not None
        self.right += ok
        self.total += 1
        return ok

    def compare_sets(self, gold: set, pred: set) -> bool:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        ok = gold == pred
        self.right += ok
        self.total += 1
        return ok

    def add(self, other: "Counts") -> None:
        super().add(other)
        if isinstance(other, FieldScore):
            self.right += other.right
            self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.accuracy, 4), **super().as_dict()}


@dataclass
class DocScore:
    doc: str
    counts: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, FieldScore] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)


def words(text: str) -> set[str]:
    """Content words, crudely stemmed to their first five letters (circulate, circulated);
    single letters (list markers) dropped.

    >>> sorted(words("d. The Clerk circulated the reports to members"))
    ['circu', 'clerk', 'membe', 'repor']
    """
    return {w[:5] for w in re.findall(r"[a-z0-9]+", fold(text))
            if w not in _STOP and not (len(w) == 1 and w.isalpha())}


def text_similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0..1, tolerant to rephrasing and truncation.

    The best of: Dice overlap of content words (rephrasing, reordering); near-containment
    of the shorter wording's words in the longer one (at least 3 words, 80 % of them:
    truncation); character similarity of 0.8 or more (typos, very short texts). Weaker
    character similarity is ignored: unrelated sentences often reach 0.5 on it.

    >>> round(text_similarity("MOPAC to convene a task and finish group",
    ...   "MOPAC to convene a task and finish group re: substance misuse"), 2)
    1.0
    >>> round(text_similarity("Probation to circulate the reoffending figures to all members",
    ...   "Reoffending figures to be circulated by Probation to all members."), 2)
    1.0
    >>> text_similarity("Apologies", "Finance") < 0.5
    True
    >>> text_similarity("MOPAC to review work plan and timescales for the next meeting.",
    ...   "Bought in services and SLAs to be on the next agenda") < 0.5
    True
    """
    wa, wb = words(a), words(b)
    chars = SequenceMatcher(None, fold(a), fold(b)).ratio()
    if not wa or not wb:
        return chars
    inter = len(wa & wb)
    dice = 2 * inter / (len(wa) + len(wb))
    contain = inter / min(len(wa), len(wb)) if min(len(wa), len(wb)) >= 3 else 0.0
    return max(dice, contain if contain >= 0.8 else 0.0, chars if chars >= 0.8 else 0.0)


def value_equal(a, b) -> bool:
    """Statistic values equal, within rounding; ranges element-wise.

    >>> value_equal(450000, 450000.0), value_equal([15, 20], [15, 20]), value_equal(13, 14)
    (True, True, False)
    >>> value_equal(None, 0), value_equal([15, 20], 15)
    (False, False)
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
    """Pairs (gold index, prediction index), best scores first, each index used once.

    On equal scores a non-optional gold item is served first.
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                pairs.append((s, bool(g.get("optional")), i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2], t[3]))
    used_g, used_p, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return sorted(out)


class OwnerCanon:
    """Map any name of an attendee (name, acronym, alias) to one canonical key.

    >>> canon = OwnerCanon({"attendees": [{"name": "London Probation Service", "acronym": "PS"}],
    ...                     "aliases": {"Probation": "PS"}})
    >>> canon("probation"), canon("London Probation Service"), canon("PS"), canon("CPS")
    ('ps', 'ps', 'ps', 'cps')
    """

    def __init__(self, gold: dict, aliases: bool = True) -> None:
        self.table: dict[str, str] = {}
        for a in gold.get("attendees", []) or []:
            key = fold(a.get("acronym") or a["name"])
            self.table[fold(a["name"])] = key
            if a.get("acronym"):
                self.table[fold(a["acronym"])] = key
        if aliases:
            for alias, target in (gold.get("aliases") or {}).items():
                self.table[fold(alias)] = self.table.get(fold(target), fold(target))

    def __call__(self, owner: str) -> str:
        key = fold(owner or "")
        return self.table.get(key, key)


def attendee_name_score(canon: OwnerCanon) -> Callable[[dict, dict], float]:
    """Name identity of two attendee records, 0..1 (status not considered)."""
    def score(g: dict, p: dict) -> float:
        gkey = canon(g["name"])
        if gkey == canon(p["name"]) or (p.get("acronym") and canon(p["acronym"]) == gkey):
            return 1.0
        if g.get("acronym") and p.get("acronym") and fold(g["acronym"]) == fold(p["acronym"]):
            return 0.95
        sim = SequenceMatcher(None, fold(g["name"]), fold(p["name"] or "")).ratio()
        return sim if sim >= 0.9 else 0.0
    return score


def _agenda_score(g: dict, p: dict) -> float:
    gt, pt = fold(g["title"] or ""), fold(p.get("title") or "")
    s = SequenceMatcher(None, gt, pt).ratio()
    if gt and pt and (gt in pt or pt in gt):
        s = max(s, 0.85)
    return s


def _stat_score(g: dict, p: dict) -> float:
    if g.get("kind") != p.get("kind") or not value_equal(g.get("value"), p.get("value")):
        return 0.0
    return 0.5 + 0.5 * text_similarity(g.get("text") or "", p.get("text") or "")


def _action_score(g: dict, p: dict) -> float:
    return text_similarity(g["text"] or "", p.get("text") or "")


THRESHOLDS = {"attendees": 0.9, "agenda_items": 0.75, "actions": 0.5, "statistics": 0.5}


def record_text(kind: str, rec: dict) -> str:
    """The words that identify a record to a reader (and to search the text for).

    >>> record_text("attendees", {"name": "Mayor's Office", "acronym": "MOPAC"})
    "Mayor's Office (MOPAC)"
    >>> record_text("agenda_items", {"number": "4a", "title": "Finance"})
    '4a Finance'
    """
    if kind == "attendees":
        return rec.get("name", "") + (f" ({rec['acronym']})" if rec.get("acronym") else "")
    if kind == "agenda_items":
        return " ".join(x for x in (rec.get("number"), rec.get("title")) if x)
    return rec.get("text") or ""


def brief(rec: dict) -> dict:
    """A record without its bookkeeping (evidence, ids, source)."""
    return {k: v for k, v in rec.items() if k not in ("evidence", "meeting_id", "source", "id", "agenda_item", "parent")}


def _evidence(p: dict) -> tuple[list[dict], list[str]]:
    ev = [{k: e.get(k) for k in ("page", "line", "start", "end", "text")} for e in p.get("evidence") or []]
    return ev, sorted({r for e in p.get("evidence") or [] for r in e.get("rules", [])})


def _missed(doc: str, kind: str, g: dict, reason: str, closest: tuple[float, dict] | None) -> dict:
    err = {"doc": doc, "type": kind, "error": "missed", "reason": reason, "text": record_text(kind, g),
           "gold": brief(g)}
    if closest:
        s, p = closest
        ev, rules = _evidence(p)
        err["closest"] = {"score": round(s, 3), "pred_id": p.get("id"), "text": record_text(kind, p),
                          "pred": brief(p), "evidence": ev, "rules": rules}
    return err


def _spurious(doc: str, kind: str, p: dict, reason: str, gold: dict | None = None) -> dict:
    ev, rules = _evidence(p)
    err = {"doc": doc, "type": kind, "error": "spurious", "reason": reason, "text": record_text(kind, p),
           "pred_id": p.get("id"), "pred": brief(p), "evidence": ev, "rules": rules}
    if gold is not None:
        err["gold"] = brief(gold)
    return err


def _wrong(doc: str, kind: str, g: Any, p: Any, text: str, rec: dict | None = None) -> dict:
    err = {"doc": doc, "type": kind, "error": "wrong", "text": text, "gold": g, "pred": p}
    if rec is not None:
        err["pred_id"] = rec.get("id")
        err["evidence"], err["rules"] = _evidence(rec)
    return err


def score_document(gold: dict, pred: dict[str, list[dict]]) -> DocScore:
    """Score one document: ``pred`` holds that document's records by type (meetings too)."""
    ds = DocScore(gold["doc"])
    canon = OwnerCanon(gold)
    scorers = {"attendees": attendee_name_score(OwnerCanon(gold, aliases=False)), "agenda_items": _agenda_score,
               "actions": _action_score, "statistics": _stat_score}
    for kind in MATCHED_TYPES:
        fn, threshold = scorers[kind], THRESHOLDS[kind]
        g_all = gold.get(kind) or []
        p_all = pred.get(kind) or []
        if kind == "agenda_items":
            p_all = [p for p in p_all if (p.get("level") or 1) == 1]
        if kind == "attendees":
            # pair on the name; a same-status partner wins ties (0.01 is below any name-score step)
            match_fn = lambda g, p: fn(g, p) + (0.01 if fn(g, p) and g.get("status") == p.get("status") else 0.0)  # noqa: E731
        else:
            match_fn = fn
        pairs = greedy_match(g_all, p_all, match_fn, threshold)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        c = Counts()
        good_pairs = []
        if kind == "attendees":
            names, status = Counts(), FieldScore()
        for i, j in pairs:
            g, p = g_all[i], p_all[j]
            if g.get("optional"):
                continue
            if kind == "attendees":
                names.tp += 1
                if not status.compare(g.get("status"), p.get("status")):
                    c.fn += 1
                    c.fp += 1
                    ds.errors.append(_missed(ds.doc, kind, g, f"status: predicted {p.get('status')}", (1.0, p)))
                    ds.errors.append(_spurious(ds.doc, kind, p, f"status: gold {g.get('status')}", g))
                    continue
            c.tp += 1
            good_pairs.append((g, p))
        for i, g in enumerate(g_all):
            if i not in matched_g and not g.get("optional"):
                c.fn += 1
                best = max(((fn(g, p), j) for j, p in enumerate(p_all)), key=lambda t: t[0], default=None)
                if best and best[0] >= 0.25:
                    # the closest prediction; "taken" when it went to another label (two merged into one?)
                    reason = "closest prediction matched another label" if best[1] in matched_p else "unmatched"
                    ds.errors.append(_missed(ds.doc, kind, g, reason, (best[0], p_all[best[1]])))
                else:
                    ds.errors.append(_missed(ds.doc, kind, g, "unmatched", None))
        for j, p in enumerate(p_all):
            if j not in matched_p:
                c.fp += 1
                ds.errors.append(_spurious(ds.doc, kind, p, "unmatched"))
        ds.counts[kind] = c
        if kind == "attendees":
            names.fn = sum(1 for i, g in enumerate(g_all) if i not in matched_g and not g.get("optional"))
            names.fp = len(p_all) - len(matched_p)
            ds.counts["attendee_names"] = names
            ds.fields["attendee_status"] = status
        elif kind == "agenda_items":
            number = FieldScore()
            for g, p in good_pairs:
                if not number.compare(g.get("number"), p.get("number"), lambda a, b: fold(a) == fold(b)):
                    ds.errors.append(_wrong(ds.doc, "agenda_items.number", g.get("number"), p.get("number"),
                                            g["title"], p))
            ds.fields["agenda_number"] = number
        elif kind == "actions":
            _score_actions(ds, good_pairs, canon)
            explicit = Counts()
            for i, g in enumerate(g_all):
                if g.get("explicit") and not g.get("optional"):
                    if i in matched_g:
                        explicit.tp += 1
                    else:
                        explicit.fn += 1
            explicit.fp = sum(1 for j, p in enumerate(p_all) if j not in matched_p and p.get("explicit"))
            ds.counts["explicit_actions"] = explicit
    meetings = pred.get("meetings") or [{}]
    _score_meeting(ds, gold.get("meeting") or {}, meetings[0])
    return ds


def _score_actions(ds: DocScore, pairs: list[tuple[dict, dict]], canon: OwnerCanon) -> None:
    owners, due, status = FieldScore(), FieldScore(), FieldScore()
    for g, p in pairs:
        if g.get("owners") is not None:
            gs = {canon(o) for o in g["owners"]}
            ps = {canon(o) for o in p.get("owners") or []}
            if not owners.compare_sets(gs, ps):
                ds.errors.append(_wrong(ds.doc, "actions.owners", sorted(gs), sorted(ps), g["text"], p))
        if not due.compare(g.get("due_date"), p.get("due_date")):
            ds.errors.append(_wrong(ds.doc, "actions.due_date", g.get("due_date"), p.get("due_date"), g["text"], p))
        if g.get("status") is not None:
            if not status.compare(g.get("status"), p.get("status")):
                ds.errors.append(_wrong(ds.doc, "actions.status", g.get("status"), p.get("status"), g["text"], p))
    ds.fields["action_owners"] = owners
    ds.fields["action_due_date"] = due
    ds.fields["action_status"] = status


def same_place(a: str, b: str) -> bool:
    """Two places (or titles) alike enough: equal, containing one another, or near-identical.

    >>> same_place("MS Teams", "MS Teams."), same_place("City Hall", "Committee Room 3, City Hall")
    (True, True)
    >>> same_place("Town Hall", "Library")
    False
    """
    fa, fb = fold(a).strip(" .,"), fold(b).strip(" .,")
    return fa == fb or (min(len(fa), len(fb)) > 3 and (fa in fb or fb in fa)) or SequenceMatcher(None, fa, fb).ratio() >= 0.85


#: meeting fields: (report name, path in the meeting record, comparison)
MEETING_FIELDS: tuple[tuple[str, tuple[str, ...], Callable | None], ...] = (
    ("meeting_date", ("date",), None),
    ("start_time", ("start_time",), None),
    ("end_time", ("end_time",), None),
    ("location", ("location",), same_place),
    ("title", ("title",), same_place),
    ("body", ("body",), same_place),
    ("next_meeting_date", ("next_meeting", "date"), None),
    ("next_meeting_time", ("next_meeting", "time"), None),
    ("next_meeting_location", ("next_meeting", "location"), same_place),
)


def _get(rec: dict, path: tuple[str, ...]) -> Any:
    for key in path:
        rec = (rec or {}).get(key)
    return rec


def _score_meeting(ds: DocScore, g: dict, p: dict) -> None:
    for name, path, same in MEETING_FIELDS:
        acc = FieldScore()
        gv, pv = _get(g, path), _get(p, path)
        if not acc.compare(gv, pv, same):
            ev = [e for e in p.get("evidence") or [] if e.get("field") == path[0]]
            ds.errors.append(_wrong(ds.doc, f"meeting.{name}", gv, pv, name, {"id": p.get("id"), "evidence": ev}))
        ds.fields[name] = acc


def total(scores: list[DocScore]) -> tuple[dict[str, Counts], dict[str, FieldScore]]:
    counts: dict[str, Counts] = {}
    fields: dict[str, FieldScore] = {}
    for ds in scores:
        for k, c in ds.counts.items():
            counts.setdefault(k, Counts()).add(c)
        for k, a in ds.fields.items():
            fields.setdefault(k, FieldScore()).add(a)
    return counts, fields
