#!/usr/bin/env python3
"""Boosted shallow trees over the headline stance features, measured against the shipped logistic
models on the same held-out FNC-1 bodies (issue 16).

    python3 scripts/train_headline_trees.py PATH/TO/fnc1 [--dev-share 0.2] [--agree-alarm 0.3]
        [--cache FILE] [--depth 2,3] [--rate 0.1] [--rounds 25,50,100,200] [--blend]
        [--folds 4 [--cv-only]] [--out PATH]

Rows, split and read-out are scripts/train_headline_stance.py's own (its `load`, `rows_of`,
`held_out`, `choose`, `evaluate`): the related pairs of FNC-1 train, bodies held out by sha1 of the
Body ID, both thresholds chosen on the held-out bodies' pairs at the --agree-alarm cap with the
--tolerance rule, rules' checks included. The two heads are kept: "disputes" (disagree against
the rest) and "reports" (discuss against agree, disagree pairs left out), each a boosted ensemble
(scripts/boost.py) in place of a logistic model. For every --depth and every number of --rounds
the held-out read-out is printed beside the logistic models'; the threshold-free AUC of each head
too (--blend: also the mean of the two families' probabilities). --folds K reads both families out
of fold over the training bodies as well (folds by another part of the same hash; thresholds
chosen on the pooled out-of-fold scores), about three times the held-out pairs: the figure to
choose a depth and a number of trees by without looking at the held-out bodies. With --out, the
ensemble of the first --depth and the last --rounds is refitted on all bodies and written with the
thresholds chosen on the held-out bodies, its provenance and its features' importances (the share
of the loss reduction each gives). Measured in docs/ACCURACY.md ("Headline stance, small hours of
2026-12-02"): the trees did not beat the logistic models, so none ship.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import boost
from train_headline_stance import SOURCES, choose, evaluate, fit_both, held_out, load, prob, rows_of

from factcheck import weights
from factcheck.headline.stance import FEATURES

ROOT = Path(__file__).resolve().parents[1]


def auc(pairs: list[tuple[float, int]]) -> float:
    """Area under the ROC curve of (score, yes/no) pairs, ties counted half."""
    pairs = sorted(pairs)
    pos = sum(y for _, y in pairs)
    neg = len(pairs) - pos
    if not pos or not neg:
        return 0.5
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(y for _, y in pairs[i:j])
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def aucs(rows, p_dis, p_rep) -> tuple[float, float]:
    """disputes: disagree against the rest; reports: discuss against agree where the model decides
    ("can_report": no rule fired and a sentence near the claim attributes or hedges)."""
    a_dis = auc([(p, int(r[1] == "disagree")) for r, p in zip(rows, p_dis)])
    a_rep = auc([(p, int(r[1] == "discuss")) for r, p in zip(rows, p_rep)
                 if r[1] != "disagree" and r[3] == "can_report"])
    return round(a_dis, 3), round(a_rep, 3)


def read_out(rows, p_dis, p_rep, alarm: float, tolerance: float) -> tuple[tuple[float, float], dict]:
    # no sentence to point at, no dispute said (checks._stance_checks): P(disputes) reads as 0
    scores = [(r[1], pd if r[4] else 0.0, pr, r[3]) for r, pd, pr in zip(rows, p_dis, p_rep)]
    ts = choose(scores, alarm, tolerance)
    return ts, evaluate(scores, *ts)


def line(name: str, ts, r: dict, au: tuple[float, float]) -> str:
    f = r["f1"]
    macro = (f["agree"] + f["discuss"] + f["disagree"]) / 3
    return (f"{name:<28} AUC {au[0]:.3f}/{au[1]:.3f}  fnc_related {r['fnc_related']:.4f}  "
            f"F1 {f['agree']:.3f}/{f['discuss']:.3f}/{f['disagree']:.3f} (macro {macro:.3f})  "
            f"agree flagged {r['agree_flagged']:.4f}  thresholds {ts[0]:.2f}/{ts[1]:.2f}")


def heads(rows) -> tuple[tuple[list, list], tuple[list, list]]:
    dis = ([x for _, _, x, *_ in rows], [int(s == "disagree") for _, s, *_ in rows])
    kept = [r for r in rows if r[1] != "disagree"]
    rep = ([x for _, _, x, *_ in kept], [int(s == "discuss") for _, s, *_ in kept])
    return dis, rep


def staged(ens: boost.Ensemble, xs: list[list[float]], checkpoints: list[int]) -> dict[int, list[float]]:
    """P(yes) of each row after each checkpoint's number of trees, in one pass over the trees."""
    s = [ens.base] * len(xs)
    out = {}
    for k, tree in enumerate(ens.trees, 1):
        s = [a + boost.leaf(tree, x, ens.names) for a, x in zip(s, xs)]
        if k in checkpoints:
            out[k] = [boost.sigmoid(v) for v in s]
    return out


