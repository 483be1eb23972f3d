""""According to"-type phrases: the source follows the phrase ("according to the ministry",
"in a statement from the union"); what they find may become another attribution's via."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.mentions import np_forward


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
