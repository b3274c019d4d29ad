"""Agenda stage: the items of business, in order, with their spans.

Level 1: numbered headings whose numbers run forward (1, 2, 3 ... or
minute references such as 135/19), numbered first cells of an items table,
and unnumbered headings that the source marks as such. A number that goes
backwards starts a list inside an item, not a new item. Numbered rows of an
action table are never items. Sub-headings inside an item are level 2.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .base import evidence
from .layout import Block, _heading_like

_MAJOR = re.compile(r"(\d+)")


def major(number: str) -> tuple[int, ...]:
    """Sort key of an item number.

    >>> major("4a"), major("5.2"), major("FGB 20/2021"), major("01")
    ((4,), (5, 2), (20,), (1,))
    """
    head = number.split("/")[0]
    return tuple(int(n) for n in _MAJOR.findall(head)) or (0,)


def _prefix(number: str) -> str:
    return re.sub(r"[\d/.\s]+[a-z]?$", "", number)


@Language.factory("minutes_agenda", assigns=["doc._.agenda_items"], requires=["doc._.layout"])
def make_agenda(nlp: Language, name: str):
    return AgendaComponent()


class AgendaComponent:
    def __call__(self, doc: Doc) -> Doc:
        blocks: list[Block] = doc._.layout
        text = doc.text
        items: list[dict] = []
        last: tuple[int, ...] | None = None
        scheme: str | None = None
        in_action_table = False
        for b in blocks:
            if b.label == "ACTION" and b.kind in ("label", "heading"):
                in_action_table = True
            elif b.kind in ("heading", "label") and b.label != "ACTION":
                in_action_table = False
            cand = self._candidate(doc, b, in_action_table)
            if cand is None:
                continue
            number, title, ts, te, rules = cand
            level = 1
            if number is not None:
                key = major(number)
                if scheme is None:
                    scheme = _prefix(number)
                if _prefix(number) != scheme:
                    continue
                if len(key) > 1 and any(major(it["number"])[:1] == key[:1] for it in items if it["number"] and it["level"] == 1):
                    level = 2
                elif last is not None and key[:1] < last[:1]:
                    continue  # numbering went backwards: a list inside an item
                elif last is not None and key[:1] == last[:1] and len(key) == 1:
                    continue  # the same number again: a repeated heading
                if level == 1:
                    last = key
            else:
                level = 1 if doc._.source.lines[b.index].heading in (1, 2) and items else 2
                if not items:
                    continue
            items.append({
                "number": number, "title": title, "level": level,
                "start": b.start, "evidence": [evidence(doc, ts, te, rules)],
            })
        # spans: an item runs to the start of the next item of the same or higher level
        for k, it in enumerate(items):
            nxt = next((o["start"] for o in items[k + 1:] if o["level"] <= it["level"]), len(text))
            it["span"] = [it["start"], nxt]
        doc._.agenda_items = items
        return doc

    def _candidate(self, doc: Doc, b: Block, in_action_table: bool):
        text = doc.text
        if b.kind == "heading" and b.number is not None:
            return b.number, b.title, b.title_start, b.end, b.rules + ["agenda.numbered-heading"]
        if b.kind == "row" and b.number is not None and b.cells and len(b.cells) >= 2 and not in_action_table:
            s, e = b.cells[1]
            first = text[s:e].split("\n")[0]
            if _heading_like(first) and len(first.split()) <= 12:
                return b.number, first.strip(), s, s + len(first), b.rules + ["agenda.numbered-row"]
        if b.kind == "heading" and b.number is None and b.title:
            return None, b.title, b.start, b.end, b.rules + ["agenda.unnumbered-heading"]
        return None
