#!/usr/bin/env python3
"""Compare model families for the headline stance on held-out FNC-1 bodies (a measurement, not a trainer).

    pip install '.[train]'   # numpy and scikit-learn: this script only, never the product
    python3 scripts/compare_headline_stance.py PATH/TO/fnc1 [--dev-share 0.2] [--cache FILE]

The rows are those of scripts/train_headline_stance.py (same analysis, same body-hash split, the
features of factcheck/headline/stance.py), plus CANDIDATES: per-sentence features weighted by how
much of the headline a sentence bears (the best score among sentences with a refuting, reporting,
confirming or strong cue, a hedge, a negation or a reporting attribution), the position of the
first bearing sentence, a question headline, the lead's best score, counts of hedged and
reporting sentences, shares of questions and quotations. For each model family (the shipped
logistic form, a small gradient-boosted tree ensemble, a one-hidden-layer net), with and without
the candidates, it fits "disputes" and "reports" on the training bodies and prints, on the
held-out bodies, both AUCs and the best FNC-1 read-out (fnc_related + macro F1, as the trainer's
`choose`) under three ways of combining the model with the rule checks:
  keep   the rules' checks all stand, the model only adds (what ships)
  semi   quotes, numbers and names stand; the model may withdraw the rules' attribution_dropped
         and hedge_dropped
  model  the model may withdraw every rule check (a name or quoted word the body lacks included)
and an agree-alarm cap for each. The result is recorded in docs/ACCURACY.md (issue 16).

With --words N the logistic family is fitted once more with the words themselves added: the
lemmas of the sentences near the headline's claim (stance.near_claim) and of the headline, as
yes/no inputs, each word kept only if at least N training bodies (N headlines for the headline's
words) have it, so that a story's own names and topics, which do not carry to unseen bodies,
stay out.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_headline_stance import held_out, load

from factcheck.headline import check, prepare_body
from factcheck.headline.checks import BodyContext, reported_checks, stance_features
from factcheck.headline.stance import FEATURES, bearing, near_claim, reporting, switch_off
from factcheck.headline.terms import relatedness
from factcheck.headline.text import content_lemmas, lemma, words
from factcheck.model import Sentence

CANDIDATES = ("w_refute", "w_report", "w_hedge", "w_confirm", "w_neg", "w_strong", "first_pos",
              "head_q", "lead_best", "hedge_n", "report_n", "body_q", "body_quote", "w_attr")
FACTS = {"quote_not_in_body", "number_mismatch", "entity_missing"}
STANCES = {"agree": 0, "discuss": 1, "disagree": 2}


def candidates(head: Sentence, ctx: BodyContext, scores: list[float]) -> list[float]:
    n, cues, sents = len(scores), ctx.cues, ctx.sentences

    def weighted(test) -> float:
        return max((scores[i] for i in range(n) if test(i)), default=0.0)

    bear = bearing(scores)
    return [weighted(lambda i: bool(cues[i].refute)), weighted(lambda i: bool(cues[i].report)),
            weighted(lambda i: sents[i].hedged), weighted(lambda i: bool(cues[i].confirm)),
            weighted(lambda i: cues[i].negated), weighted(lambda i: cues[i].strong),
            min(bear) / n if bear else 1.0, float("?" in head.text), max(scores[:2], default=0.0),
            math.log1p(sum(1 for s in sents if s.hedged)) / 3,
            math.log1p(sum(1 for i in range(n) if cues[i].report or reporting(sents[i]))) / 3,
            sum(1 for s in sents if "?" in s.text) / n,
            sum(1 for s in sents if any(q in s.text for q in '"\u201c\u201d')) / n,
            weighted(lambda i: bool(reporting(sents[i])))]


def rows_of(folder: Path, cache: Path | None, share: float) -> list[dict]:
    body_sents, heads, pairs = load(folder, cache)
    ctxs = {bid: prepare_body(s) for bid, s in body_sents.items()}
    out = []
    switch_off(True)
    try:
        for p in pairs:
            head, ctx = heads.get(p["Headline"]), ctxs[p["Body ID"]]
            f = stance_features(head, ctx) if head is not None else None
            if f is None:
                continue
            rel = relatedness(content_lemmas(head.text), ctx.profile)
            out.append({"stance": STANCES[p["Stance"]], "dev": held_out(p["Body ID"], share),
                        "x": [f[k] for k in FEATURES], "new": candidates(head, ctx, rel.sentence_scores),
                        "codes": {c.code for c in check(head, ctx)},
                        "can_report": bool(reported_checks([head], ctx, rel)),
                        "body": p["Body ID"], "headline": p["Headline"],
                        "near_words": {lemma(w) for i in near_claim(rel.sentence_scores)
                                       for w in words(ctx.sentences[i].text)},
                        "head_words": {lemma(w) for w in words(head.text)}})
    finally:
        switch_off(False)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("fnc1", type=Path)
    ap.add_argument("--dev-share", type=float, default=0.2)
    ap.add_argument("--cache", type=Path, help="the trainer's pickle of the analysed bodies and headlines")
    ap.add_argument("--words", type=int, default=0, metavar="N",
                    help="also fit the logistic family with the near sentences' and the headline's words, "
                         "each in at least N training bodies (headlines)")
    args = ap.parse_args()
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import roc_auc_score
        from sklearn.neural_network import MLPClassifier
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        sys.exit("needs numpy and scikit-learn: pip install '.[train]'")
    rows = rows_of(args.fnc1, args.cache, args.dev_share)
    tr, dv = [r for r in rows if not r["dev"]], [r for r in rows if r["dev"]]
    y_tr = np.array([r["stance"] for r in tr])
    y = np.array([r["stance"] for r in dv])
    unrelated = np.array(["unsupported" in r["codes"] for r in dv])
    rules = np.array([bool(r["codes"] - {"unsupported"}) for r in dv])
    facts = np.array([bool(r["codes"] & FACTS) for r in dv])
    can_report = np.array([r["can_report"] for r in dv])

    def read_out(pred) -> tuple[float, float, float, list[float]]:
        fnc = float((0.25 * (pred != 3) + 0.75 * (pred == y)).mean())
        f1 = []
        for k in range(3):
            tp, fp, fn = ((pred == k) & (y == k)).sum(), ((pred == k) & (y != k)).sum(), ((pred != k) & (y == k)).sum()
            f1.append(float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0)
        return fnc, sum(f1) / 3, float((pred[y == 0] != 0).mean()), f1

    def best(p_dis, p_rep, mode: str, cap: float) -> str:
        top = None
        grid = np.arange(0.05, 1.0, 0.02)
        for t_dis in grid:
            for t_rep in grid:
                says = p_rep >= t_rep
                discuss = {"keep": rules | (says & can_report), "semi": facts | (says & (rules | can_report)),
                           "model": says & (rules | can_report)}[mode]
                pred = np.where(unrelated, 3, np.where(p_dis >= t_dis, 2, np.where(discuss, 1, 0)))
                fnc, mf1, alarm, f1 = read_out(pred)
                if alarm <= cap and (top is None or fnc + mf1 > top[0]):
                    top = (fnc + mf1, fnc, mf1, alarm, f1)
        if top is None:
            return f"{mode}@{cap}: none"
        return (f"{mode}@{cap}: fnc_related={top[1]:.4f} macro_F1={top[2]:.3f} agree_flagged={top[3]:.3f} "
                f"F1={'/'.join(f'{v:.3f}' for v in top[4])}")

    families = {
        "logistic": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000)),
        "trees": lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=200,
                                                        min_samples_leaf=40, l2_regularization=1.0, random_state=0),
        "net16": lambda: make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(16,), alpha=1e-2,
                                                                       max_iter=800, random_state=0)),
    }
    print(f"{len(tr)} training pairs, {len(dv)} held-out pairs")
    for name, make in families.items():
        for extra in (False, True):
            x_tr = np.array([r["x"] + (r["new"] if extra else []) for r in tr])
            x_dv = np.array([r["x"] + (r["new"] if extra else []) for r in dv])
            p_dis = make().fit(x_tr, (y_tr == 2).astype(int)).predict_proba(x_dv)[:, 1]
            kept = y_tr != 2
            p_rep = make().fit(x_tr[kept], (y_tr[kept] == 1).astype(int)).predict_proba(x_dv)[:, 1]
            auc_dis = roc_auc_score(y == 2, p_dis)
            auc_rep = roc_auc_score(y[y != 2] == 1, p_rep[y != 2])
            print(f"{name} {'+candidates' if extra else 'features'}: AUC disputes={auc_dis:.3f} reports={auc_rep:.3f}")
            for mode, cap in (("keep", 0.3), ("semi", 0.3), ("model", 0.2), ("model", 0.15)):
                print("   ", best(p_dis, p_rep, mode, cap), flush=True)
    if args.words:
        from scipy.sparse import hstack

        w_tr, w_dv, n = word_inputs(tr, dv, args.words)
        scale = StandardScaler().fit(np.array([r["x"] for r in tr]))
        x_tr = hstack([scale.transform(np.array([r["x"] for r in tr])), w_tr]).tocsr()
        x_dv = hstack([scale.transform(np.array([r["x"] for r in dv])), w_dv]).tocsr()
        for c in (0.1, 0.3, 1.0):
            p_dis = LogisticRegression(C=c, max_iter=3000).fit(x_tr, (y_tr == 2).astype(int)).predict_proba(x_dv)[:, 1]
            kept = y_tr != 2
            p_rep = LogisticRegression(C=c, max_iter=3000).fit(
                x_tr[kept], (y_tr[kept] == 1).astype(int)).predict_proba(x_dv)[:, 1]
            auc_dis = roc_auc_score(y == 2, p_dis)
            auc_rep = roc_auc_score(y[y != 2] == 1, p_rep[y != 2])
            print(f"logistic features + {n} words (C={c}): AUC disputes={auc_dis:.3f} reports={auc_rep:.3f}")
            for mode, cap in (("keep", 0.3), ("model", 0.15)):
                print("   ", best(p_dis, p_rep, mode, cap), flush=True)


def word_inputs(tr: list[dict], dv: list[dict], least: int):
    """Sparse yes/no columns of the near sentences' and the headline's words, each word kept when
    at least `least` training bodies (headlines) have it."""
    from scipy.sparse import csr_matrix

    columns: dict[tuple[str, str], int] = {}
    for key, owner in (("near_words", "body"), ("head_words", "headline")):
        seen: dict[str, set[str]] = {}
        for r in tr:
            for w in r[key]:
                seen.setdefault(w, set()).add(r[owner])
        for w in sorted(w for w, by in seen.items() if len(by) >= least):
            columns[(key, w)] = len(columns)

    def matrix(rows: list[dict]):
        cells = [(n, columns[(key, w)]) for n, r in enumerate(rows) for key in ("near_words", "head_words")
                 for w in r[key] if (key, w) in columns]
        return csr_matrix(([1.0] * len(cells), ([a for a, _ in cells], [b for _, b in cells])),
                          shape=(len(rows), len(columns)))
    return matrix(tr), matrix(dv), len(columns)


if __name__ == "__main__":
    main()
