"""Court and inquiry reporting: "..., the court heard", "The inquest heard that ...", "The jury
was told ...". What was put before a hearing rests on its record; the body that heard it stands
for that record. "heard" is no cue of its own ("Voters heard Trump say" is what voters heard),
so only a hearing body's "heard" is read, and only where what follows is what it heard: "that",
"how", the end of the clause, or the inverted "..., the court heard."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution.cues.choose import Candidate, Choice
from factcheck.attribution.cues.sentence import CueSentence
from factcheck.lexicon import words

_BODIES = "|".join(sorted(words("hearing_bodies"), key=len, reverse=True))
_HEARD = re.compile(
    r"\b(?P<body>(?:the|this|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _BODIES + r"))\s+"
    r"(?P<cue>heard|(?:was|were|had\s+been|has\s+been|have\s+been)\s+told)\b(?P<after>\s*[\w,.;:!?]*)",
    re.I)
# after "heard", the words that open what was heard ("heard that", "heard how"); "" ends the clause
_HEARD_OPENS = frozenset({"that", "how", "what", "why", "of", ""})


def find(s: CueSentence, chosen: Choice) -> Iterator[Candidate]:
    """The hearing body as the source of what it heard or was told."""
    text = s.text[s.start:s.end]
    if "heard" not in text and "told" not in text:
        return
    for m in _HEARD.finditer(text):
        after = m.group("after").strip().lower().rstrip(",.;:!?")
        if m.group("cue").lower() == "heard" and after not in _HEARD_OPENS:
            continue  # "the court heard an appeal": a case heard, nothing said in it
        a, b = s.start + m.start("body"), s.start + m.end("body")
        if chosen.overlaps(a, b):
            continue
        yield Candidate(a, b, s.text[a:b], m.group("cue"), s.start + m.start("cue"), "hearings.heard", kind="named_org")
