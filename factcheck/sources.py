"""One entry per real-world source: attributions and chains grouped by resolved name, with
aliases merged when one name is a fuzzy match or a specific part of another (rapidfuzz).

Candidates for a merge are found through an index of the names' distinctive words, so the
work grows with the number of sources, not with its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

from factcheck.attribution.kinds import link_kind
from factcheck.attribution.resolve import reader_voice
from factcheck.lexicon import wordset
from factcheck.model import Sentence, Source
from factcheck.textnorm import same

_GENERIC = wordset("source_generic_words")


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return tuple(t for t in words if t not in ("the", "a", "an", "s"))


class _Entry:
    """One source as it is collected. Compared by identity (the index's lists test membership):
    a plain slotted class, since a batch of headline + body pairs makes a few hundred a body."""

    __slots__ = ("name", "tokens", "kinds", "aliases", "sentences", "seen")

    def __init__(self, name: str, tokens: tuple[str, ...]) -> None:
        self.name = name
        self.tokens = tokens
        self.kinds: dict[str, int] = {}  # kind -> times, in the order first seen
        self.aliases: list[str] = []
        self.sentences: list[str] = []
        # the ids in `sentences`, for the membership test: a source quoted in every paragraph of a
        # transcript has tens of thousands, and a list scan per attribution made that quadratic
        self.seen: set[str] = set()


# A sentence that names someone, as `collect` reads it: its id, and (name, mention, kind, the
# name's words) of each source it names, in order.
Named = tuple[str, tuple[tuple[str, str, str, tuple[str, ...]], ...]]


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
    """The sources the sentences' attributions name, merged, in the order first named."""
    return collect_named(named_in(sentences))


def named_in(sentences: Iterable[Sentence]) -> list[Named]:
    """What `collect` reads of the sentences: those that name someone, with their names. A body
    checked under many headlines keeps its own (pipeline.BodyAnalysis.named)."""
    out = []
    for s in sentences:
        names = []
        for a in s.attributions:
            if not a.mention:
                continue  # "is expected to": nobody is named, so there is no source to list
            if not reader_voice(a.source):
                # ("if you want ...": the reader the article addresses is supposed, not cited; a
                # source the credit passes through is still listed)
                names.append((a.source, a.mention, a.kind, _tokens(a.source)))
            names.extend((v, v, "vague" if a.kind == "vague" else link_kind(v), _tokens(v)) for v in a.via)
        if names:
            out.append((s.id, tuple(names)))
    return out


def collect_named(named: Iterable[Named]) -> list[Source]:
    """`collect` of the sentences `named` was read from (named_in)."""
    index = _Index()
    for sid, names in named:
        for name, mention, kind, toks in names:
            e = index.find(toks)
            if e is None:
                e = _Entry(name, toks)
                index.entries.append(e)
            elif len(name) > len(e.name) and kind not in ("anonymous", "vague"):
                e.aliases.append(e.name)
                e.name, e.tokens = name, toks
            index.add(e, toks)
            e.kinds[kind] = e.kinds.get(kind, 0) + 1
            for alias in (name, mention):
                if alias != e.name and alias not in e.aliases:
                    e.aliases.append(alias)
            if sid not in e.seen:
                e.seen.add(sid)
                e.sentences.append(sid)
    # the most common kind, the first counted of equals (as Counter.most_common(1) would give)
    return [Source(name=e.name, kind=max(e.kinds.items(), key=itemgetter(1))[0],
                   aliases=[a for a in e.aliases if a != e.name], sentences=e.sentences)
            for e in index.entries]


def told_about_only(sentences: Iterable[Sentence], sources: list[Source]) -> list[set[str]]:
    """For each source, the ids of its sentences that only tell about it ("the council voted to
    close two libraries"): there, no attribution naming it reports anything (Attribution.reports),
    so a list of sources can say it is not cited in them. A source reached only through a chain
    or a merged alias counts as cited."""
    by_id = {s.id: s for s in sentences}
    out: list[set[str]] = []
    for src in sources:
        names = {src.name.casefold(), *(a.casefold() for a in src.aliases)}
        ids: set[str] = set()
        for sid in src.sentences:
            s = by_id.get(sid)
            if s is None:
                continue
            mine = [a for a in s.attributions if a.source.casefold() in names or a.mention.casefold() in names]
            if mine and not any(a.reports for a in mine):
                ids.add(sid)
        out.append(ids)
    return out
