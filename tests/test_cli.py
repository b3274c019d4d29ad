"""The command line: every command has help; extract writes the contract and reports failures."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.cli import build_parser, main
from pipeline.commands import COMMANDS
from tests.conftest import read_jsonl


@pytest.mark.parametrize("command", [m.NAME for m in COMMANDS])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: minutes {command}")


def test_top_level_help_lists_every_command():
    text = build_parser().format_help()
    for m in COMMANDS:
        assert m.NAME in text


def test_python_dash_m_runs_the_cli():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout


def test_extract_batch_with_a_bad_file_keeps_the_good_ones(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Minutes of the Parish Council\n12 March 2021\n\nPresent: Ann Lee, Bob Roe\n")
    (raw / "bad.pdf").write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "out"
    code = main(["extract", str(raw), "--out", str(out), "--workers", "1", "--quiet"])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.pdf" in err and "E004" in err
    errors = read_jsonl(out / "errors.jsonl")
    assert [(e["source"].endswith("bad.pdf"), e["code"]) for e in errors] == [(True, "E004")]
    meetings = read_jsonl(out / "meetings.jsonl")
    assert [m["date"] for m in meetings] == ["2021-03-12"]
    assert sorted(a["name"] for a in read_jsonl(out / "attendees.jsonl")) == ["Ann Lee", "Bob Roe"]


def test_a_failed_run_leaves_previous_outputs_whole(tmp_path, monkeypatch):
    from pipeline import extract as ex

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Minutes\n1 May 2020\nPresent: Ann Lee\n")
    out = tmp_path / "out"
    ex.extract_paths([raw], out)
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}

    def dying(files, limits, workers):
        yield ex.extract_one(files[0], limits)
        raise RuntimeError("killed midway")

    monkeypatch.setattr(ex, "_outcomes", dying)
    with pytest.raises(RuntimeError):
        ex.extract_paths([raw], out, force=True)  # force: not from the cache of the first run
    after = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    assert after == before
    assert not list(out.glob(".*.tmp"))


def test_error_codes_doc_lists_every_code():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("gen_errors", root / "docs" / "gen_errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (root / "docs" / "errors.md").read_text(encoding="utf-8") == mod.render()