def fold_of(body_id: str, folds: int) -> int:
    # the held-out split reads the first 8 hex digits of the sha1; the folds read the next 8
    return int(hashlib.sha1(body_id.encode()).hexdigest()[8:16], 16) % folds


def cross_validate(train: list, args, depths: list[int], checkpoints: list[int]) -> None:
    """Out-of-fold read-outs over the training bodies, logistic against each depth of trees."""
    folds = [[r for r in train if fold_of(r[0], args.folds) == k] for k in range(args.folds)]
    oof = [r for part in folds for r in part]
    lp_dis: list[float] = []
    lp_rep: list[float] = []
    tp = {(d, k): ([], []) for d in depths for k in checkpoints}
    for k, part in enumerate(folds):
        rest = [r for r in train if fold_of(r[0], args.folds) != k]
        xs = [r[2] for r in part]
        w_dis, w_rep = fit_both(rest)
        lp_dis += [prob(w_dis, x) for x in xs]
        lp_rep += [prob(w_rep, x) for x in xs]
        (dx, dy), (rx, ry) = heads(rest)
        for depth in depths:
            st = boost.Settings(rounds=checkpoints[-1], depth=depth, rate=args.rate, l2=args.l2,
                                min_hessian=args.min_hessian)
            p_dis = staged(boost.fit(dx, dy, FEATURES, st), xs, checkpoints)
            p_rep = staged(boost.fit(rx, ry, FEATURES, st), xs, checkpoints)
            for c in checkpoints:
                tp[(depth, c)][0].extend(p_dis[c])
                tp[(depth, c)][1].extend(p_rep[c])
        print(f"  fold {k + 1}/{args.folds} done", flush=True)
    print(f"out of fold, {args.folds} folds over the {len(oof)} training pairs:")
    ts, r = read_out(oof, lp_dis, lp_rep, args.agree_alarm, args.tolerance)
    print(line("oof logistic", ts, r, aucs(oof, lp_dis, lp_rep)), flush=True)
    for (depth, c), (p_dis, p_rep) in tp.items():
        ts, r = read_out(oof, p_dis, p_rep, args.agree_alarm, args.tolerance)
        print(line(f"oof trees depth {depth} x {c}", ts, r, aucs(oof, p_dis, p_rep)), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("fnc1", type=Path)
    ap.add_argument("--dev-share", type=float, default=0.2)
    ap.add_argument("--agree-alarm", type=float, default=0.3)
    ap.add_argument("--tolerance", type=float, default=0.005)
    ap.add_argument("--cache", type=Path, help="pickle of the analysed bodies and headlines, for reruns")
    ap.add_argument("--depth", default="2,3", help="tree depths to try, comma-separated")
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-hessian", type=float, default=2.0)
    ap.add_argument("--rounds", default="25,50,100,200", help="numbers of trees to read out, comma-separated")
    ap.add_argument("--folds", type=int, default=0,
                    help="also read both families out of fold over the training bodies (K folds by a hash of "
                         "the Body ID; thresholds chosen on the pooled out-of-fold scores): ~3x the pairs of dev")
    ap.add_argument("--blend", action="store_true",
                    help="also read out the mean of the logistic and the tree probabilities")
    ap.add_argument("--cv-only", action="store_true", help="with --folds: skip the held-out trees")
    ap.add_argument("--out", type=Path, help="write the ensemble of the first --depth and last --rounds here")
    args = ap.parse_args()
    depths = [int(d) for d in args.depth.split(",")]
    checkpoints = sorted(int(r) for r in args.rounds.split(","))

    body_sents, heads_, pairs = load(args.fnc1, args.cache)
    rows = rows_of(body_sents, heads_, pairs)
    train = [r for r in rows if not held_out(r[0], args.dev_share)]
    dev = [r for r in rows if held_out(r[0], args.dev_share)]
    dev_x = [r[2] for r in dev]
    print(f"{len(train)} training pairs, {len(dev)} held-out pairs; cap {args.agree_alarm}", flush=True)

    w_dis, w_rep = fit_both(train)
    lp_dis = [prob(w_dis, x) for x in dev_x]
    lp_rep = [prob(w_rep, x) for x in dev_x]
    ts, r = read_out(dev, lp_dis, lp_rep, args.agree_alarm, args.tolerance)
    print(line("logistic (shipped trainer)", ts, r, aucs(dev, lp_dis, lp_rep)), flush=True)
    logistic_dev = r

    (dx, dy), (rx, ry) = heads(train)
    fitted = {}
    for depth in depths if not args.cv_only else ():
        st = boost.Settings(rounds=checkpoints[-1], depth=depth, rate=args.rate, l2=args.l2,
                            min_hessian=args.min_hessian)
        t0 = time.process_time()
        e_dis = boost.fit(dx, dy, FEATURES, st)
        e_rep = boost.fit(rx, ry, FEATURES, st)
        spent = time.process_time() - t0
        p_dis, p_rep = staged(e_dis, dev_x, checkpoints), staged(e_rep, dev_x, checkpoints)
        for k in checkpoints:
            ts, r = read_out(dev, p_dis[k], p_rep[k], args.agree_alarm, args.tolerance)
            print(line(f"trees depth {depth} x {k}", ts, r, aucs(dev, p_dis[k], p_rep[k])), flush=True)
            fitted[(depth, k)] = (ts, r)
            if args.blend:
                b_dis = [(a + b) / 2 for a, b in zip(lp_dis, p_dis[k])]
                b_rep = [(a + b) / 2 for a, b in zip(lp_rep, p_rep[k])]
                ts, r = read_out(dev, b_dis, b_rep, args.agree_alarm, args.tolerance)
                print(line("  mean with logistic", ts, r, aucs(dev, b_dis, b_rep)), flush=True)
        print(f"  (fit in {spent:.0f} s CPU)", flush=True)

    if args.folds:
        cross_validate(train, args, depths, checkpoints)

    if args.out:
        depth, k = depths[0], checkpoints[-1]
        ts, dev_score = fitted[(depth, k)]
        st = boost.Settings(rounds=k, depth=depth, rate=args.rate, l2=args.l2, min_hessian=args.min_hessian)
        (ax, ay), (bx, by) = heads(rows)
        e_dis, e_rep = boost.fit(ax, ay, FEATURES, st), boost.fit(bx, by, FEATURES, st)
        model = {
            "about": "headline stance: two boosted tree ensembles over factcheck/headline/stance.py features",
            "command": weights.portable_command("scripts/train_headline_trees.py", sys.argv[1:]),
            "data": "FNC-1 train_stances.csv related pairs (agree/discuss/disagree) with train_bodies.csv",
            "split": f"bodies whose sha1(Body ID) falls in the first {args.dev_share:.0%} held out as dev; "
                     "thresholds chosen on dev; final trees refitted on all bodies",
            "rules_commit": weights.rules_commit(SOURCES),
            "settings": {**st.as_dict(), "agree_alarm": args.agree_alarm, "tolerance": args.tolerance},
            "dev_score": dev_score, "dev_logistic": logistic_dev,
            "importances": {"disputes": e_dis.importances(), "reports": e_rep.importances()},
            "disputes": {**e_dis.as_dict(), "threshold": ts[0]},
            "reports": {**e_rep.as_dict(), "threshold": ts[1]},
        }
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
