"""Atomic JSONL output: a run that dies midway leaves the previous outputs whole.

Records stream into temporary files beside the outputs; only when the whole
batch is done are they flushed, synced and renamed over the old files.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO, Iterable


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


class AtomicJsonlWriter:
    """Write several JSONL files in one directory, all replaced at commit.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with AtomicJsonlWriter(d, ["a"]) as w:
    ...     w.write("a", [{"x": 1}])
    >>> (d / "a.jsonl").read_text()
    '{"x":1}\\n'
    """

    def __init__(self, out_dir: str | Path, names: Iterable[str]) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, tuple[IO[str], str]] = {}
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out_dir)
            self._files[name] = (os.fdopen(fd, "w", encoding="utf-8", newline="\n"), tmp)

    def write(self, name: str, records: Iterable[dict]) -> None:
        fh = self._files[name][0]
        for rec in records:
            fh.write(dumps(rec) + "\n")

    def commit(self) -> None:
        for fh, _ in self._files.values():
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
        for name, (_, tmp) in self._files.items():
            os.chmod(tmp, 0o644)
            os.replace(tmp, self.out_dir / f"{name}.jsonl")
        self._files = {}

    def abort(self) -> None:
        for fh, tmp in self._files.values():
            fh.close()
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self._files = {}

    def __enter__(self) -> "AtomicJsonlWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
