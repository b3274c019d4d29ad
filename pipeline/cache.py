"""Content-hash cache of per-file results, so an unchanged file is never re-extracted.

An entry is keyed by the file's SHA-256, the path it was given as (records
name their ``source``, and the file name can date a meeting), the limits that
decide what a reader accepts, and a :func:`fingerprint` of everything that
decides the records: the package version and source, the rule files under
models/ (patterns, aliases, a saved pipeline) and the versions of the
libraries that read files. Changing any of those misses every entry.

Entries are JSON files written atomically (temp file, then rename), so a run
killed midway leaves only whole entries. After a run, entries it did not use
are pruned: the cache holds exactly the files of the last run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import __version__

PACKAGE_DIR = Path(__file__).resolve().parent
FORMAT = 1
_LIBRARIES = ["spacy", "pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "PyYAML"]


def _files(root: Path, suffixes: set[str] | None) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file()
                  and "__pycache__" not in p.parts
                  and not any(part.startswith(".") for part in p.relative_to(root).parts)
                  and (suffixes is None or p.suffix in suffixes))


@lru_cache(maxsize=None)
def fingerprint(models_dir: str | None = None) -> str:
    """Hash of the pipeline version, its source, its rule files and its reading libraries."""
    from .patterns import MODELS_DIR

    models = Path(models_dir) if models_dir else MODELS_DIR
    h = hashlib.sha256(f"format={FORMAT};version={__version__}".encode())
    for lib in _LIBRARIES:
        try:
            h.update(f";{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f";{lib}=-".encode())
    for root, suffixes in ((PACKAGE_DIR, {".py", ".json"}), (models, None)):
        for p in _files(root, suffixes):
            h.update(b"\0" + str(p.relative_to(root)).encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def file_sha256(path: Path, max_bytes: int) -> str | None:
    """The file's SHA-256, or None when it cannot be read or is past max_bytes (never cached)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


class Cache:
    """Entries under one folder; ``get``/``put`` by key, ``prune`` what a run did not use."""

    def __init__(self, folder: str | Path, fingerprint: str, limits_key: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.limits_key = limits_key
        self.used: set[str] = set()

    def key(self, source: str, sha256: str, bounds: str = "") -> str:
        """The entry of a file's bytes given as ``source``; with ``bounds`` (the time and
        memory bounds), the entry of a file that ran past one of them under those bounds."""
        parts = [self.fingerprint, self.limits_key, source, sha256] + ([bounds] if bounds else [])
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        self.used.add(key)
        return self._path(key).is_file()

    def get(self, key: str) -> dict | None:
        self.used.add(key)
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: dict) -> None:
        self.used.add(key)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> int:
        """Delete entries (and stray temp files) this run did not use; how many went."""
        if not self.folder.is_dir():
            return 0
        gone = 0
        for sub in self.folder.iterdir():
            if not sub.is_dir():
                continue
            for f in sub.iterdir():
                if f.suffix == ".tmp" or f.stem not in self.used:
                    f.unlink(missing_ok=True)
                    gone += f.suffix != ".tmp"
            try:
                sub.rmdir()
            except OSError:
                pass
        return gone
