"""Rule patterns are data: every file under models/patterns loads and validates,
and the validator accepts good patterns and refuses bad ones (a table, as in spaCy's own tests)."""

from __future__ import annotations

import pytest

from pipeline.errors import MinutesError
from pipeline.patterns import PATTERNS_DIR, load_jsonl, validate_patterns

GOOD = [
    [{"LOWER": "action"}, {"ORTH": ":"}],
    [{"LIKE_NUM": True}, {"ORTH": "%"}],
    [{"ORTH": {"IN": ["£", "$"]}}, {"LIKE_NUM": True}, {"LOWER": "million", "OP": "?"}],
    [{"TEXT": {"REGEX": "^\\d+k$"}}],
    "apologies for absence",
]
BAD = [
    [{"LOWR": "action"}],
    [{"LIKE_NUM": "yes"}],
    [{"OP": "!!"}],
    [],
    "",
    {"LOWER": "x"},
]


@pytest.mark.parametrize("pattern", GOOD)
def test_good_patterns_validate(pattern):
    validate_patterns([{"label": "X", "pattern": pattern, "id": "x"}])


@pytest.mark.parametrize("pattern", BAD)
def test_bad_patterns_are_refused_with_E010(pattern):
    with pytest.raises(MinutesError) as info:
        validate_patterns([{"label": "X", "pattern": pattern, "id": "x"}])
    assert info.value.code.value == "E010"


def test_duplicate_ids_are_refused():
    rows = [{"label": "X", "pattern": "a", "id": "same"}, {"label": "X", "pattern": "b", "id": "same"}]
    with pytest.raises(MinutesError, match="duplicate id"):
        validate_patterns(rows)


@pytest.mark.parametrize("path", sorted(PATTERNS_DIR.glob("*.jsonl")), ids=lambda p: p.name)
def test_shipped_pattern_files_are_valid(path):
    rows = load_jsonl(path)
    assert rows, f"{path.name} has no patterns"
    validate_patterns(rows, str(path))
    assert all(r["id"].startswith(path.stem.split("_")[0]) or r["id"].startswith("label.") for r in rows)


def test_pipeline_saves_and_loads_from_disk(tmp_path, nlp):
    from pipeline.nlp import load_nlp, process_text

    nlp.to_disk(tmp_path / "pipeline")
    loaded = load_nlp(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    doc = process_text(loaded, "Minutes\n3 May 2021\nThe fund holds £38,000.\n")
    assert [(s["value"], s["unit"]) for s in doc._.statistics] == [(38000, "GBP")]


def test_a_saved_pipeline_with_other_patterns_is_rebuilt(tmp_path, nlp):
    from pipeline.nlp import load_nlp

    nlp.to_disk(tmp_path / "pipeline")
    assert load_nlp(tmp_path / "pipeline").meta["minutes_patterns"] == nlp.meta["minutes_patterns"]
    meta = tmp_path / "pipeline" / "meta.json"
    meta.write_text(meta.read_text().replace(nlp.meta["minutes_patterns"], "stale"))
    rebuilt = load_nlp(tmp_path / "pipeline")
    assert rebuilt.meta["minutes_patterns"] == nlp.meta["minutes_patterns"]
