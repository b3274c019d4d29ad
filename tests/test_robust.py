"""Hostile and broken inputs: one error record each, with a clear reason, and the batch goes on.

Also: limits reported with E007, per-file time and memory bounds in the
worker pool, a dying worker, and a run killed midway (SIGKILL) or during
its commit leaving the previous outputs whole.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.bench import minutes_pdf, minutes_text, pdf_bytes
from pipeline.extract import extract_paths
from pipeline.readers import READERS, Limits
from tests.conftest import RAW, ROOT, read_jsonl

GOOD = "Minutes of the Parish Council\n12 March 2021\n\nPresent: Ann Lee, Bob Roe\n"


def _docx(paragraph: str = "Minutes of the meeting") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(paragraph)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, change) -> bytes:
    """The same zip with word/document.xml passed through ``change``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            part = src.read(name)
            z.writestr(name, change(part) if name == "word/document.xml" else part)
    return out.getvalue()


# name -> (bytes, expected code or None for "read fine", words that must be in the reason)
def _hostile() -> dict[str, tuple[bytes, str | None, list[str]]]:
    real_pdf = (RAW / "friends-halesworth-library-trustees-2016-01-26.pdf").read_bytes()
    docx = _docx()
    return {
        "empty.txt": (b"", "E001", ["empty"]),
        "binary.txt": (bytes(range(256)) * 64, "E002", ["NUL"]),
        "truncated.pdf": (real_pdf[: len(real_pdf) // 2], "E004", ["corrupt or truncated"]),
        "encrypted.pdf": (pdf_bytes(["BT /F1 10 Tf 56 700 Td (Minutes) Tj ET"], encrypt=True), "E005",
                          ["encrypted"]),
        "corrupt.docx": (_rezip(docx, lambda x: x[: len(x) // 2]), "E004", ["corrupt or truncated"]),
        "truncated.docx": (docx[: len(docx) // 2], "E004", ["not a valid .docx"]),
        "bomb.docx": (_rezip(docx, lambda x: x.replace(b"</w:body>", b" " * (64 << 20) + b"</w:body>")),
                      "E007", ["zip bomb"]),
        "one-line.txt": (b"word " * (10 << 20), "E007", ["52428800 characters > max_chars"]),
        "nested.html": (("<div>" * 100_000 + GOOD.replace("\n", "<br>") + "</div>" * 100_000).encode(),
                        None, []),
        "pdf-named.txt": (real_pdf, "E002", ["the content is a PDF document, not .txt: rename it to .pdf"]),
        "docx-named.html": (docx, "E002", ["not .html: rename it to .docx"]),
        "unknown.xyz": (b"hello", "E003", [".xyz"]),
    }


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("hostile")
    cases = _hostile()
    for name, (data, _, _) in cases.items():
        (raw / name).write_bytes(data)
    (raw / "good.txt").write_text(GOOD)
    out = raw.parent / (raw.name + "-out")
    summary = extract_paths([raw], out, workers=2, use_cache=False)
    return raw, out, summary, cases


def test_every_broken_file_gives_one_error_record_and_the_batch_goes_on(hostile_run):
    raw, out, summary, cases = hostile_run
    errors = read_jsonl(out / "errors.jsonl")
    got = {Path(e["source"]).name: e["code"] for e in errors}
    assert got == {name: code for name, (_, code, _) in cases.items() if code}
    assert len(errors) == len(got)  # one record per file
    assert summary.documents == len(cases) + 1 and summary.failures == len(got)
    sources = sorted(Path(m["source"]).name for m in read_jsonl(out / "meetings.jsonl"))
    assert sources == ["good.txt", "nested.html"]


@pytest.mark.parametrize("name", [
    "empty.txt", "binary.txt", "truncated.pdf", "encrypted.pdf", "corrupt.docx", "truncated.docx",
    "bomb.docx", "one-line.txt", "pdf-named.txt", "docx-named.html"])
def test_each_error_names_the_file_the_reason_and_a_hint(hostile_run, name):
    raw, out, _, cases = hostile_run
    record = next(e for e in read_jsonl(out / "errors.jsonl") if Path(e["source"]).name == name)
    assert record["source"] == str(raw / name)
    for words in cases[name][2]:
        assert words in record["reason"]
    assert record["hint"]


def test_deeply_nested_html_is_read_in_full(hostile_run):
    _, out, _, _ = hostile_run
    attendees = [a["name"] for a in read_jsonl(out / "attendees.jsonl") if a["source"].endswith("nested.html")]
    assert attendees == ["Ann Lee", "Bob Roe"]


@pytest.mark.parametrize("limits,name,data,detail", [
    (Limits(max_bytes=100), "big.txt", GOOD * 10, f"{len(GOOD) * 10} bytes > max_bytes 100"),
    (Limits(max_chars=50), "long.txt", GOOD, f"{len(GOOD)} characters > max_chars 50"),
    (Limits(max_chars=50), "long.md", "# " + GOOD * 2, "characters of markup > 2 x max_chars 50"),
    (Limits(max_pages=2), "long.pdf", minutes_pdf(random.Random(1), 3), "3 pages > max_pages 2"),
])
def test_limits_are_reported_with_e007(tmp_path, limits, name, data, detail):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    (raw / "good.txt").write_text("x")  # under every limit above
    summary = extract_paths([raw], tmp_path / "out", workers=1, limits=limits, use_cache=False)
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["source"]).name, e["code"]) for e in errors] == [(name, "E007")]
    assert detail in errors[0]["reason"]
    assert summary.documents == 2


def test_the_zip_ratio_guard_is_a_limit_the_user_can_raise(tmp_path):
    from pipeline.errors import MinutesError
    from pipeline.readers import read_path

    padded = tmp_path / "padded.docx"  # 2 MB of spaces in the body: packs about 1000 to 1
    padded.write_bytes(_rezip(_docx("Present: Ann Lee"), lambda x: x.replace(b"</w:body>", b" " * (2 << 20) + b"</w:body>")))
    with pytest.raises(MinutesError) as exc:
        read_path(padded)
    assert exc.value.code.value == "E007" and "> max_zip_ratio 200: possible zip bomb" in exc.value.reason
    assert "Ann Lee" in read_path(padded, Limits(max_zip_ratio=5000)).text


# ---------------------------------------------------------------- bounds in the worker pool

def _hostile_reader(kind: str):
    original = READERS[".txt"]

    def reader(path, raw, limits):
        if path.name.startswith("hostile"):
            if kind == "hang":
                while True:
                    time.sleep(0.05)
            if kind == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            if kind == "memory":
                hog = bytearray(8 << 30)  # far past the limit below
                return hog
        return original(path, raw, limits)

    return reader


@pytest.mark.parametrize("kind,limits,code,words", [
    ("hang", Limits(max_seconds=1), "E007", "took longer than max_seconds 1"),
    ("die", Limits(), "E009", "the worker process died"),
    ("memory", Limits(max_memory_mb=2048), "E007", "memory limit of 2048 MB"),
])
def test_a_hostile_file_is_bounded_and_the_others_are_extracted(tmp_path, monkeypatch, kind, limits, code, words):
    monkeypatch.setitem(READERS, ".txt", _hostile_reader(kind))  # workers are forked: they see it
    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(3):
        (raw / f"a{k}.txt").write_text(GOOD.replace("Ann", f"Ann{k}"))
    (raw / "hostile.txt").write_text(GOOD)
    summary = extract_paths([raw], tmp_path / "out", workers=2, limits=limits)
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(Path(e["source"]).name, e["code"]) for e in errors] == [("hostile.txt", code)]
    assert words in errors[0]["reason"]
    assert sorted(Path(m["source"]).name for m in read_jsonl(tmp_path / "out" / "meetings.jsonl")) == [
        "a0.txt", "a1.txt", "a2.txt"]
    assert summary.extracted == 4
    again = extract_paths([raw], tmp_path / "out", workers=2, limits=limits)
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == errors
    if kind == "die":  # a crash may not recur: the next run tries the file again
        assert (again.cached, again.extracted) == (3, 1)
        return
    # past a bound: under the same bounds the next run does not wait for it again ...
    assert (again.cached, again.extracted) == (4, 0)
    # ... and under others (or with --force) it is tried again
    other = replace(limits, max_seconds=limits.max_seconds + 1)
    third = extract_paths([raw], tmp_path / "out", workers=2, limits=other)
    assert (third.cached, third.extracted) == (3, 1)


# ---------------------------------------------------------------- killed runs

def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def test_a_run_killed_midway_leaves_the_previous_outputs_whole(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "first.txt").write_text(GOOD)
    extract_paths([raw], out, workers=1)
    before = _outputs(out)
    rng = random.Random(7)
    for k in range(150):
        (raw / f"m{k:03d}.txt").write_text(minutes_text(rng, 80), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(out),
                             "--workers", "2", "--quiet"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = out / ".cache"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list(cache.glob("*/*.json"))) >= 3:  # well into the batch
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _outputs(out) == before  # the outputs are the previous run's, byte for byte
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert leftovers and all(p.startswith(".") for p in leftovers)  # temp files, never outputs
    # the next run cleans up, reuses the whole entries the killed run cached, and equals a clean run
    summary = extract_paths([raw], out, workers=2)
    assert summary.cached >= 3 and summary.cached + summary.extracted == 151
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    clean = tmp_path / "clean"
    extract_paths([raw], clean, workers=2, use_cache=False)
    assert _outputs(out) == _outputs(clean)


def test_a_run_killed_during_its_commit_is_rolled_forward(tmp_path, monkeypatch):
    from pipeline import writer as w

    out = tmp_path / "out"
    with w.AtomicJsonlWriter(out, ["a", "b"]) as wr:
        wr.write("a", [{"run": 1}])
        wr.write("b", [{"run": 1}])
    real_replace = os.replace
    calls = []

    def dying_replace(src, dst):
        calls.append(Path(dst).name)
        if len(calls) == 3:  # journal written, first output renamed: die before the second
            raise KeyboardInterrupt("killed")
        real_replace(src, dst)

    monkeypatch.setattr(w.os, "replace", dying_replace)
    wr = w.AtomicJsonlWriter(out, ["a", "b"])
    wr.write("a", [{"run": 2}])
    wr.write("b", [{"run": 2}])
    with pytest.raises(KeyboardInterrupt):
        wr.commit()
    monkeypatch.setattr(w.os, "replace", real_replace)
    assert calls[:2] == [w.JOURNAL, "a.jsonl"]
    w.recover(out)
    assert [read_jsonl(out / f) for f in ("a.jsonl", "b.jsonl")] == [[{"run": 2}], [{"run": 2}]]
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl", "b.jsonl"]


@pytest.mark.parametrize("name,data,text", [
    # each took minutes (quadratic scans) before: unclosed tags, unclosed emphasis, brackets
    ("unclosed.html", "<p>Minutes " + "<a " * 50_000 + "</p>", "Minutes " + "<a " * 49_999 + "<a"),
    ("closers.html", "<div>" + "</" * 50_000 + "</div>", "</" * 50_000),
    ("stars.md", "**a " * 20_000, "**a " * 19_999 + "**a"),
    ("underscores.md", "_a " * 20_000, "_a " * 19_999 + "_a"),
    ("brackets.md", "[" * 50_000 + "x", "[" * 50_000 + "x"),
])
def test_pathological_markup_is_read_as_the_text_it_is(tmp_path, name, data, text):
    from pipeline.readers import read_path

    p = tmp_path / name
    p.write_text(data)
    assert read_path(p).text == text


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return "\nState:\tZ" in fh.read()  # dead, waiting to be reaped
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_pdf_reader_forked_by_a_worker_dies_with_it_at_the_time_bound(tmp_path, monkeypatch):
    import pipeline.readers.pdf as pdf

    path = RAW / "school-governors-decoy-fgb-2020-03-23.pdf"  # 12 pages: 1-6 here, 7-12 forked
    real_items, real_fork = pdf._page_items, pdf._fork_range
    pids = tmp_path / "pids"

    test = os.getpid()

    def hang_in_the_forked_reader(page, counter):
        if os.getppid() != test:  # a worker's parent is this test; the reader's is the worker
            while True:
                time.sleep(0.05)
        return real_items(page, counter)

    def logged(*args):
        pid, fd = real_fork(*args)
        pids.write_text(str(pid))
        return pid, fd

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)
    monkeypatch.setattr(pdf, "_page_items", hang_in_the_forked_reader)
    monkeypatch.setattr(pdf, "_fork_range", logged)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(path, raw)
    extract_paths([raw], tmp_path / "out", workers=2, limits=Limits(max_seconds=3))
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [e["code"] for e in errors] == ["E007"] and "max_seconds 3" in errors[0]["reason"]
    pid = int(pids.read_text())
    deadline = time.monotonic() + 5
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(pid)
