"""The attribution lexicons, compiled once from factcheck/lexicon/*.txt."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from factcheck import lexicon
from factcheck.lexicon.prefilter import Prefilter, prefilter


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    strength: str  # speech | weak


@cache
def cue_verbs() -> dict[str, CueVerb]:
    out: dict[str, CueVerb] = {}
    for entry in lexicon.words("cue_verbs"):
        forms, _, cls = entry.partition("|")
        parts = forms.split()
        verb = CueVerb(parts[0], cls.strip() or "speech")
        for f in parts:
            out.setdefault(f, verb)
    # words PolNeAR train marks as cues often enough (scripts/build_cue_lexicon.py): reporting
    # and stance verbs the hand list lacks; they need a named subject (see cues.py)
    for entry in lexicon.words("cue_words_learned"):
        word = entry.split("\t")[0]
        verb_like = word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith(("ss", "ism", "us")))
        if len(word) >= 4 and verb_like and word.isalpha():
            out.setdefault(word, CueVerb(word, "learned"))
    return out


@cache
def cue_acts() -> frozenset[str]:
    """Cue words that name a deed, not words (cue_acts.txt): their credit reports nothing."""
    return frozenset(lexicon.words("cue_acts"))


@cache
def _lemmas() -> dict[str, str]:
    """Each form of a cue or stance verb (cue_verbs, stance_verbs) -> its entry's first form."""
    out: dict[str, str] = {}
    for name in ("cue_verbs", "stance_verbs"):
        for entry in lexicon.words(name):
            forms = entry.partition("|")[0].split()
            for f in forms:
                out.setdefault(f, forms[0])
    return out


def lemma(word: str) -> str:
    """The first form of the cue or stance verb entry `word` is a form of (itself if none)."""
    return _lemmas().get(word, word)


@cache
def _phrasals() -> frozenset[str]:
    return lexicon.rule_words("speech_verbs", "phrasals_not_cues", "cue_rules")


@cache
def _phrasal_particles() -> frozenset[str]:
    # asked for every cue word in every sentence: built once, not per question
    return frozenset(p.split()[-1] for p in _phrasals())


def phrasal_not_cue(word: str, particle: str) -> bool:
    """'ripped up the contract', 'the rocket blasted off': a cue or stance word and the particle
    after it make another verb, of no speech or stance (cue_rules.toml phrasals_not_cues, by the
    lemma of a listed verb, or by the form of a learned cue word, "fired up")."""
    if particle not in _phrasal_particles():
        return False
    return f"{_lemmas().get(word, word)} {particle}" in _phrasals() or f"{word} {particle}" in _phrasals()


@cache
def stance_classes() -> dict[str, str]:
    """Attitude and stance words ("admires", "disputes", "is wary of") by class (stance_verbs.txt):
    evidence for the stance fallback's learned models, never a cue by itself."""
    out: dict[str, str] = {}
    for entry in lexicon.words("stance_verbs"):
        forms, _, cls = entry.partition("|")
        for f in forms.split():
            out.setdefault(f, cls.strip())
    return out


def _phrase_regex(name: str) -> re.Pattern[str]:
    phrases = sorted(lexicon.words(name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


@cache
def cue_phrases() -> re.Pattern[str]:
    return _phrase_regex("cue_phrases")


@cache
def chain_cues() -> frozenset[str]:
    return lexicon.wordset("chain_cues")


@cache
def cue_extension() -> re.Pattern[str]:
    phrases = sorted(lexicon.words("cue_extensions"), key=len, reverse=True)
    return re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


@cache
def regex_list(name: str) -> re.Pattern[str]:
    # a leading word boundary lets the engine reject most start positions at once
    return re.compile(r"\b(?:" + "|".join(f"(?:{rx})" for rx in lexicon.patterns(name)) + ")", re.I)


@cache
def regex_of(name: str, which: tuple[int, ...]) -> re.Pattern[str]:
    """`regex_list(name)` with only the patterns at indexes `which`, in the same order: where
    the others cannot match (`precheck(name).possible`), it finds the same matches, and a
    sentence rarely needs more than one or two of a lexicon's long patterns. (The patterns hold
    no backreference to one another, and callers read only a match's span.)"""
    patterns = lexicon.patterns(name)
    return re.compile(r"\b(?:" + "|".join(f"(?:{patterns[i]})" for i in which) + ")", re.I)


@cache
def precheck(name: str) -> Prefilter | None:
    """A cheap search for a word every match of regex lexicon `name` needs, derived from the
    same file (factcheck/lexicon/prefilter.py); None: no such word, always run the patterns."""
    return prefilter(lexicon.patterns(name))


@cache
def span_cut() -> re.Pattern[str]:
    """A cue verb inside a matched source phrase, where the phrase must end."""
    return re.compile(r"\s(?:" + "|".join(lexicon.patterns("span_cut_cues")) + r")\b")


def anonymous() -> re.Pattern[str]:
    return regex_list("anonymous")


@cache
def agentless() -> re.Pattern[str]:
    return regex_list("agentless")


@cache
def agentless_headline() -> re.Pattern[str]:
    return regex_list("agentless_headline")


def documents() -> re.Pattern[str]:
    return regex_list("documents")


def vague() -> re.Pattern[str]:
    return regex_list("vague")


@cache
def media() -> tuple[frozenset[str], frozenset[str]]:
    names, nouns = set(), set()
    for entry in lexicon.words("media"):
        kind, _, value = entry.partition(":")
        (names if kind.strip() == "name" else nouns).add(value.strip())
    return frozenset(names), frozenset(nouns)


@cache
def pronouns() -> dict[str, str]:
    return dict(e.split("\t") for e in lexicon.words("pronouns"))


def _words_of(name: str) -> Callable[[], frozenset[str]]:
    """An accessor for the word set of factcheck/lexicon/NAME.txt (read once by lexicon.wordset).
    A partial, not a wrapper function: the cue passes ask these some thirty times a sentence,
    and a partial calls the cached reader without a Python frame of its own."""
    get = partial(lexicon.wordset, name)
    get.__name__ = get.__qualname__ = name  # type: ignore[attr-defined]
    return get


# word classes a token is tested against
cue_nouns, irregular_past, ly_not_adverbs = map(_words_of, ("cue_nouns", "irregular_past", "ly_not_adverbs"))
# heads that can speak: "the ministry said", "the report found", "officials said"
source_nouns, document_nouns, org_words = map(_words_of, ("source_nouns", "document_nouns", "org_words"))
# noun-phrase edges, words skipped between a source and its cue, openers before a subject
np_stop, np_skip, discourse_openers = map(_words_of, ("np_stop", "np_skip", "discourse_openers"))
count_words = _words_of("count_words")  # "47%", "one in five", "a majority of"
be_forms = _words_of("be_forms")  # "is saying" (a progressive), "was criticised" (a passive)
