"""Property-based: no input makes a reader or the pipeline fail other than by a MinutesError.

* Random bytes, truncated and corrupted versions of real samples, under
  every extension, either read to a SourceText or raise MinutesError.
* Random text, and random minutes-like lines, run through the whole
  pipeline without raising, and every offset of every record's evidence
  points into the text.

Bounded (few examples, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import SourceText
from pipeline.errors import MinutesError
from pipeline.readers import READERS, read_path
from tests.conftest import RAW

EXTENSIONS = sorted(READERS)
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _docx_sample() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Minutes of the Board", level=1)
    d.add_paragraph("Present: Ann Lee, Bob Roe")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(1, 0).text = "Action", "Send the report"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


SAMPLES = {
    ".txt": (RAW / "rrb-2018-11-26.txt").read_bytes(),
    ".md": (RAW / "w3c-publishing-wg-2018-08-27.md").read_bytes(),
    ".pdf": (RAW / "friends-halesworth-library-trustees-2016-01-26.pdf").read_bytes(),
    ".docx": _docx_sample(),
    ".html": b"<html><body><h1>Minutes</h1><p>Present: Ann Lee</p><table><tr><td>1</td>"
             b"<td>Send the report</td></tr></table></body></html>",
}


def _read(data: bytes, ext: str):
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"input{ext}"
        p.write_bytes(data)
        try:
            src = read_path(p)
        except MinutesError as exc:
            assert exc.code.value.startswith("E0") and exc.reason and exc.hint
            return None
        assert isinstance(src, SourceText)
        assert src.text.strip()
        for line in src.lines:
            assert 0 <= line.start <= line.end <= len(src.text)
        return src


@pytest.mark.parametrize("ext", EXTENSIONS)
@SETTINGS
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_read_or_refused_with_a_code(ext, data):
    _read(data, ext)


@pytest.mark.parametrize("ext", sorted(SAMPLES))
@SETTINGS
@given(cut=st.floats(min_value=0.0, max_value=1.0))
def test_truncated_samples_are_read_or_refused_with_a_code(ext, cut):
    raw = SAMPLES[ext]
    _read(raw[: int(len(raw) * cut)], ext)


@pytest.mark.parametrize("ext", sorted(SAMPLES))
@settings(SETTINGS, max_examples=12)
@given(edits=st.lists(st.tuples(st.floats(0.0, 1.0), st.binary(min_size=1, max_size=8)), min_size=1, max_size=4))
def test_corrupted_samples_are_read_or_refused_with_a_code(ext, edits):
    raw = bytearray(SAMPLES[ext])
    for where, junk in edits:
        at = int(where * (len(raw) - 1))
        raw[at:at + len(junk)] = junk
    _read(bytes(raw), ext)


_LINE_PARTS = st.sampled_from([
    "Present:", "Apologies:", "In attendance:", "ACTION:", "Action", "Minutes of the meeting", "1.", "2.1",
    "(a)", "Chair", "agreed", "to", "by", "next meeting", "£450k", "23%", "1,250", "12 March 2021",
    "Monday 3rd", "at 7.30pm", "Ann Lee", "(AL)", "Bob Roe", "-", "•", "\t", "|", ":", ";", ",", "“", "€",
    "½", "ﬁ", "Item", "AOB", "Date of next meeting", "Owner", "Due", "Status", "Complete", "Ongoing",
])
_MINUTES_LIKE = st.lists(st.lists(_LINE_PARTS, max_size=12).map(" ".join), max_size=30).map("\n".join)


def _check_records(doc):
    from pipeline.records import doc_records

    records = doc_records(doc, "<text>")
    n = len(doc._.source.text)
    for kind, recs in records.items():
        for rec in recs:
            for ev in rec.get("evidence") or []:
                assert 0 <= ev["start"] <= ev["end"] <= n, (kind, ev)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(max_size=600))
def test_random_text_runs_through_the_pipeline(run, text):
    _check_records(run(text))


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=_MINUTES_LIKE)
def test_random_minutes_like_text_runs_through_the_pipeline(run, text):
    _check_records(run(text))


_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f]))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x7f, blacklist_characters="\\"), max_size=80))
def test_normalise_of_ascii_only_blanks_and_drops_controls(text):
    # the ASCII fast path of normalise must agree with its contract for every ASCII text
    from pipeline.normalise import normalise

    expected = "".join(" " if c in "\t\r\x0b\x0c" else "" if c in _CONTROLS else c for c in text).rstrip()
    assert normalise(text) == expected


def test_ascii_case_twins_are_every_non_ascii_match_of_an_ascii_letter():
    # keyword_view's shortcut is exact only if this list is complete: try every code point
    import re

    from pipeline.normalise import _ASCII_CASE_TWINS

    letter = re.compile("[a-z]", re.I)
    twins = [chr(cp) for cp in range(128, 0x110000)
             if letter.fullmatch(chr(cp)) or any(c.isascii() and c.isalpha() for c in chr(cp).lower())]
    assert twins == ["\u0130", "\u0131", "\u017f", "\u212a"]
    assert all(_ASCII_CASE_TWINS.fullmatch(c) for c in twins)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.sampled_from("mEeTiNg nexT NEXT ſ\u212a\u0130\u0131 £–éÉ"), max_size=30))
def test_lacks_never_rules_out_a_case_blind_match(text):
    import re

    from pipeline.normalise import keyword_view, lacks

    for words in (("next",), ("meeting",), ("next", "meeting"), ("tin",), ("kes",)):
        if lacks(keyword_view(text), words):  # then some word is not there, however cased
            assert not all(re.search(re.escape(w), text, re.I) for w in words)
