"""Check-worthiness and hedging of single sentences.

Both functions run on every sentence of every article, so they are built for speed: a split and
set/dict work on the tokens (shared by the two calls for one sentence), weights loaded once at
import. About 45 microseconds of CPU for both calls on a 100-character sentence.

- `is_checkworthy`: a logistic model over the features of `claims_features` (words, word
  pairs, and cues such as numbers, dates, names, person, modals, opinion and reporting verbs,
  idf-weighted and scaled to unit length) plus the mean of the sentence's word vectors (shipped
  as one number per word, see `Model`), trained on ClaimBuster debate sentences by
  scripts/train_checkworthy.py; weights in factcheck/models/checkworthy.json. Rules of news
  English sit around it (`claims_features.rule_decision`): a question, an instruction to the
  reader or a fragment asserts nothing; a relayed claim ("the ministry said ...", "X believes
  that ..."), a quantity stated in the third person, and a long written-register sentence full
  of names are claims even where the debate-trained words say otherwise, unless the model is
  sure they are not (`claims_features.rule_shift`: a rule is worth a fixed margin of logits,
  not a veto).
- `is_hedged`: the hedges lexicon (may, reportedly, alleged, expected to, claims, ...), question
  headlines ("Has X taken over Y?") and "Report: ..." / "...: report" headlines.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factcheck import weights
from factcheck.claims_features import features, rule_shift, scan, tokens
from factcheck.lexicon import rule_words, structured, words
from factcheck.no_comment import is_no_comment_note
from factcheck.posts import post_credit
from factcheck.tokens import words as token_words

# The roles whose sentences are read as claims: the article's own text, not its byline, dateline,
# crossheads or page chrome.
CLAIM_ROLES = ("headline", "standfirst", "body", "caption")

MODEL_PATH = Path(__file__).parent / "models" / "checkworthy.json"
MODEL_NAME = "factcheck.checkworthy/2"

_WORD = re.compile(r"[A-Za-z]")
# Ends with a question mark, maybe inside closing quotes or brackets.
_QUESTION = re.compile(r"\?[\"')\]]*\s*$")
# "..., with more than half selling in holiday season: report" / "Report: ..." headlines.
# "Cats can read? Professor's remark ...": a headline that opens with a question asks it;
# inside one segmented sentence, "? Capital" can only follow such a question (or a quotation).
_LEAD_QUESTION = re.compile(r"^(?:[^\"“‘'’]|(?<=\w)['’](?=\w)){3,120}\?\s+[A-Z]")
_SHOUTED_REPORT = re.compile(r"\sREPORTS?\s*$")  # "Lenovo Looking To Buy BlackBerry REPORT"
_REPORT_TAG = re.compile(r"^\s*(?:new\s+)?reports?\s*:|[:\-\u2013\u2014]\s*(?:new\s+|media\s+)?reports?\s*$", re.I)


@dataclass(frozen=True)
class Model:
    """The check-worthiness model: a logistic regression over two parts.

    - sparse: the features of `claims_features.features`, each weighted by its inverse document
      frequency and the vector of a sentence scaled to unit length (so a long sentence does not
      win by having more words). `weights` maps a feature to the complex number
      (weight x idf) + (idf squared)j, so that one C-level sum over the sentence's features gives
      both the dot product and the squared length;
    - words: the mean of the sentence's word vectors (GloVe, general English) dotted with the
      learnt direction, which is linear, so it is shipped as one number per word: the logit part
      is the mean of `words[w]` over the sentence's tokens that have one.
    """

    bias: float
    threshold: float
    weights: dict[str, complex]
    words: dict[str, float]

    def logit(self, feats: set[str], toks: list[str]) -> float:
        """The model's logit for a sentence with these features and (lower-cased) tokens."""
        total = sum(filter(None, map(self.weights.get, feats)), 0j)
        z = self.bias + (total.real / math.sqrt(total.imag) if total.imag else 0.0)
        shares = [s for s in map(self.words.get, toks) if s is not None]
        return z + sum(shares) / len(shares) if shares else z


@cache
def load_model(path: str | None = None) -> Model:
    """The check-worthiness model (factcheck/models/checkworthy.json unless `path`); read once."""
    data = weights.load("checkworthy", path)
    if data.get("model") != MODEL_NAME:
        raise weights.ModelFileError(f"{path or MODEL_PATH}: not a {MODEL_NAME} weights file")
    table = {k: complex(float(w) * float(idf), float(idf) ** 2) for k, (w, idf) in data["weights"].items()}
    return Model(float(data["bias"]), float(data["threshold"]), table,
                 {k: float(v) for k, v in data.get("words", {}).items()})


