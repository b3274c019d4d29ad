"""The main job: a folder of minutes in, JSONL record sets out.

``extract_paths`` finds every file under the paths given, reads it, runs
the pipeline, and writes ``meetings.jsonl``, ``attendees.jsonl``,
``agenda_items.jsonl``, ``actions.jsonl``, ``statistics.jsonl`` and
``errors.jsonl`` atomically. A bad file is an error record, never the end of
the batch.

* **Parallel and streaming.** Files go to worker processes (``workers``),
  each loading the spaCy pipeline once; at most ``2 x workers`` files are in
  flight, and results are written in file order as they come, so memory stays
  flat whatever the size of the batch.
* **Bounded.** A worker that takes longer than ``limits.max_seconds`` on a
  file is killed and replaced (E007), one past ``limits.max_memory_mb`` fails
  that file (E007), one that dies fails that file only (E009).
* **Repeatable.** Outputs follow the sorted file paths, so the worker count
  and the order of the paths given change nothing.
* **Incremental.** Results are cached by content (:mod:`pipeline.cache`): a
  re-run re-extracts only new or changed files; ``force`` redoes everything.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import sys
import time
import traceback
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Generator, Iterable

from .errors import ErrorCode, MinutesError
from .readers import Limits, read_path
from .records import RECORD_TYPES
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
    sha256: str | None = None  # of the bytes the reader read
    cacheable: bool = True  # False for failures that depend on the machine (time, memory, crash)
    bounded: bool = False  # a failure for running past the time or memory bound: cached under them

    def to_entry(self) -> dict:
        return {"path": self.path, "records": self.records, "error": self.error,
                "words": self.words, "pages": self.pages, "sha256": self.sha256}

    @classmethod
    def from_entry(cls, entry, sha256: str | None) -> "Outcome | None":
        """The outcome a cache entry holds, or None when it is not a whole entry for these bytes."""
        try:
            records, error = entry["records"], entry["error"]
            if entry["sha256"] not in (None, sha256) or (records is None) == (error is None):
                return None
            if records is not None and sorted(records) != sorted(RECORD_TYPES):
                return None
            return cls(entry["path"], records, error, int(entry["words"]), int(entry["pages"]),
                       entry["sha256"])
        except (KeyError, TypeError, ValueError):
            return None


def _failure(path: Path, code: ErrorCode, detail: str = "", cacheable: bool = True,
             bounded: bool = False) -> Outcome:
    return Outcome(str(path), error=MinutesError(code, path, detail=detail).to_record(), cacheable=cacheable,
                   bounded=bounded)


def extract_one(path: Path, limits: Limits = Limits(), processes: int = 1) -> Outcome:
    """Read and process one file; every failure becomes an error record.

    ``processes``: how many processes reading may use at once (idle cores of the pool).
    """
    try:
        src = read_path(path, limits, processes)
    except MinutesError as exc:
        return Outcome(str(path), error=exc.to_record(), cacheable=exc.code is not ErrorCode.E006)
    except MemoryError:
        return _failure(path, ErrorCode.E007, f"memory limit of {limits.max_memory_mb} MB per worker",
                        cacheable=False, bounded=True)
    except Exception as exc:  # read_path should raise nothing else; a bug must not stop the batch
        return _failure(path, ErrorCode.E004, f"{type(exc).__name__}: {exc}"[:300])
    try:
        from .nlp import process
        from .records import doc_records

        nlp = _nlp()
        nlp.max_length = max(nlp.max_length, limits.max_chars + 1)
        doc = process(nlp, src)
        return Outcome(str(path), records=doc_records(doc, str(path)), words=src.words,
                       pages=src.pages or 0, sha256=src.sha256)
    except MemoryError:
        return _failure(path, ErrorCode.E007, f"memory limit of {limits.max_memory_mb} MB per worker",
                        cacheable=False, bounded=True)
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}; " + traceback.format_exc(limit=-1).strip().splitlines()[-1]
        return _failure(path, ErrorCode.E009, detail[:300])


@dataclass
class Summary:
    documents: int = 0
    failures: int = 0
    extracted: int = 0  # files read and processed in this run
    cached: int = 0  # files whose records came from the cache
    words: int = 0
    pages: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {k: 0 for k in RECORD_TYPES})
    worker_peak_kb: list[int] = field(default_factory=list)  # peak RSS of each worker process

    def line(self) -> str:
        parts = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        return (f"{self.documents} documents read ({self.extracted} extracted, {self.cached} from cache), "
                f"{self.failures} failed; records: {parts}")


# ---------------------------------------------------------------- worker pool

def _maxrss_kb() -> int:
    """Peak RSS of this process and the readers it forked for a long PDF: its own peak plus
    the largest reader's times the most it ran at once (an upper bound: shared pages count
    twice, and the peaks need not have been at the same moment)."""
    from .readers import pdf

    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + children * pdf.most_readers


def _worker_main(conn, limits: Limits) -> None:
    """Loop of one worker process: receive (index, path, spare workers), send (index, Outcome)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if limits.max_memory_mb:
        cap = limits.max_memory_mb * 1024 * 1024
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or cap < hard:
                resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError):
            pass
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if msg is None:
            try:
                conn.send(("peak", _maxrss_kb()))
            except OSError:
                pass
            return
        index, path, spare = msg
        outcome = extract_one(Path(path), limits, processes=min(1 + spare, os.cpu_count() or 1))
        try:
            conn.send((index, outcome))
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx, limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, limits), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, Path, float] | None = None

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def _outcomes(files: list[Path], limits: Limits, workers: int) -> Generator[Outcome, None, list[int]]:
    """Outcomes of ``files`` in their order, computed by ``workers`` processes.

    ``workers`` 0 runs in this process (no time or memory bound). When
    exhausted, the generator returns the peak RSS (KiB) of each worker.
    """
    peaks: list[int] = []
    if workers <= 0:
        for f in files:
            yield extract_one(f, limits)
        return peaks
    ctx = _context()
    n = min(workers, len(files))
    pool = [_Worker(ctx, limits) for _ in range(n)]
    todo = deque(enumerate(files))
    done: dict[int, Outcome] = {}
    window = 2 * n
    next_out = 0
    try:
        while next_out < len(files):
            for w in pool:
                if w.task is None and todo and todo[0][0] < next_out + window:
                    index, path = todo.popleft()
                    w.task = (index, path, time.monotonic())
                    # the workers asked for that will have nothing to do while this file is read (idle,
                    # or never started for want of files): its reader may use their share of the machine
                    spare = 0 if todo else workers - len(pool) + sum(1 for o in pool if o.task is None)
                    try:
                        w.conn.send((index, str(path), spare))
                    except OSError:
                        pass  # the worker is dead: found below, and the file reported
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if next_out >= len(files):
                break
            busy = [w for w in pool if w.task is not None]
            if not busy:
                continue
            timeout = None
            if limits.max_seconds:
                now = time.monotonic()
                timeout = max(0.0, min(w.task[2] + limits.max_seconds - now for w in busy))
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            for k, w in enumerate(pool):
                if w.task is None:
                    continue
                index, path, started = w.task
                result = None
                if w.conn.poll():
                    try:
                        got, result = w.conn.recv()
                    except (EOFError, OSError):
                        got, result = None, None
                    if got != index:
                        result = None
                if result is not None:
                    done[index] = result
                    w.task = None
                    continue
                if not w.process.is_alive():
                    code = w.process.exitcode
                    why = "killed, probably for lack of memory" if code == -9 else f"exit status {code}"
                    done[index] = _failure(path, ErrorCode.E009, f"the worker process died ({why})",
                                           cacheable=False)
                elif limits.max_seconds and time.monotonic() - started >= limits.max_seconds:
                    done[index] = _failure(path, ErrorCode.E007,
                                           f"took longer than max_seconds {limits.max_seconds:g}",
                                           cacheable=False, bounded=True)
                else:
                    continue
                w.kill()
                pool[k] = _Worker(ctx, limits)
    finally:
        for w in pool:
            if w.task is None and w.process.is_alive():
                try:
                    w.conn.send(None)
                    if w.conn.poll(5):
                        tag, kb = w.conn.recv()
                        if tag == "peak":
                            peaks.append(kb)
                except (OSError, EOFError, ValueError):
                    pass
                w.process.join(5)
            w.kill()
    return peaks


