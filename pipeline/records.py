"""From a processed Doc to the output records of the contract.

Record types and their files: meetings, attendees, agenda_items, actions,
statistics. Every record carries ``meeting_id`` (a hash of the file's
bytes, so the same on every run), ``source``, an ``agenda_item`` reference
where one applies, and ``evidence``.
"""

from __future__ import annotations

from spacy.tokens import Doc

RECORD_TYPES = ["meetings", "attendees", "agenda_items", "actions", "statistics"]
FIELDS = {
    "meetings": ["title", "body", "date", "start_time", "end_time", "location", "next_meeting"],
    "attendees": ["name", "acronym", "kind", "status", "role"],
    "agenda_items": ["number", "title", "level"],
    "actions": ["text", "owners", "due", "due_date", "status", "kind", "explicit"],
    "statistics": ["text", "value", "unit", "kind"],
}
EXTRA = {"statistics": ["of", "approx", "per", "cited_by", "sentence"]}


def meeting_id(sha256: str) -> str:
    """Stable id of a meeting: its file's content hash.

    >>> meeting_id("ab" * 32)
    'm-abababababababab'
    """
    return "m-" + sha256[:16]


def doc_records(doc: Doc, source: str) -> dict[str, list[dict]]:
    """All records of one document, keyed by record type."""
    src = doc._.source
    mid = meeting_id(src.sha256)
    base = {"meeting_id": mid, "source": source}
    items = doc._.agenda_items or []
    item_ids = [f"{mid}:item:{k + 1}" for k in range(len(items))]

    def build(kind: str, rec: dict, k: int) -> dict:
        out = {"id": f"{mid}:{kind}:{k + 1}", **base}
        for f in FIELDS[kind]:
            out[f] = rec.get(f)
        for f in EXTRA.get(kind, []):
            if rec.get(f) is not None:
                out[f] = rec[f]
        if "agenda_item" in rec:
            ref = rec["agenda_item"]
            out["agenda_item"] = item_ids[ref] if ref is not None else None
        out["evidence"] = rec.get("evidence", [])
        return out

    meeting = dict(doc._.meeting or {})
    out = {
        "meetings": [{"id": mid, **base, **{f: meeting.get(f) for f in FIELDS["meetings"]},
                      "pages": src.pages, "format": src.format,
                      "evidence": meeting.get("evidence", [])}],
        "attendees": [build("attendees", r, k) for k, r in enumerate(doc._.attendees or [])],
        "agenda_items": [],
        "actions": [build("actions", r, k) for k, r in enumerate(doc._.actions or [])],
        "statistics": [build("statistics", r, k) for k, r in enumerate(doc._.statistics or [])],
    }
    for k, it in enumerate(items):
        rec = build("agenda_items", it, k)
        rec["id"] = item_ids[k]
        parent = next((item_ids[j] for j in range(k - 1, -1, -1) if items[j]["level"] < it["level"]), None)
        rec["parent"] = parent
        out["agenda_items"].append(rec)
    return out
