"""The scorer against the labelling guide's matching rules, on small hand-made documents."""

from __future__ import annotations

import copy
import json

import pytest

from pipeline.evaluate.run import baseline_scores, compare_baseline, evaluate, render, render_errors_md, tables
from pipeline.evaluate.scorer import score_document, total
from tests.conftest import gold as load_gold_file

TYPES = ("attendees", "agenda_items", "actions", "statistics")


def as_predictions(gold: dict) -> dict[str, list[dict]]:
    """Gold records dressed as the extractor's output (a perfect extraction)."""
    preds = {"meetings": [dict(gold["meeting"], id="m1", evidence=[])]}
    for kind in TYPES:
        preds[kind] = []
        for k, rec in enumerate(gold.get(kind) or []):
            rec = {key: v for key, v in rec.items() if key != "optional"}
            if kind == "agenda_items":
                rec["level"] = 1
            preds[kind].append(dict(rec, id=f"m1:{kind}:{k}", evidence=[
                {"page": None, "line": 1, "start": 0, "end": 1, "text": "x", "rules": [f"{kind}.rule"]}]))
    return preds


def small_gold(**over) -> dict:
    g = {
        "doc": "m.txt",
        "meeting": {"title": "Board", "body": "Board", "date": "2020-01-02", "start_time": None,
                    "end_time": None, "location": "Town Hall", "next_meeting": None},
        "attendees": [
            {"name": "National Probation Service", "acronym": "NPS", "kind": "organisation", "status": "present", "role": None},
            {"name": "London Probation Service", "acronym": "PS", "kind": "organisation", "status": "present", "role": None},
            {"name": "Jane Smith", "acronym": None, "kind": "person", "status": "apologies", "role": None},
        ],
        "aliases": {"Probation": "PS"},
        "agenda_items": [{"number": "1", "title": "Welcome"}, {"number": "2", "title": "Finance report"}],
        "actions": [
            {"text": "NPS to meet with MOPAC to agree the funding plan", "owners": ["NPS"], "due": None,
             "due_date": None, "status": "open", "kind": "new", "explicit": True},
            {"text": "Probation to circulate the reoffending figures to all members", "owners": ["PS"],
             "due": "by April", "due_date": "2020-04-30", "status": "open", "kind": "new", "explicit": True},
        ],
        "statistics": [
            {"text": "£450k", "value": 450000, "unit": "GBP", "kind": "money"},
            {"text": "15-20%", "value": [15, 20], "unit": "percent", "kind": "percentage"},
        ],
    }
    g.update(over)
    return g


def test_perfect_predictions_score_one_on_a_labelled_sample():
    gold = load_gold_file("rrb-2018-11-26.json")
    ds = score_document(gold, as_predictions(gold))
    for kind in TYPES:
        c = ds.counts[kind]
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), kind
        assert c.fp == 0 and c.fn == 0
    assert all(f.accuracy == 1.0 for f in ds.fields.values())
    assert [e for e in ds.errors] == []


def test_empty_predictions_score_zero_recall():
    gold = small_gold()
    ds = score_document(gold, {})
    for kind in TYPES:
        assert ds.counts[kind].recall == 0.0
        assert ds.counts[kind].f1 == 0.0
        assert ds.counts[kind].fn == len(gold[kind])
    assert sorted({e["type"] for e in ds.errors if e["error"] == "missed"}) == sorted(TYPES)
    assert ds.fields["meeting_date"].accuracy == 0.0
    assert ds.fields["location"].fn == 1


