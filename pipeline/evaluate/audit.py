"""HTML audit report: one self-contained static page per document, and an index.

Each document page shows the normalised text (re-read with
:func:`pipeline.readers.read_path`) with every extracted record's evidence span
highlighted by record type (spurious records outlined), the labelled records
the extraction missed (listed, and marked in the text where their wording can
be found), and the records in tables beside it. Pages use inline CSS only, no
scripts and no external assets, so they open straight from disk. Every piece
of document text is escaped with :func:`html.escape`: markup in minutes is
shown, never run.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..errors import MinutesError
from ..readers import read_path
from .run import load_gold, load_predictions
from .scorer import MATCHED_TYPES, DocScore, record_text, score_document, total

#: highlight colours by record type (also the legend); misses are red
COLOURS = {
    "meetings": "#e1bee7",
    "attendees": "#b3e5fc",
    "agenda_items": "#c8e6c9",
    "actions": "#ffe0b2",
    "statistics": "#fff176",
}
MISS_COLOUR = "#ff8a80"
#: which type colours a stretch of text covered by several records (most specific first)
PRIORITY = ("statistics", "attendees", "actions", "agenda_items", "meetings")

TABLE_FIELDS = {
    "attendees": ("name", "acronym", "kind", "status", "role"),
    "agenda_items": ("number", "title", "level"),
    "actions": ("text", "owners", "due", "due_date", "status", "kind", "explicit"),
    "statistics": ("text", "value", "unit", "kind"),
}

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:10px 16px;background:#263238;color:#fff}header a{color:#80cbc4}
h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:16px 0 6px}
.cols{display:flex;gap:16px;padding:12px 16px;align-items:flex-start}
.text{flex:1 1 55%;min-width:0}.side{flex:1 1 45%;min-width:0;overflow-x:auto}
pre.doc{white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #ddd;padding:10px;
font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;margin:0}
mark.hl{padding:0 1px;border-radius:2px;color:inherit}
""" + "".join(f"mark.t-{k}{{background:{c}}}\n.key-{k}{{background:{c}}}\n" for k, c in COLOURS.items()) + f"""
mark.miss{{background:{MISS_COLOUR};outline:2px dotted #b71c1c}}.key-miss{{background:{MISS_COLOUR}}}
mark.spurious{{outline:2px dashed #d32f2f}}
mark.hl.also-miss{{box-shadow:inset 0 -3px 0 #b71c1c}}
.legend span{{display:inline-block;padding:1px 6px;margin:2px 4px 2px 0;border-radius:3px;color:#222}}
table{{border-collapse:collapse;width:100%;background:#fff;margin-bottom:8px;font-size:12.5px}}
th,td{{border:1px solid #ddd;padding:3px 5px;text-align:left;vertical-align:top}}
th{{background:#eceff1}}tr.spurious td{{background:#ffebee}}tr.wrong td{{background:#fff8e1}}
td.num{{text-align:right}}.muted{{color:#777}}.bad{{color:#b71c1c;font-weight:600}}
"""


