"""Dates and times as minutes write them, normalised to ISO.

Small pure functions with doctests; stages call them on text they have
already located, so they never scan a whole document.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?"
_DAY = r"(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th|\*|\")?"

DATE_PATTERNS = [
    ("date.iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b")),
    ("date.day-month-year", re.compile(
        rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?(?:[\s,]+|(?<=st|nd|rd|th)){_MONTH}(?:[\s,]*(?P<year>(?:19|20)\d\d)\b)?", re.I)),
    ("date.month-day-year", re.compile(
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I)),
    ("date.numeric", re.compile(
        r"\b(?P<day>[0-3]?\d)[/.](?P<mnum>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b")),
]
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)?\d\d)\b", re.I)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str
    rule: str
    has_year: bool = True


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def find_dates(text: str, after: date | None = None) -> list[Found]:
    """Every full date in ``text``; a date with no year takes the first such date after ``after``.

    >>> [f.value for f in find_dates("Wednesday 5th June 2019 at 7.00pm; 2019-04-02; 07/12/2020")]
    ['2019-06-05', '2019-04-02', '2020-12-07']
    >>> [f.value for f in find_dates("5th February 09.00-11.00", after=date(2018, 11, 26))]
    ['2019-02-05']
    >>> [f.value for f in find_dates("FRIDAY, 21* SEPTEMBER, 2018, AT 10.00")]
    ['2018-09-21']
    >>> find_dates("in 2 nd May 2013")[0].value
    '2013-05-02'
    >>> find_dates("Wednesday10thJanuary2018,09.30")[0].value
    '2018-01-10'
    """
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            gd = m.groupdict()
            month = MONTHS.get(gd["month"].lower().rstrip(".")) if gd.get("month") else int(gd["mnum"])
            day = int(gd["day"])
            year = gd.get("year")
            try:
                if year:
                    d = date(_year(year), month, day)
                elif after is not None:
                    d = next_date(month, day, after)
                else:
                    continue
            except (ValueError, TypeError):
                continue
            found.append(Found(m.start(), m.end(), d.isoformat(), rule, bool(year)))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def next_date(month: int, day: int, after: date) -> date:
    """The first date with this month and day after ``after``.

    >>> next_date(2, 5, date(2018, 11, 26))
    datetime.date(2019, 2, 5)
    """
    for year in (after.year, after.year + 1, after.year + 2):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d > after:
            return d
    raise ValueError("no such date")


def month_end(text: str, after: date | None) -> Found | None:
    """A deadline given as a month: its last day ("by April", "Jan 19", "end of March 2022").

    >>> month_end("set up with partners in Jan 19.", date(2018, 11, 26)).value
    '2019-01-31'
    >>> month_end("by April", date(2018, 11, 26)).value
    '2019-04-30'
    >>> month_end("before the end of March 2022", date(2022, 2, 22)).value
    '2022-03-31'
    """
    m = MONTH_YEAR.search(text)
    if m:
        month, year = MONTHS[m.group("month").lower().rstrip(".")], _year(m.group("year"))
    else:
        m = re.search(rf"\b{_MONTH}\b", text, re.I)
        if not m or after is None or m.group("month").lower() == "may" and not re.search(r"\b(by|in|until|before|end of)\s+may\b", text, re.I):
            return None
        month = MONTHS[m.group("month").lower().rstrip(".")]
        year = after.year if month >= after.month else after.year + 1
    last = calendar.monthrange(year, month)[1]
    return Found(m.start(), m.end(), date(year, month, last).isoformat(), "date.month-end")


_TIME = re.compile(
    r"(?<![\d/.:])(?P<h>[0-2]?\d)(?:[.:](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?|noon)?(?![\d/])", re.I)


def parse_time(text: str) -> str | None:
    """One clock time as HH:MM (24 h).

    >>> [parse_time(t) for t in ["7.00pm", "09.00", "10:30", "2.30 P.M.", "12 noon", "9am", "1832"]]
    ['19:00', '09:00', '10:30', '14:30', '12:00', '09:00', '18:32']
    >>> parse_time("7") is None
    True
    """
    t = text.strip()
    m = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)", t)
    if m:
        return f"{m.group(1)}:{m.group(2)}"
    m = _TIME.fullmatch(t)
    if not m or (m.group("m") is None and m.group("ap") is None):
        return None
    h, mins = int(m.group("h")), int(m.group("m") or 0)
    ap = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    return f"{h:02d}:{mins:02d}"


TIME_RANGE = re.compile(
    r"(?P<a>\b[0-2]?\d(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?)\s*(?:-|–|—|to|until)\s*"
    r"(?P<b>[0-2]?\d(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?)(?![\d/])", re.I)
TIME_ONE = re.compile(r"(?<![\d/.:-])[0-2]?\d(?:[.:][0-5]\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?|\s*noon)(?![\d/])", re.I)


def find_times(text: str) -> list[Found]:
    """Clock times in ``text``; a range gives two, start then end.

    >>> [f.value for f in find_times("22nd February 2022, 10:30-12:30")]
    ['10:30', '12:30']
    >>> [f.value for f in find_times("Time 9.30am – 12.00pm")]
    ['09:30', '12:00']
    >>> [f.value for f in find_times("at 7.00pm in the Hall")]
    ['19:00']
    >>> find_times("on 07/12/2020, item 5.2")
    []
    """
    out: list[Found] = []
    for m in TIME_RANGE.finditer(text):
        a, b = parse_time(m.group("a")), parse_time(m.group("b"))
        if a and b and (re.search(r"[.:]|[ap]\.?m", m.group(0), re.I)):
            out += [Found(m.start("a"), m.end("a"), a, "time.range"),
                    Found(m.start("b"), m.end("b"), b, "time.range")]
    if out:
        return out
    for m in TIME_ONE.finditer(text):
        v = parse_time(m.group(0))
        if v:
            out.append(Found(m.start(), m.end(), v, "time.single"))
    return out


def after_days(d: date, days: int) -> date:
    return d + timedelta(days=days)
