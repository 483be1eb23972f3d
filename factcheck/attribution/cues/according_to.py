""""According to"-type phrases: the source follows the phrase ("according to the ministry",
"in a statement from the union"); what they find may become another attribution's via."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.subjects import plausible_source
from factcheck.attribution.mentions import DETERMINERS, PREPOSITIONS, QUANTIFIER_PEOPLE, np_forward
from factcheck.attribution.names import possessive_pronouns
from factcheck.lexicon import rule_words
from factcheck.tokens import QUOTE_CHARS, Tok

_POLL_HEADS = rule_words("according_to", "poll_heads")
_NOT_BEFORE_POLL = rule_words("according_to", "not_before_poll")
_PUT_IT = rule_words("according_to", "put_it")
_PUT_IT_BETWEEN = rule_words("according_to", "put_it_between")
_PER_DETERMINERS = rule_words("according_to", "per_determiners")
_PER_NOT_SOURCES = rule_words("according_to", "per_not_sources")
# the small words inside a source's phrase ("a spokesman for the ministry", "a report by the
# agency", "some of the officials"): a determiner after one of them is the phrase's own
_INNER_WORDS = rule_words("mentions", "inner", "attribution_rules") | PREPOSITIONS
_POSSESSIVES = frozenset(possessive_pronouns())
# how far before "put it" its "as" may stand: a name with a long apposition
_PUT_IT_REACH = 30


def phrases(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'According to officials, ...': the noun phrase (or special span) after the phrase."""
    toks, start = s.toks, s.start
    keys = lx.precheck("cue_phrases")
    if keys is not None and not keys.could_match(s.lowered):
        return
    for m in lx.cue_phrases().finditer(s.text[start:s.end]):
        after = start + m.end()
        k = next((n for n, t in enumerate(toks) if t.start >= after), None)
        if k is None:
            continue
        found = _source_after(s, k, m.group().lower(), start + m.start(), "according_to.span",
                              "according_to.phrase")
        if found is not None:
            yield found


def _source_after(s: CueSentence, k: int, cue: str, cue_start: int, span_rule: str, phrase_rule: str,
                  plausible: bool = False) -> Candidate | None:
    """The source a phrase like "according to" or "per" introduces, starting at toks[k]: the
    anonymous, vague or document span there, else the noun phrase (`plausible`: only one that can
    be a source). Chain-only: beside another source it reports the sentence."""
    toks = s.toks
    sp = s.span_at(toks[k].start + 1)
    if sp and sp[0] <= toks[k].start:
        return Candidate(sp[0], sp[1], s.text[sp[0]:sp[1]], cue, cue_start, span_rule, kind=sp[2], chain_only=True)
    rng = np_forward(toks, k)
    if rng is None and toks[k].low in QUANTIFIER_PEOPLE and (k + 1 == len(toks) or not toks[k + 1].is_word):
        rng = (k, k + 1)  # "according to some": the people it rests on, unnamed
    if rng is not None and cue == "according to":
        rng = _before_next_subject(toks, rng)
    if not rng or plausible and not plausible_source(toks, rng):
        return None
    a, b, mention = s.mention(rng)
    return Candidate(a, b, mention, cue, cue_start, phrase_rule, chain_only=True)