@pytest.mark.parametrize("found", [True, False])
def test_optional_items_are_neutral_found_or_missed(found):
    gold = small_gold()
    gold["statistics"].append({"text": "a three-year contract", "value": 3, "unit": "year", "kind": "duration",
                               "optional": True})
    preds = as_predictions(small_gold())
    if found:
        preds["statistics"].append({"id": "s9", "text": "three-year", "value": 3, "unit": "year",
                                    "kind": "duration", "evidence": []})
    c = score_document(gold, preds).counts["statistics"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_prediction_prefers_the_required_item_over_an_optional_twin():
    gold = small_gold(statistics=[{"text": "7 boroughs", "value": 7, "unit": "borough", "kind": "count", "optional": True},
                                  {"text": "7 boroughs", "value": 7, "unit": "borough", "kind": "count"}])
    preds = {"statistics": [{"id": "s1", "text": "7 boroughs", "value": 7, "unit": "borough", "kind": "count"}]}
    c = score_document(gold, preds).counts["statistics"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_aliases_and_acronyms_resolve_owners():
    gold = small_gold()
    preds = as_predictions(gold)
    preds["actions"][0]["owners"] = ["National Probation Service"]     # the name for the acronym
    preds["actions"][1]["owners"] = ["Probation"]                      # an alias of PS
    f = score_document(gold, preds).fields["action_owners"]
    assert (f.right, f.total, f.tp, f.fp, f.fn) == (2, 2, 2, 0, 0)
    preds["actions"][1]["owners"] = ["NPS"]
    ds = score_document(gold, preds)
    f = ds.fields["action_owners"]
    assert (f.right, f.total, f.tp, f.fp, f.fn) == (1, 2, 1, 1, 1)
    wrong = [e for e in ds.errors if e["type"] == "actions.owners"]
    assert [(e["gold"], e["pred"], e["pred_id"]) for e in wrong] == [(["ps"], ["nps"], "m1:actions:1")]


def test_owners_null_in_gold_is_not_scored():
    gold = small_gold()
    gold["actions"][0]["owners"] = None
    preds = as_predictions(small_gold())
    preds["actions"][0]["owners"] = ["Somebody Else"]
    f = score_document(gold, preds).fields["action_owners"]
    assert (f.right, f.total) == (1, 1)


def test_statistic_matches_on_value_and_kind_only():
    gold = small_gold()
    preds = {"statistics": [
        {"id": "a", "text": "450,000 pounds", "value": 450000.0, "unit": "EUR", "kind": "money"},  # other words, unit
        {"id": "b", "text": "15-20%", "value": [15, 20], "unit": "percent", "kind": "ratio"},     # wrong kind
    ]}
    ds = score_document(gold, preds)
    c = ds.counts["statistics"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert [e["pred_id"] for e in ds.errors if e["type"] == "statistics" and e["error"] == "spurious"] == ["b"]
    preds["statistics"][0]["value"] = 45000
    assert score_document(gold, preds).counts["statistics"].tp == 0


def test_reworded_action_still_matches_and_unrelated_one_does_not():
    gold = small_gold()
    preds = {"actions": [
        {"id": "a", "text": "Reoffending figures to be circulated by Probation to all members.", "owners": ["PS"],
         "due_date": "2020-04-30", "status": "open"},
        {"id": "b", "text": "The chair thanked everyone for attending", "owners": [], "status": "open"},
    ]}
    ds = score_document(gold, preds)
    c = ds.counts["actions"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    missed = [e["text"] for e in ds.errors if e["type"] == "actions" and e["error"] == "missed"]
    assert missed == ["NPS to meet with MOPAC to agree the funding plan"]
    assert ds.fields["action_due_date"].accuracy == 1.0


def test_actions_alike_only_in_letters_do_not_match():
    gold = small_gold(actions=[{"text": "MOPAC to review work plan and timescales for the next meeting.", "owners": ["MOPAC"],
                                "due": None, "due_date": None, "status": "open", "kind": "new", "explicit": True}])
    preds = {"actions": [{"id": "a", "text": "Bought in services and SLAs to be on the next agenda", "owners": []},
                         {"id": "b", "text": "Minutes to website", "owners": []}]}
    c = score_document(gold, preds).counts["actions"]
    assert (c.tp, c.fp, c.fn) == (0, 2, 1)
    preds["actions"].append({"id": "c", "text": "d. MOPAC to review work plan", "owners": ["MOPAC"]})   # a truncated row
    c = score_document(gold, preds).counts["actions"]
    assert (c.tp, c.fp, c.fn) == (1, 2, 0)


def test_attendee_status_mismatch_is_a_miss_and_a_spurious_record_and_lowers_status_accuracy():
    gold = small_gold()
    preds = as_predictions(gold)
    preds["attendees"][2]["status"] = "present"       # Jane Smith sent apologies
    ds = score_document(gold, preds)
    c, names, status = ds.counts["attendees"], ds.counts["attendee_names"], ds.fields["attendee_status"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert (names.tp, names.fp, names.fn) == (3, 0, 0)
    assert (status.right, status.total) == (2, 3)
    errs = [(e["error"], e["reason"]) for e in ds.errors if e["type"] == "attendees"]
    assert errs == [("missed", "status: predicted present"), ("spurious", "status: gold apologies")]


def test_attendee_matches_on_acronym_and_prefers_the_same_status_twin():
    gold = small_gold()
    preds = {"attendees": [
        {"id": "x", "name": "Jane Smith", "acronym": None, "status": "present"},
        {"id": "y", "name": "Jane Smith", "acronym": None, "status": "apologies"},
        {"id": "z", "name": "Probation Svc", "acronym": "NPS", "status": "present"},
    ]}
    ds = score_document(gold, preds)
    c = ds.counts["attendees"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert [e["pred_id"] for e in ds.errors if e["error"] == "spurious"] == ["x"]


def test_spurious_errors_carry_evidence_and_rule_ids():
    gold = small_gold()
    preds = as_predictions(gold)
    preds["statistics"].append({"id": "s9", "text": "3.1 had not", "value": 3.1, "unit": "had", "kind": "count",
                                "evidence": [{"page": 2, "line": 19, "start": 10, "end": 21, "text": "3.1 had not",
                                              "rules": ["statistics.count.number-adj-noun"]}]})
    (err,) = [e for e in score_document(gold, preds).errors]
    assert err["error"] == "spurious" and err["doc"] == "m.txt" and err["type"] == "statistics"
    assert err["rules"] == ["statistics.count.number-adj-noun"]
    assert err["evidence"] == [{"page": 2, "line": 19, "start": 10, "end": 21, "text": "3.1 had not"}]
    assert "3.1 had not" in render_errors_md([err])


def write_run(tmp_path, docs: dict[str, tuple[dict, dict]]):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    by_kind: dict[str, list[str]] = {}
    for name, (gold, preds) in docs.items():
        (gold_dir / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
        for kind, recs in preds.items():
            for r in recs:
                by_kind.setdefault(kind, []).append(json.dumps(dict(r, source=f"raw/{gold['doc']}")))
    for kind, lines in by_kind.items():
        (pred_dir / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold_dir, pred_dir


def test_per_document_and_micro_figures(tmp_path):
    a = small_gold(doc="a.txt")
    b = small_gold(doc="b.txt")
    pa = as_predictions(a)                       # perfect
    pb = as_predictions(b)
    pb["statistics"] = pb["statistics"][:1]      # one statistic missed
    pb["actions"].append({"id": "extra", "text": "Chair to thank the staff for a good year", "owners": [],
                          "evidence": []})       # one spurious action
    result = evaluate(*write_run(tmp_path, {"a": (a, pa), "b": (b, pb)}))
    assert result["documents"] == 2
    docs = result["per_document"]
    assert docs["a.txt"]["counts"]["statistics"]["f1"] == 1.0
    assert (docs["b.txt"]["counts"]["statistics"]["recall"], docs["b.txt"]["counts"]["statistics"]["f1"]) == (0.5, 0.6667)
    assert docs["b.txt"]["counts"]["actions"]["precision"] == 0.6667
    micro = result["micro"]
    assert {k: micro["statistics"][k] for k in ("tp", "fp", "fn", "recall")} == {"tp": 3, "fp": 0, "fn": 1, "recall": 0.75}
    assert {k: micro["actions"][k] for k in ("tp", "fp", "fn", "precision")} == {"tp": 4, "fp": 1, "fn": 0, "precision": 0.8}
    assert result["fields"]["meeting_date"] == {"right": 2, "total": 2, "accuracy": 1.0, "tp": 2, "fp": 0, "fn": 0,
                                                "precision": 1.0, "recall": 1.0, "f1": 1.0}
    t = tables(result)
    assert t["per_document"].loc[("b.txt", "statistics"), "fn"] == 1
    assert t["micro"].loc["actions", "fp"] == 1
    text = render(result)
    assert "Precision, recall and F1 per document" in text and "b.txt" in text
    assert [e["doc"] for e in result["errors"]] == ["b.txt", "b.txt"]


def test_micro_totals_add_document_counts():
    g = small_gold()
    scores = [score_document(g, {}), score_document(g, as_predictions(g))]
    counts, fields = total(scores)
    assert (counts["actions"].tp, counts["actions"].fn) == (2, 2)
    assert (fields["meeting_date"].right, fields["meeting_date"].total) == (1, 2)


def test_baseline_comparison_flags_drops_and_rises():
    old = {"micro": {"actions": {"precision": 0.5, "recall": 0.5, "f1": 0.5}}, "fields": {}}
    new = copy.deepcopy(old)
    new["micro"]["actions"]["recall"] = 0.6
    new["micro"]["actions"]["f1"] = 0.45
    drops, rises = compare_baseline(new, old)
    assert drops == ["micro.actions.f1 0.5 -> 0.45"]
    assert rises == ["micro.actions.recall 0.5 -> 0.6"]
    assert compare_baseline(old, old) == ([], [])
    result = {"micro": {"actions": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}},
              "fields": {"meeting_date": {"right": 1, "total": 1, "accuracy": 1.0, "tp": 1, "fp": 0, "fn": 0,
                                          "precision": 1.0, "recall": 1.0, "f1": 1.0}}}
    assert baseline_scores(result) == {"micro": {"actions": {"precision": 1.0, "recall": 1.0, "f1": 1.0}},
                                       "fields": {"meeting_date": {"accuracy": 1.0, "precision": 1.0, "recall": 1.0,
                                                                   "f1": 1.0}}}


def test_eval_command_writes_reports_and_guards_the_baseline(tmp_path, capsys):
    from pipeline.cli import main

    g = small_gold(doc="a.txt")
    gold_dir, pred_dir = write_run(tmp_path, {"a": (g, as_predictions(g))})
    report, base = tmp_path / "reports", tmp_path / "baseline.json"
    args = ["eval", "--gold", str(gold_dir), "--pred", str(pred_dir), "--report", str(report)]
    assert main(args + ["--update-baseline", str(base)]) == 0
    assert json.loads(base.read_text())["micro"]["actions"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert sorted(p.name for p in report.iterdir()) == ["errors.jsonl", "errors.md", "eval.json", "eval.txt"]
    assert json.loads((report / "eval.json").read_text())["micro"]["statistics"]["f1"] == 1.0
    # a worse run: the baseline is kept unless the drop is accepted
    (pred_dir / "statistics.jsonl").write_text("", encoding="utf-8")
    before = base.read_text()
    assert main(args + ["--update-baseline", str(base)]) == 1
    assert base.read_text() == before
    assert "fell: micro.statistics.recall 1.0 -> 0.0" in capsys.readouterr().err
    assert main(args + ["--update-baseline", str(base), "--accept-drops"]) == 0
    assert json.loads(base.read_text())["micro"]["statistics"]["recall"] == 0.0
    errors = [json.loads(line) for line in (report / "errors.jsonl").read_text().splitlines()]
    assert [(e["type"], e["error"], e["text"]) for e in errors] == [
        ("statistics", "missed", "£450k"), ("statistics", "missed", "15-20%")]
    md = (report / "errors.md").read_text()
    assert "## a.txt" in md and "### statistics (2)" in md and "| missed | £450k | unmatched |" in md


def test_an_optional_section_hook_adds_to_the_report(tmp_path, monkeypatch):
    import types

    from pipeline.cli import main
    from pipeline.evaluate import hooks

    def section(gold_dir, pred_dir, result, args=None):
        assert args.extra_flag is True
        return hooks.Section("Comparison with another tool", "a table", {"agreed": result["micro"]["statistics"]["tp"]})

    mod = types.SimpleNamespace(section=section, add_arguments=lambda p: p.add_argument("--extra-flag", action="store_true"))
    monkeypatch.setattr(hooks, "hook_modules", lambda: [mod])
    g = small_gold(doc="a.txt")
    gold_dir, pred_dir = write_run(tmp_path, {"a": (g, as_predictions(g))})
    report = tmp_path / "reports"
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(pred_dir), "--report", str(report), "--extra-flag"]) == 0
    assert "Comparison with another tool\n\na table\n" in (report / "eval.txt").read_text()
    assert json.loads((report / "eval.json").read_text())["sections"] == {"Comparison with another tool": {"agreed": 2}}


def test_a_miss_names_its_closest_prediction_and_whether_another_label_took_it():
    gold = small_gold()
    merged = ("NPS to meet with MOPAC to agree the funding plan. Probation to circulate the reoffending "
              "figures to all members")
    preds = {"actions": [{"id": "a", "text": merged, "owners": ["NPS"],
                          "evidence": [{"start": 0, "end": 5, "text": "NPS", "rules": ["actions.label-line"]}]}]}
    (miss,) = [e for e in score_document(gold, preds).errors if e["error"] == "missed" and e["type"] == "actions"]
    assert miss["reason"] == "closest prediction matched another label"
    assert (miss["closest"]["pred_id"], miss["closest"]["score"], miss["closest"]["rules"]) == ("a", 1.0, ["actions.label-line"])


def test_eval_without_gold_files_says_so(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["eval", "--gold", str(tmp_path), "--pred", str(tmp_path), "--report", str(tmp_path / "r")]) == 2
    assert f"no gold files (*.json) in {tmp_path}" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()
