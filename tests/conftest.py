"""Shared fixtures: one pipeline per session, and the extraction of data/raw once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
LABELLED = ROOT / "data" / "labelled"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Process a string as a plain-text file would be: ``run(text) -> Doc``."""
    from pipeline.nlp import process_text

    return lambda text: process_text(nlp, text)


@pytest.fixture(scope="session")
def run_md(nlp, tmp_path_factory):
    """Process a string as a Markdown file would be: ``run_md(text) -> Doc``."""
    from pipeline.nlp import process
    from pipeline.readers import read_path

    folder = tmp_path_factory.mktemp("md")

    def _run(text: str):
        path = folder / "minutes.md"
        path.write_text(text, encoding="utf-8")
        return process(nlp, read_path(str(path)))

    return _run


@pytest.fixture(scope="session")
def extracted(tmp_path_factory):
    """data/raw extracted once per session: the output folder."""
    from pipeline.extract import extract_paths

    out = tmp_path_factory.mktemp("processed")
    summary = extract_paths([RAW], out, workers=2)
    return out, summary


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold(name: str) -> dict:
    return json.loads((LABELLED / name).read_text(encoding="utf-8"))
