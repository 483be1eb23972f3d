"""Does the body assert the headline's claim, only report it, or dispute it? (the stance model)

The body sentences that bear on the headline are the ones that share most of its weight
(terms.relatedness). Their stance is read from what the analysis already knows about them (an
attribution to a source that reports, a hedge) and from three small cue lexicons matched on
lemma keys: refuting ("denied", "a hoax", "no evidence"), reporting ("according to", "rumours",
"could not be verified") and confirming ("confirmed", "official"). The same cues over the whole
body, and the headline's own attribution, hedge and negation, complete the features.

Two logistic models read the features (weights in models/headline_stance.json, fitted on FNC-1
train pairs by scripts/train_headline_stance.py, which records how): one says whether the body
disputes the headline (FNC-1 "disagree"), the other whether it only reports or hedges it rather
than asserting it ("discuss" against "agree"). Every feature is a share or a yes/no that a
sub-editor can check in the text, so a decision can be explained by its largest terms.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from factcheck import weights
from factcheck.attribution.lexicons import cue_acts
from factcheck.headline.text import lemma
from factcheck.lexicon import words as lexicon_words
from factcheck.lexicon import wordset
from factcheck.model import Sentence

_MODEL = Path(__file__).resolve().parent.parent / "models" / "headline_stance.json"
BEARING_MIN = 0.25   # share of the headline's weight a sentence needs to bear on its claim
BEARING_MAX = 5
NEAR_MIN = 0.1      # ... and to come near it (near_claim)
NEAR_MAX = 10
LEAD = 2             # the first sentences of a body say what it stands behind

FEATURES: tuple[str, ...] = lexicon_words("headline_stance_features")


@cache
def phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A cue lexicon as lemma-key sequences indexed by their first key."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in lexicon_words(name):
        keys = tuple(lemma(w) for w in entry.replace("'", "").split())
        out.setdefault(keys[0], []).append(keys)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def find_cues(tokens: Sequence[str], name: str) -> list[str]:
    """The entries of cue lexicon `name` in a sentence's word tokens, lower-cased as written there."""
    table = phrases(name)
    keys = [lemma(w) for w in tokens]
    found: list[str] = []
    for i, k in enumerate(keys):
        for phrase in table.get(k, ()):
            if tuple(keys[i:i + len(phrase)]) == phrase:
                found.append(" ".join(tokens[i:i + len(phrase)]).lower())
                break
    return found


@dataclass(frozen=True)
class SentenceCues:
    """What one body sentence says about how far it vouches for what it reports."""

    refute: tuple[int, ...]   # token positions of refuting cues
    report: tuple[int, ...]
    confirm: tuple[int, ...]
    negated: bool
    strong: bool = False      # a refuting cue that leaves no doubt ("a hoax", "false")


@cache
def _allphrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Every cue lexicon's phrases by first lemma key, with the lexicon each comes from."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in _CUE_LEXICONS:
        for k, entries in phrases(name).items():
            out.setdefault(k, []).extend((p, name) for p in entries)
    return {k: tuple(v) for k, v in out.items()}


_CUE_LEXICONS = ("headline_refuting", "headline_reporting", "headline_confirming", "headline_refuting_strong")


_NEGATES, _CUE_START = 1, 2   # what a token may be, as bits: a negation, the first word of a cue


@lru_cache(maxsize=65536)
def _cue_token(token: str) -> int:
    """Whether a token negates ("not", "never", "didn't") and whether a cue may start at it."""
    low = token.lower()
    negates = low.replace("'", "") in wordset("headline_negation") or low.endswith("n't")
    return _NEGATES * negates | _CUE_START * (lemma(token) in _allphrases())


# A sentence with no cue is the common case: one shared value each way, nothing rebuilt per sentence.
_PLAIN = (SentenceCues((), (), (), False), SentenceCues((), (), (), True))


