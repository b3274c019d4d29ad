"""Repeatable: the same inputs give byte-identical outputs whatever the workers, order or hash seed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract import discover, extract_paths
from tests.conftest import RAW, ROOT


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Every text and Markdown sample, one small PDF, and a broken file."""
    raw = tmp_path_factory.mktemp("sample")
    for f in sorted(RAW.iterdir()):
        if f.suffix in (".txt", ".md") or f.name.startswith("friends-"):
            shutil.copy(f, raw / f.name)
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4 cut")
    one = tmp_path_factory.mktemp("workers1")
    extract_paths([raw], one, workers=1, use_cache=False)
    return raw, outputs(one)


def test_two_workers_and_another_order_give_the_same_bytes_as_one_worker(sample, tmp_path):
    raw, one = sample
    files = discover([raw])
    extract_paths(list(reversed(files)), tmp_path, workers=2, use_cache=False)
    assert outputs(tmp_path) == one
    assert len(one["meetings.jsonl"].splitlines()) == 8 and len(one["errors.jsonl"].splitlines()) == 1


def test_in_process_and_cached_runs_give_the_same_bytes(sample, tmp_path):
    raw, one = sample
    extract_paths([raw], tmp_path, workers=0)  # in this process, filling the cache
    assert outputs(tmp_path) == one
    again = extract_paths([raw], tmp_path, workers=2)
    assert again.cached == 9 and outputs(tmp_path) == one


def test_another_hash_seed_gives_the_same_bytes(sample, tmp_path):
    raw, one = sample
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "pipeline", "extract", str(raw), "--out", str(tmp_path),
                    "--workers", "2", "--quiet", "--no-cache"], cwd=ROOT, env=env, capture_output=True)
    assert outputs(tmp_path) == one


def test_discover_is_sorted_and_skips_hidden_files(tmp_path):
    for name in ["b.txt", "a.txt", ".hidden.txt", "sub/c.md", ".cache/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [str(p.relative_to(tmp_path)) for p in discover([tmp_path / "sub", tmp_path])] == [
        "a.txt", "b.txt", "sub/c.md"]


def test_a_lone_long_pdf_is_shared_with_the_idle_worker_and_gives_the_same_bytes(tmp_path, monkeypatch):
    import pipeline.readers.pdf as pdf

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "school-governors-decoy-fgb-2020-03-23.pdf", raw)
    extract_paths([raw], tmp_path / "one", workers=0, use_cache=False)
    forks = tmp_path / "forks.log"
    real = pdf._fork_range

    def logged(path, raw_bytes, numbers):  # runs in the worker process: tell the test by a file
        with open(forks, "a") as log:
            log.write(f"{numbers.start}-{numbers.stop}\n")
        return real(path, raw_bytes, numbers)

    monkeypatch.setattr(pdf, "SPLIT_MIN_PAGES", 2)  # forked workers inherit the patches
    monkeypatch.setattr(pdf, "_fork_range", logged)
    extract_paths([raw], tmp_path / "two", workers=2, use_cache=False)
    assert forks.read_text() == "7-13\n"  # pages 7-12 read beside the worker reading 1-6
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")
