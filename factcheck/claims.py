"""Check-worthiness and hedging of single sentences.

Both functions run on every sentence of every article, so they are built for speed: one
precompiled regex per question, weights loaded once at import, dict lookups per feature.

- `is_checkworthy`: a logistic model over the features of `claims_features` (words, word
  pairs, and cues such as numbers, dates, names, person, modals, opinion and reporting verbs),
  trained by scripts/train_checkworthy.py; weights in factcheck/models/checkworthy.json. A few
  rules of news English sit around it: a question or a fragment of a few words asserts nothing,
  and a reported statement about a named actor (third person, a reporting verb, a name) is
  something a fact-checker can check even when its words look like debate small talk.
- `is_hedged`: the hedges lexicon (may, reportedly, alleged, expected to, claims, ...) and
  question headlines ("Has X taken over Y?").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from factcheck.claims_features import features
from factcheck.lexicon import words

MODEL_PATH = Path(__file__).parent / "models" / "checkworthy.json"
MODEL_NAME = "factcheck.checkworthy/1"

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_WORD = re.compile(r"[A-Za-z]")
# Ends with a question mark, maybe inside closing quotes or brackets.
_QUESTION = re.compile(r"\?[\"')\]]*\s*$")
# "..., with more than half selling in holiday season: report" / "Report: ..." headlines.
_REPORT_TAG = re.compile(r"^\s*(?:new\s+)?reports?\s*:|[:\-\u2013\u2014]\s*(?:new\s+|media\s+)?reports?\s*$", re.I)
# "in May", "May 3", "since May": the month, not the modal.
_MONTH_MAY = re.compile(
    r"(?:\b(?:in|on|of|since|until|by|from|last|next|early|late|this|mid|to|between|and|through)[\s-]+May\b"
    r"|\bMay\s+\d)"
)


@cache
def load_model(path: str | None = None) -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights) of the check-worthiness model; read once."""
    data = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
    if data.get("model") != MODEL_NAME:
        raise ValueError(f"{path or MODEL_PATH}: not a {MODEL_NAME} weights file")
    return float(data["bias"]), float(data["threshold"]), {k: float(v) for k, v in data["weights"].items()}


_BIAS, _THRESHOLD, _WEIGHTS = load_model()


def checkworthy_score(text: str) -> float:
    """How far above (positive) or below (negative) the decision threshold the model puts `text`."""
    w = _WEIGHTS
    return _BIAS + sum(w.get(f, 0.0) for f in set(features(text))) - _THRESHOLD


def is_checkworthy(text: str) -> bool:
    """Does the sentence make a specific factual claim someone could check?"""
    text = text.strip()
    if len(text) < 12 or not _WORD.search(text) or _QUESTION.search(text):
        return False
    return checkworthy_score(text) >= 0.0


def _hedge_regex(entries: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first so "according to reports" wins over its parts; whole words only.
    alts = sorted({re.escape(e).replace(r"\ ", r"\s+") for e in entries}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w'])", re.I)


_HEDGE = _hedge_regex(words("hedges"))


def hedge_cues(text: str) -> list[str]:
    """The hedge words and phrases in `text`, as written ("May" the month excluded)."""
    text = text.translate(_QUOTES)
    months = {m.start() + m.group().rfind("May") for m in _MONTH_MAY.finditer(text)}
    return [m.group() for m in _HEDGE.finditer(text) if not (m.group() == "May" and m.start() in months)]


def is_hedged(text: str) -> bool:
    """may / could / reportedly / alleged / expected to / claims ... or a question headline."""
    if _QUESTION.search(text) or _REPORT_TAG.search(text):
        return True
    if not _HEDGE.search(text):
        return False
    return bool(hedge_cues(text))
