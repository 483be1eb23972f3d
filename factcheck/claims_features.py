"""Sparse features of one sentence for the check-worthiness model.

Shared by inference (factcheck.claims) and training (scripts/train_checkworthy.py) so both see
exactly the same features. Every feature is a short string; the model is a dict of weights.

Two kinds of feature:
- words and word pairs, lower-cased, with every number folded to one token, so that "$3 million"
  and "$40 billion" look alike;
- cues that carry over from debate transcripts to news prose: numbers, money and percentages,
  dates, capitalised names inside the sentence, the grammatical person of the subject, modals,
  opinion verbs, reporting verbs, superlatives, causal links, questions.
The cue word lists are lexicon files (claim_*.txt) so they can be read and grown without code.
"""

from __future__ import annotations

import re

from factcheck.lexicon import wordset

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})

# A token: a word with an optional contraction, or a number with its separators.
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,./]*|[$%?]")
# Capitalised words inside the sentence (after a word or comma), i.e. names rather than sentence starts.
_CAP_WORD = re.compile(r"(?<=[\w,]\s)(?:[A-Z][a-z]|[A-Z]{2})")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:s)?\b")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.I)
_MONEY = re.compile(r"[$£€¥]|\b(?:dollars?|pounds|euros?|yuan|rubles?|won)\b", re.I)

_NUM_WORDS = wordset("claim_numbers")
_TIME_WORDS = wordset("claim_time")
_OPINION = wordset("claim_opinion")
_REPORT = wordset("claim_reporting")
_SUPERLATIVE = wordset("claim_superlatives")
_CAUSAL = wordset("claim_causal")
_CHANGE = wordset("claim_change")
_MODALS = frozenset({"will", "would", "should", "must", "can", "ought", "shall", "might", "may", "could",
                     "i'll", "we'll", "you'll", "let's", "gonna"})
_FIRST = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "we'd", "we'll",
                    "us", "our"})
_SECOND = frozenset({"you", "you're", "you've", "you'd", "you'll", "your"})
_THIRD = frozenset({"he", "she", "it", "they", "he's", "she's", "it's", "they're", "they've", "his", "her",
                    "their", "its"})
_PAST = frozenset({"was", "were", "had", "did", "been"})
_PRESENT_BE = frozenset({"is", "are", "has", "have"})


def _fold(tok: str) -> str:
    return "<num>" if tok[0].isdigit() else tok


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with numbers folded to `<num>`."""
    return [_fold(t) for t in _TOKEN.findall(text.translate(_QUOTES).lower())]


def features(text: str) -> list[str]:
    """The active (binary) features of `text`, duplicates allowed (the model counts each once)."""
    text = text.translate(_QUOTES)
    toks = tokens(text)
    n = len(toks)
    feats = ["w:" + t for t in toks]
    prev = "<s>"
    for t in toks:
        feats.append("b:" + prev + " " + t)
        prev = t
    feats.append("b:" + prev + " </s>")
    tokset = set(toks)

    feats.append("len:" + ("1-3" if n <= 3 else "4-7" if n <= 7 else "8-14" if n <= 14 else
                           "15-29" if n <= 29 else "30+"))
    if "<num>" in tokset or tokset & _NUM_WORDS:
        feats.append("cue:number")
    if _PERCENT.search(text):
        feats.append("cue:percent")
    if _MONEY.search(text):
        feats.append("cue:money")
    if _YEAR.search(text):
        feats.append("cue:year")
    if tokset & _TIME_WORDS:
        feats.append("cue:time")
    caps = len(_CAP_WORD.findall(text))
    feats.append("cue:caps" + ("0" if caps == 0 else "1" if caps == 1 else "2-3" if caps <= 3 else "4+"))
    if tokset & _OPINION:
        feats.append("cue:opinion")
    if tokset & _REPORT:
        feats.append("cue:reporting")
    if tokset & _SUPERLATIVE:
        feats.append("cue:superlative")
    if tokset & _CAUSAL:
        feats.append("cue:causal")
    if tokset & _CHANGE:
        feats.append("cue:change")
    if tokset & _MODALS:
        feats.append("cue:modal")
    if tokset & _PAST or any(t.endswith("ed") and len(t) > 4 for t in toks):
        feats.append("cue:past")
    if tokset & _PRESENT_BE:
        feats.append("cue:present")
    if "?" in tokset:
        feats.append("cue:question")
    # Person of the sentence: who is speaking about whom matters more than any one word.
    person = "first" if tokset & _FIRST else "second" if tokset & _SECOND else "third"
    feats.append("person:" + person)
    # Interactions the linear model cannot form itself: "we will" is a promise, "they cut" a record.
    modal = "modal" if "cue:modal" in feats else "nomodal"
    tense = "past" if "cue:past" in feats else "nopast"
    feats.append(f"x:{person}:{modal}:{tense}")
    if "cue:number" in feats:
        feats.append(f"x:number:{person}")
    head = toks[0] if toks else ""
    feats.append("start:" + ("first" if head in _FIRST else "second" if head in _SECOND else
                             "third" if head in _THIRD else "name" if text[:1].isupper() and head not in _FUNCTION
                             else "other"))
    return feats


_FUNCTION = frozenset({"the", "a", "an", "and", "but", "so", "or", "if", "when", "then", "now", "well", "this",
                       "that", "there", "these", "those", "in", "on", "at", "for", "of", "to", "as", "by",
                       "with", "what", "why", "how", "who", "where", "no", "yes", "not", "all", "every"})
