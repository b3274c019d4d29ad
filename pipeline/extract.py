"""The main job: a folder of minutes in, JSONL record sets out.

``extract_paths`` finds every file under the paths given, reads it, runs
the pipeline, and writes ``meetings.jsonl``, ``attendees.jsonl``,
``agenda_items.jsonl``, ``actions.jsonl``, ``statistics.jsonl`` and
``errors.jsonl`` atomically. A bad file is an error record, never the end of
the batch.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ErrorCode, MinutesError
from .readers import Limits, read_path
from .records import RECORD_TYPES, doc_records
from .writer import AtomicJsonlWriter

_NLP = None


def _nlp():
    global _NLP
    if _NLP is None:
        from .nlp import load_nlp
        from .patterns import MODELS_DIR

        _NLP = load_nlp(MODELS_DIR / "pipeline")
    return _NLP


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Every file under the paths, recursively, in a stable order; hidden files skipped."""
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found += [f for f in p.rglob("*") if f.is_file()
                      and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        else:
            found.append(p)
    return sorted(set(found), key=lambda f: str(f))


@dataclass
class Outcome:
    path: str
    records: dict[str, list[dict]] | None = None
    error: dict | None = None
    words: int = 0
    pages: int = 0


def extract_one(path: Path, limits: Limits = Limits()) -> Outcome:
    """Read and process one file; every failure becomes an error record."""
    try:
        src = read_path(path, limits)
    except MinutesError as exc:
        return Outcome(str(path), error=exc.to_record())
    except Exception as exc:  # a reader bug must not stop the batch
        err = MinutesError(ErrorCode.E004, path, detail=f"{type(exc).__name__}: {exc}"[:300])
        return Outcome(str(path), error=err.to_record())
    try:
        from .nlp import process

        doc = process(_nlp(), src)
        return Outcome(str(path), records=doc_records(doc, str(path)), words=src.words, pages=src.pages or 0)
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}; " + traceback.format_exc(limit=-1).strip().splitlines()[-1]
        err = MinutesError(ErrorCode.E009, path, detail=detail[:300])
        return Outcome(str(path), error=err.to_record())


@dataclass
class Summary:
    documents: int = 0
    failures: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {k: 0 for k in RECORD_TYPES})

    def line(self) -> str:
        parts = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        return f"{self.documents} documents read, {self.failures} failed; records: {parts}"


def _outcomes(files: list[Path], limits: Limits, workers: int) -> Iterator[Outcome]:
    if workers <= 1 or len(files) <= 1:
        for f in files:
            yield extract_one(f, limits)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(extract_one, limits=limits), files, chunksize=1)


def extract_paths(paths: Iterable[str | Path], out_dir: str | Path, workers: int = 1,
                  limits: Limits = Limits(), progress: bool = False) -> Summary:
    """Extract every file under ``paths`` into ``out_dir``; returns a summary."""
    files = discover(paths)
    summary = Summary()
    bar = None
    if progress and len(files) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="doc", file=sys.stderr, leave=False)
    with AtomicJsonlWriter(out_dir, RECORD_TYPES + ["errors"]) as writer:
        for outcome in _outcomes(files, limits, workers):
            summary.documents += 1
            if outcome.error:
                summary.failures += 1
                writer.write("errors", [outcome.error])
                msg = f"error: {outcome.error['source']}: {outcome.error['code']} {outcome.error['reason']}. {outcome.error['hint']}"
                (bar.write if bar else print)(msg, file=sys.stderr)
            else:
                for kind in RECORD_TYPES:
                    recs = outcome.records[kind]
                    summary.counts[kind] += len(recs)
                    writer.write(kind, recs)
            if bar:
                bar.update(1)
    if bar:
        bar.close()
    return summary
