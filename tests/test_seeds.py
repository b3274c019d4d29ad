"""The two seed documents, extracted end to end and compared with their hand labels
record by record: every attendee with its status, every agenda item, every required
statistic with its value, every explicit action with its owners, the next meeting."""

from __future__ import annotations

import pytest

from pipeline.evaluate.scorer import OwnerCanon, greedy_match, text_similarity, value_equal
from pipeline.normalise import fold
from tests.conftest import gold, read_jsonl

pytestmark = pytest.mark.slow
SEEDS = ["rrb-2018-11-26", "rrb-2022-02-22"]


def records(extracted, kind, seed):
    out, _ = extracted
    return [r for r in read_jsonl(out / f"{kind}.jsonl") if r["source"].endswith(f"{seed}.txt")]


@pytest.mark.parametrize("seed", SEEDS)
def test_attendees_with_status(extracted, seed):
    g = gold(f"{seed}.json")
    want = sorted((fold(a["name"]), a["acronym"], a["kind"], a["status"]) for a in g["attendees"])
    got = sorted((fold(a["name"]), a["acronym"], a["kind"], a["status"]) for a in records(extracted, "attendees", seed))
    assert got == want


@pytest.mark.parametrize("seed", SEEDS)
def test_agenda_items_in_order(extracted, seed):
    g = gold(f"{seed}.json")
    want = [(a["number"], fold(a["title"])) for a in g["agenda_items"]]
    got = [(a["number"], fold(a["title"])) for a in records(extracted, "agenda_items", seed) if a["level"] == 1]
    assert got == want


@pytest.mark.parametrize("seed", SEEDS)
def test_every_required_statistic_with_its_value(extracted, seed):
    g = gold(f"{seed}.json")
    got = records(extracted, "statistics", seed)
    missing = [s["text"] for s in g["statistics"] if not s.get("optional")
               and not any(p["kind"] == s["kind"] and value_equal(p["value"], s["value"]) for p in got)]
    assert missing == []


@pytest.mark.parametrize("seed", SEEDS)
def test_every_explicit_action_with_its_owners(extracted, seed):
    g = gold(f"{seed}.json")
    canon = OwnerCanon(g)
    want = [a for a in g["actions"] if a["explicit"] and not a.get("optional")]
    got = records(extracted, "actions", seed)
    pairs = dict(greedy_match(want, got, lambda a, b: text_similarity(a["text"], b["text"]), 0.5))
    assert [a["text"] for i, a in enumerate(want) if i not in pairs] == []
    wrong = [(a["text"], a["owners"], got[pairs[i]]["owners"]) for i, a in enumerate(want)
             if a["owners"] is not None
             and {canon(o) for o in a["owners"]} != {canon(o) for o in got[pairs[i]]["owners"]}]
    assert wrong == []


@pytest.mark.parametrize("seed", SEEDS)
def test_meeting_date_and_next_meeting(extracted, seed):
    g = gold(f"{seed}.json")["meeting"]
    (m,) = records(extracted, "meetings", seed)
    assert (m["date"], m["next_meeting"]["date"]) == (g["date"], g["next_meeting"]["date"])
