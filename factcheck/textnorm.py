"""Text as it is compared, never as it is shown: one quotation-mark normaliser and one fuzzy
"same name" test, shared by every stage that compares words or lines.

Pasted and typed text differ in their quotation marks ("Okafor’s" and "Okafor's" are one name),
and a page repeats its headline with small changes ("Rail strike: what we know" beside "Rail
strike - what we know"). Each stage used to keep its own copy of both and the copies drifted;
these are the only ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

# Curly and low-9 quotation marks as the straight ones typed on a keyboard.
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'}
_STRAIGHT = str.maketrans(QUOTES)

# How alike two names or lines must be to count as the same (rapidfuzz ratio, 0-100, on `key`s).
# Merging sources used 90 and finding a page's headline again used 92; with 90 for both, every set
# of scripts/snapshot_analysis.py and benchmarks/extraction.py gave the same output as before,
# while 92 split sources that 90 merges ("the masked men" and "a masked man"; 11 lines differed).
SAME_CUTOFF = 90
_NOT_KEPT = re.compile(r"[^\w'\"%$£€.,]+")


def straighten(text: str) -> str:
    """`text` with curly quotation marks straight: "Okafor’s" -> "Okafor's"."""
    return text if text.isascii() else text.translate(_STRAIGHT)


@lru_cache(maxsize=4096)  # pure; HTML extraction compares the same lines many times
def key(text: str | None) -> str:
    """The comparison key of a name or line: case, quotation marks, punctuation other than
    figures' (% $ . ,) and spacing do not matter."""
    t = straighten(text or "").lower()
    return " ".join(_NOT_KEPT.sub(" ", t).split()).strip(" .,")


def same(a: str | None, b: str | None) -> bool:
    """Do `a` and `b` name the same thing, give or take a typo or a punctuation mark? ("Rail
    strike: what we know" and "Rail strike - what we know"; not "Ruth Okafor" and "Ruth Okoro")."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    return ka == kb or fuzz.ratio(ka, kb, score_cutoff=SAME_CUTOFF) > 0
