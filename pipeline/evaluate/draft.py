"""Draft gold file from an extraction, for a person to correct (``minutes label``).

The draft has the labelling guide's shape and exactly the gold files' fields:
``doc``, ``meeting``, ``attendees``, ``aliases`` (empty), ``agenda_items``
(level 1 only), ``actions`` and ``statistics``; no ids, sources or evidence.
"""

from __future__ import annotations

from pathlib import Path

MEETING = ("title", "body", "date", "start_time", "end_time", "location")
NEXT_MEETING = ("date", "time", "location")
FIELDS = {
    "attendees": ("name", "acronym", "kind", "status", "role"),
    "agenda_items": ("number", "title"),
    "actions": ("text", "owners", "due", "due_date", "status", "kind", "explicit"),
    "statistics": ("text", "value", "unit", "kind"),
}


def draft_gold(path: str | Path, records: dict[str, list[dict]]) -> dict:
    """A gold-format dict for the document at ``path`` from its extracted records.

    >>> d = draft_gold("x/m.txt", {"meetings": [{"title": "T", "date": "2020-01-02", "next_meeting": None}],
    ...     "agenda_items": [{"number": "1", "title": "A", "level": 1}, {"number": None, "title": "s", "level": 2}],
    ...     "statistics": [{"text": "11 of 32 boroughs", "value": 11, "unit": "borough", "kind": "count",
    ...                     "of": 32, "evidence": []}]})
    >>> d["doc"], d["meeting"]["date"], d["meeting"]["next_meeting"], d["agenda_items"]
    ('m.txt', '2020-01-02', None, [{'number': '1', 'title': 'A'}])
    >>> d["statistics"]
    [{'text': '11 of 32 boroughs', 'value': 11, 'unit': 'borough', 'kind': 'count', 'of': 32}]
    """
    m = (records.get("meetings") or [{}])[0]
    meeting = {k: m.get(k) for k in MEETING}
    nxt = m.get("next_meeting")
    meeting["next_meeting"] = {k: nxt.get(k) for k in NEXT_MEETING} if nxt else None
    out: dict = {"doc": Path(path).name, "meeting": meeting}
    for kind, fields in FIELDS.items():
        recs = records.get(kind) or []
        if kind == "agenda_items":
            recs = [r for r in recs if (r.get("level") or 1) == 1]
        rows = []
        for r in recs:
            row = {f: r.get(f) for f in fields}
            if kind == "actions":
                row["owners"] = list(r.get("owners") or [])
            if kind == "statistics" and r.get("of") is not None:
                row["of"] = r["of"]
            rows.append(row)
        out[kind] = rows
        if kind == "attendees":
            out["aliases"] = {}
    return out
