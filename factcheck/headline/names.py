"""Names in a headline, and whether the body mentions them.

A name is a run of capitalised words. In a sentence-case headline a capital inside the line marks
a name; in a Title Case (or ALL CAPS) headline, at its start, after a colon and for all-capital
words, a capital says little, so only words that news bodies nearly always capitalise count
(word statistics in models/headline_stats.json); unknown words are given the benefit of the doubt.
A name is mentioned when any of its words is in the body: "Kim" for "Kim Jong Un", "Bale" for
"Christian Bale". A word matches the same word, a possessive ("Korea's"), a demonym or country
form ("North Korean" ~ "North Korea", "French" ~ "France", by shared stem or the alias list), an
acronym and its expansion ("JCS" ~ "Joint Chiefs of Staff", "UN" ~ "United Nations"), or a close
spelling (rapidfuzz ratio >= 85 for words of five letters or more: "Gaddafi" ~ "Gadaffi").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from factcheck.headline.terms import lowercase_words, name_words
from factcheck.headline.text import fold, stopwords, words
from factcheck.lexicon import words as lexicon_words
from factcheck.lexicon import wordset

FUZZY_CUTOFF = 85.0
_ACRONYM_SKIP = wordset("headline_acronym_skip")
_BREAKS = frozenset(':;"(?!.|[-')
_CONTRACTED = re.compile(r"'(?:m|ve|d|ll|re)$")  # "I'm", "I've": the word before is what counts
_URL = re.compile(r"\S*(?:https?://|www\.)\S*|#\S+|@\w+|\[[^\]]*\]")


@cache
def aliases() -> dict[str, tuple[str, ...]]:
    """`headline_aliases`: "us = united states | america | american" -> {"us": (...), ...} both ways."""
    out: dict[str, set[str]] = {}
    for entry in lexicon_words("headline_aliases"):
        key, _, rest = entry.partition("=")
        group = {key.strip(), *(p.strip() for p in rest.split("|"))} - {""}
        for g in group:
            out.setdefault(g, set()).update(group - {g})
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _not_names() -> frozenset[str]:
    return wordset("headline_not_names")


@dataclass(frozen=True)
class Name:
    text: str
    tokens: tuple[str, ...]
    descriptor: bool = False  # a nationality before a noun ("US rapper"): not checked on its own


def _is_title_case(tokens: list[str]) -> bool:
    stop = stopwords()
    content = [t for t in tokens[1:] if t[:1].isalpha() and t.lower() not in stop]
    if len(content) < 2:
        return False
    return sum(t[0].isupper() for t in content) >= 0.75 * len(content)


def _is_all_caps(tokens: list[str]) -> bool:
    letters = [t for t in tokens if t[:1].isalpha() and len(t) > 1]
    return len(letters) >= 3 and sum(t.isupper() for t in letters) >= 0.75 * len(letters)


def headline_names(headline: str) -> list[Name]:
    # links, hashtags, handles and bracketed labels ("[Video]") are not the headline's names
    text = _URL.sub(lambda m: " " * len(m.group()), fold(headline))
    tokens = [t for t in words(text) if not (any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
                                              and not t.isupper())]
    title = _is_title_case(tokens)
    shouting = _is_all_caps(tokens)
    names, common, stop, skip, known = name_words(), lowercase_words(), stopwords(), _not_names(), aliases()
    # positions where a capital is expected anyway: the start, after a colon or an opening quote
    starts = {0}
    pos, idx = 0, []
    for i, t in enumerate(tokens):
        at = text.find(t, pos)
        idx.append(at)
        before = text[pos:at].strip()
        if before and before[-1] in _BREAKS or before.endswith("'") and i > 0:
            starts.add(i)
        pos = at + len(t)
    out: list[Name] = []
    run: list[str] = []
    for i, t in enumerate(tokens):
        lt = t.lower()
        is_name = False
        if t[:1].isupper() and lt not in skip and ("'" not in lt or _CONTRACTED.sub("", lt) not in skip):
            if shouting or title or i in starts:
                is_name = lt in names or (lt in known and t.isupper())
            elif t.isupper() and len(t) > 1:  # an acronym, or a shouted word ("GAVE BIRTH")
                is_name = lt in known or lt in names
            else:  # a capital inside a sentence-case line: a name unless bodies write the word in lower case
                is_name = lt not in stop and (lt in names or lt not in common)
        if not is_name and run and " ".join(run + [t]).lower() in known:
            is_name = True  # "Islamic State", "White House": a known name whose last word is common
        if is_name:
            run.append(t)
        elif run:
            key = " ".join(run).lower()
            out.append(Name(" ".join(run), tuple(run), key in wordset("headline_demonyms")
                            and not text[idx[i - 1] + len(tokens[i - 1]):idx[i]].strip()))
            run = []
        # a gap in the text (punctuation) also ends a name
        if run and i + 1 < len(tokens) and text[idx[i] + len(t):idx[i + 1]].strip():
            out.append(Name(" ".join(run), tuple(run)))
            run = []
    if run:
        out.append(Name(" ".join(run), tuple(run)))
    # a letter on its own ("Guns N' Roses", "Plan B") is no name a body has to repeat
    return [n for n in out if any(len(t.strip("'.")) > 1 for t in n.tokens)]


@dataclass
class BodyNames:
    """What the body offers for name matching, built once per article."""

    words: set[str]
    capitalised: list[str]
    initials: str  # first letters of each run of capitalised words, runs separated by spaces
    stream: str

    @classmethod
    def build(cls, tokens: Iterable[list[str]]) -> BodyNames:
        """From each sentence's word tokens (factcheck.headline.text.words), read once, so that a
        huge body's tokens can come one sentence at a time and never all be kept."""
        builder = BodyNamesBuilder()
        for toks in tokens:
            builder.add(toks)
        return builder.done()

    def mentions_phrase(self, name: str) -> bool:
        """A whole name through the alias list ("Islamic State" ~ "ISIS") or its initials."""
        key = " ".join(w.lower() for w in words(name))
        if any(f" {alias} " in self.stream for alias in aliases().get(key, ())):
            return True
        initials = "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP)
        return len(initials) >= 2 and initials in self.words

    def mentions(self, token: str) -> bool:
        parts = [p for p in token.split("-") if len(p) >= 3]
        if len(parts) > 1:  # "Russia-Ukraine", "Coca-Cola"; "al-Baghdadi" needs only "Baghdadi"
            return all(self._mentions(p) for p in parts)
        return self._mentions(parts[0] if parts else token)

    def _mentions(self, token: str) -> bool:
        t = token.lower()
        plain = t.replace(".", "")
        if t in self.words or plain in self.words:
            return True
        # an acronym spelled out in the body: "JCS" in "South Korea's Joint Chiefs of Staff"
        if token.isupper() and len(plain) >= 2 and plain in self.initials:
            return True
        for alias in aliases().get(plain, ()) + aliases().get(t, ()):
            if f" {alias} " in self.stream:
                return True
        if len(t) >= 4 and any(_same_stem(t, w) for w in self.capitalised):
            return True
        if len(t) >= 5 and t in self.stream:  # inside a longer token: "youtube.com", "@YouTube", "Obamacare"
            return True
        if len(t) >= 5 and self.capitalised:
            return process.extractOne(t, self.capitalised, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF) is not None
        return False


