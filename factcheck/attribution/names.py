"""What a name or pronoun tells on its own, within one sentence: a person's gender from a title
or given name ("Mrs Okafor", "Ruth Okafor"), the pronoun a possessive stands for ("his" -> "he").
Shared by the cue passes and cross-sentence resolution, which must not import each other."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck import lexicon

_TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
COURTESY_TITLES = frozenset(_TITLE_GENDER)


@cache
def given_names() -> dict[str, str]:
    return dict(e.split("\t") for e in lexicon.words("given_names"))


@lru_cache(maxsize=65536)  # a pure function of the name; resolution asks it of every person it holds
def gender_of(name: str) -> str | None:
    """'m' or 'f' from a title or a given name in `name`, or None."""
    words = re.findall(r"[A-Za-z'’-]+", name)
    for w in words:
        g = _TITLE_GENDER.get(w.lower())
        if g:
            return g
    for w in words:
        g = given_names().get(w.lower())
        if g:
            return g
    return None


@cache
def possessive_pronouns() -> dict[str, str]:
    """'his' -> 'he', 'their' -> 'they' (factcheck/lexicon/possessive_pronouns.txt)."""
    return dict(e.split("\t") for e in lexicon.words("possessive_pronouns"))