_MODEL = load_model()


def checkworthy_score(text: str) -> float:
    """How far above (positive) or below (negative) the decision threshold the model puts `text`.

    The model alone: the rules of news English (`rule_shift`) are left out.
    """
    return _MODEL.logit(set(features(text)), tokens(text)) - _MODEL.threshold


def is_checkworthy(text: str) -> bool:
    """Does the sentence make a specific factual claim someone could check?"""
    # Not stripped: the same string object lets is_hedged reuse this sentence's tokens.
    if len(text) < 12 and len(text.strip()) < 12 or not _WORD.search(text) or "?" in text and _QUESTION.search(text):
        return False
    if post_credit(text) is not None:
        return False  # a post's credit line names who posted it and when; it asserts nothing
    if _OUTLET_NOTE.match(text):
        return False  # "Correction: An earlier version of this article misstated ...": about the text
    if _shouted_label(text):
        return False
    feats = set(features(text))
    toks = tokens(text)
    if is_no_comment_note(text, toks):
        return False  # "The FBI declined to comment": how the story was reported, nothing to check
    return _MODEL.logit(feats, toks) + rule_shift(feats) >= _MODEL.threshold


_LABEL_MAX_WORDS: int = structured("claim_rules")["labels"]["max_words"]


def _alternation(phrases: list[str]) -> str:
    """The phrases as one regex alternation, longest first, any run of spaces between words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))


def _outlet_note_pattern() -> re.Pattern[str]:
    """What opens an outlet's note on its own text, built from claim_rules [outlet_notes]."""
    notes = structured("claim_rules")["outlet_notes"]
    alt = _alternation
    # between a label and its colon only a date and "added" ("Correction added Nov. 18, 2026:")
    dated = r"(?:[\s,]+(?:added|appended|issued|\d[\d,]*|(?-i:[A-Z][a-z]{2,8})\.?))*"
    label = rf"(?:{alt(notes['labels'])})\b{dated}\s*:\s*"
    subject = (rf"(?:(?:an?|the)\s+(?:(?:{alt(notes['versions'])})\s+)?version\s+of\s+this|this|the\s+above)"
               rf"\s+(?:{alt(notes['texts'])})\b")
    credit = rf"(?:{alt(notes['credits'])})\b"
    return re.compile(rf"\s*[\"'“‘]?(?:{label}|{subject}|{credit})", re.IGNORECASE)


_OUTLET_NOTE = _outlet_note_pattern()


def _shouted_label(text: str) -> bool:
    """A short line in capitals: a label between paragraphs (see claim_rules.toml [labels])."""
    return len(text.split()) <= _LABEL_MAX_WORDS and text.upper() == text and _WORD.search(text) is not None


def _hedge_table(entries: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the hedge phrases (as word tuples) starting with it, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        phrase = tuple(entry.split())
        table.setdefault(phrase[0], []).append(phrase[1:])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


_HEDGES = _hedge_table(words("hedges"))
_MONTH_BEFORE = rule_words("hedges", "month_before", "claim_rules")  # "in May", "since May"
_CAUSED_NOUNS = rule_words("hedges", "caused_nouns", "claim_rules")
_CAUSING_VERBS = rule_words("hedges", "causing_verbs", "claim_rules")
_VERB_OBJECTS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in structured("claim_rules")["hedges"]["verb_objects"].items()}
_TERM_NOUNS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in structured("claim_rules")["hedges"]["term_nouns"].items()}


