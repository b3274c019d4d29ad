"""Regression gate: scores on the labelled samples must not fall below tests/baseline_scores.json.

When extraction improves, rewrite the baseline with ``make baseline`` (it refuses when any
score fell; ``make baseline ACCEPT_DROPS=1`` accepts a deliberate trade-off).
"""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate.run import baseline_scores, compare_baseline, evaluate
from tests.conftest import LABELLED, ROOT

BASELINE = ROOT / "tests" / "baseline_scores.json"
TOLERANCE = 1e-6


@pytest.mark.slow
def test_scores_do_not_fall_below_the_baseline(extracted):
    out, summary = extracted
    assert summary.failures == 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert baseline["micro"] and baseline["fields"], "empty baseline"
    current = baseline_scores(evaluate(LABELLED, out))
    drops, _ = compare_baseline(current, baseline, TOLERANCE)
    assert drops == [], "scores fell below tests/baseline_scores.json:\n" + "\n".join(drops)
