"""Statistics stage: every quantity stated as a fact, with value, unit and kind.

Candidates come from the span ruler ``statistics_ruler`` (a few cheap-anchored
token patterns in models/patterns/statistics.jsonl, spans key ``statistics``:
a currency sign, a number, a suffixed number such as "450k", "between",
"aged", "half of"). This stage tries the longest first and keeps those it can
read without overlap: it reads the words around each (a unit word or code, a
part of a whole, the counted noun, a qualifier such as "just under", a "per
prisoner"), drops numbers that are not statistics (dates, times, item and
reference numbers, phone numbers, parts of names, scheduling counts, the size
of the meeting, questions and hypotheses) and normalises each to a value in
base units. Each record carries its sentence and, where the minutes attribute
the figure, who cited it. The vocabularies it reads are data, and records
cite their ids: models/patterns/statistics_vocab.jsonl.

A second, structural source: a table flattened to one cell per line (a label
line followed by bare numbers, repeated) gives one count per number, the label
being the unit.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS
from ..patterns import vocabulary
from ..quantities import currency_of, denominator, is_plural, parse_number, scale_of, singular, suffixed
from .base import evidence

SPANS_KEY = "statistics"
_WORD = re.compile(r"[^\W\d_]+")
_DASHES = {"-", "–", "—", "to"}  # between the ends of a range of counts
_RANGE = {"-", "–", "—", "to", "or"}
_BULLETS = "•-*–·▪o"
_BOUNDARY = re.compile(r"[.!?][\"')\]]?\s|\n\s*\n|\t|\n(?=\s*(?:[•*–·▪-]\s|\d{1,3}[.)]\s))")


@lru_cache(maxsize=1)
def vocab() -> dict[str, dict[str, str]]:
    """Label -> {phrase: rule id}, from models/patterns/statistics_vocab.jsonl."""
    out: dict[str, dict[str, str]] = {}
    for row in vocabulary("statistics_vocab"):
        out.setdefault(row["label"], {})[row["pattern"].lower()] = row["id"]
    return out


@lru_cache(maxsize=1)
def _ratio_openers() -> frozenset[str]:
    """The first words of the phrases that link a part to its whole."""
    return frozenset(p.split(" ")[0] for p in vocab()["RATIO_WORD"])


def _prev(doc: Doc, i: int, skip_newline: bool = True) -> Token | None:
    """The token before position i, skipping a single line break (and the "> " that quotes
    the line, as e-mail replies do)."""
    j = i - 1
    if skip_newline and j > 0 and doc[j].text == ">" and "\n" in doc[j - 1].text:
        j -= 1  # "against\n> 58": the quote marker opening a wrapped line
    while j >= 0 and doc[j].is_space and (skip_newline and doc[j].text == "\n"):
        j -= 1
    if j < 0 or doc[j].is_space:
        return None
    return doc[j]


def _next(doc: Doc, i: int) -> Token | None:
    """The token at position i, skipping a single line break."""
    if i < len(doc) and doc[i].text == "\n":
        i += 1
    return doc[i] if i < len(doc) and not doc[i].is_space else None


def _is_line_start(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    p = doc[i - 1]
    if p.is_space and "\n" in p.text or p.text == "\t":
        return True
    if "\n" in p.whitespace_:
        return True
    return p.text in _BULLETS and _is_line_start(doc, i - 1)


def _is_sentence_start(doc: Doc, i: int) -> bool:
    p = _prev(doc, i, skip_newline=False)
    return p is None or p.text in {".", "!", "?", ":", ";", "(", "–", "-", "•"} or _is_line_start(doc, i)


def _number_tokens(doc: Doc, i: int, end: int | None = None) -> tuple[float | int | None, int]:
    """Parse the number starting at token i (digits, or words like twenty-one, or 3 million)."""
    j = i
    parts = []
    limit = len(doc) if end is None else end
    while j < limit:
        t = doc[j]
        low = t.lower_
        if t.like_num or scale_of(low) or low == "hundred":
            if parts and t.text[0].isdigit() and not scale_of(low):
                break
            if parts and parts[-1][0].isdigit() and not t.text[0].isdigit() and not scale_of(low):
                break  # "23 first-time contributors": a word after digits is not part of the number
            parts.append(low)
            j += 1
            if j < limit - 1 and doc[j].text == "-" and doc[j + 1].like_num and not doc[j + 1].text[0].isdigit() \
                    and not t.text[0].isdigit():
                j += 1  # twenty-one
            continue
        if low == "and" and parts and j + 1 < limit and doc[j + 1].like_num and not doc[j + 1].text[0].isdigit() \
                and parts[-1] == "hundred":
            j += 1
            continue
        break
    if not parts:
        return None, i
    return parse_number(" ".join(parts)), j


_ROW_LABEL = re.compile(r"[A-Za-z][A-Za-z ()'/,&-]*[A-Za-z)]")
_BARE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")


def _valid_digits(text: str) -> bool:
    """Digits that can be a quantity: not 135/19, 10.12.21, 09, 1.2.3."""
    if "/" in text or text.count(".") > 1 or ":" in text:
        return False
    if re.fullmatch(r"0\d+", text):
        return False
    return True


def _is_year(value, text: str) -> bool:
    return isinstance(value, int) and 1900 <= value <= 2100 and "," not in text


class Candidate:
    __slots__ = ("start", "end", "value", "unit", "kind", "of", "per", "approx", "rules")

    def __init__(self, start: int, end: int, value, unit, kind: str, rules: list[str], of=None, per=None):
        self.start, self.end, self.value, self.unit, self.kind = start, end, value, unit, kind
        self.of, self.per, self.approx, self.rules = of, per, None, list(rules)


class StatisticsComponent:
    def __call__(self, doc: Doc) -> Doc:
        # longest first; when the longest reading fails, a shorter one may still hold
        spans = sorted(doc.spans.get(SPANS_KEY, []), key=lambda sp: (sp.start - sp.end, sp.start))
        src = doc._.source  # the text the Doc was made from; Doc.text would join every token again
        same = src is not None and (len(doc) == 0 or len(src.text) == doc[-1].idx + len(doc[-1].text_with_ws))
        self._text = src.text if same else doc.text
        self._currency = self._doc_currency(self._text)
        # who a paragraph's opening sentence, or a one-sentence paragraph before it, says cited
        # its figures: by where the paragraph starts, worked out once for all its figures
        self._openers: dict[int, str | None] = {}
        self._leads: dict[int, str | None] = {}
        out: list[Candidate] = []
        taken: set[int] = set()
        for span in spans:
            if span.start in taken or span.end - 1 in taken:
                continue
            cand = self.read(doc, span)
            if cand is None:
                continue
            if any(k in taken for k in range(cand.start, cand.end)):
                continue
            taken.update(range(cand.start, cand.end))
            out.append(cand)
        out += self.ellipses(doc, spans, out, taken)
        table = self.table_counts(doc)
        stats = [self.record(doc, c) for c in out]
        if table:  # a table count is dropped when a figure read in the text starts inside it
            starts = sorted(doc[k].idx for k in taken)
            stats += [r for r in table
                      if not (i := bisect.bisect_left(starts, r["start"])) < len(starts) or starts[i] >= r["end"]]
        stats.sort(key=lambda r: r["start"])
        seen, unique = set(), []
        for r in stats:  # a sentence repeated (page furniture, pasted twice) states its figures once
            key = (r["text"], r["kind"], str(r["value"]), r.get("sentence"))
            # so does a phrase restated (an action summary repeating "a revised five-year plan")
            phrase = (r["text"], r["kind"], str(r["value"]), self._phrase(r["start"], r["end"]))
            if key not in seen and (phrase[3] is None or phrase not in seen):
                seen.update((key, phrase))
                unique.append(r)
        stats = unique
        doc._.statistics = stats
        return doc

    def _phrase(self, start: int, end: int, words: int = 3) -> str | None:
        """The `words` words before a figure and the one after it in its line, lower-cased
        ("send a revised | plan"); None when the line has fewer."""
        text = self._text
        line0, line1 = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        reach = 64  # look back a little first: a word cut at the window's edge is not among the last
        while True:
            lo = max(line0, start - reach)
            left = _WORD.findall(text, lo, start)
            if lo == line0 or len(left) > words:
                break
            reach *= 4
        left = left[-words:]
        right = _WORD.search(text, end, len(text) if line1 < 0 else line1)
        if len(left) < words or not right:
            return None
        return " ".join(left + ["|", right.group()]).lower()

    @staticmethod
    def _doc_currency(text: str) -> str:
        """The currency a bare "24k" is in: the symbol the document uses most, GBP by default."""
        counts = {"GBP": text.count("£"), "EUR": text.count("€") + text.lower().count(" euro"),
                  "USD": text.count("$")}
        best = max(counts, key=counts.get)
        return best if counts[best] else "GBP"

    # -- reading one candidate ---------------------------------------------------------------
    def read(self, doc: Doc, span: Span) -> Candidate | None:
        rule = span.id_ or f"statistics.{span.label_.lower()}"
        label = span.label_
        if label in ("MONEY", "QUANTITY"):
            cand = self.quantity(doc, span.start, rule)
        elif label == "PERCENT":
            cand = self.half(doc, span, rule)
        else:  # a number: a unit word or code, else a part of a whole, else a count
            cand = self.quantity(doc, span.start, rule) or self.ratio(doc, span.start, rule) \
                or self.count(doc, span.start, rule)
        if cand is None:
            return None
        if self._reference(doc, cand):
            return None
        cand.approx = self._approx(doc, cand)
        if cand.kind == "count" and cand.value == 1 and cand.approx in vocab()["CONDITION_ONE"]:
            return None  # "households with at least one adult in work": a condition, not a figure
        return cand

    @staticmethod
    def _amount(doc: Doc, k: int) -> dict | None:
        """One amount from token k: an optional sign or code, a number, an optional scale word."""
        n = len(doc)
        cur = None
        if k < n and (doc[k].is_currency or doc[k].lower_ in vocab()["CURRENCY_CODE"]):
            cur = currency_of(doc[k].text)
            k += 1
        if k >= n:
            return None
        t = doc[k]
        out = {"cur": cur, "scale": None, "suffix": None}
        suf = suffixed(t.text)
        if suf:
            value, sfx = suf
            out["suffix"] = sfx
            if sfx == "p":
                value, out["cur"] = value / 100, out["cur"] or "GBP"
            elif sfx != "s":
                value *= scale_of(sfx)
                out["scale"] = sfx
        elif t.like_num and t.text[0].isdigit() and _valid_digits(t.text):
            value = parse_number(t.text)
            if value is None:
                return None
        else:
            return None
        k += 1
        scale = doc[k].lower_ if k < n else ""
        if scale.endswith(".") and len(scale) > 1 and not doc[k - 1].whitespace_:
            scale = scale[:-1]  # "£2.1m." ends a sentence
        if scale_of(scale) and out["suffix"] is None:
            value *= scale_of(scale)
            out["scale"] = scale
            k += 1
        out["value"], out["end"] = value, k
        return out

    def quantity(self, doc: Doc, i: int, rule: str) -> Candidate | None:
        """Money, a percentage or an age: sign, number, range, unit word, read from token i."""
        n = len(doc)
        v = vocab()
        start = i
        rules = [rule]
        opener = doc[i].lower_ if doc[i].lower_ in ("between", "aged") else None
        if opener:
            i += 1
        elif i > 0 and doc[i - 1].lower_ in v["CURRENCY_CODE"] and doc[i].like_num:
            start = i = i - 1  # "EUR 10 million"
            rules.append(v["CURRENCY_CODE"][doc[i].lower_])
        a1 = self._amount(doc, i)
        if a1 is None:
            return None
        k, a2 = a1["end"], None
        before = _prev(doc, start)
        change = doc[k].lower_ == "to" if k < n else False
        change = change and before is not None and before.lower_ == "from"  # "from £28 to £32": two values
        if change:
            verb = _prev(doc, before.i)
            if verb is not None and verb.lower_ in v["RANGE_VERB"]:
                change = False  # "quotes ranged from £148,000 to £171,500": one range
                rules.append(v["RANGE_VERB"][verb.lower_])
        if k + 1 < n and not change and (doc[k].lower_ in _RANGE or (doc[k].lower_ == "and" and opener == "between")):
            a2 = self._amount(doc, k + 1)
            if a2 is not None and a2["suffix"] != "s" and a2["value"] > a1["value"] * (1 if a2["scale"] else 1):
                k = a2["end"]
            else:
                a2 = None
        if a2 is not None and a2["scale"] and not a1["scale"] and a1["value"] * scale_of(a2["scale"]) <= a2["value"]:
            a1["value"] *= scale_of(a2["scale"])  # "£5-10k": the scale applies to both ends
        cur = a1["cur"] or (a2 or {}).get("cur")
        kind = None
        if k < n:
            w = doc[k].lower_
            two = f"{w} {doc[k + 1].lower_}" if k + 1 < n else ""
            if two in v["PERCENT_WORD"]:
                kind, k = "percentage", k + 2
                rules.append(v["PERCENT_WORD"][two])
            elif w in v["PERCENT_WORD"]:
                kind, k = "percentage", k + 1
                rules.append(v["PERCENT_WORD"][w])
            elif w in v["CURRENCY_WORD"] and not cur:
                cur, k = currency_of(w), k + 1
                rules.append(v["CURRENCY_WORD"][w])
                if w == "pence":
                    a1["value"] /= 100
                    if a2:
                        a2["value"] /= 100
        values = [_clean(a1["value"])] + ([_clean(a2["value"])] if a2 else [])
        value = values if len(values) > 1 else values[0]
        if kind == "percentage":
            if cur or a1["suffix"]:
                return None
            return Candidate(start, k, value, "percent", "percentage", rules)
        if a1["suffix"] == "s" or opener == "aged":
            p = _prev(doc, start)
            if opener == "aged":
                return Candidate(start, k, value, "year", "age", [rule])
            if p is not None and p.lower_ in ("under", "over") and 5 <= a1["value"] <= 99 and not cur:
                return Candidate(p.i, k, value, "year", "age", [rule])  # "Under 25s"
            return None
        if cur is None:
            # "24k", "(24 K)": money in the document's currency when a thousands scale is written
            if a1["scale"] not in ("k", "bn") or a2 is not None and a2["scale"] not in ("k", "bn", None):
                return None
            if opener == "between":
                return None
            head = self._head(doc, k, a1["value"]) if a2 is None else None
            if head is not None and not (head + 1 < len(doc) and doc[head + 1].lower_ == "to"):
                # "about 210k downloads": a count, not money ("304k needs to be found" is money)
                return Candidate(start, head + 1, value, singular(doc[head].text), "count", rules)
            cur = self._currency
        per = None
        if k + 1 < n:
            w, nxt = doc[k].lower_, doc[k + 1]
            if nxt.is_alpha and nxt.lower_ not in vocab()["FUNCTION"] and (
                    w in ("per", "/") or (w in ("a", "each") and nxt.lower_ in ("year", "month", "week", "day", "head"))):
                per, k = singular(nxt.text), k + 2  # "£38,000 per prisoner"
        if k + 1 < n and doc[k].lower_ in ("plus", "+", "excluding", "including", "exc", "inc", "ex") \
                and doc[k + 1].lower_ == "vat":
            k += 2  # "£275 plus VAT": the value stays the amount written
        return Candidate(start, k, value, cur, "money", rules, per=per)

    def half(self, doc: Doc, span: Span, rule: str) -> Candidate | None:
        """"(a) half of the libraries": a proportion, 50 percent."""
        p = _prev(doc, span.start)
        start = span.start
        if p is not None and p.lower_ in ("first", "second", "last", "other", "latter", "former", "next", "behalf"):
            return None  # "the first half of the year"
        if p is not None and p.lower_ in ("a", "one"):
            start = p.i
        return Candidate(start, span.end - 1, 50, "percent", "percentage", [rule])

    def ratio(self, doc: Doc, i: int, rule: str) -> Candidate | None:
        """A part of a whole: "11 of 32 boroughs", "43 out of the 44 libraries", "one in five"."""
        if doc[i].text[0].isdigit() and not _valid_digits(doc[i].text):
            return None
        first, j = _number_tokens(doc, i)
        if j >= len(doc) or doc[j].lower_ not in _ratio_openers():
            return None  # no linking phrase ("of", "out of", "in") follows the number
        words = vocab()["RATIO_WORD"]
        owner = vocab()["RATIO_POSSESSIVE"]
        link, extra, skip = None, [], 0
        for n in (3, 2, 1):
            if j + n >= len(doc):
                continue
            phrase = " ".join(t.lower_ for t in doc[j:j + n])
            if phrase not in words:
                continue
            m = j + n
            if doc[m].like_num:
                link = phrase
                break
            # "37 of our 41 volunteers", "37 of the club's 41 volunteers": a possessive before the whole
            if doc[m].lower_ in owner and m + 1 < len(doc) and doc[m + 1].like_num:
                link, skip, extra = phrase, 1, [owner[doc[m].lower_]]
                break
            if phrase.endswith("the") and doc[m].is_alpha and m + 2 < len(doc) \
                    and doc[m + 1].lower_.replace("’", "'") in owner and doc[m + 2].like_num:
                link, skip, extra = phrase, 2, [owner[doc[m + 1].lower_.replace("’", "'")]]
                break
        if first is None or link is None:
            return None
        nxt = doc[j + n + skip]
        if nxt.text[0].isdigit() and not _valid_digits(nxt.text):
            return None
        second, k = _number_tokens(doc, nxt.i)
        if second is None or first > second or second == 0:
            return None
        if any(_is_year(v, "") for v in (first, second)):
            return None
        end = k
        unit = None
        head = self._head(doc, k, second)
        if head is not None:
            unit = singular(doc[head].text)
            end = head + 1
        elif link == "in" and doc[i].lower_ not in ("one", "1"):
            return None  # "3 in 2020"; "one in five" stands alone
        return Candidate(i, end, first, unit, "ratio", [rule, words[link]] + extra, of=second)

    def count(self, doc: Doc, i: int, rule: str) -> Candidate | None:
        """A number and the noun it counts: count, duration or age."""
        start = i
        p = _prev(doc, i)
        if p is not None and p.lower_ == "between":
            start = p.i  # "between 10 and 12 people"
        if not doc[i].like_num or (doc[i].text[0].isdigit() and not _valid_digits(doc[i].text)):
            return None
        if doc[i].text[0] in "+-±":
            return None  # "+1 tzviya": a vote or a change, not a count
        v1, j = _number_tokens(doc, i)
        if v1 is None:
            return None
        value = v1
        if j + 1 < len(doc) and doc[j].lower_ in _DASHES | {"or", "and"} and doc[j + 1].like_num:
            v2, k = _number_tokens(doc, j + 1)
            if v2 is not None and v2 > v1 and (doc[j].lower_ != "and" or doc[start].lower_ == "between"):
                value, j = [v1, v2], k
        high = value[-1] if isinstance(value, list) else value
        low = value[0] if isinstance(value, list) else value
        text0 = doc[i].text
        if _is_year(low, text0) or _is_year(high, doc[j - 1].text):
            return None
        hyphen = j < len(doc) and doc[j].text == "-" and self._text[doc[j].idx - 1:doc[j].idx] != " "
        k = j + 1 if hyphen else j
        if k >= len(doc):
            return None
        while not hyphen and k + 1 < len(doc) and doc[k].is_space and "\n\n" not in doc[k].text:
            k += 1  # "within 25 / working days": a line wrapped after the number
        word = doc[k]
        unit_word = singular(word.text)
        v = vocab()
        if word.lower_ in v.get("DURATION_MODIFIER", {}) and not hyphen and k + 1 < len(doc) \
                and doc[k + 1].is_alpha and singular(doc[k + 1].text).lower() in v["DURATION_UNIT"]:
            k += 1  # "25 working days": a duration whatever kind of day it counts
            word, unit_word = doc[k], singular(doc[k].text)
        if word.is_alpha and unit_word.lower() in v["DURATION_UNIT"]:
            end = k + 1
            kind = "duration"
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.lower_ in v["POINT_IN_TIME"] or after.lower_ in ("'s", "’s")):
                return None  # "three years ago", "six months time": a moment, not a statistic
            if _in_name(doc, i, word):
                return None  # "Six Year Strategy"
            if hyphen and word.lower_ == unit_word.lower():
                q, nxt = _prev(doc, start), _next(doc, end)
                if q is not None and q.lower_ == "the" or nxt is not None and nxt.is_alpha and is_plural(nxt.text):
                    return None  # "the 4-hour standard", "12-hour waits": a named threshold, a category
            if end < len(doc) and doc[end].lower_ in ("old", "olds"):
                kind, end = "age", end + 1
            elif hyphen and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("old", "olds"):
                kind, end = "age", end + 2
            elif hyphen and word.lower_ == unit_word.lower() and end < len(doc) and doc[end].is_alpha \
                    and doc[end].lower_ not in v["FUNCTION"]:
                end += 1  # "three-year contract"
            return Candidate(start, end, value, unit_word.lower(), kind, [rule])
        if word.lower_ in v["MULTIPLIER"] and not isinstance(value, list):
            after = doc[k + 1] if k + 1 < len(doc) else None
            if after is not None and after.lower_ in ("a", "an", "per", "each", "every"):
                return None  # "four times a year": a frequency
            q = _prev(doc, start)
            past = q is not None and q.is_alpha and q.lower_ not in v["TIMES_CHANGE"] and (
                q.lower_ in v["OCCASION_BEFORE"] or q.lower_.endswith("ed") and len(q.text) > 3)
            if past and isinstance(value, int):
                # "downloaded 3,870 times": how often something happened, a count
                occasion = v["OCCASION_BEFORE"].get(q.lower_) or v["OCCASION_BEFORE"]["ed"]
                return Candidate(start, k + 1, value, singular(word.text).lower(), "count",
                                 [rule, v["MULTIPLIER"][word.lower_], occasion])
            return Candidate(start, k + 1, value, "times", "ratio", [rule, v["MULTIPLIER"][word.lower_]])
        if word.lower_ in v["FRACTION"] and denominator(word.text) and not isinstance(value, list):
            return Candidate(start, k + 1, value, None, "ratio", [rule, v["FRACTION"][word.lower_]],
                             of=denominator(word.text))  # "two thirds" = 2 of 3
        if hyphen:
            return None  # "two-tier framework": a number inside a compound is not a count
        q = _prev(doc, start)
        if doc[i].lower_ == "one" and q is not None and q.lower_ in ("the", "this", "that"):
            return None  # "the one blocker": the only one, not a count
        head = self._head(doc, j, high, words=not doc[i].text[0].isdigit())
        if head is None:
            return None
        end = head + 1
        per = None
        if end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].is_alpha:
            per = singular(doc[end + 1].text)
            end += 2
        elif end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].is_alpha:
            per = singular(doc[end + 1].text)
            end += 2
        if singular(doc[head].lower_) in v["SCHEDULE_NOUN"] or _in_name(doc, i, doc[head]):
            return None  # "two further Board Meetings"; "Two-Tier Framework"
        q = _prev(doc, start)
        if q is not None and q.lower_ == "all":
            start = q.i  # "all 32 boroughs"
        cand = Candidate(start, end, value, singular(doc[head].text), "count", [rule], per=per)
        return cand if self._count_context(doc, cand, i) else None

    def ellipses(self, doc: Doc, spans, found: list[Candidate], taken: set[int]) -> list[Candidate]:
        """Bare numbers that count what a count earlier in the sentence counts:
        "23 formal complaints, down from 31", "37 submissions, of which 31 were objections"."""
        v = vocab()
        counts = sorted((c for c in found if c.kind in ("count", "ratio") and c.unit
                         and c.unit.lower() not in v["DURATION_UNIT"]), key=lambda c: c.start)  # "19 working days"
        if not counts:
            return []
        extra = []
        for span in spans:
            i = span.start
            if span.label_ != "NUMBER" or i in taken or not doc[i].text[0].isdigit() or not _valid_digits(doc[i].text):
                continue
            value = parse_number(doc[i].text)
            if not isinstance(value, int) or _is_year(value, doc[i].text):
                continue
            p, n = _prev(doc, i), (doc[i + 1] if i + 1 < len(doc) else None)
            before = p is not None and p.lower_ in v["ELLIPSIS_BEFORE"]
            diff = n is not None and n.lower_ in v["ELLIPSIS_DIFFERENCE"]
            state = None
            if n is not None and n.is_alpha and n.is_lower and i + 2 <= len(doc) and \
                    (i + 2 == len(doc) or doc[i + 2].is_punct or doc[i + 2].text == "\n"):
                state = next((suf for suf in v["ELLIPSIS_STATE"] if n.lower_.endswith(suf)), None)
            diff = diff or state is not None  # "27 issues, 21 closed."
            after = n is not None and (n.lower_ in v["ELLIPSIS_AFTER"] or diff)
            if n is not None and not after and i + 2 < len(doc) and f"{n.lower_} {doc[i + 2].lower_}" in v["ELLIPSIS_AFTER"]:
                n = doc[i + 2]  # "23 drivers, 4 of whom", "9 accidents; 6 of them"
                after = True
            if not (before or after) or (n is not None and n.is_alpha and n.lower_ not in v["FUNCTION"]
                                         and not diff):
                continue
            if before and p.lower_ == "of":
                q = _prev(doc, p.i)
                if q is None or not q.is_alpha or q.lower_ in v["FUNCTION"]:
                    continue  # "a target of 150" needs the noun before "of"
            if not before and p is not None and p.is_alpha and p.lower_ not in v["FUNCTION"] \
                    and not is_plural(p.text) and not p.lower_.endswith(("ed", "ing")):
                continue  # "turbine 2 was out of action": a number naming a thing, not a count
            prior = [c for c in counts if c.end <= i]
            if not prior:
                continue
            c = prior[-1]
            s0, _ = self._sentence_bounds(self._text, doc[i].idx, doc[i].idx + len(doc[i]))
            if doc[c.start].idx < s0:
                continue  # the count it would stand for is in another sentence
            end = i + 2 if diff else i + 1  # "37 more": the difference keeps its word
            cand = Candidate(i, end, value, c.unit, "count",
                             ["statistics.number", (v["ELLIPSIS_BEFORE"][p.lower_] if before
                                                   else v["ELLIPSIS_STATE"][state] if state
                                                   else v["ELLIPSIS_DIFFERENCE"].get(n.lower_)
                                                   or v["ELLIPSIS_AFTER"].get(n.lower_)
                                                   or v["ELLIPSIS_AFTER"][f"{doc[i + 1].lower_} {n.lower_}"])])
            if self._reference(doc, cand) or not self._count_context(doc, cand, i):
                continue
            taken.add(i)
            extra.append(cand)
        return extra

    def _head(self, doc: Doc, j: int, value, words: bool = True) -> int | None:
        """Index of the noun a number counts, from the words right after it; None if there is none."""
        v = vocab()
        run: list[Token] = []
        k = j
        if k < len(doc) and doc[k].text == "+" and not doc[k - 1].whitespace_:
            k += 1  # "40+ merged PRs"
        while k < len(doc) and len(run) < 4:
            t = doc[k]
            if t.is_space and t.text.count("\n") == 1 and (not run or k + 1 < len(doc) and doc[k + 1].is_lower):
                k += 1  # "Average 91\ninjections", "38 internationally\nrecruited nurses": a wrapped (maybe indented) line
                continue
            if t.text == "-" and run and not doc[k - 1].whitespace_ and not t.whitespace_ \
                    and k + 1 < len(doc) and doc[k + 1].is_alpha:
                k += 1  # "31 night-shift workers", "23 first-time contributors": a compound modifier
                continue
            if k == j and (t.lower_ in v["ELLIPSIS_DIFFERENCE"] or t.lower_ in v["COUNT_LEAD"]) \
                    and k + 1 < len(doc) and doc[k + 1].is_alpha:
                k += 1  # "2 more water points", "3 fewer staff": the noun follows the difference word
                continue
            if not t.is_alpha or t.lower_ in v["FUNCTION"]:
                break
            run.append(t)
            k += 1
        if not run:
            return None
        if value is None or value > 1 or value == 0:
            for t in run:
                if is_plural(t.text):
                    # "9 distribution points": a modifier makes a general noun specific
                    # "143 issues" in digits is a figure; "two issues" in words is talk
                    modified = not words or any(r.lower_ not in v["MODIFIER"] for r in run if r.i < t.i)
                    return t.i if self._nounish(t, modified=modified) else None
                if t.lower_ not in v["MODIFIER"] and not t.text[0].isupper() and len(run) == 1:
                    return None
            return None
        head = run[-1]  # "one spinal point", "One further intern"
        modified = any(r.lower_ not in v["MODIFIER"] for r in run[:-1])
        if head is None or is_plural(head.text) or not self._nounish(head, modified=modified):
            return None
        return head.i

    @staticmethod
    def _nounish(t: Token, modified: bool = False) -> bool:
        low = t.lower_
        if not modified and (singular(low) in vocab()["VAGUE"] or low in vocab()["VAGUE"]):
            return False
        if low.endswith(("ed", "ing", "ly", "dd")) and low not in ("things", "meetings", "buildings", "hundred"):
            return False
        if low in MONTHS or len(low) < 3:
            return t.text.isupper() and len(low) >= 2
        return True

    def _count_context(self, doc: Doc, cand: Candidate, i: int) -> bool:
        """Counts only: not a scheduling count, hypothesis, question or the size of the meeting."""
        v = vocab()
        p = _prev(doc, cand.start)
        if p is not None:
            low = p.lower_
            if low in v["SCHEDULE_BEFORE"] or low in v["HYPOTHETICAL_BEFORE"]:
                return False
            if low in v["TALK_BEFORE"] and not doc[i].text[0].isdigit():
                return False  # "the other two": a back-reference; "the other 4 renewals": a figure
            if low in v["CONDITION_BEFORE"] or p.i > 0 and f"{doc[p.i - 1].lower_} {low}" in v["CONDITION_BEFORE"]:
                return False  # "approved subject to one amendment"
            if low == "have" and any(doc[q].lower_ in v["MODAL"] for q in range(max(0, p.i - 3), p.i)):
                return False  # "you can still have two tables"
        last = doc[cand.end - 1]
        s0, s1 = self._sentence_bounds(self._text, doc[cand.start].idx, last.idx + len(last))
        sentence = self._text[s0:s1].lower()
        if sentence.rstrip().endswith("?") or any(w in sentence for w in v["NOT_STAT_CONTEXT"]):
            return False
        if cand.unit and cand.unit.lower() in v["MEETING_MEMBER"] and any(w in sentence for w in v["PRESENCE"]):
            return False  # "12 members were present": the size of the meeting
        return True

    def _reference(self, doc: Doc, cand: Candidate) -> bool:
        """Dates, times, item/reference numbers, phone numbers, numbers inside names."""
        v = vocab()
        # the first number of the candidate (after "between", "Under", a currency sign or code)
        i = next((t.i for t in doc[cand.start:cand.end] if t.like_num or t.text[:1].isdigit()), cand.start)
        p = _prev(doc, cand.start)
        if cand.kind == "money" and doc[cand.start].is_currency:
            p = None  # "(last year £1,870)": an amount with its sign is never a reference number
        if p is not None and p.lower_ in ("and", "or", "&", ",") and cand.kind in ("count", "duration") \
                and p.i > 0 and doc[p.i - 1].like_num and self._reference(doc, Candidate(p.i - 1, p.i, 0, None, "count", [])):
            return True  # "Category 3 and 4 pressure ulcers": the second of two reference numbers
        if p is not None:
            low = p.lower_.rstrip(".")
            if low in v["REF_BEFORE"] or p.lower_ in v["REF_BEFORE"]:
                return True
            if p.text == "." and p.i > 0 and doc[p.i - 1].lower_ in v["REF_BEFORE"] \
                    and doc[p.i - 1].whitespace_ == "":
                return True  # "Min. 119": an abbreviated reference word, its full stop a token of its own
            if low in MONTHS and cand.kind != "money":
                return True
            if p.like_num or re.fullmatch(r"[A-Z]{1,3}\d+", p.text):
                return True  # phone numbers, postcodes, "KS2 3"
            if p.text in ("/", "#", "№"):
                return True  # "No/ 3", "#4"
            if cand.kind in ("count", "ratio", "duration") and doc[i].text[0].isdigit() and p.is_alpha \
                    and p.text[0].isupper() and not p.is_upper and not _is_sentence_start(doc, p.i) \
                    and p.lower_ not in v["APPROX"] and p.lower_ not in ("all", "only", "average", "some"):
                return True  # "Committee Room 3", "Year 6", "Suite 5"
        if doc[i].text[0].isdigit() and _is_line_start(doc, i) and cand.kind not in ("money", "percentage"):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and (nxt.text in (".", ")") or nxt.text[:1].isupper()):
                return True  # "14 Library Matters", "2 Minutes of the meeting": an item number
        if p is not None and p.text in ("-", "–", "/") and cand.kind in ("count", "duration") and p.i > 0 \
                and (doc[p.i - 1].is_alpha or doc[p.i - 1].like_num and not p.whitespace_):
            return True  # "Covid - 19", action ids "11-10"
        end = cand.end
        if end < len(doc):
            n = doc[end]
            if n.lower_ in MONTHS and cand.kind not in ("money", "percentage"):
                return True
            if n.lower_ in ("am", "pm", "a.m.", "p.m.", "hrs", "hours") and cand.kind == "count":
                return True
            if n.text in ("/", ":") and end + 1 < len(doc) and doc[end + 1].text[:1].isdigit():
                return True
        # a number inside a date or time: "26.11.2018", "10:30"
        before = self._text[max(0, doc[i].idx - 1):doc[i].idx]
        if before in ("/", ":", ".") and doc[i].idx >= 2 and self._text[doc[i].idx - 2].isdigit():
            return True
        return False

    def _approx(self, doc: Doc, cand: Candidate) -> str | None:
        v = vocab()["APPROX"]
        first = doc[cand.start]
        if first.lower_ in ("under", "over"):
            return first.lower_
        word_number = first.is_alpha
        best = None
        # the (up to) three tokens before, fetched once: (text with its space, a space token but not "\n")
        before = [(t.text_with_ws, t.is_space and t.text != "\n") for t in doc[max(0, cand.start - 3):cand.start]]
        for n in (3, 2, 1):
            s = cand.start - n
            if s < 0:
                continue
            toks = before[len(before) - n:]
            if any(odd for _, odd in toks):
                continue
            # Span.text less its last trailing space, which split() drops anyway
            phrase = " ".join("".join(w for w, _ in toks).lower().split())
            phrase = phrase.replace(" .", ".")
            if phrase in ("under", "over") and word_number:
                continue  # "divided under two Superintendents": a preposition
            if phrase in v:
                best = (s, phrase)
                break
        if best is None:
            return None
        cand.start = best[0]
        return best[1].rstrip(".") if best[1] != "c." else "c."

    # -- structural source: a table flattened to one cell per line ---------------------------
    def table_counts(self, doc: Doc) -> list[dict]:
        src = doc._.source
        if src is None:
            return []
        text = self._text
        items: list[tuple[str, int, int]] = []  # (kind, start, end)
        out_rows: list[dict] = []
        for ln in src.lines:
            s, e = ln.start, ln.end
            t = text[s:e].strip()
            if not t:
                continue
            if ln.cells and len(ln.cells) > 1:
                items.append(("other", s, e))
                out_rows.extend(self._row_counts(doc, ln.cells))
                continue
            off = s + text[s:e].find(t)
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,7}", t):
                items.append(("num", off, off + len(t)))
            elif len(t) <= 60 and re.fullmatch(r"[A-Za-z][A-Za-z ()'/,&-]*[A-Za-z)]", t) and not t.isupper() \
                    and len(t.split()) <= 8 and (t[0].isupper() or items and items[-1][0] == "label"):
                items.append(("label", off, off + len(t)))
            else:
                items.append(("other", off, off + len(t)))
        out: list[dict] = []
        k = 0
        while k < len(items):
            # a run: (label+ num+){2,}
            groups = []
            m = k
            while m < len(items) and items[m][0] == "label":
                lab = [items[m]]
                m += 1
                while m < len(items) and items[m][0] == "label" and len(lab) < 2:
                    lab.append(items[m])
                    m += 1
                nums = []
                while m < len(items) and items[m][0] == "num":
                    nums.append(items[m])
                    m += 1
                if not nums or len(nums) > 4:
                    break
                groups.append((lab, nums))
            if len(groups) >= 2:
                for lab, nums in groups:
                    label = " ".join(text[a:b] for _, a, b in lab)
                    words = label.lower().split()
                    words[0] = singular(words[0]) if words else words
                    unit = " ".join(words)
                    for _, a, b in nums:
                        value = parse_number(text[a:b])
                        if value is None or _is_year(value, text[a:b]):
                            continue
                        out.append({"text": text[a:b], "value": value, "unit": unit, "kind": "count",
                                    "start": a, "end": b, "sentence": f"{label}: {text[a:b]}",
                                    "evidence": [evidence(doc, a, b, ["statistics.count.table-column"])]})
                k = m
            else:
                k = max(m, k + 1)
        return out + out_rows

    def _row_counts(self, doc: Doc, cells: list[tuple[int, int]]) -> list[dict]:
        """A table row of a label cell then bare numbers ("Students on placement | 1,930 | 2,215"):
        one count per number, the label being the unit. Rows with a number or an empty cell in
        the label column, and years, are left alone."""
        text = self._text
        label = " ".join(text[cells[0][0]:cells[0][1]].split())
        if not (3 <= len(label) <= 60 and _ROW_LABEL.fullmatch(label) and not label.isupper()):
            return []
        nums = [(a + len(text[a:b]) - len(text[a:b].lstrip()), text[a:b].strip()) for a, b in cells[1:]]
        if not nums or not all(_BARE_COUNT.fullmatch(t) for _, t in nums):
            return []
        words = label.lower().split()
        words[0] = singular(words[0])
        out = []
        for a, t in nums:
            value = parse_number(t)
            if value is None or _is_year(value, t):
                continue
            out.append({"text": t, "value": value, "unit": " ".join(words), "kind": "count",
                        "start": a, "end": a + len(t), "sentence": f"{label}: {t}",
                        "evidence": [evidence(doc, a, a + len(t), ["statistics.count.table-row"])]})
        return out

    # -- the record ----------------------------------------------------------------------------
    @staticmethod
    def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - 600)
        s0 = lo
        for m in _BOUNDARY.finditer(text, lo, start):
            s0 = m.end()
        nl = text.find("\n", s0, start)
        while nl >= 0:  # a heading line before the sentence is not part of it
            line = text[s0:nl].strip()
            if line and len(line) <= 60 and (line.endswith(":") or line.split()[-1][:1].isupper()):
                s0 = nl + 1
            nl = text.find("\n", nl + 1, start)
        m = _BOUNDARY.search(text, end, min(len(text), end + 600))
        s1 = m.start() + 1 if m and text[m.start()] in ".!?" else (m.start() if m else min(len(text), end + 600))
        return s0, s1

    def record(self, doc: Doc, c: Candidate) -> dict:
        start = doc[c.start].idx
        last = doc[c.end - 1]
        end = last.idx + len(last.text)
        if last.text.endswith(".") and len(last.text) > 1 and (last.text[0].isdigit() or scale_of(last.lower_[:-1])):
            end -= 1  # "£55K.", "£2.1m." end a sentence
        s0, s1 = self._sentence_bounds(self._text, start, end)
        sentence = " ".join(self._text[s0:s1].split())
        rec = {"text": " ".join(self._text[start:end].split()), "value": c.value, "unit": c.unit, "kind": c.kind,
               "start": start, "end": end, "sentence": sentence or None,
               "evidence": [evidence(doc, start, end, c.rules)]}
        if c.of is not None:
            rec["of"] = c.of
        if c.per:
            rec["per"] = c.per
        if c.approx:
            rec["approx"] = c.approx
        who = cited_by(sentence, sentence.find(" ".join(rec["text"].split()))) or speaker(sentence)
        if not who:  # "Genius Within described research ... Research shows 13% ...": the paragraph's opener
            para = self._text.rfind("\n\n", max(0, s0 - 1500), s0 + 1)
            # the paragraph opens after a blank line, or at the start of the document
            p0 = para + 2 if para >= 0 else (0 if s0 <= 1500 else s0)
            if p0 < s0:
                if p0 not in self._openers:  # figures of one paragraph share its opening sentence
                    q0, q1 = self._sentence_bounds(self._text, p0, p0)
                    self._openers[p0] = cited_by(" ".join(self._text[p0:q1].split()))
                who = self._openers[p0]
            if not who and para > 0:  # a one-sentence paragraph introducing this one
                if para not in self._leads:
                    prev = self._text.rfind("\n\n", max(0, para - 400), para)
                    lead = " ".join(self._text[prev + 2 if prev >= 0 else max(0, para - 400):para].split())
                    self._leads[para] = cited_by(lead) if lead.endswith(".") and lead.count(". ") == 0 else None
                who = self._leads[para]
        if who:
            rec["cited_by"] = who
        return rec


_CITER = re.compile(r"^(?:[\d.]+\s+|[•*–-]\s+)?((?:[A-Z][\w'’&.-]*|of|the|and|for|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|for)){0,5})\s+"
                    r"(\w+)\b")


_SPEAKER = re.compile(r"^((?:[A-Z][a-z][\w'’.-]*\s+){1,3}[A-Z][a-z][\w'’.-]*)\s*:\s+\S")


def speaker(sentence: str) -> str | None:
    """The speaker a transcript-style line opens with ("Wendy Reid: ..."), not a label ("Date: ...").

    >>> speaker("Wendy Reid: Announcement: the group has 2 chairs"), speaker("Apologies for Absence: none")
    ('Wendy Reid', None)
    >>> speaker("Finance: £5k surplus") is None
    True
    """
    from .layout import lookup_label

    m = _SPEAKER.match(sentence)
    if not m or lookup_label(m.group(1)) is not None:
        return None
    words = m.group(1).split()
    if any(w.lower() in vocab()["FUNCTION"] for w in words):
        return None
    return m.group(1)


def cited_by(sentence: str, at: int = -1) -> str | None:
    """Who the sentence attributes a figure to: the name it opens with, before a reporting verb.

    >>> cited_by("Genius Within described research undertaken in HMP Dartmoor.")
    'Genius Within'
    >>> cited_by("DO advised that 60% of people were not aware"), cited_by("Research shows there is a 13% probability")
    ('DO', None)
    >>> cited_by("The project looked at all 32 boroughs") is None, cited_by("10.1 DO advised that 60% of people")
    (True, 'DO')
    """
    m = _CITER.match(sentence)
    if not m:
        return None
    v = vocab()
    who, verb = m.group(1).strip(), m.group(2).lower()
    if verb not in v["REPORT_VERB"] or who.lower() in v["SOURCE_NOUN"] or (who.lower() in v["FUNCTION"]
                                                                          and not who.isupper()):
        return None
    if 0 <= at < m.end(1):
        return None
    return who


def _in_name(doc: Doc, i: int, noun: Token) -> bool:
    """A word number written in capitals inside a title or name: "Six Year Strategy", "SIX YEAR"."""
    t = doc[i]
    if t.text[0].isdigit() or not t.text[0].isupper():
        return False
    if not noun.text[0].isupper():
        return False
    return not _is_sentence_start(doc, i) or t.is_upper and len(t) > 2


def _clean(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(v, 6)


@Language.factory("minutes_statistics", assigns=["doc._.statistics"],
                  requires=["doc._.layout", "doc.spans"])
def make_statistics(nlp: Language, name: str):
    return StatisticsComponent()
