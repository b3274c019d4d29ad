"""JSON Schemas of the output records, one per record type (``<type>.schema.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def schema(record_type: str) -> dict:
    return json.loads((HERE / f"{record_type}.schema.json").read_text(encoding="utf-8"))


def validator(record_type: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(record_type))
