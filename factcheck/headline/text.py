"""Text helpers for the headline checks: normalisation, word tokens and a light lemma key.

The lemma key is for matching, not for display: "dies", "died" and "dying" all give "di",
"studies"/"studied"/"study" give "studi", "captured"/"capturing"/"capture" give "captur".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain

from factcheck import tokens
from factcheck.lexicon import table, wordset
from factcheck.textnorm import QUOTES

# Curly quotes (the one table, factcheck.textnorm), primes, guillemets and dashes folded so that
# pasted and typed text compare equal.
_FOLD = str.maketrans({
    **QUOTES, "\u2032": "'", "\u0060": "'", "\u00b4": "'", "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})

# A consonant doubled before -ed/-ing ("stopped", "planned"); not s, f or z, which end the base
# form itself ("dismissed", "passed", "stuffed", "buzzed"), nor l ("called", "filled").
_DOUBLE = re.compile(r"([b-dghj-km-np-rtv-y])\1$")


def fold(text: str) -> str:
    """Curly quotes to straight ones, dashes to '-', odd spaces to ' '."""
    if text.isascii() and "`" not in text:  # the common case: nothing to fold, and translate is slow
        return text
    return text.translate(_FOLD)


def norm(text: str) -> str:
    """Folded, lower-case, whitespace collapsed: the form fuzzy comparisons run on."""
    return " ".join(fold(text).lower().split())


def words(text: str, folded: bool = False) -> list[str]:
    """Word tokens (factcheck.tokens) of folded text, case kept, possessive 's dropped ("Korea's" -> "Korea")."""
    text = text if folded else fold(text)
    found = tokens.words(text)
    if "'s" not in text and "'S" not in text:  # no possessive to drop
        return found
    return [w[:-2] if w.endswith(("'s", "'S")) else w for w in found]


def stopwords() -> frozenset[str]:
    return wordset("headline_stopwords")


@cache
def place_abbreviations() -> dict[str, str]:
    """`place_abbreviations`: "n.h" -> "new hampshire" (lower case, final stop dropped)."""
    return table("place_abbreviations")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A matching key that merges the inflections of one word (see the module docstring)."""
    w = word.lower().replace("'", "")
    irregular = table("headline_irregular")
    if w in irregular:  # an entry mapped to itself is a word the suffix rules would mangle
        base = irregular[w]
        return w if base == w else lemma(base)
    n = len(w)
    if n > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "i"
    elif n == 4 and w.endswith("ied"):  # died, lied, tied
        w = w[:-2]
    elif n == 5 and w.endswith("ying"):  # dying, lying, tying
        w = w[:-4] + "i"
    elif n > 5 and w.endswith("ing"):
        w = _DOUBLE.sub(r"\1", w[:-3])
    elif n > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = _DOUBLE.sub(r"\1", w[:-2])
    elif n > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 2 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


def content_lemmas(text: str) -> list[str]:
    """Lemma keys of the words that carry meaning (stopwords and one-letter tokens dropped)."""
    return lemmas_of(words(text))


def lemmas_of(tokens: list[str]) -> list[str]:
    """`content_lemmas` of an already tokenised text."""
    return list(chain.from_iterable(map(_token_lemmas, tokens)))


@lru_cache(maxsize=65536)
def _token_lemmas(token: str) -> tuple[str, ...]:
    stop = stopwords()
    out = []
    low = token.lower()
    if (place := place_abbreviations().get(low.rstrip("."))) is not None:
        low = place  # "N.H." is the body's "New Hampshire"
    for part in low.replace(" ", "-").split("-"):  # "Russia-Ukraine" is about Russia and Ukraine
        if part in stop or len(part) < 2 and not part.isdigit():
            continue
        out.append(lemma(part))
    return tuple(out)