def esc(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> esc(None), esc(["NPS", "MOPAC"])
    ('', 'NPS, MOPAC')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(json.dumps(v) if not isinstance(v, str) else v for v in value)
    return html.escape(str(value), quote=True)


def page_name(doc: str) -> str:
    """File name of a document's page.

    >>> page_name("rrb 2018/11.txt")
    'rrb_2018_11.txt.html'
    """
    return re.sub(r"[^A-Za-z0-9._-]", "_", doc) + ".html"


@dataclass
class Span:
    start: int
    end: int
    kind: str            # a record type, or "miss"
    anchor: str          # element id of the span's first piece
    label: str           # tooltip
    spurious: bool = False


def locate(text: str, needle: str) -> tuple[int, int] | None:
    """Where a record's wording occurs in the text: case-insensitive, any whitespace between
    words; a long wording is also tried by its first six words.

    >>> locate("Action:  MOPAC to\\nreview figures.", "mopac to review")
    (9, 24)
    >>> locate("xmopac to review", "mopac to review") is None
    True
    >>> locate("nothing here", "MOPAC") is None
    True
    """
    toks = re.findall(r"\w+|[^\w\s]", needle)
    if not toks:
        return None
    for n in ([len(toks), 6] if len(toks) > 6 else [len(toks)]):
        pattern = r"(?<!\w)" + r"\s*".join(re.escape(t) for t in toks[:n]) + (r"(?!\w)" if toks[n - 1][-1].isalnum() else "")
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return None


def _miss_key(err: dict) -> str:
    gold = err.get("gold") or {}
    if err["type"] == "attendees":
        return gold.get("name") or ""
    if err["type"] == "agenda_items":
        return gold.get("title") or ""
    return gold.get("text") or err.get("text") or ""


def highlight(text: str, spans: Iterable[Span]) -> str:
    """The escaped text with ``<mark>`` elements over the spans (overlaps split into pieces;
    the most specific type colours a piece, a miss under a record adds an underline).

    >>> highlight("a <b> c", [Span(2, 5, "statistics", "r1", "x")])
    'a <a id="r1"></a><mark class="hl t-statistics" title="x">&lt;b&gt;</mark> c'
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        for s in spans:
            if s.start == a:
                out.append(f'<a id="{esc(s.anchor)}"></a>')
        piece = esc(text[a:b])
        cover = [s for s in spans if s.start <= a and s.end >= b]
        if not cover:
            out.append(piece)
            continue
        records = sorted((s for s in cover if s.kind != "miss"), key=lambda s: PRIORITY.index(s.kind))
        misses = [s for s in cover if s.kind == "miss"]
        if records:
            top = records[0]
            classes = ["hl", f"t-{top.kind}"] + [f"also-{k}" for k in sorted({s.kind for s in records[1:]})]
            if top.spurious:
                classes.append("spurious")
            if misses:
                classes.append("also-miss")
        else:
            classes = ["hl", "miss"]
        title = " | ".join(s.label for s in records + misses)
        out.append(f'<mark class="{" ".join(classes)}" title="{esc(title)}">{piece}</mark>')
    return "".join(out)


def _cell(v: Any) -> str:
    if isinstance(v, (list, dict)) or isinstance(v, bool):
        return esc(json.dumps(v, ensure_ascii=False))
    return esc(v) if v is not None else '<span class="muted">—</span>'


def _counts_table(ds: DocScore) -> str:
    rows = "".join(
        f"<tr><td>{esc(k)}</td><td class=num>{c.tp}</td><td class=num>{c.fp}</td><td class=num>{c.fn}</td>"
        f"<td class=num>{c.precision:.3f}</td><td class=num>{c.recall:.3f}</td><td class=num>{c.f1:.3f}</td></tr>"
        for k, c in ds.counts.items())
    return ("<table><tr><th>type</th><th>tp</th><th>fp</th><th>fn</th><th>P</th><th>R</th><th>F1</th></tr>"
            f"{rows}</table>")


def render_document(doc: str, text: str | None, source: str | None, preds: dict[str, list[dict]],
                    ds: DocScore | None, gold: dict | None, note: str = "") -> str:
    """One document's page (``text`` None when the source could not be re-read)."""
    errors = ds.errors if ds else []
    spurious = {e.get("pred_id") for e in errors if e["error"] == "spurious"}
    wrong: dict[str, list[str]] = {}
    for e in errors:
        if e["error"] == "wrong" and e.get("pred_id"):
            wrong.setdefault(e["pred_id"], []).append(e["type"].split(".", 1)[1])
    spans: list[Span] = []
    anchors: dict[str, str] = {}
    n = 0
    for kind in ("meetings", *MATCHED_TYPES):
        for rec in preds.get(kind, []):
            for k, ev in enumerate(rec.get("evidence") or []):
                if ev.get("start") is None or ev.get("end") is None:
                    continue
                n += 1
                anchor = f"r{n}"
                anchors.setdefault(rec.get("id", ""), anchor)
                label = f"{kind}{'.' + ev['field'] if ev.get('field') else ''}: {record_text(kind, rec) or ev.get('text')}"
                label += f" [{', '.join(ev.get('rules') or [])}]"
                if rec.get("id") in spurious:
                    label += " (spurious)"
                spans.append(Span(ev["start"], ev["end"], kind, anchor, label, rec.get("id") in spurious))
    misses = [e for e in errors if e["error"] == "missed"]
    miss_rows = []
    for i, e in enumerate(misses, 1):
        where = locate(text, _miss_key(e)) if text else None
        anchor = f"m{i}"
        if where:
            spans.append(Span(where[0], where[1], "miss", anchor, f"missed {e['type']}: {e['text']}"))
        link = f'<a href="#{anchor}">in text</a>' if where else '<span class="muted">not found</span>'
        miss_rows.append(f"<tr><td>{esc(e['type'])}</td><td>{esc(e['text'])}</td><td>{esc(e.get('reason'))}</td>"
                         f"<td>{link}</td></tr>")

    side = []
    if ds:
        side.append("<h2>Scores</h2>" + _counts_table(ds))
    if gold is not None or preds.get("meetings"):
        g = (gold or {}).get("meeting") or {}
        p = (preds.get("meetings") or [{}])[0]
        rows = []
        wrong_fields = {e["type"] for e in errors if e["type"].startswith("meeting.")}
        for f in ("title", "body", "date", "start_time", "end_time", "location", "next_meeting"):
            name = "meeting." + ("meeting_date" if f == "date" else f)
            ok = not any(t == name or t.startswith(name + "_") for t in wrong_fields)
            rows.append(f"<tr class=\"{'' if ok or gold is None else 'wrong'}\"><td>{esc(f)}</td>"
                        f"<td>{_cell(g.get(f)) if gold is not None else ''}</td><td>{_cell(p.get(f))}</td></tr>")
        side.append("<h2>Meeting</h2><table><tr><th>field</th><th>gold</th><th>extracted</th></tr>"
                    + "".join(rows) + "</table>")
    if gold is not None:
        side.append(f"<h2>Missed ({len(misses)})</h2>")
        side.append("<table><tr><th>type</th><th>labelled record</th><th>reason</th><th>where</th></tr>"
                    + "".join(miss_rows) + "</table>" if miss_rows else "<p class=muted>none</p>")
        wrongs = [e for e in errors if e["error"] == "wrong"]
        if wrongs:
            side.append(f"<h2>Wrong fields ({len(wrongs)})</h2><table><tr><th>field</th><th>record</th>"
                        "<th>gold</th><th>extracted</th></tr>" + "".join(
                            f"<tr class=wrong><td>{esc(e['type'])}</td><td>{esc(e['text'])}</td>"
                            f"<td>{_cell(e['gold'])}</td><td>{_cell(e['pred'])}</td></tr>" for e in wrongs)
                        + "</table>")
    for kind in MATCHED_TYPES:
        recs = preds.get(kind, [])
        cols = TABLE_FIELDS[kind]
        body = []
        for rec in recs:
            rid = rec.get("id", "")
            if kind == "agenda_items" and (rec.get("level") or 1) != 1:
                verdict, cls = "not scored (level 2)", ""
            elif gold is None:
                verdict, cls = "", ""
            elif rid in spurious:
                verdict, cls = "spurious", "spurious"
            elif rid in wrong:
                verdict, cls = "wrong " + ", ".join(wrong[rid]), "wrong"
            else:
                verdict, cls = "ok", ""
            rules = sorted({r for ev in rec.get("evidence") or [] for r in ev.get("rules", [])})
            link = f'<a href="#{anchors[rid]}">&#8599;</a>' if rid in anchors else ""
            body.append(f'<tr class="{cls}"><td>{link}</td>' + "".join(f"<td>{_cell(rec.get(c))}</td>" for c in cols)
                        + f"<td>{esc(verdict)}</td><td class=muted>{esc(', '.join(rules))}</td></tr>")
        side.append(f'<h2><span class="key-{kind}">&nbsp;&nbsp;</span> {esc(kind)} ({len(recs)})</h2>')
        side.append("<table><tr><th></th>" + "".join(f"<th>{esc(c)}</th>" for c in cols)
                    + "<th>verdict</th><th>rules</th></tr>" + "".join(body) + "</table>" if recs
                    else "<p class=muted>none extracted</p>")

    legend = "".join(f'<span class="key-{k}">{esc(k)}</span>' for k in COLOURS)
    legend += '<span class="key-miss">missed (labelled, not extracted)</span>'
    legend += '<span style="outline:2px dashed #d32f2f;background:#fff">spurious (no label matches)</span>'
    body_text = (f'<pre class="doc">{highlight(text, spans)}</pre>' if text is not None
                 else f'<p class="bad">source text unavailable: {esc(note)}</p>')
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Audit: {esc(doc)}</title>'
            f"<style>{CSS}</style></head><body><header><h1>{esc(doc)}</h1>"
            f'<div><a href="index.html">&larr; all documents</a> · source: {esc(source or "unknown")}'
            f'{" · not labelled" if gold is None else ""}</div><div class="legend">{legend}</div></header>'
            f'<main class="cols"><section class="text">{body_text}</section>'
            f'<aside class="side">{"".join(side)}</aside></main></body></html>\n')


