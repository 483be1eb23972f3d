"""The one word tokeniser: what a word is, for every stage that reads words.

A token is a word or one punctuation mark, with its offsets into the analysed text. A word is a
run of letters, digits and underscores, joined across an apostrophe, full stop, ampersand,
slash or hyphen with more of them, and across a comma between digits; a web address is one word:

    Okafor's   O'Brien   U.S.   AT&T   well-known   1,200   3.5   p.m.   and/or   https://example.org/a

An abbreviation keeps its full stop ("Mr.", "Gen." from lexicon/abbreviations.txt, and
initials such as "U.S."; "Jr.", "Inc.", "Calif." when the sentence runs on after them); any other word's
final full stop is a token of its own ("said." is "said" and "."). A curly apostrophe reads as
a straight one (factcheck.textnorm). An acronym spelt like a function word ("WHO", "IT";
lexicon/acronym_homographs.txt) keys as its initials ("w.h.o") unless its line is shouted.

The stages read the one stream in the view they need, never with a word pattern of their own:
the cue passes and the stance fallback the `Tok`s (`tokenize`, `tokenize_shared`), source kinds
the words and commas of a mention (`tokenize`), the check-worthiness features and the headline
checks the words alone (`words`: as written, a final full stop left off, "U.S." is "U.S"), a scan
of a story for the names it writes the token strings (`token_texts`).
tests/test_tokens.py fails on a module that compiles a word pattern of its own.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck import lexicon
from factcheck.textnorm import straighten

# The definition of a word (see the module docstring): a web address, or word characters joined
# by an apostrophe (any of the marks textnorm straightens), full stop, ampersand, slash, hyphen,
# an invisible joiner, or a comma between digits. A token may take one final full stop more,
# which `tokenize` gives back unless the word is an abbreviation; `words` never takes it.
_URL = r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\"'.,;:!?)\]]"
_WORD = r"\w+(?:['\u2018\u2019\u201a\u201b.&/\-\u00ad\u200b-\u200d\u2060]\w+|,(?<=\d,)(?=\d)\w+)*"
# characters inside a word that show nothing (a soft hyphen, zero-width spaces and joiners, as pages
# and wire copy leave them: "Global\u00adPost"): part of the word as written, not of its key
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"))
_TOKEN = re.compile(rf"{_URL}|{_WORD}\.?(?<!\.\.)|[^\w\s]")
_WORDS = re.compile(rf"{_URL}|{_WORD}")  # the same words, the punctuation between them skipped
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
def abbreviations_of(cls: str) -> frozenset[str]:
    """The abbreviations of one class of lexicon/abbreviations.txt, without their full stop
    ("title": those whose stop always belongs to the word, Mr., Gen., Dr.)."""
    return frozenset(e.split("\t")[1].strip() for e in lexicon.words("abbreviations")
                     if e.split("\t")[0].strip() == cls)


@cache
def acronym_homographs() -> frozenset[str]:
    """Acronyms spelt like a function word ("who", "it"; lexicon/acronym_homographs.txt): in
    capitals, outside a shouted line, a name whose key is its initials ("w.h.o")."""
    return frozenset(lexicon.words("acronym_homographs"))


def _ends_a_name(text: str, low: str) -> bool:
    """An abbreviation that ends a name: "Jr", "Inc", a capitalised state ("Calif"), a party and
    state ("D-Calif"). Its full stop belongs to the word when the sentence runs on after it
    ("Donald Trump Jr. said", "Acme Inc., which", "Ann Lee, D-Calif., said")."""
    if low in abbreviations_of("suffix"):
        return True
    return text[:1].isupper() and low.rpartition("-")[2] in abbreviations_of("place") and (
        "-" not in low or low[0] in "rdi" and low[1] == "-")


def _runs_on(text: str, at: int, end: int) -> bool:
    """The sentence goes on at `at`: after spaces, a lower-case word or a comma-like mark."""
    while at < end and text[at] == " ":
        at += 1
    return at < end and (text[at].islower() or text[at] in ",;:)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The word and punctuation tokens of text[start:end], offsets into `text`."""
    out = []
    initials: list[Tok] = []
    titles = abbreviations_of("title")
    homographs = acronym_homographs()
    stop = len(text) if end is None else min(end, len(text))
    for m in _TOKEN.finditer(text, start, stop):
        t = m.group()
        low = t.lower()
        if not low.isascii():
            low = straighten(low)
            low = low.translate(_INVISIBLE) or low  # a lone zero-width space stays a token of its own
        if low[-1] == "." and len(low) > 1:
            # "Gen." keeps its stop in text, not in the key; a sentence-final "said." also
            low = low[:-1]
            if ("." not in low or low[0].isdigit()) and low not in titles and not (
                    _runs_on(text, m.end(), stop) and _ends_a_name(t, low)):
                a, t_end = m.span()
                t_end -= 1
                out.append(Tok(t[:-1], a, t_end, low))
                if low in homographs and t.isupper():
                    initials.append(out[-1])
                out.append(Tok(".", t_end, t_end + 1, "."))
                continue
        a, b = m.span()
        out.append(Tok(t, a, b, low))
        if low in homographs and t.isupper():
            initials.append(out[-1])
    if initials and not _shouted(out):
        for tok in initials:
            tok.low = ".".join(tok.low)  # "WHO" -> "w.h.o": initials, as "U.S." -> "u.s"
    return out


def _shouted(toks: list[Tok]) -> bool:
    """Are most of the words of these tokens (two letters or more) in capitals?"""
    long_words = [t.text for t in toks if t.is_word and len(t.text) > 1 and t.text[0].isalpha()]
    return sum(w.isupper() for w in long_words) * 2 > len(long_words)


# The cue passes and the stance fallback read the same sentence; the second reader gets the
# first's tokens from this cache. Callers must not change the list. (Kept small: holding an
# article's worth of token lists costs more in garbage collection than tokenising again saves.)
tokenize_shared = lru_cache(maxsize=16)(tokenize)


def token_texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens of text[start:end] as written, without offsets and with a word's final full
    stop left on it ("said." ends a sentence, "Mr." does not end a name): the cheap view for a
    scan of a long stretch of text that needs no `Tok`."""
    return _TOKEN.findall(text, start, len(text) if end is None else end)


def words(text: str) -> list[str]:
    """The words of `text` as written, curly apostrophes straight, a final full stop left off:
    "Okafor’s 1,200 U.S. staff said." -> ["Okafor's", "1,200", "U.S", "staff", "said"]."""
    found = _WORDS.findall(text)
    return found if text.isascii() else [w if w.isascii() else straighten(w).translate(_INVISIBLE) for w in found]

