"""End to end over data/raw: the output contract, schemas, and no error records."""

from __future__ import annotations

import pytest

from pipeline.records import RECORD_TYPES
from pipeline.schemas import validator
from tests.conftest import RAW, read_jsonl

pytestmark = pytest.mark.slow


def test_every_sample_is_processed_without_an_error(extracted):
    out, summary = extracted
    assert read_jsonl(out / "errors.jsonl") == []
    assert summary.documents == len([p for p in RAW.iterdir() if not p.name.startswith(".")])


@pytest.mark.parametrize("record_type", RECORD_TYPES + ["errors"])
def test_every_output_line_matches_its_schema(extracted, record_type):
    out, _ = extracted
    v = validator(record_type)
    problems = [(n, e.message) for n, rec in enumerate(read_jsonl(out / f"{record_type}.jsonl"))
                for e in v.iter_errors(rec)]
    assert problems == []


def test_evidence_points_at_the_text_it_quotes(extracted):
    from pipeline.readers import read_path

    out, _ = extracted
    texts = {}
    for kind in RECORD_TYPES:
        for rec in read_jsonl(out / f"{kind}.jsonl"):
            src = rec["source"]
            if src not in texts:
                texts[src] = read_path(src).text
            for ev in rec["evidence"]:
                assert texts[src][ev["start"]:ev["end"]] == ev["text"], (kind, rec["id"])


def test_meeting_ids_are_stable_and_references_resolve(extracted, tmp_path):
    from pipeline.extract import extract_paths

    out, _ = extracted
    again = tmp_path / "again"
    extract_paths([RAW / "rrb-2018-11-26.txt"], again)
    first = {m["source"]: m["meeting_id"] for m in read_jsonl(out / "meetings.jsonl")}
    second = read_jsonl(again / "meetings.jsonl")[0]
    assert first[str(RAW / "rrb-2018-11-26.txt")] == second["meeting_id"]
    items = {r["id"] for r in read_jsonl(out / "agenda_items.jsonl")}
    for kind in ("actions", "statistics"):
        for rec in read_jsonl(out / f"{kind}.jsonl"):
            assert rec["agenda_item"] is None or rec["agenda_item"] in items