def _before_next_subject(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """The phrase after "according to" up to the clause it opens with no comma between ("According
    to Mexico's attorney general none of the students were ...", "according to the company all of
    the workers"): a determiner or quantifier right after a word of the phrase that is no
    determiner itself ("the two officials", "his three aides" stack them), nor a document's noun,
    which a clause of its own may follow ("according to the statement the ministry issued"); a
    possessive opens such a clause more often than a new one ("according to an interview his
    brother gave to ITV")."""
    for n in range(rng[0] + 1, rng[1]):
        t, before = toks[n], toks[n - 1]
        if not t.cap and (t.low in DETERMINERS and t.low not in _POSSESSIVES or t.low in QUANTIFIER_PEOPLE) \
                and before.is_word \
                and before.low not in DETERMINERS and before.low not in _INNER_WORDS \
                and before.low not in lx.document_nouns():
            return (rng[0], n)
    return rng


def per(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'Yersinia pestis, per the WHO, is found ...', 'Per Reuters, ...', 'per sources familiar with
    the talks': "per" as "according to" (see cue_rules.toml per_determiners); not in a Title Case
    line, where "Price Per Gallon" capitalises every word."""
    toks = s.toks
    if "per" not in s.lowered or s.title_case:
        return
    for k in range(len(toks) - 1):
        if toks[k].low != "per" or toks[k].cap and k > 0:
            continue  # "Revenue Per Thousand Impressions": a capitalised "per" inside a name
        nxt = toks[k + 1]
        if not (nxt.low in _PER_DETERMINERS or nxt.cap and nxt.low not in _PER_NOT_SOURCES
                or nxt.low in lx.source_nouns() and nxt.low.endswith("s")):
            continue
        found = _source_after(s, k + 1, "per", toks[k].start, "according_to.per_span", "according_to.per",
                              plausible=True)
        if found is not None:
            yield found


def put_it(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'As Ann Lee put it, ...', 'as one analyst puts it:', 'As Lee, a professor of law, put it':
    the speaker stands between "as" and "put it", with nothing but an apposition or an adverb
    after it."""
    toks = s.toks
    for i in range(2, len(toks) - 1):
        if toks[i].low not in _PUT_IT or toks[i + 1].low != "it":
            continue
        k = next((j for j in range(i - 1, max(-1, i - _PUT_IT_REACH), -1) if toks[j].low == "as"), None)
        if k is None:
            continue
        j = i - 1
        while j > k + 1 and (toks[j].low in _PUT_IT_BETWEEN or toks[j].low.endswith("ly")):
            j -= 1
        # read no further than the verb ("the mayor put" is no noun phrase)
        rng = np_forward(toks[:j + 1], k + 1)
        if not rng or not plausible_source(toks, rng):
            continue
        # the phrase runs up to the verb, or a comma after it opens an apposition closed before it
        # (the closing comma may sit inside a title's quotation marks: 'author of "The Vote,"')
        close = j
        while close > j - 2 and close - 1 > rng[1] and set(toks[close].text) <= QUOTE_CHARS:
            close -= 1  # ('' is two tokens)
        if j + 1 == rng[1] or (close > rng[1] and toks[rng[1]].text == "," and toks[close].text == ","):
            a, b, mention = s.mention(rng)
            yield Candidate(a, b, mention, "put it", toks[i].start, "according_to.put_it")


_IN_BEFORE = re.compile(r"\s*(?:In|in)\s+$")


def in_document(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'In a statement, the board ...': a document phrase opening the sentence after 'In'."""
    text, start = s.text, s.start
    for a, b, kind in s.specials:
        if kind == "document" and _IN_BEFORE.match(text[max(start, a - 4):a]) and \
                text[start:a].strip().lower() in ("in", ""):
            yield Candidate(a, b, text[a:b], "in", a - 3, "according_to.in_document", kind="document",
                            chain_only=True)


def in_poll(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """'Clinton led by 9 points in a CNN poll', 'In the latest survey, ...', 'he sagged in the
    polls': a poll reports the figures of its clause, which rest on it as on "according to X"."""
    toks = s.toks
    if not any(t.low in _POLL_HEADS for t in toks):
        return
    for i, t in enumerate(toks):
        if t.low != "in" or i + 1 >= len(toks) or (i and toks[i - 1].low in _NOT_BEFORE_POLL):
            continue
        rng = np_forward(toks, i + 1)
        if rng and rng[1] - rng[0] >= 2 and toks[rng[1] - 1].low in _POLL_HEADS:  # not "interest in polls"
            a, b, mention = s.mention(rng)
            yield Candidate(a, b, mention, t.text, t.start, "according_to.in_poll", kind="document",
                            chain_only=True)
