""""According to"-type phrases: the source follows the phrase ("according to the ministry",
"in a statement from the union"); what they find may become another attribution's via."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.mentions import np_forward
from factcheck.lexicon import rule_words

_POLL_HEADS = rule_words("according_to", "poll_heads")
_NOT_BEFORE_POLL = rule_words("according_to", "not_before_poll")


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
        cue = m.group().lower()
        sp = s.span_at(toks[k].start + 1)
        if sp and sp[0] <= toks[k].start:
            yield Candidate(sp[0], sp[1], s.text[sp[0]:sp[1]], cue, start + m.start(), "according_to.span",
                            kind=sp[2], chain_only=True)
            continue
        rng = np_forward(toks, k)
        if rng:
            a, b, mention = s.mention(rng)
            yield Candidate(a, b, mention, cue, start + m.start(), "according_to.phrase", chain_only=True)


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
