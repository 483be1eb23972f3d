"""Word and punctuation tokens with offsets into the analysed text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck import lexicon
from factcheck.textnorm import straighten

_TOKEN = re.compile(r"\w+(?:[’'.&\-]\w+)*\.?(?<!\.\.)|[^\w\s]")
# a lone ' token is a quotation mark: apostrophes inside words stay in the word token
QUOTE_CHARS = frozenset("\"“”‘’«»'")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    low: str  # lower-cased, straight apostrophes, trailing full stop dropped

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        return self.low.endswith("'s") or (self.low.endswith("s'") and len(self.low) > 2)


@cache
def _titles() -> frozenset[str]:
    """Abbreviations whose full stop belongs to the word (Mr., Gen., Dr.)."""
    return frozenset(e.split("\t")[1].strip() for e in lexicon.words("abbreviations")
                     if e.split("\t")[0].strip() == "title")


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The word and punctuation tokens of text[start:end], offsets into `text`."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        low = straighten(t.lower())
        if low.endswith(".") and len(low) > 1:
            # "Gen." keeps its stop in text, not in the key; a sentence-final "said." also
            low = low[:-1]
            if "." not in low and low not in _titles():
                t_end = m.end() - 1
                out.append(Tok(t[:-1], m.start(), t_end, low))
                out.append(Tok(".", t_end, m.end(), "."))
                continue
        out.append(Tok(t, m.start(), m.end(), low))
    return out


# The cue passes and the stance fallback read the same sentence; the second reader gets the
# first's tokens from this cache. Callers must not change the list.
tokenize_shared = lru_cache(maxsize=16)(tokenize)