def _rest_at(low: list[str], i: int, rests: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first of a table's phrase tails (longest first) that the words after low[i] spell."""
    return next((rest for rest in rests if tuple(low[i + 1:i + 1 + len(rest)]) == rest), None)


def in_term(hedge: str, following: str) -> bool:
    """Is `hedge` before the word `following` part of a term ("likely voters"), hedging nothing?"""
    return following.lower() in _TERM_NOUNS.get(hedge.lower(), ())


def hedge_cues(text: str) -> list[str]:
    """The hedge words and phrases in `text`, lower-cased ("May" the month left out)."""
    raw, low = scan(text)
    if _HEDGES.keys().isdisjoint(low):
        return []
    found = []
    for i, t in enumerate(low):
        rests = _HEDGES.get(t)
        if rests is None:
            continue
        if t == "may" and raw[i] != "may" and _is_month(raw, low, i):
            continue
        if t in _VERB_OBJECTS and i + 1 < len(low) and low[i + 1] in _VERB_OBJECTS[t]:
            continue  # "rats scare off the editor": the verb, not "a health scare"
        if i + 1 < len(low) and in_term(t, low[i + 1]):
            continue  # "leads among likely voters": a pollster's term
        if t in _CAUSED_NOUNS and any(w in _CAUSING_VERBS for w in low[max(i - 3, 0):i]):
            continue  # "..., sparking widespread fears about": what the event led to
        rest = _rest_at(low, i, rests)
        if rest is not None:
            found.append(" ".join((t, *rest)))
    if found and any(h.split()[0] in _CONCESSIVE_MODALS for h in found):
        conceded_here = _conceded_modals(text)
        found = [h for h in found if h.split()[0] not in conceded_here]
    return found


_MODAL_NEXT = rule_words("hedges", "modal_next", "claim_rules")  # "May Be"
_CONCESSIVE_MODALS = rule_words("hedges", "concessive_modals", "claim_rules")
_CONCESSIVE = rule_words("hedges", "concessive_conjunctions", "claim_rules")
_CONCESSIVE_BUT = rule_words("hedges", "concessive_but_modals", "claim_rules")
_CLAUSE_START = re.compile(r"[,;:()]")
_CLAUSE_BREAK = re.compile(r"[,.;:!?]")
_BUT = re.compile(r"\s+but\s+(?!also\b)")


def conceded(text: str, start: int, end: int) -> bool:
    """Is the modal at text[start:end] ("may", "might", "could") in a clause that concedes: one a
    concessive conjunction opens ("Although it could seem odd, ..."), or, for "may" and "might",
    one "but" follows ("It may have been late, but it arrived")? It grants the point rather than
    leaving it open."""
    if text[start:end].lower() not in _CONCESSIVE_MODALS:
        return False
    opening = [w.lower() for w in token_words(_CLAUSE_START.split(text[:start])[-1])[:3]]
    while opening and opening[0] in ("and", "but", "yet"):
        opening = opening[1:]
    if opening and opening[0] in _CONCESSIVE:
        return True
    if text[start:end].lower() not in _CONCESSIVE_BUT:
        return False
    rest = text[end:end + 160]
    stop = _CLAUSE_BREAK.search(rest)  # the modal's clause ends at the first comma or stop
    # ("it might cost them not only the House, but also the Senate": no concession)
    return stop is not None and stop.group() == "," and _BUT.match(rest, stop.end()) is not None \
        and "not only" not in rest[:stop.start()].lower()


def _conceded_modals(text: str) -> set[str]:
    """The concessive modals every use of which in `text` is conceded."""
    out = set()
    for modal in _CONCESSIVE_MODALS:
        uses = [m for m in re.finditer(r"\b" + modal + r"\b", text, re.IGNORECASE)]
        if uses and all(conceded(text, m.start(), m.end()) for m in uses):
            out.add(modal)
    return out


def _is_month(raw: list[str], low: list[str], i: int) -> bool:
    """Is the capitalised "May" at `i` the month or a name rather than the modal?

    "in May", "20 May", "May 1", "May 2024" are the month; "Theresa May said" is a name (a
    capitalised word before, a lower-case one after), while a title-case headline's "Apple May Be"
    keeps the modal.
    """
    prev = low[i - 1] if i else ""
    nxt = raw[i + 1] if i + 1 < len(raw) else ""
    if nxt.lower() in _MODAL_NEXT:
        return False  # "2015 May Be the Release Target": the modal in a title-case headline
    if prev in _MONTH_BEFORE or prev[:1].isdigit() or nxt[:1].isdigit():
        return True
    return bool(i and raw[i - 1][:1].isupper() and nxt[:1].islower())


def is_hedged(text: str) -> bool:
    """may / could / reportedly / alleged / expected to / claims ... or a question or "report:" headline."""
    if "?" in text and (_QUESTION.search(text) or _LEAD_QUESTION.search(text)):
        return True
    if _SHOUTED_REPORT.search(text):
        return True
    low = scan(text)[1]
    if ("report" in low or "reports" in low) and _REPORT_TAG.search(text):
        return True
    cues = hedge_cues(text)
    return bool(cues) and not (all(c in _REFUTABLE for c in cues) and _refutes(low))


_REFUTABLE = rule_words("hedges", "refutable", "claim_rules")
_REFUTING = _hedge_table(tuple(rule_words("hedges", "refuting", "claim_rules")))


def _refutes(low: list[str]) -> bool:
    """Does the sentence (its lower-cased words) call something false ("debunked", "not true")?"""
    return any(_rest_at(low, i, _REFUTING[t]) is not None for i, t in enumerate(low) if t in _REFUTING)
