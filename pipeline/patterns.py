"""Rule patterns as data: JSONL files of ``{"label", "pattern", "id"}`` under models/.

One source of truth: the rulers load these files, every record names the ids
of the rules that produced it, and :func:`validate_patterns` checks them with
spaCy's own pattern schema before anything runs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .errors import ErrorCode, MinutesError

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
PATTERNS_DIR = MODELS_DIR / "patterns"


def load_jsonl(path: str | Path) -> list[dict]:
    """Read a JSONL pattern file; each line must have label, pattern and id."""
    path = Path(path)
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MinutesError(ErrorCode.E010, f"{path}:{n}", detail=f"not JSON: {exc.msg}") from exc
        missing = {"label", "pattern", "id"} - set(row)
        if missing:
            raise MinutesError(ErrorCode.E010, f"{path}:{n}", detail=f"missing {sorted(missing)}")
        rows.append(row)
    return rows


def validate_patterns(rows: list[dict], where: str = "patterns") -> None:
    """Raise E010 for a token pattern spaCy's Matcher would refuse.

    >>> validate_patterns([{"label": "X", "pattern": [{"LOWER": "present"}], "id": "x"}])
    >>> validate_patterns([{"label": "X", "pattern": [{"LOWR": "present"}], "id": "bad"}])
    Traceback (most recent call last):
    ...
    pipeline.errors.MinutesError: patterns: E010 invalid rule pattern (bad: ...
    """
    from spacy.schemas import validate_token_pattern

    ids = set()
    for row in rows:
        if row["id"] in ids:
            raise MinutesError(ErrorCode.E010, where, detail=f"duplicate id {row['id']!r}")
        ids.add(row["id"])
        pattern = row["pattern"]
        if isinstance(pattern, str):
            if not pattern.strip():
                raise MinutesError(ErrorCode.E010, where, detail=f"{row['id']}: empty phrase")
            continue
        if not isinstance(pattern, list) or not pattern:
            raise MinutesError(ErrorCode.E010, where, detail=f"{row['id']}: pattern must be a list or a string")
        errors = validate_token_pattern(pattern)
        if errors:
            raise MinutesError(ErrorCode.E010, where, detail=f"{row['id']}: {'; '.join(errors)}")


@lru_cache(maxsize=None)
def vocabulary(name: str) -> tuple[dict, ...]:
    """Rows of a pattern file under models/patterns, validated, read once."""
    path = PATTERNS_DIR / f"{name}.jsonl"
    rows = load_jsonl(path)
    validate_patterns(rows, str(path))
    return tuple(rows)
