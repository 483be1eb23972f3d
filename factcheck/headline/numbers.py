"""Numbers as values: "$2bn" == "$2 billion" == "2,000,000,000", "six" == "6", "15%" == "15 per cent".

A headline number is checked against every number in the body. Headlines round, so a number that
is plainly round ("500", "1,000", "2.5m") also matches a body number that rounds to it ("497",
"2.46 million"); an exact-looking one ("43") must be there as written unless the headline says
it is approximate ("nearly 40", "about a dozen": within 15%) or a bound ("more than 200": at least
200 and under twice that; "up to 50": at most 50 and over half that). A year ("in 1974") is
checked only against the years the body gives (a decade "1970s" covers its years): a body that
gives no year has not contradicted it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.headline.text import fold
from factcheck.lexicon import table, wordset
from factcheck.lexicon import words as lexicon_words
from factcheck.tokens import tokenize

_MULTIPLIERS = {k: float(v) for k, v in table("headline_multipliers").items()}
# Only multipliers of a thousand or more are glued to digits ("2bn", "3k"); "hundred" follows a word.
_MULT = "(?:" + "|".join(sorted((re.escape(k) for k, v in _MULTIPLIERS.items() if v >= 1e3),
                                key=len, reverse=True)) + ")"
_DIGITS = re.compile(
    rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<mult>{_MULT})\b)?",
    re.IGNORECASE,
)
_TAIL = re.compile(r"[A-Za-z]+|/\d|:\d")
_COUNT_TAILS = wordset("headline_count_tails")


def _words_after_figure(name: str) -> str:
    """Lexicon `name` as a pattern for the word right after a figure (a space or a hyphen between:
    "6 ft", "6-Word"), the longest entries first."""
    alternatives = "|".join(sorted(map(re.escape, lexicon_words(name)), key=len, reverse=True))
    return r"\s?-?(?:" + alternatives + r")\b"


# "6in" is inches only when glued to the number: "6 in Paris" is a count.
_MEASURE = re.compile(r"(?:in\b|" + _words_after_figure("headline_measure_units") + ")", re.IGNORECASE)
# a count of things the body lists rather than numbers ("These 3 Words", "6-Word Missile")
_ENUMERATED = re.compile(_words_after_figure("headline_enumerated_nouns"), re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    value: float
    text: str
    start: int
    end: int
    round_: bool  # written as a round figure: matches a body number that rounds to it
    bound: str = ""  # "approx", "min" or "max" from the words before it; "" when exact

    @property
    def is_year(self) -> bool:
        return is_year(self.value, self.text)

    def matches(self, other: float) -> bool:
        n = self.value
        if _close(n, other):
            return True
        if self.bound == "approx" and abs(other - n) <= 0.15 * n:
            return True
        if self.bound == "min" and n <= other < 2 * n:
            return True
        if self.bound == "max" and n / 2 < other <= n:
            return True
        if not self.round_ or other <= 0 or self.bound in ("min", "max"):  # a bound is not a rounding
            return False
        return _close(_round_like(other, n), n)


_YEARS_AFTER = re.compile(r"\s?-?(?:years?|yrs?)\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:at|aged?)\s+$", re.IGNORECASE)


def counts_years(text: str, n: Number) -> bool:
    """Is `n` an age or a span of years: "dies at 57", "aged 32", "32-year-old", "for 24 years"?"""
    return n.value == int(n.value) and 0 < n.value <= 150 and (
        _YEARS_AFTER.match(text, n.end) is not None
        or _AGE_BEFORE.search(text[max(0, n.start - 8):n.start]) is not None)


def years_apart(years: set[float], span: float) -> bool:
    """Do two of the body's years lie `span` years apart (one more or less: an age depends on the
    birthday)? "dies at 57" over "born in 1957 ... died in 2014"."""
    return any(y + d in years for y in years for d in (span - 1, span, span + 1))


def is_year(value: float, text: str) -> bool:
    return value == int(value) and 1800 <= value <= 2100 and text.strip().isdigit()


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _sig_digits(value: float) -> int:
    digits = f"{value:.6g}".replace(".", "").replace("-", "").lstrip("0")
    if "e" in digits:
        digits = digits.split("e")[0]
    return max(1, len(digits.rstrip("0")))


def _round_like(value: float, like: float) -> float:
    """`value` rounded to the significant digits `like` was written with."""
    from math import floor, log10

    sig = _sig_digits(like)
    if value == 0:
        return 0.0
    scale = 10 ** (floor(log10(abs(value))) - sig + 1)
    return round(value / scale) * scale


def number_words() -> dict[str, str]:
    return table("headline_numbers")


def _is_round(num: str, mult: str | None) -> bool:
    if mult:
        return True
    plain = num.replace(",", "")
    return "." not in plain and len(plain) >= 3 and plain.endswith("00")


def _bound(text: str, start: int) -> str:
    """"nearly"/"about" -> approx, "more than"/"at least" -> min, "up to"/"under" -> max."""
    before = " ".join(text[max(0, start - 30):start].lower().replace("$", " ").replace("£", " ").split()[-3:])
    for phrase, kind in qualifiers().items():
        if before.endswith(phrase) or before.endswith(phrase + " a") or before.endswith(phrase + " an"):
            return kind
    return ""


def qualifiers() -> dict[str, str]:
    return table("headline_number_qualifiers")


# "These 2 States", "Those 3 Senators": what the demonstrative points at the body names one by one
_DEMONSTRATIVES = ("these", "those")


def _pointed_at(text: str, start: int) -> bool:
    before = text[max(0, start - 7):start].split()
    return bool(before) and before[-1].lower() in _DEMONSTRATIVES


def _glued(text: str, start: int) -> bool:
    """Is the number at `start` part of a name or code: "MH17", "F-35", "Covid-19", "9/11"?"""
    prev = text[start - 1:start]
    if prev.isalnum() or prev in ("/", ":"):
        return True
    return prev == "-" and text[start - 2:start - 1].isalpha()


def extract(text: str, strict: bool) -> list[Number]:
    """Numbers in `text`. `strict` (for headlines) skips digits that are part of a name or a code
    ("G20", "F-35", "9/11", "Covid-19") and the ambiguous word "one"; the body keeps them all so
    that the headline's figure is found however the body writes it ("57-year-old")."""
    return [Number(*found) for found in _found(text, strict)]


