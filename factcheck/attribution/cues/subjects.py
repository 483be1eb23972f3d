"""Can a noun phrase be a source? Shared by the passes that look for one."""

from __future__ import annotations

from factcheck.attribution import lexicons as lx
from factcheck.attribution.mentions import DETERMINERS, TIME_WORDS, is_role_noun
from factcheck.tokens import Tok


def named_subject(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A subject that names someone: a name, a pronoun (not 'it'), or a noun for people who speak."""
    words = toks[rng[0]:rng[1]]
    if len(words) == 1 and words[0].low in lx.pronouns() and words[0].low != "it":
        return True
    return any(t.cap and not (n == 0 and rng[0] == 0 and t.low in DETERMINERS) for n, t in enumerate(words)) or \
        words[-1].low in lx.source_nouns()


def plausible_source(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Could this noun phrase be someone or something that says things? Names, pronouns,
    organisation, document and media words, and role nouns can; 'derogatory comments' cannot."""
    if named_subject(toks, rng):
        return True
    head = toks[rng[1] - 1].low
    return speaker_noun(head) or head.endswith("-year-old")  # "said the 46-year-old"


def speaker_noun(w: str) -> bool:
    """A word for someone or something that says things: a pronoun, a noun for people or by role,
    a body's, a document's or an outlet's word ('officials', 'economist', 'ministry', 'report')."""
    return (w in lx.pronouns() or w in lx.source_nouns() or is_role_noun(w) or w in lx.org_words()
            or w in lx.document_nouns() or w in lx.media()[1])


def timeish(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """A phrase with a time word in it ("Last week", "On Monday night") is no speaker."""
    return any(t.low in TIME_WORDS for t in toks[rng[0]:rng[1]])
