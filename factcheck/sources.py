"""One entry per real-world source: attributions and chains grouped by resolved name, with
aliases merged when one name is a fuzzy match or a specific part of another (rapidfuzz).

Candidates for a merge are found through an index of the names' distinctive words, so the
work grows with the number of sources, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from factcheck.attribution.kinds import link_kind
from factcheck.lexicon import wordset
from factcheck.model import Sentence, Source
from factcheck.textnorm import same

_GENERIC = wordset("source_generic_words")


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return tuple(t for t in words if t not in ("the", "a", "an", "s"))


@dataclass(eq=False)  # an entry is one source: the index's lists test membership by identity
class _Entry:
    name: str
    tokens: tuple[str, ...]
    kinds: Counter = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    # the ids in `sentences`, for the membership test: a source quoted in every paragraph of a
    # transcript has tens of thousands, and a list scan per attribution made that quadratic
    seen: set[str] = field(default_factory=set)


def _same_source(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    small, big = sorted((set(ta), set(tb)), key=len)
    if small <= big and small - _GENERIC:
        return True
    return same(" ".join(ta), " ".join(tb))


class _Index:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.exact: dict[tuple[str, ...], _Entry] = {}
        self.by_word: dict[str, list[_Entry]] = defaultdict(list)

    def find(self, toks: tuple[str, ...]) -> _Entry | None:
        hit = self.exact.get(toks)
        if hit is not None:
            return hit
        seen: set[int] = set()
        for w in toks:
            for e in self.by_word.get(w, ()):
                if id(e) not in seen:
                    seen.add(id(e))
                    if _same_source(e.tokens, toks):
                        return e
        return None

    def add(self, e: _Entry, toks: tuple[str, ...]) -> None:
        if self.exact.get(toks) is e:
            return  # added under these words before (a source named again, most names of a batch)
        self.exact[toks] = e
        for w in set(toks) - _GENERIC or set(toks):
            if e not in self.by_word[w]:
                self.by_word[w].append(e)


def collect(sentences: list[Sentence]) -> list[Source]:
    index = _Index()
    for s in sentences:
        names = []
        for a in s.attributions:
            if not a.mention:
                continue  # "is expected to": nobody is named, so there is no source to list
            names.append((a.source, a.mention, a.kind))
            names.extend((v, v, "vague" if a.kind == "vague" else link_kind(v)) for v in a.via)
        for name, mention, kind in names:
            toks = _tokens(name)
            e = index.find(toks)
            if e is None:
                e = _Entry(name, toks)
                index.entries.append(e)
            elif len(name) > len(e.name) and kind not in ("anonymous", "vague"):
                e.aliases.append(e.name)
                e.name, e.tokens = name, toks
            index.add(e, toks)
            e.kinds[kind] += 1
            for alias in (name, mention):
                if alias != e.name and alias not in e.aliases:
                    e.aliases.append(alias)
            if s.id not in e.seen:
                e.seen.add(s.id)
                e.sentences.append(s.id)
    # the most common kind, the first counted of equals: Counter.most_common(1) is this max
    return [Source(name=e.name, kind=max(e.kinds.items(), key=itemgetter(1))[0],
                   aliases=[a for a in e.aliases if a != e.name], sentences=e.sentences)
            for e in index.entries]