_Found = tuple[float, str, int, int, bool, str]  # a Number's fields, in order


def _found(text: str, strict: bool) -> list[_Found]:
    """`extract`'s numbers as plain tuples: a body's values need no Number objects (a frozen
    dataclass costs several times a tuple to build, and a long body has a figure a sentence)."""
    text = fold(text)
    out: list[_Found] = []
    for m in _DIGITS.finditer(text):
        mult = m.group("mult")
        tail_m = None if mult else _TAIL.match(text, m.end())
        tail = tail_m.group() if tail_m else None
        if strict and (_glued(text, m.start()) or (tail and tail.lower() not in _COUNT_TAILS)
                       or _MEASURE.match(text, m.end()) or _ENUMERATED.match(text, m.end())
                       or _pointed_at(text, m.start())):
            continue
        value = float(m.group("num").replace(",", ""))
        if mult:
            value *= _MULTIPLIERS[mult.lower()]
        if strict and tail and tail.lower() == "s" and len(m.group("num")) == 4:
            continue  # "1990s": a decade, not a count
        if strict and m.start() > 0 and text[m.start() - 1] == "'" and len(m.group("num")) == 2:
            continue  # "in '16", "the '90s": a year or decade written short, no count to match
        if strict and text[m.end():m.end() + 2] in ("'s", "\u2019s") and value % 10 == 0 \
                and len(m.group("num")) in (2, 4):
            continue  # "80's Brat Pack star", "the 1960's": a decade with an apostrophe
        if not strict and tail and tail.lower() == "s" and is_year(value, m.group("num")) and value % 10 == 0:
            out.extend((value + k, m.group(), m.start(), m.end(), False, "") for k in range(1, 10))  # "1970s"
        out.append((value, m.group(), m.start(), m.end(), _is_round(m.group("num"), mult),
                    _bound(text, m.start()) if strict else ""))
    words = number_words()
    # the words, figures left to _DIGITS: only a text with a number word needs them
    tokens = [t for t in tokenize(text) if t.text[0].isalpha()] if _has_number_word(text) else []
    i = 0
    while i < len(tokens):
        w = tokens[i].low
        parts = w.split("-")
        if w in words:
            value = float(words[w])
        elif len(parts) >= 2 and parts[0] in words and parts[1] in words:  # "twenty-five(-year-old)"
            value = float(words[parts[0]]) + float(words[parts[1]])
        elif len(parts) >= 2 and parts[0] in words:  # "five-day", "seven-year-old"
            value = float(words[parts[0]])
        else:
            i += 1
            continue
        if strict and w == "one":
            i += 1
            continue
        j = i + 1
        # "two million", "three hundred"
        while j < len(tokens) and tokens[j].low in _MULTIPLIERS and len(tokens[j].text) > 2 \
                and text[tokens[j - 1].end:tokens[j].start].strip() == "":
            value *= _MULTIPLIERS[tokens[j].low]
            j += 1
        approx = "approx" if w in ("dozen", "dozens") else ""
        out.append((value, text[tokens[i].start:tokens[j - 1].end], tokens[i].start, tokens[j - 1].end,
                    j > i + 1 or value >= 100, (_bound(text, tokens[i].start) or approx) if strict else ""))
        i = j
    return out


_NO_VALUES: frozenset[float] = frozenset()


def body_values(texts: list[str]) -> list[set[float] | frozenset[float]]:
    """The values each body sentence mentions, digits or words (read, never changed: the sentences
    without a number share one empty set, which on a long transcript is most of them)."""
    return [{found[0] for found in _found(t, strict=False)} or _NO_VALUES
            if _ANY_DIGIT.search(t) or _has_number_word(t) else _NO_VALUES
            for t in texts]


_ANY_DIGIT = re.compile(r"\d")
_LETTERS = re.compile("[a-z]+")


def _has_number_word(text: str) -> bool:
    """Could `extract` read a number word in `text`? Each one it reads ("five", "Twenty-one",
    "seven-year-old") is a whole run of letters once lower-cased, so a text whose runs include
    no number word has none. (A set lookup per run: several times faster than one alternation
    of the words searched case-insensitively.)"""
    return not _number_word_set().isdisjoint(_LETTERS.findall(text.lower()))


@cache
def _number_word_set() -> frozenset[str]:
    return frozenset(run for word in number_words() for run in _LETTERS.findall(word.lower()))
