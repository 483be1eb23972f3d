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
        elif op is _sre.ASSERT:
            out += _options(av[1])  # a lookahead's text is in the sentence too
        elif op is _sre.BRANCH:
            per = [_best(_options(alt)) for alt in av[1]]
            if all(p is not None for p in per):
                out.append(frozenset().union(*per))  # type: ignore[arg-type]
    if run:
        out.append(frozenset({run}))
    return out


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literals (lower-cased) one of which every match of `pattern` contains, or None when no
    such set of useful length exists. Case-insensitive patterns: compare lower-cased text."""
    best = _best(_options(_sre.parse(pattern, re.I)))
    if best is None or min(len(s) for s in best) < _MIN_LITERAL:
        return None
    return frozenset(s.lower() for s in best)


def prefilter(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex that finds, case-insensitively, a literal every match of any of `patterns` needs;
    None when some pattern has no such literal (then the patterns always run)."""
    needed: set[str] = set()
    for p in patterns:
        lits = required_literals(p)
        if lits is None:
            return None
        needed |= lits
    return re.compile("|".join(re.escape(s) for s in sorted(needed, key=lambda s: (-len(s), s))), re.I)
