"""The HTML audit report (escaping, highlights, misses; rendered in headless Chromium) and the
labelling helper (`minutes label`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from pipeline.cli import main
from pipeline.evaluate.audit import COLOURS, write_audit
from pipeline.readers import read_path
from tests.conftest import RAW, gold

HOSTILE = (
    "Minutes of the Parish Council\n"
    "Present: Jane Smith\n"
    "Action: <script>alert('pwned')</script> Clerk to order 12 benches for £450k.\n"
    "Note <img src=x onerror=\"alert(2)\"> & more.\n"
    "The council agreed to publish the accounts on the website.\n"
)


def ev(text: str, piece: str, rules: list[str], field: str | None = None) -> list[dict]:
    start = text.index(piece)
    e = {"page": None, "line": 1, "start": start, "end": start + len(piece), "text": piece, "rules": rules}
    if field:
        e["field"] = field
    return [e]


@pytest.fixture()
def hostile_run(tmp_path):
    """A document with markup in it, hand-made records pointing into its normalised text, and labels."""
    raw = tmp_path / "raw"
    raw.mkdir()
    src = raw / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    text = read_path(src).text
    base = {"meeting_id": "m1", "source": str(src)}
    preds = {
        "meetings": [dict(base, id="m1", title="Minutes of the Parish Council", body="Parish Council", date=None,
                          start_time=None, end_time=None, location=None, next_meeting=None,
                          evidence=ev(text, "Minutes of the Parish Council", ["meeting.title-line"], "title"))],
        "attendees": [dict(base, id="m1:attendees:1", name="Jane Smith", acronym=None, kind="person",
                           status="present", role=None, evidence=ev(text, "Jane Smith", ["attendees.list"]))],
        "actions": [dict(base, id="m1:actions:1", text="<script>alert('pwned')</script> Clerk to order 12 benches",
                         owners=[], due=None, due_date=None, status="open", kind="new", explicit=True,
                         evidence=ev(text, "<script>alert('pwned')</script> Clerk to order 12 benches for £450k.",
                                     ["actions.label-line"]))],
        "statistics": [
            dict(base, id="m1:statistics:1", text="£450k", value=450000, unit="GBP", kind="money",
                 evidence=ev(text, "£450k", ["statistics.money.symbol-suffix"])),
            dict(base, id="m1:statistics:2", text="onerror", value=2, unit="x", kind="count",
                 evidence=ev(text, "<img src=x onerror=\"alert(2)\">", ["statistics.bogus"])),
        ],
    }
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for kind, recs in preds.items():
        (pred_dir / f"{kind}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    labels = {
        "doc": "hostile.txt",
        "meeting": {"title": "Minutes of the Parish Council", "body": "Parish Council", "date": None,
                    "start_time": None, "end_time": None, "location": None, "next_meeting": None},
        "attendees": [{"name": "Jane Smith", "acronym": None, "kind": "person", "status": "present", "role": None}],
        "agenda_items": [],
        "actions": [
            {"text": "Clerk to order 12 benches for £450k.", "owners": ["Clerk"], "due": None, "due_date": None,
             "status": "open", "kind": "new", "explicit": True},
            {"text": "publish the accounts on the website", "owners": [], "due": None, "due_date": None,
             "status": "open", "kind": "new", "explicit": False},
        ],
        "statistics": [{"text": "£450k", "value": 450000, "unit": "GBP", "kind": "money"},
                       {"text": "12 benches", "value": 12, "unit": "bench", "kind": "count"}],
    }
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "hostile.json").write_text(json.dumps(labels), encoding="utf-8")
    out = tmp_path / "audit"
    pages = write_audit(gold_dir, pred_dir, out, [raw])
    return out, pages


def test_document_markup_is_escaped_never_live(hostile_run):
    out, pages = hostile_run
    assert [p.name for p in pages] == ["index.html", "hostile.txt.html"]
    page = (out / "hostile.txt.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "onerror=" not in page.replace("onerror=&quot;", "")   # only ever as escaped text
    # self-contained: no external resources of any kind
    assert not re.search(r"<link|src=\"|href=\"(https?:|//)", page)


def test_spans_are_highlighted_by_type_and_misses_marked(hostile_run):
    out, _ = hostile_run
    page = (out / "hostile.txt.html").read_text(encoding="utf-8")
    marks = re.findall(r'<mark class="([^"]+)" title="[^"]*">(.*?)</mark>', page, re.S)
    by_text = {text: classes for classes, text in marks}
    assert by_text["£450k"] == "hl t-statistics also-actions"     # statistic inside an action: statistic colour
    assert by_text["Jane Smith"] == "hl t-attendees"
    assert by_text["Minutes of the Parish Council"] == "hl t-meetings"
    # the bogus statistic over the <img> markup is spurious: outlined, and its text escaped
    assert by_text["&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"] == "hl t-statistics spurious"
    # the labelled "12 benches" was not extracted: a miss, located inside the action span
    assert by_text["12 benches"] == "hl t-actions also-miss"
    # the labelled prose action was missed; it is found in the text and marked on its own
    assert by_text["publish the accounts on the website"] == "hl miss"
    assert "Missed (2)" in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="hostile.txt.html">hostile.txt</a>' in index


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _headless(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_report_renders_highlights_in_headless_chromium(hostile_run, tmp_path):
    if _chromium() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed; .ci/run installs it with apt-get (CI must not skip this test)")
        pytest.skip("chromium not installed (apt-get install chromium); this test only fails when CI=true")
    out, _ = hostile_run
    url = (out / "hostile.txt.html").resolve().as_uri()
    dom = _headless(tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    # the DOM after parsing and rendering: highlights present, the hostile markup still inert text
    assert len(re.findall(r'<mark class="hl t-statistics', dom.stdout)) == 2
    assert re.search(r'<mark class="hl miss"[^>]*>publish the accounts on the website</mark>', dom.stdout)
    assert "<script" not in dom.stdout.lower() and "<img" not in dom.stdout.lower()
    # and painted: the statistics colour is on screen
    shot = tmp_path / "shot.png"
    res = _headless(tmp_path, "--window-size=1200,800", "--hide-scrollbars", f"--screenshot={shot}", url)
    assert shot.exists(), res.stderr[-2000:]
    from PIL import Image

    want = tuple(int(COLOURS["statistics"][i:i + 2], 16) for i in (1, 3, 5))
    img = Image.open(shot).convert("RGB")
    hits = dict((colour, n) for n, colour in img.getcolors(img.width * img.height)).get(want, 0)
    assert hits > 200, f"only {hits} pixels of the statistics highlight colour {want}"


def test_label_writes_a_draft_in_the_gold_format(tmp_path, capsys):
    out = tmp_path / "draft.json"
    assert main(["label", str(RAW / "rrb-2018-11-26.txt"), "--out", str(out)]) == 0
    draft = json.loads(out.read_text(encoding="utf-8"))
    labelled = gold("rrb-2018-11-26.json")
    assert list(draft) == list(labelled)
    assert draft["doc"] == "rrb-2018-11-26.txt"
    assert draft["meeting"]["date"] == "2018-11-26"
    assert list(draft["meeting"]) == list(labelled["meeting"])
    assert draft["aliases"] == {}
    for kind in ("attendees", "agenda_items", "actions", "statistics"):
        assert draft[kind], kind
        gold_fields = {k for rec in labelled[kind] for k in rec} - {"optional", "of"}
        for rec in draft[kind]:
            assert set(rec) - {"of"} == gold_fields, kind
    assert all("evidence" not in json.dumps(rec) for rec in draft["actions"])
    # a second run refuses to overwrite the draft a person may be correcting
    assert main(["label", str(RAW / "rrb-2018-11-26.txt"), "--out", str(out)]) == 1
    assert "not overwritten" in capsys.readouterr().err
