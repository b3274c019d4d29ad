"""Atomic JSONL output: a run that dies midway leaves the previous outputs whole.

Records stream into temporary files beside the outputs (``.NAME.PID.*.tmp``);
only when the whole batch is done are they flushed and synced, a commit
journal naming every rename is written, and the files are renamed over the
old ones. A run killed during those renames is rolled forward by the next
writer opened on the folder, so the outputs are always one whole run's. Temp
files left by a killed run are removed when the next writer opens.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Iterable

JOURNAL = ".commit.json"
_TMP = re.compile(r"^\.(?P<name>[\w-]+)\.(?P<pid>\d+)\..*\.tmp$")


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(out_dir: str | Path) -> None:
    """Finish a commit a killed run started, then drop temp files of dead runs."""
    out_dir = Path(out_dir)
    journal = out_dir / JOURNAL
    if journal.exists():
        try:
            pairs = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pairs = []  # the journal itself was not finished: nothing was renamed yet
        for tmp, final in pairs:
            if (out_dir / tmp).exists():
                os.replace(out_dir / tmp, out_dir / final)
        _fsync_dir(out_dir)
        journal.unlink(missing_ok=True)
    for f in out_dir.iterdir():
        m = _TMP.match(f.name)
        if m and not _alive(int(m.group("pid"))):
            f.unlink(missing_ok=True)


class AtomicJsonlWriter:
    """Write several JSONL files in one directory, all replaced at commit.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with AtomicJsonlWriter(d, ["a"]) as w:
    ...     w.write("a", [{"x": 1}])
    >>> (d / "a.jsonl").read_text()
    '{"x":1}\\n'
    >>> sorted(p.name for p in d.iterdir())
    ['a.jsonl']
    """

    def __init__(self, out_dir: str | Path, names: Iterable[str]) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        recover(self.out_dir)
        self._files: dict[str, tuple[IO[str], str]] = {}
        for name in names:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=self.out_dir)
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
        pairs = [[Path(tmp).name, f"{name}.jsonl"] for name, (_, tmp) in self._files.items()]
        for tmp, _ in pairs:
            os.chmod(self.out_dir / tmp, 0o644)
        fd, jtmp = tempfile.mkstemp(prefix=f".journal.{os.getpid()}.", suffix=".tmp", dir=self.out_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(pairs))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(jtmp, self.out_dir / JOURNAL)  # from here on the commit is decided
        for tmp, final in pairs:
            os.replace(self.out_dir / tmp, self.out_dir / final)
        _fsync_dir(self.out_dir)
        (self.out_dir / JOURNAL).unlink()
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