# ---------------------------------------------------------------- the batch

def extract_paths(paths: Iterable[str | Path], out_dir: str | Path, workers: int = 1,
                  limits: Limits = Limits(), progress: bool = False, *,
                  cache_dir: str | Path | None = None, use_cache: bool = True,
                  force: bool = False) -> Summary:
    """Extract every file under ``paths`` into ``out_dir``; returns a summary.

    Results are cached in ``cache_dir`` (default ``out_dir/.cache``): a file
    whose bytes, path, limits and pipeline are unchanged is not re-extracted.
    ``force`` re-extracts everything (and refreshes the cache); ``use_cache``
    False neither reads nor writes it.
    """
    from .cache import Cache, file_sha256, fingerprint

    files = discover(paths)
    summary = Summary()
    out_dir = Path(out_dir)
    cache = None
    if use_cache:
        cache = Cache(cache_dir if cache_dir is not None else out_dir / ".cache",
                      fingerprint(), limits.content_key())
    # (path, its sha256 or None, its cache keys or None, the key the cache has it under or
    # None), in output order; entries are read only when their turn comes, so memory stays flat
    plan: list[tuple[Path, str | None, tuple[str, str] | None, str | None]] = []
    for f in files:
        sha = keys = hit = None
        if cache is not None:
            sha = file_sha256(f, limits.max_bytes)
            if sha is not None:
                # its records or error; or that the same time and memory bounds stopped it before
                keys = (cache.key(str(f), sha), cache.key(str(f), sha, limits.bounds_key()))
                if not force:
                    hit = next((k for k in keys if cache.has(k)), None)
        plan.append((f, sha, keys, hit))
    to_extract = [f for f, _, _, hit in plan if not hit]
    bar = None
    if progress and len(files) > 1:
        import tqdm

        tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
        bar = tqdm.tqdm(total=len(files), unit="doc", file=sys.stderr, leave=False)
    outcomes = _outcomes(to_extract, limits, workers)
    with closing(outcomes), AtomicJsonlWriter(out_dir, RECORD_TYPES + ["errors"]) as writer:
        for f, sha, keys, hit in plan:
            outcome = Outcome.from_entry(cache.get(hit), sha) if hit else None
            if outcome is not None:
                summary.cached += 1
            else:
                # not cached, or an entry gone bad since the plan: extract it here
                outcome = extract_one(f, limits) if hit else next(outcomes)
                summary.extracted += 1
                if keys is not None and (outcome.cacheable or outcome.bounded) and outcome.sha256 in (None, sha):
                    cache.put(keys[0] if outcome.cacheable else keys[1], outcome.to_entry())
            summary.documents += 1
            summary.words += outcome.words
            summary.pages += outcome.pages
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
        try:  # run the pool to its end: it shuts down and reports its peaks
            next(outcomes)
        except StopIteration as stop:
            summary.worker_peak_kb = list(stop.value or [])
    if bar:
        bar.close()
    if cache is not None:
        cache.prune()
    return summary
