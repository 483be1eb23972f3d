"""Sparse features of one sentence for the check-worthiness model.

Shared by inference (factcheck.claims) and training (scripts/train_checkworthy.py) so both see
exactly the same features. Every feature is a short string; the model is a dict of weights.

Two kinds of feature:
- words and word pairs, lower-cased, with every number folded to one token, so that "$3 million"
  and "$40 billion" look alike;
- word endings that stand in for a part of speech (-ly, -ing, -ed, -est, -tion, ...) and the
  shapes of numbers as written (a year, "9,9", "9.9");
- cues that carry over from debate transcripts to news prose: numbers, money and percentages,
  dates, capitalised names inside the sentence, the grammatical person, modals, opinion and
  reporting verbs, relayed claims ("X said that"), superlatives, causal links, questions.
The cue word lists are lexicon files (claim_*.txt) so they can be read and grown without code.

Speed matters (this runs on every sentence): the words come from the one tokeniser
(factcheck.tokens), everything else is set and dict work on them, and the last sentence's words
are cached because the pipeline asks about check-worthiness and hedging of the same sentence one
after the other.
"""

from __future__ import annotations

import re

from factcheck.lexicon import rule_words, structured, wordset
from factcheck.tokens import words

_NUM_WORDS = wordset("claim_numbers")
_TIME_WORDS = wordset("claim_time")
_OPINION = wordset("claim_opinion")
_REPORT = wordset("claim_reporting")
_SUPERLATIVE = wordset("claim_superlatives")
_CAUSAL = wordset("claim_causal")
_CHANGE = wordset("claim_change")
_REPORTED_VERBS = wordset("claim_reported_verbs")
_IMPERATIVE_STARTS = frozenset("<s> " + w for w in wordset("claim_imperatives"))
_MONEY = rule_words("features", "money", "claim_rules")
_PERCENT = rule_words("features", "percent", "claim_rules")
_MODALS = rule_words("features", "modals", "claim_rules")
_FIRST = rule_words("features", "first_person", "claim_rules")
_SECOND = rule_words("features", "second_person", "claim_rules")
_THIRD = rule_words("features", "third_person", "claim_rules")
_PAST = rule_words("features", "past", "claim_rules")
_PRESENT_BE = rule_words("features", "present_be", "claim_rules")
_FUNCTION = rule_words("features", "function_words", "claim_rules")
_LENGTH = ("len:1-3",) * 4 + ("len:4-7",) * 4 + ("len:8-14",) * 7 + ("len:15-29",) * 15
_NOT_A_SOURCE = rule_words("features", "not_a_source", "claim_rules")
_NEWS_LENGTHS = frozenset({"len:15-29", "len:30+"})
_NO_COMMENT = rule_words("features", "no_comment", "claim_rules")

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")
# Word endings that stand in for a part of speech when the word itself is rare (claim_rules.toml
# says which). Only words of at least three characters more than the ending, not starting with a
# digit, count ("only", "red", "best" do not).
_ENDINGS = structured("claim_rules")["features"]["endings"]
_ENDING = re.compile(r"(?<!\S)[^\s\d]\S{2,}?(" + "|".join(map(re.escape, _ENDINGS)) + r")(?!\S)")
_ENDING_NAME = {e: "end:" + e for e in _ENDINGS}
_YEAR = re.compile(r"(?<!\S)(?:1[89]|20)\d\d(?:s)? ")
_CAP_START = re.compile(r" [A-Z]")

# scan() of the last text: features() and tokens() of one sentence both scan it
_last_scan_cache: tuple[str, list[str], list[str]] = ("", [], [])
# Signs that mean something, kept as tokens of their own after the words.
_SIGNS = ("$", "%", "?", "\u00a3", "\u20ac")


def scan(text: str) -> tuple[list[str], list[str]]:
    """(words as written, lower-cased words and signs) of `text`: the words of the one tokeniser
    (factcheck.tokens.words: curly apostrophes straight, "U.S." is "U.S"), then the signs."""
    global _last_scan_cache
    last = _last_scan_cache  # one read: another thread may replace the cache meanwhile
    if text == last[0]:
        return last[1], last[2]
    raw = words(text)
    low = " ".join(raw).lower().split(" ") if raw else []
    low += [c for c in _SIGNS if c in text]
    _last_scan_cache = (text, raw, low)
    return raw, low


def tokens(text: str) -> list[str]:
    """Lower-cased words (then signs) with numbers folded to `<num>`."""
    return ["<num>" if t[0].isdigit() else t for t in scan(text)[1]]


