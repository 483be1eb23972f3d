"""Reporting nouns with a possessor: "Trump's claim that ...", "her warning about ...": the
possessor is the source of what follows."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.subjects import named_subject, speaker_noun
from factcheck.attribution.mentions import DETERMINERS, classify, fronted_opener, is_role_noun, np_backward, np_forward
from factcheck.attribution.names import possessive_pronouns
from factcheck.tokens import QUOTE_CHARS, Tok

_NOUN_FOLLOW = frozenset({"that", "to", "about", "on", "of", "for", "against", ":", ","}) | QUOTE_CHARS
# a person's or group's possessive owns a claim ("his claim that", "their warning"); "its" is left
# to the noun phrase rules
_POSSESSIVE_PRONOUNS = frozenset(p for p, pron in possessive_pronouns().items() if lx.pronouns().get(pron) != "thing")


def find(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """A cue noun after a possessive (one adjective may sit between: "his latest remarks")."""
    text, toks = s.text, s.toks
    nouns = lx.cue_nouns()
    for i, t in enumerate(toks):
        if t.low not in nouns or i == 0 or i + 1 >= len(toks) or toks[i + 1].low not in _NOUN_FOLLOW:
            continue
        k = i - 1
        if not _owns(toks, k):
            k -= 1  # one adjective between: "Trump's repeated claims", "his latest remarks"
            if k < 0 or not toks[k + 1].is_word or toks[k + 1].cap or not _owns(toks, k):
                continue
        plural = toks[k].text in _APOSTROPHES
        if plural:
            k -= 1  # "Democrats' warning": the plural possessive's mark is a token of its own
        owner = toks[k]
        if owner.low in _POSSESSIVE_PRONOUNS and toks[i + 1].text == "," and 1 <= k <= 2 \
                and fronted_opener(toks, (0, i + 1)) and _speaks_next(toks, i + 2):
            continue  # "In her statement, Ann Okafor said": the subject after the opener is "her", and speaks
        # "her claim that X" sources X; "her remarks about X drew criticism" only names whose remarks
        says = toks[i + 1].low in ("that", ":") or toks[i + 1].text in QUOTE_CHARS
        if owner.low in _POSSESSIVE_PRONOUNS:
            yield Candidate(owner.start, owner.end, owner.text, t.text, t.start, "reporting_nouns.pronoun",
                            kind=classify(possessive_pronouns().get(owner.low, owner.low)), reports=says)
            continue
        rng = np_backward(toks, k)
        if rng is not None and owner.cap:
            rng = _name_run(toks, rng)
        if rng is not None:
            rng = _after_quality_of(toks, rng, k)
        head = owner.low.removesuffix("'s").rstrip("'")
        if rng is None or not (named_subject(toks, rng) or head in lx.source_nouns() or is_role_noun(head)
                               or head in lx.org_words() or head in lx.media()[1]
                               or plural and lx.source_nouns().intersection((head, head[:-1]))):
            continue
        a = toks[rng[0]].start
        b = owner.end if plural else owner.end - (2 if owner.low.endswith("'s") else 1)
        if b > a:
            yield Candidate(a, b, text[a:b], t.text, t.start, "reporting_nouns.possessor", reports=says)


_APOSTROPHES = frozenset({"'", "\u2019"})


def _owns(toks: list[Tok], k: int) -> bool:
    """Is toks[k] a possessive: "Trump's", "his", or the mark of a plural's ("Democrats' warning",
    "officials’ claims": glued to a word ending in s, a space after it)?"""
    t = toks[k]
    if t.possessive or t.low in _POSSESSIVE_PRONOUNS:
        return True
    return t.text in _APOSTROPHES and k > 0 and toks[k - 1].is_word and toks[k - 1].low.endswith("s") \
        and toks[k - 1].end == t.start and k + 1 < len(toks) and toks[k + 1].start > t.end


def _after_quality_of(toks: list[Tok], rng: tuple[int, int], k: int) -> tuple[int, int]:
    """'questioned the credibility of the officials' claims': the claims are the officials', and
    the possessor's phrase starts after an "of" whose noun speaks for no one ("credibility",
    "details"); "the head of the agency's claims" keeps a role's "of"."""
    for n in range(k - 1, rng[0], -1):
        if toks[n].low == "of":
            noun = toks[n - 1].low
            if not (speaker_noun(noun) or is_role_noun(noun) or noun in lx.org_words()
                    or noun.endswith("s") and speaker_noun(noun[:-1])):
                return (n + 1, rng[1])
            break
    return rng


def _speaks_next(toks: list[Tok], k: int) -> bool:
    """Does a subject at toks[k] go on with a verb of saying ("..., Ann Okafor said")? ("In their
    view, Democrats could ..." does not: "their" stays the view's owner.)"""
    rng = np_forward(toks, k) if k < len(toks) else None
    verb = lx.cue_verbs().get(toks[rng[1]].low) if rng is not None and rng[1] < len(toks) else None
    return verb is not None and verb.strength == "speech"


def _name_run(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """'Many voters distrust Trump's promise': a capitalised possessor's phrase holds its name and
    what describes it ("Presumptive GOP nominee Donald Trump's", "the senator Ann Lee's"), not a
    word in lower case that is none of a determiner, a role, a body's or a speaker's word: a verb
    the phrase ran back over. The phrase starts after the last such word."""
    start = rng[0]
    for n in range(rng[0], rng[1] - 1):
        t = toks[n]
        if t.is_word and not t.cap and not (t.low in DETERMINERS or speaker_noun(t.low) or is_role_noun(t.low)
                                            or t.low in lx.org_words() or "-" in t.low):
            start = n + 1
    return (start, rng[1])
