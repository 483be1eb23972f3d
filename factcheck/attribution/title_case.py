"""Title Case headlines read in sentence case: "Pence Endorses Paul Ryan" -> "Pence endorses Paul
Ryan". The learned stance model tells a verb from a name partly by its capital; in Title Case
every word has one, so the model finds no verb. The story itself says which capitals are names:
a word it writes with a capital in mid-sentence ("... said Paul Ryan") keeps it."""

from __future__ import annotations

import re

# enough of the story to have named everyone the headline names, read once per headline
BODY_SAMPLE = 20_000
# with less of a story there is too little to tell names from words: read the headline as it is
MIN_BODY = 500
_MID_SENTENCE_CAP = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w'’-]*")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_MIN_LONG_WORDS = 3  # "Trump Wins": too short to tell Title Case from names
_TITLE_SHARE = 0.8


def is_title_case(headline: str) -> bool:
    """Are (nearly) all the headline's longer words after the first capitalised? Short words
    ("of", "to", "a") are left lower case by some styles and do not count."""
    long = [w for w in _WORD.findall(headline)[1:] if len(w) > 3]
    return len(long) >= _MIN_LONG_WORDS and sum(w[0].isupper() for w in long) >= _TITLE_SHARE * len(long)


def sentence_cased(headline: str, body: str) -> str:
    """The headline with every capitalised word after the first lower-cased unless the story
    writes it capitalised in mid-sentence, or it is all capitals (an acronym, "FBI"). The same
    length as `headline`, so offsets into it hold."""
    names = {_POSSESSIVE.sub("", w) for w in _MID_SENTENCE_CAP.findall(body)}
    out = list(headline)
    for k, m in enumerate(_WORD.finditer(headline)):
        w = m.group()
        if k == 0 or not w[0].isupper() or (w.isupper() and len(w) > 1) or w == "I" or _POSSESSIVE.sub("", w) in names:
            continue
        low = w[0].lower()
        if len(low) == 1:
            out[m.start()] = low
    return "".join(out)
