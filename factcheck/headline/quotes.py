"""Quotation marks in a headline, and whether the body has those words.

The rule: quotation marks say "these are someone's words". A quoted passage passes when the body
contains the same words in the same order (case, punctuation and quote style aside), quoted or
not. A different form of the word does not pass: a headline that puts 'dies' in quotation marks
when the body only says "has died" presents a word as someone's that nobody in the body used,
and a scare-quoted word is exactly where a headline can shade the story. The body's other forms
of a quoted word, shown as evidence, are the same word in the same sense: the same lemma key, not
inside a fixed phrase ('ordered' is not "in order to") and not a noun where the quote is a verb
('fired' is not "the fire"). Only what does not
change the word's meaning is let through: a plural "-s"/"-es" on the last word ('scorpion' for
"scorpions"), and a leading "the"/"a"/"an" ('The Breakfast Club' for "Breakfast Club").
Headline editors trim and reorder longer quotes, so a quote of three or more words also passes
when one body sentence contains it almost exactly (rapidfuzz partial_ratio >= 90 on the
normalised text) or contains every one of its content words in some form ('not found in mass
grave' for "were not found in the mass graves"); an ellipsis splits a quote into parts checked
one by one. A one- or two-word quote has no such leeway: that is where scare quotes live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from factcheck.headline.text import fold, lemma, lemmas_of, words
from factcheck.lexicon import words as lexicon_words
from factcheck.lexicon import wordset

_DOUBLE = re.compile(r'"([^"]{1,300})"')
# A single quote opens after a space/bracket/start and before a letter or digit, and closes
# after a letter, digit, stop or comma (American style: 'a disgrace,' says) and before a
# space/punctuation/end: that keeps apostrophes ("Korea's", "don't", "soldiers' families") out.
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{/:;—-]))'(?=[\w$£€])(.{1,300}?)(?<=[\w.,!?%)])'(?=$|[\s,.:;!?)\]}—-])")
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
FUZZY_MIN_WORDS = 3
FUZZY_CUTOFF = 90.0


@dataclass(frozen=True)
class Quote:
    text: str          # as written in the headline, without the quotation marks
    start: int
    end: int


def headline_quotes(headline: str) -> list[Quote]:
    text = fold(headline)
    out = [Quote(m.group(1), m.start(1), m.end(1)) for m in _DOUBLE.finditer(text)]
    taken = [(q.start - 1, q.end + 1) for q in out]
    for m in _SINGLE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append(Quote(m.group(1), m.start(1), m.end(1)))
    return sorted(out, key=lambda q: q.start)


def phrase(text: str) -> str:
    """Lower-case words joined by single spaces, padded: the form phrases are looked up in."""
    return phrase_of(words(text))


def phrase_of(tokens: list[str]) -> str:
    return " " + " ".join(tokens).lower() + " "


@dataclass
class QuoteResult:
    quote: Quote
    found: bool
    evidence: list[int]          # indexes of the body sentences closest to the quote
    body_forms: list[str]        # other forms of a quoted single word the body does use ("died")


def check_quote(quote: Quote, sentence_phrases: list[str]) -> QuoteResult:
    parts = [p for p in (phrase(x) for x in _ELLIPSIS.split(quote.text)) if p.strip()]
    if not parts:
        return QuoteResult(quote, True, [], [])
    body = "".join(sentence_phrases)
    qwords = [w for p in parts for w in p.split()]
    keys = {lemma(w) for w in qwords}
    found = all(_written(p, body) or _near(p, sentence_phrases) for p in parts)
    scored = []
    forms: list[str] = []
    content = set(lemmas_of(qwords))
    quoted = {lemma(w): w for w in qwords}
    for i, sp in enumerate(sentence_phrases):
        swords = sp.split()
        same = [w for j, w in enumerate(swords) if lemma(w) in keys and same_sense(quoted[lemma(w)], swords, j, qwords)]
        hits = len(same)
        exact = sum(1 for p in parts if p in sp)
        if hits or exact:
            scored.append((exact, hits, -i))
        if len(qwords) == 1:
            forms.extend(w for w in same if w != qwords[0] and w not in forms)
        if not found and len(qwords) >= FUZZY_MIN_WORDS and content and content <= {lemma(w) for w in swords}:
            found = True
    scored.sort(reverse=True)
    return QuoteResult(quote, found, [-i for _, _, i in scored[:2]], forms[:3])


@cache
def _fixed_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """headline_fixed_phrases by each word they contain."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon_words("headline_fixed_phrases"):
        ws = tuple(entry.split())
        for w in set(ws):
            out.setdefault(w, []).append(ws)
    return {k: tuple(v) for k, v in out.items()}


def _verb_form(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ing"))


def same_sense(quoted: str, tokens: list[str], j: int, quote_words: list[str]) -> bool:
    """Is tokens[j] (lower case), whose lemma key is the quoted word's, that word in the same sense?
    Not inside a fixed phrase whose words mean nothing alone ('ordered' is not "in order to") unless
    the quote has the phrase too, and not a bare noun after a determiner when the quote is a verb
    form ('fired' is not "the fire")."""
    w = tokens[j]
    for phrase in _fixed_phrases().get(w, ()):
        n = len(phrase)
        for start in range(max(0, j - n + 1), j + 1):
            if tuple(tokens[start:start + n]) == phrase and " ".join(phrase) not in " ".join(quote_words):
                return False
    if _verb_form(quoted.lower()) and not _verb_form(w) and j > 0 and tokens[j - 1] in wordset("headline_determiners"):
        return False
    return True


def _written(part: str, body: str) -> bool:
    """The quoted phrase is in the body as written, in a variant (_variants), or with its hyphens
    dropped or made spaces on both sides ('ceasefire' is "cease-fire", 'e-mail' is "email",
    'working class' is "working-class")."""
    variants = _variants(part)
    if any(v in body for v in variants):
        return True
    if "-" not in body and "-" not in part:
        return False
    flat = body.replace("-", "")
    if any(v.replace("-", "") in flat for v in variants):
        return True
    spaced = body.replace("-", " ")
    return any(v.replace("-", " ") in spaced for v in variants)


def _variants(part: str) -> list[str]:
    """The phrase as quoted, without a leading article, and with its last word's plural changed."""
    out = [part]
    ws = part.split()
    if len(ws) > 1 and ws[0] in ("the", "a", "an"):
        out.append(" " + " ".join(ws[1:]) + " ")
    for v in list(out):
        vw = v.split()
        last = vw[-1]
        if not last.isalpha():
            continue
        forms = [last + "s", last + "es"]
        if last.endswith(("ses", "xes", "zes", "ches", "shes")):
            forms.append(last[:-2])
        if last.endswith("s") and not last.endswith("ss") and len(last) > 2:
            forms.append(last[:-1])
        out.extend(" " + " ".join(vw[:-1] + [f]) + " " for f in forms)
    return out


def _near(part: str, sentence_phrases: list[str]) -> bool:
    if len(part.split()) < FUZZY_MIN_WORDS:
        return False
    target = part.strip()
    return any(fuzz.partial_ratio(target, s, score_cutoff=FUZZY_CUTOFF) for s in sentence_phrases)