def render_index(rows: list[dict], micro: dict) -> str:
    kinds = list(MATCHED_TYPES)
    head = "".join(f"<th>{esc(k)} F1</th>" for k in kinds)
    body = []
    for r in rows:
        f1 = "".join(f"<td class=num>{r['f1'][k]:.3f}</td>" if k in r["f1"] else "<td></td>" for k in kinds)
        body.append(f'<tr><td><a href="{esc(page_name(r["doc"]))}">{esc(r["doc"])}</a></td>{f1}'
                    f'<td class=num>{r["missed"]}</td><td class=num>{r["spurious"]}</td>'
                    f'<td class=num>{r["wrong"]}</td></tr>')
    micro_rows = "".join(
        f"<tr><td>{esc(k)}</td><td class=num>{c.tp}</td><td class=num>{c.fp}</td><td class=num>{c.fn}</td>"
        f"<td class=num>{c.precision:.3f}</td><td class=num>{c.recall:.3f}</td><td class=num>{c.f1:.3f}</td></tr>"
        for k, c in micro.items())
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Extraction audit</title>'
            f"<style>{CSS}</style></head><body><header><h1>Extraction audit</h1>"
            f"<div>{len(rows)} documents</div></header><main style=\"padding:12px 16px\">"
            "<h2>Micro-averaged over labelled documents</h2><table><tr><th>type</th><th>tp</th><th>fp</th>"
            f"<th>fn</th><th>P</th><th>R</th><th>F1</th></tr>{micro_rows}</table>"
            f"<h2>Documents</h2><table><tr><th>document</th>{head}<th>missed</th><th>spurious</th>"
            f"<th>wrong fields</th></tr>{''.join(body)}</table></main></body></html>\n")


