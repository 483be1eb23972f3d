"""Names in a headline, and whether the body mentions them.

A name is a run of capitalised words. In a sentence-case headline a capital inside the line marks
a name unless news bodies write the word in lower case, and the name is shown with the capitalised
common words it runs into ("New York City" for the name word "York"); in a Title Case (or ALL
CAPS) headline, at its start, after a colon and for all-capital words, a capital says little, so
only words that news bodies nearly always capitalise count (word statistics in
models/headline_stats.json). A name particle joined to a name belongs to it ("al-Rashid",
"Al-Hassan": kind_name_particles).
A name is mentioned when any of its words is in the body: "Kim" for "Kim Jong Un", "Bale" for
"Christian Bale". A word matches the same word, a possessive ("Korea's"), a demonym or country
form ("North Korean" ~ "North Korea", "French" ~ "France", by shared stem or the alias list), an
acronym and its expansion ("JCS" ~ "Joint Chiefs of Staff", "UN" ~ "United Nations"), or a close
spelling (rapidfuzz ratio >= 85 for words of five letters or more: "Gaddafi" ~ "Gadaffi", and
the name after a particle: "al-Shabab" ~ "al-Shabaab"), or a headline's shortening of a plural
name ("Isles" ~ "Islanders", "Dems" ~ "Democrats"). The whole name is mentioned by its
aliases or by its initials written in capitals in the body ("NYC"; never the pronoun "us").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain

from rapidfuzz import fuzz, process

from factcheck.headline.text import fold, lemma, stopwords, words
from factcheck.lexicon import table, wordset
from factcheck.lexicon import words as lexicon_words
from factcheck.word_case import lowercase_words, name_words

FUZZY_CUTOFF = 85.0
_ACRONYM_SKIP = wordset("headline_acronym_skip")
_BREAKS = frozenset(':;"(?!.|[-')
_CONTRACTED = re.compile(r"'(?:m|ve|d|ll|re)$")  # "I'm", "I've": the word before is what counts
_URL = re.compile(r"\S*(?:https?://|www\.)\S*|#\S+|@\w+|\[[^\]]*\]")


@cache
def aliases() -> dict[str, tuple[str, ...]]:
    """`headline_aliases` and `place_abbreviations`: "us = united states | america | american" ->
    {"us": (...), ...} both ways."""
    out: dict[str, set[str]] = {}
    for entry in chain(lexicon_words("headline_aliases"), lexicon_words("place_abbreviations")):
        key, _, rest = entry.partition("=")
        group = {key.strip(), *(p.strip() for p in rest.split("|"))} - {""}
        for g in group:
            out.setdefault(g, set()).update(group - {g})
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def _not_names() -> frozenset[str]:
    # shortened titles ("OK Gov Fallin", "GOP Rep McCaul") are titles, not names a body must repeat
    return wordset("headline_not_names") | frozenset(table("title_abbreviations"))


@dataclass(frozen=True)
class Name:
    text: str
    tokens: tuple[str, ...]
    descriptor: bool = False  # a nationality before a noun ("US rapper"): not checked on its own
    # read from a Title Case or shouted line, where a capital says little: a word the body writes
    # in lower case in another form ("Rip" over "ripped up") is a common word, not a name
    loose: bool = False


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
    def joined(i: int) -> bool:  # token i and token i + 1 with only spaces between them
        return i + 1 < len(tokens) and not text[idx[i] + len(tokens[i]):idx[i + 1]].strip()

    # In a sentence-case line a capital inside it is the writer's: a capitalised common word next
    # to a name belongs to it ("New York City", "Research Medical Center", "Homeland Security").
    # It is shown with the name, and the whole is matched by its aliases and initials ("NYC"),
    # while the name's own words are what the body must mention otherwise.
    sentence_case = not (title or shouting)
    out: list[Name] = []
    run: list[str] = []
    first = 0
    for i, t in enumerate(tokens):
        if "-" in t and t[:1].isupper():
            stem, _, tail = t.rpartition("-")
            if stem and tail.islower() and tail in common:
                t = stem  # "Trump-style", "Obama-era": the name before a common word
        lt = t.lower()
        is_name = False
        # "al-Baghdadi": a lower-case particle joined to a capitalised name is capitalised as a name
        capital = t[:1].isupper() or _particle(t)
        if capital and lt not in skip and ("'" not in lt or _CONTRACTED.sub("", lt) not in skip):
            if shouting or title or i in starts:
                is_name = lt in names or _particle_name(t, names) or (lt in known and t.isupper())
            elif t.isupper() and len(t) > 1:  # an acronym, or a shouted word ("GAVE BIRTH")
                is_name = lt in known or lt in names
            else:  # a capital inside a sentence-case line: a name unless bodies write the word in lower case
                word = lt if t[:1].isupper() else lt.partition("-")[2]  # "al-Baghdadi": bodies write it so
                is_name = word not in stop and (word in names or word not in common)
        if not is_name and run and " ".join(run + [t]).lower() in known:
            is_name = True  # "Islamic State", "White House": a known name whose last word is common
        if is_name:
            if not run:
                first = i
            run.append(t)
        elif run:
            key = " ".join(run).lower()
            out.append(_name(tokens, first, i, joined, starts if sentence_case else None,
                             key in wordset("headline_demonyms") and joined(i - 1)))
            run = []
        # a gap in the text (punctuation) also ends a name
        if run and i + 1 < len(tokens) and not joined(i):
            out.append(_name(tokens, first, i + 1, joined, starts if sentence_case else None))
            run = []
    if run:
        out.append(_name(tokens, first, len(tokens), joined, starts if sentence_case else None))
    # a letter on its own ("Guns N' Roses", "Plan B") is no name a body has to repeat
    if title or shouting:
        out = [replace(n, loose=True) for n in out]
    return [n for n in out if any(len(t.strip("'.")) > 1 for t in n.tokens)]


def _particle(token: str) -> bool:
    """'al-Baghdadi', 'Al-Baghdadi': a name particle (the source kinds' list) joined to a name."""
    head, _, tail = token.partition("-")
    return tail[:1].isupper() and head.lower() in wordset("kind_name_particles")


def _particle_name(token: str, names: frozenset[str]) -> bool:
    """'Al-Baghdadi' in a Title Case line: a particle joined to a word that news bodies capitalise
    (the whole hyphenated form is too rare to be in the statistics)."""
    return _particle(token) and token.partition("-")[2].lower() in names


def _name(tokens: list[str], first: int, end: int, joined: Callable[[int], bool],
          starts: set[int] | None, descriptor: bool = False) -> Name:
    """The Name whose words are tokens[first:end], shown, in a sentence-case line (`starts`: where a
    capital is expected anyway, given then), with the capitalised words it runs into on either
    side, up to a gap, a lower-case or shouted word, or a word whose capital the line's start or
    a colon explains ("Watch Obama ...")."""
    start, stop = first, end
    if starts is not None:
        stop_words = stopwords()

        def capital(k: int) -> bool:
            w = tokens[k]
            return w[:1].isupper() and not w.isupper() and k not in starts and w.lower() not in stop_words
        while start > 0 and joined(start - 1) and capital(start - 1):
            start -= 1
        while stop < len(tokens) and joined(stop - 1) and capital(stop):
            stop += 1
    # "New Jersey governor ...", "New Hampshire Governor": a known name whose first word is a common
    # one (dropped from the name's own words) is shown whole, so that its aliases ("N.J.") count
    known = aliases()
    while start > 0 and joined(start - 1) and tokens[start - 1][:1].isupper() \
            and " ".join(tokens[start - 1:stop]).lower() in known:
        start -= 1
    return Name(" ".join(tokens[start:stop]), tuple(tokens[first:end]), descriptor)


@dataclass
class BodyNames:
    """What the body offers for name matching, built once per article."""

    words: set[str]
    capitalised: list[str]
    initials: str  # first letters of each run of capitalised words, runs separated by spaces
    stream: str
    # the words written in capitals, without their stops ("NYC", "U.S." -> "us"): what a whole
    # name's initials are looked up in (the pronoun "us" or a sentence's opening "It" is no acronym)
    acronyms: set[str]
    # capitalised words met inside a sentence, not opening it: names, not a sentence's first word
    inner: set[str] = field(default_factory=set)
    _lower_lemmas: set[str] | None = field(default=None, repr=False, compare=False)

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
        return len(initials) >= 2 and initials in self.acronyms

    def writes_lower(self, token: str) -> bool:
        """Does the body write the word in lower case in some form ("ripped" for "Rip")?"""
        if self._lower_lemmas is None:
            caps = set(self.capitalised)
            self._lower_lemmas = {lemma(w) for w in self.words if w.isalpha() and w not in caps}
        return lemma(token) in self._lower_lemmas

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
        if len(t) >= 4 and t.endswith("s") and any(_shortened(t, w) for w in self.inner):
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
        self.acronyms: set[str] = set()
        self.inner: set[str] = set()

    def add(self, toks: list[str]) -> None:
        # lower-cased and split a sentence at a time: splitting the whole stream would hold a
        # string per word of the body at once (a 20 MB text: 3.5 million of them)
        part = " ".join(toks).lower()
        self.parts.append(part)
        self.vocab.update(part.split())
        add_cap, skip, initials = self.caps.add, _ACRONYM_SKIP, self.initials
        run = ""
        for k, w in enumerate(toks):  # one pass: the capitalised words and the runs of their initials
            first = w[:1]
            if first.isupper() or "-" in w and _particle(w):
                run += first
                add_cap(w.lower())
                if k:
                    self.inner.add(w.lower())
                if len(w) > 1 and w.isupper():
                    self.acronyms.add(w.replace(".", "").lower())
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
        self.acronyms |= later.acronyms
        self.inner |= later.inner

    def done(self) -> BodyNames:
        stream = " " + " ".join(self.parts) + " "
        self.parts = []
        vocab = self.vocab
        for w in [w for w in vocab if "-" in w or "." in w]:
            vocab.update(w.split("-"))
            vocab.add(w.replace(".", ""))
        caps = self.caps
        # "al-Shabaab" offers "shabaab" to a close spelling of the name ("Al-Shabab")
        caps.update(p for w in [w for w in caps if "-" in w] for p in w.split("-") if len(p) >= 3)
        return BodyNames(vocab, sorted(caps), " ".join(i for i in self.initials if len(i) >= 2).lower(), stream,
                         self.acronyms, self.inner)


def _same_stem(a: str, b: str) -> bool:
    """"korean"/"korea", "ukrainian"/"ukraine", "british"/"britain": a shared stem of 4+ letters
    that leaves at most three letters over on either side."""
    p = len(os.path.commonprefix((a, b)))
    return p >= 4 and p >= len(a) - 3 and p >= len(b) - 3


def _shortened(short: str, full: str) -> bool:
    """Headlinese for a plural name: "Isles" for "Islanders", "Pens" for "Penguins", "Dems" for
    "Democrats", "Nats" for "Nationals": the same first three letters, a plural "s" ending both,
    the short form's other letters in the full one in order, and the full one longer by two or more."""
    if len(full) < len(short) + 2 or short[:3] != full[:3] or not full.endswith("s"):
        return False
    rest = iter(full[3:-1])
    return all(c in rest for c in short[3:-1])


def missing_names(names: list[Name], body: BodyNames) -> list[Name]:
    return [n for n in names if not n.descriptor
            and not any(body.mentions(t) for t in n.tokens) and not body.mentions_phrase(n.text)
            and not (n.loose and len(n.tokens) == 1 and not n.tokens[0].isupper() and body.writes_lower(n.tokens[0]))]