def features(text: str) -> list[str]:
    """The active (binary) features of `text`; duplicates allowed (use a set to count each once).

    A single word is the feature itself, a word pair is "w1 w2", every other feature has a colon:
    words never contain a space or a colon, so the three cannot collide.
    """
    raw, low = scan(text)
    joined = " ".join(low) + " "
    toks = ["<num>" if t[0].isdigit() else t for t in low] if _DIGIT.search(joined) else low
    words = toks[:len(raw)]
    n = len(words)
    feats = toks.copy()
    feats += map(" ".join, zip(["<s>", *words], [*words, "</s>"]))
    tokset = set(toks)

    feats.append(_LENGTH[n] if n < 30 else "len:30+")
    feats += map(_ENDING_NAME.__getitem__, _ENDING.findall(joined))
    if "<num>" in tokset:
        feats += _number_shapes(raw)
    number = "<num>" in tokset or not tokset.isdisjoint(_NUM_WORDS)
    if number:
        feats.append("cue:number")
        if _YEAR.search(joined):
            feats.append("cue:year")
    if not tokset.isdisjoint(_PERCENT) or ("cent" in tokset and "per" in tokset):
        feats.append("cue:percent")
    if not tokset.isdisjoint(_MONEY):
        feats.append("cue:money")
    if not tokset.isdisjoint(_TIME_WORDS):
        feats.append("cue:time")
    # Capitalised words after the first are names, titles, places: "I" is not.
    written = " ".join(raw)
    caps = len(_CAP_START.findall(written)) - written.count(" I ") - written.count(" I'")
    feats.append("cue:caps" + ("0" if caps == 0 else "1" if caps == 1 else "2-3" if caps <= 3 else "4+"))
    if not tokset.isdisjoint(_OPINION):
        feats.append("cue:opinion")
    if not tokset.isdisjoint(_REPORT):
        feats.append("cue:reporting")
    if not tokset.isdisjoint(_SUPERLATIVE):
        feats.append("cue:superlative")
    if not tokset.isdisjoint(_CAUSAL):
        feats.append("cue:causal")
    if not tokset.isdisjoint(_CHANGE):
        feats.append("cue:change")
    modal = not tokset.isdisjoint(_MODALS)
    if modal:
        feats.append("cue:modal")
    past = not tokset.isdisjoint(_PAST) or "ed " in joined
    if past:
        feats.append("cue:past")
    if not tokset.isdisjoint(_PRESENT_BE):
        feats.append("cue:present")
    if "'" in joined and "'" in joined.replace("'s ", " "):
        feats.append("cue:contraction")  # spoken register: "it's", "don't", "we've"
    if not tokset.isdisjoint(_REPORTED_VERBS):
        if "that" in tokset and _reported_that(toks):
            feats.append("cue:reported_that")
        if _relayed_by_noun(words):
            feats.append("cue:relayed")
    if "?" in tokset:
        feats.append("cue:question")
    # Who speaks about whom matters more than any one word: "we will" is a promise, "they cut" a record.
    person = ("first" if not tokset.isdisjoint(_FIRST) else "second" if not tokset.isdisjoint(_SECOND)
              else "third")
    feats.append("person:" + person)
    feats.append(f"x:{person}:{'modal' if modal else 'nomodal'}:{'past' if past else 'nopast'}")
    if number:
        feats.append("x:number:" + person)
    head = words[0] if words else ""
    feats.append("start:" + ("first" if head in _FIRST else "second" if head in _SECOND else
                             "third" if head in _THIRD else
                             "name" if raw and raw[0][0].isupper() and head not in _FUNCTION else "other"))
    return feats


def _number_shapes(raw: list[str]) -> list[str]:
    """The shape of each number as written ("9,9" for "3,000", "9.9" for "2.5", "9s" for "1990s"),
    and whether it is a year or a number of four digits or more."""
    out = []
    for w in raw:
        if w[0].isdigit():
            out.append("num:" + _DIGITS.sub("9", w))
            if _YEAR_TOKEN.fullmatch(w):
                out.append("num:year")
            elif len(w.replace(",", "")) >= 4:
                out.append("num:big")
    return out


def _reported_that(toks: list[str]) -> bool:
    """A reporting verb with "that" within the next three words: "said (on Monday) that"."""
    for i, t in enumerate(toks):
        if t in _REPORTED_VERBS and "that" in toks[i + 1:i + 4]:
            return True
    return False


def _relayed_by_noun(words: list[str]) -> bool:
    """A reporting verb right after a noun, not a pronoun: "the ministry said", "a spokesperson told"."""
    for i, t in enumerate(words):  # a loop, not any(...): a generator step per word costs more
        if t in _REPORTED_VERBS and i and words[i - 1] not in _NOT_A_SOURCE:
            return True
    return False


# How many logits a rule of news English is worth (see `rule_shift`).
RULE_MARGIN = 1.0


def rule_shift(feats: set[str]) -> float:
    """What the rules of `rule_decision` add to the model's logit: +/- RULE_MARGIN, or 0.

    A rule moves the decision by a margin instead of overruling the model outright: where the
    model is sure the other way (more than RULE_MARGIN logits past the threshold), the model
    wins. In news prose the sentences a rule would then lose are mostly relayed opinions ("X
    says she hopes ...", "many supporters believe ..."), not facts to check; in the debates it
    keeps the third-person opinions and spoken list items ("Number two, ...") out.
    """
    ruled = rule_decision(feats)
    return 0.0 if ruled is None else RULE_MARGIN if ruled else -RULE_MARGIN


def rule_decision(feats: set[str]) -> bool | None:
    """Rules of news English that weigh against the model (None: let the model decide).

    True and False become a margin added to or taken from the model's logit (`rule_shift`).

    The model learnt from debate transcripts, where a third-person sentence full of names is
    often talk about people rather than a claim. In news prose such a sentence, and a relayed
    claim ("the agency believes that ..."), is what a fact-checker checks, so written-register
    sentences of that shape count as claims, and so does a quantity stated in the third person.
    An instruction to the reader or a question never does, nor a short note that someone
    declined to comment or could not be reached.
    """
    if "cue:question" in feats or not _IMPERATIVE_STARTS.isdisjoint(feats):
        return False
    if "comment" in feats and not _NO_COMMENT.isdisjoint(feats) and _NEWS_LENGTHS.isdisjoint(feats):
        return False
    if "person:third" in feats and "cue:contraction" not in feats:
        if "cue:reported_that" in feats or "cue:relayed" in feats:
            return True
        if "cue:caps4+" in feats and not _NEWS_LENGTHS.isdisjoint(feats):
            return True
        # A quantity stated in the written register: "kill roughly one in three patients",
        # "fines will rise from 20p to 25p". Spelled-out numbers need a plain statement (no modal).
        if "cue:opinion" not in feats and ("<num>" in feats or "cue:number" in feats and "cue:modal" not in feats):
            return True
    return None
