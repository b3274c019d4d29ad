"""Optional extra sections of the eval report, without importing anything heavy.

A module named in :data:`SECTION_HOOKS` that exists in this package (e.g.
``pipeline/evaluate/quantulum.py``) is picked up by ``minutes eval``. It defines

- ``section(gold_dir, pred_dir, result) -> Section | None``: called after scoring with the
  result dict (what eval.json holds); return None to add nothing (e.g. when an optional
  dependency is missing or the section was not asked for);
- optionally ``add_arguments(parser)``: extra ``minutes eval`` options (the parsed
  arguments reach ``section`` as the keyword ``args`` when it accepts one).

A section's ``table`` (a pandas DataFrame or text) is printed under its ``title`` in
eval.txt; its ``data`` goes to eval.json under ``sections[title]``.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from typing import Any

#: optional modules of pipeline.evaluate that add a section to the report
SECTION_HOOKS: tuple[str, ...] = ("quantulum",)


@dataclass
class Section:
    """An extra part of the report: a title, a table (DataFrame or text) and JSON data."""

    title: str
    table: Any
    data: dict[str, Any] = field(default_factory=dict)


def hook_modules() -> list:
    """The section hook modules present in this installation.

    >>> [m.__name__ for m in hook_modules() if not hasattr(m, "section")]
    []
    """
    mods = []
    for name in SECTION_HOOKS:
        full = f"{__package__}.{name}"
        if importlib.util.find_spec(full) is not None:
            mods.append(importlib.import_module(full))
    return mods
