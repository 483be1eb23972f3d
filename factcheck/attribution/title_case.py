"""Title Case headlines read in sentence case: "Pence Endorses Paul Ryan" -> "Pence endorses Paul
Ryan". The learned stance model tells a verb from a name partly by its capital; in Title Case
every word has one, so the model finds no verb. The story itself says which capitals are names:
a word it writes with a capital in mid-sentence ("... said Paul Ryan") keeps it.

Not the cue passes' test (`CueSentence.title_case`, which counts every word): that one decides
whether a capitalised cue is still a cue, and counting short words there measured better. Here
a style that leaves "of", "to", "a" in lower case is still Title Case."""

from __future__ import annotations

from factcheck.tokens import Tok, tokenize

# enough of the story to have named everyone the headline names, read once per headline
BODY_SAMPLE = 20_000
# with less of a story there is too little to tell names from words: read the headline as it is
MIN_BODY = 500
_MIN_LONG_WORDS = 3  # "Trump Wins Iowa": too short to tell Title Case from a run of names
_TITLE_SHARE = 0.8
_CLAUSE_MARKS = frozenset(",;:")


def _alpha_words(toks: list[Tok]) -> list[Tok]:
    return [t for t in toks if t.is_word and t.text[0].isalpha()]


def _stem(t: Tok) -> str:
    return t.low[:-2] if t.low.endswith("'s") else t.low.rstrip("'")


def is_title_case(headline: str) -> bool:
    """Are (nearly) all the headline's words of four letters or more after the first capitalised?"""
    long = [t for t in _alpha_words(tokenize(headline))[1:] if len(t.text) > 3]
    return len(long) >= _MIN_LONG_WORDS and sum(t.cap for t in long) >= _TITLE_SHARE * len(long)


def _names(body: str) -> set[str]:
    """Words the story writes with a capital after a lower-case word or a comma, and the
    capitalised words that run on from them ("the Harbour Council"): names."""
    out: set[str] = set()
    in_name = False
    toks = tokenize(body)
    for p, t in zip(toks, toks[1:]):
        in_name = t.cap and t.is_word and (in_name or p.text in _CLAUSE_MARKS or (p.is_word and p.text[0].islower()))
        if in_name:
            out.add(_stem(t))
    return out


def sentence_cased(headline: str, body: str) -> str:
    """The headline with every capitalised word after the first lower-cased unless the story
    writes it capitalised in mid-sentence, or it is all capitals (an acronym, "FBI"), or "I". The
    same length as `headline`, so offsets into it hold."""
    names = _names(body)
    out = list(headline)
    for t in _alpha_words(tokenize(headline))[1:]:
        if not t.cap or (len(t.text) > 1 and t.text.isupper()) or t.text == "I" or _stem(t) in names:
            continue
        low = t.text[0].lower()
        if len(low) == 1:
            out[t.start] = low
    return "".join(out)