def _find_source(doc: str, preds: dict[str, list[dict]], raw_dirs: list[Path]) -> str | None:
    for recs in preds.values():
        for rec in recs:
            if rec.get("source") and Path(rec["source"]).exists():
                return rec["source"]
    for d in raw_dirs:
        hits = sorted(d.rglob(doc)) if d.is_dir() else []
        if hits:
            return str(hits[0])
    return None


def write_audit(gold_dir: str | Path, pred_dir: str | Path, out_dir: str | Path,
                raw_dirs: Iterable[str | Path] = ("data/raw",)) -> list[Path]:
    """Write index.html and one page per document (labelled or extracted) to ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    golds = {g["doc"]: g for g in load_gold(gold_dir)}
    preds = load_predictions(pred_dir)
    raws = [Path(d) for d in raw_dirs]
    written, rows, scores = [], [], []
    for doc in sorted(set(golds) | set(preds)):
        p = preds.get(doc, {})
        gold = golds.get(doc)
        ds = score_document(gold, p) if gold is not None else None
        if ds:
            scores.append(ds)
        source = _find_source(doc, p, raws)
        text, note = None, "source file not found"
        if source:
            try:
                text = read_path(source).text
            except MinutesError as exc:
                note = str(exc)
        page = out / page_name(doc)
        page.write_text(render_document(doc, text, source, p, ds, gold, note), encoding="utf-8")
        written.append(page)
        errs = ds.errors if ds else []
        rows.append({"doc": doc, "f1": {k: c.f1 for k, c in ds.counts.items()} if ds else {},
                     **{k: sum(e["error"] == k for e in errs) for k in ("missed", "spurious", "wrong")}})
    index = out / "index.html"
    index.write_text(render_index(rows, total(scores)[0]), encoding="utf-8")
    return [index, *written]
