"""Does the body bear on the headline at all? Word statistics and the relatedness model.

The body is profiled once (each sentence's lemma keys, the whole body's counts); the headline's
content words are then weighted by inverse document frequency (rare words such as names count
for much, "said" for little) and compared with the whole body and with each sentence once.
Three measures go into a small logistic model whose weights are fitted on FNC-1 *train* pairs by
scripts/build_headline_stats.py:
  cosine    TF-IDF cosine between headline and body
  coverage  the share of the headline's weight whose words occur anywhere in the body
  best      the share of the headline's weight found in the single best-matching sentence
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from factcheck import weights, word_case
from factcheck.headline.text import lemmas_of
from factcheck.word_case import stats_file

_MODELS = Path(__file__).parent.parent / "models"
FEATURES = ("cosine", "coverage", "best")
# Below this probability the body is "not about the headline". Under 0.5 on purpose: telling an
# editor that a real story does not match its headline costs more trust than missing a mismatch
# (on FNC-1 train pairs 0.25 gives up 0.002 accuracy and halves false alarms on agreeing pairs).
RELATED_MIN = 0.25


@cache
def _stats() -> tuple[int, dict[str, int]]:
    data = stats_file()
    try:
        return int(data["docs"]), dict(data["df"])
    except (KeyError, TypeError, ValueError) as e:
        raise weights.ModelFileError(f"{_MODELS / 'headline_stats.json'}: no word statistics ({e!r})") from None


@cache
def _model() -> tuple[list[float], float]:
    """models/headline_related.json; a missing or broken file is a ModelFileError naming it."""
    path = _MODELS / "headline_related.json"
    data = weights.load("headline_related", path)
    try:
        return [float(data["weights"][f]) for f in expand_names()], float(data["bias"])
    except (KeyError, TypeError, ValueError) as e:
        raise weights.ModelFileError(f"{path}: not a headline relatedness weights file ({e!r})") from None


# Caches elsewhere of what the statistics decide (checks.py keeps some per headline text): emptied
# with these when the models are read from another folder.
_DEPENDENT_CACHES: list[Any] = []


def cleared_with_models(f: Any) -> Any:
    """Mark a cached function (functools.lru_cache) whose answers depend on the statistics."""
    _DEPENDENT_CACHES.append(f)
    return f


def use_models(folder: Path) -> None:
    """Read the statistics and weights from `folder` from now on (the build script, tests)."""
    global _MODELS
    _MODELS = Path(folder)
    word_case.use_folder(folder)
    for f in (_stats, _model, idf, _headline_weights, *_DEPENDENT_CACHES):
        f.cache_clear()


@lru_cache(maxsize=65536)
def idf(term: str) -> float:
    docs, df = _stats()
    return math.log((docs + 1) / (df.get(term, 1) + 1)) + 1.0


@dataclass
class BodyProfile:
    """Lemma keys of each body sentence and of the whole body, computed once per article."""

    # tuples, not frozensets: a sentence holds a dozen terms, a tuple of them is a fifth of the
    # memory, and a 20 MB transcript has 170,000 sentences; the only uses are `in` and isdisjoint
    sentence_terms: list[tuple[str, ...]]
    counts: Counter[str] = field(default_factory=Counter)
    norm2: float = 0.0
    # term -> the sentences holding it, in order: built when the body is measured a second time
    # (a batch checks ~30 headlines a body), so that one headline is never worth its memory
    postings: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    measured: int = field(default=0, repr=False, compare=False)

    def sentences_with(self) -> dict[str, list[int]] | None:
        """The postings, once this body is measured again; None the first time."""
        if self.postings is None:
            self.measured += 1
            if self.measured < 2:
                return None
            postings: dict[str, list[int]] = {}
            for i, terms in enumerate(self.sentence_terms):
                for t in terms:
                    postings.setdefault(t, []).append(i)
            self.postings = postings
        return self.postings

    @classmethod
    def build(cls, tokens: Iterable[list[str]]) -> BodyProfile:
        """From each sentence's word tokens (factcheck.headline.text.words)."""
        builder = ProfileBuilder()
        for t in tokens:
            builder.add(t)
        return builder.done()


