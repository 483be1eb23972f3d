#!/usr/bin/env python3
"""Train the stance fallback shipped in factcheck/models/stance.json from PolNeAR.

    python3 scripts/train_stance.py TRAIN_DIR [--dev DEV_DIR] [--out PATH] [--threshold 0.4]

TRAIN_DIR (and DEV_DIR) hold PolNeAR's text/ and attributions/ (brat .ann). The analysis runs
with the fallback replaced by a collector, so the candidates are exactly the subject + verb
pairs of sentences the rules leave without a source. A candidate is positive when its verb lies
in a gold Cue and its subject overlaps that attribution's gold Source.

A logistic model (AdaGrad, L2, pure Python) is trained on TRAIN_DIR. Candidate-level precision
and recall at --threshold on out-of-fold predictions of 5-fold cross-validation (by article) and,
with --dev, on DEV_DIR are printed. The threshold was chosen on dev with score_polnear.py
(sentence level: a wrong candidate in a sentence attributed anyway costs nothing there), see
docs/ACCURACY.md. Only weights leave the data (no text). Never pass a test split.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import page, weights
from factcheck.attribution import attribute, stance
from factcheck.model import Document
from factcheck.pipeline import split_sentences
from factcheck.tokens import tokenize

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factcheck" / "models" / "stance.json"
Row = tuple[list[str], int]


Spans = list[tuple[int, int]]


def _parse_ann(path: str) -> list[tuple[Spans, Spans, Spans]]:
    """(cue spans, source spans, content spans) of every attribution in a brat file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(T\d+)\t\S+ ([\d ;]+)\t", line)
            if m:
                spans[m.group(1)] = [tuple(map(int, p.split())) for p in m.group(2).split(";")]  # type: ignore
                continue
            m = re.match(r"^E\d+\t(.*)$", line.rstrip("\n"))
            if m:
                args: dict[str, list[str]] = {}
                for kv in m.group(1).split():
                    k, _, v = kv.partition(":")
                    args.setdefault(re.sub(r"\d+$", "", k), []).append(v)
                events.append(args)
    out = []
    for args in events:
        cues = [p for t in args.get("Cue", []) for p in spans.get(t, [])]
        srcs = [p for t in args.get("Source", []) for p in spans.get(t, [])]
        content = [p for k in ("Content", "Content2") for t in args.get(k, []) for p in spans.get(t, [])]
        out.append((cues, srcs, content))
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(x < b and a < y for x, y in spans)


def article_rows(split_dir: str) -> list[list[Row]]:
    """Per article, the candidates of the rules' unattributed sentences with their labels."""
    adir = os.path.join(split_dir, "attributions")
    try:
        names = sorted(os.listdir(adir))
    except OSError as e:
        sys.exit(f"train_stance: cannot read {adir}: {e}")
    stems = sorted({f.rsplit("_", 1)[0] for f in names if f.endswith(".ann")})
    out = []
    for stem in stems:
        text = Path(split_dir, "text", stem + ".txt").read_text(encoding="utf-8")
        first = sorted(f for f in names if f.rsplit("_", 1)[0] == stem)[0]
        gold = _parse_ann(os.path.join(adir, first))
        rows: list[Row] = []

        def collect(txt: str, start: int, end: int, blocked: list[tuple[int, int]],
                    gold=gold, rows=rows) -> None:
            toks = tokenize(txt, start, end)
            for c in stance.candidates(toks, blocked):
                v = toks[c.verb]
                a, b = toks[c.subject[0]].start, toks[c.subject[1] - 1].end
                # the verb is (part of) a gold cue and the subject its gold source; labelling every
                # subject of an attributed sentence instead measured worse on dev (0.857/0.776 vs
                # 0.854/0.782 attr/src F1 at 0.4)
                label = any(_overlaps(v.start, v.end, cues) and _overlaps(a, b, srcs) for cues, srcs, _ in gold)
                rows.append((c.features, int(label)))
            return None

        doc = Document(text=text)
        attribute(text, split_sentences(doc, page.parse(doc)), fallback=collect)
        out.append(rows)
    return out


