"""Word and punctuation tokens with offsets into the analysed text."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck import lexicon
from factcheck.textnorm import straighten

_TOKEN = re.compile(r"\w+(?:[’'.&\-]\w+)*\.?(?<!\.\.)|[^\w\s]")
# a lone ' token is a quotation mark: apostrophes inside words stay in the word token
QUOTE_CHARS = frozenset("\"“”‘’«»'")


class Tok:
    """One token: `text` as written at text[start:end]; `low` lower-cased, straight apostrophes,
    trailing full stop dropped. Read, never changed (equal and hashed by its four fields).

    A plain slotted class rather than a frozen dataclass: a sentence makes dozens of these and
    every cue pass reads them, so building one costs a quarter of a frozen dataclass's and
    `is_word`/`cap` are worked out once, not on each of their many reads."""

    __slots__ = ("text", "start", "end", "low", "is_word", "cap")

    def __init__(self, text: str, start: int, end: int, low: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = low
        c = text[0]
        self.is_word = c.isalnum() or c == "_"
        self.cap = c.isupper()

    def _key(self) -> tuple[str, int, int, str]:
        return (self.text, self.start, self.end, self.low)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, Tok) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Tok(text={self.text!r}, start={self.start!r}, end={self.end!r}, low={self.low!r})"

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
    titles = _titles()
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        low = straighten(t.lower())
        if low[-1] == "." and len(low) > 1:
            # "Gen." keeps its stop in text, not in the key; a sentence-final "said." also
            low = low[:-1]
            if "." not in low and low not in titles:
                a, t_end = m.span()
                t_end -= 1
                out.append(Tok(t[:-1], a, t_end, low))
                out.append(Tok(".", t_end, t_end + 1, "."))
                continue
        a, b = m.span()
        out.append(Tok(t, a, b, low))
    return out


# The cue passes and the stance fallback read the same sentence; the second reader gets the
# first's tokens from this cache. Callers must not change the list.
tokenize_shared = lru_cache(maxsize=16)(tokenize)
