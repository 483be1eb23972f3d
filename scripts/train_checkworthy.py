#!/usr/bin/env python3
"""Train the check-worthiness model shipped in factcheck/models/checkworthy.json.

    python3 scripts/train_checkworthy.py DATA.json [--out PATH] [--folds 5]

DATA.json is a list of {"label": 0|1, "text": str} (the ClaimBuster two-class train file has
this shape). The model is a logistic regression over the sparse features of
factcheck.claims_features, trained with AdaGrad and L2 in pure Python (a few seconds a fold).

The decision threshold is chosen on out-of-fold predictions of k-fold cross-validation, and the
cross-validated precision/recall/F1 at that threshold is printed: that is the honest figure.
The shipped weights are then trained on all of DATA.json. Only weights leave the data (no text).
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

from factcheck.claims_features import features, rule_decision

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "models" / "checkworthy.json"


def load(path: str) -> list[tuple[list[str], int]]:
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        return [(sorted(set(features(str(r["text"])))), int(r["label"])) for r in rows]
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.exit(f"train_checkworthy: cannot read {path}: {e}")


def vocabulary(data: list[tuple[list[str], int]], min_count: int) -> set[str]:
    """Words and pairs seen in at least `min_count` sentences; hand-made cues always kept."""
    df = Counter(f for feats, _ in data for f in feats)
    return {f for f, c in df.items() if c >= min_count or ":" in f}


def train(data: list[tuple[list[str], int]], vocab: set[str], epochs: int, l2: float, lr: float,
          seed: int) -> tuple[float, dict[str, float]]:
    """Logistic regression, AdaGrad, L2 applied to the features a step touches."""
    rows = [([f for f in feats if f in vocab], y) for feats, y in data]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bias_g2 = 0.0, 0.0
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = bias + sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            bias_g2 += err * err
            bias -= lr * err / math.sqrt(bias_g2 + 1e-8)
            for f in feats:
                wf = w.get(f, 0.0)
                g = err + l2 * wf
                g2[f] = g2.get(f, 0.0) + g * g
                w[f] = wf - lr * g / math.sqrt(g2[f] + 1e-8)
    return bias, w


def prune(bias: float, w: dict[str, float], cut: float) -> tuple[float, dict[str, float]]:
    """Drop weights too small to change a decision worth having: keeps the shipped file small."""
    return bias, {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= cut}


def score(bias: float, w: dict[str, float], feats: list[str]) -> float:
    """The model's logit, or +/-inf where a rule of claims_features decides (as at inference)."""
    ruled = rule_decision(set(feats))
    if ruled is not None:
        return math.inf if ruled else -math.inf
    return bias + sum(w.get(f, 0.0) for f in feats)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, tuple[float, float, float]]:
    """The logit threshold with the best F1 over `scored` (score, label) pairs."""
    best = (0.0, (0.0, 0.0, 0.0))
    for t in [x / 20 for x in range(-60, 61)]:
        tp = sum(1 for s, y in scored if s >= t and y)
        fp = sum(1 for s, y in scored if s >= t and not y)
        fn = sum(1 for s, y in scored if s < t and y)
        m = prf(tp, fp, fn)
        if m[2] > best[1][2]:
            best = (t, m)
    return best


def cross_validate(data, folds: int, args) -> tuple[float, tuple[float, float, float]]:
    rng = random.Random(args.seed)
    idx = list(range(len(data)))
    rng.shuffle(idx)
    scored: list[tuple[float, int]] = []
    for k in range(folds):
        held = set(idx[k::folds])
        tr = [data[i] for i in idx if i not in held]
        vocab = vocabulary(tr, args.min_count)
        bias, w = prune(*train(tr, vocab, args.epochs, args.l2, args.lr, args.seed), args.prune)
        scored += [(score(bias, w, data[i][0]), data[i][1]) for i in sorted(held)]
    return best_threshold(scored)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="JSON list of {label, text}")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="weights file to write")
    ap.add_argument("--folds", type=int, default=5, help="k for cross-validation (0: skip, threshold 0)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--min-count", type=int, default=3, help="keep words/pairs seen in this many sentences")
    ap.add_argument("--prune", type=float, default=0.15, help="drop weights smaller than this")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    data = load(args.data)
    if len(data) < 2 or len({y for _, y in data}) < 2:
        sys.exit("train_checkworthy: need at least one sentence of each label")
    threshold = 0.0
    if args.folds >= 2 and len(data) >= args.folds:
        threshold, (p, r, f) = cross_validate(data, args.folds, args)
        print(f"cv{args.folds}: n={len(data)} P={p:.3f} R={r:.3f} F1={f:.3f} threshold={threshold:.2f}")
    vocab = vocabulary(data, args.min_count)
    bias, kept = prune(*train(data, vocab, args.epochs, args.l2, args.lr, args.seed), args.prune)
    model = {"model": "factcheck.checkworthy/1", "kind": "logistic", "bias": round(bias, 4),
             "threshold": threshold, "trained_on": len(data), "weights": kept}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}: {len(kept)} weights, threshold {threshold:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
