"""Find the attributions written in one sentence: cue, source mention, chain (via).

Each cue family is a module whose passes propose candidates, each naming the rule that found
it. `PRIORITY` lists the passes in the order they run; `choose.Choice.offer` takes a candidate
unless an earlier one (from an earlier pass, or earlier in the same pass) already covers part
of its mention. After the passes, chains attach their sources to the chosen attributions, and
only a sentence that names no one at all gets an agentless hedge. Nothing here looks beyond the
sentence except `labels`, which asks whether a label opens other paragraphs (a transcript).

Where a new cue goes: a new word for an existing family goes into its lexicon file
(factcheck/lexicon/); a new family is a module here with a pass `(CueSentence, Choice) ->
Iterator[Candidate]` and a row in `PRIORITY`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from factcheck.attribution.cues import (
    according_to,
    backing,
    chains,
    coordination,
    headlinese,
    hearings,
    labels,
    reporting_nouns,
    speech_verbs,
    vague,
)
from factcheck.attribution.cues.choose import Candidate, Choice, RawAttribution
from factcheck.attribution.cues.headlinese import headline_speaker
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.speech_verbs import ranked_before
from factcheck.attribution.cues.subjects import plausible_source, speaker_noun

__all__ = ["PRIORITY", "Candidate", "RawAttribution", "find_in_sentence", "headline_speaker", "plausible_source",
           "ranked_before", "speaker_noun"]

Pass = Callable[[CueSentence, Choice], Iterator[Candidate]]


class Step(NamedTuple):
    name: str
    run: Pass
    finds: str


# The priority order, written once: on overlapping mentions the earlier row wins.
PRIORITY: tuple[Step, ...] = (
    Step("according_to", according_to.phrases, '"according to X", "in a statement from X" (chain-only)'),
    Step("put_it", according_to.put_it, '"As Ann Lee put it, ..."'),
    Step("speech_verbs", speech_verbs.find, '"X said", \'"...," said X\', "X, a doctor, said", "told by X"'),
    Step("per", according_to.per, '"..., per the WHO, ...", "Per Reuters, ..." (chain-only)'),
    Step("in_document", according_to.in_document, '"In a statement, ..." opening a sentence (chain-only)'),
    Step("in_poll", according_to.in_poll, '"led by 9 points in a CNN poll" (chain-only)'),
    Step("reporting_nouns", reporting_nouns.find, '"Trump\'s claim that", "her warning about"'),
    Step("backing", backing.find, '"drew support from older voters", "has the backing of X"'),
    Step("colon_label", labels.colon, "'Clinton: \"We will win\"', 'REYES: ...'"),
    Step("headline_trailing", headlinese.trailing, "'...: South Korea paper', '... - police' (headlines)"),
    Step("dash_signature", labels.dash_signature, "'\"...,\" ― Sonya Herridge'"),
    Step("hearing", hearings.find, '"..., the court heard", "The jury was told"'),
    Step("vague_formula", vague.formulas, '"it is understood", "critics say"'),
)
# on the chosen list, before it is linked into chains
COORDINATION = Step("coordination", coordination.expand, '"A, B and C said", \'"...," said A and B\'')
# after the chosen list is linked into chains: only when the sentence still names no one
LAST_RESORT = Step("agentless", vague.agentless, '"is expected to", "reportedly"')


def find_in_sentence(text: str, start: int, end: int, headline: bool = False) -> list[RawAttribution]:
    """The attributions of text[start:end], in cue order."""
    s = CueSentence.read(text, start, end, headline)
    if s is None:
        return []
    chosen = Choice()
    for step in PRIORITY:
        for candidate in step.run(s, chosen):
            chosen.offer(candidate)
    # "Sens. A, B and C said": the other coordinated names, with the cue of the one found
    for candidate in COORDINATION.run(s, chosen):
        chosen.offer(candidate)
    chains.link(s, chosen.out)
    for candidate in LAST_RESORT.run(s, chosen):
        chosen.offer(candidate)
    out = chosen.out
    joined = {r.cue_start for r in out if r.rule == "coordination.names"}
    # coordinated names in the order written: "A, B and C said" lists A first
    out.sort(key=lambda r: (r.cue_start, r.mention_start if r.cue_start in joined else 0))
    if any(not r.chain_only for r in out):
        # "Okafor said ..., according to the Ledger": the Ledger (kept beside a main source by
        # chains.link) comes after the speaker, who stays the sentence's first source
        out.sort(key=lambda r: r.chain_only)
    if len(out) > 1 and _closes_sentence(s, out[-1]) and out[-1].cue_start not in joined \
            and not out[-1].chain_only:
        # "X asked staff to wait, one of the people said.": the source closing the sentence
        # reports all of it, the other cue too; it is the sentence's first source
        out.insert(0, out.pop())
    return out


def _closes_sentence(s: CueSentence, r: RawAttribution) -> bool:
    """', one of the people said.' / ', said a spokesman.': a comma, then the source and its cue
    (or the cue and its source) end the sentence."""
    toks = s.toks
    start = min(r.mention_start, r.cue_start)
    k = next((n for n, t in enumerate(toks) if t.start >= start), None)
    if k is None or k == 0 or toks[k - 1].text != ",":
        return False
    end = max(r.mention_end, r.cue_start + len(r.cue))
    return all(not t.is_word for t in toks if t.start >= end)