class BodyNamesBuilder:
    """`BodyNames.build` a sentence at a time (`add`), for a caller that reads each sentence's
    tokens once for several purposes (the headline checks' body profile)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.caps: set[str] = set()
        self.vocab: set[str] = set()
        self.initials: list[str] = []

    def add(self, toks: list[str]) -> None:
        # lower-cased and split a sentence at a time: splitting the whole stream would hold a
        # string per word of the body at once (a 20 MB text: 3.5 million of them)
        part = " ".join(toks).lower()
        self.parts.append(part)
        self.vocab.update(part.split())
        add_cap, skip, initials = self.caps.add, _ACRONYM_SKIP, self.initials
        run = ""
        for w in toks:  # one pass: the capitalised words and the runs of their initials
            first = w[:1]
            if first.isupper():
                run += first
                add_cap(w.lower())
            elif run and w.lower() not in skip:
                initials.append(run)
                run = ""
        if run:
            initials.append(run)

    def join(self, later: BodyNamesBuilder) -> None:
        """Append the run `later` read, which follows this one in the body."""
        self.parts += later.parts
        self.caps |= later.caps
        self.vocab |= later.vocab
        self.initials += later.initials

    def done(self) -> BodyNames:
        stream = " " + " ".join(self.parts) + " "
        self.parts = []
        vocab = self.vocab
        for w in [w for w in vocab if "-" in w or "." in w]:
            vocab.update(w.split("-"))
            vocab.add(w.replace(".", ""))
        return BodyNames(vocab, sorted(self.caps), " ".join(i for i in self.initials if len(i) >= 2).lower(), stream)


def _same_stem(a: str, b: str) -> bool:
    """"korean"/"korea", "ukrainian"/"ukraine", "british"/"britain": a shared stem of 4+ letters
    that leaves at most three letters over on either side."""
    p = len(os.path.commonprefix((a, b)))
    return p >= 4 and p >= len(a) - 3 and p >= len(b) - 3


def missing_names(names: list[Name], body: BodyNames) -> list[Name]:
    return [n for n in names if not n.descriptor
            and not any(body.mentions(t) for t in n.tokens) and not body.mentions_phrase(n.text)]
