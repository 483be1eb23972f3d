"""Support or criticism received from a group: "drew support from older voters", "has the
backing of the conservative movement", "has not received a single endorsement from any senator",
"is facing criticism from environmentalists". The group it comes from is whose stance the
sentence reports (often a poll's share of voters)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.mentions import np_forward
from factcheck.lexicon import rule_words

# the word lists: factcheck/lexicon/cue_rules.toml, [backing]
_NOUNS = rule_words("backing", "nouns")
_AGAINST = rule_words("backing", "against_nouns")
_FROM = rule_words("backing", "from")
_GETTING = rule_words("backing", "getting_verbs")
_BETWEEN = 3  # words between the verb and the noun: "received even stronger support", "has the full backing"


def find(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """The group after 'support from/of/among' when a verb of getting or having governs the noun;
    not after "to" ("efforts to win the support of": sought, not had)."""
    toks = s.toks
    for i, t in enumerate(toks):
        if i + 2 >= len(toks) or not (t.low in _NOUNS and toks[i + 1].low in _FROM
                                      or t.low in _AGAINST and toks[i + 1].low == "from"):
            continue
        verb = next((k for k in range(i - 1, max(-1, i - 2 - _BETWEEN), -1)
                     if toks[k].low in _GETTING or not toks[k].is_word), None)
        if verb is None or not toks[verb].is_word or verb > 0 and toks[verb - 1].low == "to":
            continue
        rng = np_forward(toks, i + 2)
        if rng is None:
            continue
        a, b, mention = s.mention(rng)
        yield Candidate(a, b, mention, f"{t.text} {toks[i + 1].text}", t.start, "backing.group")