def sentence_cues(tokens: list[str]) -> SentenceCues:
    marks = list(map(_cue_token, tokens))
    negated = _NEGATES in marks or _NEGATES | _CUE_START in marks
    if _CUE_START not in marks and _NEGATES | _CUE_START not in marks:
        return _PLAIN[negated]
    table = _allphrases()
    spots: dict[str, list[int]] = {name: [] for name in _CUE_LEXICONS}
    for i, m in enumerate(marks):
        if not m & _CUE_START:
            continue
        for phrase, name in table[lemma(tokens[i])]:
            if (len(phrase) == 1 or tuple(map(lemma, tokens[i:i + len(phrase)])) == phrase) and spots[name][-1:] != [i]:
                spots[name].append(i)
    return SentenceCues(tuple(spots["headline_refuting"]), tuple(spots["headline_reporting"]),
                        tuple(spots["headline_confirming"]), negated, bool(spots["headline_refuting_strong"]))


def bearing(scores: list[float]) -> list[int]:
    """The body sentences that bear on the headline's claim, best first (at least the best one)."""
    return top(scores, BEARING_MAX, BEARING_MIN) or top(scores, 1, -math.inf)


def near_claim(scores: list[float]) -> list[int]:
    """The bearing sentences, then the next few that share some of the headline's weight: where a
    body that only reports the claim may say so ("..., the newspaper reported") when the sentences
    closest to the headline do not."""
    bear = bearing(scores)
    return bear + [i for i in top(scores, NEAR_MAX, NEAR_MIN) if i not in bear]


def top(scores: list[float], n: int, floor: float) -> list[int]:
    """The indexes of the n highest scores at or above floor, best first, the earlier on a tie (only
    the few over the floor are sorted: a long body has many sentences and few bear on a headline)."""
    over = [i for i, s in enumerate(scores) if s >= floor]
    over.sort(key=lambda i: (-scores[i], i))
    return over[:n]


def reporting(s: Sentence) -> list:
    """The sentence's credits to someone who reports it, or did the deed it tells of ("Police
    released a video"): a deed's doer sources no claim for the body's flags, but the sentence is
    still the body telling what a named actor did, which is what these features read."""
    return [a for a in s.attributions if a.reports or a.cue.lower() in cue_acts()]


def _share(idx: Sequence[int], test: Callable[[int], bool]) -> float:
    return sum(1 for i in idx if test(i)) / len(idx) if idx else 0.0


def body_features(sentences: list[Sentence], cues: list[SentenceCues]) -> dict[str, float]:
    """The inputs that depend on the body alone: worked out once per body, whatever the headline."""
    n = len(sentences)
    everyone = range(n)
    lead = range(min(LEAD, n))
    strong = sum(1 for c in cues if c.strong)
    return {
        "body_attr": _share(everyone, lambda i: bool(reporting(sentences[i]))),
        "body_hedged": _share(everyone, lambda i: sentences[i].hedged),
        "body_refute": _share(everyone, lambda i: bool(cues[i].refute)),
        "body_refute_any": float(any(c.refute for c in cues)),
        "body_report": _share(everyone, lambda i: bool(cues[i].report)),
        "body_confirm": _share(everyone, lambda i: bool(cues[i].confirm)),
        "lead_refute": _share(lead, lambda i: bool(cues[i].refute)),
        "lead_report": _share(lead, lambda i: bool(cues[i].report)),
        "lead_hedged": _share(lead, lambda i: sentences[i].hedged),
        "log_len": math.log1p(n) / 4.0,
        "strong_any": float(strong > 0),
        "strong_n": min(strong, 4) / 4.0,
        "refute_n": min(sum(1 for c in cues if c.refute), 4) / 4.0,
        "body_neg": _share(everyone, lambda i: cues[i].negated),
        "confirm_n": math.log1p(sum(len(c.confirm) for c in cues)) / 3.0,
    }


