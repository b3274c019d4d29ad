"""The pipeline's tokenizer gives exactly spaCy's English tokens, with its cache working.

``pipeline.nlp.keep_tokenizer_cache`` drops the whitespace-only special cases
(see its docstring for why). These tests hold it to its promise: the tokens,
offsets and trailing spaces are those of a stock ``spacy.blank("en")`` on
every sample document and on random text (norms too), and the other special cases
(contractions, abbreviations) still apply.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.readers import read_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for pattern in ("data/raw/*", "data/heldout*/raw/*") for p in ROOT.glob(pattern))


@pytest.fixture(scope="session")
def stock():
    return spacy.blank("en")


def tokens(nlp, text: str) -> list[tuple[int, str, str, str, str]]:
    return [(t.idx, t.text, t.whitespace_, t.norm_, t.lower_) for t in nlp.make_doc(text)]


def test_whitespace_special_cases_are_gone_and_the_others_kept(nlp, stock):
    assert {" ", "\n", "\t", "\xa0"} <= set(stock.tokenizer.rules)
    assert [key for key in nlp.tokenizer.rules if not key.strip()] == ["\xa0"]  # it sets a norm too
    assert set(nlp.tokenizer.rules) == set(stock.tokenizer.rules) - {" ", "\n", "\t"}
    assert [t.text for t in nlp.make_doc("We don't meet.\nMr. Lee can't.")] == [
        "We", "do", "n't", "meet", ".", "\n", "Mr.", "Lee", "ca", "n't", "."]


def test_a_loaded_pipeline_gets_the_same_rules(nlp, tmp_path):
    from pipeline.nlp import load_nlp, save_nlp

    save_nlp(nlp, tmp_path / "pipeline")
    loaded = load_nlp(tmp_path / "pipeline")
    assert loaded.tokenizer.rules == nlp.tokenizer.rules


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sample_tokens_match_stock_spacy(nlp, stock, path):
    text = read_path(str(path)).text
    assert tokens(nlp, text) == tokens(stock, text)


_PIECES = st.sampled_from([
    "Present", ":", "Ann", "Lee", "(AL)", "don't", "can't", "Mr.", "Dr.", "a.m.", "e.g.", "£1,200",
    "5%", "'s", "-", "—", "...", ":)", "U.K.", "\n", "\n\n", " ", "  ", "\t", "\xa0", "\r\n", "\u2028",
])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(parts=st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40))
def test_random_text_tokens_match_stock_spacy(nlp, stock, parts):
    # one pipeline for every example: its cache carries over, as in a batch
    text = "".join(parts)
    assert tokens(nlp, text) == tokens(stock, text)