class ProfileBuilder:
    """`BodyProfile.build` a sentence at a time; builders of consecutive runs of a body (made in
    separate processes) `join` into the builder of the whole, with the same profile."""

    def __init__(self) -> None:
        self.per: list[tuple[str, ...]] = []
        self.counts: Counter[str] = Counter()
        self._every: list[str] = []

    def add(self, tokens: list[str]) -> None:
        terms = lemmas_of(tokens)
        self.per.append(tuple(dict.fromkeys(terms)))
        self._every += terms
        if len(self._every) > 65536:  # counted a batch at a time, never a list of a huge body's every word
            self._flush()

    def _flush(self) -> None:
        self.counts.update(self._every)
        self._every = []

    def __getstate__(self) -> dict[str, Any]:
        self._flush()
        return self.__dict__

    def join(self, later: ProfileBuilder) -> None:
        """Append the run `later` profiled, which follows this one in the body. The counts keep
        the order in which terms first occur, so the norm's sum runs in the same order."""
        self._flush()
        later._flush()
        # one string per term, as a profile made in one process has (the lemma cache's): each
        # run's pickle brings its own copies, and a 20 MB body has millions of terms
        canon = self.__dict__.setdefault("_canon", {})
        for terms in later.per:
            self.per.append(tuple([canon.setdefault(t, t) for t in terms]))
        self.counts.update(later.counts)

    def done(self) -> BodyProfile:
        self._flush()
        self.__dict__.pop("_canon", None)
        log = math.log
        norm2 = sum([((1 + log(c)) * idf(t)) ** 2 for t, c in self.counts.items()])
        return BodyProfile(self.per, self.counts, norm2)


@dataclass
class Relatedness:
    features: dict[str, float]
    sentence_scores: list[float]  # share of the headline's weight found in each body sentence
    probability: float

    @property
    def related(self) -> bool:
        return self.probability >= RELATED_MIN


def expand_names() -> list[str]:
    return [f"{f}{suffix}" for f in FEATURES for suffix in ("", "_sqrt")]


def expand(features: dict[str, float]) -> list[float]:
    """Each measure and its square root: the root stretches the low end where the decision lies."""
    return [v for f in FEATURES for v in (features[f], math.sqrt(max(features[f], 0.0)))]


def relatedness(headline_terms: list[str], body: BodyProfile) -> Relatedness:
    feats, scores, measured = measures(headline_terms, body)
    if not measured:
        return Relatedness(feats, scores, 0.0)
    w, bias = _model()
    z = bias + sum(a * b for a, b in zip(w, expand(feats)))
    return Relatedness(feats, scores, 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0))))


@lru_cache(maxsize=4096)
def _headline_weights(headline_terms: tuple[str, ...]) -> tuple[set[str], dict[str, float], float, float]:
    """The headline's side of `measures`, kept per headline (a batch checks one against many
    bodies): its terms, their weights in the headline's word order (the sums follow it: in a set's
    order, which the hash seed sets, a float sum could differ in its last bit between runs and
    reorder tied evidence), the weights' sum and norm. Read, never changed."""
    idfs = {t: idf(t) for t in dict.fromkeys(headline_terms)}
    terms = set(idfs)
    return terms, idfs, sum(idfs.values()), math.sqrt(sum(w * w for w in idfs.values()))


def measures(headline_terms: list[str], body: BodyProfile) -> tuple[dict[str, float], list[float], bool]:
    """The model's inputs (cosine, coverage, best), each body sentence's share of the headline's
    weight, and whether there was anything to measure (headline words and a body); what
    scripts/build_headline_stats.py fits the model on."""
    terms, idfs, total, head_norm = _headline_weights(tuple(headline_terms))
    postings = body.sentences_with() if total else None
    if postings is not None:
        # the weights each sentence holds, gathered in the headline's order: the same sums
        found: dict[int, list[float]] = {}
        for t, w in idfs.items():
            for i in postings.get(t, ()):
                held = found.get(i)
                if held is None:
                    found[i] = [w]
                else:
                    held.append(w)
        scores = [0.0] * len(body.sentence_terms)
        for i, held in found.items():
            scores[i] = sum(held) / total
    else:
        # a sentence with none of the headline's words scores 0.0 without adding anything up
        scores = [sum(w for t, w in idfs.items() if t in s) / total if total and not terms.isdisjoint(s) else 0.0
                  for s in body.sentence_terms]
    if not total or not body.counts:
        return {f: 0.0 for f in FEATURES}, scores, False
    coverage = sum(w for t, w in idfs.items() if t in body.counts) / total
    dot = sum(w * (1 + math.log(body.counts[t])) * w for t, w in idfs.items() if t in body.counts)
    cosine = dot / (head_norm * math.sqrt(body.norm2)) if body.norm2 else 0.0
    return {"cosine": cosine, "coverage": coverage, "best": max(scores, default=0.0)}, scores, True
