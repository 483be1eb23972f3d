"""Headline-ese: a source named last ('...: South Korea paper', '... - police') or a speaker
before the colon that the story names again ('Pence: Flowers won't be at debate')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution import lexicons as lx
from factcheck.attribution.cues.choose import Candidate, Choice, RawAttribution
from factcheck.attribution.cues.labels import COLON_LABEL, can_speak
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.attribution.mentions import classify

_HEAD_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}) ?:\s")


def trailing(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """Headline-ese that names its source last: '...: South Korea paper', '... - police'. Only in
    headlines: in running prose a dash or colon before a short last phrase is an afterthought
    ("all roads lead to Florida -- and November"), not a source."""
    if not s.headline:
        return
    text, toks = s.text, s.toks
    for n in range(len(toks) - 2, max(0, len(toks) - 8), -1):
        if toks[n].text in (":", "-", "–", "—") and n > 3:
            head = [t for t in toks[n + 1:] if t.text not in ".!"]
            if head and head[0].low in lx.cue_verbs():
                return  # "... - said the agency": the verb's own source
            label = text[head[0].start:head[-1].end] if head else ""
            # after a colon a source is a short label ("Pentagon", "WSJ report"); more words make a clause
            longest = 3 if toks[n].text == ":" else 5
            if head and all(t.is_word for t in head) and len(head) <= longest and can_speak(head, None, True) and \
                    (not COLON_LABEL.match(label) or label.lower() in ("source", "sources")):
                yield Candidate(head[0].start, head[-1].end, label, toks[n].text, toks[n].start,
                                "headlinese.trailing")
            return


def headline_speaker(text: str, start: int, end: int) -> RawAttribution | None:
    """'Pence: Flowers won't be at debate': a name before a headline's colon is its speaker when
    the story goes on to name them again (twice); a topic kicker ('Stealth Over Health:') is not
    named in the story that way. Asked only when the passes found nothing in the headline."""
    m = _HEAD_LABEL.match(text, start, end)
    if m is None or COLON_LABEL.match(m.group(1)) or m.group(1).lower().startswith("the "):
        return None
    last = m.group(1).split()[-1]
    body = text[end:]
    if len(re.findall(r"\b" + re.escape(last) + r"\b", body)) < 2:
        return None
    colon = text.index(":", m.start(1))
    return RawAttribution(m.start(1), m.end(1), m.group(1), ":", colon, classify(m.group(1)),
                          rule="headlinese.speaker_named_again")
