"""Text normalisation shared by every reader.

Each reader hands raw strings (a line, a table cell) to :func:`normalise`, so
the same characters mean the same thing whatever the input format.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# LaTeX artefacts left by some exporters ("\pounds 450k" is "£450k").
_LATEX = [
    (re.compile(r"\\pounds\s*(?:\{\})?\s*"), "£"),
    (re.compile(r"\\euro\s*(?:\{\})?\s*"), "€"),
    (re.compile(r"\\textdollar\s*(?:\{\})?\s*"), "$"),
    (re.compile(r"\\([%&$#_])"), r"\1"),
    (re.compile(r"\\textendash\s*(?:\{\})?"), "–"),
    (re.compile(r"\\textemdash\s*(?:\{\})?"), "—"),
]

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "\u2060": None, "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " ",
        # Symbol-font bullets that PDFs put in the private use area.
        "\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•",
        "\uf0a8": "•", "\uf0e0": "•", "\u25aa": "•", "\u25cf": "•", "\u2023": "•",
        "\u2043": "•", "\u25e6": "•",
    }
)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    r"""Normalise one line or cell of extracted text.

    Unicode NFKC (ligatures, non-breaking and other odd spaces), ASCII quotes,
    LaTeX currency artefacts, private-use bullets; trailing space removed.

    >>> normalise("The ﬁnal \\pounds 450k")
    'The final £450k'
    >>> normalise("Officers\u2019 \u201cReports\u201d\u00a0 ")
    'Officers\' "Reports"'
    >>> normalise("\uf0b7 Flu")
    '• Flu'
    >>> normalise(r"50\% of \pounds{} 10")
    '50% of £10'
    """
    if "\\" in text:
        for pattern, repl in _LATEX:
            text = pattern.sub(repl, text)
    elif text.isascii():  # NFKC, the quote table and the private-use area change no ASCII
        return _CONTROL.sub("", text.translate(_TRANSLATE)).rstrip()
    text = unicodedata.normalize("NFKC", text.translate(_TRANSLATE))
    text = text.translate(_TRANSLATE)  # NFKC can produce quotes again
    text = _PRIVATE_USE.sub("•", text)
    text = _CONTROL.sub("", text)
    return text.rstrip()


@lru_cache(maxsize=8192)  # stages fold the same names, labels and words again and again
def fold(text: str) -> str:
    """Fold text for comparison: normalised, case-folded, spaces collapsed.

    >>> fold("  Officers\u2019   Reports ")
    "officers' reports"
    """
    return " ".join(normalise(text).casefold().split())


# the only characters, besides ASCII letters, that a case-blind regex matches with an ASCII
# letter (İ ı ſ and the Kelvin sign), found by trying every code point against [a-z] under re.I
_ASCII_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def keyword_view(text: str) -> str | None:
    """``text`` lower-cased, for :func:`lacks` to rule out case-blind patterns before they run;
    None when the text holds a character that such a pattern could match with an ASCII letter.

    >>> keyword_view("The Meeting CLOSED at 9pm (£40)")
    'the meeting closed at 9pm (£40)'
    >>> keyword_view("Kelvin \u212a") is None
    True
    """
    return None if _ASCII_CASE_TWINS.search(text) else text.lower()


def lacks(view: str | None, every: tuple[str, ...] = (), one: tuple[str, ...] = ()) -> bool:
    """Whether a text (seen through :func:`keyword_view`) lacks a word a case-blind pattern needs:
    one of ``every`` is missing, or none of ``one`` is there. Words must be lower-case ASCII.
    False when nothing can be ruled out.

    >>> view = keyword_view("The meeting closed at 9pm.")
    >>> lacks(view, ("at",), ("closed", "ended")), lacks(view, ("next", "meeting"))
    (False, True)
    >>> lacks(None, ("next",))
    False
    """
    if view is None:
        return False
    return any(w not in view for w in every) or bool(one) and not any(w in view for w in one)
