"""Numbers as minutes write them, normalised to values in base units.

Small pure functions with doctests; the statistics stage calls them on the
tokens of a candidate span, so the busiest are memoised (they return immutable values).
"""

from __future__ import annotations

import re
from functools import lru_cache

WORDS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}
SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
          "bn": 1_000_000_000, "billion": 1_000_000_000, "hundred": 100}
CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR",
              "euro": "EUR", "euros": "EUR", "pounds": "GBP", "dollars": "USD"}
IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman",
                     "staff": "staff", "police": "police", "personnel": "personnel", "feet": "foot",
                     "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data"}
_NUMBER = re.compile(r"([-+]?\d+(?:\.\d+)?)\s*(k|m|mn|bn|thousand|million|billion)?\.?")


def clean(value: float) -> int | float:
    """An integral float as int, else rounded to 6 places.

    >>> clean(450000.0), clean(609.4800000001), clean(0.5)
    (450000, 609.48, 0.5)
    """
    return int(value) if float(value).is_integer() else round(value, 6)


@lru_cache(maxsize=1 << 16)  # pure, called on every number and counted noun
def parse_number(text: str) -> float | int | None:
    """The value of one written number, digits or words, with an optional scale.

    >>> [parse_number(t) for t in ["38,000", "1.2bn", "450k", "55K.", "twenty-one", "Thirteen", "609.48", "x"]]
    [38000, 1200000000, 450000, 55000, 21, 13, 609.48, None]
    >>> [parse_number(t) for t in ["3 million", "two hundred and fifty", "one hundred", "135/19", "10.12.21"]]
    [3000000, 250, 100, None, None]
    """
    t = text.strip().lower().replace(",", "")
    m = _NUMBER.fullmatch(t)
    if m:
        return clean(float(m.group(1)) * SCALES.get(m.group(2) or "", 1))
    parts = [p for p in re.split(r"[-\s]+", t) if p and p != "and"]
    if not parts:
        return None
    total, current, seen = 0, 0, False
    for p in parts:
        if p in WORDS and (p not in ("a", "an") or not seen):
            current += WORDS[p]
            seen = True
        elif p in SCALES and seen:
            if SCALES[p] == 100:
                current *= 100
            else:
                total += current * SCALES[p]
                current = 0
        elif _NUMBER.fullmatch(p) and not seen:
            current = parse_number(p)
            seen = True
        else:
            return None
    return clean(total + current) if seen else None


FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
             "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}


def denominator(word: str) -> int | None:
    """The whole a fraction word divides into.

    >>> denominator("thirds"), denominator("Quarter"), denominator("boroughs")
    (3, 4, None)
    """
    return FRACTIONS.get(word.lower())


@lru_cache(maxsize=1 << 16)  # pure, called on every number and counted noun
def suffixed(text: str) -> tuple[float | int, str] | None:
    """A one-token number with a letter suffix: value and suffix (lowercase).

    >>> suffixed("450k"), suffixed("55K."), suffixed("1.2bn"), suffixed("50p"), suffixed("25s"), suffixed("6BP")
    ((450, 'k'), (55, 'k'), (1.2, 'bn'), (50, 'p'), (25, 's'), None)
    """
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|mn|bn|p|s)\.?", text.strip(), re.I)
    if not m:
        return None
    return clean(float(m.group(1))), m.group(2).lower()


def scale_of(word: str) -> int | None:
    """Multiplier of a scale word or suffix.

    >>> scale_of("k"), scale_of("Million"), scale_of("bn"), scale_of("m"), scale_of("x")
    (1000, 1000000, 1000000000, 1000000, None)
    """
    s = SCALES.get(word.lower())
    return s if s and s != 100 else None


def currency_of(symbol: str) -> str | None:
    """ISO 4217 code of a currency symbol, code or word.

    >>> currency_of("£"), currency_of("EUR"), currency_of("euro"), currency_of("pence"), currency_of("%")
    ('GBP', 'EUR', 'EUR', 'GBP', None)
    """
    s = symbol.strip()
    if s.lower() in ("p", "pence", "penny"):
        return "GBP"
    return CURRENCIES.get(s) or CURRENCIES.get(s.lower())


@lru_cache(maxsize=1 << 16)  # pure, called on every number and counted noun
def is_plural(noun: str) -> bool:
    """Whether a noun reads as a plural (regular or irregular).

    >>> [is_plural(n) for n in ["boroughs", "MTAs", "people", "staff", "status", "class", "analysis", "borough", "its"]]
    [True, True, True, True, False, False, False, False, False]
    >>> is_plural("PRs"), is_plural("Ps")
    (True, False)
    """
    if re.fullmatch(r"[A-Z]{2,}s", noun):
        return True  # an acronym's plural: "PRs", "GPs"
    n = noun.lower()
    if n in IRREGULAR_PLURALS:
        return True
    return len(n) > 3 and n.endswith("s") and not n.endswith(("ss", "us", "is", "'s", "’s"))


@lru_cache(maxsize=1 << 16)  # pure, called on every number and counted noun
def singular(noun: str) -> str:
    """Singular of a counted noun.

    >>> [singular(n) for n in ["boroughs", "prisoners", "people", "libraries", "classes", "staff", "MTAs"]]
    ['borough', 'prisoner', 'person', 'library', 'class', 'staff', 'MTA']
    """
    if noun.isupper() and noun.endswith("s") is False and len(noun) > 1:
        return noun
    if re.fullmatch(r"[A-Z]{2,}s", noun):
        return noun[:-1]
    n = noun.lower()
    if n in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[n]
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("sses", "xes", "ches", "shes")):
        return n[:-2]
    if n.endswith("s") and not n.endswith(("ss", "us", "is")):
        return n[:-1]
    return n
