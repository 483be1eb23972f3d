"""Numbers as values: "$2bn" == "$2 billion" == "2,000,000,000", "six" == "6", "15%" == "15 per cent".

A headline number is checked against every number in the body. Headlines round, so a number that
is plainly round ("500", "1,000", "2.5m") also matches a body number that rounds to it ("497",
"2.46 million"); an exact-looking one ("43") must be there as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.headline_text import fold
from factcheck.lexicon import table

_MULT = r"(?:thousand|k|million|mln|mn|m|billion|bln|bn|b|trillion|tn|tr)"
_DIGITS = re.compile(
    rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?P<mult>{_MULT})\b)?",
    re.IGNORECASE,
)
_TAIL = re.compile(r"[A-Za-z]+|/\d|:\d")
_ANY_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b", re.IGNORECASE)
_WORDNUM = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_MULTIPLIERS = {
    "hundred": 100, "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "tr": 1e12,
}
# Letters that may follow a quantity without making it a name or an ordinal: plurals, units.
_UNIT_TAILS = frozenset("s yr yrs km kg mph ft cm mm lb lbs ml mg kph hrs min mins".split())


@dataclass(frozen=True)
class Number:
    value: float
    text: str
    start: int
    end: int
    round_: bool  # written as a round figure: matches a body number that rounds to it

    def matches(self, other: float) -> bool:
        if _close(self.value, other):
            return True
        if not self.round_ or other <= 0:
            return False
        return _close(_round_like(other, self.value), self.value)


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
    text = fold(text)
    out: list[Number] = []
    for m in _DIGITS.finditer(text):
        mult = m.group("mult")
        tail_m = None if mult else _TAIL.match(text, m.end())
        tail = tail_m.group() if tail_m else None
        if strict and (_glued(text, m.start()) or (tail and tail.lower() not in _UNIT_TAILS)):
            continue
        value = float(m.group("num").replace(",", ""))
        if mult:
            value *= _MULTIPLIERS[mult.lower()]
        if strict and tail and tail.lower() == "s" and len(m.group("num")) == 4:
            continue  # "1990s": a decade, not a count
        out.append(Number(value, m.group(), m.start(), m.end(), _is_round(m.group("num"), mult)))
    words = number_words()
    tokens = list(_WORDNUM.finditer(text))
    i = 0
    while i < len(tokens):
        w = tokens[i].group().lower()
        parts = w.split("-")
        if w in words:
            value = float(words[w])
        elif len(parts) == 2 and parts[0] in words and parts[1] in words:  # "twenty-five"
            value = float(words[parts[0]]) + float(words[parts[1]])
        else:
            i += 1
            continue
        if strict and w == "one":
            i += 1
            continue
        j = i + 1
        # "two million", "three hundred"
        while j < len(tokens) and tokens[j].group().lower() in _MULTIPLIERS and len(tokens[j].group()) > 2 \
                and text[tokens[j - 1].end():tokens[j].start()].strip() == "":
            value *= _MULTIPLIERS[tokens[j].group().lower()]
            j += 1
        out.append(Number(value, text[tokens[i].start():tokens[j - 1].end()], tokens[i].start(), tokens[j - 1].end(),
                          j > i + 1 or value >= 100))
        i = j
    return out


def body_values(texts: list[str]) -> list[set[float]]:
    """The values each body sentence mentions, digits or words."""
    return [{n.value for n in extract(t, strict=False)} if _ANY_NUMBER.search(t) else set() for t in texts]