TRAIN_SETTINGS = {"epochs": 8, "l2": 1e-4, "lr": 0.3, "min_count": 2, "seed": 7}


def train(rows: list[Row], epochs: int = TRAIN_SETTINGS["epochs"], l2: float = TRAIN_SETTINGS["l2"],
          lr: float = TRAIN_SETTINGS["lr"], min_count: int = TRAIN_SETTINGS["min_count"],
          seed: int = TRAIN_SETTINGS["seed"]) -> tuple[float, dict[str, float]]:
    df = Counter(f for feats, _ in rows for f in set(feats))
    vocab = {f for f, c in df.items() if c >= min_count}
    data = [([f for f in feats if f in vocab], y) for feats, y in rows]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias = bias_g2 = 0.0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = data[i]
            p = stance.score(feats, bias, w)
            g = p - y
            bias_g2 += g * g
            bias -= lr * g / math.sqrt(bias_g2 + 1e-8)
            for f in feats:
                gf = g + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + gf * gf
                w[f] = w.get(f, 0.0) - lr * gf / math.sqrt(g2[f] + 1e-8)
    return bias, {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}


def pr_at(scored: list[tuple[float, int]], threshold: float) -> tuple[float, float, int]:
    tp = sum(1 for p, y in scored if p >= threshold and y)
    fp = sum(1 for p, y in scored if p >= threshold and not y)
    pos = sum(y for _, y in scored)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / pos if pos else 0.0), tp + fp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train_dir")
    ap.add_argument("--dev")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    articles = article_rows(args.train_dir)
    rows = [r for art in articles for r in art]
    print(f"train: articles={len(articles)} candidates={len(rows)} positive={sum(y for _, y in rows)}")
    oof: list[tuple[float, int]] = []
    for k in range(args.folds):
        fit = [r for n, art in enumerate(articles) if n % args.folds != k for r in art]
        held = [r for n, art in enumerate(articles) if n % args.folds == k for r in art]
        bias, w = train(fit)
        oof += [(stance.score(f, bias, w), y) for f, y in held]
    threshold = args.threshold
    cv = pr_at(oof, threshold)
    print(f"cv{args.folds}: threshold={threshold:.2f} P={cv[0]:.3f} R={cv[1]:.3f} predicted={cv[2]}")
    bias, w = train(rows)
    dev_pr = None
    if args.dev:
        dev = [(stance.score(f, bias, w), y) for art in article_rows(args.dev) for f, y in art]
        dev_pr = pr_at(dev, threshold)
        print(f"dev: candidates={len(dev)} P={dev_pr[0]:.3f} R={dev_pr[1]:.3f} predicted={dev_pr[2]}")
    provenance = {
        "command": weights.portable_command("scripts/train_stance.py", sys.argv[1:]),
        "data": {"train": f"PolNeAR train ({len(articles)} articles, {Path(args.train_dir).name}/)",
                 "dev": f"PolNeAR dev ({Path(args.dev).name}/)" if args.dev else None},
        "rules_commit": weights.rules_commit(),
        "rules_hash": weights.rules_hash(),
        "settings": {"threshold": threshold, "folds": args.folds, **TRAIN_SETTINGS},
        "cv_score": {"P": round(cv[0], 3), "R": round(cv[1], 3), "predicted": cv[2]},
        "dev_score": {"P": round(dev_pr[0], 3), "R": round(dev_pr[1], 3), "predicted": dev_pr[2]} if dev_pr else None,
    }
    Path(args.out).write_text(json.dumps({
        "about": "stance fallback: logistic weights over factcheck.attribution.stance features, trained by "
                 "scripts/train_stance.py on PolNeAR train",
        "provenance": provenance,
        "threshold": threshold, "bias": round(bias, 4), "weights": dict(sorted(w.items()))},
        indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(w)} weights")


if __name__ == "__main__":
    main()
