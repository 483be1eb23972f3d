"""Chains: 'citing X', 'confirmed through X', 'in a statement from X' beside another source: X is
the underlying source (via) of the sentence's main attribution. 'According to X' beside another
source is a second attribution: X reports the whole sentence. Runs on the chosen list."""

from __future__ import annotations

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import MAX_PER_SENTENCE, RawAttribution
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.cues.subjects import plausible_source, speaker_noun
from factcheck.attribution.kinds import past_participle
from factcheck.attribution.mentions import classify, np_forward, skip_back
from factcheck.lexicon import rule_words, wordset
from factcheck.tokens import Tok

_OWN_SOURCE = rule_words("chains", "own_source")
_FROM_VERBS = rule_words("chains", "from_verbs")
_EVIDENCE = rule_words("chains", "evidence_nouns")
_PHRASE_ENDS = wordset("kind_phrase_ends")


def _a_reason(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """'scuttled the talks, citing Taliban violence', 'resigned citing health reasons': what is cited
    is a reason when the phrase's head is a word in lower case that names no one and no text."""
    end = next((k for k in range(rng[0] + 1, rng[1]) if toks[k].low in _PHRASE_ENDS), rng[1])
    head = toks[end - 1]  # "witnesses in northern Aleppo near the base": the witnesses
    return not head.cap and not (speaker_noun(head.low) or head.low in _EVIDENCE)


def link(s: CueSentence, out: list[RawAttribution]) -> None:
    """Attach each chain source to the nearest main attribution's `via`; with no main one, a
    chain source stands alone (chain_only)."""
    text, toks = s.text, s.toks
    chain = lx.chain_cues()
    mains = [r for r in out if not r.chain_only]
    found = 0
    for i, t in enumerate(toks):
        if t.low not in chain or i + 1 >= len(toks):
            continue
        if found >= MAX_PER_SENTENCE:
            break
        if t.low in ("through", "via", "from"):
            # only in a reporting context: "confirmed through X", "learned from X"
            k = skip_back(toks, i - 1)
            verb = lx.cue_verbs().get(toks[k].low) if k >= 0 else None
            if k < 0 or not (verb is not None and (t.low != "from" or verb.strength == "speech"
                                                   or not past_participle(toks[k].low))
                             or toks[k].low in _FROM_VERBS):
                continue
        sp = s.span_at(toks[i + 1].end)
        if sp and sp[0] <= toks[i + 1].start + 1:
            a, b, mention = sp[0], sp[1], text[sp[0]:sp[1]]
        else:
            rng = np_forward(toks, i + 1)
            if rng and not plausible_source(toks, rng) and rng[1] + 1 < len(toks) and \
                    toks[rng[1]].low in ("by", "from", "of"):
                rng = np_forward(toks, rng[1] + 1)  # "citing routine testing by X": X is the source
                if rng and toks[rng[0]].low.endswith("ing") and not toks[rng[0]].cap:
                    continue  # "a finding from another direction by studying the signals": a means, no one
            if not rng or not plausible_source(toks, rng) or t.low == "citing" and _a_reason(toks, rng):
                continue
            a, b, mention = s.mention(rng)
        if any(r.mention_start <= a < r.mention_end for r in out):
            continue
        found += 1
        if mains:
            target = min(mains, key=lambda r: abs(r.cue_start - t.start))
            target.via.append(mention)
        else:
            out.append(RawAttribution(a, b, mention, t.text, t.start, classify(mention), chain_only=True,
                                      rule="chains.citing"))
    if mains:
        reporters = []
        for r in [r for r in out if r.chain_only]:
            out.remove(r)
            if r.cue.lower() in _OWN_SOURCE:
                reporters.append(r)  # after the main sources: the sentence's first source stays its speaker
                continue
            target = min(mains, key=lambda m: abs(m.cue_start - r.cue_start))
            if r.mention not in target.via:
                target.via.append(r.mention)
        out.extend(reporters)
