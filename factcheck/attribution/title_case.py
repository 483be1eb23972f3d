"""Title Case headlines read in sentence case: "Pence Endorses Paul Ryan" -> "Pence endorses Paul
Ryan". The learned stance model tells a verb from a name partly by its capital; in Title Case
every word has one, so the model finds no verb. The story itself says which capitals are names:
a word it writes with a capital in mid-sentence ("... said Paul Ryan") keeps it.

Not the cue passes' test (`CueSentence.title_case`, which counts every word): that one decides
whether a capitalised cue is still a cue, and counting short words there measured better. Here
a style that leaves "of", "to", "a" in lower case is still Title Case."""

from __future__ import annotations

from functools import lru_cache

from factcheck.textnorm import straighten
from factcheck.tokens import Tok, token_texts, tokenize

# enough of the story to have named everyone the headline names (20,000 characters read the same
# on PolNeAR train and dev), read once per story
BODY_SAMPLE = 5_000
# with less of a story there is too little to tell names from words: read the headline as it is
MIN_BODY = 500
_MIN_LONG_WORDS = 3  # "Trump Wins Iowa": too short to tell Title Case from a run of names
_TITLE_SHARE = 0.8
_CLAUSE_MARKS = frozenset(",;:")


@lru_cache(maxsize=256)  # a headline is asked about once per story it is checked against
def _headline_words(headline: str) -> tuple[Tok, ...]:
    return tuple(t for t in tokenize(headline) if t.is_word and t.text[0].isalpha())


def _stem(t: Tok) -> str:
    return t.low[:-2] if t.low.endswith("'s") else t.low.rstrip("'")


def is_title_case(headline: str) -> bool:
    """Are (nearly) all the headline's words of four letters or more after the first capitalised?"""
    long = [t for t in _headline_words(headline)[1:] if len(t.text) > 3]
    return len(long) >= _MIN_LONG_WORDS and sum(t.cap for t in long) >= _TITLE_SHARE * len(long)


@lru_cache(maxsize=8)  # one story checked against many headlines reads its names once
def _names(body: str) -> frozenset[str]:
    """Words the story writes with a capital after a lower-case word or a comma, and the
    capitalised words that run on from them ("the Harbour Council"): names."""
    out: set[str] = set()
    in_name = False
    toks = token_texts(body)
    for p, t in zip(toks, toks[1:]):
        # "said." ends a sentence and "Mr." a title: what follows either is not known by its capital
        in_name = t[0].isupper() and (p in _CLAUSE_MARKS or (
            p[0].isalnum() and not p.endswith(".") and (in_name or p[0].islower())))
        if in_name:
            low = straighten(t.lower()).rstrip(".")
            out.add(low[:-2] if low.endswith("'s") else low.rstrip("'"))
    return frozenset(out)


def sentence_cased(headline: str, body: str) -> str:
    """The headline with every capitalised word after the first lower-cased unless the story
    writes it capitalised in mid-sentence, or it is all capitals (an acronym, "FBI"), or "I". The
    same length as `headline`, so offsets into it hold."""
    names = _names(body)
    out = list(headline)
    for t in _headline_words(headline)[1:]:
        if not t.cap or (len(t.text) > 1 and t.text.isupper()) or t.text == "I" or _stem(t) in names:
            continue
        low = t.text[0].lower()
        if len(low) == 1:
            out[t.start] = low
    return "".join(out)


def reading(text: str, start: int, end: int) -> str | None:
    """The headline text[start:end] as the stance fallback reads it: in sentence case when it is
    in Title Case and enough of the story follows it to tell names from words; None to read it as
    written. Depends on the headline and the story's names alone (pipeline.check_headline keeps
    a headline's reading per result)."""
    body = text[end:end + BODY_SAMPLE]
    if len(body) < MIN_BODY or not is_title_case(text[start:end]):
        return None
    return sentence_cased(text[start:end], body)
