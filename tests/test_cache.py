"""The content-hash cache: unchanged files are not re-extracted, anything that matters invalidates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import cache as cache_mod
from pipeline.cli import main
from pipeline.extract import extract_paths
from pipeline.readers import Limits
from tests.conftest import read_jsonl

DOCS = {
    "a.txt": "Minutes of the Board\n3 May 2021\n\nPresent: Ann Lee, Bob Roe\n",
    "b.txt": "Minutes of the Trust\n4 June 2021\n\nPresent: Cara Doe\n",
    "c.txt": "Minutes of the Panel\n5 July 2021\n\nPresent: Dan Fox, Eve Hill\n",
}


@pytest.fixture
def folder(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text)
    return raw, tmp_path / "out"


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def entries(cache_dir: Path) -> int:
    return len(list(cache_dir.glob("*/*.json")))


def test_an_unchanged_folder_is_not_re_extracted_and_gives_the_same_bytes(folder):
    raw, out = folder
    first = extract_paths([raw], out, workers=2)
    assert (first.extracted, first.cached) == (3, 0)
    before = outputs(out)
    second = extract_paths([raw], out, workers=2)
    assert (second.extracted, second.cached) == (0, 3)
    assert outputs(out) == before
    assert second.counts == first.counts and second.documents == 3
    assert entries(out / ".cache") == 3


def test_a_changed_file_is_re_extracted_and_only_it(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    (raw / "b.txt").write_text("Minutes of the Trust\n9 June 2021\n\nPresent: Cara Doe, Gil Ray\n")
    again = extract_paths([raw], out, workers=1)
    assert (again.extracted, again.cached) == (1, 2)
    dates = {Path(m["source"]).name: m["date"] for m in read_jsonl(out / "meetings.jsonl")}
    assert dates == {"a.txt": "2021-05-03", "b.txt": "2021-06-09", "c.txt": "2021-07-05"}
    names = sorted(a["name"] for a in read_jsonl(out / "attendees.jsonl") if a["source"].endswith("b.txt"))
    assert names == ["Cara Doe", "Gil Ray"]
    assert entries(out / ".cache") == 3  # the stale entry of b.txt was pruned


def test_a_deleted_file_leaves_the_outputs_and_the_cache(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    (raw / "c.txt").unlink()
    again = extract_paths([raw], out, workers=1)
    assert (again.extracted, again.cached, again.documents) == (0, 2, 2)
    for f in out.glob("*.jsonl"):
        assert not [r for r in read_jsonl(f) if r["source"].endswith("c.txt")], f.name
    assert entries(out / ".cache") == 2


def test_force_re_extracts_everything_with_the_same_result(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    before = outputs(out)
    again = extract_paths([raw], out, workers=1, force=True)
    assert (again.extracted, again.cached) == (3, 0)
    assert outputs(out) == before


def test_a_new_pipeline_fingerprint_invalidates_every_entry(folder, monkeypatch):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    monkeypatch.setattr(cache_mod, "fingerprint", lambda: "another pipeline")
    again = extract_paths([raw], out, workers=1)
    assert (again.extracted, again.cached) == (3, 0)
    assert entries(out / ".cache") == 3  # the old entries were pruned


def test_changed_limits_invalidate_and_a_limit_error_is_cached(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    small = Limits(max_chars=55)  # b.txt (52 characters) fits
    again = extract_paths([raw], out, workers=1, limits=small)
    assert (again.extracted, again.cached, again.failures) == (3, 0, 2)
    third = extract_paths([raw], out, workers=1, limits=small)
    assert (third.extracted, third.cached, third.failures) == (0, 3, 2)
    assert [Path(e["source"]).name for e in read_jsonl(out / "errors.jsonl")] == ["a.txt", "c.txt"]


def test_the_same_bytes_under_another_path_are_extracted_for_that_path(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    shutil.copy(raw / "a.txt", raw / "a-copy.txt")
    again = extract_paths([raw], out, workers=1)
    assert (again.extracted, again.cached) == (1, 3)
    sources = [m["source"] for m in read_jsonl(out / "meetings.jsonl")]
    assert sources == [str(raw / n) for n in ["a-copy.txt", "a.txt", "b.txt", "c.txt"]]


def test_a_corrupt_entry_is_a_miss_not_a_failure(folder):
    raw, out = folder
    extract_paths([raw], out, workers=1)
    before = outputs(out)
    for entry in (out / ".cache").glob("*/*.json"):
        entry.write_text('{"records": [')  # as if cut short
        break
    again = extract_paths([raw], out, workers=1)
    assert (again.extracted, again.cached) == (1, 2)
    assert outputs(out) == before


@pytest.mark.parametrize("change", ["pattern", "alias", "version", "source"])
def test_the_fingerprint_follows_rules_version_and_source(tmp_path, monkeypatch, change):
    root = Path(cache_mod.__file__).resolve().parent.parent
    models = tmp_path / "models"
    shutil.copytree(root / "models", models, ignore=shutil.ignore_patterns("pipeline"))
    package = tmp_path / "pipeline"
    shutil.copytree(root / "pipeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", package)
    cache_mod.fingerprint.cache_clear()
    before = cache_mod.fingerprint(str(models))
    assert cache_mod.fingerprint(str(models)) == before
    if change == "pattern":
        f = sorted((models / "patterns").glob("*.jsonl"))[0]
        f.write_text(f.read_text() + "// a comment changes the file\n")
    elif change == "alias":
        (models / "aliases.jsonl").write_text('{"alias": "Probation", "owner": "PS"}\n')
    elif change == "version":
        monkeypatch.setattr(cache_mod, "__version__", "99.0")
    else:
        (package / "stages" / "agenda.py").write_text((package / "stages" / "agenda.py").read_text() + "\n#\n")
    cache_mod.fingerprint.cache_clear()
    try:
        assert cache_mod.fingerprint(str(models)) != before
    finally:
        cache_mod.fingerprint.cache_clear()


def test_cli_force_cache_dir_and_no_cache(folder, capsys):
    raw, out = folder
    cache_dir = out.parent / "elsewhere"
    args = ["extract", str(raw), "--out", str(out), "--workers", "1", "--quiet", "--cache-dir", str(cache_dir)]
    assert main(args) == 0
    assert "3 extracted, 0 from cache" in capsys.readouterr().err
    assert entries(cache_dir) == 3 and not (out / ".cache").exists()
    assert main(args) == 0
    assert "0 extracted, 3 from cache" in capsys.readouterr().err
    assert main(args + ["--force"]) == 0
    assert "3 extracted, 0 from cache" in capsys.readouterr().err
    assert main(["extract", str(raw), "--out", str(out.parent / "plain"), "--workers", "1", "--quiet",
                 "--no-cache"]) == 0
    assert "3 extracted, 0 from cache" in capsys.readouterr().err
    assert not (out.parent / "plain" / ".cache").exists()
    assert outputs(out) == outputs(out.parent / "plain")
