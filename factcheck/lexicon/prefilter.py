"""Quick pre-checks derived from regex lexicons, so a pre-check cannot drift from its patterns.

A long alternation of patterns is slow to run on every sentence, and most sentences contain
none of the words it needs. From the parsed pattern we take a set of literal strings one of
which every match must contain ("report", "study", ... for "(?:a|the) (?:report|study)
published"); a sentence with none of them cannot match, and the patterns are not run on it.
"""

from __future__ import annotations

import re

try:  # the parser behind `re`; public as sre_parse before Python 3.11
    import re._parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

# literals shorter than this ("a", "the") are in nearly every sentence: no use as a pre-check
_MIN_LITERAL = 3
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective option: longest shortest literal, then fewest literals."""
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _options(seq) -> list[frozenset[str]]:
    """Sets of literals of which every match of `seq` contains one (each set is one choice)."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset({run}))
            run = ""
        if op is _sre.SUBPATTERN:
            out += _options(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            out += _options(av[2])
        elif op is _sre.ASSERT and av[0] >= 0:
            # a lookahead's text is in the sentence too; a lookbehind's may lie before a search
            # that starts inside a longer text, so it is no pre-check of the sentence
            out += _options(av[1])
        elif op is _sre.BRANCH:
            per = [_best(_options(alt)) for alt in av[1]]
            if all(p is not None for p in per):
                out.append(frozenset().union(*per))  # type: ignore[arg-type]
    if run:
        out.append(frozenset({run}))
    return out


def _useful(pattern: str) -> list[frozenset[str]]:
    """The pattern's required literal sets of useful length, most selective first."""
    found = {o for o in _options(_sre.parse(pattern, re.I)) if min(len(s) for s in o) >= _MIN_LITERAL}
    return sorted(found, key=lambda o: (-min(len(s) for s in o), len(o), sorted(o)))


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literals (lower-cased) one of which every match of `pattern` contains, or None when no
    such set of useful length exists. Case-insensitive patterns: compare lower-cased text."""
    useful = _useful(pattern)
    return frozenset(s.lower() for s in useful[0]) if useful else None


def _any_of(literals: frozenset[str]) -> tuple[str, ...]:
    # looked for one by one with `in` in lower-cased text: on sentence-sized text a loop of
    # substring tests is two to four times faster than one regex alternation of the literals
    return tuple(sorted((s.lower() for s in literals), key=lambda s: (-len(s), s)))


def _contains_any(lowered: str, literals: tuple[str, ...]) -> bool:
    for lit in literals:
        if lit in lowered:
            return True
    return False


class Prefilter:
    """Could any of a lexicon's patterns match this text? A necessary condition, cheap to test:
    one scan for any literal some pattern needs, then, per pattern, one literal from each of
    its two most selective required sets ("experts" ... and "say" ... for "experts(?= say)")."""

    def __init__(self, needed: list[list[tuple[str, ...]]]) -> None:
        self._needed = needed
        self._first = _any_of(frozenset().union(*(n[0] for n in needed)))

    def possible(self, lowered: str) -> tuple[int, ...]:
        """The indexes of the patterns that could match `lowered` (lower-cased text), in order;
        () when none could. An alternation of these alone finds what the whole one finds in
        this text: the others cannot match anywhere in it."""
        if not _contains_any(lowered, self._first):
            return ()
        out = []
        for k, sets in enumerate(self._needed):
            for lits in sets:
                if not _contains_any(lowered, lits):
                    break
            else:
                out.append(k)
        return tuple(out)

    def could_match(self, lowered: str) -> bool:
        """`lowered`: the text, lower-cased (once for all the lexicons asked)."""
        if not _contains_any(lowered, self._first):
            return False
        for sets in self._needed:  # loops, not any(all(...)): two generators a sentence cost more
            for lits in sets:
                if not _contains_any(lowered, lits):
                    break
            else:
                return True
        return False


def prefilter(patterns: tuple[str, ...], depth: int = 2) -> Prefilter | None:
    """The pre-check of `patterns`; None when some pattern has no required literal of useful
    length (then the patterns always run)."""
    needed = []
    for p in patterns:
        useful = _useful(p)
        if not useful:
            return None
        needed.append([_any_of(o) for o in useful[:depth]])
    return Prefilter(needed)
