"""Vague formulas that carry their own cue ("it is understood", "critics say") and, when a
sentence names no one at all, agentless hedges ("is expected to", "reportedly")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.mentions import PREPOSITIONS, QUANTIFIER_PEOPLE
from factcheck.lexicon import patterns, rule_words, structured

_OWN_CUE = re.compile(r"\b(?:" + "|".join(patterns("vague_own_cues")) + r")\b", re.I)
_WEAK_FOLLOW_OK: dict[str, list[str]] = structured("cue_rules")["speech_verbs"]["weak_follow_ok"]
_NEXT_WORD = re.compile(r"\s+(?:have |had |also )?(\w+)")
_BY = re.compile(r"\bby\s")
_CLAUSE_OPENERS = frozenset({"to", "that", "if", "though", "likely", "unlikely"})
_REPORT_NOUN = re.compile(r"\b(?:" + "|".join(patterns("vague_report_nouns")) + r")\b", re.I)
# a word that takes a following quantifier as its object (see attribution_rules.toml)
_QUANTIFIER_GOVERNORS = PREPOSITIONS | rule_words("mentions", "quantifier_governors", "attribution_rules")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def formulas(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """A vague span no other pass took, when it holds its cue or a cue verb follows it. In a
    formula built on a report noun ("there have been reports that", "amid speculation that",
    "unconfirmed reports suggest") the noun phrase is the source and the formula its cue: a reader
    is told the claim rests on "speculation", not on "amid speculation that"."""
    text, end = s.text, s.end
    for a, b, kind in s.specials:
        if kind == "vague" and not chosen.overlaps(a, b):
            phrase = text[a:b]
            if _governed_quantifier(text, s.start, a, phrase) or _say_as_noun(text, b, end, phrase):
                continue
            own = _OWN_CUE.search(phrase)
            if own or _cue_right_after(text, b, end):
                # a formula that holds its cue ("reports that") is followed by its content, not a
                # cue: "there were reports that suspected militants had ..."
                noun = _REPORT_NOUN.search(phrase) if own else None
                if noun is not None and noun.group() != phrase:
                    yield Candidate(a + noun.start(), a + noun.end(), noun.group(), " ".join(phrase.split()), a,
                                    "vague.formula", kind="vague")
                else:
                    yield Candidate(a, b, phrase, _cue_word(text, a, b, end), a, "vague.formula", kind="vague")


def _governed_quantifier(text: str, start: int, a: int, phrase: str) -> bool:
    """'at some point, ...', 'For some, the cost is worth it': a bare quantifier after a preposition
    is that preposition's object, not people who say something."""
    if phrase.lower() not in QUANTIFIER_PEOPLE:
        return False
    m = _WORD_BEFORE.search(text, max(start, a - 24), a)
    return m is not None and m.group(1).lower() in _QUANTIFIER_GOVERNORS


_SAY_IN_WORDS = "|".join(sorted(rule_words("mentions", "say_in", "attribution_rules")))
_SAY_IN_OBJECTS = "|".join(sorted(rule_words("mentions", "say_in_objects", "attribution_rules")))
_SAY_IN = re.compile(rf"\s+say\s+(?:{_SAY_IN_WORDS})\s+(?:{_SAY_IN_OBJECTS})\b", re.I)


def _say_as_noun(text: str, b: int, end: int, phrase: str) -> bool:
    """'wanted some say in the disposition', 'have some say over how': a say in something is a noun
    (and "some" its determiner), where "Some say in private that ..." has none of those words after."""
    return phrase.lower() in QUANTIFIER_PEOPLE and _SAY_IN.match(text, b, end) is not None


def _cue_right_after(text: str, b: int, end: int) -> bool:
    m = _NEXT_WORD.match(text[b:end])
    if not m or (verb := lx.cue_verbs().get(m.group(1).lower())) is None:
        return False
    follow = _WEAK_FOLLOW_OK.get(verb.lemma)
    if verb.strength == "weak" and follow is not None and "that" not in follow:
        # "some pointed advice", "the most pointed critiques": a weak cue that speaks only with its
        # particle ("pointed out", "pointed to") is an adjective without it
        after = _NEXT_WORD.match(text, b + m.end(), end)
        return after is not None and after.group(1).lower() in follow
    return True


def _cue_word(text: str, a: int, b: int, end: int) -> str:
    m = _NEXT_WORD.match(text[b:end])
    if m and m.group(1).lower() in lx.cue_verbs():
        return m.group(1)
    return text[a:b].split()[-1] if text[a:b].split() else "said"


def _opens_clause(cue: str) -> bool:
    """'is expected to', 'it seems that', 'reportedly': what follows is the hedged claim with its
    own verb, so a later "by" is that verb's agent ("is expected to sign the bill by Friday",
    "was reportedly targeted by a cartel"), not the hedge's; after "seen as a threat" or
    "criticized for the delays" a "by" names who sees or criticizes."""
    words = cue.lower().split()
    return len(words) == 1 or words[-1] in _CLAUSE_OPENERS


def agentless(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'is expected to', 'reportedly': nobody named, so no mention and no span; only when nothing
    else was found ("seen as a threat by party leaders" names them)."""
    if chosen:
        return
    keys = lx.precheck("agentless")
    if keys is None:
        m = lx.agentless().search(s.text, s.start, s.end)
    else:  # only the patterns whose required words the sentence holds (most hold none)
        which = keys.possible(s.lowered)
        m = lx.regex_of("agentless", which).search(s.text, s.start, s.end) if which else None
    if m is None and s.headline:
        m = lx.agentless_headline().search(s.text, s.start, s.end)  # "Bridge expected to reopen"
    if m and (_opens_clause(m.group()) or not _BY.search(s.text[m.end():s.end])):
        yield Candidate(-1, -1, "", " ".join(m.group().split()), m.start(), "vague.agentless", kind="vague")