def features(rel_features: dict[str, float], scores: list[float], sentences: list[Sentence],
             cues: list[SentenceCues], head: dict[str, bool], body: dict[str, float]) -> dict[str, float]:
    """The model's inputs; `head` holds the headline's own "attributed", "hedged", "refute", "negated",
    `body` what body_features gave for these sentences."""
    from factcheck.headline.checks import weak_kind  # one definition of a weak source

    bear = bearing(scores)
    n = len(bear) or 1
    said = [reporting(sentences[i]) for i in bear]
    said_cues = [cues[i] for i in bear]
    f = {k: float(rel_features.get(k, 0.0)) for k in ("best", "coverage", "cosine")}
    f["bear_attr"] = sum(1 for a in said if a) / n
    f["bear_weak"] = sum(1 for a in said if any(weak_kind(x) for x in a)) / n
    f["bear_hedged"] = sum(1 for i in bear if sentences[i].hedged) / n
    f["bear_refute"] = sum(1 for c in said_cues if c.refute) / n
    f["bear_report"] = sum(1 for c in said_cues if c.report) / n
    f["bear_confirm"] = sum(1 for c in said_cues if c.confirm) / n
    f["bear_neg"] = sum(1 for c in said_cues if c.negated) / n
    f.update(body)
    f["head_attr"] = float(head["attributed"])
    f["head_hedged"] = float(head["hedged"])
    f["head_refute"] = float(head["refute"])
    f["head_neg"] = float(head["negated"])
    # a body that denies what a headline states, not a headline that itself reports a denial
    f["refute_unechoed"] = f["bear_refute"] * (1.0 - f["head_refute"])
    plain_head = not head["refute"] and not head["negated"]
    f["top_refute_unechoed"] = float(bool(bear) and bool(cues[bear[0]].refute) and plain_head)
    # what the bearing sentences qualify and the headline does not: the dropped attribution or hedge
    f["attr_unechoed"] = f["bear_attr"] * (1.0 - f["head_attr"])
    f["hedge_unechoed"] = f["bear_hedged"] * (1.0 - f["head_hedged"])
    f["bear_n"] = min(sum(1 for s in scores if s >= BEARING_MIN), 8) / 8.0
    # the body's denials against a headline that neither reports a denial nor (for the second)
    # hedges: "Shark seen in canal" over "the photo is a fake ... no evidence": a body that merely
    # discusses a hoax the headline itself names ("Shark hoax fools thousands") is not disputing it
    f["strong_unechoed"] = f["strong_n"] * plain_head
    f["refute_flat"] = f["refute_n"] * (plain_head and not head["hedged"])
    return {k: f[k] for k in FEATURES}


@dataclass(frozen=True)
class Stance:
    disputes: float   # probability that the body disputes the headline
    reports: float    # probability that it only reports or hedges it (given it does not dispute it)


@cache
def model() -> dict:
    """models/headline_stance.json; a missing or broken file is a ModelFileError naming it (the
    CLI shows one line), as for every weights file."""
    return weights.load("headline_stance", _MODEL)


@cache
def _vectors() -> tuple[tuple[list[float], float], tuple[list[float], float]]:
    """Each model's weights in FEATURES order, and its bias."""
    m = model()
    return tuple(([float(m[k]["weights"].get(f, 0.0)) for f in FEATURES], float(m[k]["bias"]))
                 for k in ("disputes", "reports"))  # type: ignore[return-value]


def _prob(w: list[float], bias: float, x: list[float]) -> float:
    z = bias + sum([a * v for a, v in zip(w, x)])
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def predict(f: dict[str, float]) -> Stance:
    x = [f[k] for k in FEATURES]
    (w_dis, b_dis), (w_rep, b_rep) = _vectors()
    return Stance(_prob(w_dis, b_dis, x), _prob(w_rep, b_rep, x))


_OFF = False


def disabled() -> bool:
    """True while the model is switched off (training reads the rules' own checks that way)."""
    return _OFF


def switch_off(off: bool = True) -> None:
    global _OFF
    _OFF = off


def thresholds() -> tuple[float, float]:
    m = model()
    return float(m["disputes"]["threshold"]), float(m["reports"]["threshold"])
