"""Numbers as minutes write them, normalised to values in base units."""

from __future__ import annotations

import re

WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000,
          "bn": 1_000_000_000, "billion": 1_000_000_000, "hundred": 100}
CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR", "p": "GBP"}


def parse_number(text: str) -> float | int | None:
    """The value of one written number.

    >>> [parse_number(t) for t in ["38,000", "1.2bn", "450k", "twenty-one", "Thirteen", "609.48", "x"]]
    [38000, 1200000000, 450000, 21, 13, 609.48, None]
    """
    t = text.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(k|m|bn|thousand|million|billion)?", t)
    if m:
        value = float(m.group(1)) * SCALES.get(m.group(2) or "", 1)
        return int(value) if value == int(value) else round(value, 6)
    parts = re.split(r"[-\s]+", t)
    if parts and all(p in WORDS or p in SCALES for p in parts):
        total = 0
        for p in parts:
            if p in SCALES and total:
                total *= SCALES[p]
            else:
                total += WORDS.get(p, 0)
        return total
    return None


def singular(noun: str) -> str:
    """Singular of a counted noun.

    >>> [singular(n) for n in ["boroughs", "prisoners", "people", "libraries", "classes", "staff"]]
    ['borough', 'prisoner', 'person', 'library', 'class', 'staff']
    """
    n = noun.lower()
    irregular = {"people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff"}
    if n in irregular:
        return irregular[n]
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("sses", "xes", "ches", "shes")):
        return n[:-2]
    if n.endswith("s") and not n.endswith("ss"):
        return n[:-1]
    return n
